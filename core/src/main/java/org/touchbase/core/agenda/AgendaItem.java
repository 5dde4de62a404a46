package org.touchbase.core.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;

/**
 * One thing to do: when it is due, how urgent it is, the project, the
 * people by name, what and why in one sentence, what to do (the rule's own
 * fix where a rule exists), what to prepare, and where it is written.
 *
 * @param date     the day it is due (a deadline means the end of that day)
 * @param time     the time of day, or null for an all-day item
 * @param kind     what kind of item it is ({@link Kinds})
 * @param identity what the item is about, stable when dates change: the
 *                 kind and the id (or, without one, the title and the people
 *                 and the place among alike items) of the element, never a date
 * @param action   what to do, or null when the item says it all
 * @param prepare  what to bring to a planned touch: open questions and actions
 * @param rule     the rule whose finding this item is, or null
 */
public record AgendaItem(Urgency urgency, LocalDate date, LocalTime time, Project project, String kind,
        String identity, List<String> people, Message what, Message action, List<Message> prepare, String rule,
        SourceFile file, Span span) {

    public boolean allDay() {
        return time == null;
    }

    /** The moment it is due: the time given, or the end of its day. */
    public LocalDateTime due() {
        return time != null ? date.atTime(time) : date.plusDays(1).atStartOfDay();
    }
}
