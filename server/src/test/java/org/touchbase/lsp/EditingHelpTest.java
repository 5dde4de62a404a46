package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.lsp.LspFixture.await;
import static org.touchbase.lsp.NavAssert.renderFolding;
import static org.touchbase.lsp.NavAssert.renderSelection;
import static org.touchbase.lsp.NavAssert.renderTokens;

import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Folding ranges, semantic tokens and selection ranges, rendered as readable text. */
class EditingHelpTest {

    static String folding(String text) throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", text);
            List<FoldingRange> ranges = await(lsp.server().getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
            return renderFolding(text, ranges);
        }
    }

    static String tokens(String text) throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", text);
            return renderTokens(text, await(lsp.server().getTextDocumentService()
                    .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))));
        }
    }

    static List<String> selection(String textWithCaret) throws Exception {
        var marked = NavAssert.marked(textWithCaret);
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", marked.text());
            List<SelectionRange> ranges = await(lsp.server().getTextDocumentService().selectionRange(
                    new SelectionRangeParams(new TextDocumentIdentifier(uri), List.of(marked.caret()))));
            return renderSelection(marked.text(), ranges.get(0));
        }
    }

    // ---- folding

    @Test
    void foldsBracesCommentsTripleStringsAndMonthsOfOneLineTouches() throws Exception {
        String text = """
                /*
                 * The portal
                 */
                project p {
                  // people
                  // and their goals
                  person anna "Anna" {
                    decides
                    note \"\"\"line one
                      line two
                      line three\"\"\"
                  }
                  plan {
                    step s "S" due 2026-12-01
                  }
                  touch 2026-09-01 letter to anna
                  touch 2026-09-02 letter to anna
                  touch 2026-09-03 call with anna {
                    purpose "x"
                  }
                  touch 2026-10-01 letter to anna
                  touch 2026-10-02 letter to anna
                }
                """;
        assertEquals("""
                0-2 comment: /*
                3-21: project p {
                4-5 comment: // people
                6-10: person anna "Anna" {
                8-9 region: note \"\"\"line one
                12-13: plan {
                15-19 region: touch 2026-09-01 letter to anna
                17-18: touch 2026-09-03 call with anna {
                20-21 region: touch 2026-10-01 letter to anna
                """, folding(text));
    }

    @Test
    void foldsWhatItCanInBrokenText() throws Exception {
        assertEquals("""
                1-2: person anna {
                """, folding("project p {\n  person anna {\n    decides\n  }\n  touch 2026-11-10 call {\n"));
        assertEquals("", folding("}}}\n{"));
        assertEquals("0-1 comment: /* never closed\n", folding("/* never closed\nproject p {"));
        assertEquals("", folding(""));
    }

    // ---- semantic tokens

    @Test
    void tokensOfEveryRole() throws Exception {
        assertEquals("""
                0:0 comment // Портал 🚀
                1:0 keyword project
                1:8 variable.declaration портал
                1:15 string "Портал «Акме» 🎉"
                1:34 comment /* x */
                2:2 keyword status
                2:9 enumMember active
                3:2 keyword respond
                3:10 keyword within
                3:17 number 1d
                4:2 keyword person
                4:9 variable.declaration contact
                4:19 keyword contact
                5:2 keyword touch
                5:8 variable.declaration q1
                5:11 number 2026-11-10
                5:22 number 09:40
                5:28 type letter
                5:35 enumMember from
                5:40 variable contact
                5:48 string "Вопрос 🙂"
                6:2 keyword touch
                6:8 number 2026-11-11
                6:19 type reply
                6:25 enumMember to
                6:28 variable contact
                6:36 keyword re
                6:39 variable q1
                7:4 keyword summary
                7:12 enumMember final
                7:20 keyword action
                7:27 string "x"
                7:31 keyword owner
                7:37 variable contact
                """, tokens("""
                // Портал 🚀
                project портал "Портал «Акме» 🎉" /* x */ {
                  status active
                  respond within 1d
                  person contact { contact }
                  touch q1 2026-11-10 09:40 letter from contact "Вопрос 🙂"
                  touch 2026-11-11 reply to contact re q1 {
                    summary final { action "x" owner contact }
                  }
                }
                """));
    }

    @Test
    void multiLineTokensAreSentOneLineAtATimeInUtf16Columns() throws Exception {
        String text = "project p { note \"\"\"🎉 one\n  two 🚀\n\n  three\"\"\" }\n/* a\n   b */ // 🙂\n";
        assertEquals("""
                0:0 keyword project
                0:8 variable.declaration p
                0:12 keyword note
                0:17 string \"\"\"🎉 one
                1:0 string   two 🚀
                3:0 string   three\"\"\"
                4:0 comment /* a
                5:0 comment    b */
                5:8 comment // 🙂
                """, tokens(text));
    }

    @Test
    void rangeRequestsGiveOnlyTheTokensInTheRange() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String text = "project p {\n  person anna\n  person boris\n}\n";
            String uri = lsp.open("p.client", text);
            SemanticTokens tokens = await(lsp.server().getTextDocumentService().semanticTokensRange(
                    new SemanticTokensRangeParams(new TextDocumentIdentifier(uri), NavAssert.marked(
                            "project p {\n[[  person anna]]\n  person boris\n}\n").range())));
            assertEquals("1:2 keyword person\n1:9 variable.declaration anna\n", renderTokens(text, tokens));
            assertEquals(List.of(), await(lsp.server().getTextDocumentService().semanticTokensFull(
                    new SemanticTokensParams(new TextDocumentIdentifier(lsp.uri("nowhere.client"))))).getData());
        }
    }

    @Test
    void brokenTextStillGetsTokens() throws Exception {
        assertEquals("""
                0:0 keyword project
                0:8 variable.declaration p
                0:12 keyword touch
                0:18 number 2026-13-45
                0:29 type call
                0:34 variable anna
                0:39 string "open
                1:0 keyword person
                """, tokens("project p { touch 2026-13-45 call anna \"open\nperson @ }"));
    }

    // ---- selection ranges

    @Test
    void selectionGrowsFromTokenToItemToBodyToBlock() throws Exception {
        String text = """
                project p {
                  touch 2026-11-10 call with anna, bo|ris "Scope" {
                    purpose "Fix the scope"
                  }
                }
                """;
        assertEquals(List.of("boris", "anna, boris", "1:2-3:3", "0:0-4:1", "0:0-5:0"), selection(text));
        assertEquals(List.of("Fix the scope", "\"Fix the scope\"", "purpose \"Fix the scope\"", "1:49-3:3", "1:2-3:3",
                "0:0-4:1", "0:0-5:0"), selection(text.replace("bo|ris", "boris").replace("Fix the", "Fix t|he")));
    }

    @Test
    void selectionInWhitespaceBrokenTextAndOutOfRange() throws Exception {
        assertEquals(List.of("0:0-2:1", "0:0-3:0"), selection("project p {\n  |\n}\n"));
        assertEquals("touch", selection("project p { tou|ch 2026-11-10 call").get(0));
        assertEquals(List.of(""), selection("|"));
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", "project p {\n}\n");
            List<SelectionRange> ranges = await(lsp.server().getTextDocumentService().selectionRange(
                    new SelectionRangeParams(new TextDocumentIdentifier(uri), List.of(new Position(99, 99)))));
            assertEquals(1, ranges.size());
            assertEquals(List.of(), await(lsp.server().getTextDocumentService().selectionRange(
                    new SelectionRangeParams(new TextDocumentIdentifier(lsp.uri("nowhere.client")),
                            List.of(new Position(0, 0))))));
        }
    }
}
