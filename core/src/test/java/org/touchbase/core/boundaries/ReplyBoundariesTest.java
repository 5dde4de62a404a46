package org.touchbase.core.boundaries;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;

/**
 * The edges of {@code unanswered} and {@code late-reply}: how late is said in
 * hours or days, which acknowledgement counts, and that replies count in
 * the order of their dates, not of the text.
 */
class ReplyBoundariesTest {

    /** A reply deadline of one elapsed day: how late is then measured in hours. */
    private static final String REPLY_AT = """
            project portal {
              respond within 1d
              person boris { contact }
              touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
              touch %s reply to boris re q1 "Attached"
            }
            """;

    private static void assertLate(String replyAt, String howLate) {
        assertFindings(REPLY_AT.formatted(replyAt), TODAY, f(5, 3, "late-reply").message(
                "This was the first answer to \"Checkout screens?\" (letter, 14 Oct), " + howLate
                        + " (reply deadline: within 1 day)"));
    }

    @Test
    void lateBelowTwoDaysIsSaidInHours() {
        assertLate("2026-10-15 11:00", "1 h late");
        assertLate("2026-10-17 09:00", "47 h late");
    }

    @Test
    void lateByExactlyTwoDaysIsSaidInDays() {
        assertLate("2026-10-17 10:00", "2 days late");
    }

    @Test
    void aPartHourOrPartDayLateCountsAsAWholeOne() {
        assertLate("2026-10-15 10:01", "1 h late");
        assertLate("2026-10-15 11:01", "2 h late");
        assertLate("2026-10-17 09:01", "2 days late");
        assertLate("2026-10-17 10:01", "3 days late");
        assertLate("2026-10-18 10:00", "3 days late");
    }

    @Test
    void aLateReplyWrittenAboveAnEarlierOnTimeAckIsNotTheFirstAnswer() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
                  touch 2026-10-20 reply to boris re q1 "Attached"
                  touch 2026-10-14 11:00 reply to boris re q1 { ack eta 2026-10-20 }
                }
                """;
        assertNoFinding(text, TODAY, "late-reply", "unanswered");
    }

    @Test
    void theLatestAckCountsEvenWhenWrittenAboveAnEarlierOne() {
        Analysis analysis = analyze("""
                project portal {
                  person boris { contact }
                  touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
                  touch 2026-10-20 reply to boris re q1 { ack eta 2026-10-25 }
                  touch 2026-10-14 11:00 reply to boris re q1 { ack }
                }
                """, TODAY);
        assertNoFinding(analysis, "late-reply");
        assertFindings(analysis, f(3, 3, "unanswered").message("The answer to \"Checkout screens?\" "
                + "(letter, 14 Oct) from boris was promised for 25 Oct and has not come: "
                + "answer now, even if not everything is clear yet"));
    }

    @Test
    void anAckWithAnInvalidDateDoesNotHideTheLastDatedAck() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                  touch 2026-11-02 10:00 reply to boris re q1 { ack %s }
                  touch 2026-02-30 reply to boris re q1 { ack %s }
                }
                """;
        Analysis promised = analyze(text.formatted("eta 2026-11-25", ""), TODAY);
        assertNoFinding(promised, "unanswered");
        assertFindings(promised, f(5, 9, "invalid-date"));
        assertFindings(text.formatted("", "eta 2026-11-25"), TODAY, f(3, 3, "unanswered").message(
                "\"Hosting?\" (letter, 2 Nov) from boris was acknowledged without a date: "
                        + "say when the answer will come (`eta`)"));
    }

    @Test
    void anAckWithAnInvalidDateAloneStillCounts() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                  touch 2026-02-30 reply to boris re q1 { ack %s }
                }
                """;
        assertNoFinding(text.formatted("eta 2026-11-25"), TODAY, "unanswered", "late-reply");
        assertFindings(text.formatted(""), TODAY, f(3, 3, "unanswered").message(
                "\"Hosting?\" (letter, 2 Nov) from boris was acknowledged without a date: "
                        + "say when the answer will come (`eta`)"));
    }

    @Test
    void theLastOfSeveralDatedAcksCountsWhateverTheOrderOfTheText() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                  touch 2026-11-09 10:00 reply to boris re q1 { ack eta 2026-11-25 }
                  touch 2026-11-02 10:00 reply to boris re q1 { ack eta 2026-11-06 }
                }
                """;
        assertNoFinding(text, TODAY, "unanswered");
    }

    @Test
    void anEtaThatIsNotARealDateIsNotOverdue() {
        Analysis analysis = analyze("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                  touch 2026-11-02 10:00 reply to boris re q1 { ack eta 2026-02-30 }
                }
                """, TODAY);
        assertNoFinding(analysis, "unanswered");
        assertFindings(analysis, f(4, 57, "invalid-date"));
    }

    @Test
    void anAckIsOverdueFromTheDayAfterItsEta() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-02 09:40 letter from boris "Hosting?"
                  touch 2026-11-02 10:00 reply to boris re q1 { ack eta 2026-11-19 }
                }
                """;
        assertNoFinding(text, "2026-11-19 23:59", "unanswered");
        assertFindings(text, "2026-11-20 00:00", f(3, 3, "unanswered").message("The answer to \"Hosting?\" "
                + "(letter, 2 Nov) from boris was promised for 19 Nov and has not come: "
                + "answer now, even if not everything is clear yet"));
    }
}
