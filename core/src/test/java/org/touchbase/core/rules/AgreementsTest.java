package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;

/** Version 2, agreements: {@code confirm within}, {@code late-confirmation}, {@code agreed … replaces}. */
class AgreementsTest {

    static final String CALL = """
            project portal {
              %s
              person anna { decides }
              touch 2026-11-06 11:00 call with anna "Scope" {
                purpose "p" benefit "b"
                [[agreed scope "v1 is the portal and the FAQ"]]
              }
              touch %s letter to anna "Our agreements" { purpose "p" benefit "b" confirms scope }
            }
            """;

    private static String call(String attribute, String confirmedAt) {
        return CALL.formatted(attribute, confirmedAt).replace("[[", "").replace("]]", "");
    }

    @Test
    void aConfirmationWeeksLaterIsLate() {
        assertFindings(call("", "2026-11-16"), TODAY, f(6, 5, "late-confirmation").message("Agreement `scope` made "
                + "in a call on 6 Nov was first confirmed in writing on 16 Nov, not within 1 working day "
                + "(`confirm within`): confirm agreements before they can be disputed")
                .ru("Договорённость `scope` (касание: звонок, 6 ноября) впервые зафиксирована письменно 16 ноября, "
                        + "а не в течение рабочего дня (`confirm within`): фиксируйте договорённости письменно, пока их не оспорили"));
        assertMarked(CALL.formatted("", "2026-11-16"), TODAY, "late-confirmation");
    }

    @Test
    void aConfirmationAtTheEdgeOfConfirmWithinInWorkingDays() {
        // made on Friday: one working day ends with Monday, the weekend does not count
        assertNoFinding(call("", "2026-11-08 12:00"), TODAY, "late-confirmation");
        assertNoFinding(call("", "2026-11-09 23:59"), TODAY, "late-confirmation");
        assertFindings(call("", "2026-11-10 00:00"), TODAY, f(6, 5, "late-confirmation"));
        assertFindings(call("", "2026-11-10"), TODAY, f(6, 5, "late-confirmation"));
    }

    @Test
    void theProjectsOwnConfirmWithinInElapsedTime() {
        assertNoFinding(call("confirm within 3d", "2026-11-09 10:59"), TODAY, "late-confirmation");
        assertFindings(call("confirm within 3d", "2026-11-09 11:00"), TODAY, f(6, 5, "late-confirmation"));
    }

    @Test
    void anAgreementMadeInWritingOrNeverConfirmedIsNotLate() {
        assertNoFinding("""
                project portal {
                  person anna { decides }
                  touch 2026-11-02 letter to anna "Scope" { purpose "p" benefit "b" agreed scope "v1" }
                  touch 2026-11-16 letter to anna "Again" { purpose "p" benefit "b" confirms scope }
                }
                """, TODAY, "late-confirmation");
        assertFindings(call("", "2026-12-16"), TODAY, f(6, 5, "unrecorded-agreement"));
        assertNoFinding(call("", "2026-12-16"), TODAY, "late-confirmation");
    }

    @Test
    void aReplacedAgreementNeedsNoConfirmation() {
        String text = """
                project portal {
                  person anna { decides }
                  touch 2026-11-02 call with anna "Scope" { purpose "p" benefit "b" agreed scope "v1: portal" }
                  touch %s call with anna "Scope again" {
                    purpose "p" benefit "b"
                    agreed scope2 "v1: portal and FAQ" replaces scope
                  }
                  touch 2026-11-10 letter to anna "Scope" { purpose "p" benefit "b" confirms scope2 }
                }
                """;
        assertNoFinding(text.formatted("2026-11-09"), TODAY, "unrecorded-agreement", "unknown-reference");
        assertFindings(text.formatted("2026-11-25"), TODAY, f(3, 69, "unrecorded-agreement"));
    }

    @Test
    void anAgreementCannotReplaceItselfNorAnUnknownOne() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  touch 2026-11-02 letter to anna "Scope" {
                    agreed scope "v1" replaces scope
                    agreed cart "v2" replaces scop
                  }
                }
                """, TODAY, f(4, 32, "invalid-use").message("an agreement cannot replace itself (`replaces scope`)"),
                f(5, 31, "unknown-reference"));
    }
}
