package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.EditorAssert.completion;
import static org.touchbase.lsp.EditorAssert.item;
import static org.touchbase.lsp.EditorAssert.labels;
import static org.touchbase.lsp.EditorAssert.testCompletionFor;
import static org.touchbase.lsp.LspAssert.caret;

import com.google.gson.JsonObject;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** Completion knows where the caret is, on whole, half-typed and broken text. */
class CompletionTest {

    static final String HEAD = """
            project p "Portal" {
              person anna "Anna Smirnova" { role "CEO" decides goal "Growth" }
              person boris "Boris Kuznetsov" { role "Head of IT" contact }
              touch q1 2026-11-10 letter from boris "Which hosting?"
              touch 2026-11-11 call with anna "Scope" { agreed scope "v1 is the portal" }
              touch 2026-11-12 letter to anna "Hello"
              expect logo from boris "Logo files" due 2026-11-14
            """;

    @Test
    void peopleAfterWithWithTheirNameAndRole() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  touch 2026-11-20 call with |\n}\n", "anna", "boris");
        assertEquals("Anna Smirnova — CEO, decision-maker", item(items, "anna").getDetail());
        assertEquals("Boris Kuznetsov — Head of IT, contact person", item(items, "boris").getDetail());
        assertFalse(labels(items).contains("project"), labels(items).toString());
        assertFalse(labels(items).contains("q1"), labels(items).toString());
    }

    @Test
    void theNextPersonInAListLeavesOutThoseListed() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  touch 2026-11-20 meeting with anna, |\n}\n", "boris");
        assertFalse(labels(items).contains("anna"));
        List<CompletionItem> afterComma = testCompletionFor(HEAD + "  touch 2026-11-20 meeting with anna,|\n}\n", "boris");
        assertEquals(" boris", item(afterComma, "boris").getTextEdit().getLeft().getNewText());
    }

    @Test
    void touchKindsAfterTheDateReplaceWhatIsTyped() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  touch 2026-11-20 ca|\n}\n", "call", "meeting", "letter");
        CompletionItem call = item(items, "call");
        assertEquals(LspAssert.r(7, 19, 7, 21), call.getTextEdit().getLeft().getRange());
        assertEquals("a spoken touch: agreements made in it need confirming in writing", call.getDetail());
        assertEquals("a written touch: it can put agreements in writing", item(items, "letter").getDetail());
        assertFalse(labels(items).contains("anna"));
        assertFalse(labels(items).contains("with"));
    }

    @Test
    void directionsAfterTheKind() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  touch 2026-11-20 call |\n}\n", "with", "to", "from");
        assertEquals("the client starts the touch: it must be answered", item(items, "from").getDetail());
    }

    @Test
    void incomingTouchesAfterRe() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  touch 2026-11-20 reply to boris re |\n}\n", "q1");
        assertEquals("\"Which hosting?\" (letter, 10 Nov) from boris", item(items, "q1").getDetail());
        assertEquals(1, items.stream().filter(i -> i.getSortText().startsWith("0")).count());
        testCompletionFor(HEAD + "  touch 2026-11-20 reply to boris { re | }\n}\n", "q1");
    }

    @Test
    void agreementsExpectationsOwnersAndProjects() throws Exception {
        CompletionItem scope = item(testCompletionFor(HEAD + "  touch 2026-11-20 letter to anna { confirms | }\n}\n",
                "scope"), "scope");
        assertEquals("v1 is the portal — \"Scope\" (call, 11 Nov) with anna", scope.getDetail());
        CompletionItem logo = item(testCompletionFor(HEAD + "  touch 2026-11-20 reminder to boris {\n    reminds |\n  }\n}\n",
                "logo"), "logo");
        assertEquals("Logo files — from boris, due 14 Nov", logo.getDetail());
        testCompletionFor(HEAD + """
                  touch 2026-11-12 meeting with anna { summary { action "Send" owner | } }
                }
                """, "anna", "boris");
        testCompletionFor(HEAD + "  expect texts from |\n}\n", "anna", "boris");
        CompletionItem project = item(testCompletionFor(HEAD + "}\nlog |", "p"), "p");
        assertEquals("Portal", project.getDetail());
    }

    @Test
    void todayWhereADateIsExpected() throws Exception {
        CompletionItem today = item(testCompletionFor(HEAD + "  touch |\n}\n", "2026-11-20"), "2026-11-20");
        assertEquals("today", today.getDetail());
        assertEquals("2026-11-20", today.getTextEdit().getLeft().getNewText());
        testCompletionFor(HEAD + "  expect texts from anna \"Texts\" due |\n}\n", "2026-11-20");
        List<CompletionItem> typed = testCompletionFor(HEAD + "  touch 2026-1|\n}\n", "2026-11-20");
        assertEquals(LspAssert.r(7, 8, 7, 14), item(typed, "2026-11-20").getTextEdit().getLeft().getRange());
    }

    @Test
    void insideAnUnclosedBodyTheItemsOfATouch() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  touch 2026-11-20 call with anna {\n    |",
                "purpose", "benefit", "agreed", "summary", "ack");
        assertFalse(labels(items).contains("person"));
        testCompletionFor(HEAD + "  touch 2026-11-20 call with anna {\n    pur|\n", "purpose");
    }

    @Test
    void projectItemsAndSnippetsInAProject() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  |\n}\n",
                "person", "touch", "goal", "expect", "touch …", "person …");
        CompletionItem touch = item(items, "touch …");
        assertEquals(InsertTextFormat.Snippet, touch.getInsertTextFormat());
        assertEquals("a new touch", touch.getDetail());
        assertTrue(touch.getTextEdit().getLeft().getNewText().startsWith(
                "touch ${1:2026-11-20} ${2|call,meeting,letter,"), touch.getTextEdit().getLeft().getNewText());
        assertTrue(touch.getTextEdit().getLeft().getNewText().contains("${4|anna,boris|}"));
        assertFalse(labels(items).contains("purpose"));
        assertFalse(labels(items).contains("project"));
    }

    @Test
    void noSnippetsForAClientThatCannotExpandThem() throws Exception {
        LspAssert.Caret caret = caret(HEAD + "  |\n}\n");
        try (LspFixture lsp = LspFixture.start(new ClientCapabilities())) {
            String uri = lsp.open("plain.client", caret.text());
            lsp.diagnostics(uri);
            List<String> labels = labels(completion(lsp, uri, caret.position()));
            assertTrue(labels.containsAll(List.of("person", "touch", "goal")), labels.toString());
            assertFalse(labels.contains("touch …"), labels.toString());
            assertFalse(labels.contains("person …"), labels.toString());
        }
    }

    @Test
    void projectAndLogAtTheTopOfAFile() throws Exception {
        List<CompletionItem> items = testCompletionFor("|", "project", "log", "project …");
        assertEquals(InsertTextFormat.Snippet, item(items, "project …").getInsertTextFormat());
        testCompletionFor(HEAD + "}\n\npro|", "project");
    }

    @Test
    void ruleIdsInASuppressionComment() throws Exception {
        List<CompletionItem> items = testCompletionFor(HEAD + "  // touchbase-disable-next-line to|\n}\n",
                "touch-gap", "aimless-touch");
        assertEquals("Silence with a key person", item(items, "touch-gap").getDetail());
        assertFalse(labels(items).contains("syntax"));
        assertEquals(LspAssert.r(7, 33, 7, 35), item(items, "touch-gap").getTextEdit().getLeft().getRange());
    }

    @Test
    void nothingInsideStringsAndComments() throws Exception {
        assertEquals(List.of(), testCompletionFor(HEAD + "  touch 2026-11-20 call with anna \"Sco|pe\"\n}\n"));
        assertEquals(List.of(), testCompletionFor(HEAD + "  // a note about wi|\n}\n"));
        assertEquals(List.of(), testCompletionFor(HEAD + "  /* with |\n}\n"));
    }

    @Test
    void brokenTextElsewhereDoesNotMatter() throws Exception {
        testCompletionFor("""
                project x {
                  touch 2026-13-45 call anna "
                  person @@ {
                }
                """ + HEAD + "  touch 2026-11-20 call with |\n}\n", "anna", "boris");
        testCompletionFor(HEAD + "  touch 2026-11-20 call with | \"x\"\n  touch 2026 oops\n}\n", "anna", "boris");
    }

    @Test
    void unknownDocumentsAndPositionsOutOfRangeAreEmpty() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", HEAD + "}\n");
            lsp.diagnostics(uri);
            assertEquals(List.of(), completion(lsp, lsp.uri("none.client"), new Position(0, 0)));
            assertEquals(List.of(), completion(lsp, uri, new Position(99, 0)));
            assertEquals(List.of(), completion(lsp, uri, new Position(0, 500)));
            assertEquals(List.of(), completion(lsp, uri, new Position(-1, -1)));
        }
    }

    @Test
    void detailsInRussian() throws Exception {
        JsonObject options = new JsonObject();
        options.addProperty("today", LspFixture.TODAY);
        options.addProperty("locale", "ru");
        try (LspFixture lsp = LspFixture.start(null, options)) {
            LspAssert.Caret caret = caret(HEAD + "  touch |\n}\n");
            String uri = lsp.open("p.client", caret.text());
            lsp.diagnostics(uri);
            assertEquals("сегодня", item(completion(lsp, uri, caret.position()), "2026-11-20").getDetail());
        }
    }

    @Test
    void aHugeBlockCompletesQuickly() throws Exception {
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i < 3000; i++) {
            text.append("  touch 2026-10-").append(10 + i % 18).append(" call with anna, boris \"Call ").append(i)
                    .append("\" { purpose \"Sync\" benefit \"Clarity\" agreed a").append(i).append(" \"Thing\" }\n");
        }
        for (int i = 0; i < 200; i++) {
            text.append("}\nlog p {\n  touch 2026-10-10 ping to boris \"Ping ").append(i).append("\"\n");
        }
        LspAssert.Caret caret = caret(text + "  touch 2026-11-20 call with anna, |\n}\n");
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("big.client", caret.text());
            lsp.diagnostics(uri);
            completion(lsp, uri, caret.position());
            long start = System.nanoTime();
            List<CompletionItem> items = completion(lsp, uri, caret.position());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("boris"), labels(items));
            assertTrue(millis < 1000, "completion took " + millis + " ms");
        }
    }
}
