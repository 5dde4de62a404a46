package org.touchbase.core.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;

/**
 * The silence with a person at "now": when it started and why, and whether
 * it is longer than the cadence. {@code touch-gap}, the editor's cards and
 * lenses and the documents' people tables all ask this, so they agree.
 *
 * <p>Silence runs from the later of the last touch and the end of the
 * person's last absence; for a person never touched, from the latest of the
 * project's {@code starts}, the start of their current part and the end of
 * their last absence. When none is known, there is no silence to measure.
 */
public record Silence(Person person, Touch lastTouch, LocalDateTime from, From reason, boolean broken) {

    /** What the silence is counted from. */
    public enum From { TOUCH, ABSENCE, PROJECT_START, PART_START }

    /** The silence with {@code person} now; {@code from} is null when there is nothing to count from. */
    public static Silence of(RuleContext context, Person person) {
        LocalDateTime now = context.now();
        Touch last = context.project().lastTouchWith(person.id().text(), now);
        LocalDateTime absence = person.lastAbsenceEnd(now);
        LocalDateTime from = null;
        From reason = null;
        if (last != null) {
            from = last.at();
            reason = From.TOUCH;
            if (absence != null && absence.isAfter(from)) {
                from = absence;
                reason = From.ABSENCE;
            }
        } else {
            if (context.project().starts() != null && context.project().starts().valid()) {
                from = context.project().starts().date().atStartOfDay();
                reason = From.PROJECT_START;
            }
            LocalDateTime partStart = keyPartStart(person, now);
            if (partStart != null && (from == null || partStart.isAfter(from))) {
                from = partStart;
                reason = From.PART_START;
            }
            if (absence != null && (from == null || absence.isAfter(from))) {
                from = absence;
                reason = From.ABSENCE;
            }
        }
        boolean broken = from != null && person.isKeyAt(now) && person.awayAt(now) == null
                && now.isAfter(context.after(from, context.cadence()));
        return new Silence(person, last, from, reason, broken);
    }

    /** How long the silence has lasted by now; zero when there is nothing to count from. */
    public Duration length(LocalDateTime now) {
        return from == null ? Duration.ZERO : Duration.between(from, now);
    }

    /** Since when the person has been a decision-maker or the contact without a break: null when always. */
    private static LocalDateTime keyPartStart(Person person, LocalDateTime now) {
        LocalDateTime earliest = null;
        for (Part.Kind kind : new Part.Kind[] {Part.Kind.DECIDES, Part.Kind.CONTACT}) {
            if (!person.holds(kind, now)) {
                continue;
            }
            LocalDateTime start = person.part(kind).start();
            if (start == null) {
                return null;
            }
            if (earliest == null || start.isBefore(earliest)) {
                earliest = start;
            }
        }
        return earliest;
    }
}
