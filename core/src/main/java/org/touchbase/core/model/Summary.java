package org.touchbase.core.model;

import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code summary [interim|final] { ... }}: the sum-up of a meeting. */
public record Summary(SourceFile file, Span span, Kind kind, List<Text> decisions, List<Action> actions,
        List<Text> questions, List<When> next) implements Element {

    public enum Kind { INTERIM, FINAL }

    /**
     * {@code action [ID] STRING owner PERSON-OR-MEMBER [due DATE] [done [DATE]]}.
     * Its id shares the namespace of expectations, so {@code reminds} can name it.
     */
    public record Action(SourceFile file, Span span, Name id, Text text, Name owner, Day due, boolean done,
            Day doneOn) implements Element {

        @Override
        public Span focus() {
            return span;
        }
    }

    /** A summary whose decisions, actions and questions are all without text sums up nothing. */
    public boolean isFilledIn() {
        for (Text decision : decisions) {
            if (Text.hasContent(decision)) {
                return true;
            }
        }
        for (Action action : actions) {
            if (Text.hasContent(action.text())) {
                return true;
            }
        }
        for (Text question : questions) {
            if (Text.hasContent(question)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Span focus() {
        return span;
    }
}
