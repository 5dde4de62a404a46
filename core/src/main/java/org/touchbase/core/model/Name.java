package org.touchbase.core.model;

import org.touchbase.core.text.Span;

/**
 * An identifier as written: a declared id or a reference to one, at {@code [start, end)} of its file. The
 * offsets are kept inline, not as a {@link Span}: a model holds hundreds of thousands of names.
 */
public record Name(String text, int start, int end) {

    public Name(String text, Span span) {
        this(text, span.start(), span.end());
    }

    public Span span() {
        return new Span(start, end);
    }
}
