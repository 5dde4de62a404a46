package org.touchbase.core.model;

import java.time.Duration;
import org.touchbase.core.text.Span;
import org.touchbase.core.time.Term;

/** A duration as written, such as {@code 4h}, {@code 1d}, {@code 2w} or {@code 1wd}. */
public record Length(Term term, Span span) {

    /**
     * A span of time as people say it, in rule messages, cards and reports
     * alike: whole hours under two days, then whole days; a part of an hour
     * or a day counts as a whole one.
     */
    public static Spoken spoken(Duration duration) {
        long hours = Math.max(0, (duration.toMinutes() + 59) / 60);
        return hours < 48 ? new Spoken(hours, false) : new Spoken((hours + 23) / 24, true);
    }

    /** An amount of hours, or of days. */
    public record Spoken(long amount, boolean days) {

        /** {@code 5h}, {@code 3d}. */
        public String compact() {
            return amount + (days ? "d" : "h");
        }
    }
}
