package org.touchbase.core.model;

import java.time.Duration;
import org.touchbase.core.text.Span;

/** A duration such as {@code 4h}, {@code 1d} or {@code 2w}. */
public record Length(Duration duration, Span span) {

    /** Parses {@code 4h}, {@code 1d}, {@code 2w}; null when it is not one. */
    public static Duration parse(String text) {
        if (text == null || text.length() < 2) {
            return null;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        long amount;
        try {
            amount = Long.parseLong(text.substring(0, text.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (amount > 1_000_000) {
            return null;
        }
        return switch (text.charAt(text.length() - 1)) {
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            case 'w' -> Duration.ofDays(7 * amount);
            default -> null;
        };
    }

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

    /** A duration as written in the language: whole days as {@code d}, otherwise hours. */
    public static String format(Duration duration) {
        long hours = duration.toHours();
        if (hours % 24 == 0 && hours != 0) {
            return hours / 24 + "d";
        }
        return hours + "h";
    }
}
