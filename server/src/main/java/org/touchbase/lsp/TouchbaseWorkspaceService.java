package org.touchbase.lsp;

import com.google.gson.JsonElement;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

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
}
