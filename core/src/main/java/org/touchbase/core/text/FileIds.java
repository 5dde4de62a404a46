package org.touchbase.core.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * File ids as people read them. A file is named by a path on the command
 * line and by a {@code file:} URI in the language server; both are ordered
 * and printed the same way: by their path, folder by folder, with
 * percent-encoded characters decoded ({@code %D0%B6.client} is
 * {@code ж.client}).
 */
public final class FileIds {

    /** Files in the order findings are listed and declarations count: by path, folder by folder. */
    public static final Comparator<String> ORDER = FileIds::compare;

    private FileIds() {
    }

    /** The path of an id: a URI's decoded path (its authority dropped), any other id as it is. */
    public static String path(String id) {
        int colon = id.indexOf(':');
        if (colon < 2 || !id.regionMatches(true, 0, "file:", 0, 5)) {
            return id;
        }
        String rest = id.substring(colon + 1);
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash < 0 ? "" : rest.substring(slash);
        }
        return decode(rest);
    }

    /** The file name alone, as written: {@code b.client} for {@code file:///w/b.client} or {@code w/b.client}. */
    public static String name(String id) {
        String path = path(id);
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    /**
     * Sorts {@code items} by their ids in {@link #ORDER}, working out each id's path once instead of at
     * every comparison (a workspace of 1,000 files is sorted after every edit). The sort is stable.
     */
    public static <T> void sort(List<T> items, Function<? super T, String> id) {
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            String itemId = id.apply(item);
            keyed.add(new Keyed<>(item, itemId, path(itemId).toCharArray()));
        }
        keyed.sort(Keyed::compareTo);
        for (int i = 0; i < keyed.size(); i++) {
            items.set(i, keyed.get(i).item());
        }
    }

    /** An item with its id and the id's path, compared as {@link #ORDER} compares ids. */
    private record Keyed<T>(T item, String id, char[] path) {

        int compareTo(Keyed<T> other) {
            if (id.equals(other.id)) {
                return 0;
            }
            char[] left = path;
            char[] right = other.path;
            int at = 0;
            while (true) {
                // the paths of a workspace share a long beginning: skipped at once, not unit by unit
                int differs = Arrays.mismatch(left, at, left.length, right, at, right.length);
                if (differs < 0) {
                    return id.compareTo(other.id);
                }
                at += differs;
                int l = unit(left, at);
                int r = unit(right, at);
                if (l != r) {
                    return Integer.compare(l, r);
                }
                at++;
            }
        }
    }

    private static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        String left = path(a);
        String right = path(b);
        for (int i = 0; ; i++) {
            int l = unit(left, i);
            int r = unit(right, i);
            if (l != r) {
                return Integer.compare(l, r);
            }
            if (l == END) {
                return a.compareTo(b);
            }
        }
    }

    private static final int END = -2;
    private static final int SEPARATOR = -1;

    /**
     * A path read for ordering, folder by folder: its end before a folder
     * separator, a separator before any character, so that a folder's name
     * sorts as a whole ({@code a/z} before {@code a-b}).
     */
    private static int unit(String path, int at) {
        return at >= path.length() ? END : unit(path.charAt(at));
    }

    private static int unit(char[] path, int at) {
        return at >= path.length ? END : unit(path[at]);
    }

    private static int unit(char c) {
        return c == '/' || c == '\\' ? SEPARATOR : c;
    }

    /** Percent-decoding as UTF-8; a malformed escape stays as it is. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
