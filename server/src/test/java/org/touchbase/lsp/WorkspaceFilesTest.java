package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.touchbase.lsp.LspAssert.only;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What belongs to the server's workspace, and how it follows the file system. */
class WorkspaceFilesTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    static final String PROJECT = """
            project p "P" {
              person anna "Anna" { decides backup goal "Growth" }
            }
            """;

    /** p.client as on disk, with its findings on 2026-11-20 (no goals, no plan, …). */
    private String writeProject(Path folder) throws IOException {
        Path file = folder.resolve("p.client");
        Files.writeString(file, PROJECT);
        return Uris.fromPath(file);
    }

    private static boolean noDuplicate(List<Diagnostic> diagnostics) {
        return only(diagnostics, "duplicate-id").isEmpty();
    }

    @Test
    void aPipeAnnouncedByTheWatcherNeitherFreezesTheServerNorJoinsTheWorkspace() throws Exception {
        Path pipe = root.resolve("pipe.client");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0);
        String uri = writeProject(root);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            lsp.publishedDiagnostics(uri);
            lsp.watched(Uris.fromPath(pipe), FileChangeType.Created);
            lsp.watched(Uris.fromPath(pipe), FileChangeType.Changed);
            lsp.settle();
            String other = lsp.open("q.client", "project q {\n}\n");
            assertEquals(1, only(lsp.diagnostics(other), "no-decision-maker").size());
            assertNull(lsp.client().published(Uris.fromPath(pipe)));
        }
    }

    @Test
    void filesInSkippedFoldersNeverJoinTheWorkspace() throws Exception {
        String uri = writeProject(root);
        Path dist = Files.createDirectories(root.resolve("dist"));
        String copy = writeProject(dist);
        Path history = Files.createDirectories(root.resolve(".history"));
        String old = writeProject(history);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            assertTrue(noDuplicate(lsp.publishedDiagnostics(uri)));
            lsp.watched(copy, FileChangeType.Created);
            lsp.watched(old, FileChangeType.Changed);
            lsp.openUri(copy, PROJECT);
            lsp.close(copy);
            lsp.settle();
            assertTrue(noDuplicate(lsp.publishedDiagnostics(uri)), () -> lsp.publishedDiagnostics(uri).toString());
            assertTrue(lsp.client().published(copy) == null || lsp.client().published(copy).getDiagnostics().isEmpty());
            assertNull(lsp.client().published(old));
        }
    }

    @Test
    void aFileFromOutsideTheWorkspaceIsCheckedAloneWhileOpenAndForgottenWhenClosed() throws Exception {
        String uri = writeProject(root);
        String outside = Uris.fromPath(elsewhere.resolve("p.client"));
        Files.writeString(elsewhere.resolve("p.client"), PROJECT);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            List<Diagnostic> before = lsp.publishedDiagnostics(uri);
            lsp.openUri(outside, PROJECT);
            List<Diagnostic> alone = lsp.diagnostics(outside);
            assertTrue(noDuplicate(alone), alone::toString);
            assertEquals(before.size(), alone.size(), alone::toString);
            lsp.close(outside);
            lsp.awaitDiagnostics(outside, List::isEmpty);
            lsp.settle();
            assertTrue(noDuplicate(lsp.publishedDiagnostics(uri)));
            assertEquals(List.of(), lsp.publishedDiagnostics(outside));
        }
    }

    @Test
    void aWorkspaceFolderOpenedThroughALinkIsIndexed() throws Exception {
        writeProject(root);
        Path link = Files.createSymbolicLink(elsewhere.resolve("link"), root);
        try (LspFixture lsp = LspFixture.start(link, LspFixture.TODAY)) {
            assertTrue(!only(lsp.publishedDiagnostics(lsp.uri("p.client")), "no-goals").isEmpty());
        }
    }

    @Test
    void aByteOrderMarkIsNoColumnOfAFileOnDisk() throws Exception {
        Files.write(root.resolve("bom.client"), ("\uFEFFproject p {\n}\n").getBytes(StandardCharsets.UTF_8));
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            List<Diagnostic> diagnostics = lsp.publishedDiagnostics(lsp.uri("bom.client"));
            assertEquals(8, only(diagnostics, "no-decision-maker").get(0).getRange().getStart().getCharacter());
        }
    }

    @Test
    void theFirstOfTwoDeclarationsIsTheSameForTheServerAndTheCheckAndIsNamedAsWritten() throws Exception {
        Files.writeString(root.resolve("a.client"), "project p {\n  person boris { decides }\n}\n");
        Files.writeString(root.resolve("b.client"), "log p {\n  person anna { backup }\n}\n");
        Files.writeString(root.resolve("ж.client"), "log p {\n  person anna { contact }\n}\n");
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            List<Diagnostic> cyrillic = lsp.publishedDiagnostics(lsp.uri("ж.client"));
            Diagnostic duplicate = only(cyrillic, "duplicate-id").get(0);
            assertEquals("`anna` is already declared at b.client:2; the first declaration counts",
                    duplicate.getMessage());
            lsp.settle();
            assertNull(lsp.client().published(lsp.uri("b.client")), "b.client breaks no rule");
        }
    }

    @Test
    void fileLocalhostAndFileSlashSlashSlashAreTheSameFile() throws Exception {
        String uri = writeProject(root);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            lsp.publishedDiagnostics(uri);
            String localhost = uri.replace("file:///", "file://localhost/");
            lsp.openUri(localhost, PROJECT);
            List<Diagnostic> diagnostics = lsp.diagnostics(localhost);
            assertTrue(noDuplicate(diagnostics), diagnostics::toString);
        }
    }

    @Test
    void aChangedTouchbaseJsonIsFollowedAndABrokenOneIsReportedWhileTheLastGoodOneStays() throws Exception {
        Path config = root.resolve("touchbase.json");
        Files.writeString(config, "{\"today\": \"2026-11-20\"}");
        Files.writeString(root.resolve("p.client"), PROJECT.replace("}\n}", "}\n  touch 2026-11-15 meeting with anna \"Review\" { purpose \"x\" benefit \"y\" }\n}"));
        String uri = Uris.fromPath(root.resolve("p.client"));
        String configUri = Uris.fromPath(config);
        try (LspFixture lsp = LspFixture.start(root, new JsonObject())) {
            assertEquals(1, only(lsp.publishedDiagnostics(uri), "meeting-without-summary").size());

            Files.writeString(config, "{\"today\": \"2026-11-20\",}");
            lsp.watched(configUri, FileChangeType.Changed);
            List<Diagnostic> problem = lsp.awaitDiagnostics(configUri, list -> !list.isEmpty());
            assertTrue(problem.get(0).getMessage().contains("not valid JSON"), problem.toString());
            assertTrue(lsp.client().shown().stream().anyMatch(message -> message.getType() == MessageType.Error
                    && message.getMessage().contains("not valid JSON")), lsp.client().shown()::toString);
            assertEquals(1, only(lsp.publishedDiagnostics(uri), "meeting-without-summary").size());

            Files.writeString(config, "{\"today\": \"2026-11-10\"}");
            lsp.watched(configUri, FileChangeType.Changed);
            lsp.awaitDiagnostics(configUri, List::isEmpty);
            lsp.awaitDiagnostics(uri, list -> only(list, "meeting-without-summary").isEmpty());
        }
    }

    @Test
    void aBrokenTouchbaseJsonAtStartIsReported() throws Exception {
        Files.writeString(root.resolve("touchbase.json"), "{\"today\": \"someday\"}");
        writeProject(root);
        try (LspFixture lsp = LspFixture.start(root, new JsonObject())) {
            List<Diagnostic> problem = lsp.awaitDiagnostics(Uris.fromPath(root.resolve("touchbase.json")),
                    list -> !list.isEmpty());
            assertTrue(problem.get(0).getMessage().contains("\"today\" must be a date"), problem.toString());
            // on the value: {"today": "someday"} — line 1, the opening quote of "someday" at column 11
            assertEquals(new Position(0, 10), problem.get(0).getRange().getStart(), problem.toString());
        }
    }

    @Test
    void theEditorsSettingsChangeReReadsTouchbaseJson() throws Exception {
        Path config = root.resolve("touchbase.json");
        Files.writeString(config, "{\"rules\": {\"no-goals\": \"off\"}}");
        String uri = writeProject(root);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            assertTrue(only(lsp.publishedDiagnostics(uri), "no-goals").isEmpty());
            Files.writeString(config, "{}");
            JsonObject settings = new JsonObject();
            settings.addProperty("today", LspFixture.TODAY);
            lsp.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            lsp.awaitDiagnostics(uri, list -> !only(list, "no-goals").isEmpty());
        }
    }

    @Test
    void aWorkspaceFolderAddedAndRemovedWhileTheServerRuns() throws Exception {
        writeProject(root);
        Files.writeString(elsewhere.resolve("q.client"), PROJECT.replace("project p", "project q"));
        String other = Uris.fromPath(elsewhere.resolve("q.client"));
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            lsp.publishedDiagnostics(lsp.uri("p.client"));
            lsp.folders(List.of(elsewhere), List.of());
            assertTrue(!only(lsp.publishedDiagnostics(other), "no-goals").isEmpty());
            lsp.folders(List.of(), List.of(elsewhere));
            lsp.awaitDiagnostics(other, List::isEmpty);
        }
    }
}
