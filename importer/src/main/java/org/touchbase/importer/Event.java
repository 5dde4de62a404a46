package org.touchbase.importer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One occurrence of a calendar event as the importer needs it. {@code id}
 * is the touch id it becomes; {@code at} is its start in the event's own
 * time zone (in the importer's for UTC times), {@code hasTime} false for an
 * all-day event; {@code addresses} are the organizer's and the attendees',
 * lower case. A cancelled occurrence removes what an earlier import wrote.
 * Of several copies of one occurrence, the newest counts.
 */
record Event(String id, String uid, LocalDateTime at, boolean hasTime, String summary, List<String> addresses,
        boolean call, boolean cancelled, int sequence, String stamp) {

    /** Whether this copy of the occurrence is newer than {@code other}: a higher SEQUENCE, else a later DTSTAMP. */
    boolean newerThan(Event other) {
        if (sequence != other.sequence) {
            return sequence > other.sequence;
        }
        return stamp.compareTo(other.stamp) > 0;
    }
}
