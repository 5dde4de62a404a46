package org.touchbase.core.rules;

import java.util.Locale;
import org.touchbase.core.diagnostics.Severity;

/** A severity a rule can be set to in configuration, or {@code off}. */
public enum RuleLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), HINT(Severity.HINT), OFF(null);

    private final Severity severity;

    RuleLevel(Severity severity) {
        this.severity = severity;
    }

    /** The severity, or null for {@code off}. */
    public Severity severity() {
        return severity;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RuleLevel fromId(String id) {
        for (RuleLevel level : values()) {
            if (level.id().equals(id)) {
                return level;
            }
        }
        return null;
    }
}
