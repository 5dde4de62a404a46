package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.LspAssert.assertDiagnostics;
import static org.touchbase.lsp.LspAssert.d;
import static org.touchbase.lsp.LspAssert.only;
import static org.touchbase.lsp.LspAssert.r;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {

    static final String HEALTHY_HEAD = """
            project p "P" {
              goal "Launch"
              person anna "Anna" { decides backup goal "Growth" }
              source "Annual report"
              scenario "Plan B"
              plan { step s "Start" due 2026-12-01 }
            """;

    @Test
    void publishesFindingsWithCodeLinkSeverityAndSource() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", """
                    project p "P" {
                      person anna "Anna" { backup }
                    }
                    """);
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            Diagnostic noDecisionMaker = only(diagnostics, "no-decision-maker").get(0);
            assertEquals(r(0, 8, 0, 9), noDecisionMaker.getRange());
            assertEquals(DiagnosticSeverity.Error, noDecisionMaker.getSeverity());
            assertEquals("touchbase", noDecisionMaker.getSource());
            assertTrue(noDecisionMaker.getCodeDescription().getHref().endsWith("/docs/rules/no-decision-maker.md"));
            assertTrue(noDecisionMaker.getMessage().contains("decision-maker"), noDecisionMaker.getMessage());
        }
    }

    @Test
    void sameFindingsAsTheCheckOnTheSameTextAndDate() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", HEALTHY_HEAD + """
                      touch q 2026-11-10 letter from anna "Question?"
                      touch 2026-11-05 meeting with anna "Review" { purpose "Review" benefit "Clarity" }
                    }
                    """);
            assertDiagnostics(lsp.diagnostics(uri),
                    d(6, 2, "unanswered"),
                    d(7, 2, "meeting-without-summary"));
        }
    }

    @Test
    void syntaxErrorsAreClearSentencesAndTheRestStillChecks() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", """
                    project p "P" {
                      touch 2026-11-10 call anna
                      person boris "Boris" { contact }
                    }
                    """);
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            Diagnostic syntax = only(diagnostics, "syntax").get(0);
            assertEquals("missing `to`, `from` or `with` after `call`", syntax.getMessage());
            assertEquals(1, only(diagnostics, "contact-motivation-unknown").size());
            assertEquals(1, only(diagnostics, "no-decision-maker").size());
        }
    }

    @Test
    void unusedSuppressionIsTaggedUnnecessary() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", HEALTHY_HEAD + """
                      // touchbase-disable-next-line no-goals
                      touch 2026-11-10 call with anna { purpose "x" benefit "y" }
                    }
                    """);
            Diagnostic unused = only(lsp.diagnostics(uri), "unused-suppression").get(0);
            assertEquals(List.of(DiagnosticTag.Unnecessary), unused.getTags());
        }
    }

    @Test
    void anEditInOneFileRepublishesTheFilesItChangesTheMeaningOf(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("log.client"), """
                log p {
                  touch 2026-11-18 call with anna { purpose "x" benefit "y" }
                }
                """);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            String logUri = lsp.uri("log.client");
            assertDiagnostics(lsp.publishedDiagnostics(logUri), d(0, 4, "unknown-reference"));
            String uri = lsp.open("p.client", HEALTHY_HEAD + "}\n");
            assertDiagnostics(lsp.diagnostics(uri));
            long deadline = System.currentTimeMillis() + 10_000;
            while (!lsp.publishedDiagnostics(logUri).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertDiagnostics(lsp.publishedDiagnostics(logUri));
        }
    }

    @Test
    void anEditThatChangesNothingElsewhereSendsNothingElsewhere(@TempDir Path root) throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(root.resolve("q" + i + ".client"), "project q" + i + " {\n}\n");
        }
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            String other = lsp.uri("q5.client");
            assertEquals(1, only(lsp.publishedDiagnostics(other), "no-decision-maker").size());
            String uri = lsp.open("p.client", HEALTHY_HEAD + "  touch 2026-11-18 call with anna\n}\n");
            lsp.diagnostics(uri);
            lsp.settle();
            int before = lsp.client().publications(other);
            for (int i = 0; i < 3; i++) {
                lsp.change(uri, new Range(new Position(0, 11), new Position(0, 11)), "x");
                assertEquals(1, only(lsp.diagnostics(uri), "aimless-touch").size());
            }
            lsp.settle();
            assertEquals(before, lsp.client().publications(other));
            lsp.change(uri, new Range(new Position(0, 8), new Position(0, 9)), "q5");
            lsp.awaitDiagnostics(other, diagnostics -> !only(diagnostics, "duplicate-id").isEmpty());
        }
    }

    @Test
    void aWorkspaceOfManyFilesGetsEachFilesOwnDiagnostics(@TempDir Path root) throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(root.resolve("log" + i + ".client"), "log p" + i + " {\n}\n");
        }
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            for (int i = 0; i < 20; i++) {
                List<Diagnostic> diagnostics = lsp.publishedDiagnostics(lsp.uri("log" + i + ".client"));
                assertEquals(1, diagnostics.size(), "log" + i);
                assertEquals("there is no project `p" + i + "` in the workspace", diagnostics.get(0).getMessage(), "log" + i);
            }
        }
    }

    @Test
    void anEditSaysTheMessagesItChangedAndKeepsTheRestAsAFreshServerSaysThem() throws Exception {
        String text = HEALTHY_HEAD + """
                  touch q 2026-11-10 09:00 letter from anna "Question?"
                  touch 2026-11-12 meeting with anna "Review"
                }
                """;
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", text);
            assertTrue(only(lsp.diagnostics(uri), "unanswered").get(0).getMessage().contains("Question?"));
            int at = text.indexOf("Question?");
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            int column = at - text.lastIndexOf('\n', at) - 1;
            lsp.change(uri, new Range(new Position(line, column), new Position(line, column + 8)), "Pricing");
            List<Diagnostic> edited = lsp.diagnostics(uri);
            assertTrue(only(edited, "unanswered").get(0).getMessage().contains("Pricing?"), edited.toString());
            try (LspFixture fresh = LspFixture.start()) {
                assertEquals(fresh.diagnostics(fresh.open("p.client", lsp.text(uri))), edited);
            }
        }
    }

    @Test
    void closingAnUnsavedDocumentFallsBackToTheDisk(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("p.client"), HEALTHY_HEAD + "}\n");
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            String uri = lsp.open("p.client", "project p {\n}\n");
            assertEquals(1, only(lsp.diagnostics(uri), "no-decision-maker").size());
            lsp.server().getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            long deadline = System.currentTimeMillis() + 10_000;
            while (!lsp.publishedDiagnostics(uri).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertDiagnostics(lsp.publishedDiagnostics(uri));
        }
    }

    @Test
    void settingsChangeSeveritiesTodayAndLanguageWithoutARestart() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", "project p {\n  person anna { decides backup goal \"g\" }\n}\n");
            assertEquals(DiagnosticSeverity.Warning, only(lsp.diagnostics(uri), "no-goals").get(0).getSeverity());

            JsonObject rules = new JsonObject();
            rules.addProperty("no-goals", "error");
            rules.addProperty("no-plan", "off");
            JsonObject touchbase = new JsonObject();
            touchbase.add("rules", rules);
            touchbase.addProperty("locale", "ru");
            touchbase.addProperty("today", "2026-11-20");
            JsonObject settings = new JsonObject();
            settings.add("touchbase", touchbase);
            lsp.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));

            long deadline = System.currentTimeMillis() + 10_000;
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            while (only(diagnostics, "no-goals").get(0).getSeverity() != DiagnosticSeverity.Error
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
                diagnostics = lsp.diagnostics(uri);
            }
            Diagnostic noGoals = only(diagnostics, "no-goals").get(0);
            assertEquals(DiagnosticSeverity.Error, noGoals.getSeverity());
            assertTrue(noGoals.getMessage().startsWith("У проекта"), noGoals.getMessage());
            assertTrue(only(diagnostics, "no-plan").isEmpty());
        }
    }

    /** A reply 5 hours after a letter, then 9 days of silence: late and a gap with 4h and 7d, not with 1d and 14d. */
    static final String REPLIED_THEN_SILENT = HEALTHY_HEAD + """
              touch q 2026-11-10 09:00 letter from anna "Question?"
              touch 2026-11-10 14:00 reply to anna re q "Answer"
            }
            """;

    /** The editor's settings: "today" fixed, and the given reply deadline and cadence. */
    private static JsonObject editorSettings(String respondWithin, String cadence) {
        JsonObject options = new JsonObject();
        options.addProperty("today", LspFixture.TODAY);
        options.addProperty("respondWithin", respondWithin);
        options.addProperty("cadence", cadence);
        return options;
    }

    @Test
    void respondWithinAndCadenceFromTheEditorSettingsReachTheRules() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", REPLIED_THEN_SILENT);
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            assertTrue(only(diagnostics, "late-reply").isEmpty(), diagnostics.toString());
            assertTrue(only(diagnostics, "touch-gap").isEmpty(), diagnostics.toString());
        }
        try (LspFixture lsp = LspFixture.start(null, editorSettings("4h", "7d"))) {
            String uri = lsp.open("p.client", REPLIED_THEN_SILENT);
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            assertDiagnostics(diagnostics, d(7, 2, "late-reply"), d(2, 9, "touch-gap"));
            assertTrue(only(diagnostics, "late-reply").get(0).getMessage().endsWith("1 h late (reply deadline: within 4 hours)"),
                    diagnostics.toString());
            assertTrue(only(diagnostics, "touch-gap").get(0).getMessage().contains("every 7 days"), diagnostics.toString());
        }
    }

    @Test
    void editorRespondWithinAndCadenceLayerOverTouchbaseJsonWithoutARestart(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("touchbase.json"), "{\"respondWithin\": \"4h\", \"cadence\": \"7d\"}");
        try (LspFixture lsp = LspFixture.start(root, editorSettings("1d", "2w"))) {
            String uri = lsp.open("p.client", REPLIED_THEN_SILENT);
            assertDiagnostics(lsp.diagnostics(uri));

            // Without respondWithin and cadence in the editor's settings, touchbase.json's apply.
            JsonObject touchbase = new JsonObject();
            touchbase.addProperty("today", LspFixture.TODAY);
            JsonObject settings = new JsonObject();
            settings.add("touchbase", touchbase);
            lsp.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));

            long deadline = System.currentTimeMillis() + 10_000;
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            while (diagnostics.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
                diagnostics = lsp.diagnostics(uri);
            }
            assertDiagnostics(diagnostics, d(7, 2, "late-reply"), d(2, 9, "touch-gap"));
            assertTrue(lsp.client().logs().isEmpty(), lsp.client().logs().toString());
        }
    }

    @Test
    void aProjectsOwnRespondWithinAndCadenceWinOverTheEditorSettings() throws Exception {
        try (LspFixture lsp = LspFixture.start(null, editorSettings("4h", "7d"))) {
            String uri = lsp.open("p.client", REPLIED_THEN_SILENT.replace("  goal \"Launch\"\n",
                    "  goal \"Launch\"\n  respond within 1d\n  cadence 2w\n"));
            assertDiagnostics(lsp.diagnostics(uri));
        }
    }

    @Test
    void brokenAndHugeInputNeverKillTheServer() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", "{".repeat(50_000) + "\"unterminated\n".repeat(500) + "\u0000\uFFFD@@");
            assertTrue(!only(lsp.diagnostics(uri), "syntax").isEmpty());
            lsp.replace(uri, "project p { person anna { decides } }");
            assertTrue(only(lsp.diagnostics(uri), "syntax").isEmpty());
        }
    }

    @Test
    void workweekAndHolidaysFromTheEditorSettingsReachTheRules() throws Exception {
        String letterOnTuesdayEvening = HEALTHY_HEAD + """
                  touch q 2026-11-17 18:00 letter from anna "Budget?"
                }
                """;
        JsonObject options = new JsonObject();
        options.addProperty("today", "2026-11-19");
        try (LspFixture lsp = LspFixture.start(null, options)) {
            String uri = lsp.open("p.client", letterOnTuesdayEvening);
            assertEquals(1, only(lsp.diagnostics(uri), "unanswered").size(), "due by the end of Wednesday");
        }
        JsonArray holidays = new JsonArray();
        holidays.add("2026-11-18");
        options.add("holidays", holidays);
        try (LspFixture lsp = LspFixture.start(null, options)) {
            String uri = lsp.open("p.client", letterOnTuesdayEvening);
            assertTrue(only(lsp.diagnostics(uri), "unanswered").isEmpty(), "Wednesday is a holiday: due Thursday");
        }
        options.remove("holidays");
        options.addProperty("workweek", "mon,tue,thu,fri");
        try (LspFixture lsp = LspFixture.start(null, options)) {
            String uri = lsp.open("p.client", letterOnTuesdayEvening);
            assertTrue(only(lsp.diagnostics(uri), "unanswered").isEmpty(), "no work on Wednesdays: due Thursday");
        }
    }

    @Test
    void remindEveryAndConfirmWithinFromTheEditorSettingsReachTheRules() throws Exception {
        String text = HEALTHY_HEAD + """
                  expect logo from anna "Logo" due 2026-11-05
                  touch 2026-11-06 reminder to anna { purpose "Logo" benefit "Dates" reminds logo }
                  touch 2026-11-10 11:00 call with anna { purpose "Scope" benefit "Plan" agreed scope "v1" }
                  touch 2026-11-12 letter to anna { purpose "Record" benefit "Clear" confirms scope }
                }
                """;
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", text);
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            assertEquals(1, only(diagnostics, "obligation-overdue").size(), "reminded 14 days ago: " + diagnostics);
            assertEquals(1, only(diagnostics, "late-confirmation").size(), "confirmed two days later: " + diagnostics);
        }
        JsonObject options = new JsonObject();
        options.addProperty("today", LspFixture.TODAY);
        options.addProperty("remindEvery", "30d");
        options.addProperty("confirmWithin", "3d");
        try (LspFixture lsp = LspFixture.start(null, options)) {
            String uri = lsp.open("p.client", text);
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            assertTrue(only(diagnostics, "obligation-overdue").isEmpty(), diagnostics.toString());
            assertTrue(only(diagnostics, "late-confirmation").isEmpty(), diagnostics.toString());
        }
    }
}
