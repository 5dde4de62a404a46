package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.files;
import static org.touchbase.core.ClientAssert.settings;

import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.time.Term;

/** {@code unanswered}: acknowledge receipt, say when, answer even if not everything is clear (1.1). */
class UnansweredTest {

    @Test
    void noAckWithinTheDeadlineAsksToAcknowledgeReceipt() {
        assertFindings("""
                project portal {
                  person boris "Boris Kuznetsov" { contact }
                  touch q1 2026-11-18 09:40 letter from boris "Which hosting do we use?"
                }
                """, TODAY, f(3, 3, "unanswered").to(3, 73).severity(Severity.WARNING).message(
                "\"Which hosting do we use?\" (letter, 18 Nov) from Boris Kuznetsov has had no answer within 1 working day: "
                        + "acknowledge receipt now and say when the answer will come"));
    }

    @Test
    void pointsAtTheHeaderOfTheIncomingTouch() {
        assertMarked("""
                project portal {
                  person boris { contact }
                  [[touch q1 2026-11-18 09:40 letter from boris "Hosting?"]] {
                    note "Asked twice already"
                  }
                }
                """, TODAY, "unanswered");
    }

    @Test
    void theDeadlineHasPassedAtItsVeryMoment() {
        String text = """
                project portal {
                  respond within 1d
                  person boris { contact }
                  touch q1 2026-11-19 09:40 letter from boris "Hosting?"
                }
                """;
        assertNoFinding(text, "2026-11-20 09:39", "unanswered");
        assertFindings(text, "2026-11-20 09:40", f(4, 3, "unanswered"));
    }

    @Test
    void aDateWithoutATimeIsTheStartOfThatDay() {
        String text = """
                project portal {
                  respond within 1d
                  person boris { contact }
                  touch q1 2026-11-19 letter from boris "Hosting?"
                }
                """;
        assertNoFinding(text, "2026-11-19 23:59", "unanswered");
        assertFindings(text, "2026-11-20 00:00", f(4, 3, "unanswered"));
    }

    @Test
    void anAckWithoutEtaAsksToSayWhen() {
        assertFindings("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-10 09:40 letter from boris "Hosting?"
                  touch 2026-11-10 10:15 reply to boris re q1 { ack }
                }
                """, TODAY, f(3, 3, "unanswered").message("\"Hosting?\" (letter, 10 Nov) from boris was "
                + "acknowledged without a date: say when the answer will come (`eta`)"));
    }

    @Test
    void anEtaOfTodayHasNotPassedButAnEtaOfYesterdayHas() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-10 09:40 letter from boris "Hosting?"
                  touch 2026-11-10 10:15 reply to boris re q1 {
                    ack
                    eta %s
                  }
                }
                """;
        assertNoFinding(text.formatted("2026-11-20"), "2026-11-20 23:59", "unanswered");
        assertFindings(text.formatted("2026-11-19"), TODAY, f(3, 3, "unanswered").message("The answer to "
                + "\"Hosting?\" (letter, 10 Nov) from boris was promised for 19 Nov and has not come: "
                + "answer now, even if not everything is clear yet"));
    }

    @Test
    void aFullReplyAnswersEvenWhenLate() {
        assertNoFinding("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-01 09:40 letter from boris "Hosting?"
                  touch 2026-11-15 reply to boris re q1 "Our cloud"
                }
                """, TODAY, "unanswered");
    }

    @Test
    void aReplyInTheHeaderOrInTheBodyCountsTheSame() {
        assertNoFinding("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-01 09:40 letter from boris "Hosting?"
                  touch 2026-11-01 12:00 reply to boris "Our cloud" { re q1 }
                }
                """, TODAY, "unanswered");
    }

    @Test
    void aPlannedReplyDoesNotCountYet() {
        assertFindings("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-17 09:40 letter from boris "Hosting?"
                  touch 2026-11-21 reply to boris re q1 "Our cloud"
                }
                """, TODAY, f(3, 3, "unanswered"));
    }

    @Test
    void theLatestAckCounts() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                  touch 2026-11-02 10:00 reply to boris re q1 { ack eta 2026-11-06 }
                  touch 2026-11-07 10:00 reply to boris re q1 { ack %s }
                }
                """;
        assertNoFinding(text.formatted("eta 2026-11-25"), TODAY, "unanswered");
        assertFindings(text.formatted(""), TODAY, f(3, 3, "unanswered")
                .message("\"Hosting?\" (letter, 2 Nov) from boris was acknowledged without a date: "
                        + "say when the answer will come (`eta`)"));
    }

    @Test
    void aLateAckStillCountsAsAnAcknowledgement() {
        var analysis = analyze("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                  touch 2026-11-05 10:00 reply to boris re q1 { ack eta 2026-11-25 }
                }
                """, TODAY);
        assertNoFinding(analysis, "unanswered");
        assertFindings(analysis, f(4, 3, "late-reply"));
    }

    @Test
    void anIncomingTouchThatHasNotHappenedYetIsNotChecked() {
        assertNoFinding("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-25 09:40 letter from boris "Hosting?"
                }
                """, TODAY, "unanswered");
    }

    @Test
    void touchesWeStartedNeedNoAnswer() {
        assertNoFinding("""
                project portal {
                  person boris { contact }
                  touch 2026-11-01 letter to boris "Hosting?" { purpose "p" benefit "b" }
                  touch 2026-11-01 call with boris "Hosting?" { purpose "p" benefit "b" }
                }
                """, TODAY, "unanswered");
    }

    @Test
    void theProjectsRespondWithinIsTheDeadline() {
        String text = """
                project portal {
                  respond within 4h
                  person boris { contact }
                  touch q1 2026-11-20 09:00 message from boris "Is the server down?"
                }
                """;
        assertNoFinding(text, "2026-11-20 12:59", "unanswered");
        assertFindings(text, "2026-11-20 13:00", f(4, 3, "unanswered").message(
                "\"Is the server down?\" (message, 20 Nov) from boris has had no answer within 4 hours: "
                        + "acknowledge receipt now and say when the answer will come"));
    }

    @Test
    void theConfiguredRespondWithinIsTheDefault() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-17 09:00 letter from boris "Hosting?"
                }
                """;
        Settings defaults = settings(TODAY);
        Settings week = new Settings(defaults.now(), Term.days(7), defaults.cadence(), defaults.remindEvery(),
                defaults.confirmWithin(), defaults.calendar(), defaults.rules());
        assertFindings(analyze(text, defaults), f(3, 3, "unanswered"));
        assertNoFinding(analyze(text, week), "unanswered");
    }

    @Test
    void aReplyFromALogInAnotherFileCounts() {
        assertNoFinding(analyze(files(
                "a.client", """
                        project portal {
                          person boris { contact }
                          touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                        }
                        """,
                "b.client", """
                        log portal {
                          touch 2026-11-02 12:00 reply to boris re q1 "Our cloud"
                        }
                        """), settings(TODAY)), "unanswered");
    }
}
