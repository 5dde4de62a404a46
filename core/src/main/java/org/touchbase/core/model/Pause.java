package org.touchbase.core.model;

import org.touchbase.core.text.Span;

/** {@code status paused until DATE}: the item, and the day the pause was meant to end (through its end). */
public record Pause(Span span, Day until) {

    /** The first moment after the pause, or null when the date is not a real one. */
    public java.time.LocalDateTime end() {
        return until == null ? null : until.endOfDay();
    }
}
