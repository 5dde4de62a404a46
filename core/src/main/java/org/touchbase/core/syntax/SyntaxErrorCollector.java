package org.touchbase.core.syntax;

import static org.touchbase.grammar.ClientLexer.DATE;
import static org.touchbase.grammar.ClientLexer.DURATION;
import static org.touchbase.grammar.ClientLexer.ERROR_CHAR;
import static org.touchbase.grammar.ClientLexer.LOG;
import static org.touchbase.grammar.ClientLexer.MALFORMED_LITERAL;
import static org.touchbase.grammar.ClientLexer.PROJECT;
import static org.touchbase.grammar.ClientLexer.TIME;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.grammar.ClientParser;

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

    /**
     * A malformed date, time or duration where one is expected is one error,
     * and it stands in for the literal: the rest of the item parses as
     * written (without this, {@code touch 2026-9-5 call with anna} would
     * drop the literal and read {@code call} as the touch's name).
     */
    @Override
    public void sync(Parser parser) {
        if (malformedLiteralExpected(parser)) {
            return;
        }
        super.sync(parser);
    }

    @Override
    public Token recoverInline(Parser parser) {
        if (malformedLiteralExpected(parser)) {
            Token malformed = parser.getCurrentToken();
            beginErrorCondition(parser);
            special(malformed);
            parser.consume();
            endErrorCondition(parser);
            return malformed;
        }
        return super.recoverInline(parser);
    }

    private boolean malformedLiteralExpected(Parser parser) {
        if (parser.getCurrentToken().getType() != MALFORMED_LITERAL || inErrorRecoveryMode(parser)) {
            return false;
        }
        IntervalSet expected = getExpectedTokens(parser);
        return expected.contains(DATE) || expected.contains(TIME) || expected.contains(DURATION);
    }

    /**
     * After an error, a keyword that begins an item ({@code touch},
     * {@code person}, {@code project} …) at the start of a line begins that
     * item: it is not read as a name that completes the broken one. So one
     * broken line costs one error, and the items after it still count.
     */
    @Override
    public void reportMatch(Parser parser) {
        if (inErrorRecoveryMode(parser) && parser.getContext().getRuleIndex() == ClientParser.RULE_ident) {
            Token token = parser.getCurrentToken();
            if (itemStarts(parser).contains(token.getType()) && startsLine(parser.getInputStream(), token)) {
                throw new InputMismatchException(parser);
            }
        }
        super.reportMatch(parser);
    }

    private IntervalSet itemStarts;

    private IntervalSet itemStarts(Parser parser) {
        if (itemStarts == null) {
            ATN atn = parser.getATN();
            IntervalSet set = new IntervalSet(atn.nextTokens(atn.ruleToStartState[ClientParser.RULE_projectItem]));
            set.add(PROJECT);
            set.add(LOG);
            itemStarts = set;
        }
        return itemStarts;
    }

    private static boolean startsLine(TokenStream tokens, Token token) {
        Token previous = previous(tokens, token);
        return previous == null || previous.getLine() < token.getLine();
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
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
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
            return true; // reported by SyntaxParser, once for each run of them on a line
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
