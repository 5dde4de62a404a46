package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code goal [ID] STRING}: of the project, or of the person it stands in. */
public record Goal(SourceFile file, Span span, Name id, Text text) implements Element {

    @Override
    public Span focus() {
        return id != null ? id.span() : span;
    }
}
