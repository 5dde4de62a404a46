package org.touchbase.cli.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.touchbase.core.agenda.CalendarEntry;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import org.touchbase.importer.IcalZones;

/**
 * The calendar entries as an iCalendar file, written with ical4j: all-day
 * events ({@code VALUE=DATE}) for dates; one-hour events for date-times,
 * written as the local time of the file ({@code DTSTART;TZID=Europe/Moscow:
 * 20261124T103000}) with the zone's {@code VTIMEZONE} from ical4j's registry —
 * the time is never converted, so what the file says is what the calendar
 * shows; a zone the registry does not know (a bare offset such as
 * {@code +03:00}) gives UTC instants instead, converted with Java's rules; a
 * UID made from the project and what the entry is about (never its date); and
 * a DTSTAMP of "now", so that the same knowledge base gives the same file.
 */
public final class CalendarIcs {

    /** How long a timed event lasts: a touch has no end time in the language. */
    static final Duration TOUCH_LENGTH = Duration.ofHours(1);

    /** ical4j's time-zone definitions, bundled in its jar (updates from the network are off: ical4j.properties). */
    private static final TimeZoneRegistry REGISTRY = registry();

    private CalendarIcs() {
    }

    /** The UID of an entry: a name-based UUID of its project and identity, stable when its date changes. */
    private static TimeZoneRegistry registry() {
        IcalZones.register();
        return TimeZoneRegistryFactory.getInstance().createRegistry();
    }

    public static String uid(CalendarEntry entry) {
        return UUID.nameUUIDFromBytes(entry.uid().getBytes(StandardCharsets.UTF_8)) + "@touchbase";
    }

    public static String write(List<CalendarEntry> entries, ZoneId zone, LocalDateTime now, Messages messages)
            throws IOException, ValidationException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Touchbase//touchbase calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Touchbase"));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        DtStamp stamp = new DtStamp(now.atZone(zone).toInstant());
        TimeZone timeZone = entries.stream().anyMatch(entry -> entry.time() != null) ? registered(zone) : null;
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        for (CalendarEntry entry : entries) {
            String summary = entry.project().id() + ": " + messages.format(entry.title());
            VEvent event;
            if (entry.time() == null) {
                event = new VEvent(entry.date(), entry.date().plusDays(1), summary);
            } else if (timeZone != null) {
                event = new VEvent(false);
                DtStart<LocalDateTime> start = new DtStart<>(LocalDateTime.of(entry.date(), entry.time()));
                start.add(new TzId(timeZone.getID()));
                event.add(start);
                event.add(new net.fortuna.ical4j.model.property.Duration(TOUCH_LENGTH));
                event.add(new Summary(summary));
            } else {
                event = new VEvent(ZonedDateTime.of(entry.date(), entry.time(), zone).toInstant(), TOUCH_LENGTH, summary);
            }
            event.replace(stamp);
            event.add(new Uid(uid(entry)));
            event.add(new Description(description(entry, messages)));
            event.add(new Categories(entry.kind()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(calendar, out);
        return out.toString();
    }

    /** The zone as ical4j's registry defines it ({@code UTC} is {@code Etc/UTC} there); null when it has none. */
    static TimeZone registered(ZoneId zone) {
        try {
            return REGISTRY.getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String description(CalendarEntry entry, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(entry.project().title() + " (" + entry.project().id() + ")");
        for (Message detail : entry.details()) {
            lines.add(messages.format(detail));
        }
        int line = entry.file().position(entry.span().start()).line() + 1;
        lines.add(messages.get("calendar.place", entry.file().id(), line));
        return String.join("\n", lines);
    }
}
