package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code scenario STRING}: a scenario of what happens next, a Plan B. */
public record Scenario(SourceFile file, Span span, Text text) implements Element {

    @Override
    public Span focus() {
        return span;
    }
}
