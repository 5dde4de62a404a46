package org.touchbase.lsp.services.actions;

import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.lsp.services.Layout;

/** Adds items to the {@code { … }} body of a touch or a person, or gives it one. */
final class Bodies {

    /** An insertion of {@code text} at {@code offset}. */
    record Insertion(int offset, String text) {
    }

    private Bodies() {
    }

    /**
     * Where and what to insert so that {@code lines} become the last items of
     * {@code body}; without a body, a new one after {@code end}. Null when the
     * body is not closed.
     */
    static Insertion append(SourceFile file, Span body, int end, String ownerIndent, String unit, List<String> lines) {
        String newline = Layout.newline(file);
        if (body == null) {
            return new Insertion(end, " {" + newline + Layout.lines(file, ownerIndent + unit, lines) + newline
                    + ownerIndent + "}");
        }
        if (!file.slice(body).endsWith("}") || body.length() < 2) {
            return null;
        }
        int open = body.start();
        int close = body.end() - 1;
        String inner = innerIndent(file, open, close, ownerIndent + unit);
        if (file.lineOf(close) != file.lineOf(open) && Layout.startsLine(file, close)) {
            return new Insertion(file.lineStart(file.lineOf(close)), Layout.lines(file, inner, lines) + newline);
        }
        return new Insertion(close, newline + Layout.lines(file, inner, lines) + newline + ownerIndent);
    }

    /**
     * A new item (its {@code lines}) on the line after an item of a block that
     * ends at {@code end}, indented like {@code indent}.
     */
    static Insertion after(SourceFile file, int end, String indent, List<String> lines) {
        int at = Layout.afterLine(file, end);
        String newline = Layout.newline(file);
        String text = newline + Layout.lines(file, indent, lines);
        return new Insertion(at, at == end && at < file.lineEnd(file.lineOf(end)) ? text + newline + indent : text);
    }

    /** The indentation of the body's items on their own lines, or {@code fallback}. */
    private static String innerIndent(SourceFile file, int open, int close, String fallback) {
        for (int line = file.lineOf(open) + 1; line < file.lineOf(close); line++) {
            int start = file.lineStart(line);
            if (!file.text().substring(start, file.lineEnd(line)).isBlank()) {
                return Layout.indentOf(file, start);
            }
        }
        return fallback;
    }
}
