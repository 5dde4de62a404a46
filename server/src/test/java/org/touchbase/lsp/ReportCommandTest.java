package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code touchbase.report}: the status document of the project at the cursor, for a live preview. */
class ReportCommandTest {

    static final String TWO_PROJECTS = """
            project first "First <b>project</b>" {
              person anna "Anna" { decides }
            }
            project second "Second" {
              person boris "Boris" { decides }
            }
            """;

    @Test
    void returnsTheHtmlOfTheProjectAtTheCursorEscaped() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", TWO_PROJECTS);
            lsp.diagnostics(uri);
            String first = (String) report(lsp, new JsonPrimitive(uri));
            assertTrue(first.contains("First &lt;b&gt;project&lt;/b&gt;"), "the first project, escaped");
            String second = (String) report(lsp, new JsonPrimitive(uri), position(4, 3));
            assertTrue(second.contains("<title>") && second.contains("Second"), "the project at the cursor");
            assertTrue(!second.contains("First &lt;b&gt;"));
        }
    }

    @Test
    void writesTheDocumentWhenGivenWhere(@TempDir Path folder) throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", TWO_PROJECTS);
            Path out = folder.resolve("preview/first.html");
            Object written = report(lsp, new JsonPrimitive(uri), position(0, 0), new JsonPrimitive(Uris.fromPath(out)));
            assertEquals(Uris.fromPath(out), written);
            assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        }
    }

    @Test
    void aDocumentWithoutAProjectHasNoReport() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", "// nothing yet\n");
            assertNull(report(lsp, new JsonPrimitive(uri)));
            assertNull(report(lsp, new JsonPrimitive(lsp.uri("unknown.client"))));
        }
    }

    private static Object report(LspFixture lsp, Object... arguments) {
        return LspFixture.await(lsp.server().getWorkspaceService().executeCommand(
                new ExecuteCommandParams("touchbase.report", List.of(arguments))));
    }

    private static JsonObject position(int line, int character) {
        JsonObject position = new JsonObject();
        position.addProperty("line", line);
        position.addProperty("character", character);
        return position;
    }
}
