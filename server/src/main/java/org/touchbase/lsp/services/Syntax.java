package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.antlr.v4.runtime.Token;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxParser;
import org.touchbase.core.text.SourceFile;
import org.touchbase.grammar.ClientLexer;

/**
 * The tokens and parse tree of a document, for the features that work on
 * the text as written (folding, semantic tokens, formatting, selection).
 * A text is parsed once however many requests ask for it.
 */
final class Syntax {

    private static final Map<SourceFile, ParsedFile> CACHE = new WeakHashMap<>();

    private Syntax() {
    }

    static ParsedFile parse(SourceFile file) {
        synchronized (CACHE) {
            ParsedFile parsed = CACHE.get(file);
            if (parsed == null) {
                parsed = SyntaxParser.parse(file);
                CACHE.put(file, parsed);
            }
            return parsed;
        }
    }

    /** Every token but whitespace and the end of file: the language's tokens and the comments, in order. */
    static List<Token> visibleTokens(ParsedFile parsed) {
        List<Token> result = new ArrayList<>();
        for (Token token : parsed.tokens().getTokens()) {
            if (token.getType() != Token.EOF && token.getType() != ClientLexer.WS) {
                result.add(token);
            }
        }
        return result;
    }
}
