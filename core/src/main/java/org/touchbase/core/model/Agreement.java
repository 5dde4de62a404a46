package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code agreed ID STRING}: an agreement made in a touch. */
public record Agreement(SourceFile file, Span span, Name id, Text text) implements Element {

    @Override
    public Span focus() {
        return span;
    }
}
