package org.touchbase.core.analysis;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.settings;

import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Severity;

/** {@code // touchbase-disable-next-line RULE-ID [-- reason]} and {@code unused-suppression}. */
class SuppressionTest {

    @Test
    void silencesThatRuleOnTheNextLine() {
        assertNoFinding("""
                project portal {
                  person anna { decides }
                  // touchbase-disable-next-line aimless-touch -- a courtesy call
                  touch 2026-11-13 17:00 call with anna "Friday check-in"
                }
                """, TODAY, "aimless-touch", "unused-suppression");
    }

    @Test
    void silencesOnlyThatRule() {
        var analysis = analyze("""
                project portal {
                  person anna { decides }
                  // touchbase-disable-next-line aimless-touch
                  touch 2026-11-13 17:00 meeting with anna "Demo"
                }
                """, TODAY);
        assertFindings(analysis, f(4, 3, "meeting-without-summary"));
        assertNoFinding(analysis, "aimless-touch", "unused-suppression");
    }

    @Test
    void silencesOnlyTheNextLine() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  // touchbase-disable-next-line aimless-touch

                  touch 2026-11-13 17:00 call with anna "Friday check-in"
                }
                """, TODAY, f(3, 34, "unused-suppression"), f(5, 3, "aimless-touch"));
    }

    @Test
    void silencesAFindingThatPointsAtAnItemInsideAnotherOne() {
        assertNoFinding("""
                project portal {
                  person anna { decides }
                  touch 2026-09-05 call with anna "Scope" {
                    purpose "p" benefit "b"
                    // touchbase-disable-next-line unrecorded-agreement -- in the signed change order
                    agreed scope "v1"
                  }
                }
                """, TODAY, "unrecorded-agreement", "unused-suppression");
    }

    @Test
    void anUnusedSuppressionPointsAtTheRuleItNames() {
        assertMarked("""
                project portal {
                  person boris { contact }
                  // touchbase-disable-next-line [[meeting-without-summary]] -- the notes are on the wiki
                  touch 2026-11-18 14:00 call with boris "Beta feedback" { purpose "p" benefit "b" }
                }
                """, TODAY, "unused-suppression");
        assertFindings("""
                project portal {
                  // touchbase-disable-next-line meeting-without-summary
                  person boris { contact }
                }
                """, TODAY, f(2, 34, "unused-suppression").severity(Severity.INFO).message(
                "Nothing here is silenced by this comment: no `meeting-without-summary` finding starts on the next line"));
    }

    @Test
    void languageRulesCannotBeSilenced() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  // touchbase-disable-next-line unknown-reference
                  touch 2026-11-13 call with bob
                }
                """, TODAY, f(3, 34, "unused-suppression")
                .message("`unknown-reference` is a language rule and cannot be suppressed"),
                f(4, 30, "unknown-reference"));
    }

    @Test
    void aMisspelledRuleOrNoRule() {
        assertFindings("""
                project portal {
                  // touchbase-disable-next-line no-goal
                  person boris { contact }
                  // touchbase-disable-next-line
                  person anna { decides }
                }
                """, TODAY, f(2, 34, "unused-suppression").message("`no-goal` is not a rule, so nothing is silenced "
                + "by this comment"), f(4, 3, "unused-suppression").message("This suppression names no rule"));
    }

    @Test
    void aSuppressionOfADateDrivenRuleDependsOnTheDay() {
        String text = """
                project portal {
                  person anna { decides }
                  // touchbase-disable-next-line meeting-without-summary
                  touch 2026-11-20 10:00 meeting with anna "Review" { purpose "p" benefit "b" }
                }
                """;
        assertNoFinding(text, "2026-11-21", "meeting-without-summary", "unused-suppression");
        assertFindings(text, "2026-11-20 18:00", f(3, 34, "unused-suppression"));
    }

    @Test
    void aBlockCommentIsNotASuppression() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  /* touchbase-disable-next-line aimless-touch */
                  touch 2026-11-13 call with anna
                }
                """, TODAY, f(4, 3, "aimless-touch"));
    }

    @Test
    void unusedSuppressionCanBeConfigured() {
        String text = """
                project portal {
                  // touchbase-disable-next-line no-goals
                  person boris { contact }
                }
                """;
        assertNoFinding(analyze(text, settings(TODAY, "unused-suppression", "off")), "unused-suppression");
        assertFindings(analyze(text, settings(TODAY, "unused-suppression", "error")),
                f(2, 34, "unused-suppression").severity(Severity.ERROR));
    }

    @Test
    void aSuppressionOfARuleThatIsOffIsNotUnused() {
        assertNoFinding(analyze("""
                project portal {
                  person anna { decides }
                  // touchbase-disable-next-line aimless-touch
                  touch 2026-11-13 call with anna
                }
                """, settings(TODAY, "aimless-touch", "off")), "aimless-touch", "unused-suppression");
    }
}
