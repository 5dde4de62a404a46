package org.touchbase.core.model;

import java.time.LocalDateTime;
import org.touchbase.core.text.Span;

/**
 * A part a person has ({@code decides}, {@code backup}, {@code contact}) and
 * its period: from the start of {@code since} through the end of
 * {@code until}; without them, always. {@code span} is the whole item.
 */
public record Part(Kind kind, Span span, Day since, Day until) {

    /** The parts a person can have. */
    public enum Kind {
        DECIDES("decides"), BACKUP("backup"), CONTACT("contact");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** The first moment of the part, or null when it has no known start. */
    public LocalDateTime start() {
        return since == null || since.date() == null ? null : since.date().atStartOfDay();
    }

    /** The first moment after the part, or null when it has no known end. */
    public LocalDateTime end() {
        return until == null ? null : until.endOfDay();
    }

    /** The part holds at {@code moment} by its own period (a person's {@code left} is not looked at). */
    public boolean holdsAt(LocalDateTime moment) {
        LocalDateTime start = start();
        LocalDateTime end = end();
        return (start == null || !moment.isBefore(start)) && (end == null || moment.isBefore(end));
    }
}
