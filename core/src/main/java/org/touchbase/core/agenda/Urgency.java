package org.touchbase.core.agenda;

import java.util.Locale;

/**
 * How soon an agenda item is due, in the order the agenda lists them: what
 * is late, what is due today, what is due within the next days of the
 * agenda's window, and what comes due soon after it.
 */
public enum Urgency {
    OVERDUE, TODAY, UPCOMING, SOON;

    /** The name in JSON and in message keys: {@code overdue}, {@code today}, {@code upcoming}, {@code soon}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
