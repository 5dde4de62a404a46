package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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

    @Test
    void timesAreInTheTimeZoneOfTouchbaseJson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"Europe/Moscow\"}");
        Calendar calendar = calendar(dir, "2026-11-26");
        VEvent call = event(calendar, "portal: Texts (call with Anna Smirnova, Boris Kuznetsov)");
        // 10:30 in Moscow (UTC+3) is 07:30 UTC, whatever time-zone data the reader has.
        assertEquals("20261124T073000Z", value(call, Property.DTSTART));
        assertEquals("Europe/Moscow", calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue());
        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"America/New_York\"}");
        VEvent inNewYork = event(calendar(dir, "2026-11-26"), "portal: Texts (call with Anna Smirnova, Boris Kuznetsov)");
        assertEquals("20261124T153000Z", value(inNewYork, Property.DTSTART));
    }

    @Test
    void aBadTimeZoneIsOneLineOfTrouble(@TempDir Path dir) throws IOException {
        Cli.write(dir, "portal.client", PROJECT.formatted("2026-11-26"));
        Files.writeString(dir.resolve("touchbase.json"), "{\"timezone\": \"Mars/Olympus\"}");
        Cli.run("calendar", dir.toString(), "--locale", "en", "--out", dir.resolve("x.ics").toString())
                .assertTrouble("\"timezone\" must be a time zone such as Europe/Moscow or UTC, not \"Mars/Olympus\"");
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
