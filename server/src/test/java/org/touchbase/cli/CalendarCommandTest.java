package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code touchbase calendar}: the .ics file parsed back with ical4j; UIDs stable across runs and date changes. */
class CalendarCommandTest {

    private static final String PROJECT = """
            project portal "Portal" {
              launch 2026-12-15
              person anna "Anna Smirnova" { decides }
              person boris "Boris Kuznetsov" { contact }
              plan { step design "Design approved" due %s }
              touch 2026-11-12 meeting with anna "Design" {
                purpose "Approve" benefit "Build starts"
                summary { question "Who signs off the texts?" next 2026-11-30 }
              }
              touch q1 2026-11-18 letter from boris "Hosting?"
              touch 2026-11-18 12:00 reply to boris re q1 { ack eta 2026-11-25 }
              touch 2026-11-24 10:30 call with anna, boris "Texts" { purpose "Settle the texts" benefit "Launch holds" }
              expect brandbook from boris "Brand book" due 2026-11-27
            }
            """;

    /** SUMMARY → UID of each event, in file order. */
    private static Map<String, String> uids(Calendar calendar) {
        Map<String, String> uids = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
            uids.put(value(event, Property.SUMMARY), value(event, Property.UID));
        }
        return uids;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static VEvent event(Calendar calendar, String summary) {
        for (VEvent event : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
            if (summary.equals(value(event, Property.SUMMARY))) {
                return event;
            }
        }
        throw new AssertionError("no event " + summary + " in " + uids(calendar).keySet());
    }

    private static Calendar calendar(Path dir, String designDue, String... extra) throws IOException, ParserException {
        Cli.write(dir, "portal.client", PROJECT.formatted(designDue));
        Path ics = dir.resolve("out/touchbase.ics");
        List<String> args = new ArrayList<>(List.of("calendar", dir.toString(), "--today", "2026-11-20",
                "--locale", "en", "--out", ics.toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.run(args.toArray(String[]::new)).assertCode(0);
        assertTrue(result.out().contains("events written to"), result.out());
        return new CalendarBuilder().build(new StringReader(Files.readString(ics, StandardCharsets.UTF_8)));
    }

    @Test
    void listsWhatHasADateAndParsesBack(@TempDir Path dir) throws Exception {
        Calendar calendar = calendar(dir, "2026-11-26");
        assertEquals(List.of(
                "portal: Texts (call with Anna Smirnova, Boris Kuznetsov)",
                "portal: Our answer due to Boris Kuznetsov: Hosting?",
                "portal: Step due: Design approved",
                "portal: Due from Boris Kuznetsov: Brand book",
                "portal: Next touch agreed with Anna Smirnova",
                "portal: Launch: Portal"), List.copyOf(uids(calendar).keySet()));
        calendar.validate();
        VEvent launch = event(calendar, "portal: Launch: Portal");
        assertEquals("20261215", value(launch, Property.DTSTART));
        assertEquals("DATE", launch.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue());
        VEvent call = event(calendar, "portal: Texts (call with Anna Smirnova, Boris Kuznetsov)");
        assertEquals("PT1H", value(call, Property.DURATION));
        assertTrue(value(call, Property.DESCRIPTION).contains("Purpose: Settle the texts"), value(call,
                Property.DESCRIPTION));
        assertTrue(value(call, Property.DESCRIPTION).contains("open question: Who signs off the texts?"));
    }

    @Test
    void theSameKnowledgeGivesTheSameFileAndAChangedDateKeepsTheUid(@TempDir Path dir) throws Exception {
        Map<String, String> first = uids(calendar(dir, "2026-11-26"));
        String firstText = Files.readString(dir.resolve("out/touchbase.ics"));
        Map<String, String> again = uids(calendar(dir, "2026-11-26"));
        assertEquals(first, again);
        assertEquals(firstText, Files.readString(dir.resolve("out/touchbase.ics")));

        Calendar moved = calendar(dir, "2026-12-03");
        assertEquals(first.get("portal: Step due: Design approved"), uids(moved).get("portal: Step due: Design approved"));
        assertEquals("20261203", value(event(moved, "portal: Step due: Design approved"), Property.DTSTART));
        assertEquals(first.size(), new HashSet<>(first.values()).size(), "every UID is different");
    }

    private static final String CALL = "portal: Texts (call with Anna Smirnova, Boris Kuznetsov)";

    /** The call's DTSTART as written: TZID (or none) and value. */
    private static String start(VEvent event) {
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        return start.getParameter(Parameter.TZID).map(tzid -> "TZID=" + tzid.getValue() + ":").orElse("")
                + start.getValue();
    }

    /** The IDs of the calendar's VTIMEZONEs. */
    private static List<String> zones(Calendar calendar) {
        return calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(zone -> zone.getProperty(Property.TZID).orElseThrow().getValue()).toList();
    }

    @Test
    void timesAreTheLocalTimesOfTheFilesInTheTimeZoneOfTouchbaseJson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"Europe/Moscow\"}");
        Calendar calendar = calendar(dir, "2026-11-26");
        calendar.validate();
        // touch 2026-11-24 10:30 call ...: 10:30 in Moscow, with the zone's definition in the file
        assertEquals("TZID=Europe/Moscow:20261124T103000", start(event(calendar, CALL)));
        assertEquals(List.of("Europe/Moscow"), zones(calendar));
        assertEquals("Europe/Moscow", calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue());
        // dates without a time stay all-day events
        VEvent launch = event(calendar, "portal: Launch: Portal");
        assertEquals("20261215", value(launch, Property.DTSTART));
        assertEquals("DATE", launch.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue());

        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"America/New_York\"}");
        Map<String, String> moscowUids = uids(calendar);
        calendar = calendar(dir, "2026-11-26");
        VEvent inNewYork = event(calendar, CALL);
        assertEquals("TZID=America/New_York:20261124T103000", start(inNewYork));
        assertEquals(List.of("America/New_York"), zones(calendar));
        // read back through the VTIMEZONE: 10:30 in New York (UTC-5 in November) is 15:30 UTC
        Temporal read = inNewYork.<Temporal>getDateTimeStart().getDate();
        assertEquals(Instant.parse("2026-11-24T15:30:00Z"), Instant.from(read));
        assertEquals(moscowUids, uids(calendar), "another time zone keeps the UIDs");
    }

    @Test
    void withoutATimezoneKeyTheSystemsZoneIsUsed(@TempDir Path dir) throws Exception {
        String system = ZoneId.systemDefault().getId();
        Calendar calendar = calendar(dir, "2026-11-26");
        assertEquals(system, calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue());
        String start = start(event(calendar, CALL));
        assertTrue(start.matches("TZID=[^:]+:20261124T103000") || start.endsWith("Z"), start);
    }

    @Test
    void aZoneIcal4jDoesNotDefineGivesUtcTimes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"+03:00\"}");
        Calendar calendar = calendar(dir, "2026-11-26");
        calendar.validate();
        assertEquals("20261124T073000Z", start(event(calendar, CALL)));
        assertEquals(List.of(), zones(calendar));
    }

    @Test
    void utcIsEtcUtcInTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"UTC\"}");
        Calendar calendar = calendar(dir, "2026-11-26");
        assertEquals("TZID=Etc/UTC:20261124T103000", start(event(calendar, CALL)));
        assertEquals(List.of("Etc/UTC"), zones(calendar));
    }

    @Test
    void aBadTimeZoneIsOneLineOfTrouble(@TempDir Path dir) throws IOException {
        Cli.write(dir, "portal.client", PROJECT.formatted("2026-11-26"));
        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"Mars/Olympus\"}");
        Cli.run("calendar", dir.toString(), "--locale", "en", "--out", dir.resolve("x.ics").toString())
                .assertTrouble(dir.resolve("touchbase.json") + ":1:14: \"timezone\" must be a time zone such as "
                        + "Europe/Moscow or UTC, not \"Mars/Olympus\"");
        Cli.run("calendar", dir.toString(), "--locale", "ru", "--out", dir.resolve("x.ics").toString())
                .assertTrouble(dir.resolve("touchbase.json") + ":1:14: \"timezone\" должен быть часовым поясом, "
                        + "например Europe/Moscow или UTC, а не \"Mars/Olympus\"");
    }

    @Test
    void doneProjectsHaveNoEvents(@TempDir Path dir) throws Exception {
        Cli.write(dir, "portal.client", PROJECT.formatted("2026-11-26").replace("launch 2026-12-15",
                "launch 2026-12-15\n  status done"));
        Path ics = dir.resolve("x.ics");
        Cli.run("calendar", dir.toString(), "--today", "2026-11-20", "--locale", "en", "--out", ics.toString())
                .assertCode(0);
        assertEquals(0, new CalendarBuilder().build(new StringReader(Files.readString(ics))).getComponents("VEVENT")
                .size());
    }
}
