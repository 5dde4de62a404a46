package org.touchbase.core.model;

import org.touchbase.core.text.Span;

/** A string literal: its decoded value and where it stands, quotes included. */
public record Text(String value, Span span) {
}
