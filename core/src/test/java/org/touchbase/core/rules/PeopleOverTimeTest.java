package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about people look at a person's part now: {@code since}, {@code until}, {@code left}, {@code away}. */
class PeopleOverTimeTest {

    @Nested
    class NoDecisionMaker {

        private static final String HANDOVER = """
                project portal {
                  person oleg "Oleg Sokolov" { decides until %s  goal "g" }
                  person irina "Irina Volkova" { decides since %s  goal "g" }
                }
                """;

        @Test
        void aHandoverLeavesNoGap() {
            assertNoFinding(HANDOVER.formatted("2026-10-11", "2026-10-12"), TODAY, "no-decision-maker");
        }

        @Test
        void aPeriodThatStartsTodayHoldsToday() {
            assertNoFinding(HANDOVER.formatted("2026-10-11", "2026-11-20"), TODAY, "no-decision-maker");
            assertFindings(HANDOVER.formatted("2026-10-11", "2026-11-21"), TODAY, f(1, 9, "no-decision-maker"));
        }

        @Test
        void aPeriodThatEndsTodayHoldsThroughToday() {
            String text = """
                    project portal {
                      person oleg "Oleg Sokolov" { decides until %s  goal "g" }
                    }
                    """;
            assertNoFinding(text.formatted("2026-11-20"), "2026-11-20 23:59", "no-decision-maker");
            assertFindings(text.formatted("2026-11-20"), "2026-11-21", f(1, 9, "no-decision-maker"));
        }

        @Test
        void saysWhoDecidedAndSinceWhenNobodyDoes() {
            assertFindings(HANDOVER.formatted("2026-10-11", "2026-12-01"), TODAY, f(1, 9, "no-decision-maker")
                    .message("Nobody in project `portal` decides since 12 Oct (the last decision-maker was Oleg "
                            + "Sokolov): find out who decides now and mark that person with `decides`")
                    .ru("В проекте `portal` никто не принимает решения с 12 октября (последний ЛПР: Oleg Sokolov): "
                            + "выясните, кто решает теперь, и отметьте этого человека словом `decides`"));
        }

        @Test
        void aDecisionMakerWhoLeftIsNotCounted() {
            assertFindings("""
                    project portal {
                      person oleg "Oleg Sokolov" { decides  goal "g"  left 2026-11-02 "Moved to a competitor" }
                    }
                    """, TODAY, f(1, 9, "no-decision-maker").message("Nobody in project `portal` decides since "
                    + "2 Nov (the last decision-maker was Oleg Sokolov): find out who decides now and mark that "
                    + "person with `decides`"));
        }

        @Test
        void aLeftInTheFutureStillCounts() {
            assertNoFinding("""
                    project portal {
                      person oleg { decides  goal "g"  left 2026-12-01 }
                    }
                    """, TODAY, "no-decision-maker");
        }
    }

    @Nested
    class OtherPeopleRules {

        @Test
        void noPlanBLooksAtTheBackupNow() {
            String text = """
                    project portal {
                      person anna { decides goal "g" }
                      person boris { backup until %s }
                      source "Report"
                    }
                    """;
            assertNoFinding(text.formatted("2026-11-30"), TODAY, "no-plan-b");
            assertFindings(text.formatted("2026-11-19"), TODAY, f(1, 9, "no-plan-b"));
        }

        @Test
        void aFormerDecisionMakersGoalsDoNotMatter() {
            assertNoFinding("""
                    project portal {
                      person oleg { decides until 2026-10-11 }
                      person irina { decides since 2026-10-12  goal "g" }
                    }
                    """, TODAY, "dm-goals-unknown");
            assertFindings("""
                    project portal {
                      person oleg { decides until 2026-10-11 }
                      person irina { decides since 2026-10-12 }
                    }
                    """, TODAY, f(3, 10, "dm-goals-unknown"));
        }

        @Test
        void aStandInContactIsNotAskedForMotivationOnceTheStandInIsOver() {
            assertNoFinding("""
                    project portal {
                      person boris { contact  motivation "m"  away 2026-10-19 until 2026-10-30 }
                      person vera { contact since 2026-10-19 until 2026-10-30 }
                    }
                    """, TODAY, "contact-motivation-unknown");
        }
    }

    @Nested
    class TouchGap {

        @Test
        void aStandInContactGetsNoWarningAfterTheStandInEnds() {
            assertNoFinding("""
                    project portal {
                      starts 2026-09-01
                      person anna { decides goal "g" }
                      person boris { contact  away 2026-10-19 until 2026-10-30 }
                      person vera { contact since 2026-10-19 until 2026-10-30 }
                      touch 2026-11-18 call with anna, boris
                      touch 2026-10-20 call with vera
                    }
                    """, TODAY, "touch-gap");
        }

        @Test
        void nobodyIsWarnedAboutWhileAway() {
            assertNoFinding("""
                    project portal {
                      person boris { contact  away 2026-11-01 until 2026-11-30 "Leave" }
                      touch 2026-09-01 call with boris
                    }
                    """, TODAY, "touch-gap");
        }

        @Test
        void anAbsenceSpanningTheCadenceDoesNotCountAsSilence() {
            String text = """
                    project portal {
                      person boris "Boris" { contact  away 2026-10-05 until %s }
                      touch 2026-10-01 call with boris
                    }
                    """;
            assertNoFinding(text.formatted("2026-11-10"), TODAY, "touch-gap");
            assertNoFinding(text.formatted("2026-11-05"), TODAY, "touch-gap");
            assertFindings(text.formatted("2026-11-04"), TODAY, f(2, 10, "touch-gap").message(
                    "No touch with Boris for 15 days since they came back on 5 Nov (cadence: every 14 days): get in touch")
                    .ru("Boris: нет касаний уже 15 дней после возвращения 5 ноября (периодичность касаний: раз в 14 дней): свяжитесь"));
        }

        @Test
        void aNewDecisionMakerNeverTouchedCountsFromTheStartOfTheirPart() {
            String text = """
                    project portal {
                      starts 2026-09-01
                      person irina "Irina" { decides since %s  goal "g" }
                    }
                    """;
            assertNoFinding(text.formatted("2026-11-10"), TODAY, "touch-gap");
            assertFindings(text.formatted("2026-11-01"), TODAY, f(3, 10, "touch-gap").message(
                    "No touch with Irina at all in the 19 days since their part began on 1 Nov (cadence: every 14 days): "
                            + "get in touch"));
        }

        @Test
        void someoneWhoLeftIsNotWaitedFor() {
            assertNoFinding("""
                    project portal {
                      person anna { decides goal "g" }
                      person boris { contact  left 2026-11-01 }
                      touch 2026-11-18 call with anna
                      touch 2026-09-01 call with boris
                    }
                    """, TODAY, "touch-gap");
        }

        @Test
        void pointsAtThePersonsName() {
            assertMarked("""
                    project portal {
                      person [[boris]] { contact since 2026-09-01 }
                      touch 2026-09-02 call with boris
                    }
                    """, TODAY, "touch-gap");
        }
    }
}
