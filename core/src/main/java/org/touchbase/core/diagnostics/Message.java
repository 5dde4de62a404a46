package org.touchbase.core.diagnostics;

import java.util.List;

/** A message to show in the reader's language: a bundle key and its arguments. */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
