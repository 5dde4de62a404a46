package org.touchbase.core.model;

import java.time.LocalDateTime;
import org.touchbase.core.text.Span;

/** {@code away D1 until D2 [STRING]}: from the start of D1 through the end of D2 (leave, illness). */
public record Absence(Span span, Day from, Day until, Text note) {

    public boolean valid() {
        return from != null && from.valid() && until != null && until.valid()
                && !until.date().isBefore(from.date());
    }

    public LocalDateTime start() {
        return valid() ? from.date().atStartOfDay() : null;
    }

    /** The first moment after the absence. */
    public LocalDateTime end() {
        return valid() ? until.endOfDay() : null;
    }

    public boolean holdsAt(LocalDateTime moment) {
        return valid() && !moment.isBefore(start()) && moment.isBefore(end());
    }
}
