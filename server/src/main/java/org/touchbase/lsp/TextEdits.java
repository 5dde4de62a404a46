package org.touchbase.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** Converts between the model's offsets and LSP positions and ranges. */
public final class TextEdits {

    private TextEdits() {
    }

    public static Position position(SourceFile file, int offset) {
        var position = file.position(offset);
        return new Position(position.line(), position.column());
    }

    public static Range range(SourceFile file, Span span) {
        return new Range(position(file, span.start()), position(file, span.end()));
    }

    /** The offset of an LSP position; positions past a line's end or the text's end are clamped. */
    public static int offset(SourceFile file, Position position) {
        if (position == null) {
            return 0;
        }
        return file.offset(position.getLine(), position.getCharacter());
    }

    public static Span span(SourceFile file, Range range) {
        int start = offset(file, range.getStart());
        int end = offset(file, range.getEnd());
        return new Span(Math.min(start, end), Math.max(start, end));
    }

    /** Applies an incremental change (or a full one when {@code range} is null) to a text. */
    public static String apply(String text, Range range, String newText) {
        if (range == null) {
            return newText;
        }
        SourceFile file = new SourceFile("", text);
        Span span = span(file, range);
        return text.substring(0, span.start()) + newText + text.substring(span.end());
    }
}
