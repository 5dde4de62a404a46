package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
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
 * Semantic tokens: keywords, touch kinds as types, directions, statuses and
 * summary kinds as enum members, names as variables (declarations marked),
 * strings, dates, times and durations as numbers, and comments. Positions
 * are UTF-16 columns, and a token that spans lines (a triple-quoted string,
 * a block comment) is sent as one token per line.
 */
public final class SemanticTokensService {

    public static final List<String> TYPES = List.of("keyword", "type", "enumMember", "variable", "string",
            "number", "comment");
    public static final List<String> MODIFIERS = List.of("declaration");

    static final int KEYWORD = 0;
    static final int TYPE = 1;
    static final int ENUM_MEMBER = 2;
    static final int VARIABLE = 3;
    static final int STRING = 4;
    static final int NUMBER = 5;
    static final int COMMENT = 6;
    static final int DECLARATION = 1;

    public static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, MODIFIERS);
    }

    public SemanticTokens full(DocumentContext context) {
        return tokens(context.file(), null);
    }

    public SemanticTokens range(DocumentContext context, Range range) {
        return tokens(context.file(), TextEdits.span(context.file(), range));
    }

    SemanticTokens tokens(SourceFile file, Span within) {
        ParsedFile parsed = Syntax.parse(file);
        Map<Integer, int[]> roles = new HashMap<>();
        classify(parsed.tree(), roles);
        List<Integer> data = new ArrayList<>();
        int lastLine = 0;
        int lastColumn = 0;
        for (Token token : Syntax.visibleTokens(parsed)) {
            int[] role = roles.get(token.getTokenIndex());
            if (role == null) {
                role = byType(token.getType());
            }
            if (role == null) {
                continue;
            }
            Span span = SyntaxTrees.span(file, token);
            for (int line = file.lineOf(span.start()); line <= file.lineOf(span.end()); line++) {
                int start = Math.max(span.start(), file.lineStart(line));
                int end = Math.min(span.end(), file.lineEnd(line));
                if (end <= start || (within != null && (end < within.start() || start > within.end()))) {
                    continue;
                }
                int column = start - file.lineStart(line);
                data.add(line - lastLine);
                data.add(line == lastLine ? column - lastColumn : column);
                data.add(end - start);
                data.add(role[0]);
                data.add(role[1]);
                lastLine = line;
                lastColumn = column;
            }
        }
        return new SemanticTokens(data);
    }

    /** Roles that depend on where a token stands in the tree. */
    private static void classify(ParseTree tree, Map<Integer, int[]> roles) {
        if (tree instanceof TerminalNode terminal) {
            Token token = terminal.getSymbol();
            boolean named = Tokens.isKeyword(token.getType()) || token.getType() == ClientLexer.IDENT;
            if (!SyntaxTrees.isReal(terminal) || !named || !(terminal.getParent() instanceof ParserRuleContext parent)) {
                return;
            }
            int[] role = null;
            if (parent instanceof ClientParser.TouchKindContext) {
                role = new int[] {TYPE, 0};
            } else if (parent instanceof ClientParser.DirectionContext
                    || parent instanceof ClientParser.ProjectStatusContext
                    || parent instanceof ClientParser.SummaryKindContext) {
                role = new int[] {ENUM_MEMBER, 0};
            } else if (parent instanceof ClientParser.IdentContext ident) {
                role = new int[] {VARIABLE, isDeclaration(ident) ? DECLARATION : 0};
            }
            if (role != null) {
                roles.put(token.getTokenIndex(), role);
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            classify(tree.getChild(i), roles);
        }
    }

    /** A name in the place that declares it: {@code person ID}, {@code touch ID}, {@code agreed ID} … */
    private static boolean isDeclaration(ClientParser.IdentContext ident) {
        ParseTree parent = ident.getParent();
        return (parent instanceof ClientParser.ProjectBlockContext c && c.name == ident)
                || (parent instanceof ClientParser.PersonItemContext p && p.name == ident)
                || (parent instanceof ClientParser.MemberItemContext m && m.name == ident)
                || (parent instanceof ClientParser.GoalContext g && g.name == ident)
                || (parent instanceof ClientParser.StepContext s && s.name == ident)
                || (parent instanceof ClientParser.TouchContext t && t.name == ident)
                || (parent instanceof ClientParser.AgreedAttributeContext a && a.name == ident)
                || (parent instanceof ClientParser.ExpectItemContext e && e.name == ident)
                || (parent instanceof ClientParser.ActionItemContext a && a.name == ident);
    }

    /** Roles by token type alone: for everything else, and for text that error recovery skipped. */
    private static int[] byType(int type) {
        if (Tokens.isKeyword(type)) {
            return new int[] {KEYWORD, 0};
        }
        return switch (type) {
            case ClientLexer.STRING, ClientLexer.TRIPLE_STRING -> new int[] {STRING, 0};
            case ClientLexer.DATE, ClientLexer.TIME, ClientLexer.DURATION, ClientLexer.MALFORMED_LITERAL ->
                    new int[] {NUMBER, 0};
            case ClientLexer.IDENT -> new int[] {VARIABLE, 0};
            case ClientLexer.LINE_COMMENT, ClientLexer.BLOCK_COMMENT -> new int[] {COMMENT, 0};
            default -> null;
        };
    }
}
