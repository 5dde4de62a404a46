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
import org.touchbase.core.analysis.Analysis;

/** The language rules other than {@code syntax}: always errors (docs/reference.md, Names and Language rules). */
class LanguageRulesTest {

    private static final String VALID = """
            project portal {
              starts 2026-09-01
              launch 2026-12-15
              person anna { decides }
              plan { step golive "Go live" due 2026-12-15 done 2026-12-14 }
              touch q1 2026-09-05 14:30 letter from anna "Hosting?"
              touch 2026-09-05 15:00 reply to anna re q1 { ack eta 2026-09-06 }
              touch 2026-09-06 meeting with anna { summary { next 2026-09-20 10:00 } }
              expect texts from anna "Texts" due 2026-10-10 received 2026-10-09
            }
            """;

    @Nested
    class InvalidDate {

        @Test
        void firesAtEveryDateThatIsNotOnTheCalendar() {
            assertMarked("""
                    project portal {
                      starts [[2026-02-30]]
                      launch [[2026-13-01]]
                      person anna { decides }
                      plan { step golive "Go live" due [[2026-09-31]] done [[2026-00-10]] }
                      touch q1 [[2026-02-29]] 14:30 letter from anna "Hosting?"
                      touch 2026-09-05 15:00 reply to anna re q1 { ack eta [[2026-04-31]] }
                      touch 2026-09-06 meeting with anna { summary { next [[2026-06-31]] 10:00 } }
                      expect texts from anna "Texts" due [[2026-11-31]] received [[2026-10-32]]
                    }
                    """, TODAY, "invalid-date");
        }

        @Test
        void firesAtATimeThatIsNotOnTheClock() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-09-05 24:30 call with anna
                      touch 2026-09-06 12:60 call with anna
                    }
                    """, TODAY, f(3, 20, "invalid-date").to(3, 25).severity(Severity.ERROR)
                    .message("`24:30` is not a real time of day"), f(4, 20, "invalid-date"));
        }

        @Test
        void saysWhatIsWrong() {
            assertFindings("""
                    project portal {
                      starts 2026-02-30
                    }
                    """, TODAY, f(2, 10, "invalid-date").to(2, 20).message("`2026-02-30` is not a real calendar date")
                    .ru("`2026-02-30` — такой даты нет в календаре"));
        }

        @Test
        void realDatesAndLeapDaysAreFine() {
            assertNoFinding(VALID.replace("2026-09-01", "2028-02-29"), TODAY, "invalid-date", "syntax");
        }

        @Test
        void aTouchWithAnInvalidDateIsSeenByNoDateDrivenRule() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides goal "g" }
                      touch q1 2026-02-30 letter from anna "Hosting?"
                      touch 2026-02-31 meeting with anna "Demo" { purpose "p" benefit "b" }
                    }
                    """, TODAY);
            assertFindings(analysis, f(3, 12, "invalid-date"), f(4, 9, "invalid-date"));
            assertNoFinding(analysis, "unanswered", "meeting-without-summary", "touch-gap");
        }
    }

    @Nested
    class InvalidUse {

        @Test
        void noneInValidText() {
            assertNoFinding(VALID, TODAY, "invalid-use", "syntax", "unknown-reference", "duplicate-id");
        }

        @Test
        void reMustPointToAnIncomingTouch() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch t1 2026-09-05 letter to anna "Offer"
                      touch 2026-09-06 reply to anna re t1 "More"
                    }
                    """, TODAY, f(4, 37, "invalid-use").to(4, 39).severity(Severity.ERROR)
                    .message("`re t1` must point to an incoming touch (one `from` the client) or to a question we sent"));
        }

        @Test
        void confirmsOnASpokenTouch() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-09-05 call with anna {
                        agreed scope "v1"
                        confirms scope
                      }
                    }
                    """, TODAY, f(5, 5, "invalid-use").to(5, 19).message("a call is spoken and cannot put an "
                    + "agreement in writing: confirm it in a letter, a message or another written touch"));
        }

        @Test
        void ackWithoutReAndEtaWithoutAck() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-09-05 reply to anna { ack }
                      touch q1 2026-09-05 letter from anna "Q"
                      touch 2026-09-05 reply to anna re q1 { eta 2026-09-07 }
                    }
                    """, TODAY, f(3, 36, "invalid-use").message("`ack` needs `re`: say which incoming touch this "
                    + "acknowledges"), f(5, 42, "invalid-use").message("`eta` goes with `ack`: it is the date a "
                    + "promised answer will come"));
        }

        @Test
        void personFlagsOutsideAPerson() {
            assertMarked("""
                    project portal {
                      person anna { decides }
                      [[decides]]
                      [[backup]]
                      [[contact]]
                    }
                    """, TODAY, "invalid-use");
            assertFindings("""
                    project portal {
                      decides
                    }
                    """, TODAY, f(2, 3, "invalid-use")
                    .message("`decides` belongs inside a person, e.g. person anna { decides }"));
        }

        @Test
        void projectAttributesInALog() {
            assertMarked("""
                    project portal {
                      person anna { decides }
                    }
                    log portal {
                      [[client "Acme"]]
                      [[manager "Olga"]]
                      [[status paused]]
                      [[starts 2026-09-01]]
                      [[launch 2026-12-01]]
                      [[respond within 4h]]
                      [[cadence 7d]]
                      touch 2026-09-05 call with anna
                    }
                    """, TODAY, "invalid-use");
        }

        @Test
        void aProjectAttributeInALogDoesNotChangeTheProject() {
            assertNoFinding("""
                    project portal {
                      plan { step beta "Beta" due 2026-11-01 }
                    }
                    log portal {
                      status active
                    }
                    """.replace("project portal {", "project portal {\n  status done"), TODAY, "step-overdue");
        }

        @Test
        void singleItemsGivenTwiceInATouch() {
            assertMarked("""
                    project portal {
                      person anna { decides }
                      touch q1 2026-09-05 letter from anna "Q"
                      touch 2026-09-05 reply to anna re q1 {
                        purpose "a"
                        [[purpose "b"]]
                        benefit "a"
                        [[benefit "b"]]
                        ack
                        [[ack]]
                        eta 2026-09-06
                        [[eta 2026-09-07]]
                        [[re q1]]
                      }
                      touch 2026-09-06 meeting with anna {
                        summary interim { decision "a" }
                        [[summary final { decision "b" }]]
                      }
                    }
                    """, TODAY, "invalid-use");
        }

        @Test
        void singleItemsGivenTwiceInAPerson() {
            assertMarked("""
                    project portal {
                      person anna {
                        role "CEO"
                        [[role "Owner"]]
                        decides
                        [[decides]]
                        backup
                        [[backup]]
                        contact
                        [[contact]]
                        prefers call
                        [[prefers letter]]
                        goal "a"
                        goal "b"
                        note "a"
                        note "b"
                      }
                    }
                    """, TODAY, "invalid-use");
        }

        @Test
        void singleItemsGivenTwiceInAProject() {
            assertFindings("""
                    project portal {
                      status active
                      status done
                      plan { step beta "Beta" due 2026-11-01 }
                    }
                    """, TODAY, f(3, 3, "invalid-use").message("`status` is given twice; the first one counts"),
                    f(4, 10, "step-overdue"));
        }
    }

    @Nested
    class UnknownReference {

        @Test
        void firesAtEveryReferenceToNothing() {
            assertMarked("""
                    project portal {
                      person anna { decides }
                      touch 2026-09-05 call with anna, [[bob]] {
                        summary { action "Send" owner [[vera]] }
                      }
                      touch 2026-09-06 letter to anna re [[q9]] { confirms [[scope]] reminds [[texts]] }
                      expect logo from [[gleb]] "Logo" due 2026-10-01
                    }
                    log [[site]] {
                    }
                    """, TODAY, "unknown-reference");
        }

        @Test
        void saysWhatIsMissingAndSuggestsTheNearestName() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      person boris { contact }
                      touch 2026-09-05 call with anan
                      touch 2026-09-05 call with zed
                    }
                    """, TODAY, f(4, 30, "unknown-reference").severity(Severity.ERROR)
                    .message("there is no person `anan` in project `portal`; did you mean `anna`?")
                    .ru("в проекте `portal` нет человека `anan`; может быть, `anna`?"),
                    f(5, 30, "unknown-reference").message("there is no person `zed` in project `portal`"));
        }

        @Test
        void namesResolveAcrossFilesWithinTheProject() {
            assertNoFinding(analyze(files(
                    "a.client", """
                            project portal {
                              person anna { decides }
                              touch q1 2026-09-05 letter from anna "Q"
                            }
                            """,
                    "b.client", """
                            log portal {
                              touch 2026-09-05 reply to anna re q1 "A"
                            }
                            """), settings(TODAY)), "unknown-reference");
        }

        @Test
        void eachProjectHasItsOwnNames() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                    }
                    project app {
                      person oleg { decides }
                      touch 2026-09-05 call with anna
                    }
                    """, TODAY, f(6, 30, "unknown-reference")
                    .message("there is no person `anna` in project `app`"));
        }

        @Test
        void aLogOfAnUnknownProject() {
            assertFindings("""
                    project portal {
                    }
                    log portall {
                    }
                    """, TODAY, f(3, 5, "unknown-reference")
                    .message("there is no project `portall` in the workspace; did you mean `portal`?"));
        }
    }

    @Nested
    class DuplicateId {

        @Test
        void firesAtTheSecondDeclarationInEachNamespace() {
            assertMarked("""
                    project portal {
                      goal g "a"
                      goal [[g]] "b"
                      person anna { decides }
                      person [[anna]]
                      plan { step s "S" due 2026-10-01 step [[s]] "T" due 2026-10-02 }
                      touch t 2026-09-05 call with anna { agreed a "x" }
                      touch [[t]] 2026-09-06 call with anna { agreed [[a]] "y" }
                      expect e from anna "E" due 2026-10-01
                      expect [[e]] from anna "F" due 2026-10-02
                    }
                    project [[portal]] {
                    }
                    """, TODAY, "duplicate-id");
        }

        @Test
        void saysWhereTheFirstOneIs() {
            assertFindings(analyze(files(
                    "a.client", "project portal {\n  person anna { decides }\n}\n",
                    "b.client", "log portal {\n  person anna\n}\nproject portal {\n}\n"), settings(TODAY)),
                    f(2, 10, "duplicate-id").in("b.client")
                            .message("`anna` is already declared at a.client:2; the first declaration counts"),
                    f(4, 9, "duplicate-id").in("b.client")
                            .message("`portal` is already declared at a.client:1; the first declaration counts"));
        }

        @Test
        void theSameNameInDifferentNamespacesIsFine() {
            assertNoFinding("""
                    project portal {
                      goal design "Good design"
                      person design { decides }
                      plan { step design "Design" due 2026-10-01 }
                      touch design 2026-09-05 call with design { agreed design "Blue" }
                      expect design from design "Design" due 2026-10-01
                    }
                    project design {
                    }
                    """, TODAY, "duplicate-id");
        }

        @Test
        void theFirstDeclarationCounts() {
            assertFindings("""
                    project portal {
                      person anna { contact }
                      person anna { decides }
                    }
                    """, TODAY, f(1, 9, "no-decision-maker"), f(3, 10, "duplicate-id"));
        }
    }
}
