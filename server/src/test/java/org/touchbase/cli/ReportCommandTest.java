package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code touchbase report} and {@code touchbase check} over the same workspace loading. */
class ReportCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static final String PROJECT = """
            project acme "Acme portal" {
              client "Acme"
              person anna "Anna" { decides }
              touch q 2026-11-01 letter from anna "Question"
            }
            """;

    @Test
    void writesTheIndexAndOneDocumentPerProject() throws IOException {
        write("ws/acme.client", PROJECT);
        write("ws/other.client", "project other \"Other\" { }\n");
        Path out = dir.resolve("out");
        Run run = run("report", dir.resolve("ws").toString(), "--out", out.toString(), "--today", "2026-11-20",
                "--locale", "en");
        assertEquals(0, run.code(), run.err());
        assertEquals("3 documents written; start with " + out.resolve("index.html") + "\n",
                run.out().replace("\r\n", "\n"));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<a href=\"acme.html\">Acme portal</a>"), index);
        String acme = Files.readString(out.resolve("acme.html"));
        assertTrue(acme.contains("<h1>Acme portal</h1>"), acme);
        assertTrue(acme.contains("Question"), acme);
        assertTrue(Files.exists(out.resolve("other.html")));
    }

    @Test
    void aPositionLinksItsFileFromTheFolderTheDocumentsAreWrittenTo() throws IOException {
        write("ws/acme.client", PROJECT);
        Path out = dir.resolve("reports").resolve("november");
        Run run = run("report", dir.resolve("ws").toString(), "--out", out.toString(), "--today", "2026-11-20",
                "--locale", "en");
        assertEquals(0, run.code(), run.err());
        Matcher link = Pattern.compile("<a class=\"pos\" href=\"([^\"#]+)#L(\\d+)\"")
                .matcher(Files.readString(out.resolve("acme.html")));
        assertTrue(link.find());
        assertEquals("../../ws/acme.client", link.group(1));
        assertEquals(dir.resolve("ws/acme.client").toRealPath(), out.resolve(link.group(1)).toRealPath());
    }

    @Test
    void markdownInRussianForOneProject() throws IOException {
        write("ws/acme.client", PROJECT);
        write("ws/other.client", "project other \"Other\" { }\n");
        Path out = dir.resolve("md");
        Run run = run("report", dir.resolve("ws").toString(), "--out", out.toString(), "--format", "md",
                "--locale", "ru", "--project", "acme", "--today", "2026-11-20 10:00");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(out.resolve("index.md")));
        assertTrue(Files.exists(out.resolve("acme.md")));
        assertFalse(Files.exists(out.resolve("other.md")));
        assertTrue(Files.readString(out.resolve("acme.md")).contains("## Доверие"));
    }

    @Test
    void theClientAudienceWritesOneDocumentPerProjectAndNoPortfolio() throws IOException {
        write("ws/acme.client", PROJECT);
        write("ws/other.client", "project other \"Other\" { }\n");
        Path out = dir.resolve("client");
        Run run = run("report", dir.resolve("ws").toString(), "--out", out.toString(), "--audience", "client",
                "--format", "md", "--today", "2026-11-20", "--locale", "en");
        assertEquals(0, run.code(), run.err());
        assertEquals("2 documents written; start with " + out.resolve("acme.md") + "\n",
                run.out().replace("\r\n", "\n"));
        assertFalse(Files.exists(out.resolve("index.md")), "no portfolio: it would show one client the others");
        String acme = Files.readString(out.resolve("acme.md"));
        assertTrue(acme.contains("## What each side owes"), acme);
        assertFalse(acme.contains("Trust"), acme);
        assertFalse(acme.contains("acme.client"), acme);
    }

    @Test
    void anUnknownAudienceIsTrouble() throws IOException {
        write("ws/acme.client", PROJECT);
        Run run = run("report", dir.resolve("ws").toString(), "--out", dir.resolve("x").toString(),
                "--audience", "board");
        assertEquals(2, run.code(), run.err());
    }

    @Test
    void theTodaySettingOfTheConfigurationCounts() throws IOException {
        write("ws/touchbase.json", "{\"today\": \"2026-11-02\", \"locale\": \"en\"}");
        write("ws/acme.client", PROJECT);
        Path out = dir.resolve("out");
        assertEquals(0, run("report", dir.resolve("ws").toString(), "--out", out.toString()).code());
        String acme = Files.readString(out.resolve("acme.html"));
        assertTrue(acme.contains("status as of 2 Nov 2026"), acme);
    }

    @Test
    void troubleIsExitCodeTwoWithOneLine() throws IOException {
        write("ws/acme.client", PROJECT);
        Run unknown = run("report", dir.resolve("ws").toString(), "--out", dir.resolve("o").toString(),
                "--project", "nope", "--locale", "en");
        assertEquals(2, unknown.code());
        assertEquals("there is no project `nope` in the workspace (projects: acme)", unknown.err().strip());
        Run badToday = run("report", dir.resolve("ws").toString(), "--out", dir.resolve("o").toString(),
                "--today", "soon", "--locale", "en");
        assertEquals(2, badToday.code());
        assertTrue(badToday.err().contains("--today must be a date"), badToday.err());
        Run noOut = run("report", dir.resolve("ws").toString());
        assertEquals(2, noOut.code());
        Path blocked = write("file-not-folder", "x");
        Run cannotWrite = run("report", dir.resolve("ws").toString(), "--out", blocked.toString(), "--locale", "en");
        assertEquals(2, cannotWrite.code());
        assertTrue(cannotWrite.err().startsWith("cannot write the documents to"), cannotWrite.err());
    }

    @Test
    void aWorkspaceWithSyntaxErrorsStillRenders() throws IOException {
        write("ws/broken.client", "project acme \"Acme\" {\n  person anna {\n  touch 2026-11-01 call with anna\n");
        Path out = dir.resolve("out");
        Run run = run("report", dir.resolve("ws").toString(), "--out", out.toString(), "--today", "2026-11-20",
                "--locale", "en");
        assertEquals(0, run.code(), run.err());
        String acme = Files.readString(out.resolve("acme.html"));
        assertTrue(acme.contains("Syntax error") || acme.contains("syntax"), acme);
    }

    @Test
    void checkStillReportsAsBefore() throws IOException {
        write("ws/acme.client", PROJECT);
        Run run = run("check", dir.resolve("ws").toString(), "--today", "2026-11-20", "--locale", "en",
                "--fail-on", "warning");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("no-decision-maker") || run.out().contains("unanswered"), run.out());
        assertTrue(run.out().contains("in 1 file"), run.out());
        Run bad = run("check", dir.resolve("ws").toString(), "--locale", "xx");
        assertEquals(2, bad.code());
        assertEquals("--locale must be en or ru, not \"xx\"", bad.err().strip());
    }
}
