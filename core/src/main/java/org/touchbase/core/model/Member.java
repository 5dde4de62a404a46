package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * {@code member ID [STRING] [{ role email phone }]}: someone on our side. A
 * member shares the people namespace, may own an action, and is never in a
 * touch's people, the trust index, the people tables or {@code touch-gap}.
 */
public record Member(SourceFile file, Span span, Name id, Text fullName, Text role, Text email, Text phone)
        implements Element {

    /** The member's full name, or the id when none is given. */
    public String displayName() {
        return fullName != null ? fullName.value() : id.text();
    }

    @Override
    public Span focus() {
        return id.span();
    }
}
