package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Severity;

/** {@code late-reply}: the first reply or acknowledgement came after the deadline (1.1). */
class LateReplyTest {

    private static final String REPLY_AT = """
            project portal {
              respond within 1d
              person boris { contact }
              touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
              touch %s reply to boris re q1 "Attached"
            }
            """;

    @Test
    void aReplyAMinuteBeforeTheDeadlineIsOnTime() {
        assertNoFinding(REPLY_AT.formatted("2026-10-15 09:59"), TODAY, "late-reply");
    }

    @Test
    void aReplyAMinuteAfterTheDeadlineIsLate() {
        assertFindings(REPLY_AT.formatted("2026-10-15 10:01"), TODAY, f(5, 3, "late-reply")
                .severity(Severity.INFO).message("This was the first answer to \"Checkout screens?\" "
                        + "(letter, 14 Oct), 1 h late (reply deadline: within 1 day)"));
    }

    @Test
    void saysHowLate() {
        assertFindings(REPLY_AT.formatted("2026-10-16 12:30"), TODAY, f(5, 3, "late-reply")
                .message("This was the first answer to \"Checkout screens?\" (letter, 14 Oct), "
                        + "27 h late (reply deadline: within 1 day)"));
        assertFindings(REPLY_AT.formatted("2026-10-20 10:00"), TODAY, f(5, 3, "late-reply")
                .message("This was the first answer to \"Checkout screens?\" (letter, 14 Oct), "
                        + "5 days late (reply deadline: within 1 day)"));
    }

    @Test
    void aReplyTheNextDayWithoutATimeIsOnTime() {
        assertNoFinding(REPLY_AT.formatted("2026-10-15"), TODAY, "late-reply");
    }

    @Test
    void pointsAtTheLateReplyNotAtTheIncomingTouch() {
        assertMarked("""
                project portal {
                  person boris { contact }
                  touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
                  [[touch 2026-10-16 reply to boris re q1]] {
                    ack
                    eta 2026-10-18
                  }
                  touch 2026-10-17 reply to boris re q1 "Attached"
                }
                """, TODAY, "late-reply");
    }

    @Test
    void onlyTheFirstReactionCounts() {
        assertNoFinding("""
                project portal {
                  person boris { contact }
                  touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
                  touch 2026-10-14 11:00 reply to boris re q1 { ack eta 2026-10-25 }
                  touch 2026-10-25 reply to boris re q1 "Attached"
                }
                """, TODAY, "late-reply");
    }

    @Test
    void aPlannedReplyIsNotLateYet() {
        assertNoFinding(REPLY_AT.formatted("2026-11-22"), TODAY, "late-reply");
    }

    @Test
    void firesWhateverTheStatus() {
        assertFindings("""
                project portal {
                  status done
                  person boris { contact }
                  touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
                  touch 2026-10-16 reply to boris re q1 "Attached"
                }
                """, TODAY, f(5, 3, "late-reply"));
    }

    @Test
    void theProjectsRespondWithinIsTheDeadline() {
        String text = """
                project portal {
                  respond within 2w
                  person boris { contact }
                  touch q1 2026-10-14 10:00 letter from boris "Checkout screens?"
                  touch %s reply to boris re q1 "Attached"
                }
                """;
        assertNoFinding(text.formatted("2026-10-28 09:59"), TODAY, "late-reply");
        assertFindings(text.formatted("2026-10-29"), TODAY, f(5, 3, "late-reply"));
    }
}
