package org.touchbase.core.model;

import java.util.Locale;

/** The status of a project; only active projects get date-driven warnings. */
public enum Status {
    ACTIVE, PAUSED, DONE, LOST;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
