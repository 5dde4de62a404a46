package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.EditorAssert.action;
import static org.touchbase.lsp.EditorAssert.codeActions;
import static org.touchbase.lsp.EditorAssert.testCodeAction;
import static org.touchbase.lsp.LspAssert.caret;
import static org.touchbase.lsp.LspAssert.only;
import static org.touchbase.lsp.LspAssert.r;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;

/** The quick fixes and refactorings of docs/reference.md, Code actions, applied and checked again. */
class CodeActionTest {

    /** A project with nothing to find, so that each test shows only its own finding. */
    static final String HEAD = """
            project p "P" {
              goal "Launch"
              person anna "Anna" { decides backup goal "Growth" }
              person boris "Boris" { contact motivation "Calm nights" }
              source "Annual report"
              scenario "Plan B"
              plan { step s "Start" due 2026-12-01 }
            """;

    @Test
    void finalSummaryOfAMeetingWithOneActionPerAttendee() throws Exception {
        CodeAction action = testCodeAction(HEAD + """
                  touch 2026-11-12 meeting with anna, boris "Review" {
                    purpose "Review"
                    benefit "Clarity"
                  }
                }
                """, "meeting-without-summary", "Insert a final summary", HEAD + """
                  touch 2026-11-12 meeting with anna, boris "Review" {
                    purpose "Review"
                    benefit "Clarity"
                    summary final {
                      decision ""
                      action a1 "" owner anna due 2026-11-27
                      action a2 "" owner boris due 2026-11-27
                      question ""
                      next 2026-11-27
                    }
                  }
                }
                """, "empty-text", "meeting-without-summary");
        // Unfilled, the template is no summary yet: each "" is an empty-text finding, and the meeting's
        // finding says the summary has nothing written in it until one text is.
        assertEquals(Boolean.TRUE, action.getIsPreferred());
    }

    @Test
    void aSummarySavedUnfilledIsReplacedByTheTemplateNotJoinedByASecondOne() throws Exception {
        testCodeAction(HEAD + """
                  touch 2026-11-12 meeting with anna "Review" {
                    purpose "Review"
                    benefit "Clarity"
                    summary final {
                      decision ""
                      question " "
                    }
                  }
                }
                """, "meeting-without-summary", "Insert a final summary", HEAD + """
                  touch 2026-11-12 meeting with anna "Review" {
                    purpose "Review"
                    benefit "Clarity"
                    summary final {
                      decision ""
                      action a1 "" owner anna due 2026-11-27
                      question ""
                      next 2026-11-27
                    }
                  }
                }
                """, "empty-text", "meeting-without-summary");
    }

    @Test
    void interimSummaryInAOneLineBodyAndInATouchWithoutBody() throws Exception {
        testCodeAction(HEAD + """
                  touch 2026-11-12 presentation with boris { purpose "Demo" benefit "See it" }
                }
                """, "meeting-without-summary", "Insert an interim summary", HEAD + """
                  touch 2026-11-12 presentation with boris { purpose "Demo" benefit "See it"\s
                    summary interim {
                      decision ""
                      action a1 "" owner boris due 2026-11-27
                      question ""
                      next 2026-11-27
                    }
                  }
                }
                """, "aimless-touch", "empty-text", "meeting-without-summary");
        testCodeAction(HEAD + """
                  touch 2026-11-12 meeting with anna "Review" // planning
                }
                """, "meeting-without-summary", "Insert a final summary", HEAD + """
                  touch 2026-11-12 meeting with anna "Review" {
                    summary final {
                      decision ""
                      action a1 "" owner anna due 2026-11-27
                      question ""
                      next 2026-11-27
                    }
                  } // planning
                }
                """, "aimless-touch", "empty-text", "meeting-without-summary");
    }

    @Test
    void aQuickFixAfterTypingProseInsertsWhereTheMeetingIsNow() throws Exception {
        String text = HEAD + """
                  touch 2026-11-10 call with anna "Kick-off" { purpose "Start" benefit "A date" }
                  touch 2026-11-12 meeting with anna, boris "Review" { purpose "Review" benefit "Clarity" }
                }
                """;
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", text);
            lsp.diagnostics(uri);
            // typing into the purposes of the call and of the meeting itself, a keystroke at a time: prose
            type(lsp, uri, "purpose \"Start", " the work");
            type(lsp, uri, "purpose \"Review", " of the plan");
            String typed = lsp.text(uri);
            Diagnostic target = only(lsp.diagnostics(uri), "meeting-without-summary").get(0);
            CodeAction action = action(codeActions(lsp, uri, target.getRange(), List.of(target)),
                    "Insert a final summary");
            assertEquals(HEAD + """
                      touch 2026-11-10 call with anna "Kick-off" { purpose "Start the work" benefit "A date" }
                      touch 2026-11-12 meeting with anna, boris "Review" { purpose "Review of the plan" benefit "Clarity"\s
                        summary final {
                          decision ""
                          action a1 "" owner anna due 2026-11-27
                          action a2 "" owner boris due 2026-11-27
                          question ""
                          next 2026-11-27
                        }
                      }
                    }
                    """, EditorAssert.apply(typed, uri, action.getEdit()));
        }
    }

    /** Types {@code typed} a character at a time after the first {@code after} in the open document. */
    private static void type(LspFixture lsp, String uri, String after, String typed) {
        List<String> lines = lsp.text(uri).lines().toList();
        int line = 0;
        while (!lines.get(line).contains(after)) {
            line++;
        }
        int column = lines.get(line).indexOf(after) + after.length();
        for (char c : typed.toCharArray()) {
            lsp.change(uri, r(line, column, line, column), String.valueOf(c));
            column++;
        }
    }

    @Test
    void summaryRefactoringOnAnyMeetingUnderTheCursor() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            LspAssert.Caret caret = caret(HEAD + """
                  touch 2026-11-25 meeting with anna "Plan|ned" { purpose "Plan" benefit "Clear next steps" }
                }
                """);
            String uri = lsp.open("p.client", caret.text());
            lsp.diagnostics(uri);
            List<CodeAction> actions = codeActions(lsp, uri, r(caret.position().getLine(),
                    caret.position().getCharacter(), caret.position().getLine(), caret.position().getCharacter()),
                    List.of());
            CodeAction interim = action(actions, "Insert an interim summary");
            assertEquals(CodeActionKind.RefactorRewrite, interim.getKind());
            assertNull(interim.getDiagnostics());
            String after = EditorAssert.apply(caret.text(), uri, interim.getEdit());
            assertTrue(after.contains("""
                      touch 2026-11-25 meeting with anna "Planned" { purpose "Plan" benefit "Clear next steps"\s
                        summary interim {
                          decision ""
                          action a1 "" owner anna due 2026-11-27
                    """), after);
            List<CodeAction> onlyFixes = EditorAssert.codeActions(lsp, uri, interim.getEdit().getChanges().get(uri)
                    .get(0).getRange(), List.of());
            assertTrue(onlyFixes.stream().allMatch(a -> a.getKind() != null));
        }
    }

    @Test
    void anUnrecordedAgreementIsConfirmedInALetterAfterTheCall() throws Exception {
        CodeAction action = testCodeAction(HEAD + """
                  touch 2026-11-12 call with anna, boris "Scope" {
                    purpose "Scope"  benefit "A clear plan"
                    agreed |scope "Catalogue first"
                  }
                  touch 2026-11-13 ping to boris { purpose "Hello" benefit "News" }
                }
                """, "unrecorded-agreement", "Confirm `scope` in a letter to Anna, Boris", HEAD + """
                  touch 2026-11-12 call with anna, boris "Scope" {
                    purpose "Scope"  benefit "A clear plan"
                    agreed scope "Catalogue first"
                  }
                  touch 2026-11-20 letter to anna, boris "What we agreed (call, 2026-11-12)" {
                    purpose "Put the agreement in writing"
                    benefit "Nobody has to remember what was agreed"
                    confirms scope
                  }
                  touch 2026-11-13 ping to boris { purpose "Hello" benefit "News" }
                }
                """, "late-confirmation");
        assertEquals(Boolean.TRUE, action.getIsPreferred());
    }

    @Test
    void anUnansweredLetterGetsAnAcknowledgementWithAnEta() throws Exception {
        CodeAction action = testCodeAction(HEAD + """
                  touch q1 2026-11-10 09:40 letter from boris "Which hosting?"
                }
                """, "unanswered", "Acknowledge receipt to Boris, promising the answer for 2026-11-23", HEAD + """
                  touch q1 2026-11-10 09:40 letter from boris "Which hosting?"
                  touch 2026-11-20 reply to boris re q1 { ack eta 2026-11-23 }
                }
                """, "late-reply");
        assertEquals(Boolean.TRUE, action.getIsPreferred());
    }

    @Test
    void aTouchWithoutIdGetsOneSoThatTheFullReplyCanPointAtIt() throws Exception {
        testCodeAction(HEAD + """
                  touch q1 2026-11-01 letter from anna "Old" { note "answered below" }
                  touch 2026-11-01 reply to anna re q1
                  touch 2026-11-10 09:40 letter from boris "Which hosting?"
                }
                """, "unanswered", "Reply to Boris", HEAD + """
                  touch q1 2026-11-01 letter from anna "Old" { note "answered below" }
                  touch 2026-11-01 reply to anna re q1
                  touch q2 2026-11-10 09:40 letter from boris "Which hosting?"
                  touch 2026-11-20 reply to boris re q2 "Re: Which hosting?"
                }
                """, "late-reply");
    }

    @Test
    void anAcknowledgementWithoutEtaGetsOneAndAnOverdueOneAFullReply() throws Exception {
        testCodeAction(HEAD + """
                  touch q 2026-11-10 09:40 letter from boris "Which hosting?"
                  touch 2026-11-10 10:00 reply to boris re q { ack }
                }
                """, "unanswered", "Promise the answer for 2026-11-23 (add `eta` to the acknowledgement)", HEAD + """
                  touch q 2026-11-10 09:40 letter from boris "Which hosting?"
                  touch 2026-11-10 10:00 reply to boris re q { ack eta 2026-11-23 }
                }
                """);
        CodeAction reply = testCodeAction(HEAD + """
                  touch q 2026-11-10 09:40 letter from boris "Which hosting?"
                  touch 2026-11-10 10:00 reply to boris re q {
                    ack
                    eta 2026-11-12
                  }
                  scenario "Plan C"
                }
                """, "unanswered", "Reply to Boris", HEAD + """
                  touch q 2026-11-10 09:40 letter from boris "Which hosting?"
                  touch 2026-11-10 10:00 reply to boris re q {
                    ack
                    eta 2026-11-12
                  }
                  touch 2026-11-20 reply to boris re q "Re: Which hosting?"
                  scenario "Plan C"
                }
                """);
        assertEquals(Boolean.TRUE, reply.getIsPreferred());
    }

    @Test
    void anOverdueObligationGetsAReminder() throws Exception {
        testCodeAction(HEAD + """
                  expect logo from boris "Logo \\"files\\"" due 2026-11-14
                }
                """, "obligation-overdue", "Remind Boris of `logo`", HEAD + """
                  expect logo from boris "Logo \\"files\\"" due 2026-11-14
                  touch 2026-11-20 reminder to boris "Reminder: Logo \\"files\\"" {
                    purpose "Get what was promised: Logo \\"files\\""
                    benefit "The plan keeps its dates"
                    reminds logo
                  }
                }
                """);
    }

    static final String NO_DM = """
            project p "P" {
                goal "Launch"
                person anna "Anna" {
                    role "CEO"
                    goal "Growth"
                }
                person boris "Boris" { backup goal "Calm" }
                person vera
                source "Annual report"
                scenario "Plan B"
                plan { step s "Start" due 2026-12-01 }
            }
            """;

    @Test
    void aChosenPersonBecomesTheDecisionMaker() throws Exception {
        testCodeAction(NO_DM, "no-decision-maker", "Mark Anna (`anna`) as the decision-maker", NO_DM.replace("""
                        goal "Growth"
                    }
                """, """
                        goal "Growth"
                        decides
                    }
                """), "touch-gap");
        testCodeAction(NO_DM, "no-decision-maker", "Mark Boris (`boris`) as the decision-maker",
                NO_DM.replace("{ backup goal", "{ decides backup goal"), "touch-gap");
        testCodeAction(NO_DM, "no-decision-maker", "Mark vera (`vera`) as the decision-maker",
                NO_DM.replace("person vera", "person vera { decides }"), "touch-gap", "dm-goals-unknown");
    }

    @Test
    void orANewPersonWhoDecides() throws Exception {
        testCodeAction(NO_DM, "no-decision-maker", "Add a decision-maker (a new person)", NO_DM.replace("""
                    person vera
                """, """
                    person vera
                    person dm "" {
                        role ""
                        decides
                        goal ""
                    }
                """), "touch-gap", "empty-text");
    }

    @Test
    void didYouMeanInEveryNamespace() throws Exception {
        String text = HEAD + """
                  touch q 2026-11-19 letter from boris "Hosting?"
                  touch 2026-11-19 call with anna { purpose "x" benefit "y" agreed scope "All" }
                  touch 2026-11-19 letter to anna { purpose "x" benefit "y" confirms scope }
                  expect logo from boris "Logo" due 2026-11-24
                  touch 2026-11-19 reply to |bors re q
                }
                """;
        testCodeAction(text, "unknown-reference", "Change to `boris`", caret(text).text().replace("to bors", "to boris"));
        String re = text.replace("|", "").replace("re q\n", "re |qq\n");
        testCodeAction(re, "unknown-reference", "Change to `q`", caret(text).text());
        String confirms = text.replace("|", "").replace("confirms scope", "confirms |scpe").replace("bors", "boris");
        testCodeAction(confirms, "unknown-reference", "Change to `scope`", confirms.replace("|scpe", "scope"),
                "unrecorded-agreement");
        String reminds = text.replace("|", "").replace("bors re q", "boris re q { reminds |lgo }");
        testCodeAction(reminds, "unknown-reference", "Change to `logo`", reminds.replace("|lgo", "logo"));
    }

    @Test
    void didYouMeanForTheProjectOfALog() throws Exception {
        String text = HEAD + "}\nlog pp {\n  source \"Notes\"\n}\n";
        testCodeAction(text, "unknown-reference", "Change to `p`", text.replace("log pp", "log p"));
    }

    @Test
    void anUnusedSuppressionIsRemovedWithItsLineOrOnlyItsRule() throws Exception {
        String text = HEAD + """
                  // touchbase-disable-next-line no-goals
                  touch 2026-11-19 call with anna { purpose "x" benefit "y" }
                }
                """;
        testCodeAction(text, "unused-suppression", "Remove the suppression comment that silences nothing",
                text.replace("  // touchbase-disable-next-line no-goals\n", ""));
        String two = HEAD + """
                  // touchbase-disable-next-line no-goals, aimless-touch -- planned call
                  touch 2026-11-19 call with anna
                }
                """;
        testCodeAction(two, "unused-suppression", "Remove `no-goals` from the suppression comment",
                two.replace("no-goals, ", ""));
    }

    @Test
    void anyConfigurableRuleCanBeSuppressedOnItsLine() throws Exception {
        String text = HEAD + """
                  touch 2026-11-19 call with anna "Chat"
                }
                """;
        CodeAction action = testCodeAction(text, "aimless-touch", "Suppress `aimless-touch` on this line",
                text.replace("  touch 2026-11-19", "  // touchbase-disable-next-line aimless-touch\n  touch 2026-11-19"));
        assertNull(action.getIsPreferred());
        String more = HEAD + """
                  // touchbase-disable-next-line meeting-without-summary
                  touch 2026-11-12 meeting with anna "Chat"
                }
                """;
        testCodeAction(more, "aimless-touch", "Suppress `aimless-touch` on this line",
                more.replace("line meeting-without-summary", "line meeting-without-summary, aimless-touch"));
    }

    @Test
    void languageRulesCannotBeSuppressed() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", HEAD + "  touch 2026-11-19 call with nobody { purpose \"x\" benefit \"y\" }\n}\n");
            Diagnostic unknown = only(lsp.diagnostics(uri), "unknown-reference").get(0);
            List<CodeAction> actions = codeActions(lsp, uri, unknown.getRange(), List.of(unknown));
            assertTrue(actions.stream().noneMatch(a -> a.getTitle().startsWith("Suppress")), actions.toString());
        }
    }

    @Test
    void fixesWorkWithSyntaxErrorsElsewhere() throws Exception {
        testCodeAction(HEAD + """
                  touch 2026-11-12 meeting with anna, boris "Review" { purpose "R" benefit "C" }
                  touch 2026-11-13 call anna
                }
                """, "meeting-without-summary", "Insert a final summary", HEAD + """
                  touch 2026-11-12 meeting with anna, boris "Review" { purpose "R" benefit "C"\s
                    summary final {
                      decision ""
                      action a1 "" owner anna due 2026-11-27
                      action a2 "" owner boris due 2026-11-27
                      question ""
                      next 2026-11-27
                    }
                  }
                  touch 2026-11-13 call anna
                }
                """, "empty-text", "meeting-without-summary");
    }

    @Test
    void titlesInRussian() throws Exception {
        JsonObject options = new JsonObject();
        options.addProperty("today", LspFixture.TODAY);
        options.addProperty("locale", "ru");
        try (LspFixture lsp = LspFixture.start(null, options)) {
            String uri = lsp.open("p.client", HEAD + "  touch 2026-11-12 meeting with anna { purpose \"x\" benefit \"y\" }\n}\n");
            Diagnostic missing = only(lsp.diagnostics(uri), "meeting-without-summary").get(0);
            List<CodeAction> actions = codeActions(lsp, uri, missing.getRange(), List.of(missing));
            action(actions, "Вставить итоги встречи (финальные)");
            action(actions, "Подавить `meeting-without-summary` на этой строке");
        }
    }

    @Test
    void theInsertSummaryCommandAppliesTheTemplateThroughTheClient() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String text = HEAD + """
                  touch 2026-11-12 meeting with anna "Review" {
                    purpose "R"  benefit "C"
                  }
                  scenario "More"
                }
                """;
            String uri = lsp.open("p.client", text);
            ExecuteCommandParams params = new ExecuteCommandParams("touchbase.insertSummary", List.of(
                    new JsonPrimitive(uri), lineAndCharacter(12, 4), new JsonPrimitive("interim")));
            assertEquals(Boolean.TRUE, LspFixture.await(lsp.server().getWorkspaceService().executeCommand(params)));
            List<ApplyWorkspaceEditParams> applied = lsp.client().appliedEdits();
            assertEquals(1, applied.size());
            assertEquals(text.replace("""
                        purpose "R"  benefit "C"
                    """, """
                        purpose "R"  benefit "C"
                        summary interim {
                          decision ""
                          action a1 "" owner anna due 2026-11-27
                          question ""
                          next 2026-11-27
                        }
                    """), EditorAssert.apply(text, uri, applied.get(0).getEdit()));

            ExecuteCommandParams nothingBefore = new ExecuteCommandParams("touchbase.insertSummary", List.of(
                    new JsonPrimitive(uri), lineAndCharacter(0, 0), new JsonPrimitive("final")));
            assertEquals(Boolean.FALSE, LspFixture.await(lsp.server().getWorkspaceService().executeCommand(nothingBefore)));
        }
    }

    private static JsonObject lineAndCharacter(int line, int character) {
        JsonObject position = new JsonObject();
        position.addProperty("line", line);
        position.addProperty("character", character);
        return position;
    }

    @Test
    void unknownDocumentsAndPositionsOutOfRangeHaveNoActions() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", HEAD + "}\n");
            lsp.diagnostics(uri);
            assertEquals(List.of(), codeActions(lsp, lsp.uri("none.client"), r(0, 0, 0, 0), List.of()));
            assertEquals(List.of(), codeActions(lsp, uri, r(400, 0, 401, 3), List.of()));
        }
    }
}
