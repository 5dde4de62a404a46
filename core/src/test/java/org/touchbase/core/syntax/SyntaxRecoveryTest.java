package org.touchbase.core.syntax;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;

/**
 * Where an item stops short, and what one bad line costs: the error is on the
 * line that is broken, and the items after it still count.
 */
class SyntaxRecoveryTest {

    @Test
    void aTouchThatStopsAfterWithIsReportedAtTheEndOfWith() {
        assertFindings(analyze("""
                project portal {
                  person anna { decides }
                  touch 2026-11-25 10:00 meeting with
                }
                """, TODAY), f(3, 38, "syntax").to(3, 38).message("missing a name after `with`"));
    }

    @Test
    void anUnknownWordAtTheStartOfALineCostsOneError() {
        Analysis analysis = analyze("""
                project portal {
                  person anna { decides }
                  outcom "Signed"
                  person boris { backup }
                  touch 2026-11-05 meeting with anna "Demo"
                }
                """, TODAY);
        assertFindings(analysis, f(3, 3, "syntax").to(3, 9));
        assertFindings(analysis, f(5, 3, "meeting-without-summary"));
    }

    @Test
    void anItemOfANewerLanguageVersionCostsOneError() {
        Analysis analysis = analyze("""
                project portal {
                  mentor anna "Anna" { decides }
                  person boris { decides }
                  touch 2026-11-05 meeting with boris "Demo"
                  touch 2026-11-06 call with anna
                }
                """, TODAY);
        assertFindings(analysis, f(2, 3, "syntax").to(2, 9));
        assertFindings(analysis, f(4, 3, "meeting-without-summary"), f(5, 30, "unknown-reference"));
    }

    @Test
    void aMissingCommaBetweenPeopleSaysSo() {
        Analysis analysis = analyze("""
                project portal {
                  person ирина { decides }
                  person дарья { contact }
                  touch 2026-11-05 meeting with ирина дарья "Demo"
                  touch 2026-11-06 meeting with ирина "Review"
                }
                """, TODAY);
        assertFindings(analysis, f(4, 39, "syntax").to(4, 44)
                .message("missing `,` between `ирина` and `дарья`: separate the people with commas"));
        assertFindings(analysis, f(4, 3, "meeting-without-summary"), f(5, 3, "meeting-without-summary"));
    }
}
