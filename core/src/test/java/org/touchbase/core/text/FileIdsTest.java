package org.touchbase.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
    void sortingByIdKeepsTheOrderOfItemsWithTheSameId() {
        List<String[]> items = new ArrayList<>(List.of(new String[] {"b.client", "1"},
                new String[] {"a.client", "2"}, new String[] {"b.client", "3"}, new String[] {"a.client", "4"}));
        FileIds.sort(items, item -> item[0]);
        assertEquals(List.of("2", "4", "1", "3"), items.stream().map(item -> item[1]).toList());
    }

    @Test
    void sortingByIdOrdersAsTheComparatorDoes() {
        Random random = new Random(5);
        String[] parts = {"a", "b", "ab", "a-b", "ж", "%D0%B6", "x.client", ""};
        String[] separators = {"/", "\\"};
        for (int round = 0; round < 200; round++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                StringBuilder id = new StringBuilder(random.nextBoolean() ? "file:///w/" : "w/");
                for (int depth = random.nextInt(4); depth >= 0; depth--) {
                    id.append(parts[random.nextInt(parts.length)]);
                    if (depth > 0) {
                        id.append(separators[random.nextInt(separators.length)]);
                    }
                }
                ids.add(id.toString());
            }
            List<String> expected = new ArrayList<>(ids);
            expected.sort(FileIds.ORDER);
            FileIds.sort(ids, id -> id);
            assertEquals(expected, ids);
        }
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
        List<String> sorted = new ArrayList<>(List.of(ids));
        Collections.reverse(sorted);
        FileIds.sort(sorted, id -> id);
        assertEquals(List.of(ids), sorted, "sorted with each path worked out once");
        for (int i = 0; i + 1 < ids.length; i++) {
            assertEquals(-1, Integer.signum(FileIds.ORDER.compare(ids[i], ids[i + 1])), ids[i] + " < " + ids[i + 1]);
            assertEquals(1, Integer.signum(FileIds.ORDER.compare(ids[i + 1], ids[i])), ids[i + 1] + " > " + ids[i]);
        }
    }
}
