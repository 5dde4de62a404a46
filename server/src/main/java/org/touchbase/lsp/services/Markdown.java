package org.touchbase.lsp.services;

/** Markdown for hovers: what users wrote is escaped so that it shows as written. */
public final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~&";

    private Markdown() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                out.append("  \n");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An identifier in code style; ids hold no backticks. */
    public static String code(String id) {
        return "`" + id.replace("`", "") + "`";
    }
}
