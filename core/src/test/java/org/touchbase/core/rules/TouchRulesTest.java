package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.settings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.time.Term;

/** The rules about touches we start and how often we touch the key people. */
class TouchRulesTest {

    @Nested
    class AimlessTouch {

        @Test
        void firesAtTheHeaderOfTouchesWeStartedWithoutPurposeOrBenefit() {
            assertMarked("""
                    project portal {
                      person anna { decides }
                      [[touch 2026-11-13 11:00 ping to anna "Beta is up"]]
                      [[touch 2026-11-14 call with anna]] { purpose "Check in" }
                      [[touch 2026-11-15 letter to anna "Invoice"]] { benefit "Pays on time" }
                      touch 2026-11-16 meeting with anna "Review" {
                        purpose "Agree the release"
                        benefit "Anna decides with numbers in hand"
                        summary { decision "Release" }
                      }
                    }
                    """, TODAY, "aimless-touch");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                 | has no purpose and no benefit: say what it means for us (`purpose`) and what the client gains (`benefit`)
                benefit "b" | has no purpose: say what it means for us (`purpose`)
                purpose "p" | has no benefit: say what the client gains from it (`benefit`)
                """)
        void saysWhatIsMissing(String items, String message) {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-11-13 ping to anna { %s }
                    }
                    """.formatted(items == null ? "" : items), TODAY, f(3, 3, "aimless-touch")
                    .severity(Severity.HINT).message("the ping of 13 Nov " + message));
        }

        @Test
        void repliesAndIncomingTouchesAreExempt() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                      touch q1 2026-11-13 letter from anna "Hosting?"
                      touch 2026-11-13 reply to anna re q1 "Our cloud"
                      touch 2026-11-14 letter to anna { re q1 }
                    }
                    """, TODAY, "aimless-touch");
        }

        @Test
        void aReplyIsExemptWhateverItsRePointsTo() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                      touch q1 2026-11-13 letter to anna "Hosting?" { purpose "p" benefit "b" }
                      touch 2026-11-13 reply to anna re q1 "Our cloud"
                    }
                    """, TODAY, "aimless-touch");
        }

        @Test
        void plannedTouchesAreCheckedToo() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-11-24 10:00 meeting with anna "Beta review"
                    }
                    """, TODAY, f(3, 3, "aimless-touch"));
        }

        @Test
        void isCheckedWhateverTheStatus() {
            assertFindings("""
                    project portal {
                      status paused
                      person anna { decides }
                      touch 2026-11-13 ping to anna
                    }
                    """, TODAY, f(4, 3, "aimless-touch"));
        }
    }

    @Nested
    class TouchGap {

        private static final String LAST_TOUCH_AT = """
                project portal {
                  person anna "Anna Smirnova" { decides }
                  touch %s call with anna
                }
                """;

        @Test
        void firesAtTheNameOfAKeyPersonSilentForLongerThanTheCadence() {
            assertMarked("""
                    project portal {
                      person [[anna]] { decides }
                      person [[boris]] { contact }
                      person vera { role "Accountant" }
                      person gleb { backup }
                      touch 2026-10-01 call with anna, boris, vera, gleb
                    }
                    """, TODAY, "touch-gap");
        }

        @Test
        void saysHowLongTheSilenceIs() {
            assertFindings(LAST_TOUCH_AT.formatted("2026-10-20 12:00"), TODAY, f(2, 10, "touch-gap")
                    .severity(Severity.WARNING).message("No touch with Anna Smirnova for 30 days "
                            + "(the last on 20 Oct; cadence: every 14 days): get in touch"));
        }

        @Test
        void silenceExactlyEqualToTheCadenceIsFine() {
            String text = LAST_TOUCH_AT.formatted("2026-11-06 12:00");
            assertNoFinding(text, "2026-11-20 12:00", "touch-gap");
            assertFindings(text, "2026-11-20 12:01", f(2, 10, "touch-gap"));
        }

        @Test
        void anyKindAndDirectionEndsTheSilence() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                      touch 2026-10-01 call with anna
                      touch q1 2026-11-18 letter from anna "Question"
                    }
                    """, TODAY, "touch-gap");
        }

        @Test
        void aPlannedTouchIsNobodysLastTouch() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-10-20 call with anna
                      touch 2026-11-24 meeting with anna "Beta review"
                    }
                    """, TODAY, f(2, 10, "touch-gap").message(
                    "No touch with anna for 31 days (the last on 20 Oct; cadence: every 14 days): get in touch"));
        }

        @Test
        void withNoTouchAtAllItCountsFromTheStartOfTheProject() {
            String text = """
                    project portal {
                      starts %s
                      person anna { decides }
                    }
                    """;
            assertFindings(text.formatted("2026-09-07"), TODAY, f(3, 10, "touch-gap").message(
                    "No touch with anna at all in the 74 days since the project started (cadence: every 14 days): get in touch"));
            assertNoFinding(text.formatted("2026-11-06"), TODAY, "touch-gap");
            assertFindings(text.formatted("2026-11-05"), TODAY, f(3, 10, "touch-gap"));
        }

        @Test
        void withNoTouchAndNoStartThereIsNoFinding() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                    }
                    """, TODAY, "touch-gap");
        }

        @Test
        void theProjectsCadenceCounts() {
            String text = """
                    project portal {
                      cadence 2w
                      person anna { decides }
                      touch 2026-11-06 call with anna
                    }
                    """;
            assertNoFinding(text, TODAY, "touch-gap");
            assertFindings(text.replace("2w", "13d"), TODAY, f(3, 10, "touch-gap").message(
                    "No touch with anna for 14 days (the last on 6 Nov; cadence: every 13 days): get in touch"));
        }

        @Test
        void theConfiguredCadenceIsTheDefault() {
            String text = LAST_TOUCH_AT.formatted("2026-11-01");
            Settings defaults = settings(TODAY);
            assertFindings(analyze(text, defaults), f(2, 10, "touch-gap"));
            assertNoFinding(analyze(text, new Settings(defaults.now(), defaults.respondWithin(),
                    Term.days(30), defaults.remindEvery(), defaults.confirmWithin(), defaults.calendar(),
                    defaults.rules())), "touch-gap");
        }
    }
}
