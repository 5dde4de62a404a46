package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Severity;

/** The date-driven rules about the plan, meetings and the client's obligations. */
class PlanRulesTest {

    @Nested
    class StepOverdue {

        @Test
        void firesAtTheStepThatIsPastDueAndNotDone() {
            assertMarked("""
                    project portal {
                      plan {
                        step contract "Contract signed" due 2026-09-10 done 2026-09-12
                        step design "Design approved" due 2026-10-01 done
                        [[step beta "Beta" due 2026-11-13]]
                        step golive "Go live" due 2026-12-15
                      }
                    }
                    """, TODAY, "step-overdue");
        }

        @Test
        void saysHowManyDaysOverdue() {
            assertFindings("""
                    project portal {
                      plan { step beta "Beta" due 2026-11-13 }
                    }
                    """, TODAY, f(2, 10, "step-overdue").severity(Severity.WARNING)
                    .message("Step `beta` was due 13 Nov and is not done (7 days overdue)"));
        }

        @Test
        void aStepDueTodayIsNotOverdueYesterdayIs() {
            String text = """
                    project portal {
                      plan { step beta "Beta" due %s }
                    }
                    """;
            assertNoFinding(text.formatted("2026-11-20"), "2026-11-20 23:59", "step-overdue");
            assertFindings(text.formatted("2026-11-19"), TODAY, f(2, 10, "step-overdue"));
        }
    }

    @Nested
    class MeetingWithoutSummary {

        @Test
        void firesAtThePastMeetingsAndPresentationsWithoutSummary() {
            assertMarked("""
                    project portal {
                      person anna { decides }
                      [[touch 2026-11-05 16:00 meeting with anna "Sprint demo"]] {
                        purpose "Show the cart"
                      }
                      [[touch 2026-11-06 presentation to anna]]
                      touch 2026-11-07 call with anna "Check-in"
                      touch 2026-11-08 meeting with anna "Review" {
                        summary interim { decision "Go on" }
                      }
                    }
                    """, TODAY, "meeting-without-summary");
        }

        @Test
        void saysWhatToSumUp() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-11-05 16:00 meeting with anna "Sprint demo"
                    }
                    """, TODAY, f(3, 3, "meeting-without-summary").severity(Severity.WARNING).message("\"Sprint demo\" "
                    + "(meeting, 5 Nov) has no summary: sum up the decisions, actions and open questions (`summary`)"));
        }

        @Test
        void aMeetingTodayIsNotReportedUntilTomorrow() {
            String text = """
                    project portal {
                      person anna { decides }
                      touch %s 10:00 meeting with anna "Review"
                    }
                    """;
            assertNoFinding(text.formatted("2026-11-20"), "2026-11-20 18:00", "meeting-without-summary");
            assertFindings(text.formatted("2026-11-19"), TODAY, f(3, 3, "meeting-without-summary"));
        }

        @Test
        void aPlannedMeetingIsNotReported() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                      touch 2026-11-24 10:00 meeting with anna "Beta review"
                    }
                    """, TODAY, "meeting-without-summary");
        }
    }

    @Nested
    class ObligationOverdue {

        private static final String REMINDED_ON = """
                project portal {
                  person boris { contact }
                  expect brandbook from boris "Brand book" due 2026-11-10
                  touch %s reminder to boris { purpose "p" benefit "b" reminds brandbook }
                }
                """;

        @Test
        void firesAtTheExpectThatIsPastDueAndNotReceived() {
            assertMarked("""
                    project portal {
                      person boris { contact }
                      [[expect brandbook from boris "Brand book" due 2026-11-10]]
                      expect texts from boris "Texts" due 2026-11-01 received 2026-11-02
                      expect logo from boris "Logo" due 2026-12-01
                    }
                    """, TODAY, "obligation-overdue");
        }

        @Test
        void saysWhatToRemindOf() {
            assertFindings("""
                    project portal {
                      person boris { contact }
                      expect brandbook from boris "Brand book" due 2026-11-10
                    }
                    """, TODAY, f(3, 3, "obligation-overdue").severity(Severity.WARNING).message("\"Brand book\" was "
                    + "due from boris on 10 Nov, has not been received, and nobody has reminded them since: "
                    + "send a reminder (`reminds brandbook`)"));
        }

        @Test
        void dueTodayIsNotOverdueYesterdayIs() {
            String text = """
                    project portal {
                      person boris { contact }
                      expect brandbook from boris "Brand book" due %s
                    }
                    """;
            assertNoFinding(text.formatted("2026-11-20"), "2026-11-20 23:59", "obligation-overdue");
            assertFindings(text.formatted("2026-11-19"), TODAY, f(3, 3, "obligation-overdue"));
        }

        @Test
        void aReminderOnTheDueDateDoesNotCountAReminderAfterItDoes() {
            assertFindings(REMINDED_ON.formatted("2026-11-10 18:00"), TODAY, f(3, 3, "obligation-overdue"));
            assertFindings(REMINDED_ON.formatted("2026-11-09"), TODAY, f(3, 3, "obligation-overdue"));
            assertNoFinding(REMINDED_ON.formatted("2026-11-11"), "2026-11-17", "obligation-overdue");
        }

        @Test
        void aPlannedReminderDoesNotCountYet() {
            assertFindings(REMINDED_ON.formatted("2026-11-21"), TODAY, f(3, 3, "obligation-overdue"));
        }
    }
}
