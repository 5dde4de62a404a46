package org.touchbase.core.model;

import org.touchbase.core.text.Span;

/** A string literal: its decoded value and where it stands, quotes included. */
public record Text(String value, Span span) {

    /** Empty or only white space: a text still to be filled in. */
    public boolean isBlank() {
        return value.isBlank();
    }

    /** Given and not blank. */
    public static boolean hasContent(Text text) {
        return text != null && !text.isBlank();
    }
}
