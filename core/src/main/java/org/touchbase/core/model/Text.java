package org.touchbase.core.model;

import org.touchbase.core.text.Span;

/**
 * A string literal: its decoded value and where it stands, quotes included, at {@code [start, end)} of its
 * file (inline, as for {@link Name}).
 */
public record Text(String value, int start, int end) {

    public Text(String value, Span span) {
        this(value, span.start(), span.end());
    }

    public Span span() {
        return new Span(start, end);
    }

    /** Empty or only white space: a text still to be filled in. */
    public boolean isBlank() {
        return value.isBlank();
    }

    /** Given and not blank. */
    public static boolean hasContent(Text text) {
        return text != null && !text.isBlank();
    }
}
