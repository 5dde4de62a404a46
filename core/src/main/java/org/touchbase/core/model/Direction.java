package org.touchbase.core.model;

import java.util.Locale;

/** Who started a touch: we ({@code to}), the client ({@code from}) or both ({@code with}). */
public enum Direction {
    TO, FROM, WITH;

    public boolean isIncoming() {
        return this == FROM;
    }

    public boolean isStartedByUs() {
        return this != FROM;
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
