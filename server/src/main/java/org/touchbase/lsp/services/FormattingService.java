package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxTrees;
import org.touchbase.core.syntax.Tokens;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.grammar.ClientParser;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * The one canonical layout of a {@code .client} file. Only the whitespace
 * between tokens changes: every item on its own line, indented two spaces
 * per level of braces, {@code {} on the header line and {@code }} on a line
 * of its own ({@code {}} when empty), single spaces between the tokens of an
 * item, no space before a comma. Comments stay where they are (a comment
 * that ends a line still ends it, a block comment that opens a line still
 * opens it), runs of blank lines become one blank line (none just inside a
 * brace), and strings and comments are never touched. Formatting twice
 * gives the same text.
 *
 * <p>On broken text the same layout applies, but only if the result reads
 * as exactly the same tokens as before; otherwise there are no edits.
 */
public final class FormattingService {

    private static final int INDENT = 2;

    /** A stretch of whitespace between two tokens (or before the first, after the last) and what it becomes. */
    record Gap(Span span, String text) {
    }

    public List<TextEdit> format(DocumentContext context) {
        return edits(context.file(), null);
    }

    public List<TextEdit> formatRange(DocumentContext context, Range range) {
        return edits(context.file(), TextEdits.span(context.file(), range));
    }

    /** The edits that lay out the file, or only the part of it that {@code within} overlaps. */
    static List<TextEdit> edits(SourceFile file, Span within) {
        List<Gap> gaps = layout(file);
        List<TextEdit> edits = new ArrayList<>();
        if (gaps == null) {
            return edits;
        }
        for (Gap gap : gaps) {
            if (file.slice(gap.span()).equals(gap.text())) {
                continue;
            }
            if (within != null && (gap.span().end() < within.start() || gap.span().start() > within.end())) {
                continue;
            }
            edits.add(new TextEdit(TextEdits.range(file, gap.span()), gap.text()));
        }
        return edits;
    }

    /** The formatted text of a file, or the text itself where formatting would not be safe. */
    public static String format(String text) {
        SourceFile file = new SourceFile("format", text);
        List<Gap> gaps = layout(file);
        return gaps == null ? file.text() : apply(file, gaps);
    }

    /** The new whitespace of every gap, or null when the layout would not keep the tokens as they are. */
    static List<Gap> layout(SourceFile file) {
        ParsedFile parsed = Syntax.parse(file);
        List<Token> tokens = Syntax.visibleTokens(parsed);
        String newline = file.text().contains("\r\n") ? "\r\n" : "\n";
        List<Gap> gaps = new ArrayList<>();
        if (tokens.isEmpty()) {
            gaps.add(new Gap(new Span(0, file.text().length()), ""));
            return gaps;
        }
        Set<Integer> lineStarts = lineStarts(parsed, tokens);
        int depth = 0;
        int previousEnd = 0;
        Token previous = null;
        Token previousCode = null;
        boolean previousStartsLine = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Span span = SyntaxTrees.span(file, token);
            String original = file.text().substring(previousEnd, span.start());
            int breaks = lineBreaks(original);
            if (token.getType() == ClientLexer.RBRACE) {
                depth = Math.max(0, depth - 1);
            }
            String gap;
            if (previous == null) {
                gap = "";
            } else if (Tokens.isComment(token)) {
                if (breaks == 0) {
                    gap = " ";
                } else {
                    Token next = nextCode(tokens, i);
                    boolean continuation = next != null && !lineStarts.contains(next.getTokenIndex());
                    gap = lines(newline, breaks, previous, token) + indent(depth + (continuation ? 1 : 0));
                }
            } else {
                boolean lineStart = lineStarts.contains(token.getTokenIndex());
                boolean afterComment = previous.getType() == ClientLexer.LINE_COMMENT
                        || (previous.getType() == ClientLexer.BLOCK_COMMENT && breaks > 0);
                boolean emptyBraces = token.getType() == ClientLexer.RBRACE && previous == previousCode
                        && previousCode.getType() == ClientLexer.LBRACE;
                boolean afterLeadingComment = previous.getType() == ClientLexer.BLOCK_COMMENT && breaks == 0
                        && previousStartsLine;
                if (emptyBraces) {
                    gap = "";
                } else if (lineStart && afterLeadingComment) {
                    gap = " ";
                } else if (lineStart || afterComment) {
                    gap = lines(newline, breaks, previous, token) + indent(depth + (lineStart ? 0 : 1));
                } else if (token.getType() == ClientLexer.COMMA) {
                    gap = "";
                } else {
                    gap = " ";
                }
                previousCode = token;
            }
            gaps.add(new Gap(new Span(previousEnd, span.start()), gap));
            previousStartsLine = previous == null || gap.contains("\n");
            if (token.getType() == ClientLexer.LBRACE) {
                depth++;
            }
            previous = token;
            previousEnd = span.end();
        }
        boolean runsToEnd = Tokens.isUnterminated(previous) && previous.getType() != ClientLexer.STRING;
        gaps.add(new Gap(new Span(previousEnd, file.text().length()), runsToEnd ? "" : newline));
        return sameTokens(file, tokens, apply(file, gaps)) ? gaps : null;
    }

    /**
     * The tokens that begin a line: each block and item, each closing brace,
     * and whatever follows an opening or closing brace or a string left open
     * at the end of its line.
     */
    private static Set<Integer> lineStarts(ParsedFile parsed, List<Token> tokens) {
        Set<Integer> starts = new HashSet<>();
        items(parsed.tree(), starts);
        Token previousCode = null;
        for (Token token : tokens) {
            if (Tokens.isComment(token)) {
                continue;
            }
            if (token.getType() == ClientLexer.RBRACE || (previousCode != null
                    && (previousCode.getType() == ClientLexer.LBRACE || previousCode.getType() == ClientLexer.RBRACE
                    || Tokens.isUnterminated(previousCode)))) {
                starts.add(token.getTokenIndex());
            }
            previousCode = token;
        }
        return starts;
    }

    private static void items(ParseTree tree, Set<Integer> starts) {
        if (!(tree instanceof ParserRuleContext context)) {
            return;
        }
        if (context instanceof ClientParser.BlockContext || context instanceof ClientParser.ProjectItemContext
                || context instanceof ClientParser.PersonAttributeContext || context instanceof ClientParser.StepContext
                || context instanceof ClientParser.TouchAttributeContext
                || context instanceof ClientParser.SummaryItemContext) {
            if (SyntaxTrees.isReal(context.getStart())) {
                starts.add(context.getStart().getTokenIndex());
            }
        }
        for (int i = 0; i < context.getChildCount(); i++) {
            items(context.getChild(i), starts);
        }
    }

    private static Token nextCode(List<Token> tokens, int from) {
        for (int i = from + 1; i < tokens.size(); i++) {
            if (!Tokens.isComment(tokens.get(i))) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** One line break, or two (one blank line) where there was at least one blank line, except just inside braces. */
    private static String lines(String newline, int breaks, Token previous, Token token) {
        boolean blank = breaks >= 2 && previous.getType() != ClientLexer.LBRACE
                && token.getType() != ClientLexer.RBRACE;
        return blank ? newline + newline : newline;
    }

    private static int lineBreaks(String whitespace) {
        int count = 0;
        for (int i = 0; i < whitespace.length(); i++) {
            char c = whitespace.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= whitespace.length() || whitespace.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    private static String indent(int depth) {
        return " ".repeat(depth * INDENT);
    }

    static String apply(SourceFile file, List<Gap> gaps) {
        StringBuilder out = new StringBuilder(file.text().length() + 64);
        int at = 0;
        for (Gap gap : gaps) {
            out.append(file.text(), at, gap.span().start()).append(gap.text());
            at = gap.span().end();
        }
        return out.append(file.text(), at, file.text().length()).toString();
    }

    /** Whether a text reads as the same tokens (whitespace aside) as the original. */
    private static boolean sameTokens(SourceFile file, List<Token> original, String formatted) {
        ClientLexer lexer = new ClientLexer(CharStreams.fromString(formatted));
        lexer.removeErrorListeners();
        int i = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getType() == ClientLexer.WS) {
                continue;
            }
            if (i >= original.size() || original.get(i).getType() != token.getType()
                    || !original.get(i).getText().equals(token.getText())) {
                return false;
            }
            i++;
        }
        return i == original.size();
    }
}
