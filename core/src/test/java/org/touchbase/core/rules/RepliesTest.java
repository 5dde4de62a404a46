package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.touchbase.core.ClientAssert;

/**
 * Version 2, replies: {@code noreply}, calls answered in the conversation
 * unless {@code missed}, {@code re} to a question we sent, the time order of
 * {@code re}, {@code misdirected-reply} and {@code open-question}.
 */
class RepliesTest {

    @Nested
    class NoReply {

        @Test
        void aThankYouMarkedNoreplyIsNotUnanswered() {
            String text = """
                    project portal {
                      person boris { contact }
                      touch t1 2026-11-10 letter from boris "Thanks for the demo!" %s
                    }
                    """;
            assertFindings(text.formatted(""), TODAY, f(3, 3, "unanswered"));
            assertNoFinding(text.formatted("{ noreply }"), TODAY, "unanswered");
            assertNoFinding(text.formatted("{ noreply \"A thank-you\" }"), TODAY, "unanswered", "invalid-use");
        }

        @Test
        void noreplyOnATouchWeStartedIsInvalidUse() {
            assertFindings("""
                    project portal {
                      person boris { contact }
                      touch 2026-11-10 letter to boris "News" { noreply }
                    }
                    """, TODAY, f(3, 45, "invalid-use").to(3, 52).message(
                    "`noreply` is for an incoming touch (one `from` the client); this one is `to`")
                    .ru("`noreply` ставится у входящего касания (from — от клиента); у этого направление `to`"));
        }

        @Test
        void neitherTheNoreplyTouchNorAReplyToItCountsInTrust() {
            var analysis = ClientAssert.analyze("""
                    project portal {
                      person boris { contact }
                      touch t1 2026-11-10 letter from boris "Thanks!" { noreply }
                      touch 2026-11-10 12:00 reply to boris re t1 "You are welcome"
                    }
                    """, TODAY);
            Assertions.assertFalse(
                    analysis.trust(analysis.projects().get(0)).known(), "nothing to count");
        }
    }

    @Nested
    class SpokenIncoming {

        @Test
        void aCallFromTheClientWasAnsweredInTheConversation() {
            assertNoFinding("""
                    project portal {
                      person boris { contact }
                      touch c1 2026-11-10 call from boris "Hosting?"
                    }
                    """, TODAY, "unanswered", "late-reply");
        }

        @Test
        void aMissedCallMustBeCalledBack() {
            assertFindings("""
                    project portal {
                      person boris { contact }
                      touch c1 2026-11-10 09:00 call from boris "Hosting?" { missed }
                    }
                    """, TODAY, f(3, 3, "unanswered").message("\"Hosting?\" (call, 10 Nov) from boris was missed "
                    + "and has not been called back within 1 working day: call back now, or say when you will")
                    .ru("«Hosting?» (звонок, 10 ноября) (автор: boris): звонок пропущен, и мы не перезвонили в течение рабочего дня: "
                            + "перезвоните сейчас или скажите, когда перезвоните"));
        }

        @Test
        void aMissedCallCalledBackLateIsALateReply() {
            assertFindings("""
                    project portal {
                      person boris { contact }
                      touch c1 2026-11-10 09:00 call from boris "Hosting?" { missed }
                      touch 2026-11-12 09:00 call to boris re c1 "Our cloud"
                    }
                    """, TODAY, f(4, 3, "late-reply"));
        }

        @Test
        void missedOnALetterOrOnOurCallIsInvalidUse() {
            assertFindings("""
                    project portal {
                      person boris { contact }
                      touch 2026-11-10 letter from boris "Hosting?" { missed }
                      touch 2026-11-11 call to boris "Hosting" { missed }
                    }
                    """, TODAY,
                    f(3, 51, "invalid-use").message(
                            "`missed` is for a call or a meeting; a letter is written: it is answered, not called back"),
                    f(4, 46, "invalid-use").message(
                            "`missed` is for an incoming call or meeting (one `from` the client); this one is `to`"));
        }
    }

    @Nested
    class AnswersToOurQuestions {

        static final String ASKED = """
                project portal {
                  person anna { decides }
                  touch q5 2026-11-10 09:00 question to anna "Who signs off the texts?" {
                    purpose "Know whom to send the texts to" benefit "No texts wait for the wrong person"
                  }
                  %s
                }
                """;

        @Test
        void theClientsAnswerToOurQuestionNeedsNoAnswerItself() {
            String text = ASKED.formatted("touch 2026-11-11 reply from anna re q5 \"Boris does\"");
            assertNoFinding(text, TODAY, "invalid-use", "unanswered", "open-question", "late-reply");
        }

        @Test
        void reToAnIncomingLetterStillNeedsTheLetterToBeIncoming() {
            assertFindings("""
                    project portal {
                      person anna { decides }
                      touch l1 2026-11-10 letter to anna "Offer"
                      touch 2026-11-11 reply from anna re l1 "Thanks"
                    }
                    """, TODAY, f(4, 39, "invalid-use").message(
                    "`re l1` must point to an incoming touch (one `from` the client) or to a question we sent"));
        }

        @Test
        void ourOwnFollowUpIsNotAnAnswerToOurQuestion() {
            assertFindings(ASKED.formatted("touch 2026-11-11 reply to anna re q5 \"Any news?\""), TODAY,
                    f(6, 37, "invalid-use").message("`re q5` points at a question we sent: the touch that answers it "
                            + "comes from the client (`from` or `with`), not `to` them"));
        }

        @Test
        void anAnswerDuringACallWithTheClientCounts() {
            assertNoFinding(ASKED.formatted("touch 2026-11-12 call with anna re q5 \"Boris does\""), TODAY,
                    "invalid-use", "open-question");
        }
    }

    @Nested
    class TimeOrder {

        static final String LETTER = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-10 09:40 letter from boris "Hosting?"
                  touch %s reply to boris re q1 "Our cloud"
                }
                """;

        @Test
        void aReplyDatedBeforeWhatItAnswersIsInvalidUseAndAnswersNothing() {
            String text = LETTER.formatted("2026-11-09 12:00");
            assertFindings(text, TODAY, f(3, 3, "unanswered"), f(4, 44, "invalid-use").message(
                    "this reply is dated before `q1` (10 Nov 2026), which it answers: check the date or `re`")
                    .ru("этот ответ датирован раньше касания `q1` (10 ноября 2026 г.), на которое он отвечает: "
                            + "проверьте дату или `re`"));
        }

        @Test
        void aReplyInTheSameMinuteIsInOrder() {
            assertNoFinding(LETTER.formatted("2026-11-10 09:40"), TODAY, "invalid-use", "unanswered");
            assertFindings(LETTER.formatted("2026-11-10 09:39"), TODAY, f(4, 44, "invalid-use"));
        }

        @Test
        void withoutATimeTheDaysAreCompared() {
            assertNoFinding(LETTER.formatted("2026-11-10"), TODAY, "invalid-use", "unanswered");
        }
    }

    @Nested
    class MisdirectedReply {

        static final String TEXT = """
                project portal {
                  person anna { decides }
                  person boris { contact }
                  touch q1 2026-11-10 09:40 letter from boris "Which hosting do we use?"
                  [[touch 2026-11-10 11:00 reply to %s re q1 "Our cloud"]]
                }
                """;

        @Test
        void aReplyThatSharesNobodyWithTheLetterFires() {
            assertMarked(TEXT.formatted("anna"), TODAY, "misdirected-reply");
            assertFindings(TEXT.replace("[[", "").replace("]]", "").formatted("anna"), TODAY,
                    f(5, 3, "misdirected-reply").message("This reply is with anna, but \"Which hosting do we use?\" "
                            + "(letter, 10 Nov) was with boris: nobody is in both; answer the right person, "
                            + "or point `re` at the right touch")
                            .ru("Участники этого ответа: anna; участники касания, на которое он отвечает "
                                    + "(«Which hosting do we use?» (письмо, 10 ноября)): boris. Общих нет: ответьте "
                                    + "тому, кто писал, или исправьте `re`"));
        }

        @Test
        void itStillCountsAsTheAnswer() {
            assertNoFinding(TEXT.replace("[[", "").replace("]]", "").formatted("anna"), TODAY, "unanswered");
        }

        @Test
        void aReplyToTheWriterOrToSeveralIncludingThemDoesNotFire() {
            assertNoFinding(TEXT.replace("[[", "").replace("]]", "").formatted("boris"), TODAY, "misdirected-reply");
            assertNoFinding(TEXT.replace("[[", "").replace("]]", "").formatted("anna, boris"), TODAY,
                    "misdirected-reply");
        }
    }

    @Nested
    class OpenQuestion {

        static final String QUESTION = """
                project portal {
                  %s
                  person anna { decides }
                  touch q5 2026-11-13 09:00 question to anna "Who signs off the texts?" {
                    purpose "Know whom to send the texts to" benefit "No texts wait for the wrong person"
                  }
                }
                """;

        @Test
        void firesExactlyRemindEveryAfterTheQuestion() {
            String text = QUESTION.formatted("");
            assertNoFinding(text, "2026-11-20 08:59", "open-question");
            assertFindings(text, "2026-11-20 09:00", f(4, 3, "open-question").message(
                    "No answer to our question \"Who signs off the texts?\" (question, 13 Nov), sent to anna, "
                            + "for 7 days (reminders go every 7 days): ask again, or find the answer elsewhere")
                    .ru("Нет ответа на наш вопрос: «Who signs off the texts?» (вопрос, 13 ноября) (кому: anna) — "
                            + "уже 7 дней (напоминать нужно раз в 7 дней): спросите снова или найдите ответ в другом "
                            + "источнике"));
        }

        @Test
        void theProjectsRemindEveryCounts() {
            assertNoFinding(QUESTION.formatted("remind every 14d"), TODAY, "open-question");
        }

        @Test
        void aPausedProjectIsNotAsked() {
            assertNoFinding(QUESTION.formatted("status paused"), TODAY, "open-question");
        }

        @Test
        void aQuestionFromTheClientIsNotOurs() {
            assertNoFinding("""
                    project portal {
                      person anna { decides }
                      touch q5 2026-11-01 question from anna "Who signs off?"
                    }
                    """, TODAY, "open-question");
        }
    }
}
