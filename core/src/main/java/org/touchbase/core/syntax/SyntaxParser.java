package org.touchbase.core.syntax;

import static org.touchbase.grammar.ClientLexer.BLOCK_COMMENT;
import static org.touchbase.grammar.ClientLexer.ERROR_CHAR;
import static org.touchbase.grammar.ClientLexer.STRING;
import static org.touchbase.grammar.ClientLexer.TRIPLE_STRING;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.text.SourceFile;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.grammar.ClientParser;

/**
 * Parses a {@code .client} file in two stages: fast SLL prediction that bails
 * out at the first error, then, only for files with errors, full LL with
 * recovery and readable messages.
 */
public final class SyntaxParser {

    private SyntaxParser() {
    }

    /** A lexer over a text, reading non-ASCII text at ASCII speed (see {@link LexerInput}). */
    public static ClientLexer lexer(String text) {
        ClientLexer lexer = new ClientLexer(new LexerInput(text, ""));
        lexer.removeErrorListeners();
        return lexer;
    }

    /** Parses a file, keeping every token: whitespace too, which formatting and completion read. */
    public static ParsedFile parse(SourceFile file) {
        return parse(file, new ClientLexer(new LexerInput(file.text(), file.id())));
    }

    /**
     * Parses a file for its model alone: whitespace never becomes a token,
     * since nothing in the model reads it (about half the tokens of a file).
     * Comments stay: suppressions are read from them.
     */
    public static ParsedFile parseForModel(SourceFile file) {
        return parse(file, new ClientLexer(new LexerInput(file.text(), file.id())) {
            @Override
            public void setChannel(int channel) {
                if (channel == HIDDEN) {
                    skip();
                } else {
                    super.setChannel(channel);
                }
            }
        });
    }

    private static ParsedFile parse(SourceFile file, ClientLexer lexer) {
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        ClientParser parser = new ClientParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        SyntaxErrorCollector errors = new SyntaxErrorCollector(file);
        ClientParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(errors);
            tree = parser.file();
        }
        checkLiterals(file, tokens, errors);
        errors.findings().sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new ParsedFile(file, tokens, tree, errors.findings());
    }

    /**
     * Characters that belong nowhere, and strings and comments that the lexer
     * accepted although they are not closed or hold a bad escape. These are
     * reported here, from the tokens, so that each is reported even where the
     * parser is still recovering from an earlier error: a run of stray
     * characters on one line is one error.
     */
    private static void checkLiterals(SourceFile file, CommonTokenStream tokens, SyntaxErrorCollector errors) {
        Token previous = null;
        for (Token token : tokens.getTokens()) {
            boolean strayRun = previous != null && previous.getType() == ERROR_CHAR
                    && previous.getLine() == token.getLine();
            if (token.getChannel() == Token.DEFAULT_CHANNEL || token.getType() == ERROR_CHAR) {
                previous = token;
            }
            switch (token.getType()) {
                case ERROR_CHAR -> {
                    if (!strayRun) {
                        errors.add(token, Message.of("syntax.character", TokenDescriptions.visible(token.getText())));
                    }
                }
                case STRING, TRIPLE_STRING -> {
                    StringLiterals.Decoded decoded = StringLiterals.decode(token.getText());
                    if (!decoded.terminated()) {
                        errors.add(token, Message.of(token.getType() == STRING
                                ? "syntax.unterminatedString" : "syntax.unterminatedTripleString"));
                    } else if (decoded.badEscape() != null) {
                        errors.add(token, Message.of("syntax.badEscape", decoded.badEscape()));
                    }
                }
                case BLOCK_COMMENT -> {
                    if (Tokens.isUnterminatedComment(token.getText())) {
                        errors.add(token, Message.of("syntax.unterminatedComment"));
                    }
                }
                default -> {
                }
            }
        }
    }
}
