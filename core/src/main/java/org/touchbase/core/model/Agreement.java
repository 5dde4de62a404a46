package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code agreed ID STRING [replaces ID]}: an agreement made in a touch, perhaps replacing an earlier one. */
public record Agreement(SourceFile file, Span span, Name id, Text text, Name replaces) implements Element {

    @Override
    public Span focus() {
        return span;
    }
}
