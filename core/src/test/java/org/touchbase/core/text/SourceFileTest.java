package org.touchbase.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    @Test
    void anEditedFileIndexesItsLinesLikeANewOne() {
        Random random = new Random(7);
        String alphabet = "ab\n\nя \r\n";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SourceFile file = new SourceFile("f", text.toString());
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            StringBuilder inserted = new StringBuilder();
            for (int i = random.nextInt(4); i > 0; i--) {
                inserted.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SourceFile edited = file.withEdit(start, end, inserted.toString());
            SourceFile fresh = new SourceFile("f", edited.text());
            assertEquals(fresh.lineCount(), edited.lineCount(), () -> "lines of " + edited.text());
            for (int offset = 0; offset <= fresh.text().length(); offset++) {
                assertEquals(fresh.position(offset), edited.position(offset));
            }
        }
    }
}
