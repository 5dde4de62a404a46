package org.touchbase.core.i18n;

import java.time.Duration;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Length;
import org.touchbase.core.time.Term;

/**
 * Durations in words, the one place that says them: "within 1 working day",
 * "every 7 days", "25 h late" and their Russian forms. Each gives a message
 * whose noun is a plural choice of the bundle ({@link Messages#get}); the raw
 * form ({@code 1wd}) appears only inside a quoted keyword.
 */
public final class Durations {

    private Durations() {
    }

    /** A deadline: "within 1 working day", «в течение рабочего дня». */
    public static Message within(Term term) {
        return Message.of("duration.within." + term.unit().suffix(), term.amount());
    }

    /** A period: "every 7 days", «раз в 7 дней». */
    public static Message every(Term term) {
        return Message.of("duration.every." + term.unit().suffix(), term.amount());
    }

    /** A length: "14 days", «14 дней». */
    public static Message of(Term term) {
        return Message.of("duration.of." + term.unit().suffix(), term.amount());
    }

    /** A delay: "25 h late", «на 25 ч позже срока»; hours under two days, then days. */
    public static Message late(Duration duration) {
        Length.Spoken spoken = Length.spoken(duration);
        return Message.of(spoken.days() ? "duration.late.d" : "duration.late.h", spoken.amount());
    }

    /** A span of time: "25 h", «3 дня»; hours under two days, then days. */
    public static Message span(Duration duration) {
        Length.Spoken spoken = Length.spoken(duration);
        return Message.of(spoken.days() ? "duration.of.d" : "duration.span.h", spoken.amount());
    }
}
