package org.touchbase.core.syntax;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.touchbase.grammar.ClientLexer;

/** What a token of the lexer is: a keyword, a comment, a literal left open at the end of its line or file. */
public final class Tokens {

    private static final Vocabulary VOCABULARY = ClientLexer.VOCABULARY;
    private static final boolean[] KEYWORDS = keywords();

    private Tokens() {
    }

    private static boolean[] keywords() {
        boolean[] keywords = new boolean[VOCABULARY.getMaxTokenType() + 1];
        for (int type = 1; type < keywords.length; type++) {
            String literal = VOCABULARY.getLiteralName(type);
            keywords[type] = literal != null && literal.matches("'[a-z]+'");
        }
        return keywords;
    }

    /** A keyword of the language (a word, not a brace or a comma); every keyword may also be a name. */
    public static boolean isKeyword(int type) {
        return type > 0 && type < KEYWORDS.length && KEYWORDS[type];
    }

    /** The text of a keyword token type. */
    public static String keyword(int type) {
        String literal = VOCABULARY.getLiteralName(type);
        return literal.substring(1, literal.length() - 1);
    }

    public static boolean isComment(Token token) {
        return token.getType() == ClientLexer.LINE_COMMENT || token.getType() == ClientLexer.BLOCK_COMMENT;
    }

    /** A string or a block comment that runs to the end of its line or file because it is not closed. */
    public static boolean isUnterminated(Token token) {
        return switch (token.getType()) {
            case ClientLexer.STRING, ClientLexer.TRIPLE_STRING -> !StringLiterals.decode(token.getText()).terminated();
            case ClientLexer.BLOCK_COMMENT -> isUnterminatedComment(token.getText());
            default -> false;
        };
    }

    static boolean isUnterminatedComment(String text) {
        return text.length() < 4 || !text.endsWith("*/");
    }
}
