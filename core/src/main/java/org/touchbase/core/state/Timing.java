package org.touchbase.core.state;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.time.Term;
import org.touchbase.core.time.WorkCalendar;
import org.touchbase.core.workspace.Project;

/**
 * "Now", the terms a project is measured with — its own {@code respond
 * within}, {@code cadence}, {@code remind every} and {@code confirm within},
 * or the configured defaults — and the working days: the one place that turns
 * a moment and a term into a deadline. A deadline has passed when "now" is at
 * or after it.
 */
public record Timing(LocalDateTime now, Term respondWithin, Term cadence, Term remindEvery, Term confirmWithin,
        WorkCalendar calendar) {

    /** The project's own terms over the defaults of {@code settings}. */
    public static Timing of(Project project, Settings settings) {
        return of(project, settings, settings.now());
    }

    /** The same, at another moment. */
    public static Timing of(Project project, Settings settings, LocalDateTime now) {
        return new Timing(now, project.respondWithin(settings.respondWithin()),
                project.cadence(settings.cadence()), project.remindEvery(settings.remindEvery()),
                project.confirmWithin(settings.confirmWithin()), settings.calendar());
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** The moment {@code term} ends when it starts at {@code from}, in the project's working days. */
    public LocalDateTime after(LocalDateTime from, Term term) {
        return from == null ? null : term.after(from, calendar);
    }

    /** Whether the deadline has passed: "now" is at or after it. */
    public boolean passed(LocalDateTime deadline) {
        return deadline != null && !now.isBefore(deadline);
    }

    public LocalDateTime replyDeadline(LocalDateTime received) {
        return after(received, respondWithin);
    }

    public LocalDateTime confirmDeadline(LocalDateTime made) {
        return after(made, confirmWithin);
    }

    /** When something reminded of (or asked) at {@code last} is to be chased again. */
    public LocalDateTime remindAgain(LocalDateTime last) {
        return after(last, remindEvery);
    }
}
