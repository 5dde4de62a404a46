package org.touchbase.report.doc;

/** How a mark looks: the RAG colours, done, and neutral. Always shown with words, never by colour alone. */
public enum Tone {
    RED, AMBER, GREEN, DONE, NEUTRAL
}
