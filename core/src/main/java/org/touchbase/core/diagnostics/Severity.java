package org.touchbase.core.diagnostics;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    /** True when this is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Severity fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return severity;
            }
        }
        return null;
    }
}
