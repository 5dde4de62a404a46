package org.touchbase.lsp.services;

import org.eclipse.lsp4j.Position;
import org.touchbase.core.text.SourceFile;

/** Whether a position a client sends is in the text at all. */
final class TextRanges {

    private TextRanges() {
    }

    /** True for a position on an existing line, at most at its end. */
    static boolean valid(SourceFile file, Position position) {
        if (position == null || position.getLine() < 0 || position.getLine() >= file.lineCount()
                || position.getCharacter() < 0) {
            return false;
        }
        int line = position.getLine();
        return position.getCharacter() <= file.lineEnd(line) - file.lineStart(line);
    }
}
