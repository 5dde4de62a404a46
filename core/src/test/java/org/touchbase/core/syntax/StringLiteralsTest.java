package org.touchbase.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;

/** Strings as written and read back: escapes, triple quotes, what is left open; comments closed or not. */
class StringLiteralsTest {

    private static StringLiterals.Decoded decode(String literal) {
        return StringLiterals.decode(literal);
    }

    @Test
    void plainAndEscapedStrings() {
        assertEquals(new StringLiterals.Decoded("Hosting?", true, null), decode("\"Hosting?\""));
        assertEquals(new StringLiterals.Decoded("", true, null), decode("\"\""));
        assertEquals(new StringLiterals.Decoded("a\"b\\c\nd", true, null), decode("\"a\\\"b\\\\c\\nd\""));
        assertEquals(new StringLiterals.Decoded("a\\qb\\tc", true, "\\q"), decode("\"a\\qb\\tc\""));
    }

    @Test
    void stringsLeftOpen() {
        assertEquals(new StringLiterals.Decoded("", false, null), decode("\""));
        assertEquals(new StringLiterals.Decoded("ab", false, null), decode("\"ab"));
        assertEquals(new StringLiterals.Decoded("ab\\", false, null), decode("\"ab\\"));
        assertEquals(new StringLiterals.Decoded("a\"b", false, null), decode("\"a\\\"b"));
    }

    @Test
    void tripleQuotedStrings() {
        assertEquals(new StringLiterals.Decoded("", true, null), decode("\"\"\"\"\"\""));
        assertEquals(new StringLiterals.Decoded("a\nb", true, null), decode("\"\"\"a\nb\"\"\""));
        assertEquals(new StringLiterals.Decoded("\"\"", false, null), decode("\"\"\"\"\""));
        assertEquals(new StringLiterals.Decoded("a\nb", false, null), decode("\"\"\"a\nb"));
    }

    @Test
    void valuesAreWrittenBackSoTheyReadTheSame() {
        assertEquals("\"Hosting?\"", StringLiterals.quote("Hosting?"));
        assertEquals("\"\"\"a\nb\"\"\"", StringLiterals.quote("a\nb"));
        assertEquals("\"a\\nb \\\"\\\"\\\"\"", StringLiterals.quote("a\nb \"\"\""));
        assertEquals("\"a\\\"b\\\\c\\nd\"", StringLiterals.quoteOnOneLine("a\"b\\c\r\nd"));
        assertEquals("\"\"", StringLiterals.quoteOnOneLine(""));
        for (String value : new String[] {"Hosting?", "a\nb", "a\"b\\c", "line\nwith \"\"\" quotes"}) {
            assertEquals(value, decode(StringLiterals.quote(value)).value(), value);
        }
    }

    @Test
    void aCommentIsClosedOnlyByItsOwnEnd() {
        assertNoFinding("project portal /**/ {\n}\n", TODAY, "syntax");
        assertNoFinding("project portal /* a */ {\n}\n", TODAY, "syntax");
        assertFindings("project portal {\n}\n/*/", TODAY, f(3, 1, "syntax")
                .message("unterminated comment: close it with */"));
        assertFindings("project portal {\n}\n/* open", TODAY, f(3, 1, "syntax"));
    }
}
