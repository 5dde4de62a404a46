package org.touchbase.core.model;

import org.touchbase.core.text.Span;
import org.touchbase.core.time.Term;

/** A duration as written, such as {@code 4h}, {@code 1d}, {@code 2w} or {@code 1wd}. */
public record Length(Term term, Span span) {
}
