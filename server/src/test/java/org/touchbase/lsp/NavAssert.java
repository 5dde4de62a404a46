package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.touchbase.core.Marked;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.lsp.services.SemanticTokensService;

/**
 * Markers and readable renderings for the navigation and editing tests, in
 * the style of Langium's test helpers: in test text {@code |} is the caret
 * and {@code [[…]]} marks a range, as in every module's tests; results are
 * rendered as short texts so a failure shows a readable diff.
 */
public final class NavAssert {

    private NavAssert() {
    }

    /** A text with its markers taken out: the caret (or null) and the marked ranges in order, as LSP positions. */
    public record LspMarked(String text, Position caret, List<Range> ranges) {
        public Range range() {
            assertEquals(1, ranges.size(), "one [[…]] range expected");
            return ranges.get(0);
        }
    }

    /** The markers of {@link Marked}: {@code |} a caret, {@code [[…]]} a range. */
    public static LspMarked marked(String withMarkers) {
        Marked marked = Marked.of(withMarkers);
        SourceFile file = new SourceFile("marked.client", marked.text());
        int caret = marked.caret();
        List<Range> ranges = new ArrayList<>();
        for (Marked.Mark mark : marked.ranges()) {
            ranges.add(TextEdits.range(file, new Span(mark.start(), mark.end())));
        }
        return new LspMarked(marked.text(), caret < 0 ? null : TextEdits.position(file, caret), ranges);
    }

    public static String render(Range range) {
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine()
                + ":" + range.getEnd().getCharacter();
    }

    public static String renderRanges(List<Range> ranges) {
        List<String> lines = new ArrayList<>();
        for (Range range : ranges) {
            lines.add(render(range));
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    /** Locations as {@code file.client 3:2-3:6}, sorted. */
    public static String renderLocations(List<? extends Location> locations) {
        List<String> lines = new ArrayList<>();
        for (Location location : locations) {
            String uri = location.getUri();
            lines.add(uri.substring(uri.lastIndexOf('/') + 1) + " " + render(location.getRange()));
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    /** An outline as indented lines: {@code Kind name — detail}. */
    public static String renderSymbols(List<DocumentSymbol> symbols) {
        StringBuilder out = new StringBuilder();
        renderSymbols(symbols, "", out);
        return out.toString();
    }

    private static void renderSymbols(List<DocumentSymbol> symbols, String indent, StringBuilder out) {
        for (DocumentSymbol symbol : symbols) {
            out.append(indent).append(symbol.getKind()).append(' ').append(symbol.getName());
            if (symbol.getDetail() != null) {
                out.append(" — ").append(symbol.getDetail());
            }
            out.append('\n');
            if (symbol.getChildren() != null) {
                renderSymbols(symbol.getChildren(), indent + "  ", out);
            }
        }
    }

    /** Folding ranges as {@code 0-5 comment: first line of the range}. */
    public static String renderFolding(String text, List<FoldingRange> ranges) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (FoldingRange range : ranges) {
            out.append(range.getStartLine()).append('-').append(range.getEndLine());
            if (range.getKind() != null) {
                out.append(' ').append(range.getKind());
            }
            out.append(": ").append(lines[range.getStartLine()].strip()).append('\n');
        }
        return out.toString();
    }

    /** Semantic tokens decoded to {@code line:column type[.modifier] text}, one per line. */
    public static String renderTokens(String text, SemanticTokens tokens) {
        SourceFile file = new SourceFile("tokens", text);
        List<Integer> data = tokens.getData();
        StringBuilder out = new StringBuilder();
        int line = 0;
        int column = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
            int start = file.lineStart(line) + column;
            String type = SemanticTokensService.TYPES.get(data.get(i + 3));
            String modifiers = data.get(i + 4) == 0 ? "" : "." + SemanticTokensService.MODIFIERS.get(0);
            out.append(line).append(':').append(column).append(' ').append(type).append(modifiers).append(' ')
                    .append(text, start, start + data.get(i + 2)).append('\n');
        }
        return out.toString();
    }

    /** A selection range chain, innermost first: the text of each range, or its range when it spans lines. */
    public static List<String> renderSelection(String text, SelectionRange range) {
        SourceFile file = new SourceFile("selection", text);
        List<String> result = new ArrayList<>();
        for (SelectionRange at = range; at != null; at = at.getParent()) {
            int start = TextEdits.offset(file, at.getRange().getStart());
            int end = TextEdits.offset(file, at.getRange().getEnd());
            String slice = text.substring(start, end);
            result.add(slice.contains("\n") || slice.length() > 40 ? render(at.getRange()) : slice);
        }
        return result;
    }

    /** The message of the error a request failed with. */
    public static String errorOf(CompletableFuture<?> future) {
        try {
            Object result = future.get(20, TimeUnit.SECONDS);
            fail("expected an error, got " + result);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ResponseErrorException error) {
                assertNotNull(error.getResponseError());
                return error.getResponseError().getMessage();
            }
            throw new AssertionError("unexpected failure", e);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }
}
