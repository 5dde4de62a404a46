package org.touchbase.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.findings;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchbase.core.analysis.Analysis;

/** Date-driven warnings by status: active projects get them all, paused ones only {@code unanswered} (docs/reference.md, Time). */
class DateDrivenRulesTest {

    private static final String TROUBLED = """
            project portal {
              status %s
              starts 2026-09-01
              person anna { decides goal "g" }
              person boris { contact motivation "m" }
              plan { step beta "Beta" due 2026-11-13 }
              touch q1 2026-11-10 letter from boris "Hosting?"
              touch 2026-11-05 meeting with boris "Demo" { purpose "p" benefit "b" }
              expect texts from boris "Texts" due 2026-11-10
            }
            """;

    private static final List<String> DATE_DRIVEN = List.of("unanswered", "step-overdue",
            "meeting-without-summary", "obligation-overdue", "touch-gap");

    /** Each date-driven rule fires once here; {@code active} is the default status. */
    @ParameterizedTest
    @ValueSource(strings = {"active", ""})
    void anActiveProjectGetsThem(String status) {
        String text = status.isEmpty() ? TROUBLED.replace("  status %s\n", "") : TROUBLED.formatted(status);
        Analysis analysis = analyze(text, TODAY);
        for (String rule : DATE_DRIVEN) {
            assertEquals(1, findings(analysis, rule).size(), rule);
        }
    }

    /** A client's letter needs an answer even while the work is paused: only {@code unanswered} still applies. */
    @org.junit.jupiter.api.Test
    void aPausedProjectGetsOnlyUnanswered() {
        Analysis analysis = analyze(TROUBLED.formatted("paused"), TODAY);
        assertEquals(List.of("unanswered"), analysis.findings().stream().map(f -> f.rule())
                .filter(DATE_DRIVEN::contains).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"done", "lost"})
    void otherProjectsDoNot(String status) {
        Analysis analysis = analyze(TROUBLED.formatted(status), TODAY);
        assertEquals(List.of(), analysis.findings().stream().map(f -> f.rule())
                .filter(DATE_DRIVEN::contains).toList());
    }
}
