package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.lsp.LspFixture.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * Folds and outline symbols span their own item and nothing more: editors
 * show a symbol's first line as the sticky-scroll header of everything in its
 * range, and a one-line touch must not head the touches after it.
 */
class ItemRangesTest {

    @Test
    void everyFoldAndSymbolOfTheTroubledSampleIsItsItemsOwn() throws Exception {
        String text = Files.readString(Path.of("..", "samples", "troubled", "app.client"));
        List<String> lines = text.lines().toList();
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("app.client", text);
            // The letter of 2026-11-02 is one line: no fold and no symbol goes past it.
            int letterLine = lines.indexOf(lines.stream()
                    .filter(l -> l.strip().startsWith("touch q-returns 2026-11-02")).findFirst().orElseThrow());
            for (FoldingRange fold : await(lsp.server().getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))))) {
                String first = lines.get(fold.getStartLine()).strip();
                if (first.startsWith("touch")) {
                    assertEquals("{", first.substring(first.length() - 1), "a fold from a touch without a body: " + first);
                }
            }
            List<DocumentSymbol> symbols = new ArrayList<>();
            for (Either<?, DocumentSymbol> symbol : await(lsp.server().getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))))) {
                symbols.add(symbol.getRight());
            }
            DocumentSymbol project = symbols.get(0);
            DocumentSymbol letter = project.getChildren().stream()
                    .filter(s -> s.getName().equals("q-returns 2026-11-02 11:00 letter from marina")).findFirst()
                    .orElseThrow();
            assertEquals(letterLine, letter.getRange().getStart().getLine());
            assertEquals(letterLine, letter.getRange().getEnd().getLine());
            for (DocumentSymbol child : project.getChildren()) {
                int start = child.getRange().getStart().getLine();
                int end = child.getRange().getEnd().getLine();
                String first = lines.get(start).strip();
                String last = lines.get(end).strip();
                boolean oneLine = start == end;
                boolean ownBraces = first.endsWith("{") && last.equals("}");
                assertEquals(true, oneLine || ownBraces, child.getName() + " spans lines " + (start + 1) + "-"
                        + (end + 1) + ", from \"" + first + "\" to \"" + last + "\"");
            }
        }
    }
}
