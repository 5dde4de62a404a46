package org.touchbase.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchbase.core.model.Status;

/**
 * Structural rules look at live projects only (docs/reference.md, Projects):
 * a done or lost project is not asked for a decision-maker, Plan B, goals or
 * a plan; what happened with its touches and promises is still checked.
 */
class FinishedProjectsTest {

    /** Each rule with a project that breaks it and nothing written after {@code status}: the finding's place marked. */
    private static final String CASES = """
            no-decision-maker          | project [[portal]] { status %s person anna { contact backup } }
            no-goals                   | project [[portal]] { status %s person anna { decides backup } }
            no-plan-b                  | project [[portal]] { status %s person anna { decides } }
            no-info-source             | project [[portal]] { status %s person anna { decides backup } }
            dm-goals-unknown           | project portal { status %s person [[anna]] { decides backup } }
            contact-motivation-unknown | project portal { status %s person anna { decides backup goal "g" } person [[boris]] { contact } }
            no-plan                    | project [[portal]] { status %s person anna { decides backup } }
            no-scenarios               | project [[portal]] { status %s person anna { decides backup } }
            """;

    @ParameterizedTest(name = "{0} fires on a live project")
    @CsvSource(delimiter = '|', textBlock = CASES)
    void firesOnALiveProject(String rule, String project) {
        assertMarked(project.formatted("active"), TODAY, rule);
        assertMarked(project.formatted("paused"), TODAY, rule);
    }

    @ParameterizedTest(name = "{0} keeps quiet on a done or lost project")
    @CsvSource(delimiter = '|', textBlock = CASES)
    void keepsQuietOnAFinishedProject(String rule, String project) {
        String text = project.replace("[[", "").replace("]]", "");
        assertNoFinding(text.formatted("done"), TODAY, rule);
        assertNoFinding(text.formatted("lost"), TODAY, rule);
    }

    @Test
    void touchesAndPromisesAreStillCheckedOnADoneProject() {
        assertMarked("""
                project portal {
                  status done
                  person boris { contact }
                  touch 2026-11-02 call with boris "Price" {
                    [[agreed discount "Five per cent off"]]
                  }
                }
                """, TODAY, "unrecorded-agreement");
        assertMarked("""
                project portal {
                  status lost
                  person boris { contact }
                  touch q1 2026-11-02 10:00 letter from boris "Invoice?"
                  |touch 2026-11-09 10:00 reply to boris re q1 "Here it is"
                }
                """, TODAY, "late-reply");
    }

    @Test
    void aSuppressionOfAStructuralRuleInAFinishedProjectSilencesNothing() {
        assertMarked("""
                // touchbase-disable-next-line [[no-plan-b]] -- Anna alone decides
                project portal {
                  status done
                  person anna { decides goal "g" }
                }
                """, TODAY, "unused-suppression");
    }

    @Test
    void liveIsActiveOrPaused() {
        assertTrue(Status.ACTIVE.live());
        assertTrue(Status.PAUSED.live());
        assertFalse(Status.DONE.live());
        assertFalse(Status.LOST.live());
        assertEquals(Set.of(Status.ACTIVE, Status.PAUSED), Rules.info("no-plan-b").statuses());
        assertFalse(Rules.info("no-plan-b").dateDriven());
    }
}
