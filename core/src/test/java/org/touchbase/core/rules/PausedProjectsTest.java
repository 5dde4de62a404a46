package org.touchbase.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchbase.core.model.Status;

/** Which date-driven rules look at which status, and {@code stale-status}. */
class PausedProjectsTest {

    /** Every date-driven rule of this branch fires once here when the project is active. */
    private static final String EVERYTHING_LATE = """
            project portal {
              status %s
              starts 2026-09-01
              person anna { decides goal "g"  left 2026-12-01 }
              person boris { contact motivation "m" }
              plan { step beta "Beta" due 2026-11-13 }
              touch q1 2026-11-10 letter from boris "Invoice?"
              touch 2026-11-05 meeting with boris "Demo" { purpose "p" benefit "b" }
              expect texts from boris "Texts" due 2026-11-10
            }
            """;

    private static final List<String> DATE_DRIVEN = List.of("unanswered", "key-person-leaving", "stale-status",
            "step-overdue", "meeting-without-summary", "obligation-overdue", "touch-gap");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            active                    | unanswered key-person-leaving step-overdue meeting-without-summary obligation-overdue touch-gap
            paused                    | unanswered key-person-leaving
            paused until 2026-11-19   | unanswered key-person-leaving stale-status
            paused until 2026-11-20   | unanswered key-person-leaving
            done                      |
            lost                      |
            """)
    void theMatrix(String status, String rules) {
        Set<String> found = new TreeSet<>();
        for (var finding : analyze(EVERYTHING_LATE.formatted(status), TODAY).findings()) {
            if (DATE_DRIVEN.contains(finding.rule())) {
                found.add(finding.rule());
            }
        }
        assertEquals(new TreeSet<>(rules == null ? List.of() : List.of(rules.split(" "))), found);
    }

    @Test
    void theRulesSayWhichStatusesTheyLookAt() {
        assertEquals(Set.of(Status.ACTIVE, Status.PAUSED), Rules.info("unanswered").statuses());
        assertEquals(Set.of(Status.ACTIVE, Status.PAUSED), Rules.info("key-person-leaving").statuses());
        assertEquals(Set.of(Status.PAUSED), Rules.info("stale-status").statuses());
        assertEquals(Set.of(Status.ACTIVE), Rules.info("touch-gap").statuses());
        assertEquals(Set.of(Status.ACTIVE, Status.PAUSED), Rules.info("no-decision-maker").statuses());
        assertEquals(Set.of(Status.values()), Set.copyOf(Rules.info("late-reply").statuses()));
    }

    @Test
    void stalePointsAtTheStatusItem() {
        assertMarked("""
                project portal {
                  [[status paused until 2026-11-01]]
                  person anna { decides goal "g" }
                }
                """, TODAY, "stale-status");
    }

    @Test
    void staleSaysWhatToDo() {
        assertFindings("""
                project portal {
                  status paused until 2026-11-01
                }
                """, TODAY, f(2, 3, "stale-status").message("Project `portal` was paused until 1 Nov, and that "
                + "date has passed: set its status (`status active`, `done` or `lost`), or pause it until a later date")
                .ru("Проект `portal` был на паузе до 1 ноября, и эта дата прошла: укажите статус (`status active`, "
                        + "`done` или `lost`) или продлите паузу"));
    }

    @Test
    void aPauseUntilTodayIsNotOverYet() {
        assertNoFinding("""
                project portal {
                  status paused until 2026-11-20
                }
                """, "2026-11-20 23:59", "stale-status");
    }
}
