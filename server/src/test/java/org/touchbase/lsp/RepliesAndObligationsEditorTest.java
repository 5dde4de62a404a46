package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.touchbase.lsp.EditorAssert.assertHover;
import static org.touchbase.lsp.EditorAssert.testCodeAction;
import static org.touchbase.lsp.EditorAssert.testCompletionFor;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;

/**
 * The quick fixes of version 2's replies, obligations and actions, applied
 * through JSON-RPC: each removes its finding and changes no other.
 */
class RepliesAndObligationsEditorTest {

    static final String HEAD = CodeActionTest.HEAD;

    @Test
    void aThankYouIsMarkedNoreply() throws Exception {
        testCodeAction(HEAD + """
                  touch q1 2026-11-16 letter from boris "Thanks for the demo!"
                }
                """, "unanswered", "It needs no answer (mark it `noreply`)", HEAD + """
                  touch q1 2026-11-16 letter from boris "Thanks for the demo!" {
                    noreply
                  }
                }
                """);
        testCodeAction(HEAD + """
                  touch q1 2026-11-16 letter from boris "Thanks for the demo!" {
                    note "Sent after the demo"
                  }
                }
                """, "unanswered", "It needs no answer (mark it `noreply`)", HEAD + """
                  touch q1 2026-11-16 letter from boris "Thanks for the demo!" {
                    note "Sent after the demo"
                    noreply
                  }
                }
                """);
    }

    static final String MEETING = HEAD + """
              touch 2026-11-12 meeting with anna, boris "Review" {
                purpose "Review" benefit "Clarity"
                summary final {
                  decision "Go"
                  action%s "Send the brand book" owner boris due 2026-11-13
                }
              }
            """;

    @Test
    void anOverdueActionIsMarkedDoneToday() throws Exception {
        testCodeAction(MEETING.formatted(" brandbook") + "}\n", "action-overdue", "Mark the action done today (2026-11-20)",
                MEETING.formatted(" brandbook").replace("due 2026-11-13", "due 2026-11-13 done 2026-11-20") + "}\n");
    }

    @Test
    void theClientsOverdueActionGetsAReminder() throws Exception {
        testCodeAction(MEETING.formatted(" brandbook") + "}\n", "action-overdue", "Remind Boris of `brandbook`",
                MEETING.formatted(" brandbook") + """
                  touch 2026-11-20 reminder to boris "Reminder: Send the brand book" {
                    purpose "Get what was promised: Send the brand book"
                    benefit "The plan keeps its dates"
                    reminds brandbook
                  }
                }
                """);
    }

    @Test
    void anActionWithoutAnIdGetsOneBeforeItIsReminded() throws Exception {
        testCodeAction(MEETING.formatted("") + "}\n", "action-overdue", "Remind Boris of `a1`",
                MEETING.formatted(" a1") + """
                  touch 2026-11-20 reminder to boris "Reminder: Send the brand book" {
                    purpose "Get what was promised: Send the brand book"
                    benefit "The plan keeps its dates"
                    reminds a1
                  }
                }
                """);
    }

    @Test
    void anObligationRemindedTooLongAgoGetsAnotherReminder() throws Exception {
        String reminded = HEAD + """
                  expect logo from boris "Logo" due 2026-11-05
                  touch 2026-11-06 reminder to boris { purpose "Logo" benefit "Dates" reminds logo }
                """;
        testCodeAction(reminded + "}\n", "obligation-overdue", "Remind Boris of `logo`", HEAD + """
                  expect logo from boris "Logo" due 2026-11-05
                  touch 2026-11-20 reminder to boris "Reminder: Logo" {
                    purpose "Get what was promised: Logo"
                    benefit "The plan keeps its dates"
                    reminds logo
                  }
                  touch 2026-11-06 reminder to boris { purpose "Logo" benefit "Dates" reminds logo }
                }
                """);
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void reOffersIncomingTouchesAndOurOpenQuestions() {
        List<String> labels = labels(testCompletionFor(HEAD + """
                  touch l1 2026-11-16 letter from boris "Hosting?"
                  touch q5 2026-11-16 question to anna "Who signs?" { purpose "p" benefit "b" }
                  touch q6 2026-11-16 question to anna "Colour?" { purpose "p" benefit "b" }
                  touch 2026-11-17 reply from anna re q6 "Blue"
                  touch o1 2026-11-16 letter to anna "Offer" { purpose "p" benefit "b" }
                  touch 2026-11-18 reply from anna re |
                }
                """, "l1", "q5"));
        assertFalse(labels.contains("q6"), "an answered question: " + labels);
        assertFalse(labels.contains("o1"), "a letter we sent: " + labels);
    }

    @Test
    void remindsOffersOpenObligationsAndTheClientsActions() {
        List<String> labels = labels(testCompletionFor("""
                project p "P" {
                  member olga "Olga" { role "Account manager" }
                  person anna "Anna" { decides }
                  touch 2026-11-12 meeting with anna "Review" {
                    summary final {
                      action photos "Send the photos" owner anna due 2026-11-13
                      action texts "Send the texts" owner anna due 2026-11-13 done
                      action mockups "Send the mockups" owner olga due 2026-11-13
                    }
                  }
                  expect logo from anna "Logo" due 2026-11-14
                  expect keys from anna "Keys" due 2026-11-14 received 2026-11-13
                  expect menu from anna "Menu" due 2026-11-14 received 2026-11-13 partly "half"
                  touch 2026-11-18 reminder to anna { reminds | }
                }
                """, "photos", "logo", "menu"));
        assertFalse(labels.contains("texts"), "a done action: " + labels);
        assertFalse(labels.contains("mockups"), "our own action: " + labels);
        assertFalse(labels.contains("keys"), "a received obligation: " + labels);
    }

    static final String STATES = """
            project p "P" {
              member olga "Olga" { role "Account manager" }
              person anna "Anna" { decides }
              touch 2026-11-02 11:00 call with anna "Scope" {
                agreed scope "Catalogue first"
                agreed scope2 "Catalogue and cart" replaces scope
              }
              touch 2026-11-12 meeting with anna "Review" {
                summary final {
                  action photos "Send the photos" owner anna due 2026-11-13
                  action mockups "Send the mockups" owner olga due 2026-11-14 done 2026-11-14
                }
              }
              touch 2026-11-16 letter to anna "Scope in writing" { confirms scope2 }
              touch 2026-11-14 reminder to anna { reminds photos, menu }
              expect menu from anna "Menu" due 2026-11-10 received 2026-11-13 partly "Half of the menu"
              touch q5 2026-11-16 09:00 question to anna "Who signs?"
              touch 2026-11-17 reply from anna re q5 "Boris"
              touch t1 2026-11-18 letter from anna "Thanks!" { noreply "A thank-you" }
            }
            """;

    @Test
    void hoverShowsAnActionsState() {
        assertHover(STATES.replace("action photos", "action pho|tos"), "**Action** · `photos`", "**Owner:** anna",
                "past due and reminded; remind again from 21 Nov", "**Reminders:** the reminder of 14 Nov");
        assertHover(STATES.replace("2026-11-14 reminder", "2026-11-13 reminder").replace("action photos", "action pho|tos"),
                "overdue: remind the owner", "**Overdue since:** 14 Nov");
        assertHover(STATES.replace("action mockups", "action mock|ups"), "**State:** done on 14 Nov");
    }

    @Test
    void hoverShowsAnObligationsRemindersAndParts() {
        assertHover(STATES.replace("expect menu", "expect me|nu"),
                "**Parts received:** Half of the menu \\(13 Nov\\)", "**Reminders:** the reminder of 14 Nov");
    }

    @Test
    void hoverShowsAnAgreementsConfirmationAndWhatReplacedIt() {
        assertHover(STATES.replace("agreed scope \"", "agreed sc|ope \""), "Replaced by \\`scope2\\`");
        assertHover(STATES.replace("agreed scope2", "agreed sco|pe2"), "Recorded in writing",
                "late: not within 1 working day", "replaces \\`scope\\`");
    }

    @Test
    void hoverShowsWhatAnswersAReplyOrAQuestion() {
        assertHover(STATES.replace("touch q5 2026-11-16 09:00 question", "touch q5 2026-11-16 09:00 que|stion"),
                "**Answer:** answered:");
        assertHover(STATES.replace("touch t1 2026-11-18 letter", "touch t1 2026-11-18 let|ter"),
                "needs no answer: A thank\\-you");
    }

    @Test
    void theNewItemsAreFormattedLikeTheOthers() throws Exception {
        FormattingTest.expectFormatting("""
                project p {
                remind   every 7d
                  confirm within 1wd
                  person anna { decides }
                    touch t1 2026-11-12 letter from anna "Thanks!" {   noreply "A thank-you" }
                  touch 2026-11-13 meeting with anna {
                  agreed zones2 "City"   replaces zones
                      summary final { action photos "Photos" owner anna due 2026-11-20   done 2026-11-19 }
                  }
                  expect texts from anna "Texts" due 2026-11-10 received 2026-11-09   partly "13 of 15"
                }
                """, """
                project p {
                  remind every 7d
                  confirm within 1wd
                  person anna {
                    decides
                  }
                  touch t1 2026-11-12 letter from anna "Thanks!" {
                    noreply "A thank-you"
                  }
                  touch 2026-11-13 meeting with anna {
                    agreed zones2 "City" replaces zones
                    summary final {
                      action photos "Photos" owner anna due 2026-11-20 done 2026-11-19
                    }
                  }
                  expect texts from anna "Texts" due 2026-11-10 received 2026-11-09 partly "13 of 15"
                }
                """);
    }
}
