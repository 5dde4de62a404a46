package org.touchbase.report.render;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Escaping for every place text from a {@code .client} file can land: HTML
 * text and attributes (SVG included), Markdown, Mermaid, and file links.
 */
public final class Escape {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t]+");

    private Escape() {
    }

    /** Text safe in HTML and SVG element content and in quoted attribute values. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        html(text, out);
        return out.toString();
    }

    /** {@link #html(String)} appended to {@code out}, without a string of its own. */
    public static void html(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        // Most text has nothing to escape: it is copied up to the first character that has.
        int plain = 0;
        while (plain < text.length() && isPlain(text.charAt(plain))) {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> out.append('\n');
                default -> {
                    if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else if (Character.isSurrogate(c)) {
                        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1));
                        if (paired) {
                            out.append(c).append(text.charAt(++i));
                        } else {
                            out.append('\uFFFD');
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** A character {@link #html(String)} copies as it is. */
    private static boolean isPlain(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c != 0x7F && c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
                    || c == '\n' || c == '\t';
        }
        return c > 0x9F && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    /**
     * Text that Markdown (GitHub's flavour) shows as it is, inline and in a
     * table cell: on one line, with every character that could start
     * emphasis, a link, a table cell, HTML or a block escaped.
     */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        String flat = BREAKS.matcher(text).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!', '$' -> out.append('\\').append(c);
                default -> out.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        // A line may not start a block: a list item, a heading, a numbered item.
        if (!out.isEmpty() && (out.charAt(0) == '-' || out.charAt(0) == '+' || out.charAt(0) == '=')) {
            out.insert(0, '\\');
        }
        int digits = 0;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        }
        return out.toString();
    }

    /** A label inside a quoted Mermaid string: no quotes, no markup, one line. */
    public static String mermaid(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '.' || c == ',' || c == ':'
                    || c == '%' || c == '/' || c == '(' || c == ')') {
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** A file name as a relative link: every byte but unreserved ASCII percent-encoded. */
    public static String fileLink(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
