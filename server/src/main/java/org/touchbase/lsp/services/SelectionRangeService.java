package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;
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
 * Expand selection: a string's text, the token, then each enclosing part
 * of the tree (a list of names, the item, the body, the block) and the
 * whole document, each strictly larger than the one before.
 */
public final class SelectionRangeService {

    public List<SelectionRange> selectionRanges(DocumentContext context, List<Position> positions) {
        SourceFile file = context.file();
        ParsedFile parsed = Syntax.parse(file);
        List<SelectionRange> result = new ArrayList<>();
        for (Position position : positions) {
            result.add(selectionRange(file, parsed, TextEdits.offset(file, position)));
        }
        return result;
    }

    private static SelectionRange selectionRange(SourceFile file, ParsedFile parsed, int offset) {
        List<Span> spans = new ArrayList<>();
        Token token = tokenAt(file, parsed, offset);
        if (token != null) {
            Span span = SyntaxTrees.span(file, token);
            if (token.getType() == ClientLexer.STRING || token.getType() == ClientLexer.TRIPLE_STRING) {
                int quotes = token.getType() == ClientLexer.STRING ? 1 : 3;
                if (span.length() > 2 * quotes && !Tokens.isUnterminated(token)
                        && span.start() + quotes <= offset && offset <= span.end() - quotes) {
                    spans.add(new Span(span.start() + quotes, span.end() - quotes));
                }
            }
            spans.add(span);
        }
        Span target = token != null ? SyntaxTrees.span(file, token) : new Span(offset, offset);
        for (ParserRuleContext context = deepest(file, parsed.tree(), target); context != null;
                context = context.getParent()) {
            Span span = context instanceof ClientParser.FileContext ? null : SyntaxTrees.span(file, context);
            if (span != null && span.start() <= target.start() && target.end() <= span.end()) {
                spans.add(span);
            }
        }
        spans.add(new Span(0, file.text().length()));
        SelectionRange outer = null;
        Span last = null;
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span span = spans.get(i);
            if (last != null && (span.equals(last) || span.start() < last.start() || span.end() > last.end())) {
                continue;
            }
            outer = new SelectionRange(TextEdits.range(file, span), outer);
            last = span;
        }
        return outer;
    }

    /** The visible token under the offset (or just before it), or null in whitespace. */
    private static Token tokenAt(SourceFile file, ParsedFile parsed, int offset) {
        Token touching = null;
        for (Token token : Syntax.visibleTokens(parsed)) {
            Span span = SyntaxTrees.span(file, token);
            if (span.start() <= offset && offset < span.end()) {
                return token;
            }
            if (span.end() == offset) {
                touching = token;
            }
            if (span.start() > offset) {
                break;
            }
        }
        return touching;
    }

    /** The smallest rule of the tree whose text holds the target. */
    private static ParserRuleContext deepest(SourceFile file, ParserRuleContext context, Span target) {
        for (int i = 0; i < context.getChildCount(); i++) {
            if (context.getChild(i) instanceof ParserRuleContext child) {
                Span span = SyntaxTrees.span(file, child);
                if (span != null && span.start() <= target.start() && target.end() <= span.end()) {
                    return deepest(file, child, target);
                }
            }
        }
        return context;
    }
}
