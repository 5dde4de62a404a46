package org.touchbase.core.config;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reads "now" as people give it: {@code 2026-09-05} (the start of that day) or {@code 2026-09-05 14:30}. */
public final class Dates {

    private Dates() {
    }

    /** The moment, or null when the text is neither a date nor a date-time. */
    public static LocalDateTime parseMoment(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).atStartOfDay();
            }
            if (trimmed.length() == 16 && (trimmed.charAt(10) == ' ' || trimmed.charAt(10) == 'T')) {
                return LocalDateTime.of(LocalDate.parse(trimmed.substring(0, 10)),
                        LocalTime.parse(trimmed.substring(11)));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
