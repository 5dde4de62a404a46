package org.touchbase.core.state;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.touchbase.core.workspace.Project;

/**
 * "Now" and the spans of time a project is measured with — its own
 * {@code respond within}, {@code cadence}, {@code remind every} and
 * {@code confirm within}, or the configured defaults — and the one place
 * that turns a moment and a span into a deadline. A deadline has passed when
 * "now" is at or after it.
 */
public record Deadlines(LocalDateTime now, Duration respondWithin, Duration cadence, Duration remindEvery,
        Duration confirmWithin) {

    /** The project's own spans over the defaults. */
    public static Deadlines of(Project project, LocalDateTime now, Duration respondWithin, Duration cadence,
            Duration remindEvery, Duration confirmWithin) {
        return new Deadlines(now, project.respondWithin(respondWithin), project.cadence(cadence),
                project.remindEvery(remindEvery), project.confirmWithin(confirmWithin));
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** The moment {@code span} after {@code from}. */
    public LocalDateTime after(LocalDateTime from, Duration span) {
        return from.plus(span);
    }

    /** Whether the deadline has passed: "now" is at or after it. */
    public boolean passed(LocalDateTime deadline) {
        return deadline != null && !now.isBefore(deadline);
    }

    public LocalDateTime replyDeadline(LocalDateTime received) {
        return received == null ? null : after(received, respondWithin);
    }

    public LocalDateTime confirmDeadline(LocalDateTime made) {
        return made == null ? null : after(made, confirmWithin);
    }

    /** When something reminded of (or asked) at {@code last} is to be chased again. */
    public LocalDateTime remindAgain(LocalDateTime last) {
        return last == null ? null : after(last, remindEvery);
    }
}
