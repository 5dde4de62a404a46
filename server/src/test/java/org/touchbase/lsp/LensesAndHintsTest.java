package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.lsp.LspFixture.await;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Code lenses on projects and people, inlay hints after deadlines, both as of the project's "now". */
class LensesAndHintsTest {

    static final String PROJECT = """
            project p "P" {
              launch 2026-12-15
              person anna "Anna" { decides }
              person boris "Boris" { contact }
              plan {
                step s1 "Start" due 2026-11-10 done
                step s2 "Design" due 2026-11-17
                step s3 "Go live" due 2026-11-20
                step s4 "Launch" due 2026-12-15
              }
              touch 2026-11-10 call with anna { purpose "x" benefit "y" }
              touch q1 2026-11-18 09:00 letter from boris "Question?"
              touch 2026-11-18 10:00 reply to boris re q1 { ack eta 2026-11-23 }
              touch 2026-11-25 call with anna { purpose "x" benefit "y" }
              expect texts from anna "Texts" due 2026-11-19
              expect logo from boris "Logo" due 2026-11-01 received 2026-10-30
            }
            """;

    static String lenses(LspFixture lsp, String uri) {
        List<String> lines = new ArrayList<>();
        for (CodeLens lens : await(lsp.server().getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))))) {
            lines.add(lens.getRange().getStart().getLine() + ":" + lens.getRange().getStart().getCharacter() + " "
                    + lens.getCommand().getTitle());
        }
        return String.join("\n", lines);
    }

    static String hints(LspFixture lsp, String uri, Range range) {
        List<String> lines = new ArrayList<>();
        for (InlayHint hint : await(lsp.server().getTextDocumentService()
                .inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), range)))) {
            lines.add(hint.getPosition().getLine() + ":" + hint.getPosition().getCharacter() + " "
                    + hint.getLabel().getLeft());
        }
        return String.join("\n", lines);
    }

    static Range all() {
        return new Range(new Position(0, 0), new Position(1000, 0));
    }

    static JsonObject russian() {
        JsonObject options = new JsonObject();
        options.addProperty("today", LspFixture.TODAY);
        options.addProperty("locale", "ru");
        return options;
    }

    @Test
    void lensesOnTheProjectAndEachPerson() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            int findings = lsp.diagnostics(uri).size();
            assertEquals("""
                    0:8 trust 67%
                    0:8 %d open findings
                    0:8 launch in 25 days
                    2:9 trust 50%%
                    2:9 1 touch
                    2:9 last touch 10 Nov (10 days ago)
                    3:9 trust 100%%
                    3:9 2 touches
                    3:9 last touch 18 Nov (2 days ago)""".replace("67%", "67%%").formatted(findings),
                    lenses(lsp, uri));
        }
    }

    @Test
    void lensesInRussianAndWithNothingToCount() throws Exception {
        try (LspFixture lsp = LspFixture.start(null, russian())) {
            String uri = lsp.open("p.client", "project p {\n  launch 2026-11-01\n  person anna\n}\n"
                    + "log p {\n  person boris\n}\n");
            String lenses = lenses(lsp, uri);
            assertEquals("""
                    0:8 доверие неизвестно
                    0:8 открытых замечаний: %d
                    0:8 дата запуска прошла 19 дней назад
                    2:9 доверие неизвестно
                    2:9 касаний пока нет
                    5:9 доверие неизвестно
                    5:9 касаний пока нет""".formatted(lsp.diagnostics(uri).size()), lenses);
            assertEquals("", lenses(lsp, lsp.uri("nowhere.client")));
            lsp.replace(uri, "project p {\n  launch 2026-11-20\n  person anna {\n");
            assertEquals("0:8 запуск сегодня", lenses(lsp, uri).lines().filter(l -> l.contains("запуск"))
                    .findFirst().orElse(""));
        }
    }

    @Test
    void hintsAfterDeadlinesThatStillMatter() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            assertEquals("""
                    6:35 overdue 3 days
                    7:36 due today
                    8:35 in 25 days
                    12:66 in 3 days
                    14:47 overdue 1 day""", hints(lsp, uri, all()));
            assertEquals("7:36 due today", hints(lsp, uri, new Range(new Position(7, 0), new Position(7, 40))));
        }
    }

    @Test
    void noHintsOnceAnsweredOrWhereTheirRuleDoesNotLook() throws Exception {
        try (LspFixture lsp = LspFixture.start(null, russian())) {
            String answered = PROJECT.replace("  expect texts", "  touch 2026-11-19 reply to boris re q1 \"Answer\"\n"
                    + "  expect texts");
            String uri = lsp.open("p.client", answered);
            assertEquals("""
                    6:35 просрочено на 3 дня
                    7:36 срок сегодня
                    8:35 через 25 дней
                    15:47 просрочено на 1 день""", hints(lsp, uri, all()));
            // A paused project still waits for our answers: only the promised answer's date is hinted.
            lsp.replace(uri, PROJECT.replace("launch 2026-12-15", "status paused"));
            assertEquals("12:66 через 3 дня", hints(lsp, uri, all()));
            lsp.replace(uri, PROJECT.replace("launch 2026-12-15", "status done"));
            assertEquals("", hints(lsp, uri, all()));
            lsp.replace(uri, "log nowhere {\n  expect x from a \"X\" due 2026-01-01\n}\n");
            assertEquals("", hints(lsp, uri, all()));
            lsp.replace(uri, "project p {\n  plan { step s \"S\" due 2026-11-2");
            assertEquals("", hints(lsp, uri, all()));
            assertEquals("", hints(lsp, lsp.uri("nowhere.client"), all()));
        }
    }

    @Test
    void everyLanguageServerTextIsInBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties russian = load("messages_ru.properties");
        // A counted text has a variant per plural form, and the languages have different forms.
        TreeSet<String> englishKeys = new TreeSet<>();
        TreeSet<String> russianKeys = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            englishKeys.add(key.replaceFirst("\\.(one|few|many|other)$", ""));
        }
        for (String key : russian.stringPropertyNames()) {
            russianKeys.add(key.replaceFirst("\\.(one|few|many|other)$", ""));
        }
        englishKeys.removeIf(key -> !key.startsWith("lsp."));
        russianKeys.removeIf(key -> !key.startsWith("lsp."));
        assertEquals(englishKeys, russianKeys);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LensesAndHintsTest.class.getResourceAsStream("/org/touchbase/core/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
