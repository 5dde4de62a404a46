package org.touchbase.core.model;

import java.time.LocalDateTime;
import org.touchbase.core.text.Span;

/** {@code left DATE [STRING]}: the person left the client or the project; every part ends at the start of DATE. */
public record Departure(Span span, Day day, Text note) {

    /** The moment the person is gone from, or null when the date is not a real one. */
    public LocalDateTime at() {
        return day == null || day.date() == null ? null : day.date().atStartOfDay();
    }
}
