package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.config.Dates;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.touchbase.report.doc.Tone;
import org.touchbase.report.sections.HeaderSection;
import org.touchbase.report.sections.PeopleSection;
import org.touchbase.report.sections.ProjectView;
import org.touchbase.report.sections.TouchesSection;
import org.touchbase.report.sections.TrustSection;

/** Version 2 in the documents: parts over time, departures, our team, paused projects, the launch's history. */
class PeopleAndPausesSectionsTest {

    static final String PEOPLE = """
            project app "App" {
              starts 2026-09-01
              launch 2026-12-15 was 2026-12-01, 2026-11-15
              goal "g"
              member olga "Olga Ivanova" { role "Account manager"  email "olga@agency.example" }
              person oleg "Oleg Sokolov" { decides until 2026-10-11  left 2026-10-12 }
              person irina "Irina Volkova" { decides since 2026-10-12  goal "g" }
              person marina "Marina Belova" {
                contact
                motivation "m"
                left 2026-11-30
                away 2026-11-23 until 2026-11-25
              }
              touch 2026-11-18 call with irina, marina { purpose "p" benefit "b" }
              touch 2026-11-02 meeting with irina { summary { action "Send the plan" owner olga } }
            }
            """;

    static final String PAUSED = """
            project wh "Warehouse" {
              status paused until 2026-12-01
              goal "g"
              person anna { decides backup goal "g" }
              source "s"
              scenario "s"
              plan { step s "s" due 2027-01-01 }
              touch q 2026-11-19 16:00 letter from anna "Invoice, please"
            }
            """;

    private static ProjectView view(String text, String id) {
        Analysis analysis = Workspaces.analyze(text);
        return new ProjectView(analysis, Workspaces.project(analysis, id), Messages.english());
    }

    @Test
    void peopleWithTheirPartsOverTimeAndDepartures() {
        String people = Texts.of(PeopleSection.build(view(PEOPLE, "app")));
        assertTrue(people.contains("Irina Volkova | — | Decision-maker since 12 Oct |"), people);
        assertTrue(people.contains("Marina Belova | — | Contact leaves 30 Nov away 23 Nov – 25 Nov |"),
                people);
        assertTrue(people.contains("Oleg Sokolov | — | Decision-maker until 11 Oct left 12 Oct | — | no touch yet | —"),
                people);
        assertTrue(people.indexOf("Irina Volkova") < people.indexOf("Marina Belova")
                && people.indexOf("Marina Belova") < people.indexOf("Oleg Sokolov"),
                "who holds a part now comes first: " + people);
    }

    @Test
    void ourTeamIsShownApartFromTheClientsPeople() {
        String people = Texts.of(PeopleSection.build(view(PEOPLE, "app")));
        int team = people.indexOf("Our team");
        assertTrue(team > 0, people);
        assertTrue(people.indexOf("Olga Ivanova") > team, people);
        assertTrue(people.contains("Olga Ivanova | Account manager | olga@agency.example"), people);
        String trust = Texts.of(TrustSection.build(view(PEOPLE, "app")));
        assertFalse(trust.contains("Olga"), trust);
    }

    @Test
    void theLaunchsHistory() {
        String header = Texts.of(HeaderSection.build(view(PEOPLE, "app")));
        assertTrue(header.contains("Launch moved: 2 times, 30 days later in all; it was 1 Dec, 15 Nov"),
                header);
    }

    @Test
    void aPausedProjectIsNeverGreenWhileAClientLetterWaits() {
        ProjectView paused = view(PAUSED, "wh");
        assertEquals(Tone.AMBER, paused.rag().tone());
        String header = Texts.of(HeaderSection.build(paused));
        assertTrue(header.contains("Status: Paused until 1 Dec"), header);
        assertTrue(header.contains("Why not green: a client's letter waits for our answer while the project is paused"),
                header);
        String answered = PAUSED.replace("  touch q 2026-11-19 16:00 letter from anna \"Invoice, please\"\n",
                "  touch q 2026-11-19 16:00 letter from anna \"Invoice, please\"\n"
                        + "  touch 2026-11-19 17:00 reply to anna re q \"Sent\"\n");
        assertEquals(Tone.GREEN, view(answered, "wh").rag().tone());
        assertEquals(Tone.GREEN, view(PAUSED.replace("status paused until 2026-12-01", "status active"), "wh").rag().tone(),
                "an active project is judged by its findings: the reply is not due yet");
    }

    @Test
    void aPausedProjectsOldLetterIsLabelledAsTheRulesSeeIt() {
        String old = PAUSED.replace("touch q 2026-11-19 16:00", "touch q 2026-09-25 16:00");
        String touches = Texts.of(TouchesSection.build(view(old, "wh")));
        assertTrue(touches.contains("Not acknowledged in time"), touches);
        assertFalse(touches.contains("Reply not due yet"), touches);
        String fresh = Texts.of(TouchesSection.build(view(PAUSED, "wh")));
        assertTrue(fresh.contains("Reply not due yet"), fresh);
    }

    @Test
    void theReplyStateNotTheFindingSaysWhetherAReplyIsLate() throws Exception {
        String old = PAUSED.replace("touch q 2026-11-19 16:00", "touch q 2026-09-25 16:00");
        Settings quiet = Settings.of(ConfigReader.parse("touchbase.json", "{\"rules\": {\"unanswered\": \"off\"}}"),
                Dates.parseMoment(Workspaces.TODAY));
        Analysis analysis = Analyzer.analyze(List.of(ModelBuilder.build(new SourceFile("a.client", old))),
                file -> quiet);
        String touches = Texts.of(TouchesSection.build(
                new ProjectView(analysis, Workspaces.project(analysis, "wh"), Messages.english())));
        assertTrue(touches.contains("Not acknowledged in time"), touches);
        assertFalse(touches.contains("Reply not due yet"), touches);
    }
}
