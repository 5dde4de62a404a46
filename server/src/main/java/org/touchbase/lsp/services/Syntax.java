package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.grammar.ClientLexer;

/** The tokens of a parsed document as the features that work on the text as written read them. */
final class Syntax {

    private Syntax() {
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
