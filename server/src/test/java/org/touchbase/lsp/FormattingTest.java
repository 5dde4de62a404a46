package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.lsp.LspFixture.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.lsp.NavAssert.Marked;

/** The canonical layout: idempotent, keeps comments, strings and paragraphs, and never breaks broken text. */
class FormattingTest {

    // ---- helpers

    static List<? extends TextEdit> formatting(LspFixture lsp, String uri) {
        return await(lsp.server().getTextDocumentService().formatting(
                new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))));
    }

    static String format(String input) throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", input);
            return LspFixture.applyEdits(input, new ArrayList<>(formatting(lsp, uri)));
        }
    }

    /** Formats through the server, compares, and checks that formatting the result changes nothing. */
    static void expectFormatting(String input, String expected) throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", input);
            String formatted = LspFixture.applyEdits(input, new ArrayList<>(formatting(lsp, uri)));
            assertEquals(expected, formatted);
            lsp.replace(uri, formatted);
            assertEquals(List.of(), formatting(lsp, uri), "formatting is idempotent");
        }
    }

    /** The tokens of a text that are not whitespace, as {@code TYPE text}. */
    static List<String> tokens(String text) {
        ClientLexer lexer = new ClientLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getType() != ClientLexer.WS) {
                tokens.add(ClientLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getText());
            }
        }
        return tokens;
    }

    // ---- layout

    @Test
    void oneCanonicalLayout() throws Exception {
        expectFormatting("""
                   project   p "P"
                {  client "Acme"   status active
                person anna "Anna" { role "CEO" decides goal "Growth" }
                      plan { step s1 "Start" due 2026-12-01 done 2026-11-30 step s2 "Go" due 2026-12-15 }
                touch q1 2026-11-10   09:40 letter from anna,boris , vera "Question?"
                touch 2026-11-12 meeting with anna { purpose "Review" benefit "Clarity" summary final { decision "Go" action "Send" owner anna due 2026-11-20 } }
                expect texts from anna "Texts" due 2026-11-20
                person empty {}
                }
                log p { touch 2026-11-13 reply to anna re q1 { ack eta 2026-11-14 } }""", """
                project p "P" {
                  client "Acme"
                  status active
                  person anna "Anna" {
                    role "CEO"
                    decides
                    goal "Growth"
                  }
                  plan {
                    step s1 "Start" due 2026-12-01 done 2026-11-30
                    step s2 "Go" due 2026-12-15
                  }
                  touch q1 2026-11-10 09:40 letter from anna, boris, vera "Question?"
                  touch 2026-11-12 meeting with anna {
                    purpose "Review"
                    benefit "Clarity"
                    summary final {
                      decision "Go"
                      action "Send" owner anna due 2026-11-20
                    }
                  }
                  expect texts from anna "Texts" due 2026-11-20
                  person empty {}
                }
                log p {
                  touch 2026-11-13 reply to anna re q1 {
                    ack
                    eta 2026-11-14
                  }
                }
                """);
    }

    @Test
    void keepsEveryCommentWhereItBelongs() throws Exception {
        expectFormatting("""
                // The portal project
                /* owner: Olga */ project p { // main block
                     // people
                  person anna /* the CEO */ "Anna" {
                    decides    // ЛПР
                /*
                   * she decides
                     */
                  }
                  touch 2026-11-10 call // no direction yet
                    with anna
                  // at the end
                }
                // trailing
                """, """
                // The portal project
                /* owner: Olga */ project p { // main block
                  // people
                  person anna /* the CEO */ "Anna" {
                    decides // ЛПР
                    /*
                   * she decides
                     */
                  }
                  touch 2026-11-10 call // no direction yet
                    with anna
                  // at the end
                }
                // trailing
                """);
    }

    @Test
    void blankLinesBecomeOneAndNoneJustInsideBraces() throws Exception {
        expectFormatting("""


                project p {

                  person anna { decides }



                  // touches
                  touch 2026-11-10 call with anna

                }


                log p {
                }



                """, """
                project p {
                  person anna {
                    decides
                  }

                  // touches
                  touch 2026-11-10 call with anna
                }

                log p {}
                """);
    }

    @Test
    void stringsCyrillicAndEmojiAreNeverTouched() throws Exception {
        expectFormatting("""
                project портал   "Портал «Акме» 🚀"{
                person анна   "Анна \\"Ж\\"  Смирнова"{ note   \"\"\"first line
                     second   line
                  third\"\"\"   goal "  spaced  " }
                }
                """, """
                project портал "Портал «Акме» 🚀" {
                  person анна "Анна \\"Ж\\"  Смирнова" {
                    note \"\"\"first line
                     second   line
                  third\"\"\"
                    goal "  spaced  "
                  }
                }
                """);
    }

    @Test
    void keepsWindowsLineEnds() throws Exception {
        expectFormatting("project p {\r\n person anna\r\n\r\n\r\n touch 2026-11-10 call with anna }\r\n",
                "project p {\r\n  person anna\r\n\r\n  touch 2026-11-10 call with anna\r\n}\r\n");
    }

    // ---- broken text

    static final List<String> BROKEN = List.of(
            "project p {\n  touch 2026-11-10 call anna\n  person boris \"Boris\" { contact }\n",
            "project p { person anna \"unterminated\n  decides }\n",
            "project p { person anna \"unterminated\nperson boris }",
            "project p {\n  note \"\"\"never closed\n  }\n",
            "project p { /* never closed\n  person anna }",
            "}}} project { { person , , anna @@ # ✓ }",
            "project p {\n touch q1 2026-13-45 25:99 letter from anna\n  touch 2026-9-5 call with anna\n}",
            "log { expect from due }\n\n\n project p { plan { step } }",
            "project p { person anna { decides } person } } {",
            "\"\"\"",
            "project p { touch 2026-11-10 call with anna \"x\\\"y\\\" \\q\" }",
            "project p\n{\n// only a comment\n}\n}\n{\n");

    @Test
    void brokenTextKeepsEveryTokenInOrderAndFormatsStably() throws Exception {
        for (String broken : BROKEN) {
            String formatted = format(broken);
            assertEquals(tokens(broken), tokens(formatted), () -> "tokens changed in:\n" + broken);
            assertEquals(formatted, format(formatted), () -> "not idempotent on:\n" + broken);
        }
    }

    @Test
    void aBrokenTextIsFormattedToo() throws Exception {
        expectFormatting("project p {\n     touch 2026-11-10 call anna\n person boris \"Boris\" { contact }\n",
                "project p {\n  touch 2026-11-10 call anna\n  person boris \"Boris\" {\n    contact\n  }\n");
        expectFormatting("project p { person anna \"unterminated\nperson boris }",
                "project p {\n  person anna \"unterminated\n  person boris\n}\n");
    }

    @Test
    void theSamplesAreFormattedStably() throws Exception {
        Path samples = Path.of("..", "samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(path -> path.toString().endsWith(".client")).sorted().toList();
        }
        assertEquals(true, files.size() >= 4, "samples found");
        for (Path file : files) {
            String text = read(file);
            String formatted = format(text);
            assertEquals(tokens(text), tokens(formatted), file.toString());
            assertEquals(formatted, format(formatted), file.toString());
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    // ---- range formatting

    @Test
    void rangeFormattingChangesOnlyTheLinesInTheRange() throws Exception {
        Marked marked = NavAssert.marked("""
                project p {
                person anna { decides }
                <|   touch 2026-11-10   call with anna
                 touch 2026-11-11 call with anna|>
                      touch 2026-11-12   call with anna
                }
                """);
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", marked.text());
            Range range = marked.range();
            List<? extends TextEdit> edits = await(lsp.server().getTextDocumentService().rangeFormatting(
                    new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true),
                            range)));
            assertEquals("""
                    project p {
                    person anna { decides }
                      touch 2026-11-10 call with anna
                      touch 2026-11-11 call with anna
                      touch 2026-11-12   call with anna
                    }
                    """, LspFixture.applyEdits(marked.text(), new ArrayList<>(edits)));
        }
    }

    @Test
    void unknownDocumentsAndEmptyTextsGetNoEdits() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            assertEquals(List.of(), formatting(lsp, lsp.uri("nowhere.client")));
            String uri = lsp.open("empty.client", "");
            assertEquals(List.of(), formatting(lsp, uri));
        }
        assertEquals("", format("\n\n   \n"));
    }

    @Test
    void theItemsOfVersion2() throws Exception {
        expectFormatting("""
                project p {
                status   paused   until 2026-12-01
                  launch 2026-12-15   was 2026-12-01 ,2026-11-15
                  respond within   1wd
                member olga "Olga"{role "AM"   email "o@a.example"}
                  person anna {
                      decides   since 2026-10-12   until 2026-12-31
                    left 2026-11-30   "Leaves"
                    away 2026-11-01 until   2026-11-05
                    prefers message    "Telegram"
                  }
                }
                """, """
                project p {
                  status paused until 2026-12-01
                  launch 2026-12-15 was 2026-12-01, 2026-11-15
                  respond within 1wd
                  member olga "Olga" {
                    role "AM"
                    email "o@a.example"
                  }
                  person anna {
                    decides since 2026-10-12 until 2026-12-31
                    left 2026-11-30 "Leaves"
                    away 2026-11-01 until 2026-11-05
                    prefers message "Telegram"
                  }
                }
                """);
    }
}
