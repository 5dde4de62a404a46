package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code step ID STRING due DATE [done [DATE]]}: a step of the plan to launch. */
public record Step(SourceFile file, Span span, Name id, Text title, Day due, boolean done, Day doneOn)
        implements Element {

    @Override
    public Span focus() {
        return span;
    }
}
