package org.touchbase.core.syntax;

/** Decodes string literals: {@code "..."} with {@code \" \\ \n} escapes, and {@code """..."""}. */
public final class StringLiterals {

    /** The value, whether the literal was closed, and the first unknown escape if any. */
    public record Decoded(String value, boolean terminated, String badEscape) {
    }

    private StringLiterals() {
    }

    public static Decoded decode(String literal) {
        if (literal.startsWith("\"\"\"")) {
            boolean closed = literal.length() >= 6 && literal.endsWith("\"\"\"");
            String body = literal.substring(3, closed ? literal.length() - 3 : literal.length());
            return new Decoded(body, closed, null);
        }
        int last = literal.length() - 1;
        if (last > 0 && literal.charAt(last) == '"' && literal.indexOf('\\') < 0) {
            return new Decoded(literal.substring(1, last), true, null);
        }
        StringBuilder value = new StringBuilder(literal.length());
        String badEscape = null;
        int i = 1;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            if (c == '"') {
                return new Decoded(value.toString(), i == literal.length() - 1, badEscape);
            }
            if (c == '\\' && i + 1 < literal.length()) {
                char escaped = literal.charAt(i + 1);
                switch (escaped) {
                    case '"', '\\' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    default -> {
                        value.append('\\').append(escaped);
                        if (badEscape == null) {
                            badEscape = "\\" + escaped;
                        }
                    }
                }
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        return new Decoded(value.toString(), false, badEscape);
    }

    /** Writes a value as a {@code "..."} literal, or as a triple-quoted one when it spans lines. */
    public static String quote(String value) {
        if (value.indexOf('\n') >= 0 && !value.contains("\"\"\"")) {
            return "\"\"\"" + value + "\"\"\"";
        }
        return quoteOnOneLine(value);
    }

    /** Writes a value as a one-line {@code "..."} literal, escaping quotes, backslashes and line breaks. */
    public static String quoteOnOneLine(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
