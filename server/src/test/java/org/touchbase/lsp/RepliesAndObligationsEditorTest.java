package org.touchbase.lsp;

import static org.touchbase.lsp.EditorAssert.testCodeAction;

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
        testCodeAction(MEETING.formatted(" brandbook") + "}\n", "action-overdue", "Remind boris of `brandbook`",
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
        testCodeAction(MEETING.formatted("") + "}\n", "action-overdue", "Remind boris of `a1`",
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
        testCodeAction(reminded + "}\n", "obligation-overdue", "Remind boris of `logo`", HEAD + """
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
}
