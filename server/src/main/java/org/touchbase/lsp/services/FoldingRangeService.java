package org.touchbase.lsp.services;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Touch;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxTrees;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.lsp.DocumentContext;

/**
 * Folding ranges: every multi-line pair of braces (blocks, people, the plan,
 * touch bodies, summaries; the closing brace stays visible), multi-line
 * block comments and runs of line comments, multi-line triple-quoted
 * strings, and runs of one-line touches of the same month. Braces are
 * matched on the tokens, so a half-typed file still folds where it can.
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
        Set<Integer> starts = new HashSet<>();
        for (FoldingRange range : ranges) {
            starts.add(range.getStartLine());
        }
        for (Block block : context.document().blocks()) {
            touchRuns(ranges, starts, file, block.touches());
        }
        ranges.sort(Comparator.comparingInt(FoldingRange::getStartLine).thenComparingInt(FoldingRange::getEndLine));
        return ranges;
    }

    private static void closeCommentRun(List<FoldingRange> ranges, SourceFile file, Token last, int runStart) {
        if (last != null) {
            add(ranges, runStart, file.lineOf(SyntaxTrees.span(file, last).start()), FoldingRangeKind.Comment);
        }
    }

    /** Runs of touches in the same month, where no other range starts on the run's first line. */
    private static void touchRuns(List<FoldingRange> ranges, Set<Integer> starts, SourceFile file,
            List<Touch> touches) {
        int i = 0;
        while (i < touches.size()) {
            String month = month(touches.get(i));
            int j = i;
            while (j + 1 < touches.size() && month != null && month.equals(month(touches.get(j + 1)))) {
                j++;
            }
            if (j > i) {
                int from = file.lineOf(touches.get(i).span().start());
                int to = file.lineOf(touches.get(j).span().end());
                if (!starts.contains(from) && to > from) {
                    ranges.add(range(from, to, FoldingRangeKind.Region));
                    starts.add(from);
                }
            }
            i = j + 1;
        }
    }

    private static String month(Touch touch) {
        return touch.when() != null && touch.when().valid() ? touch.when().date().toString().substring(0, 7) : null;
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
