package org.touchbase.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.touchbase.core.diagnostics.Message;

/**
 * Reads an iCalendar file with ical4j into {@link Event}s. A recurring
 * event gives its occurrences up to now and the next one after now
 * (exceptions and moved occurrences, {@code RECURRENCE-ID}, respected).
 *
 * <p>The meeting/call rule: an event is a {@code call} when it carries a
 * conferencing link (a {@code CONFERENCE} or {@code X-GOOGLE-CONFERENCE}
 * property, or a Zoom, Google Meet, Teams, Skype, Webex, Jitsi or Telemost
 * link in its location, URL or description) and no physical location (its
 * {@code LOCATION} is empty or is itself the link or the name of the
 * service). Everything else is a {@code meeting}.
 */
final class CalendarReader {

    private static final Pattern CONFERENCING = Pattern.compile(
            "(?i)(zoom\\.us/|meet\\.google\\.com/|teams\\.microsoft\\.com/|teams\\.live\\.com/|skype\\.com/|"
                    + "webex\\.com/|meet\\.jit\\.si/|telemost\\.yandex\\.|whereby\\.com/)");
    private static final Pattern SERVICE_NAME = Pattern.compile(
            "(?i)\\s*(zoom|zoom meeting|google meet|microsoft teams( meeting)?|teams|skype|webex|jitsi|"
                    + "telemost|яндекс телемост|телемост|online|онлайн|video call|видеозвонок)\\s*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final LocalDateTime now;
    private final ZoneId zone;

    CalendarReader(LocalDateTime now, ZoneId zone) {
        IcalZones.register();
        this.now = now;
        this.zone = zone;
    }

    /** The events of a calendar file; a file that cannot be read, or read through, is {@link Unreadable}. */
    List<Event> read(Path file) throws Unreadable {
        Calendar calendar;
        try (InputStream in = Files.newInputStream(file)) {
            calendar = new CalendarBuilder().build(in);
        } catch (ParserException e) {
            throw new Unreadable(Message.of("import.badCalendar", e.getLineNo(), String.valueOf(
                    e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage())));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        try {
            return events(calendar);
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static Unreadable unreadable(Exception e) {
        return new Unreadable(Message.of("import.badCalendar", 0, String.valueOf(e.getMessage())));
    }

    private List<Event> events(Calendar calendar) {
        boolean cancelAll = calendar.getProperty("METHOD").map(p -> p.getValue().equalsIgnoreCase("CANCEL"))
                .orElse(false);
        List<VEvent> masters = new ArrayList<>();
        Map<String, VEvent> moved = new HashMap<>();
        for (Component component : calendar.getComponents("VEVENT")) {
            VEvent event = (VEvent) component;
            String uid = value(event, "UID");
            if (uid == null || event.getStartDate().isEmpty()) {
                continue;
            }
            Optional<Property> recurrenceId = event.getProperty("RECURRENCE-ID");
            if (recurrenceId.isPresent()) {
                moved.put(occurrenceId(uid, recurrenceDay(recurrenceId.get())), event);
            } else {
                masters.add(event);
            }
        }
        List<Event> events = new ArrayList<>();
        for (VEvent master : masters) {
            String uid = value(master, "UID");
            boolean cancelled = cancelAll || "CANCELLED".equalsIgnoreCase(value(master, "STATUS"));
            if (master.getProperty("RRULE").isEmpty() && master.getProperty("RDATE").isEmpty()) {
                events.add(event(TouchIds.forEvent(uid), uid, master, start(master), cancelled));
                continue;
            }
            for (Temporal occurrence : occurrences(master)) {
                LocalDateTime at = local(occurrence);
                String id = occurrenceId(uid, at.toLocalDate());
                VEvent override = moved.remove(id);
                if (override != null) {
                    boolean overrideCancelled = cancelled || cancelAll
                            || "CANCELLED".equalsIgnoreCase(value(override, "STATUS"));
                    events.add(event(id, uid, override, start(override), overrideCancelled));
                } else {
                    events.add(event(id, uid, master, occurrence, cancelled));
                }
            }
        }
        // Moved or cancelled occurrences whose series is not in this file (e.g. a cancellation notice).
        for (Map.Entry<String, VEvent> entry : moved.entrySet()) {
            VEvent override = entry.getValue();
            boolean cancelled = cancelAll || "CANCELLED".equalsIgnoreCase(value(override, "STATUS"));
            events.add(event(entry.getKey(), value(override, "UID"), override, start(override), cancelled));
        }
        return events;
    }

    /** The starts of a recurring event up to now, and the first one after now. */
    private List<Temporal> occurrences(VEvent event) {
        Temporal start = start(event);
        LocalDateTime from = local(start);
        LocalDateTime until = (now.isAfter(from) ? now : from).plusYears(2);
        Period<? extends Temporal> range;
        if (start instanceof LocalDate day) {
            range = new Period<>(day, until.toLocalDate().plusDays(1));
        } else if (start instanceof LocalDateTime floating) {
            range = new Period<>(floating, until);
        } else {
            range = new Period<>(from.atZone(zone).minusDays(1), until.atZone(zone));
        }
        List<Temporal> starts = new ArrayList<>();
        for (Period<? extends Temporal> period : event.calculateRecurrenceSet(range)) {
            starts.add(period.getStart());
        }
        starts.sort((a, b) -> local(a).compareTo(local(b)));
        List<Temporal> chosen = new ArrayList<>();
        for (Temporal occurrence : starts) {
            chosen.add(occurrence);
            if (local(occurrence).isAfter(now)) {
                break;
            }
        }
        return chosen;
    }

    private Event event(String id, String uid, VEvent event, Temporal start, boolean cancelled) {
        LinkedHashSet<String> addresses = new LinkedHashSet<>();
        event.getProperty("ORGANIZER").ifPresent(p -> addAddress(addresses, p.getValue()));
        for (Property attendee : event.getProperties("ATTENDEE")) {
            addAddress(addresses, attendee.getValue());
        }
        String summary = value(event, "SUMMARY");
        int sequence;
        try {
            String text = value(event, "SEQUENCE");
            sequence = text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            sequence = 0;
        }
        String stamp = value(event, "DTSTAMP");
        return new Event(id, uid, local(start), !(start instanceof LocalDate), summary == null ? "" : summary.strip(),
                List.copyOf(addresses), isCall(event), cancelled, sequence, stamp == null ? "" : stamp);
    }

    /** The meeting/call rule, see the class comment. */
    static boolean isCall(VEvent event) {
        String location = value(event, "LOCATION");
        boolean link = event.getProperty("CONFERENCE").isPresent()
                || event.getProperty("X-GOOGLE-CONFERENCE").isPresent()
                || event.getProperty("X-MICROSOFT-SKYPETEAMSMEETINGURL").isPresent()
                || conferencing(location) || conferencing(value(event, "URL"))
                || conferencing(value(event, "DESCRIPTION"));
        boolean physical = location != null && !location.isBlank() && !conferencing(location)
                && !SERVICE_NAME.matcher(location).matches() && !location.strip().matches("(?i)https?://\\S+");
        return link && !physical;
    }

    private static boolean conferencing(String text) {
        return text != null && CONFERENCING.matcher(text).find();
    }

    private static void addAddress(LinkedHashSet<String> addresses, String value) {
        if (value == null) {
            return;
        }
        String address = value.strip();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7);
        }
        try {
            address = URLDecoder.decode(address, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep it as written
        }
        if (address.contains("@")) {
            addresses.add(address.toLowerCase(Locale.ROOT));
        }
    }

    private static Temporal start(VEvent event) {
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        return start.getDate();
    }

    /** A start as a wall-clock time: in the event's own zone, UTC converted to the importer's zone. */
    private LocalDateTime local(Temporal temporal) {
        if (temporal instanceof LocalDate day) {
            return day.atStartOfDay();
        }
        if (temporal instanceof LocalDateTime floating) {
            return floating;
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.getZone().normalized() instanceof ZoneOffset offset && offset.getTotalSeconds() == 0
                    && zoned.getZone().getId().matches("Z|UTC|GMT|Etc/UTC") ? zoned.withZoneSameInstant(zone).toLocalDateTime()
                    : zoned.toLocalDateTime();
        }
        if (temporal instanceof Instant instant) {
            return instant.atZone(zone).toLocalDateTime();
        }
        return LocalDateTime.from(temporal);
    }

    private LocalDate recurrenceDay(Property recurrenceId) {
        String text = recurrenceId.getValue();
        return LocalDate.parse(text.substring(0, 8), DAY);
    }

    private static String occurrenceId(String uid, LocalDate day) {
        return TouchIds.forOccurrence(uid, day);
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

}
