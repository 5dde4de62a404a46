package org.touchbase.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines, columns and offsets of a file as editors count them (UTF-16 units, LF, CRLF or a lone CR). */
class PositionsTest {

    private static final String TEXT = "project p {\r\n  person anna\r  touch\n}";

    @Test
    void everyKindOfLineBreakEndsALine() {
        SourceFile file = new SourceFile("f", TEXT);
        assertEquals(4, file.lineCount());
        assertEquals(0, file.lineStart(0));
        assertEquals(13, file.lineStart(1));
        assertEquals(27, file.lineStart(2));
        assertEquals(35, file.lineStart(3));
        assertEquals(0, file.lineStart(-1));
        assertEquals(35, file.lineStart(9));
    }

    @Test
    void aLineEndsBeforeItsLineBreak() {
        SourceFile file = new SourceFile("f", TEXT);
        assertEquals(11, file.lineEnd(0));
        assertEquals(26, file.lineEnd(1));
        assertEquals(34, file.lineEnd(2));
        assertEquals(36, file.lineEnd(3));
        assertEquals(0, new SourceFile("f", "\n\n").lineEnd(0));
        assertEquals(1, new SourceFile("f", "\n\n").lineEnd(1));
    }

    @Test
    void offsetsAndPositions() {
        SourceFile file = new SourceFile("f", TEXT);
        assertEquals(new Position(1, 2), file.position(15));
        assertEquals(new Position(0, 0), file.position(-5));
        assertEquals(new Position(3, 1), file.position(99));
        assertEquals(1, file.lineOf(13));
        assertEquals(0, file.lineOf(12));
        assertEquals(15, file.offset(new Position(1, 2)));
        assertEquals(26, file.offset(new Position(1, 80)), "a column past the end of its line is clamped");
        assertEquals(13, file.offset(new Position(1, -3)));
        assertEquals(0, file.offset(new Position(-1, 4)));
        assertEquals(4, file.offset(new Position(0, 4)));
        assertEquals(TEXT.length(), file.offset(new Position(4, 0)));
    }

    @Test
    void aByteOrderMarkIsASpace() {
        SourceFile file = new SourceFile("f", "\uFEFFproject p {\n}");
        assertEquals(" project p {\n}", file.text());
        assertEquals("p", file.slice(new Span(9, 10)));
        assertEquals("}", file.slice(new Span(13, 40)));
    }

    @Test
    void codePointsOutsideTheBasicPlaneCountTwoUnits() {
        SourceFile file = new SourceFile("f", "a😀b");
        assertEquals(0, file.charOffset(0));
        assertEquals(1, file.charOffset(1));
        assertEquals(3, file.charOffset(2));
        assertEquals(4, file.charOffset(3));
        assertEquals(4, file.charOffset(4));
        assertEquals(4, file.charOffset(10));
        assertEquals(0, file.charOffset(-1));
        SourceFile plain = new SourceFile("f", "ab");
        assertEquals(1, plain.charOffset(1));
        assertEquals(2, plain.charOffset(5));
        assertEquals(0, plain.charOffset(-2));
    }

    @Test
    void anEditWithACarriageReturnReindexesTheFile() {
        SourceFile file = new SourceFile("f", "ab\ncd");
        SourceFile edited = file.withEdit(1, 1, "\r");
        assertEquals(3, edited.lineCount());
        SourceFile joined = new SourceFile("f", "a\r\nb").withEdit(2, 3, "");
        assertEquals(2, joined.lineCount());
        assertEquals("a\rb", joined.text());
        SourceFile split = new SourceFile("f", "a\rb").withEdit(2, 2, "\n");
        assertEquals(2, split.lineCount());
        SourceFile bom = new SourceFile("f", "ab").withEdit(0, 0, "\uFEFF");
        assertEquals(" ab", bom.text());
    }

    @Test
    void aFileIsNamedByItsId() {
        assertEquals("team/a.client", new SourceFile("team/a.client", "").toString());
        assertEquals("team/a.client", new SourceFile("team/a.client", "").id());
    }

    @Test
    void spans() {
        Span span = Span.of(3, 7);
        assertEquals(4, span.length());
        assertTrue(span.contains(3));
        assertTrue(span.contains(7));
        assertFalse(span.contains(2));
        assertFalse(span.contains(8));
        assertEquals(new Span(1, 9), Span.cover(new Span(1, 4), new Span(6, 9)));
        assertEquals(new Span(1, 9), Span.cover(new Span(6, 9), new Span(1, 4)));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
    }

    @Test
    void positionsAreOrderedByLineThenColumn() {
        assertTrue(new Position(1, 9).compareTo(new Position(2, 0)) < 0);
        assertTrue(new Position(2, 0).compareTo(new Position(1, 9)) > 0);
        assertTrue(new Position(2, 3).compareTo(new Position(2, 4)) < 0);
        assertTrue(new Position(2, 5).compareTo(new Position(2, 4)) > 0);
        assertEquals(0, new Position(2, 4).compareTo(new Position(2, 4)));
    }
}
