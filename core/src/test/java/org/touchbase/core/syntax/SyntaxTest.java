package org.touchbase.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.english;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.findings;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Severity;

/** {@code syntax}: friendly messages at the offending token, and recovery (docs/reference.md, Lexical structure and Language rules). */
class SyntaxTest {

    @Nested
    class Messages {

        @Test
        void aCharacterThatBelongsNowhere() {
            assertFindings("""
                    project portal {
                      person anna { decides } ;
                    }
                    """, TODAY, f(2, 27, "syntax").to(2, 28).severity(Severity.ERROR)
                    .message("unexpected character `;`"));
        }

        @Test
        void anUnterminatedStringRunsToTheEndOfItsLine() {
            assertFindings("""
                    project portal {
                      person anna "Anna Smirnova { decides }
                    }
                    """, TODAY, f(2, 15, "syntax").to(2, 41).message("unterminated string: close it with \" on the "
                    + "same line, or use \"\"\" for text over several lines"));
        }

        @Test
        void anUnterminatedTripleQuotedString() {
            assertFindings("""
                    project portal {
                      scenario \"""Budget is cut
                    }
                    """, TODAY, f(2, 12, "syntax").message("unterminated string: a \"\"\" string needs a closing \"\"\""),
                    f(4, 1, "syntax"));
        }

        @Test
        void aTripleQuotedStringSpansLines() {
            assertNoFinding("""
                    project portal {
                      scenario \"""Budget is cut:
                        launch the FAQ only\"""
                    }
                    """, TODAY, "syntax");
        }

        @Test
        void anUnknownEscape() {
            assertFindings("""
                    project portal {
                      source "C:\\reports"
                      source "She said \\"yes\\"\\n\\\\"
                    }
                    """, TODAY, f(2, 10, "syntax").message("unknown escape `\\r` in a string: use \\\", \\\\ or \\n"));
        }

        @Test
        void anUnterminatedComment() {
            assertFindings("""
                    project portal {
                    }
                    /* notes
                    """, TODAY, f(3, 1, "syntax").message("unterminated comment: close it with */"));
        }

        @Test
        void aMalformedDateTimeOrDuration() {
            assertMarked("""
                    project portal {
                      starts [[2026-9-1]]
                      cadence [[12]]
                      touch 2026-09-05 [[9:30]] call with anna
                      respond within [[25h30]]
                      person anna { decides }
                    }
                    """, TODAY, "syntax");
            assertFindings("""
                    project portal {
                      starts 2026-9-1
                    }
                    """, TODAY, f(2, 10, "syntax").message("`2026-9-1` is not a date, a time or a duration: write "
                    + "dates as 2026-09-05, times as 14:30, durations as 4h, 1d, 2w or 1wd (working days)"));
        }

        @Test
        void aDurationTooLongToCount() {
            assertFindings("""
                    project portal {
                      cadence 9999999w
                    }
                    """, TODAY, f(2, 11, "syntax").message("`9999999w` is not a duration that can be counted"));
        }

        @Test
        void aMissingKeywordIsNamed() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch 2026-09-05 call anna
                    }
                    """, TODAY, f(3, 25, "syntax").message("missing `to`, `from` or `with` after `call`"));
        }

        @Test
        void whatWasExpectedAfterWhat() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      expect texts from anna "Texts"
                      goal "Launch"
                    }
                    """, TODAY, f(4, 3, "syntax").to(4, 7)
                    .message("expected `due` after the string \"Texts\", found `goal`"));
        }

        @Test
        void anItemOutOfPlaceNamesWhatCouldStandThere() {
            assertFindings("""
                    project portal {
                      step golive "Go live" due 2026-12-15
                    }
                    """, TODAY, f(2, 3, "syntax").message("expected a project item (person, touch, goal, plan …), "
                    + "`decides`, `backup`, `contact` or `}` after `{`, found `step`"));
        }

        @Test
        void anUnclosedProject() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                    """, TODAY, f(3, 1, "syntax").message("the end of the file is not expected here; expected a "
                    + "project item (person, touch, goal, plan …), `decides`, `backup`, `contact` or `}`"));
        }

        @Test
        void aStrayClosingBrace() {
            assertFindings("}\n", TODAY,
                    f(1, 1, "syntax").message("`}` is not expected here; expected the end of the file, `project` or `log`"));
        }

        @Test
        void inRussian() {
            Analysis analysis = analyze("""
                    project портал {
                      person анна { decides } @
                    }
                    """, TODAY);
            assertFindings(analysis, f(2, 27, "syntax").ru("неожиданный символ `@`"));
        }

        @Test
        void keywordsMayBeNames() {
            assertNoFinding("""
                    project portal {
                      person contact { decides contact goal "g" }
                      touch touch 2026-11-19 call with contact
                    }
                    """, TODAY, "syntax", "unknown-reference");
        }

        @Test
        void moreThanAHundredErrorsAreCutShort() {
            Analysis analysis = analyze("project portal {\n" + "  @\n".repeat(150) + "}\n", TODAY);
            List<Finding> syntax = findings(analysis, "syntax");
            assertEquals(101, syntax.size());
            assertEquals("more than 100 syntax errors in this file; the rest are not reported",
                    english(syntax.get(100)));
        }
    }

    @Nested
    class Recovery {

        @Test
        void aTouchWithoutADateCostsOneErrorAndTheNextTouchCounts() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides }
                      touch call with anna
                      touch 2026-11-05 meeting with anna "Demo"
                    }
                    """, TODAY);
            assertFindings(analysis, f(3, 14, "syntax"), f(4, 3, "meeting-without-summary"));
            assertNoFinding(analysis, "unknown-reference");
        }

        @Test
        void aMalformedDateCostsOneErrorAndTheRestOfTheTouchCounts() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides }
                      touch 2026-9-5 meeting with anna "Demo"
                      touch 2026-11-05 meeting with anna "Review"
                    }
                    """, TODAY);
            assertFindings(analysis, f(3, 9, "syntax"), f(4, 3, "meeting-without-summary"));
            assertFindings(analysis, f(3, 3, "aimless-touch"), f(4, 3, "aimless-touch"));
        }

        @Test
        void aPersonNotClosedDoesNotSwallowTheNextItem() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides
                      touch 2026-11-05 meeting with anna "Demo"
                    }
                    """, TODAY);
            assertFindings(analysis, f(3, 3, "syntax"), f(3, 3, "meeting-without-summary"));
            assertNoFinding(analysis, "no-decision-maker");
        }

        @Test
        void aStrayCharacterCostsOneError() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides } @
                      touch 2026-11-05 meeting with anna "Demo"
                    }
                    """, TODAY);
            assertFindings(analysis, f(2, 27, "syntax"), f(3, 3, "meeting-without-summary"));
        }

        @Test
        void eachLineWithStrayCharactersCostsOneError() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides } @@@ @
                      ;
                      touch 2026-11-05 meeting with anna "Demo" #
                    }
                    """, TODAY);
            assertFindings(analysis, f(2, 27, "syntax"), f(3, 3, "syntax"), f(4, 3, "meeting-without-summary"),
                    f(4, 45, "syntax"));
        }

        @Test
        void anUnterminatedStringCostsOneError() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides }
                      touch 2026-11-05 meeting with anna "Demo
                      touch 2026-11-06 meeting with anna "Review"
                    }
                    """, TODAY);
            assertFindings(analysis, f(3, 3, "meeting-without-summary"), f(3, 38, "syntax"),
                    f(4, 3, "meeting-without-summary"));
        }

        @Test
        void theNextProjectIsCheckedAfterABrokenOne() {
            Analysis analysis = analyze("""
                    project portal {
                      person anna { decides
                      touch call
                    project app {
                      goal "Ship it"
                    }
                    """, TODAY);
            assertFindings(analysis, f(3, 3, "syntax"), f(4, 1, "syntax"), f(4, 9, "no-decision-maker"));
        }
    }
}
