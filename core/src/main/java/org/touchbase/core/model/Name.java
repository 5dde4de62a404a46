package org.touchbase.core.model;

import org.touchbase.core.text.Span;

/** An identifier as written: a declared id or a reference to one. */
public record Name(String text, Span span) {
}
