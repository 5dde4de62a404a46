package org.touchbase.core.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;

/**
 * Something with a date, for a calendar: a planned touch, a plan step, the
 * launch, what the client owes, an answer we promised, a next touch agreed.
 *
 * @param identity what it is about, without its date (see {@link AgendaItem#identity()})
 * @param time     the time of day, or null for an all-day entry
 * @param details  the lines of its description: purpose, benefit, what to prepare
 */
public record CalendarEntry(Project project, String kind, String identity, LocalDate date, LocalTime time,
        Message title, List<String> people, List<Message> details, SourceFile file, Span span) {

    /** The project id and the identity: the same whatever the date, so a calendar updates the event. */
    public String uid() {
        return project.id() + "/" + identity;
    }
}
