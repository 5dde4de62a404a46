package org.touchbase.core.diagnostics;

import java.util.List;

/** A message to show in the reader's language: a bundle key and its arguments. */
public record Message(String key, List<Object> args) {

    /** The key of {@link #problemOf}: formatted as the problem part of the message it wraps. */
    public static final String PROBLEM = "@problem";

    /** The key of {@link #fixOf}: formatted as the fix part of the message it wraps. */
    public static final String FIX = "@fix";

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** What a rule's message says is wrong: the text before its last {@code ": "}, or all of it. */
    public static Message problemOf(Message message) {
        return new Message(PROBLEM, List.of(message));
    }

    /** What a rule's message says to do: the text after its last {@code ": "}. */
    public static Message fixOf(Message message) {
        return new Message(FIX, List.of(message));
    }
}
