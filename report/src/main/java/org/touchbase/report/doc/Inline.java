package org.touchbase.report.doc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A piece of text in a line. Every string is plain text: the renderers
 * escape it for their format, so text from {@code .client} files can go
 * anywhere.
 */
public sealed interface Inline {

    /** The words of this piece, unescaped. */
    String text();

    /** Plain text. */
    record Text(String text) implements Inline {
    }

    /** Text that stands out. */
    record Strong(String text) implements Inline {
    }

    /** Quiet text: dates, counts, file positions. */
    record Muted(String text) implements Inline {
    }

    /** A name from the language: a rule id, an identifier. */
    record Code(String text) implements Inline {
    }

    /** A coloured mark with its words: a RAG badge, a status. */
    record Mark(Tone tone, String text) implements Inline {
    }

    /** A link; {@code href} is built by the report, never taken from a file. */
    record Link(String text, String href) implements Inline {
    }

    /**
     * A position in a {@code .client} file, {@code file:line}: a link that
     * opens the file at the line (an editor's preview opens it in the
     * editor). {@code file} is the file's id as the workspace knows it, a
     * relative path or a URI; a URI is shown by its file name.
     */
    record Place(String file, int line) implements Inline {

        /** A URI: a scheme, then a colon. */
        private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

        @Override
        public String text() {
            return shown(file) + ":" + line;
        }

        /** A URI by its last segment, decoded ({@code file:///w/app.client} → {@code app.client}); a path as is. */
        static String shown(String file) {
            if (!isUri(file)) {
                return file;
            }
            String last = file.substring(file.lastIndexOf('/') + 1);
            try {
                return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return last;
            }
        }

        /** Whether a file id is a URI ({@code file:///w/app.client}) rather than a path. */
        public static boolean isUri(String file) {
            return URI.matcher(file).matches();
        }
    }
}
