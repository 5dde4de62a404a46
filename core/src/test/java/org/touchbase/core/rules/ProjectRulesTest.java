package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.files;
import static org.touchbase.core.ClientAssert.settings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Severity;

/** The rules about what a project knows, with no date involved (docs/reference.md, Practice rules). */
class ProjectRulesTest {

    @Nested
    class NoDecisionMaker {

        @Test
        void firesAtTheProjectNameWhenNobodyDecides() {
            assertMarked("""
                    project [[portal]] "Portal" {
                      person anna { contact }
                      person boris { backup }
                    }
                    """, TODAY, "no-decision-maker");
        }

        @Test
        void saysWhatToDo() {
            assertFindings("""
                    project portal {
                    }
                    """, TODAY, f(1, 9, "no-decision-maker").severity(Severity.ERROR).message(
                    "Project `portal` has no decision-maker: find out who decides and mark that person with `decides`"));
        }

        @Test
        void doesNotFireWhenSomeoneDecides() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                    }
                    """, TODAY, "no-decision-maker");
        }

        @Test
        void aDecisionMakerInALogOfAnotherFileCounts() {
            assertNoFinding(analyze(files(
                    "a.client", "project portal {\n  person boris { contact }\n}\n",
                    "b.client", "log portal {\n  person anna { decides }\n}\n"), settings(TODAY)),
                    "no-decision-maker");
        }

        @Test
        void isCheckedOnLiveProjectsOnly() {
            assertFindings("""
                    project portal {
                      status paused
                    }
                    """, TODAY, f(1, 9, "no-decision-maker"));
            assertNoFinding("""
                    project portal {
                      status done
                    }
                    """, TODAY, "no-decision-maker");
        }
    }

    @Nested
    class NoGoals {

        @Test
        void firesAtTheProjectNameWhenOnlyPeopleHaveGoals() {
            assertMarked("""
                    project [[portal]] {
                      person anna { decides goal "Grow online revenue" }
                    }
                    """, TODAY, "no-goals");
        }

        @Test
        void doesNotFireWithAProjectGoal() {
            assertNoFinding("""
                    project portal {
                      goal "Stay within budget"
                    }
                    """, TODAY, "no-goals");
        }

        @Test
        void aGoalInALogCounts() {
            assertNoFinding("""
                    project portal {
                    }
                    log portal {
                      goal tickets "Customers resolve 60% of tickets themselves"
                    }
                    """, TODAY, "no-goals");
        }
    }

    @Nested
    class NoPlanB {

        @Test
        void firesAtTheProjectNameAndSuggestsSourcesWhenThereAreNone() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                    }
                    """, TODAY, f(1, 9, "no-plan-b").to(1, 15).message("Project `portal` has no Plan B: mark a backup "
                    + "decision-maker with `backup`, and note other sources of information with `source`"));
        }

        @Test
        void doesNotSuggestSourcesWhenThereAreSome() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      source "Annual report"
                    }
                    """, TODAY, f(1, 9, "no-plan-b")
                    .message("Project `portal` has no Plan B: mark a backup decision-maker with `backup`"));
        }

        @Test
        void doesNotFireWithABackup() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                      person boris { contact backup }
                    }
                    """, TODAY, "no-plan-b");
        }

        @Test
        void aSourceAloneIsNotABackupDecisionMaker() {
            assertFindings("""
                    project portal {
                      source "Annual report"
                      source "Their blog"
                    }
                    """, TODAY, f(1, 9, "no-plan-b"));
        }
    }

    @Nested
    class NoInfoSource {

        @Test
        void firesAtTheProjectName() {
            assertMarked("""
                    project [[portal]] {
                      person anna { decides backup }
                    }
                    """, TODAY, "no-info-source");
        }

        @Test
        void doesNotFireWithASource() {
            assertNoFinding("""
                    project portal {
                      source "Acme quarterly report"
                    }
                    """, TODAY, "no-info-source");
        }
    }

    @Nested
    class DecisionMakerGoalsUnknown {

        @Test
        void firesAtTheNameOfEachDecisionMakerWithoutAGoal() {
            assertMarked("""
                    project portal {
                      goal "Launch by December"
                      person [[anna]] "Anna Smirnova" { decides }
                      person boris { decides goal "Fewer incidents" }
                      person [[vera]] {
                        role "CFO"
                        decides
                      }
                    }
                    """, TODAY, "dm-goals-unknown");
        }

        @Test
        void namesThePersonByTheirFullName() {
            assertFindings("""
                    project portal {
                      person anna "Anna Smirnova" { decides }
                    }
                    """, TODAY, f(2, 10, "dm-goals-unknown").severity(Severity.WARNING).message("The goals of "
                    + "decision-maker Anna Smirnova are unknown: find out what they want, in the language of business (`goal`)"));
        }

        @Test
        void aBackupWhoDoesNotDecideIsNotChecked() {
            assertNoFinding("""
                    project portal {
                      person anna { decides goal "Grow revenue" }
                      person boris { backup }
                    }
                    """, TODAY, "dm-goals-unknown");
        }
    }

    @Nested
    class ContactMotivationUnknown {

        @Test
        void firesAtTheNameOfAContactWithNeitherMotivationNorGoal() {
            assertMarked("""
                    project portal {
                      person [[boris]] {
                        contact
                        role "Head of IT"
                        note "Likes long calls"
                      }
                    }
                    """, TODAY, "contact-motivation-unknown");
        }

        @Test
        void aMotivationIsEnough() {
            assertNoFinding("""
                    project portal {
                      person boris { contact motivation "Fewer night incidents" }
                    }
                    """, TODAY, "contact-motivation-unknown");
        }

        @Test
        void aGoalIsEnough() {
            assertNoFinding("""
                    project portal {
                      person boris { contact goal "Be seen as the owner of the portal" }
                    }
                    """, TODAY, "contact-motivation-unknown");
        }

        @Test
        void somebodyWhoIsNotTheContactIsNotChecked() {
            assertNoFinding("""
                    project portal {
                      person boris { role "Developer" }
                    }
                    """, TODAY, "contact-motivation-unknown");
        }
    }

    @Nested
    class NoPlan {

        @Test
        void anEmptyPlanIsNoPlan() {
            assertMarked("""
                    project [[portal]] {
                      plan { }
                    }
                    """, TODAY, "no-plan");
        }

        @Test
        void doesNotFireWithAStep() {
            assertNoFinding("""
                    project portal {
                      plan {
                        step golive "Go live" due 2026-12-15
                      }
                    }
                    """, TODAY, "no-plan");
        }

        @Test
        void aStepInALogCounts() {
            assertNoFinding("""
                    project portal {
                    }
                    log portal {
                      plan { step golive "Go live" due 2026-12-15 }
                    }
                    """, TODAY, "no-plan");
        }
    }

    @Nested
    class NoScenarios {

        @Test
        void firesAtTheProjectName() {
            assertFindings("""
                    project portal "Portal" {
                    }
                    """, TODAY, f(1, 9, "no-scenarios").to(1, 15).severity(Severity.INFO));
        }

        @Test
        void doesNotFireWithAScenario() {
            assertNoFinding("""
                    project portal {
                      scenario "Budget is cut: launch the FAQ only"
                    }
                    """, TODAY, "no-scenarios");
        }
    }
}
