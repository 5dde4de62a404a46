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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
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
    void theClientsDocumentOnRequest() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", TWO_PROJECTS);
            lsp.diagnostics(uri);
            JsonObject client = new JsonObject();
            client.addProperty("audience", "client");
            String html = (String) report(lsp, new JsonPrimitive(uri), position(4, 3), client);
            assertTrue(html.contains("Second"), html);
            assertTrue(!html.contains("Trust") && !html.contains("Findings"), html);
            String internal = (String) report(lsp, new JsonPrimitive(uri), position(4, 3));
            assertTrue(internal.contains("Trust"), internal);
        }
    }

    @Test
    void writesTheDocumentWhenGivenWhere(@TempDir Path folder) throws Exception {
        try (LspFixture lsp = LspFixture.start(folder, LspFixture.TODAY)) {
            String uri = lsp.open("p.client", TWO_PROJECTS);
            Path out = folder.resolve("preview/first.html");
            Object written = report(lsp, new JsonPrimitive(uri), position(0, 0), new JsonPrimitive(Uris.fromPath(out)));
            assertEquals(Uris.fromPath(out), written);
            assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        }
    }

    @Test
    void writesOnlyAnHtmlFileInsideTheWorkspace(@TempDir Path folder, @TempDir Path elsewhere) throws Exception {
        Files.writeString(folder.resolve("touchbase.json"), "{}");
        try (LspFixture lsp = LspFixture.start(folder, LspFixture.TODAY)) {
            String uri = lsp.open("p.client", TWO_PROJECTS);
            Files.writeString(folder.resolve("p.client"), TWO_PROJECTS);
            for (Path target : List.of(folder.resolve("p.client"), folder.resolve("touchbase.json"),
                    folder.resolve("notes.txt"), elsewhere.resolve("first.html"),
                    folder.resolve("../first.html").normalize())) {
                ResponseError error = refused(lsp, new JsonPrimitive(uri),
                        new JsonPrimitive(Uris.fromPath(target)));
                assertTrue(error.getMessage().contains(target.getFileName().toString()), error.getMessage());
            }
            assertEquals(TWO_PROJECTS, Files.readString(folder.resolve("p.client")));
            assertEquals("{}", Files.readString(folder.resolve("touchbase.json")));
            assertTrue(!Files.exists(elsewhere.resolve("first.html")));
        }
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", TWO_PROJECTS);
            refused(lsp, new JsonPrimitive(uri), new JsonPrimitive(Uris.fromPath(elsewhere.resolve("first.html"))));
        }
    }

    private static ResponseError refused(LspFixture lsp, Object... arguments)
            throws Exception {
        try {
            lsp.server().getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("touchbase.report", List.of(arguments))).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException response) {
                assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                        response.getResponseError().getCode());
                return response.getResponseError();
            }
            throw e;
        }
        throw new AssertionError("the report was written to " + arguments[arguments.length - 1]);
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
