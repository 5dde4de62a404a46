package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code touchbase.import}: the editor's import runs in the server, which then checks the files it wrote. */
class ImportCommandTest {

    static final String PORTAL = """
            project portal "Portal" {
              starts 2026-09-01
              person anna "Anna Smirnova" { decides email "anna@acme.example" }
            }
            """;

    static final String LETTER = """
            From: Anna Smirnova <anna@acme.example>
            To: olga@agency.example
            Subject: When do we launch?
            Date: Tue, 10 Nov 2026 14:05:00 +0000
            Message-ID: <q-1@acme.example>

            Text.
            """;

    @Test
    void importsTheFilesReportsWhatItWroteAndChecksIt(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("clients");
        write(root.resolve("portal.client"), PORTAL);
        write(root.resolve("touchbase.json"), "{ \"ourAddresses\": [\"@agency.example\"] }");
        Path letter = write(dir.resolve("inbox/question.eml"), LETTER);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            JsonObject result = importFiles(lsp, letter, false);
            Path log = root.resolve("portal-2026-11.client");
            assertEquals(1, result.get("added").getAsInt());
            assertEquals(0, result.get("problems").getAsInt());
            assertTrue(result.get("summary").getAsString().startsWith("Added 1 touch to "), result.toString());
            JsonArray changed = result.getAsJsonArray("changed");
            assertEquals(1, changed.size());
            assertEquals(Uris.fromPath(log), changed.get(0).getAsString());
            assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("letter from anna \"When do we launch?\""));
            // the server read the new file: the letter of November 10 is unanswered on November 20
            List<Diagnostic> diagnostics = lsp.publishedDiagnostics(Uris.fromPath(log));
            assertTrue(diagnostics.stream().anyMatch(d -> "unanswered".equals(d.getCode().getLeft())),
                    diagnostics.toString());
        }
    }

    @Test
    void aDryRunChangesNothing(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("clients");
        write(root.resolve("portal.client"), PORTAL);
        Path letter = write(dir.resolve("question.eml"), LETTER.replace("olga@agency.example", "someone@agency.example"));
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            JsonObject result = importFiles(lsp, letter, true);
            assertTrue(result.get("summary").getAsString().startsWith("Would add 1 touch to "), result.toString());
            assertEquals(0, result.getAsJsonArray("changed").size());
            assertFalse(Files.exists(root.resolve("portal-2026-11.client")));
        }
    }

    private static JsonObject importFiles(LspFixture lsp, Path file, boolean dryRun) {
        JsonObject arguments = new JsonObject();
        JsonArray paths = new JsonArray();
        paths.add(Uris.fromPath(file));
        arguments.add("paths", paths);
        arguments.addProperty("dryRun", dryRun);
        Object result = LspFixture.await(lsp.server().getWorkspaceService().executeCommand(
                new ExecuteCommandParams("touchbase.import", List.of(arguments))));
        return new Gson().toJsonTree(result).getAsJsonObject();
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
