package org.touchbase.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.touchbase.core.text.Span;

/** A calendar date as written; {@code date} is null when it is not a real date. */
public record Day(LocalDate date, int start, int end) {

    public Day(LocalDate date, Span span) {
        this(date, span.start(), span.end());
    }

    /** Where it is written ({@code [start, end)}, kept inline as for {@link Name}). */
    public Span span() {
        return new Span(start, end);
    }

    public boolean valid() {
        return date != null;
    }

    /** A deadline means the end of its day: the first instant after it. */
    public LocalDateTime endOfDay() {
        return date == null ? null : date.plusDays(1).atStartOfDay();
    }
}
