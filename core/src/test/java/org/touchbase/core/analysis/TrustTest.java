package org.touchbase.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.files;
import static org.touchbase.core.ClientAssert.now;
import static org.touchbase.core.ClientAssert.settings;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.touchbase.core.workspace.Project;

/**
 * The trust index: right touches against wrong ones, for a project and for
 * each of its people. Right: a touch we started with a purpose and a benefit,
 * a reply within the deadline, a written confirmation of an agreement. Wrong:
 * every {@code unanswered}, {@code late-reply}, {@code unrecorded-agreement},
 * {@code obligation-overdue} and {@code meeting-without-summary}.
 */
class TrustTest {

    /** {@code "2/1 67%"}: right, wrong and the index of a trust. */
    private static String of(Trust trust) {
        return trust.right() + "/" + trust.wrong() + " " + trust;
    }

    private static String project(String text) {
        Analysis analysis = analyze(text, TODAY);
        return of(analysis.trust(analysis.projects().get(0)));
    }

    private static String person(String text, String id) {
        Analysis analysis = analyze(text, TODAY);
        Project project = analysis.projects().get(0);
        return of(analysis.trust(project, project.person(id)));
    }

    private static final String MIXED = """
            project portal {
              person anna { decides }
              person boris { contact }
              person vera { role "Designer" }
              touch 2026-11-01 call with anna "Kick-off" { purpose "Scope" benefit "Plan" }
              touch 2026-11-02 call with boris "Hello"
              touch q1 2026-11-03 09:00 letter from boris "Hosting?"
              touch 2026-11-03 10:00 reply to boris re q1 "Our cloud"
              touch q2 2026-11-05 09:00 letter from anna "Budget?"
              touch 2026-11-25 call with anna "Later" { purpose "Scope" benefit "Plan" }
            }
            """;

    @Test
    void rightAndWrongTouchesOfAProject() {
        assertEquals("2/1 67%", project(MIXED));
    }

    @Test
    void eachPersonCountsTheTouchesThatInvolveThem() {
        assertEquals("1/1 50%", person(MIXED, "anna"));
        assertEquals("1/0 100%", person(MIXED, "boris"));
    }

    @Test
    void somebodyWithNoTouchHasNoTrustYet() {
        assertEquals("0/0 —", person(MIXED, "vera"));
    }

    @Test
    void aProjectWithNoTouchHasNoTrustYet() {
        assertEquals("0/0 —", project("""
                project portal {
                  person anna { decides }
                }
                """));
    }

    @Test
    void aTouchWeStartedNeedsBothAPurposeAndABenefit() {
        String text = """
                project portal {
                  person anna { decides }
                  touch 2026-11-01 letter to anna "Kick-off" { %s }
                }
                """;
        assertEquals("1/0 100%", project(text.formatted("purpose \"Scope\" benefit \"Plan\"")));
        assertEquals("0/0 —", project(text.formatted("purpose \"Scope\"")));
        assertEquals("0/0 —", project(text.formatted("benefit \"Plan\"")));
    }

    @Test
    void aTouchWithBothSidesNeedsAPurposeAndABenefitToo() {
        assertEquals("1/0 100%", project("""
                project portal {
                  person anna { decides }
                  touch 2026-11-01 meeting with anna "Kick-off" {
                    purpose "Scope" benefit "Plan"
                    summary final { decision "Go" }
                  }
                }
                """));
    }

    @Test
    void anIncomingTouchIsNeitherRightNorWrongByItself() {
        assertEquals("0/0 —", project("""
                project portal {
                  person anna { decides }
                  touch q1 2026-11-19 letter from anna "Hosting?" { purpose "Ask" benefit "Know" }
                }
                """));
    }

    @Test
    void aReplyBeforeTheDeadlineIsRightOneAtTheDeadlineIsWrong() {
        String text = """
                project portal {
                  respond within 1d
                  person boris { contact }
                  touch q1 2026-11-03 09:00 letter from boris "Hosting?"
                  touch %s reply to boris re q1 "Our cloud"
                }
                """;
        assertEquals("1/0 100%", project(text.formatted("2026-11-04 08:59")));
        assertEquals("0/1 0%", project(text.formatted("2026-11-04 09:00")));
        assertEquals("0/1 0%", person(text.formatted("2026-11-04 09:00"), "boris"));
    }

    @Test
    void aLateReplyCountsAgainstThePeopleOfTheQuestion() {
        String text = """
                project portal {
                  person boris { contact }
                  person anna { decides }
                  touch q1 2026-11-03 09:00 letter from boris "Hosting?"
                  touch 2026-11-10 reply to boris re q1 "Our cloud"
                }
                """;
        assertEquals("0/1 0%", person(text, "boris"));
        assertEquals("0/0 —", person(text, "anna"));
    }

    @Test
    void aReplyToATouchWeStartedIsNotARightReply() {
        assertEquals("0/0 —", project("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-03 09:00 letter to boris "Hosting?"
                  touch 2026-11-03 10:00 reply to boris re q1 "Our cloud"
                }
                """));
    }

    @Test
    void aReplyToAnUndatedQuestionIsNotARightReply() {
        assertEquals("0/0 —", project("""
                project portal {
                  person boris { contact }
                  touch q1 2026-02-30 letter from boris "Hosting?"
                  touch 2026-11-03 10:00 reply to boris re q1 "Our cloud"
                }
                """));
    }

    @Test
    void aWrittenConfirmationOfAnAgreementIsRight() {
        String text = """
                project portal {
                  person anna { decides }
                  touch 2026-11-02 call with anna "Scope" {
                    purpose "Scope" benefit "Plan"
                    agreed scope "Catalogue first"
                  }
                  touch 2026-11-02 letter with anna "Minutes" { confirms %s }
                }
                """;
        assertEquals("2/0 100%", project(text.formatted("scope")));
        assertEquals("1/1 50%", project(text.formatted("nothing")));
    }

    @Test
    void anUnrecordedAgreementCountsAgainstThePeopleOfItsTouch() {
        String text = """
                project portal {
                  person anna { decides }
                  person boris { contact }
                  touch 2026-11-02 call with anna "Scope" {
                    purpose "Scope" benefit "Plan"
                    agreed scope "Catalogue first"
                  }
                }
                """;
        assertEquals("1/1 50%", person(text, "anna"));
        assertEquals("0/0 —", person(text, "boris"));
    }

    @Test
    void anOverdueObligationCountsAgainstWhoOwesIt() {
        String text = """
                project portal {
                  person anna { decides }
                  person boris { contact }
                  expect logo from boris "Logo" due 2026-11-10
                }
                """;
        assertEquals("0/1 0%", project(text));
        assertEquals("0/1 0%", person(text, "boris"));
        assertEquals("0/0 —", person(text, "anna"));
    }

    @Test
    void aMeetingWithoutSummaryCountsAgainstItsPeople() {
        String text = """
                project portal {
                  person anna { decides }
                  touch 2026-11-02 meeting with anna "Scope" { purpose "Scope" benefit "Plan" }
                }
                """;
        assertEquals("1/1 50%", project(text));
        assertEquals("1/1 50%", person(text, "anna"));
    }

    @Test
    void otherFindingsDoNotCount() {
        assertEquals("0/0 —", project("""
                project portal {
                  person anna { contact }
                  touch 2026-11-02 call with anna "Hello"
                }
                """));
    }

    @Test
    void theProjectsRespondWithinIsTheDeadlineOfARightReply() {
        assertEquals("1/0 100%", project("""
                project portal {
                  respond within 2w
                  person boris { contact }
                  touch q1 2026-11-03 09:00 letter from boris "Hosting?"
                  touch 2026-11-10 reply to boris re q1 "Our cloud"
                }
                """));
    }

    @Test
    void trustAsItStoodAtAnotherMoment() {
        Analysis analysis = analyze(MIXED, TODAY);
        Project project = analysis.projects().get(0);
        Analysis.TrustSnapshot before = analysis.trustAt(project, now("2026-11-04"));
        assertEquals("2/0 100%", of(before.project()));
        assertEquals("1/0 100%", of(before.person(project.person("anna"))));
        assertEquals("0/0 —", of(before.person(project.person("vera"))));
        Analysis.TrustSnapshot later = analysis.trustAt(project, now("2026-11-30"));
        assertEquals("3/1 75%", of(later.project()));
    }

    @Test
    void anUnknownProjectHasNoTrust() {
        Analysis analysis = analyze(MIXED, TODAY);
        Project other = analyze("project other { }", TODAY).projects().get(0);
        assertEquals(Trust.UNKNOWN, analysis.trust(other));
        assertEquals(Trust.UNKNOWN, analysis.trust(other, analysis.projects().get(0).person("anna")));
        assertEquals(Map.of(), analysis.trustAt(other, now(TODAY)).people());
        assertEquals(Trust.UNKNOWN, analysis.trustAt(other, now(TODAY)).project());
        assertNull(analysis.settings(other));
        assertNull(analysis.result(other));
    }

    @Test
    void theIndexIsRoundedToAWholePercent() {
        assertEquals(33, new Trust(1, 2).percent());
        assertEquals(67, new Trust(2, 1).percent());
        assertEquals(50, new Trust(1, 1).percent());
        assertEquals(0, new Trust(0, 3).percent());
        assertEquals(100, new Trust(3, 0).percent());
        assertEquals(1, new Trust(1, 99).percent());
        assertEquals("67%", new Trust(2, 1).toString());
    }

    @Test
    void withNothingToCountTheIndexIsUnknownNotZero() {
        assertFalse(Trust.UNKNOWN.known());
        assertNull(Trust.UNKNOWN.percent());
        assertEquals("—", Trust.UNKNOWN.toString());
        assertTrue(new Trust(0, 1).known());
        assertTrue(new Trust(1, 0).known());
    }

    @Test
    void eachProjectOfAWorkspaceHasItsOwnTrust() {
        Analysis analysis = analyze(files(
                "a.client", """
                        project alpha {
                          person anna { decides }
                          touch 2026-11-01 call with anna "Kick-off" { purpose "Scope" benefit "Plan" }
                        }
                        """,
                "b.client", """
                        project beta {
                          person anna { decides }
                          touch q1 2026-11-01 letter from anna "Budget?"
                        }
                        """), settings(TODAY));
        assertEquals("1/0 100%", of(analysis.trust(analysis.knowledgeBase().project("alpha"))));
        assertEquals("0/1 0%", of(analysis.trust(analysis.knowledgeBase().project("beta"))));
    }

    @Test
    void aLateReplyCountsAgainstEveryoneWhoWrote() {
        String text = """
                project portal {
                  respond within 1d
                  person boris { contact }
                  person vera { role "CTO" }
                  touch q1 2026-11-03 09:00 letter from boris, vera "Hosting?"
                  touch 2026-11-10 reply to boris re q1 "Our cloud"
                }
                """;
        assertEquals("0/1 0%", person(text, "vera"));
        assertEquals("0/1 0%", person(text, "boris"));
    }

    @Test
    void everyWrongTouchOfAPersonCounts() {
        String text = """
                project portal {
                  person anna { decides }
                  touch q1 2026-11-02 letter from anna "Budget?"
                  touch q2 2026-11-03 letter from anna "Scope?"
                  touch 2026-11-04 call with anna "Hi" { purpose "p" benefit "b" }
                }
                """;
        assertEquals("1/2 33%", person(text, "anna"));
    }

    private static final String ACTION = """
            project portal {
              member olga "Olga"
              person anna { decides }
              person boris { contact }
              touch 2026-11-02 meeting with anna "Scope" {
                purpose "p" benefit "b"
                summary { action send "Send the plan" owner %s due 2026-11-05 %s }
              }
            }
            """;

    @Test
    void anOverdueActionCountsAgainstItsClientOwner() {
        String text = ACTION.formatted("boris", "");
        assertEquals("0/1 0%", person(text, "boris"));
        assertEquals("1/0 100%", person(text, "anna"));
    }

    @Test
    void anOverdueActionOfOursCountsAgainstThePeopleOfItsMeeting() {
        String text = ACTION.formatted("olga", "");
        assertEquals("1/1 50%", person(text, "anna"));
        assertEquals("0/0 —", person(text, "boris"));
    }

    @Test
    void anActionDoneInTimeIsRightForItsOwner() {
        String text = ACTION.formatted("boris", "done 2026-11-04");
        assertEquals("1/0 100%", person(text, "boris"));
        assertEquals("2/0 100%", project(text));
    }
}
