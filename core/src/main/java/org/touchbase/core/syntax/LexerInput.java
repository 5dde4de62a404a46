package org.touchbase.core.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's view of a text: the real characters for token texts, but for
 * lookahead every non-ASCII letter reads as {@code Z} and every other
 * non-ASCII symbol as {@code ~}.
 *
 * <p>ANTLR's lexer caches its DFA transitions only for characters up to 127;
 * any other character is simulated on the ATN each time, which made lexing
 * Cyrillic text many times slower than Latin. No keyword contains {@code Z}
 * and no rule mentions {@code ~}, and both classes behave alike in every
 * lexer rule (a letter starts and continues a name; a symbol is an error
 * outside strings and comments and plain text inside them), so the tokens
 * are the same. Marks, digits and spaces outside ASCII keep their own code
 * points: names may contain them but not start with them.
 */
final class LexerInput implements CharStream {

    static final int LETTER = 'Z';
    static final int SYMBOL = '~';

    private static final byte ITSELF = 0;
    private static final byte AS_LETTER = 1;
    private static final byte AS_SYMBOL = 2;
    /** {@link #lookalike} for every char, worked out once: the per-character Unicode lookups were a tenth of the lexing time. */
    private static final byte[] BMP = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            int lookalike = classify(c);
            BMP[c] = lookalike == LETTER ? AS_LETTER : lookalike == SYMBOL ? AS_SYMBOL : ITSELF;
        }
    }

    private final String name;
    private final String text;
    private final int[] codePoints;
    private final int size;
    private int index;

    /** Reads the text's chars directly, unless it has characters outside the BMP: then its code points. */
    LexerInput(String text, String name) {
        this.name = name;
        this.text = text;
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        this.codePoints = surrogates ? text.codePoints().toArray() : null;
        this.size = surrogates ? codePoints.length : text.length();
    }

    @Override
    public int LA(int offset) {
        int at;
        if (offset > 0) {
            at = index + offset - 1;
        } else if (offset < 0) {
            at = index + offset;
        } else {
            return 0;
        }
        if (at < 0 || at >= size) {
            return IntStream.EOF;
        }
        int c = codePoints == null ? text.charAt(at) : codePoints[at];
        return c < 128 ? c : lookalike(c);
    }

    static int lookalike(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return classify(codePoint);
        }
        byte kind = BMP[codePoint];
        return kind == AS_LETTER ? LETTER : kind == AS_SYMBOL ? SYMBOL : codePoint;
    }

    private static int classify(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return LETTER;
        }
        int type = Character.getType(codePoint);
        if (Character.isDigit(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xFEFF
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER) {
            return codePoint;
        }
        return SYMBOL;
    }

    @Override
    public void consume() {
        if (index >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int target) {
        index = Math.max(0, Math.min(target, size));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return name == null || name.isEmpty() ? UNKNOWN_SOURCE_NAME : name;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(interval.b, size - 1);
        if (stop < start) {
            return "";
        }
        return codePoints == null ? text.substring(start, stop + 1) : new String(codePoints, start, stop - start + 1);
    }
}
