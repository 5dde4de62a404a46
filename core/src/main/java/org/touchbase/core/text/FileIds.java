package org.touchbase.core.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        List<String> left = segments(path(a));
        List<String> right = segments(path(b));
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = left.get(i).compareTo(right.get(i));
            if (order != 0) {
                return order;
            }
        }
        int order = Integer.compare(left.size(), right.size());
        return order != 0 ? order : a.compareTo(b);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/' || path.charAt(i) == '\\') {
                segments.add(path.substring(start, i));
                start = i + 1;
            }
        }
        return segments;
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
