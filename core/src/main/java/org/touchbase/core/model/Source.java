package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code source STRING}: a source of information besides the people. */
public record Source(SourceFile file, Span span, Text text) implements Element {

    @Override
    public Span focus() {
        return span;
    }
}
