package org.touchbase.core.text;

import java.util.Arrays;

/**
 * The text of one {@code .client} file with its line index.
 *
 * <p>{@link #id()} names the file for people and tools: a path relative to the
 * checked folder on the command line, a URI in the language server.
 */
public final class SourceFile {

    private final String id;
    private final String text;
    private final int[] lineStarts;
    private int[] charOffsetOfCodePoint;

    public SourceFile(String id, String text) {
        this.id = id;
        this.text = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
        this.lineStarts = indexLines(this.text);
    }

    private SourceFile(String id, String text, int[] lineStarts) {
        this.id = id;
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /**
     * This file with {@code [start, end)} replaced by {@code inserted}: the
     * line index is spliced, not rebuilt, so an edit costs the size of the
     * edit and a copy of the line table.
     */
    public SourceFile withEdit(int start, int end, String inserted) {
        String newText = text.substring(0, start) + inserted + text.substring(end);
        if (inserted.indexOf('\r') >= 0 || text.substring(Math.max(0, start - 1), Math.min(text.length(), end + 1)).indexOf('\r') >= 0
                || newText.startsWith("\uFEFF")) {
            return new SourceFile(id, newText);
        }
        int firstAfter = lineOf(end) + 1;
        int firstInside = lineOf(start) + 1;
        int[] added = indexLines(inserted);
        int delta = inserted.length() - (end - start);
        int[] starts = new int[firstInside + (added.length - 1) + (lineStarts.length - firstAfter)];
        System.arraycopy(lineStarts, 0, starts, 0, firstInside);
        for (int i = 1; i < added.length; i++) {
            starts[firstInside + i - 1] = start + added[i];
        }
        int at = firstInside + added.length - 1;
        for (int i = firstAfter; i < lineStarts.length; i++) {
            starts[at++] = lineStarts[i] + delta;
        }
        return new SourceFile(id, newText, starts);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** The offset just past the last character of {@code line}, before its line break. */
    public int lineEnd(int line) {
        if (line + 1 >= lineStarts.length) {
            return text.length();
        }
        int end = lineStarts[line + 1];
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index : -index - 2;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line]);
    }

    /** The offset of a position; a position past the end of its line or of the text is clamped. */
    public int offset(Position position) {
        return offset(position.line(), position.column());
    }

    /** The offset of a 0-based line and column, clamped like {@link #offset(Position)}. */
    public int offset(int line, int column) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        return Math.min(start + Math.max(0, column), lineEnd(line));
    }

    /**
     * The UTF-16 offset of the code point at {@code index}: ANTLR counts code
     * points, editors count UTF-16 units. They differ only after a character
     * outside the Basic Multilingual Plane.
     */
    public int charOffset(int codePointIndex) {
        if (charOffsetOfCodePoint == null) {
            charOffsetOfCodePoint = mapCodePoints(text);
        }
        if (charOffsetOfCodePoint.length == 0 || codePointIndex < 0) {
            return Math.max(0, Math.min(codePointIndex, text.length()));
        }
        return codePointIndex >= charOffsetOfCodePoint.length ? text.length() : charOffsetOfCodePoint[codePointIndex];
    }

    private static int[] mapCodePoints(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            return new int[0];
        }
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = text.length();
        return map;
    }

    public String slice(Span span) {
        return text.substring(span.start(), Math.min(span.end(), text.length()));
    }

    @Override
    public String toString() {
        return id;
    }
}
