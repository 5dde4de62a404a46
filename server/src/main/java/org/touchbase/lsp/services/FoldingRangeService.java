package org.touchbase.lsp.services;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxTrees;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.lsp.DocumentContext;

/**
 * Folding ranges: every multi-line pair of braces (blocks, people, the plan,
 * touch bodies, summaries; the closing brace stays visible), multi-line
 * block comments and runs of line comments, and multi-line triple-quoted
 * strings. Each range is an item's own: a one-line touch folds nothing (a
 * fold from it over the rest of its month would also make it the
 * sticky-scroll header of every touch below). Braces are matched on the
 * tokens, so a half-typed file still folds where it can.
 */
public final class FoldingRangeService {

    public List<FoldingRange> foldingRanges(DocumentContext context) {
        SourceFile file = context.file();
        ParsedFile parsed = context.syntax();
        List<FoldingRange> ranges = new ArrayList<>();
        Deque<Token> open = new ArrayDeque<>();
        Token lastComment = null;
        int commentRunStart = -1;
        for (Token token : Syntax.visibleTokens(parsed)) {
            Span span = SyntaxTrees.span(file, token);
            int startLine = file.lineOf(span.start());
            int endLine = file.lineOf(span.end());
            if (token.getType() == ClientLexer.LINE_COMMENT) {
                if (lastComment == null || file.lineOf(SyntaxTrees.span(file, lastComment).start()) != startLine - 1) {
                    commentRunStart = startLine;
                }
                lastComment = token;
                continue;
            }
            closeCommentRun(ranges, file, lastComment, commentRunStart);
            lastComment = null;
            switch (token.getType()) {
                case ClientLexer.LBRACE -> open.push(token);
                case ClientLexer.RBRACE -> {
                    if (!open.isEmpty()) {
                        int from = file.lineOf(SyntaxTrees.span(file, open.pop()).start());
                        add(ranges, from, startLine - 1, null);
                    }
                }
                case ClientLexer.BLOCK_COMMENT -> add(ranges, startLine, endLine, FoldingRangeKind.Comment);
                case ClientLexer.TRIPLE_STRING -> add(ranges, startLine, endLine - 1, FoldingRangeKind.Region);
                default -> {
                }
            }
        }
        closeCommentRun(ranges, file, lastComment, commentRunStart);
        ranges.sort(Comparator.comparingInt(FoldingRange::getStartLine).thenComparingInt(FoldingRange::getEndLine));
        return ranges;
    }

    private static void closeCommentRun(List<FoldingRange> ranges, SourceFile file, Token last, int runStart) {
        if (last != null) {
            add(ranges, runStart, file.lineOf(SyntaxTrees.span(file, last).start()), FoldingRangeKind.Comment);
        }
    }

    private static void add(List<FoldingRange> ranges, int from, int to, String kind) {
        if (to > from) {
            ranges.add(range(from, to, kind));
        }
    }

    private static FoldingRange range(int from, int to, String kind) {
        FoldingRange range = new FoldingRange(from, to);
        if (kind != null) {
            range.setKind(kind);
        }
        return range;
    }
}
