package org.touchbase.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.touchbase.core.text.Span;

/**
 * A date with an optional time of day. Without a time it means the start of
 * that day. {@code at} is null when the date is not a real one.
 */
public record When(LocalDateTime at, boolean hasTime, int start, int end) {

    public When(LocalDateTime at, boolean hasTime, Span span) {
        this(at, hasTime, span.start(), span.end());
    }

    /** Where it is written ({@code [start, end)}, kept inline as for {@link Name}). */
    public Span span() {
        return new Span(start, end);
    }

    public boolean valid() {
        return at != null;
    }

    public LocalDate date() {
        return at == null ? null : at.toLocalDate();
    }
}
