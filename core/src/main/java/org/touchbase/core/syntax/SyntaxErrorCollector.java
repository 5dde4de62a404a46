package org.touchbase.core.syntax;

import static org.touchbase.grammar.ClientLexer.DATE;
import static org.touchbase.grammar.ClientLexer.DURATION;
import static org.touchbase.grammar.ClientLexer.ERROR_CHAR;
import static org.touchbase.grammar.ClientLexer.IDENT;
import static org.touchbase.grammar.ClientLexer.LBRACE;
import static org.touchbase.grammar.ClientLexer.LOG;
import static org.touchbase.grammar.ClientLexer.MALFORMED_LITERAL;
import static org.touchbase.grammar.ClientLexer.PROJECT;
import static org.touchbase.grammar.ClientLexer.RBRACE;
import static org.touchbase.grammar.ClientLexer.TIME;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
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

    /** How far ahead a broken item's end is looked for; past that, ANTLR's own recovery takes over. */
    private static final int SKIP_LIMIT = 2_000;

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
        if (skipUnknownLine(parser)) {
            return;
        }
        super.sync(parser);
    }

    /**
     * A list of items (the items of a project, the attributes of a person or
     * a touch, the steps of a plan) meets a token that cannot start one: a
     * word the parser does not know ({@code outcom}, or {@code member} from a
     * newer version of the language), or a second name where a comma is
     * missing. That is one error, and the list goes on at the next line that
     * starts one of its items (or at the {@code }} that closes it); braces
     * between are skipped as a whole. ANTLR's own recovery would stop at the
     * first token that can start an item anywhere, such as a {@code decides}
     * inside the unknown item's braces, and lose the rest of the project.
     */
    private boolean skipUnknownLine(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return false;
        }
        ATNState state = parser.getInterpreter().atn.states.get(parser.getState());
        int type = state.getStateType();
        if (type != ATNState.STAR_LOOP_ENTRY && type != ATNState.STAR_LOOP_BACK) {
            return false;
        }
        TokenStream tokens = parser.getInputStream();
        Token token = tokens.LT(1);
        IntervalSet expected = parser.getATN().nextTokens(state);
        if (token.getType() == Token.EOF || expected.contains(token.getType()) || expected.contains(Token.EPSILON)
                || token.getType() == ERROR_CHAR || token.getType() == MALFORMED_LITERAL) {
            return false;
        }
        IntervalSet outer = itemStarts(parser);
        if (outer.contains(token.getType()) && startsLine(tokens, token)) {
            return false; // an item of the project where a person's or a touch's attribute was expected
        }
        Token stop = nextItemStart(tokens, expected, outer);
        if (stop == null) {
            return false;
        }
        beginErrorCondition(parser);
        Token previous = previous(tokens, token);
        if (previous != null && previous.getLine() == token.getLine() && isName(token)
                && endsWithNameList(parser.getContext(), previous)) {
            add(token, Message.of("syntax.missingComma", previous.getText(), token.getText()));
        } else if (type == ATNState.STAR_LOOP_ENTRY) {
            mismatch(parser, token, expected);
        } else {
            add(token, Message.of("syntax.unexpected", TokenDescriptions.found(token),
                    TokenDescriptions.expected(expected)));
        }
        while (tokens.LT(1) != stop) {
            parser.consume();
        }
        return true;
    }

    /**
     * The first token after the current one that can go on with the list:
     * one of its items at the start of a line, or the list's closing brace,
     * outside any braces opened in between; null when there is none, or when
     * a project item comes first at the start of a line (the list was left
     * open, and ANTLR's recovery closes it there).
     */
    private static Token nextItemStart(TokenStream tokens, IntervalSet expected, IntervalSet outer) {
        int depth = 0;
        for (int i = 2; ; i++) {
            Token token = tokens.LT(i);
            int type = token.getType();
            if (type == Token.EOF || i > SKIP_LIMIT) {
                return null;
            }
            if (type == LBRACE) {
                depth++;
            } else if (type == RBRACE && depth > 0) {
                depth--;
            } else if (depth == 0 && type == RBRACE) {
                return expected.contains(RBRACE) ? token : null;
            } else if (depth == 0 && (expected.contains(type) || outer.contains(type)) && startsLine(tokens, token)) {
                return expected.contains(type) ? token : null;
            }
        }
    }

    private static boolean isName(Token token) {
        return token.getType() == IDENT;
    }

    /** True when the last thing parsed in {@code context}, at any depth, is a list of names ending at {@code last}. */
    private static boolean endsWithNameList(ParserRuleContext context, Token last) {
        ParserRuleContext at = context;
        while (at != null) {
            if (at instanceof ClientParser.IdentListContext && at.getStop() == last) {
                return true;
            }
            if (at.getChildCount() == 0 || !(at.getChild(at.getChildCount() - 1) instanceof ParserRuleContext child)) {
                return false;
            }
            at = child;
        }
        return false;
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
        IntervalSet expectedTokens = getExpectedTokens(parser);
        Message expected = TokenDescriptions.expected(expectedTokens);
        add(at(token, previous, expectedTokens), previous == null
                ? Message.of("syntax.missing", expected, TokenDescriptions.found(token))
                : Message.of("syntax.missingAfter", expected, TokenDescriptions.found(previous)));
    }

    /**
     * Where an error is shown: at the offending token, or, when an item stops
     * short at the end of a line (a touch that ends with {@code with}), just
     * after the last token of that line, where the user stopped typing, not at
     * whatever comes on a later line. An open block that is not closed (its
     * {@code }} expected) is still shown at what comes instead.
     */
    private Span at(Token token, Token previous, IntervalSet expected) {
        if (previous != null && previous.getLine() < token.getLine() && !expected.contains(RBRACE)) {
            int end = SyntaxTrees.span(file, previous).end();
            return new Span(end, end);
        }
        return SyntaxTrees.span(file, token);
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
        add(at(token, previous, expectedTokens), previous == null
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
