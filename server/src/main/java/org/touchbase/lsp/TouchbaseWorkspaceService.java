package org.touchbase.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.touchbase.lsp.services.ImportCommand;
import org.touchbase.lsp.services.InsertSummaryCommand;
import org.touchbase.lsp.services.ReportCommand;
import org.touchbase.lsp.services.SnippetEdits;
import org.touchbase.lsp.services.WorkspaceSymbolService;

/** Settings changes, files changed on disk, commands and workspace symbols. */
public final class TouchbaseWorkspaceService implements WorkspaceService {

    private final TouchbaseLanguageServer server;

    TouchbaseWorkspaceService(TouchbaseLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Object settings = params.getSettings();
        server.settingsChanged(settings instanceof JsonElement json ? json : null);
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params.getChanges() != null) {
            server.filesChanged(List.copyOf(params.getChanges()));
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (params.getEvent() == null) {
            return;
        }
        server.foldersChanged(paths(params.getEvent().getAdded()), paths(params.getEvent().getRemoved()));
    }

    private static List<Path> paths(List<WorkspaceFolder> folders) {
        List<Path> paths = new ArrayList<>();
        if (folders != null) {
            for (WorkspaceFolder folder : folders) {
                Path path = folder == null || folder.getUri() == null ? null : Uris.toPath(folder.getUri());
                if (path != null) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /**
     * {@code touchbase.insertSummary}: applies the summary template through the client; answers whether it did.
     * A client that inserts snippets (see {@link org.touchbase.lsp.services.SnippetEdits}) gets
     * {@code {uri, position, snippet}} to insert instead.
     * {@code touchbase.report}: the status document of the project, see {@link ReportCommand}.
     */
    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (server.isShutDown()) {
            return TouchbaseLanguageServer.refused();
        }
        if (ImportCommand.ID.equals(params.getCommand())) {
            return importFiles(params);
        }
        if (ReportCommand.ID.equals(params.getCommand())) {
            return report(params);
        }
        if (!InsertSummaryCommand.ID.equals(params.getCommand())) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, "unknown command: " + params.getCommand(), null)));
        }
        InsertSummaryCommand.Arguments arguments;
        try {
            arguments = InsertSummaryCommand.parse(params.getArguments());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, InsertSummaryCommand.ID + ": " + e.getMessage(), null)));
        }
        return server.getTextDocumentService()
                .request(InsertSummaryCommand.ID, arguments.uri(), null,
                        (context, cancel) -> InsertSummaryCommand.edit(context, arguments))
                .thenCompose(edit -> {
                    LanguageClient client = server.client();
                    if (edit == null || client == null) {
                        return CompletableFuture.completedFuture((Object) Boolean.FALSE);
                    }
                    // A client that inserts snippets gets the template to insert, with its tab stops.
                    JsonObject snippet = server.clientSupport().snippetEdits()
                            ? SnippetEdits.insertion(edit) : null;
                    if (snippet != null) {
                        return CompletableFuture.completedFuture((Object) snippet);
                    }
                    ApplyWorkspaceEditParams apply = new ApplyWorkspaceEditParams(edit,
                            server.messages().get("lsp.command.insertSummary"));
                    return client.applyEdit(apply).thenApply(response -> (Object) response.isApplied());
                });
    }

    /** {@code touchbase.import}: see {@link ImportCommand}; the files it wrote are read again and checked. */
    private CompletableFuture<Object> importFiles(ExecuteCommandParams params) {
        ImportCommand.Arguments arguments;
        try {
            arguments = ImportCommand.parse(params.getArguments());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, ImportCommand.ID + ": " + e.getMessage(), null)));
        }
        return CompletableFuture.supplyAsync(() -> {
            ImportCommand.Result result;
            try {
                result = ImportCommand.run(server.workspace().settings(), arguments);
            } catch (IOException | RuntimeException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        ImportCommand.ID + ": " + e.getMessage(), null));
            }
            if (result != null && !result.changed().isEmpty()) {
                for (String uri : result.changed()) {
                    server.workspace().fileChanged(uri, false);
                }
                server.scheduleAnalysis();
            }
            return (Object) result;
        });
    }

    private CompletableFuture<Object> report(ExecuteCommandParams params) {
        ReportCommand.Arguments arguments;
        try {
            arguments = ReportCommand.parse(params.getArguments());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, ReportCommand.ID + ": " + e.getMessage(), null)));
        }
        return server.getTextDocumentService()
                .request(ReportCommand.ID, arguments.uri(), null, (context, cancel) -> ReportCommand.run(context, arguments,
                        server.workspace().settings().roots()))
                .thenApply(result -> (Object) result);
    }

    /** People, projects, touches, agreements … of the whole workspace that match the query; never an error. */
    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        if (server.isShutDown()) {
            return TouchbaseLanguageServer.refused();
        }
        return CompletableFutures.computeAsync(cancel -> {
            try {
                return Either.forRight(new WorkspaceSymbolService().symbols(server.workspace().analysis(),
                        params.getQuery()));
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof CancellationException cancelled) {
                    throw cancelled;
                }
                server.log(MessageType.Error, "touchbase: workspace/symbol failed: " + e);
                return Either.forRight(List.of());
            }
        });
    }
}
