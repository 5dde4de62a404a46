package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Dates;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.touchbase.lsp.services.DiagnosticsService;

/** A manager types a whole project, one character at a time: the server keeps up and ends where check ends. */
class EditingSessionTest {

    static final String PROJECT = """
            project shop "Online shop" {
              client "Shop Ltd"
              starts 2026-10-01
              goal "Sell online"
              person kate "Kate" { decides goal "Revenue" }
              person ivan "Ivan" { contact backup }
              source "Market study"
              plan { step design "Design" due 2026-11-01 }
              touch q 2026-11-10 09:00 letter from ivan "Prices?"
              touch 2026-11-12 call with kate "Scope" {
                purpose "Scope" benefit "Clear plan"
                agreed scope "Catalogue first"
              }
              touch 2026-11-15 meeting with kate, ivan "Review"
              expect logo from ivan "Logo files" due 2026-11-14
              scenario "If the budget is cut, launch the catalogue alone"
            }
            """;

    @Test
    void typingAWholeProjectEndsWithTheSameDiagnosticsAsCheck() throws Exception {
        assertTrue(PROJECT.length() >= 500, "the session types at least 500 characters");
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("shop.client", "");
            int line = 0;
            int column = 0;
            for (int i = 0; i < 500; i++) {
                String typed = i < 499 ? String.valueOf(PROJECT.charAt(i)) : PROJECT.substring(499);
                Position at = new Position(line, column);
                lsp.change(uri, new Range(at, at), typed);
                for (char c : typed.toCharArray()) {
                    if (c == '\n') {
                        line++;
                        column = 0;
                    } else {
                        column++;
                    }
                }
                if (i % 25 == 0) {
                    askEverything(lsp, uri, new Position(line, column));
                }
            }
            assertEquals(PROJECT, lsp.text(uri));
            List<Diagnostic> live = lsp.diagnostics(uri);
            assertEquals(render(checkDiagnostics(uri, PROJECT)), render(live));
            assertTrue(lsp.client().logs().stream().noneMatch(m -> m.getType() == MessageType.Error),
                    () -> "errors logged: " + lsp.client().logs());
            lsp.replace(uri, PROJECT + "\n");
            assertEquals(render(live), render(lsp.diagnostics(uri)), "the server is still alive and answers");
        }
    }

    /** Every kind of request on the half-typed text: none may fail. */
    private static void askEverything(LspFixture lsp, String uri, Position caret) {
        TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
        var text = lsp.server().getTextDocumentService();
        LspFixture.await(text.completion(new CompletionParams(document, caret)));
        LspFixture.await(text.hover(new HoverParams(document, caret)));
        LspFixture.await(text.documentSymbol(new DocumentSymbolParams(document)));
        LspFixture.await(text.foldingRange(new FoldingRangeRequestParams(document)));
        LspFixture.await(text.semanticTokensFull(new SemanticTokensParams(document)));
        LspFixture.await(text.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true))));
        LspFixture.await(text.definition(new DefinitionParams(document, caret)));
        LspFixture.await(text.codeAction(new CodeActionParams(document, new Range(new Position(0, 0), caret),
                new CodeActionContext(List.of()))));
        LspFixture.await(text.codeLens(new CodeLensParams(document)));
        LspFixture.await(text.inlayHint(new InlayHintParams(document, new Range(new Position(0, 0), caret))));
    }

    private static List<Diagnostic> checkDiagnostics(String uri, String text) {
        Analysis analysis = Analyzer.analyze(List.of(ModelBuilder.build(new SourceFile(uri, text))),
                file -> Settings.defaults(Dates.parseMoment(LspFixture.TODAY)));
        DiagnosticsService service = new DiagnosticsService();
        return analysis.findings().stream().map(finding -> service.diagnostic(finding, Messages.english())).toList();
    }

    private static String render(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            lines.add(d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + "-"
                    + d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter() + " "
                    + d.getSeverity() + " " + d.getCode().getLeft() + " " + d.getMessage());
        }
        lines.sort(null);
        return String.join("\n", lines);
    }
}
