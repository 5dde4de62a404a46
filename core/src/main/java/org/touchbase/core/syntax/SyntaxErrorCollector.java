package org.touchbase.core.syntax;

import static org.touchbase.grammar.ClientLexer.ERROR_CHAR;
import static org.touchbase.grammar.ClientLexer.MALFORMED_LITERAL;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Message;
import org.touchbase.core.rules.RuleIds;
import org.touchbase.core.rules.Severity;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * ANTLR's standard recovery, with its reports turned into clear sentences:
 * "expected a date after `touch`, found `call`" instead of a token-set dump.
 */
final class SyntaxErrorCollector extends DefaultErrorStrategy {

    static final int LIMIT = 100;

    private final SourceFile file;
    private final List<Finding> findings = new ArrayList<>();
    private boolean truncated;

    SyntaxErrorCollector(SourceFile file) {
        this.file = file;
    }

    List<Finding> findings() {
        return findings;
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        mismatch(parser, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        mismatch(parser, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportFailedPredicate(Parser parser, org.antlr.v4.runtime.FailedPredicateException e) {
        mismatch(parser, e.getOffendingToken(), parser.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token token = parser.getCurrentToken();
        if (!special(token)) {
            add(token, Message.of("syntax.unexpected", TokenDescriptions.found(token),
                    TokenDescriptions.expected(getExpectedTokens(parser))));
        }
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token token = parser.getCurrentToken();
        Token previous = previous(parser.getInputStream(), token);
        Message expected = TokenDescriptions.expected(getExpectedTokens(parser));
        add(token, previous == null
                ? Message.of("syntax.missing", expected, TokenDescriptions.found(token))
                : Message.of("syntax.missingAfter", expected, TokenDescriptions.found(previous)));
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        if (e instanceof NoViableAltException noViable) {
            reportNoViableAlternative(parser, noViable);
        } else if (e instanceof InputMismatchException mismatch) {
            reportInputMismatch(parser, mismatch);
        } else {
            mismatch(parser, e.getOffendingToken(), parser.getExpectedTokens());
        }
    }

    private void mismatch(Parser parser, Token token, IntervalSet expectedTokens) {
        if (token == null || special(token)) {
            return;
        }
        Token previous = previous(parser.getInputStream(), token);
        Message expected = TokenDescriptions.expected(expectedTokens);
        add(token, previous == null
                ? Message.of("syntax.expected", expected, TokenDescriptions.found(token))
                : Message.of("syntax.expectedAfter", expected, TokenDescriptions.found(token),
                        TokenDescriptions.found(previous)));
    }

    /** Tokens that are errors by themselves get one message of their own, whatever was expected. */
    private boolean special(Token token) {
        if (token.getType() == ERROR_CHAR) {
            add(token, Message.of("syntax.character", token.getText()));
            return true;
        }
        if (token.getType() == MALFORMED_LITERAL) {
            add(token, Message.of("syntax.malformed", TokenDescriptions.shorten(token.getText())));
            return true;
        }
        return false;
    }

    private static Token previous(TokenStream tokens, Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token candidate = tokens.get(i);
            if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
                return candidate;
            }
        }
        return null;
    }

    void add(Token token, Message message) {
        Span span = SyntaxTrees.span(file, token);
        add(span, message);
    }

    void add(Span span, Message message) {
        if (findings.size() >= LIMIT) {
            if (!truncated) {
                truncated = true;
                findings.add(new Finding(RuleIds.SYNTAX, Severity.ERROR, file, span,
                        Message.of("syntax.tooMany", LIMIT), null));
            }
            return;
        }
        findings.add(new Finding(RuleIds.SYNTAX, Severity.ERROR, file, span, message, null));
    }
}
