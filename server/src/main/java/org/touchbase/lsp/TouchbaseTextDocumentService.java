package org.touchbase.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.touchbase.lsp.services.CodeActionService;
import org.touchbase.lsp.services.CodeLensService;
import org.touchbase.lsp.services.CompletionService;
import org.touchbase.lsp.services.DefinitionService;
import org.touchbase.lsp.services.DocumentHighlightService;
import org.touchbase.lsp.services.DocumentSymbolService;
import org.touchbase.lsp.services.FoldingRangeService;
import org.touchbase.lsp.services.FormattingService;
import org.touchbase.lsp.services.HoverService;
import org.touchbase.lsp.services.InlayHintService;
import org.touchbase.lsp.services.ReferencesService;
import org.touchbase.lsp.services.RenameService;
import org.touchbase.lsp.services.SelectionRangeService;
import org.touchbase.lsp.services.SemanticTokensService;

/**
 * Document synchronisation and document requests. Each request runs on the
 * workspace's current analysis, honours cancellation, and turns any failure
 * into a logged message and an error response, never a dead server.
 */
public final class TouchbaseTextDocumentService implements TextDocumentService {

    private final TouchbaseLanguageServer server;
    private final CodeActionService codeActions = new CodeActionService();
    private final CompletionService completions = new CompletionService();
    private final HoverService hovers = new HoverService();

    TouchbaseTextDocumentService(TouchbaseLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        server.workspace().open(params.getTextDocument().getUri(), params.getTextDocument().getText(),
                params.getTextDocument().getVersion());
        server.scheduleAnalysis();
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        List<Workspace.Change> changes = new ArrayList<>();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            changes.add(new Workspace.Change(change.getRange(), change.getText()));
        }
        if (!server.workspace().change(uri, changes, params.getTextDocument().getVersion())) {
            if (!Uris.isClientFile(uri)) {
                return;
            }
            server.log(MessageType.Warning, "touchbase: change to a document that is not open: " + uri);
            return;
        }
        server.scheduleAnalysis();
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        server.workspace().close(params.getTextDocument().getUri());
        server.scheduleAnalysis();
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the open document's text is already the truth
    }

    // ---- navigation and editing help: each request is one call on its feature service

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return request("textDocument/definition", params.getTextDocument().getUri(), Either.forLeft(List.of()),
                (context, cancel) -> Either.forLeft(new DefinitionService().definition(context, params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean declarations = params.getContext() != null && params.getContext().isIncludeDeclaration();
        return request("textDocument/references", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new ReferencesService().references(context, params.getPosition(), declarations));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return request("textDocument/documentHighlight", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new DocumentHighlightService().highlights(context, params.getPosition()));
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return request("textDocument/prepareRename", params.getTextDocument().getUri(), null, (context, cancel) -> {
            PrepareRenameResult result = new RenameService().prepare(context, params.getPosition());
            return result == null ? null : Either3.forSecond(result);
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return request("textDocument/rename", params.getTextDocument().getUri(), null,
                (context, cancel) -> new RenameService().rename(context, params.getPosition(), params.getNewName()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return request("textDocument/documentSymbol", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new DocumentSymbolService().symbols(context).stream()
                        .map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return request("textDocument/foldingRange", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new FoldingRangeService().foldingRanges(context));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return request("textDocument/semanticTokens/full", params.getTextDocument().getUri(),
                new SemanticTokens(List.of()), (context, cancel) -> new SemanticTokensService().full(context));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return request("textDocument/semanticTokens/range", params.getTextDocument().getUri(),
                new SemanticTokens(List.of()),
                (context, cancel) -> new SemanticTokensService().range(context, params.getRange()));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return request("textDocument/formatting", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new FormattingService().format(context));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        return request("textDocument/rangeFormatting", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new FormattingService().formatRange(context, params.getRange()));
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return request("textDocument/selectionRange", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new SelectionRangeService().selectionRanges(context, params.getPositions()));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return request("textDocument/codeLens", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new CodeLensService().codeLenses(context));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return request("textDocument/inlayHint", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> new InlayHintService().inlayHints(context, params.getRange()));
    }

    /**
     * Runs a request about a document on the current analysis. A document
     * the workspace does not know is answered with {@code empty}.
     */
    <T> CompletableFuture<T> request(String method, String uri, T empty,
            BiFunction<DocumentContext, CancelChecker, T> handler) {
        if (server.isShutDown()) {
            return TouchbaseLanguageServer.refused();
        }
        return CompletableFutures.computeAsync(cancel -> {
            try {
                Workspace workspace = server.workspace();
                cancel.checkCanceled();
                Workspace.Located located = workspace.locate(uri);
                if (located == null) {
                    return empty;
                }
                cancel.checkCanceled();
                DocumentContext context = new DocumentContext(uri, located.analysis(), located.document(),
                        workspace.settings().messages(), workspace);
                return handler.apply(context, cancel);
            } catch (CancellationException | ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                server.log(MessageType.Error, "touchbase: " + method + " failed on " + uri + ": " + trace);
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        TouchbaseLanguageServer.oneLine(method + " failed: " + e), null));
            }
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return request("textDocument/codeAction", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> codeActions.codeActions(context, params.getRange(),
                        params.getContext() == null ? null : params.getContext().getDiagnostics(),
                        params.getContext() == null ? null : params.getContext().getOnly(),
                        server.clientSupport().snippetEdits(), cancel));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return request("textDocument/completion", params.getTextDocument().getUri(),
                Either.forRight(new CompletionList(List.of())),
                (context, cancel) -> Either.forRight(completions.completion(context, params.getPosition(),
                        server.clientSupport().snippets(),
                        params.getContext() == null ? null : params.getContext().getTriggerCharacter(), cancel)));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return request("textDocument/hover", params.getTextDocument().getUri(), null,
                (context, cancel) -> hovers.hover(context, params.getPosition(), cancel));
    }
}
