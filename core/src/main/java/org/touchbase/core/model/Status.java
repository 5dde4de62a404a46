package org.touchbase.core.model;

import java.util.Locale;

/** The status of a project; only active projects get date-driven warnings. */
public enum Status {
    ACTIVE, PAUSED, DONE, LOST;

    /**
     * A live project (active or paused) still has a future: who decides,
     * Plan B, goals and a plan matter. A done or lost one is over
     * (docs/reference.md, Projects).
     */
    public boolean live() {
        return this == ACTIVE || this == PAUSED;
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
