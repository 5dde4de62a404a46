package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;

/** Version 2: {@code empty-text}, and a summary with nothing written in it is no summary. */
class EmptyTextTest {

    static final String MEETING = """
            project portal {
              person anna { decides }
              touch 2026-11-05 meeting with anna "Review" {
                purpose "p" benefit "b"
                summary final {
                  %s
                }
              }
            }
            """;

    @Test
    void anEmptyOrBlankTextFiresAtTheString() {
        assertMarked(MEETING.formatted("decision [[\"\"]]  decision \"Go\""), TODAY, "empty-text");
        assertFindings(MEETING.formatted("question \"  \""), TODAY, f(6, 16, "empty-text").to(6, 20)
                .message("This `question` text is empty: write it, or remove the item")
                .ru("Текст `question` пуст: заполните его или удалите элемент"));
    }

    @Test
    void textsEverywhereAreChecked() {
        assertFindings("""
                project portal "" {
                  goal ""
                  person anna { decides role " " }
                  touch 2026-11-05 letter to anna "" { purpose "" benefit "b" note "" }
                  expect texts from anna "" due 2026-11-30 received 2026-11-10 partly ""
                }
                """, TODAY, f(1, 16, "empty-text"), f(2, 8, "empty-text"), f(3, 30, "empty-text"),
                f(4, 35, "empty-text"), f(4, 48, "empty-text"), f(4, 68, "empty-text"), f(5, 26, "empty-text"),
                f(5, 71, "empty-text"));
    }

    @Test
    void aFilledInTextDoesNotFire() {
        assertNoFinding(MEETING.formatted("decision \"Blue theme\""), TODAY, "empty-text");
    }

    @Test
    void anUnfilledSummaryIsNoSummary() {
        assertFindings(MEETING.formatted("decision \"\" action \"\" owner anna due 2026-11-30 question \"\""), TODAY,
                f(3, 3, "meeting-without-summary").message("\"Review\" (meeting, 5 Nov) has a summary with "
                        + "nothing written in it: fill in the decisions, actions and open questions")
                        .ru("«Review» (встреча, 5 ноября): итоги не заполнены: впишите решения, задачи и открытые "
                                + "вопросы"));
        assertFindings(MEETING.formatted(""), TODAY, f(3, 3, "meeting-without-summary"));
    }

    @Test
    void oneWrittenTextMakesItASummary() {
        assertNoFinding(MEETING.formatted("decision \"\" question \"Who signs off?\""), TODAY,
                "meeting-without-summary");
    }

    @Test
    void theTextsOfPeopleOverTimeAndOfOurTeamToo() {
        assertFindings("""
                project portal {
                  member olga "" { role "Account manager" }
                  person anna { decides prefers message "" left 2026-12-01 "" away 2026-11-02 until 2026-11-06 " " }
                }
                """, TODAY, f(2, 15, "empty-text"), f(3, 41, "empty-text"), f(3, 60, "empty-text"),
                f(3, 96, "empty-text"));
    }
}
