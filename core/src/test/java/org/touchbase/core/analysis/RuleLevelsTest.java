package org.touchbase.core.analysis;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchbase.core.diagnostics.Severity;

/** Rule levels from the settings: {@code error}, {@code warning}, {@code info}, {@code hint}, {@code off}. */
class RuleLevelsTest {

    private static final String NO_GOALS = """
            project portal {
              person anna { decides goal "g" backup }
              plan { step s "S" due 2026-12-01 }
              source "Report"
              scenario "Plan B"
            }
            """;

    @ParameterizedTest
    @CsvSource({"error, ERROR", "warning, WARNING", "info, INFO", "hint, HINT"})
    void aLevelChangesTheSeverity(String level, Severity severity) {
        assertFindings(analyze(NO_GOALS, settings(TODAY, "no-goals", level)), f(1, 9, "no-goals").severity(severity));
    }

    @Test
    void offTurnsTheRuleOff() {
        assertNoFinding(analyze(NO_GOALS, settings(TODAY, "no-goals", "off")), "no-goals");
    }

    @Test
    void theDefaultSeverityWithoutALevel() {
        assertFindings(analyze(NO_GOALS, settings(TODAY, "no-plan", "off")), f(1, 9, "no-goals").severity(Severity.WARNING));
    }

    @Test
    void languageRulesAreAlwaysErrors() {
        assertFindings(analyze("""
                project portal {
                  starts 2026-02-30
                }
                """, settings(TODAY, "invalid-date", "off")), f(2, 10, "invalid-date").severity(Severity.ERROR));
    }
}
