package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Trust;

/** Trust month by month: the analysis again with "now" at each month's end. */
class TrustHistoryTest {

    @Test
    void eachMonthAsItStoodAtItsEnd() {
        Analysis analysis = Workspaces.analyze("""
                project p "P" {
                  starts 2026-08-20
                  person a "A" { decides }
                  touch 2026-09-05 call with a "ok" { purpose "p" benefit "b" }
                  touch q 2026-10-10 09:00 letter from a "Question"
                  touch 2026-11-02 reply to a re q "Late answer"
                  touch 2026-12-01 call with a "planned" { purpose "p" benefit "b" }
                }
                """);
        TrustHistory history = TrustHistory.of(analysis, Workspaces.project(analysis, "p"));
        assertEquals(List.of("2026-08", "2026-09", "2026-10", "2026-11"), history.labels());
        // August: nothing yet. September: one right touch. October: the question is unanswered (wrong).
        // November (now): the late reply is a late-reply (wrong), no longer unanswered.
        assertEquals(List.of(Trust.UNKNOWN, new Trust(1, 0), new Trust(1, 1), new Trust(1, 1)), history.project());
        assertEquals(history.project().get(3), analysis.trust(Workspaces.project(analysis, "p")));
        assertEquals(history.project(), history.people().get("a"));
    }

    @Test
    void nothingToChartWithoutDates() {
        Analysis analysis = Workspaces.analyze("project p \"P\" { person a \"A\" }");
        assertTrue(TrustHistory.of(analysis, Workspaces.project(analysis, "p")).isEmpty());
    }

    @Test
    void atMostTwoYears() {
        Analysis analysis = Workspaces.analyze("project p \"P\" { starts 2020-01-01 }");
        TrustHistory history = TrustHistory.of(analysis, Workspaces.project(analysis, "p"));
        assertEquals(TrustHistory.MAX_MONTHS, history.labels().size());
        assertEquals("2026-11", history.labels().get(history.labels().size() - 1));
    }
}
