package org.touchbase.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.touchbase.core.model.Document;

/**
 * Document synchronisation and document requests. Each request runs on the
 * workspace's current analysis, honours cancellation, and turns any failure
 * into a logged message and an error response, never a dead server.
 */
public final class TouchbaseTextDocumentService implements TextDocumentService {

    private final TouchbaseLanguageServer server;

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

    /**
     * Runs a request about a document on the current analysis. A document
     * the workspace does not know is answered with {@code empty}.
     */
    <T> CompletableFuture<T> request(String method, String uri, T empty,
            BiFunction<DocumentContext, CancelChecker, T> handler) {
        return CompletableFutures.computeAsync(cancel -> {
            try {
                Workspace workspace = server.workspace();
                cancel.checkCanceled();
                Document document = workspace.document(uri);
                if (document == null) {
                    return empty;
                }
                cancel.checkCanceled();
                DocumentContext context = new DocumentContext(uri, workspace.analysis(), document,
                        workspace.settings().messages());
                return handler.apply(context, cancel);
            } catch (java.util.concurrent.CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                server.log(MessageType.Error, "touchbase: " + method + " failed on " + uri + ": " + e);
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        method + " failed: " + e, null));
            }
        });
    }
}
