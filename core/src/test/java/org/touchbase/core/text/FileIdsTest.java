package org.touchbase.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileIdsTest {

    @Test
    void filesAreOrderedByPathFolderByFolder() {
        assertOrder("a/z.client", "a-b.client");
        assertOrder("a.client", "ab.client");
        assertOrder("a/b/c.client", "a/b.client", "a/bc.client");
        assertOrder("log/2026/01.client", "log/2026.client");
        assertOrder("x/y.client", "x.client");
    }

    @Test
    void separatorsOfEitherKindOrderAlikeAndTiesGoToTheText() {
        assertOrder("a/b.client", "a\\c.client");
        assertOrder("a/b.client", "a\\b.client");
    }

    @Test
    void uriAndPathOrderByTheirDecodedPath() {
        assertOrder("file:///w/a.client", "file:///w/%D0%B6/b.client", "file:///w/%D0%B6.client");
        assertEquals("ж.client", FileIds.name("file:///w/%D0%B6.client"));
    }

    @Test
    void anIdEqualsItself() {
        assertEquals(0, FileIds.ORDER.compare("a/b.client", "a/b.client"));
    }

    private static void assertOrder(String... ids) {
        List<String> shuffled = new ArrayList<>(List.of(ids));
        Collections.reverse(shuffled);
        shuffled.sort(FileIds.ORDER);
        assertEquals(List.of(ids), shuffled);
        for (int i = 0; i + 1 < ids.length; i++) {
            assertEquals(-1, Integer.signum(FileIds.ORDER.compare(ids[i], ids[i + 1])), ids[i] + " < " + ids[i + 1]);
            assertEquals(1, Integer.signum(FileIds.ORDER.compare(ids[i + 1], ids[i])), ids[i + 1] + " > " + ids[i]);
        }
    }
}
