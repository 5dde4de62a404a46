package org.touchbase.core.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** Source spans of tokens and parse-tree nodes, in the editor's UTF-16 offsets. */
public final class SyntaxTrees {

    private SyntaxTrees() {
    }

    /** True for a token that is really in the text (not one conjured by error recovery). */
    public static boolean isReal(Token token) {
        return token != null && token.getStartIndex() >= 0 && token.getTokenIndex() >= 0;
    }

    public static boolean isReal(TerminalNode node) {
        return node != null && !(node instanceof ErrorNode) && isReal(node.getSymbol());
    }

    public static Span span(SourceFile file, Token token) {
        if (token.getType() == Token.EOF || token.getStartIndex() < 0) {
            int at = token.getType() == Token.EOF ? file.text().length() : Math.max(0, token.getStartIndex());
            at = Math.min(file.charOffset(at), file.text().length());
            return new Span(at, at);
        }
        int start = file.charOffset(token.getStartIndex());
        int end = file.charOffset(token.getStopIndex() + 1);
        return new Span(start, Math.max(start, end));
    }

    /** The span of a rule's text; null when the rule matched nothing real. */
    public static Span span(SourceFile file, ParserRuleContext context) {
        if (context == null || !isReal(context.getStart())) {
            return null;
        }
        Token start = context.getStart();
        Token stop = context.getStop();
        Span first = span(file, start);
        if (stop == null || !isReal(stop) || stop.getTokenIndex() < start.getTokenIndex() || stop.getType() == Token.EOF) {
            return first;
        }
        return Span.cover(first, span(file, stop));
    }

    public static Span span(SourceFile file, ParserRuleContext from, Token to) {
        Span first = span(file, from);
        if (first == null) {
            return null;
        }
        return to == null || !isReal(to) ? first : Span.cover(first, span(file, to));
    }
}
