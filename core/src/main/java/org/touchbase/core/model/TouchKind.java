package org.touchbase.core.model;

import java.util.Locale;

/** What kind of contact a touch is; written kinds can put an agreement in writing. */
public enum TouchKind {
    LETTER(true), REPLY(true), MESSAGE(true), PING(true), REMINDER(true), QUESTION(true),
    CALL(false), MEETING(false), PRESENTATION(false), OTHER(false);

    private final boolean written;
    private final String keyword;

    TouchKind(boolean written) {
        this.written = written;
        this.keyword = name().toLowerCase(Locale.ROOT);
    }

    public boolean isWritten() {
        return written;
    }

    public boolean isSpoken() {
        return !written;
    }

    /** Meetings and presentations are the touches that need a summary. */
    public boolean needsSummary() {
        return this == MEETING || this == PRESENTATION;
    }

    public String keyword() {
        return keyword;
    }

    public static TouchKind fromKeyword(String keyword) {
        for (TouchKind kind : values()) {
            if (kind.keyword().equals(keyword)) {
                return kind;
            }
        }
        return null;
    }
}
