package org.touchbase.core.model;

import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code summary [interim|final] { ... }}: the sum-up of a meeting. */
public record Summary(SourceFile file, Span span, Kind kind, List<Text> decisions, List<Action> actions,
        List<Text> questions, List<When> next) implements Element {

    public enum Kind { INTERIM, FINAL }

    /** {@code action STRING owner PERSON [due DATE]}. */
    public record Action(Span span, Text text, Name owner, Day due) {
    }

    @Override
    public Span focus() {
        return span;
    }
}
