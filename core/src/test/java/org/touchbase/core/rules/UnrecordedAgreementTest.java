package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Severity;

/** {@code unrecorded-agreement}: ALWAYS record agreements, in writing (1.2). */
class UnrecordedAgreementTest {

    private static final String CONFIRMED_BY = """
            project portal {
              person anna { decides }
              touch 2026-09-05 11:00 call with anna "Scope of v1" {
                agreed scope "v1 is the portal and the FAQ, no chat"
              }
              touch %s letter to anna "Summary" { confirms scope }
            }
            """;

    @Test
    void firesAtTheAgreedItemOfASpokenTouch() {
        assertMarked("""
                project portal {
                  person anna { decides }
                  touch 2026-09-05 11:00 call with anna "Scope of v1" {
                    purpose "Fix the scope"
                    [[agreed scope "v1 is the portal and the FAQ, no chat"]]
                    [[agreed budget "4M RUB"]]
                  }
                }
                """, TODAY, "unrecorded-agreement");
    }

    @Test
    void saysHowToConfirmIt() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  touch 2026-09-05 11:00 meeting with anna "Scope of v1" {
                    agreed scope "v1 is the portal and the FAQ, no chat"
                  }
                }
                """, TODAY, f(4, 5, "unrecorded-agreement").severity(Severity.WARNING).message(
                "Agreement `scope` made in a meeting is not recorded in writing: confirm it in a letter (`confirms scope`)"));
    }

    @Test
    void aConfirmationTheSameDayCountsEvenEarlierThatDay() {
        assertNoFinding(CONFIRMED_BY.formatted("2026-09-05 16:00"), TODAY, "unrecorded-agreement");
        assertNoFinding(CONFIRMED_BY.formatted("2026-09-05 09:00"), TODAY, "unrecorded-agreement");
        assertNoFinding(CONFIRMED_BY.formatted("2026-09-05"), TODAY, "unrecorded-agreement");
    }

    @Test
    void aConfirmationTheDayBeforeDoesNotCount() {
        assertFindings(CONFIRMED_BY.formatted("2026-09-04 18:00"), TODAY, f(4, 5, "unrecorded-agreement"));
    }

    @Test
    void aConfirmationLaterCounts() {
        assertNoFinding(CONFIRMED_BY.formatted("2026-10-01"), TODAY, "unrecorded-agreement");
    }

    @Test
    void aPlannedConfirmationDoesNotCountYet() {
        assertFindings(CONFIRMED_BY.formatted("2026-11-21"), TODAY, f(4, 5, "unrecorded-agreement"));
    }

    @Test
    void everyWrittenKindAndEveryDirectionCanConfirm() {
        for (String kind : new String[] {"letter to", "reply to", "message from", "ping to", "reminder to",
                "question to"}) {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                      touch 2026-09-05 11:00 call with anna "Scope" { agreed scope "v1" }
                      touch 2026-09-06 %s anna { confirms scope }
                    }
                    """.formatted(kind), TODAY, "unrecorded-agreement");
        }
    }

    @Test
    void otherCountsAsSpoken() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  touch 2026-09-05 other with anna "Coffee at the conference" {
                    agreed proposal "We send a proposal"
                  }
                }
                """, TODAY, f(4, 5, "unrecorded-agreement").message("Agreement `proposal` made in a touch is not "
                + "recorded in writing: confirm it in a letter (`confirms proposal`)"));
    }

    @Test
    void anAgreementMadeInWritingIsRecorded() {
        assertNoFinding("""
                project portal {
                  person anna { decides }
                  touch 2026-09-05 letter to anna "Offer" { agreed price "4M RUB" }
                }
                """, TODAY, "unrecorded-agreement");
    }

    @Test
    void aSpokenConfirmationDoesNotRecordIt() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  touch 2026-09-05 11:00 call with anna "Scope" { agreed scope "v1" }
                  touch 2026-09-06 call with anna "Recap" { confirms scope }
                }
                """, TODAY, f(3, 51, "unrecorded-agreement"), f(4, 45, "invalid-use"));
    }

    @Test
    void firesWhateverTheStatus() {
        assertFindings("""
                project portal {
                  status lost
                  person anna { decides }
                  touch 2026-09-05 11:00 call with anna "Scope" { agreed scope "v1" }
                }
                """, TODAY, f(4, 51, "unrecorded-agreement"));
    }
}
