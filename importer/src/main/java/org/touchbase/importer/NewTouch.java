package org.touchbase.importer;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A touch an import writes, and its text in the formatter's layout. */
record NewTouch(String project, String id, LocalDateTime at, boolean hasTime, String kind, String direction,
        List<String> people, String replyTo, String title, String note) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code touch ID DATE KIND DIRECTION PEOPLE [re ID] ["title"]}. */
    String header() {
        StringBuilder text = new StringBuilder("touch ").append(id).append(' ')
                .append((hasTime ? DATE_TIME : DATE).format(at)).append(' ').append(kind).append(' ')
                .append(direction).append(' ').append(String.join(", ", people));
        if (replyTo != null) {
            text.append(" re ").append(replyTo);
        }
        if (title != null && !title.isBlank()) {
            text.append(' ').append(quote(title));
        }
        return text.toString();
    }

    /** The touch as lines indented for a {@code log} block, each ending with a line break. */
    String lines(String newline) {
        String header = "  " + header();
        if (note == null || note.isBlank()) {
            return header + newline;
        }
        return header + " {" + newline + "    note " + quote(note) + newline + "  }" + newline;
    }

    /** A one-line string literal: quotes and backslashes escaped, line breaks and control characters as spaces. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString().replaceAll(" {2,}", " ");
    }
}
