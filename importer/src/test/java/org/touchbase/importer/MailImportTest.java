package org.touchbase.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.importer.Corpus.expand;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages become letters and replies in the project of their people, written to log files beside the project. */
class MailImportTest {

    @TempDir
    Path temp;

    @Test
    void aClientsLetterAndTheReplyWeSentAreLinkedByInReplyTo() {
        Corpus corpus = new Corpus(temp).run("mail/01-outlook-plain.eml", "mail/02-gmail-reply-we-sent.eml");
        assertEquals(expand("""
                log portal {
                  touch m{AM0PR01MB1234.launch-1@acme.example} 2026-11-02 09:40 letter from anna "Launch date for the board"
                  touch m{CAF=reply-1@mail.agency.example} 2026-11-02 11:15 reply to anna re m{AM0PR01MB1234.launch-1@acme.example} "Re: Launch date for the board"
                }
                """), corpus.file("portal-2026-11.client"));
        assertTrue(corpus.summary.contains("Added 2 touches to "), corpus.summary);
    }

    @Test
    void aThreadKnownOnlyFromReferencesStillLinksTheReply() {
        Corpus corpus = new Corpus(temp).run("mail/04-koi8r.eml", "mail/05-cp1251-references-only.eml");
        assertEquals(expand("""
                log shop {
                  touch m{invoice-10@romashka.example.ru} 2026-11-11 10:00 letter from ivan "Счёт за октябрь"
                  touch m{invoice-10-re@agency.example} 2026-11-11 16:30 reply to ivan re m{invoice-10@romashka.example.ru} "Re: Счёт за октябрь — оплатим до пятницы"
                }
                """), corpus.file("shop-2026-11.client"));
    }

    @Test
    void subjectsInUtf8Koi8rAndWindows1251AreDecoded() {
        Corpus corpus = new Corpus(temp).run("mail/03-utf8-subject.eml", "mail/04-koi8r.eml",
                "mail/05-cp1251-references-only.eml");
        assertTrue(corpus.file("portal-2026-11.client").contains("letter from vera \"Тексты для главной страницы\""));
        assertTrue(corpus.file("shop-2026-11.client").contains("\"Счёт за октябрь\""));
        assertTrue(corpus.file("shop-2026-11.client").contains("\"Re: Счёт за октябрь — оплатим до пятницы\""));
    }

    @Test
    void aLetterToSeveralPeopleOfOneProjectIsToAllOfThem() {
        // Boris works with both projects, but Anna and Vera only with the portal: the letter is the portal's.
        Corpus corpus = new Corpus(temp).run("mail/07-cc-one-project.eml");
        assertEquals(expand("""
                log portal {
                  touch m{minutes-1@agency.example} 2026-11-13 18:00 letter to anna, boris, vera "Minutes of the design review"
                }
                """), corpus.file("portal-2026-11.client"));
    }

    @Test
    void peopleOfTwoProjectsWithNoThreadAreListedAsAmbiguous() {
        Corpus corpus = new Corpus(temp).run("mail/08-cc-two-projects.eml", "mail/13-boris-no-thread.eml");
        assertEquals(Map.of(), onlyLogs(corpus));
        assertTrue(corpus.summary.contains("Skipped 2 messages and events whose people belong to several projects"),
                corpus.summary);
        assertTrue(corpus.summary.contains("08-cc-two-projects.eml: people of projects portal, shop"), corpus.summary);
        assertTrue(corpus.summary.contains("13-boris-no-thread.eml: people of projects portal, shop"), corpus.summary);
    }

    @Test
    void theThreadTellsWhichProjectAPersonOfTwoProjectsWritesAbout() {
        // Boris's HTML-only letter answers our reply in the portal's thread.
        Corpus corpus = new Corpus(temp).run("mail/01-outlook-plain.eml", "mail/02-gmail-reply-we-sent.eml",
                "mail/06-html-only-thread.eml");
        assertTrue(corpus.file("portal-2026-11.client").contains(expand(
                "touch m{boris-html@acme.example} 2026-11-12 08:00 letter from boris \"Re: Launch date for the board\"\n")));
    }

    @Test
    void aClientsAnswerToOurQuestionIsAReplyReThatQuestion() throws Exception {
        // our letter was imported, then marked as the question it is; Boris's answer in its thread answers it
        Corpus corpus = new Corpus(temp).run("mail/01-outlook-plain.eml", "mail/02-gmail-reply-we-sent.eml");
        Path file = corpus.workspace.resolve("portal-2026-11.client");
        Files.writeString(file, corpus.file("portal-2026-11.client").replace(
                expand("touch m{CAF=reply-1@mail.agency.example} 2026-11-02 11:15 reply to anna re m{AM0PR01MB1234.launch-1@acme.example}"),
                expand("touch m{CAF=reply-1@mail.agency.example} 2026-11-02 11:15 question to anna")));
        corpus.run("mail/06-html-only-thread.eml");
        assertTrue(corpus.file("portal-2026-11.client").contains(expand(
                "touch m{boris-html@acme.example} 2026-11-12 08:00 reply from boris re m{CAF=reply-1@mail.agency.example} \"Re: Launch date for the board\"\n")),
                corpus.file("portal-2026-11.client"));
    }

    @Test
    void unknownSendersAreSkippedAndListedWithTheirAddresses() {
        Corpus corpus = new Corpus(temp).run("mail/09-unknown-sender.eml");
        assertEquals(Map.of(), onlyLogs(corpus));
        assertTrue(corpus.summary.contains("Skipped 1 message or event with no known client address"), corpus.summary);
        assertTrue(corpus.summary.contains("  news@example.org (1 time)"), corpus.summary);
    }

    @Test
    void aForwardedLetterWithAttachmentsIsALetterToItsRecipient() {
        // sent from an address of ours named in touchbase.json, not of the @agency.example domain
        Corpus corpus = new Corpus(temp).run("mail/10-forwarded.eml");
        assertEquals(expand("""
                log shop {
                  touch m{fwd-1@mail.example} 2026-11-16 12:00 letter to ivan "Fwd: Launch date for the board"
                }
                """), corpus.file("shop-2026-11.client"));
    }

    @Test
    void brokenMessagesAreReportedWithFileAndNumberAndTheRestIsImported() {
        Corpus corpus = new Corpus(temp).run("mail/11-broken-no-date.eml", "mail/12-unknown-charset.eml",
                "mbox/acme.mbox");
        assertTrue(corpus.summary.contains("3 problems; the rest was imported:"), corpus.summary);
        assertTrue(corpus.summary.contains("11-broken-no-date.eml: no date (Date)"), corpus.summary);
        assertTrue(corpus.summary.contains("12-unknown-charset.eml: unknown charset \"x-unknown-42\""), corpus.summary);
        assertTrue(corpus.summary.contains("acme.mbox, message 3: no date (Date)"), corpus.summary);
        assertEquals(2, corpus.result.added());
        assertEquals(3, corpus.result.problems().size());
    }

    @Test
    void anMboxIsSplitAtEnvelopeLinesNotAtFromLinesInsideBodies() {
        Corpus corpus = new Corpus(temp).run("mbox/acme.mbox");
        assertEquals(expand("""
                log portal {
                  touch m{contract-q@acme.example} 2026-11-18 09:00 letter from anna "Contract questions"
                  touch m{contract-a@agency.example} 2026-11-18 12:00 reply to anna re m{contract-q@acme.example} "Re: Contract questions"
                }
                """), corpus.file("portal-2026-11.client"));
    }

    @Test
    void mboxQuotingOfFromLinesIsTakenAway() {
        StringBuilder first = new StringBuilder();
        MboxFile.split(("From a@example.com Wed Nov 18 09:00:00 2026\nSubject: x\n\nbody\n"
                + ">From the minutes\n>>From a quote\nFrom here on, text\n\n"
                + "From b@example.com Wed Nov 18 10:00:00 2026\nSubject: y\n\n").getBytes(),
                (number, raw) -> first.append(number).append(':').append(new String(raw)).append('|'));
        assertEquals("1:Subject: x\n\nbody\nFrom the minutes\n>From a quote\nFrom here on, text\n\n|2:Subject: y\n\n|",
                first.toString());
    }

    @Test
    void aMaildirIsReadFromNewAndCur() {
        Corpus corpus = new Corpus(temp).run("maildir");
        assertEquals(expand("""
                log portal {
                  touch m{staging-down@acme.example} 2026-11-19 08:30 letter from boris "Staging is down"
                  touch m{staging-up@agency.example} 2026-11-19 09:30 reply to boris, anna re m{staging-down@acme.example} "Re: Staging is down"
                }
                """), corpus.file("portal-2026-11.client"));
    }

    @Test
    void withNotesTheFirstLineOfTheTextIsTheNote() {
        Corpus corpus = new Corpus(temp).run(false, true, "mail/04-koi8r.eml", "mail/06-html-only-thread.eml",
                "mail/02-gmail-reply-we-sent.eml", "mail/01-outlook-plain.eml");
        assertTrue(corpus.file("shop-2026-11.client").contains(expand("""
                  touch m{invoice-10@romashka.example.ru} 2026-11-11 10:00 letter from ivan "Счёт за октябрь" {
                    note "Иван: счёт за октябрь во вложении."
                  }
                """)), corpus.file("shop-2026-11.client"));
        String portal = corpus.file("portal-2026-11.client");
        assertTrue(portal.contains("    note \"Staging must be ready by December 1.\"\n"), portal);
        assertTrue(portal.contains("    note \"Anna, December 15 holds.\"\n"), portal);
    }

    @Test
    void withoutNotesOnlyTheHeaderOfAMultipartMessageIsRead() throws Exception {
        // a multipart message whose attachment has CRLF lines in an LF message, as some exports write it
        MailReader reader = new MailReader(false);
        Mail mail = reader.read(("From: anna@acme.example\nTo: olga@agency.example\nSubject: Plan\n"
                + "Date: Mon, 2 Nov 2026 09:40:00 +0300\nMessage-ID: <plan@acme.example>\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nSee the plan.\n"
                + "--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nAAAA\r\nAAAA\r\n--b--\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("Plan", mail.subject());
        assertEquals(null, mail.firstLine());
        assertEquals("See the plan.", new MailReader(true).read(("From: anna@acme.example\nSubject: Plan\n"
                + "Date: Mon, 2 Nov 2026 09:40:00 +0300\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain\n\nSee the plan.\n--b--\n").getBytes()).firstLine());
    }

    @Test
    void withoutNotesNoTextOfTheBodyIsCopied() {
        Corpus corpus = new Corpus(temp).run("mail/04-koi8r.eml");
        assertFalse(corpus.file("shop-2026-11.client").contains("note"));
    }

    @Test
    void importingTheSameFilesAgainAddsNothing() {
        Corpus corpus = new Corpus(temp).run("mail", "mbox", "maildir", "calendar");
        Map<String, String> first = corpus.files();
        corpus.run("mail", "mbox", "maildir", "calendar");
        assertEquals(first, corpus.files());
        assertEquals(0, corpus.result.added());
        assertTrue(corpus.summary.startsWith("Nothing new to add\n"), corpus.summary);
        assertTrue(corpus.summary.contains("messages and events were imported before"), corpus.summary);
    }

    @Test
    void aDryRunPrintsWhatWouldBeAddedAndWritesNothing() {
        Corpus corpus = new Corpus(temp).run(true, false, "mail/01-outlook-plain.eml", "mail/04-koi8r.eml");
        assertEquals(Map.of(), onlyLogs(corpus));
        assertTrue(corpus.result.changedFiles().isEmpty());
        String summary = corpus.summary.replace(corpus.workspace.toString(), "WS");
        assertEquals(expand("""
                Would add 1 touch to WS/portal-2026-11.client:
                  touch m{AM0PR01MB1234.launch-1@acme.example} 2026-11-02 09:40 letter from anna "Launch date for the board"
                Would add 1 touch to WS/shop-2026-11.client:
                  touch m{invoice-10@romashka.example.ru} 2026-11-11 10:00 letter from ivan "Счёт за октябрь"
                """), summary);
    }

    @Test
    void aLaterImportAppendsToTheLogBlockAndKeepsWhatPeopleWrote() throws Exception {
        Corpus corpus = new Corpus(temp).run("mail/01-outlook-plain.eml");
        Path file = corpus.workspace.resolve("portal-2026-11.client");
        String edited = corpus.file("portal-2026-11.client").replace("\"Launch date for the board\"\n",
                "\"Launch date for the board\" {\n    note \"Board meets on Friday\" // added by hand\n  }\n");
        Files.writeString(file, edited);
        corpus.run("mail/02-gmail-reply-we-sent.eml");
        assertEquals(expand("""
                log portal {
                  touch m{AM0PR01MB1234.launch-1@acme.example} 2026-11-02 09:40 letter from anna "Launch date for the board" {
                    note "Board meets on Friday" // added by hand
                  }
                  touch m{CAF=reply-1@mail.agency.example} 2026-11-02 11:15 reply to anna re m{AM0PR01MB1234.launch-1@acme.example} "Re: Launch date for the board"
                }
                """), corpus.file("portal-2026-11.client"));
    }

    @Test
    void aFileThatDoesNotEndInTheProjectsLogGetsANewLogBlock() throws Exception {
        Corpus corpus = new Corpus(temp);
        Files.writeString(corpus.workspace.resolve("portal-2026-11.client"),
                "// November\nlog portal {\n  touch 2026-11-01 call with anna \"Kick-off\"\n}\n\n// the end\n");
        corpus.run("mail/01-outlook-plain.eml");
        assertEquals(expand("""
                // November
                log portal {
                  touch 2026-11-01 call with anna "Kick-off"
                }

                // the end

                log portal {
                  touch m{AM0PR01MB1234.launch-1@acme.example} 2026-11-02 09:40 letter from anna "Launch date for the board"
                }
                """), corpus.file("portal-2026-11.client"));
    }

    @Test
    void intoAFolderWritesTheLogFilesThere() {
        Corpus corpus = new Corpus(temp);
        Path into = temp.resolve("imported");
        corpus.runInto(into, "mail/04-koi8r.eml");
        assertTrue(Files.isRegularFile(into.resolve("shop-2026-11.client")));
        assertEquals(Map.of(), onlyLogs(corpus));
        // a folder outside the workspace: what is there already is not written again
        String first = Corpus.read(into.resolve("shop-2026-11.client"));
        corpus.runInto(into, "mail/04-koi8r.eml");
        assertEquals(first, Corpus.read(into.resolve("shop-2026-11.client")));
        assertTrue(corpus.summary.contains("1 message or event was imported before"), corpus.summary);
    }

    @Test
    void checkAfterTheImportFindsTheUnansweredLetter() {
        Corpus corpus = new Corpus(temp).run("mail", "mbox", "maildir");
        // Vera's letter of November 10 and Boris's of November 12 got no answer; every other one was answered.
        assertEquals(List.of(
                "unanswered portal-2026-11.client:" + corpus.line("portal-2026-11.client", expand("m{texts-1@acme.example}")),
                "unanswered portal-2026-11.client:" + corpus.line("portal-2026-11.client", expand("m{boris-html@acme.example}"))),
                corpus.findings().stream().filter(f -> f.startsWith("unanswered")).toList());
        assertTrue(corpus.findings().stream().noneMatch(f -> f.startsWith("syntax") || f.startsWith("unknown-reference")
                || f.startsWith("invalid-use") || f.startsWith("duplicate-id")), corpus.findings().toString());
    }

    private static Map<String, String> onlyLogs(Corpus corpus) {
        Map<String, String> logs = new TreeMap<>(corpus.files());
        logs.keySet().removeIf(name -> !name.matches(".*-\\d{4}-\\d{2}\\.client"));
        return logs;
    }
}
