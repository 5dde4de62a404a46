package org.touchbase.report.doc;

import java.util.ArrayList;
import java.util.List;

/** A run of inline text: a paragraph, a table cell, a list item. */
public record Line(List<Inline> parts) {

    public static final Line EMPTY = new Line(List.of());

    public Line {
        parts = List.copyOf(parts);
    }

    /** Strings become plain text; nulls are skipped. */
    public static Line of(Object... parts) {
        List<Inline> inlines = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Inline inline) {
                inlines.add(inline);
            } else if (part instanceof Line line) {
                inlines.addAll(line.parts());
            } else if (part != null) {
                inlines.add(new Inline.Text(part.toString()));
            }
        }
        return new Line(inlines);
    }

    /** Text in which `quoted` names (as findings write them) become code. */
    public static Line ticked(String text) {
        List<Inline> inlines = new ArrayList<>();
        String[] pieces = text.split("`", -1);
        boolean balanced = pieces.length % 2 == 1;
        for (int i = 0; i < pieces.length; i++) {
            if (!balanced) {
                inlines.add(new Inline.Text(text));
                break;
            }
            if (pieces[i].isEmpty()) {
                continue;
            }
            inlines.add(i % 2 == 1 ? new Inline.Code(pieces[i]) : new Inline.Text(pieces[i]));
        }
        return new Line(inlines);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The text without marks, for tests and titles. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        for (Inline part : parts) {
            out.append(part.text());
        }
        return out.toString();
    }
}
