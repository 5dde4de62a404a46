package org.touchbase.core.time;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** How a deadline is written for people: a deadline at midnight is the end of the day before. */
public final class Deadlines {

    private Deadlines() {
    }

    /** {@code 2026-11-19} for the end of that day (the start of the next), else {@code 2026-11-19 09:00}. */
    public static String text(LocalDateTime deadline) {
        if (deadline.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return deadline.toLocalDate().minusDays(1).toString();
        }
        return deadline.toLocalDate() + " " + deadline.toLocalTime();
    }
}
