package org.touchbase.core.time;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A duration as the language writes it: elapsed time ({@code 4h}, {@code 1d},
 * {@code 2w}) or working days ({@code 1wd}). Elapsed time is added to a
 * moment; {@code N wd} from a moment ends at the end of the Nth working day
 * after that moment's day, in a {@link WorkCalendar}.
 */
public record Term(long amount, Unit unit) {

    /** The largest amount a duration may have. */
    public static final long MAX_AMOUNT = 1_000_000;

    public enum Unit {
        HOURS("h"), DAYS("d"), WEEKS("w"), WORKING_DAYS("wd");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    public static Term hours(long amount) {
        return new Term(amount, Unit.HOURS);
    }

    public static Term days(long amount) {
        return new Term(amount, Unit.DAYS);
    }

    public static Term workingDays(long amount) {
        return new Term(amount, Unit.WORKING_DAYS);
    }

    /** Parses {@code 4h}, {@code 1d}, {@code 2w}, {@code 1wd}; null when it is not one. */
    public static Term parse(String text) {
        if (text == null) {
            return null;
        }
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > 9) {
            return null;
        }
        long amount = Long.parseLong(text.substring(0, digits));
        if (amount > MAX_AMOUNT) {
            return null;
        }
        String suffix = text.substring(digits);
        for (Unit unit : Unit.values()) {
            if (unit.suffix.equals(suffix)) {
                return new Term(amount, unit);
            }
        }
        return null;
    }

    public boolean isWorkingDays() {
        return unit == Unit.WORKING_DAYS;
    }

    /** The elapsed time this term stands for; null for working days, whose length depends on the calendar. */
    public Duration elapsed() {
        return switch (unit) {
            case HOURS -> Duration.ofHours(amount);
            case DAYS -> Duration.ofDays(amount);
            case WEEKS -> Duration.ofDays(7 * amount);
            case WORKING_DAYS -> null;
        };
    }

    /** The moment this term ends when it starts at {@code from}: the deadline it sets. */
    public LocalDateTime after(LocalDateTime from, WorkCalendar calendar) {
        if (from == null) {
            return null;
        }
        if (unit == Unit.WORKING_DAYS) {
            return calendar.endOfWorkingDays(from.toLocalDate(), amount);
        }
        return from.plus(elapsed());
    }

    /** As written in the language: {@code 1wd}, {@code 14d}. */
    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
