package org.touchbase.report.doc;

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
}
