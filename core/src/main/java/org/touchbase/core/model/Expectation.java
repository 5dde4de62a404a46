package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code expect ID from PERSON STRING due DATE [received DATE]}: an obligation of the client. */
public record Expectation(SourceFile file, Span span, Name id, Name from, Text title, Day due, Day received)
        implements Element {

    public boolean isReceived() {
        return received != null;
    }

    @Override
    public Span focus() {
        return span;
    }
}
