package org.touchbase.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.touchbase.core.model.Document;
import org.touchbase.core.text.SourceFile;
import org.touchbase.lsp.services.CodeActionService;
import org.touchbase.lsp.services.CompletionService;
import org.touchbase.lsp.services.HoverService;

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
    /**
     * Requests run on these long-lived threads: the default async executor
     * starts a thread per task on small machines, and a response written by
     * a thread that is gone breaks piped transports.
     */
    private final java.util.concurrent.ExecutorService requests = java.util.concurrent.Executors.newFixedThreadPool(2,
            runnable -> {
                Thread thread = new Thread(runnable, "touchbase-request");
                thread.setDaemon(true);
                return thread;
            });

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
        SourceFile current = server.workspace().openFile(uri);
        if (current == null) {
            server.log(MessageType.Warning, "touchbase: change to a document that is not open: " + uri);
            return;
        }
        String text = current.text();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            text = TextEdits.apply(text, change.getRange(), change.getText());
        }
        server.workspace().change(uri, text, params.getTextDocument().getVersion());
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
        return CompletableFutures.computeAsync(requests, cancel -> {
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

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return request("textDocument/codeAction", params.getTextDocument().getUri(), List.of(),
                (context, cancel) -> codeActions.codeActions(context, params.getRange(),
                        params.getContext() == null ? null : params.getContext().getDiagnostics(),
                        params.getContext() == null ? null : params.getContext().getOnly(), cancel));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return request("textDocument/completion", params.getTextDocument().getUri(),
                Either.forRight(new CompletionList(List.of())),
                (context, cancel) -> Either.forRight(completions.completion(context, params.getPosition(), cancel)));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return request("textDocument/hover", params.getTextDocument().getUri(), null,
                (context, cancel) -> hovers.hover(context, params.getPosition(), cancel));
    }
}
