package org.touchbase.importer;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * How an import runs.
 *
 * @param into         the folder to write the log files to; null: beside each project's file
 * @param dryRun       report what would be added and where, write nothing
 * @param withNotes    the first line of a message's text becomes the touch's {@code note}
 * @param now          "now": the occurrences of a recurring event up to it, and the next one, are imported
 * @param zone         the time zone message dates are written in (and UTC event times)
 * @param ourAddresses our own addresses: whole addresses, or {@code @domain}
 */
public record ImportOptions(Path into, boolean dryRun, boolean withNotes, LocalDateTime now, ZoneId zone,
        List<String> ourAddresses) {
}
