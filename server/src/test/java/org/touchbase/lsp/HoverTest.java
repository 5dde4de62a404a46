package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.EditorAssert.assertHover;
import static org.touchbase.lsp.EditorAssert.hover;

import com.google.gson.Gson;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;
import org.touchbase.lsp.services.ProjectInfoService;

/** Hover cards for people, touches, references and rules; and the project info of the status bar. */
class HoverTest {

    static final String PROJECT = """
            project p "Portal" {
              client "Acme"
              person anna "Anna Smirnova" {
                role "CEO"
                decides
                goal "Grow online revenue by 20%"
                motivation "Wants *the* board to see [results]"
                prefers call
              }
              person boris "Boris" { contact backup }
              touch q1 2026-11-10 09:40 letter from boris "Which hosting?"
              touch 2026-11-10 12:00 reply to boris re q1 { ack eta 2026-11-25 }
              touch q2 2026-11-18 letter from anna "Budget?"
              touch 2026-11-12 11:00 call with anna, boris "Scope" {
                purpose "Fix the scope"  benefit "A launch date"
                agreed scope "v1 is the portal"
                agreed chat "No chat"
              }
              touch 2026-11-12 16:00 letter to anna "Summary" { purpose "x" benefit "y" confirms scope }
              expect logo from boris "Logo" due 2026-11-30
              // touchbase-disable-next-line aimless-touch
              touch 2026-11-13 ping to boris
            }
            """;

    static String at(String marker) {
        int index = PROJECT.indexOf(marker.replace("|", ""));
        if (index < 0) {
            throw new IllegalArgumentException(marker);
        }
        int caret = index + marker.indexOf('|');
        return PROJECT.substring(0, caret) + "|" + PROJECT.substring(caret);
    }

    static String at(String before, String marker) {
        int from = PROJECT.indexOf(before);
        int index = PROJECT.indexOf(marker.replace("|", ""), from);
        int caret = index + marker.indexOf('|');
        return PROJECT.substring(0, caret) + "|" + PROJECT.substring(caret);
    }

    @Test
    void aPersonCardAtTheDeclaration() throws Exception {
        String card = assertHover(at("person an|na"), "**Anna Smirnova** · `anna`", "CEO", "Decision-maker",
                "**Goals**", "- Grow online revenue by 20%", "**Prefers:** call",
                "**Last touch:** \"Budget?\" \\(letter, 18 Nov\\) from Anna Smirnova — 2 days ago",
                "**Trust:**");
        assertTrue(card.contains("Wants \\*the\\* board to see \\[results\\]"), card);
    }

    @Test
    void theSameCardAtAReference() throws Exception {
        assertHover(at("call with an|na"), "**Anna Smirnova** · `anna`", "Decision-maker");
        assertHover(at("from bo|ris"), "**Boris** · `boris`", "Backup decision-maker · contact person",
                "**Trust:**");
    }

    @Test
    void aTouchCardShowsReplyStatusAndAgreements() throws Exception {
        assertHover(at("touch q1 2026-11-10 09:40 let|ter"), "**Letter** from Boris · 10 Nov, 09:40 · `q1`",
                "\"Which hosting?\"", "The client starts it",
                "**Reply:** acknowledged on 10 Nov, answer promised for 25 Nov");
        assertHover(at("touch q2 2026-11-18 le|tter"), "**Reply:** waiting: the answer was due by 19 Nov");
        String call = assertHover(at("touch 2026-11-12 11:00 ca|ll"), "**Call** with Anna Smirnova, Boris",
                "**Purpose:** Fix the scope", "**Agreements**",
                "- `scope` \"v1 is the portal\" — recorded in writing: \"Summary\" \\(letter, 12 Nov\\) to Anna Smirnova",
                "- `chat` \"No chat\" — not recorded in writing yet");
        assertFalse(call.contains("**Reply:**"));
        assertHover(at("reply to boris re q1 { a|ck"), null);
    }

    @Test
    void referencesShowTheirTargetsCard() throws Exception {
        assertHover(at("re q|1"), "**Letter** from Boris", "`q1`");
        assertHover(at("confirms sc|ope"), "**Agreement** `scope`", "**Made in:** \"Scope\"",
                "Recorded in writing");
        assertHover(at("expect lo|go"), "**Logo** · `logo`", "**Expected:** Logo — from boris, due 30 Nov",
                "**Reminders:** none");
        assertHover(PROJECT + "log |p {\n}\n", "**Portal** · `p`", "**Client:** Acme", "**Findings:**");
    }

    @Test
    void aRuleInASuppressionComment() throws Exception {
        assertHover(at("disable-next-line aimless-to|uch"), "**Touch without purpose or benefit** · `aimless-touch`",
                "**Default severity:** hint", "(https://github.com/touchbase-dev/touchbase/blob/main/docs/rules/aimless-touch.md)");
    }

    @Test
    void nothingBetweenThings() throws Exception {
        assertHover(at("\n  |client"), null);
        assertHover(at("  goal \"Grow online| revenue"), null);
    }

    @Test
    void brokenTextAndBadPositions() throws Exception {
        assertHover("project p {\n  person anna { decides }\n  touch 2026-11-10 call with an|na \"x\n  touch oops\n",
                "`anna`", "Decision-maker");
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            lsp.diagnostics(uri);
            assertNull(hover(lsp, uri, new Position(500, 0)));
            assertNull(hover(lsp, uri, new Position(0, 500)));
            assertNull(hover(lsp, lsp.uri("none.client"), new Position(0, 0)));
        }
    }

    @Test
    void projectInfoForTheStatusBar() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            lsp.diagnostics(uri);
            ProjectInfoService.ProjectInfo info = LspFixture.await(lsp.touchbase().projectInfo(
                    new ProjectInfoService.Params(uri)));
            assertEquals("p", info.project);
            assertEquals("Portal", info.title);
            assertEquals(60, info.trust);
            assertEquals(0, info.errors);
            assertEquals(4, info.warnings);

            String fresh = lsp.open("fresh.client", "project q \"Fresh\" { person anna { decides } }\n");
            lsp.diagnostics(fresh);
            ProjectInfoService.ProjectInfo unknownTrust = LspFixture.await(lsp.touchbase().projectInfo(
                    new ProjectInfoService.Params(fresh)));
            assertEquals("q", unknownTrust.project);
            assertNull(unknownTrust.trust);
            assertEquals("{\"project\":\"q\",\"title\":\"Fresh\",\"trust\":null,\"errors\":0,\"warnings\":4}",
                    new Gson().toJson(unknownTrust));

            String empty = lsp.open("empty.client", "// nothing yet\n");
            lsp.diagnostics(empty);
            assertNull(LspFixture.await(lsp.touchbase().projectInfo(new ProjectInfoService.Params(empty))));
            assertNull(LspFixture.await(lsp.touchbase().projectInfo(
                    new ProjectInfoService.Params(lsp.uri("none.client")))));
        }
    }

    @Test
    void theServerAdvertisesWhatItDoes() {
        ServerCapabilities capabilities = Capabilities.server();
        assertEquals(Boolean.TRUE, capabilities.getHoverProvider().getLeft());
        assertEquals(List.of(",", " "), capabilities.getCompletionProvider().getTriggerCharacters());
        assertEquals(List.of("quickfix", "refactor.rewrite"),
                capabilities.getCodeActionProvider().getRight().getCodeActionKinds());
        assertEquals(List.of("touchbase.insertSummary", "touchbase.report", "touchbase.import"),
                capabilities.getExecuteCommandProvider().getCommands());
    }
}
