package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.antlr.v4.runtime.Token;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.StringLiterals;
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

    static boolean isComment(Token token) {
        return token.getType() == ClientLexer.LINE_COMMENT || token.getType() == ClientLexer.BLOCK_COMMENT;
    }

    static boolean isKeyword(int type) {
        return type >= ClientLexer.PROJECT && type <= ClientLexer.NEXT;
    }

    /** A string or a block comment that runs to the end of its line or file because it is not closed. */
    static boolean isUnterminated(Token token) {
        return switch (token.getType()) {
            case ClientLexer.STRING, ClientLexer.TRIPLE_STRING -> !StringLiterals.decode(token.getText()).terminated();
            case ClientLexer.BLOCK_COMMENT -> token.getText().length() < 4 || !token.getText().endsWith("*/");
            default -> false;
        };
    }
}
