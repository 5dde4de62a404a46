package org.touchbase.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.importer.Corpus.expand;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events with client attendees become meetings and calls; newer copies update them, cancellations take them away. */
class CalendarImportTest {

    @TempDir
    Path temp;

    @Test
    void anEventInAnOfficeIsAMeetingAtItsLocalTime() {
        Corpus corpus = new Corpus(temp).run("calendar/design-review.ics");
        assertEquals(expand("""
                log portal {
                  touch ev{design-review-7f3a@agency.example} 2026-11-05 15:00 meeting with anna, boris "Design review"
                }
                """), corpus.file("portal-2026-11.client"));
    }

    @Test
    void aRecurringEventGivesItsPastOccurrencesAndTheNextOne() {
        // Weekly on Tuesdays from November 3; November 10 is an exception and November 17 was moved to 12:00.
        // Now is November 20: the next one is November 24, and none after it.
        Corpus corpus = new Corpus(temp).run("calendar/weekly-sync.ics");
        assertEquals(expand("""
                log portal {
                  touch ev{weekly-sync-91c2@agency.example|2026-11-03} 2026-11-03 10:00 call with boris, anna "Weekly sync"
                  touch ev{weekly-sync-91c2@agency.example|2026-11-17} 2026-11-17 12:00 call with boris, anna "Weekly sync (moved)"
                  touch ev{weekly-sync-91c2@agency.example|2026-11-24} 2026-11-24 10:00 call with boris, anna "Weekly sync"
                }
                """), corpus.file("portal-2026-11.client"));
    }

    @Test
    void allDayEventsHaveNoTimeAndUtcTimesAreWrittenInTheImportsZone() {
        Corpus corpus = new Corpus(temp).run("calendar/workshop-and-meet.ics");
        assertEquals(expand("""
                log portal {
                  touch ev{workshop-2b7e@agency.example} 2026-11-25 meeting with vera "Content workshop"
                }
                """), corpus.file("portal-2026-11.client"));
        assertEquals(expand("""
                log shop {
                  touch ev{meet-5d10@agency.example} 2026-11-16 10:00 call with ivan "Invoice questions"
                }
                """), corpus.file("shop-2026-11.client"));
        // the team lunch has no client: its guest is listed, our colleague is not
        assertTrue(corpus.summary.contains("  guest@example.net (1 time)"), corpus.summary);
        assertFalse(corpus.summary.contains("colleague@agency.example"), corpus.summary);
    }

    @Test
    void aFutureEventIsAPlannedTouchThatCheckDoesNotCountYet() {
        Corpus corpus = new Corpus(temp).run("calendar/workshop-and-meet.ics", "calendar/design-review.ics");
        // the past design review needs a summary; the workshop on November 25 does not, yet
        assertEquals(List.of("meeting-without-summary portal-2026-11.client:"
                + corpus.line("portal-2026-11.client", "Design review")),
                corpus.findings().stream().filter(f -> f.startsWith("meeting-without-summary")).toList());
    }

    @Test
    void aNewerCopyOfAnEventUpdatesWhatTheImportWroteAndKeepsWhatPeopleAdded() throws Exception {
        Corpus corpus = new Corpus(temp).run("calendar/design-review.ics");
        Path file = corpus.workspace.resolve("portal-2026-11.client");
        Files.writeString(file, corpus.file("portal-2026-11.client").replace("\"Design review\"\n",
                "\"Design review\" {\n    summary final { decision \"Blue theme\" }\n  }\n"));
        corpus.run("calendar/design-review-moved.ics");
        assertEquals(expand("""
                log portal {
                  touch ev{design-review-7f3a@agency.example} 2026-11-05 16:00 meeting with anna, boris "Design review" {
                    summary final { decision "Blue theme" }
                  }
                }
                """), corpus.file("portal-2026-11.client"));
        assertTrue(corpus.summary.contains("Updated 1 imported touch in "), corpus.summary);
    }

    @Test
    void ofSeveralCopiesInOneImportTheNewestCounts() {
        Corpus corpus = new Corpus(temp).run("calendar/design-review.ics", "calendar/design-review-moved.ics");
        assertTrue(corpus.file("portal-2026-11.client").contains("2026-11-05 16:00 meeting"));
    }

    @Test
    void aCancelledEventTakesAwayTheTouchTheImportWrote() {
        Corpus corpus = new Corpus(temp).run("calendar/design-review.ics", "calendar/weekly-sync.ics");
        corpus.run("calendar/design-review-cancelled.ics");
        assertFalse(corpus.file("portal-2026-11.client").contains("Design review"));
        assertTrue(corpus.file("portal-2026-11.client").contains("Weekly sync"));
        assertTrue(corpus.summary.contains("Removed 1 cancelled event from "), corpus.summary);
    }

    @Test
    void aCancelledEventRemovesNothingItDidNotAdd() throws Exception {
        Corpus corpus = new Corpus(temp);
        String handWritten = "log portal {\n  touch 2026-11-05 15:00 meeting with anna, boris \"Design review\"\n}\n";
        Files.writeString(corpus.workspace.resolve("portal-2026-11.client"), handWritten);
        corpus.run("calendar/design-review-cancelled.ics");
        assertEquals(handWritten, corpus.file("portal-2026-11.client"));
        assertTrue(corpus.summary.startsWith("Nothing new to add\n"), corpus.summary);
    }

    @Test
    void aCancelledEventKeepsATouchSomeoneHasAddedTo() throws Exception {
        Corpus corpus = new Corpus(temp).run("calendar/design-review.ics");
        Path file = corpus.workspace.resolve("portal-2026-11.client");
        String edited = corpus.file("portal-2026-11.client").replace("\"Design review\"\n",
                "\"Design review\" { note \"Anna asked to keep it\" }\n");
        Files.writeString(file, edited);
        corpus.run("calendar/design-review-cancelled.ics");
        assertEquals(edited, corpus.file("portal-2026-11.client"));
        assertTrue(corpus.summary.contains("its event was cancelled, but someone has added to it since"), corpus.summary);
    }

    @Test
    void aBrokenCalendarIsReportedWithItsLineAndTheRestIsImported() {
        Corpus corpus = new Corpus(temp).run("calendar/broken.ics", "calendar/design-review.ics");
        assertTrue(corpus.summary.contains("broken.ics: not a readable calendar (line 5: "), corpus.summary);
        assertEquals(1, corpus.result.added());
    }

    @Test
    void aConferencingLinkWithoutARoomIsACall() throws Exception {
        assertTrue(isCall("LOCATION:Zoom\nURL:https://zoom.us/j/1"));
        assertTrue(isCall("DESCRIPTION:Join: https://meet.google.com/abc-defg-hij"));
        assertTrue(isCall("LOCATION:https://teams.microsoft.com/l/meetup-join/1"));
        assertTrue(isCall("X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij"));
        assertFalse(isCall("LOCATION:Acme office\\, room 4\nDESCRIPTION:Or join https://zoom.us/j/1"));
        assertFalse(isCall("LOCATION:Acme office"));
        assertFalse(isCall("SUMMARY:No place at all"));
    }

    private static boolean isCall(String properties) throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN", "BEGIN:VEVENT",
                "UID:u", "DTSTAMP:20261101T000000Z", "DTSTART:20261105T100000Z", properties.replace("\n", "\r\n"),
                "END:VEVENT", "END:VCALENDAR", "");
        VEvent event = (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT").get(0);
        return CalendarReader.isCall(event);
    }
}
