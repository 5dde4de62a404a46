package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.touchbase.lsp.services.SnippetEdits;

/**
 * The summary template with tab stops, for a client that inserts snippets
 * (the experimental capability {@code touchbase.insertSnippet}); plain text
 * for every other client.
 */
class SnippetEditsTest {

    static final String TEXT = """
            project p {
              person anna "Anna" { decides }
              touch 2026-11-12 meeting with anna "Review" {
                purpose "R"
                benefit "C"
              }
            }
            """;

    static final String SNIPPET = String.join("\n",
            "    summary final {",
            "      decision \"$1\"",
            "      action a1 \"$2\" owner anna due ${3:2026-11-27}",
            "      question \"$4\"",
            "      next ${5:2026-11-27}",
            "    \\}$0",
            "");

    static ClientCapabilities snippetClient() {
        ClientCapabilities capabilities = LspFixture.editorCapabilities();
        capabilities.setExperimental(JsonParser.parseString("{\"touchbase\": {\"insertSnippet\": true}}"));
        return capabilities;
    }

    @Test
    void theQuickFixIsACommandThatInsertsTheTemplateWithTabStops() throws Exception {
        try (LspFixture lsp = LspFixture.start(snippetClient())) {
            String uri = lsp.open("p.client", TEXT);
            Diagnostic finding = lsp.diagnostics(uri).stream()
                    .filter(d -> d.getCode().getLeft().equals("meeting-without-summary")).findFirst().orElseThrow();
            CodeAction fix = EditorAssert.codeActions(lsp, uri, finding.getRange(), List.of(finding)).stream()
                    .filter(a -> a.getTitle().equals("Insert a final summary")).findFirst().orElseThrow();
            assertNull(fix.getEdit());
            assertEquals(SnippetEdits.COMMAND, fix.getCommand().getCommand());
            List<Object> arguments = fix.getCommand().getArguments();
            assertEquals(uri, json(arguments.get(0)).getAsString());
            assertEquals("{\"line\":5,\"character\":0}", json(arguments.get(1)).toString());
            assertEquals(SNIPPET, json(arguments.get(2)).getAsString());
        }
    }

    @Test
    void aSummarySavedUnfilledIsReplacedByTheSnippetLineByLine() throws Exception {
        String unfilled = TEXT.replace("    benefit \"C\"\n", """
                    benefit "C"
                    summary final {
                      decision ""
                    }
                """);
        try (LspFixture lsp = LspFixture.start(snippetClient())) {
            String uri = lsp.open("p.client", unfilled);
            Diagnostic finding = lsp.diagnostics(uri).stream()
                    .filter(d -> d.getCode().getLeft().equals("meeting-without-summary")).findFirst().orElseThrow();
            CodeAction fix = EditorAssert.codeActions(lsp, uri, finding.getRange(), List.of(finding)).stream()
                    .filter(a -> a.getTitle().equals("Insert a final summary")).findFirst().orElseThrow();
            List<Object> arguments = fix.getCommand().getArguments();
            assertEquals("{\"line\":5,\"character\":0}", json(arguments.get(1)).toString());
            assertEquals(SNIPPET, json(arguments.get(2)).getAsString());
            assertEquals("{\"line\":8,\"character\":0}", json(arguments.get(3)).toString());
        }
    }

    @Test
    void theInsertSummaryCommandAnswersWithTheSnippetAndAppliesNothing() throws Exception {
        try (LspFixture lsp = LspFixture.start(snippetClient())) {
            String uri = lsp.open("p.client", TEXT);
            JsonObject at = new JsonObject();
            at.addProperty("line", 3);
            at.addProperty("character", 4);
            Object answer = LspFixture.await(lsp.server().getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("touchbase.insertSummary", List.of(new JsonPrimitive(uri), at,
                            new JsonPrimitive("final")))));
            JsonObject insertion = json(answer).getAsJsonObject();
            assertEquals(SNIPPET, insertion.get("snippet").getAsString());
            assertEquals(uri, insertion.get("uri").getAsString());
            assertTrue(lsp.client().appliedEdits().isEmpty());
        }
    }

    @Test
    void otherClientsGetThePlainText() throws Exception {
        try (LspFixture lsp = LspFixture.start(new ClientCapabilities())) {
            String uri = lsp.open("p.client", TEXT);
            Diagnostic finding = lsp.diagnostics(uri).stream()
                    .filter(d -> d.getCode().getLeft().equals("meeting-without-summary")).findFirst().orElseThrow();
            CodeAction fix = EditorAssert.codeActions(lsp, uri, finding.getRange(), List.of(finding)).stream()
                    .filter(a -> a.getTitle().equals("Insert a final summary")).findFirst().orElseThrow();
            assertNull(fix.getCommand());
            assertTrue(fix.getEdit().getChanges().get(uri).get(0).getNewText().contains("decision \"\""));
        }
    }

    @Test
    void dollarsAndBracesOfTheTextStayText() {
        assertEquals("note \"\\$5 \\} \\\\n\" \"$1\"$0", SnippetEdits.snippet("note \"$5 } \\n\" \"\""));
    }

    private static JsonElement json(Object value) {
        return value instanceof JsonElement element ? element : new Gson().toJsonTree(value);
    }
}
