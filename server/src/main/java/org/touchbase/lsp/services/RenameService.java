package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.syntax.Tokens;
import org.touchbase.core.workspace.Names;
import org.touchbase.core.workspace.Reference;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * Rename a person, touch, agreement, expectation, step, goal or project
 * everywhere it is declared or used, across files (a project's {@code log}
 * blocks follow it). A new name must be an identifier (docs/reference.md, Lexical structure) and
 * must not be taken in the same namespace; otherwise the request fails with
 * a message that says why.
 */
public final class RenameService {

    /** The name at the caret and its text, or null where nothing can be renamed. */
    public PrepareRenameResult prepare(DocumentContext context, Position position) {
        Names.Occurrence at = context.analysis().knowledgeBase().names()
                .at(context.file(), TextEdits.offset(context.file(), position));
        if (at == null) {
            return null;
        }
        return new PrepareRenameResult(TextEdits.range(context.file(), at.name().span()), at.name().text());
    }

    /** The edits of every file that declares or uses the name; null where nothing can be renamed. */
    public WorkspaceEdit rename(DocumentContext context, Position position, String newName) {
        Names index = context.analysis().knowledgeBase().names();
        Names.Occurrence at = index.at(context.file(), TextEdits.offset(context.file(), position));
        if (at == null) {
            return null;
        }
        Messages messages = context.messages();
        if (!isIdentifier(newName)) {
            throw refused(messages.get("lsp.rename.invalid", newName == null ? "" : newName.strip()));
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        if (newName.equals(at.key().name())) {
            return new WorkspaceEdit(changes);
        }
        Names.Key renamed = at.key().renamed(newName);
        if (index.declares(renamed)) {
            throw refused(at.key().kind() == Reference.Kind.PROJECT
                    ? messages.get("lsp.rename.projectTaken", newName)
                    : messages.get("lsp.rename.taken", newName, at.key().scope(),
                            messages.get("lsp.kind." + at.key().kind().name().toLowerCase(Locale.ROOT))));
        }
        for (Names.Occurrence occurrence : index.occurrences(at.key())) {
            changes.computeIfAbsent(occurrence.file().id(), uri -> new ArrayList<>())
                    .add(new TextEdit(TextEdits.range(occurrence.file(), occurrence.name().span()), newName));
        }
        return new WorkspaceEdit(changes);
    }

    /** One identifier token, as the lexer reads it: a keyword counts, since a keyword may name anything. */
    static boolean isIdentifier(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        ClientLexer lexer = new ClientLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        Token first = lexer.nextToken();
        Token second = lexer.nextToken();
        if (second.getType() != Token.EOF || first.getStopIndex() != text.codePointCount(0, text.length()) - 1) {
            return false;
        }
        int type = first.getType();
        return type == ClientLexer.IDENT || Tokens.isKeyword(type);
    }

    private static ResponseErrorException refused(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
