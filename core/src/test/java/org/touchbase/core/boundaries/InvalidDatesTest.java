package org.touchbase.core.boundaries;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;

/**
 * A date that is not on the calendar is an {@code invalid-date} and nothing
 * else: no date-driven rule counts from it, and nothing else about the item
 * hides it (the step is not done, the expectation not received).
 */
class InvalidDatesTest {

    @Test
    void aStepDueOnNoRealDateIsNotOverdue() {
        Analysis analysis = analyze("""
                project portal {
                  person anna { decides }
                  plan { step golive "Go live" due 2026-02-30 }
                }
                """, TODAY);
        assertFindings(analysis, f(3, 36, "invalid-date"));
        assertNoFinding(analysis, "step-overdue");
    }

    @Test
    void anExpectationDueOnNoRealDateIsNotOverdue() {
        Analysis analysis = analyze("""
                project portal {
                  person anna { decides }
                  expect texts from anna "Texts" due 2026-09-31
                }
                """, TODAY);
        assertFindings(analysis, f(3, 38, "invalid-date"));
        assertNoFinding(analysis, "obligation-overdue");
    }

    @Test
    void aProjectStartingOnNoRealDateGivesNoTouchGap() {
        Analysis analysis = analyze("""
                project portal {
                  starts 2026-02-30
                  person anna { decides }
                }
                """, TODAY);
        assertFindings(analysis, f(2, 10, "invalid-date"));
        assertNoFinding(analysis, "touch-gap");
    }

    @Test
    void theSameItemsWithRealDatesAreChecked() {
        Analysis analysis = analyze("""
                project portal {
                  starts 2026-02-28
                  person anna { decides }
                  plan { step golive "Go live" due 2026-02-28 }
                  expect texts from anna "Texts" due 2026-09-30
                }
                """, TODAY);
        assertNoFinding(analysis, "invalid-date");
        assertFindings(analysis, f(3, 10, "touch-gap"), f(4, 10, "step-overdue"), f(5, 3, "obligation-overdue"));
    }
}
