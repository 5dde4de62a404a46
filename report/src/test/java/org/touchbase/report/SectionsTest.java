package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.report.sections.AgreementsSection;
import org.touchbase.report.sections.FindingsSection;
import org.touchbase.report.sections.GoalsSection;
import org.touchbase.report.sections.HeaderSection;
import org.touchbase.report.sections.MeetingsSection;
import org.touchbase.report.sections.ObligationsSection;
import org.touchbase.report.sections.PeopleSection;
import org.touchbase.report.sections.PlanSection;
import org.touchbase.report.sections.ProjectView;
import org.touchbase.report.sections.TouchesSection;
import org.touchbase.report.sections.TrustSection;

/** Each section with data and without it ("now" is 2026-11-20 00:00). */
class SectionsTest {

    /** A project with nothing but its name. */
    static final String BARE = "project bare \"Bare\" { }\n";

    /** A small project with one of everything. */
    static final String FULL = """
            project full "Full" {
              client "Acme" manager "Olga"
              starts 2026-09-01 launch 2026-12-15
              goal g1 "Tickets down 60%"
              person anna "Anna" { role "CEO" decides goal "Grow revenue" prefers call }
              person boris "Boris" { role "CTO" contact backup motivation "Fewer incidents" email "b@acme.example" }
              person vera "Vera"
              source "Quarterly report"
              scenario "Budget cut: FAQ only"
              plan {
                step contract "Contract" due 2026-09-10 done 2026-09-12
                step design "Design" due 2026-11-01
                step golive "Go live" due 2026-12-15
              }
              touch 2026-09-05 11:00 call with anna "Scope" {
                purpose "p" benefit "b"
                agreed scope "Portal and FAQ"
                agreed price "4M"
              }
              touch 2026-09-05 16:00 letter to anna "Summary" { purpose "p" benefit "b" confirms scope }
              touch q1 2026-11-18 09:00 letter from boris "Hosting?"
              touch q2 2026-11-10 09:00 letter from boris "Backups?"
              touch 2026-11-10 12:00 reply to boris re q2 { ack eta 2026-11-12 }
              touch 2026-11-12 15:00 meeting with anna, boris "Review" {
                purpose "p" benefit "b"
                summary final {
                  decision "Blue theme"
                  action "Send the brand book" owner boris due 2026-11-25
                  question "Who signs off?"
                  next 2026-11-26
                }
              }
              touch 2026-11-13 15:00 meeting with boris "Demo" { purpose "p" benefit "b" }
              touch 2026-11-30 10:00 call with anna "Planned call" { purpose "p" benefit "b" }
              expect brand from boris "Brand book" due 2026-11-01
              expect texts from anna "Texts" due 2026-11-05 received 2026-11-07
              expect logo from boris "Logo" due 2026-12-01
              expect keys from boris "Keys" due 2026-11-02
              touch 2026-11-04 reminder to boris "Keys?" { purpose "p" benefit "b" reminds keys }
            }
            """;

    private static ProjectView view(String text, String id) {
        Analysis analysis = Workspaces.analyze(text);
        return new ProjectView(analysis, Workspaces.project(analysis, id), Messages.english());
    }

    @Test
    void header() {
        String full = Texts.of(HeaderSection.build(view(FULL, "full")));
        assertTrue(full.contains("Client: Acme"), full);
        assertTrue(full.contains("Manager: Olga"), full);
        assertTrue(full.contains("Status: Active"), full);
        assertTrue(full.contains("Launch: 2026-12-15 (in 25 days)"), full);
        assertTrue(full.contains("Overall: Red"), full);
        assertTrue(full.contains("Why not green:"), full);
        assertTrue(full.contains("Step design was due 1 Nov"), full);
        String bare = Texts.of(HeaderSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("Client: —"), bare);
        assertTrue(bare.contains("Launch: —"), bare);
        assertTrue(bare.contains("Trust: unknown"), bare);
        assertTrue(bare.contains("Overall: Red"), bare);
        assertTrue(bare.contains("an error"), bare);
    }

    @Test
    void headerOfAGreenProject() {
        String text = """
                project ok "OK" {
                  status done
                  goal "g"
                  person a "A" { decides backup goal "g" }
                  source "s" scenario "s"
                  plan { step s "S" due 2026-01-01 done }
                }
                """;
        String header = Texts.of(HeaderSection.build(view(text, "ok")));
        assertTrue(header.contains("Overall: Green"), header);
        assertTrue(header.contains("Status: Done"), header);
        assertFalse(header.contains("Why not green"), header);
    }

    @Test
    void trust() {
        String full = Texts.of(TrustSection.build(view(FULL, "full")));
        assertTrue(full.contains("Trust index of the project:"), full);
        assertTrue(full.contains("line chart [2026-09, 2026-10, 2026-11]"), full);
        assertTrue(full.contains("Anna | Decision-maker |"), full);
        assertTrue(full.contains("Boris | Backup Contact |"), full);
        assertFalse(full.contains("Vera |"), "Vera is no key person and has no touches: " + full);
        String bare = Texts.of(TrustSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("Trust index of the project: unknown"), bare);
        assertTrue(bare.contains("(empty) No trust history yet"), bare);
    }

    @Test
    void goals() {
        String full = Texts.of(GoalsSection.build(view(FULL, "full")));
        assertTrue(full.contains("- Tickets down 60% g1"), full);
        assertTrue(full.contains("Anna CEO | Grow revenue | —"), full);
        assertTrue(full.contains("Boris CTO | Unknown | Fewer incidents"), full);
        String bare = Texts.of(GoalsSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("(empty) No goals"), bare);
        assertTrue(bare.contains("(empty) No decision-maker"), bare);
        assertTrue(bare.contains("(empty) No contact person is marked."), bare);
    }

    @Test
    void people() {
        String full = Texts.of(PeopleSection.build(view(FULL, "full")));
        String[] lines = full.split("\n");
        assertTrue(lines[2].startsWith("Anna | CEO | Decision-maker | call | 2026-11-12 15:00 meeting | holds (last touch 7 days ago)"), full);
        assertTrue(lines[3].startsWith("Boris | CTO | Backup Contact | b@acme.example | 2026-11-18 09:00 letter | holds (last touch 1 day ago)"), full);
        assertTrue(lines[4].startsWith("Vera | — | other | — | no touch yet | —"), full);
        assertTrue(full.contains("1 backup decision-maker"), full);
        assertTrue(full.contains("- Quarterly report"), full);
        assertTrue(full.contains("- Budget cut: FAQ only"), full);
        String bare = Texts.of(PeopleSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("(empty) Nobody is known"), bare);
        assertTrue(bare.contains("No backup decision-maker"), bare);
        assertTrue(bare.contains("(empty) No other source"), bare);
        assertTrue(bare.contains("(empty) No scenario"), bare);
    }

    @Test
    void cadenceBrokenAndNeverTouched() {
        String text = """
                project p "P" {
                  starts 2026-09-01
                  person a "A" { decides }
                  person b "B" { contact }
                  touch 2026-10-01 call with a "Old" { purpose "p" benefit "b" }
                }
                """;
        String people = Texts.of(PeopleSection.build(view(text, "p")));
        assertTrue(people.contains("| silent for 50 days"), people);
        assertTrue(people.contains("| never touched"), people);
    }

    @Test
    void plan() {
        String full = Texts.of(PlanSection.build(view(FULL, "full")));
        assertTrue(full.contains("1 of 3 steps done; 1 overdue."), full);
        assertTrue(full.contains("DONE 2026-09-10 Contract — done 12 Sep, 2 days late"), full);
        assertTrue(full.contains("RED 2026-11-01 Design — overdue by 19 days"), full);
        assertTrue(full.contains("NEUTRAL 2026-12-15 Go live — due in 25 days\nGREEN 2026-12-15 Launch — in 25 days"),
                full);
        String bare = Texts.of(PlanSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("(empty) No plan"), bare);
    }

    @Test
    void touches() {
        String full = Texts.of(TouchesSection.build(view(FULL, "full")));
        assertTrue(full.contains("### Touches per week, by kind (last 12 weeks)"), full);
        assertTrue(full.contains("letter=[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]"), full);
        assertTrue(full.contains("### Latest touches\nWhen | Kind | Who | What\n2026-11-18 09:00 | letter | from Boris | Hosting?"), full);
        assertTrue(full.contains("2026-11-10 12:00 | reply | to Boris | acknowledged: Backups?"), full);
        assertTrue(full.contains("### Planned\nWhen | Kind | Who | What\n2026-11-30 10:00 | call | with Anna | Planned call"), full);
        assertTrue(full.contains("2026-11-10 09:00 | Boris | Backups? | 10 days | Promised for 12 Nov, not answered"), full);
        assertTrue(full.contains("2026-11-18 09:00 | Boris | Hosting? | 39 hours | Not acknowledged in time (due 19 Nov)"), full);
        String bare = Texts.of(TouchesSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("(empty) No touches yet."), bare);
        assertTrue(bare.contains("(empty) Nothing is waiting for an answer."), bare);
        assertFalse(bare.contains("chart"), bare);
    }

    @Test
    void agreements() {
        String full = Texts.of(AgreementsSection.build(view(FULL, "full")));
        assertTrue(full.contains("2 agreements, 1 not in writing."), full);
        assertTrue(full.contains("Portal and FAQ scope | 2026-09-05 11:00 call · Scope | In writing 2026-09-05 16:00 letter · Summary"), full);
        assertTrue(full.contains("4M price | 2026-09-05 11:00 call · Scope | Not in writing"), full);
        String bare = Texts.of(AgreementsSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("(empty) No agreements are recorded."), bare);
    }

    @Test
    void obligations() {
        String full = Texts.of(ObligationsSection.build(view(FULL, "full")));
        assertTrue(full.contains("2 overdue, 1 open, 1 received."), full);
        assertTrue(full.contains("Overdue by 19 days | Brand book brand | Boris | 2026-11-01 | no reminder sent"), full);
        assertTrue(full.contains("Overdue by 18 days | Keys keys | Boris | 2026-11-02 | reminded 4 Nov"), full);
        assertTrue(full.contains("Open | Logo logo | Boris | 2026-12-01 | in 11 days"), full);
        assertTrue(full.contains("Received | Texts texts | Anna | 2026-11-05 | received 7 Nov, 2 days late"), full);
        String bare = Texts.of(ObligationsSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("(empty) The client owes nothing"), bare);
    }

    @Test
    void meetings() {
        String full = Texts.of(MeetingsSection.build(view(FULL, "full")));
        assertTrue(full.contains("### 2026-11-13 15:00 · Demo (meeting, Boris)\nNo summary"), full);
        assertTrue(full.contains("### 2026-11-12 15:00 · Review (meeting, Anna, Boris)\nFinal summary"), full);
        assertTrue(full.contains("- Decision: Blue theme"), full);
        assertTrue(full.contains("- Open question: Who signs off?"), full);
        assertTrue(full.contains("- Next: 2026-11-26 (in 6 days)"), full);
        assertTrue(full.contains("Send the brand book | Boris | 2026-11-25 (in 5 days)"), full);
        String bare = Texts.of(MeetingsSection.build(view(BARE, "bare")));
        assertTrue(bare.contains("(empty) No meetings yet."), bare);
    }

    @Test
    void findings() {
        String full = Texts.of(FindingsSection.build(view(FULL, "full")));
        assertTrue(full.contains("### 1.1 · Answer letters and calls on time"), full);
        assertTrue(full.contains("### 1.2 · Always record agreements in writing"), full);
        assertTrue(full.indexOf("### 1.1") < full.indexOf("### 1.2") && full.indexOf("### 1.2") < full.indexOf("### 2.3"),
                full);
        assertTrue(full.contains("warning | Agreement price made in a call is not recorded in writing"), full);
        String ok = Texts.of(FindingsSection.build(view("""
                project ok "OK" {
                  goal "g"
                  person a "A" { decides backup goal "g" }
                  source "s" scenario "s"
                  plan { step s "S" due 2026-12-01 }
                }
                """, "ok")));
        assertEquals("## Findings\n(empty) The checks find nothing to report.\n", ok);
    }

    @Test
    void russianLabels() {
        Analysis analysis = Workspaces.analyze(FULL);
        ProjectView v = new ProjectView(analysis, Workspaces.project(analysis, "full"), Messages.forLanguage("ru"));
        String header = Texts.of(HeaderSection.build(v));
        assertTrue(header.contains("Клиент: Acme"), header);
        assertTrue(header.contains("Итог: Красный"), header);
        assertTrue(Texts.of(PlanSection.build(v)).contains("просрочено на 19 дней"));
    }
}
