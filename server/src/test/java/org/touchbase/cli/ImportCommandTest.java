package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchbase.importer.TouchIds;
import org.touchbase.lsp.services.FormattingService;

/** {@code touchbase import}: mail and calendar files in, touches appended to the workspace, a summary out. */
class ImportCommandTest {

    @TempDir
    Path dir;

    Path workspace;

    static final String PORTAL = """
            project portal "Portal" {
              starts 2026-09-01
              person anna "Anna Smirnova" { decides email "anna@acme.example" }
              person boris "Boris Kuznetsov" { contact email "boris@acme.example" }
            }
            """;

    static final String QUESTION = """
            From: Anna Smirnova <anna@acme.example>
            To: olga@agency.example
            Subject: =?UTF-8?B?0JrQvtCz0LTQsCDQt9Cw0L/Rg9GB0Lo/?=
            Date: Tue, 10 Nov 2026 14:05:00 +0300
            Message-ID: <q-1@acme.example>
            Content-Type: text/plain; charset=utf-8

            When do we launch? "Soon" is not a date.
            """;

    static final String ANSWER = """
            From: Olga <olga@agency.example>
            To: anna@acme.example
            Cc: Boris <boris@acme.example>
            Subject: Re: launch
            Date: Tue, 10 Nov 2026 16:00:00 +0300
            Message-ID: <a-1@agency.example>
            In-Reply-To: <q-1@acme.example>

            On December 15.
            """;

    static final String CALL = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Touchbase tests//EN\r
            BEGIN:VEVENT\r
            UID:call-1@agency.example\r
            DTSTAMP:20261101T000000Z\r
            DTSTART:20261112T070000Z\r
            SUMMARY:Launch plan\r
            LOCATION:Google Meet\r
            DESCRIPTION:https://meet.google.com/abc-defg-hij\r
            ATTENDEE:mailto:anna@acme.example\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @BeforeEach
    void workspace() throws IOException {
        workspace = dir.resolve("clients");
        Cli.write(workspace, "portal.client", PORTAL);
        Cli.write(workspace, "touchbase.json", "{ \"today\": \"2026-11-20\", \"ourAddresses\": [\"@agency.example\"] }\n");
    }

    private Cli.Result importFiles(String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "import";
        all[1] = "--workspace";
        all[2] = workspace.toString();
        all[3] = "--zone";
        all[4] = "Europe/Moscow";
        all[5] = "--locale";
        all[6] = "en";
        System.arraycopy(args, 0, all, 7, args.length);
        return Cli.run(all);
    }

    private String log() throws IOException {
        return Files.readString(workspace.resolve("portal-2026-11.client"), StandardCharsets.UTF_8);
    }

    @Test
    void withoutZoneTheTimezoneOfTouchbaseJsonApplies() throws IOException {
        Cli.write(workspace, "touchbase.json", "{ \"today\": \"2026-11-20\", \"timezone\": \"Asia/Tokyo\", "
                + "\"ourAddresses\": [\"@agency.example\"] }\n");
        Path call = Cli.write(dir, "cal/call.ics", CALL);
        Cli.run("import", "--workspace", workspace.toString(), "--locale", "en", call.toString()).assertCode(Main.OK);
        // 07:00 UTC is 16:00 in Tokyo
        assertTrue(log().contains(" 2026-11-12 16:00 call with anna"), log());
    }

    @Test
    void importsALetterThatCheckThenFindsUnanswered() throws IOException {
        Path letter = Cli.write(dir, "mail/question.eml", QUESTION);
        Cli.Result run = importFiles(letter.toString()).assertCode(Main.OK);
        assertEquals("Added 1 touch to " + workspace.resolve("portal-2026-11.client") + "\n", run.out());
        assertEquals("log portal {\n  touch " + TouchIds.forMessage("q-1@acme.example")
                + " 2026-11-10 14:05 letter from anna \"Когда запуск?\"\n}\n", log());
        Cli.Result check = Cli.check(workspace, "--fail-on", "never");
        assertTrue(check.out().contains("portal-2026-11.client:2:3: warning: ") && check.out().contains("[unanswered]"),
                check.out());
    }

    @Test
    void theReplyAnswersTheLetterAndCheckIsQuietAboutIt() throws IOException {
        Cli.write(dir, "mail/question.eml", QUESTION);
        Cli.write(dir, "mail/answer.eml", ANSWER);
        importFiles(dir.resolve("mail").toString()).assertCode(Main.OK);
        assertTrue(log().contains("reply to anna, boris re " + TouchIds.forMessage("q-1@acme.example") + " \"Re: launch\""),
                log());
        assertFalse(Cli.check(workspace, "--fail-on", "never").out().contains("[unanswered]"));
    }

    @Test
    void whatItWritesIsAlreadyFormatted() throws IOException {
        Cli.write(dir, "in/question.eml", QUESTION);
        Cli.write(dir, "in/answer.eml", ANSWER);
        Cli.write(dir, "in/call.ics", CALL);
        importFiles("--with-notes", dir.resolve("in").toString()).assertCode(Main.OK);
        String written = log();
        assertTrue(written.contains("    note \"When do we launch? \\\"Soon\\\" is not a date.\"\n"), written);
        assertTrue(written.contains(" 2026-11-12 10:00 call with anna \"Launch plan\"\n"), written);
        assertEquals(written, FormattingService.format(written));
        // and after a second import appends to the same block
        Cli.write(dir, "later/more.eml", QUESTION.replace("q-1@", "q-2@").replace("10 Nov", "11 Nov"));
        importFiles("--with-notes", dir.resolve("later").toString()).assertCode(Main.OK);
        assertEquals(log(), FormattingService.format(log()));
    }

    @Test
    void aDryRunPrintsTheTouchesAndWritesNothing() throws IOException {
        Path letter = Cli.write(dir, "mail/question.eml", QUESTION);
        Cli.Result run = importFiles("--dry-run", letter.toString()).assertCode(Main.OK);
        assertEquals("Would add 1 touch to " + workspace.resolve("portal-2026-11.client") + ":\n"
                + "  touch " + TouchIds.forMessage("q-1@acme.example")
                + " 2026-11-10 14:05 letter from anna \"Когда запуск?\"\n", run.out());
        assertFalse(Files.exists(workspace.resolve("portal-2026-11.client")));
    }

    @Test
    void importingTwiceAddsNothing() throws IOException {
        Path letter = Cli.write(dir, "mail/question.eml", QUESTION);
        importFiles(letter.toString()).assertCode(Main.OK);
        String first = log();
        Cli.Result again = importFiles(letter.toString()).assertCode(Main.OK);
        assertEquals("Nothing new to add\n1 message or event was imported before\n", again.out());
        assertEquals(first, log());
    }

    @Test
    void badInputIsListedTheRestImportedAndTheExitCodeIsOne() throws IOException {
        Cli.write(dir, "mail/question.eml", QUESTION);
        Cli.write(dir, "mail/broken.eml", "From: anna@acme.example\nSubject: no date\n\nText\n");
        Cli.Result run = importFiles(dir.resolve("mail").toString()).assertCode(Main.FINDINGS);
        assertTrue(run.out().contains("Added 1 touch to "), run.out());
        assertTrue(run.out().contains("1 problem; the rest was imported:\n  " + dir.resolve("mail/broken.eml")
                + ": no date (Date)\n"), run.out());
    }

    @Test
    void theSummaryIsInTheLanguageAsked() throws IOException {
        Path letter = Cli.write(dir, "mail/question.eml", QUESTION);
        Cli.Result run = Cli.run("import", "--workspace", workspace.toString(), "--locale", "ru", "--zone", "UTC",
                letter.toString());
        assertEquals("Добавлено касаний в " + workspace.resolve("portal-2026-11.client") + ": 1\n", run.out());
    }

    @Test
    void troubleEndsWithOneLineAndExitCodeTwo() throws IOException {
        Path letter = Cli.write(dir, "mail/question.eml", QUESTION);
        Cli.run("import", "--workspace", dir.resolve("nowhere").toString(), letter.toString())
                .assertTrouble("nowhere");
        Cli.run("import", "--workspace", workspace.toString(), "--zone", "Mars/Olympus", letter.toString())
                .assertTrouble("Mars/Olympus");
        Cli.run("import", "--workspace", dir.resolve("mail").toString(), letter.toString())
                .assertTrouble("no .client files");
        Cli.write(workspace, "touchbase.json", "{ \"ourAddresses\": \"@agency.example\" }");
        Cli.run("import", "--workspace", workspace.toString(), "--locale", "en", letter.toString())
                .assertTrouble("\"ourAddresses\" must be a list of addresses");
        Cli.check(workspace).assertTrouble("\"ourAddresses\" must be a list of addresses");
    }
}
