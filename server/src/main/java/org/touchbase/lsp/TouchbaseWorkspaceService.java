package org.touchbase.lsp;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;
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
        for (FileEvent event : params.getChanges()) {
            server.workspace().fileChanged(event.getUri(), event.getType() == FileChangeType.Deleted);
        }
        server.scheduleAnalysis();
    }

    /** People, projects, touches, agreements … of the whole workspace that match the query; never an error. */
    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return CompletableFutures.computeAsync(cancel -> {
            try {
                return Either.forRight(new WorkspaceSymbolService().symbols(server.workspace().analysis(),
                        params.getQuery()));
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof java.util.concurrent.CancellationException cancelled) {
                    throw cancelled;
                }
                server.log(MessageType.Error, "touchbase: workspace/symbol failed: " + e);
                return Either.forRight(List.of());
            }
        });
    }
}
