package org.touchbase.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BulkWriterTest {

    @Test
    void passesOnEveryCharacterInOrderAcrossBlocks() throws IOException {
        StringWriter out = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (BulkWriter writer = new BulkWriter(out)) {
            for (int i = 0; i < 5000; i++) {
                String piece = "«" + i + "» ";
                writer.write(piece);
                writer.write('\n');
                writer.write(piece.toCharArray(), 1, piece.length() - 1);
                expected.append(piece).append('\n').append(piece, 1, piece.length());
            }
            String large = "x".repeat(40_000);
            writer.write(large, 3, 39_000);
            expected.append(large, 3, 39_003);
        }
        assertEquals(expected.toString(), out.toString());
    }

    @Test
    void holdsNothingBackUntilFlushed() throws IOException {
        StringWriter out = new StringWriter();
        BulkWriter writer = new BulkWriter(out);
        writer.write("abc");
        assertEquals("", out.toString());
        writer.flush();
        assertEquals("abc", out.toString());
    }
}
