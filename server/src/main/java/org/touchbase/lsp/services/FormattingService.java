package org.touchbase.lsp.services;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxParser;
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
 * gives the same text. Formatting never changes the findings: the line a
 * {@code touchbase-disable-next-line} comment names keeps its tokens together
 * and is joined to no other line. Stray characters written together stay
 * together ({@code --} is never {@code - -}), and indentation stops growing
 * at {@link #MAX_DEPTH} levels.
 *
 * <p>On broken text the same layout applies, but only if the result reads
 * as exactly the same tokens as before; otherwise there are no edits.
 */
public final class FormattingService {

    private static final int INDENT = 2;

    /**
     * The deepest indentation: the language nests four levels, so deeper is
     * broken text, and indenting it further would make the edits grow with
     * the square of its length.
     */
    static final int MAX_DEPTH = 16;

    private static final Pattern DISABLE_NEXT_LINE =
            Pattern.compile("^//\\s*touchbase-disable-next-line\\b");

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

    /**
     * The new whitespace of every gap, or null when the layout would not keep
     * the tokens and findings as they are. Broken text recovers according to
     * its line breaks, so there the layout must also be its own fixed point:
     * formatting twice gives what formatting once gave, or nothing is changed.
     */
    static List<Gap> layout(SourceFile file) {
        ParsedFile parsed = SyntaxParser.parse(file);
        List<Gap> gaps = layout(file, parsed);
        if (gaps == null || parsed.findings().isEmpty()) {
            return gaps;
        }
        SourceFile once = new SourceFile(file.id(), apply(file, gaps));
        List<Gap> again = layout(once, SyntaxParser.parse(once));
        return again != null && apply(once, again).equals(once.text()) ? gaps : null;
    }

    private static List<Gap> layout(SourceFile file, ParsedFile parsed) {
        List<Token> tokens = Syntax.visibleTokens(parsed);
        String newline = file.text().contains("\r\n") ? "\r\n" : "\n";
        List<Gap> gaps = new ArrayList<>();
        if (tokens.isEmpty()) {
            gaps.add(new Gap(new Span(0, file.text().length()), ""));
            return gaps;
        }
        Set<Integer> lineStarts = lineStarts(parsed, tokens);
        Set<Integer> suppressed = suppressedLines(file, tokens);
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
            // A suppression names the line after it: that line's tokens stay together and nothing joins it.
            boolean onSuppressedLine = breaks == 0 && previous != null && suppressed.contains(file.lineOf(span.start()));
            boolean afterSuppressedLine = breaks > 0 && previous != null
                    && suppressed.contains(file.lineOf(SyntaxTrees.span(file, previous).start()));
            boolean glued = original.isEmpty() && previous != null
                    && (token.getType() == ClientLexer.ERROR_CHAR || previous.getType() == ClientLexer.ERROR_CHAR);
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
                boolean lineStart = !onSuppressedLine
                        && (lineStarts.contains(token.getTokenIndex()) || afterSuppressedLine);
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
                } else if (token.getType() == ClientLexer.COMMA || glued) {
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
        String formatted = apply(file, gaps);
        return sameTokens(file, tokens, formatted) && sameFindings(file, formatted) ? gaps : null;
    }

    /** A moment for comparing findings: any will do, as long as both texts are checked at the same one. */
    private static final LocalDateTime SAME_MOMENT = LocalDateTime.of(2000, 1, 1, 0, 0);

    /**
     * Whether the formatted text has the findings the original has (where
     * they are aside). Line breaks steer a few things — which line a
     * suppression names, how broken text recovers — and formatting must
     * never change what the file says; when it would, there are no edits.
     */
    private static boolean sameFindings(SourceFile file, String formatted) {
        return findings(file).equals(findings(new SourceFile(file.id(), formatted)));
    }

    private static List<String> findings(SourceFile file) {
        Analysis analysis = Analyzer.analyze(
                List.of(ModelBuilder.build(file)),
                any -> Settings.defaults(SAME_MOMENT));
        Messages english = Messages.english();
        List<String> found = new ArrayList<>();
        for (Finding finding : analysis.findings()) {
            // a location in a message ("declared at a.client:12") moves with the lines
            found.add(finding.rule() + " " + finding.severity() + " "
                    + english.format(finding.message()).replaceAll(":\\d+", ":#"));
        }
        found.sort(null);
        return found;
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

    /** The lines a {@code touchbase-disable-next-line} comment names, as the file is now. */
    private static Set<Integer> suppressedLines(SourceFile file, List<Token> tokens) {
        Set<Integer> lines = new HashSet<>();
        for (Token token : tokens) {
            if (token.getType() == ClientLexer.LINE_COMMENT && DISABLE_NEXT_LINE.matcher(token.getText()).find()) {
                lines.add(file.lineOf(SyntaxTrees.span(file, token).start()) + 1);
            }
        }
        return lines;
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
        return " ".repeat(Math.min(depth, MAX_DEPTH) * INDENT);
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
