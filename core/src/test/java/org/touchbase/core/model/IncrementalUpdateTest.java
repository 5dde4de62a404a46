package org.touchbase.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.touchbase.core.Keystrokes;
import org.touchbase.core.Keystrokes.Keystroke;
import org.touchbase.core.text.SourceFile;

/** Re-parsing one item gives exactly the model a full parse gives, or declines. */
class IncrementalUpdateTest {

    /** What the random keystrokes type: letters, a Cyrillic one, the language's punctuation, line breaks. */
    private static final String ALPHABET = "abcя\" {}\n0-9:,/*";

    static final String PROJECT = """
            project p "Портал" {
              status paused until 2026-12-01
              launch 2026-12-15 was 2026-12-01, 2026-11-20
              respond within 2wd
              goal main "Grow"
              member olga "Ольга" { role "AM" email "o@a.example" }
              person anna "Анна" {
                decides since 2026-10-12 until 2026-12-31
                contact until 2026-10-30
                prefers message "Telegram"
                left 2027-01-10 "Уходит"
                away 2026-11-01 until 2026-11-05 "Отпуск"
                goal "Revenue"
              }
              person oleg { decides until 2026-10-11 left 2026-10-12 }
              plan {
                step a "A" due 2026-10-01 done
                step b "B" due 2026-11-01
              }
              // a comment between items
              touch q 2026-11-10 09:00 letter from anna "Вопрос?"
              touch 2026-11-11 reply to anna re q { ack eta 2026-11-12 }
              touch 2026-11-12 call with anna "Scope" {
                purpose "Scope" benefit "Plan"
                agreed scope "Catalogue first"
                summary final { decision "Go" action "Send" owner olga due 2026-11-20 }
              }
              expect logo from anna "Logo" due 2026-11-14
              scenario "Plan B"
              source "Report"
            }
            log p {
              member ivan { phone "+7" }
              touch 2026-11-15 ping to anna "Staging" { purpose "x" benefit "y" }
            }
            """;

    /** Version 2: replies, obligations, agreements. */
    static final String REPLIES_AND_OBLIGATIONS = """
            project p {
              remind every 7d
              confirm within 2d
              person anna { decides }
              touch 2026-11-01 letter from anna "Thanks!" { noreply "A thank-you" }
              touch c1 2026-11-02 call from anna { missed }
              touch q 2026-11-03 question to anna "Which colour?"
              touch 2026-11-04 reply from anna re q "Blue"
              touch 2026-11-05 meeting with anna "Review" {
                agreed scope "Catalogue first"
                agreed scope2 "Catalogue and cart" replaces scope
                summary final {
                  action texts "Send the texts" owner anna due 2026-11-10 done 2026-11-09
                  action "Check the cart" owner anna due 2026-11-12 done
                }
              }
              touch 2026-11-14 reminder to anna { reminds texts, photos }
              expect photos from anna "Photos" due 2026-11-14 received 2026-11-10 partly "3 of 5" received 2026-11-16
            }
            """;

    @Test
    void theItemsOfRepliesObligationsAndAgreementsAreReparsedAsAFullParseWould() {
        Keystrokes keystrokes = new Keystrokes(13, ALPHABET, 4, 6);
        int incremental = 0;
        for (int i = 0; i < 3000; i++) {
            Keystroke keystroke = keystrokes.anywhere(REPLIES_AND_OBLIGATIONS);
            if (edit(REPLIES_AND_OBLIGATIONS, keystroke.start(), keystroke.end(), keystroke.inserted()) != null) {
                incremental++;
            }
        }
        assertTrue(incremental > 500, "most edits inside items are incremental: " + incremental);
    }

    @Test
    void typingInsideATouchReparsesOnlyThatTouch() {
        int at = PROJECT.indexOf("\"Scope\" {") + 3;
        Document incremental = edit(PROJECT, at, at, "ope-sc");
        assertNotNull(incremental, "an edit inside a string of a touch is incremental");
    }

    @Test
    void aTouchsOwnFindingsComeInTheOrderOfTheText() {
        String text = """
                project p {
                  touch 2026-11-18 call to anna "Hi" { ack missed }
                }
                """;
        Document document = ModelBuilder.build(new SourceFile("f", text));
        assertEquals(2, document.findings().size());
        assertTrue(document.findings().get(0).span().start() < document.findings().get(1).span().start());
        int at = text.indexOf("\"Hi\"") + 2;
        assertNotNull(edit(text, at, at, "i"));
    }

    @Test
    void anEditAcrossItemsOrBreakingAnItemIsDeclined() {
        int between = PROJECT.indexOf("  // a comment");
        assertNull(edit(PROJECT, between - 5, between + 5, ""));
        int inTouch = PROJECT.indexOf("purpose \"Scope\"");
        assertNull(edit(PROJECT, inTouch, inTouch, "} touch 2026-11-12 call with anna {"));
        assertNull(edit(PROJECT, inTouch, inTouch, "\"unterminated"));
    }

    @Test
    void everySingleCharacterEditGivesTheFullParsesModel() {
        Keystrokes keystrokes = new Keystrokes(42, ALPHABET, 4, 6);
        int incremental = 0;
        for (int i = 0; i < 3000; i++) {
            Keystroke keystroke = keystrokes.anywhere(PROJECT);
            if (edit(PROJECT, keystroke.start(), keystroke.end(), keystroke.inserted()) != null) {
                incremental++;
            }
        }
        assertTrue(incremental > 500, "most edits inside items are incremental: " + incremental);
    }

    @Test
    void aTypingSessionStaysEqualToFullParses() throws IOException {
        for (Path sample : samples()) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            Random random = new Random(sample.getFileName().toString().hashCode());
            Document current = ModelBuilder.build(new SourceFile("f", text));
            for (int i = 0; i < 300; i++) {
                int start = random.nextInt(text.length());
                String inserted = random.nextBoolean() ? "x" : "";
                int end = inserted.isEmpty() ? Math.min(text.length(), start + 1) : start;
                String next = text.substring(0, start) + inserted + text.substring(end);
                SourceFile file = new SourceFile("f", next);
                Document fast = IncrementalUpdate.apply(current, file, start, end, inserted);
                Document full = ModelBuilder.build(file);
                if (fast != null) {
                    assertSame(full, fast, next);
                }
                current = full;
                text = next;
            }
        }
    }

    @Test
    void everyLineTerminatorTypedInsideAnItemKeepsSuppressionsInPlace() {
        String text = PROJECT.replace("  scenario \"Plan B\"\n",
                "  // touchbase-disable-next-line no-scenarios\n  scenario \"Plan B\"\n");
        int inBody = text.indexOf("{ ack eta") + 1;
        for (String terminator : List.of("\n", "\r", "\r\n", "\r\r", "\n\r")) {
            Document fast = edit(text, inBody, inBody, terminator);
            assertNotNull(fast, () -> "typing " + terminator.replace("\r", "CR").replace("\n", "LF") + " is incremental");
        }
        String crlf = text.replace("\n", "\r\n");
        int inCrlf = crlf.indexOf("{ ack eta") + 1;
        assertNotNull(edit(crlf, inCrlf, inCrlf, "\r"));
        assertNotNull(edit(crlf, inCrlf, inCrlf, "\n"));
    }

    private static List<Path> samples() throws IOException {
        Path root = Path.of("../samples");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> path.toString().endsWith(".client")).sorted().forEach(files::add);
        }
        return files;
    }

    /** The incremental result after the edit, checked against a full parse; null when declined. */
    static Document edit(String text, int start, int end, String inserted) {
        Document old = ModelBuilder.build(new SourceFile("f", text));
        String next = text.substring(0, start) + inserted + text.substring(end);
        SourceFile file = new SourceFile("f", next);
        Document fast = IncrementalUpdate.apply(old, file, start, end, inserted);
        if (fast != null) {
            assertSame(ModelBuilder.build(file), fast, next);
        }
        return fast;
    }

    private static void assertSame(Document full, Document fast, String text) {
        assertEquals(full.blocks(), fast.blocks(), () -> "blocks differ after the edit:\n" + text);
        assertEquals(full.findings(), fast.findings(), () -> "findings differ after the edit:\n" + text);
        assertEquals(full.suppressions(), fast.suppressions(), () -> "suppressions differ:\n" + text);
    }
}
