package org.touchbase.lsp;

import java.util.List;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.lsp.services.CodeActionService;
import org.touchbase.lsp.services.CompletionService;
import org.touchbase.lsp.services.ImportCommand;
import org.touchbase.lsp.services.InsertSummaryCommand;
import org.touchbase.lsp.services.ReportCommand;
import org.touchbase.lsp.services.SemanticTokensService;

/** What the server advertises: exactly the features it implements. */
final class Capabilities {

    private Capabilities() {
    }

    static ServerCapabilities server() {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(Either.forRight(sync));
        capabilities.setCodeActionProvider(new CodeActionOptions(CodeActionService.KINDS));
        capabilities.setCompletionProvider(new CompletionOptions(false, CompletionService.TRIGGER_CHARACTERS));
        capabilities.setHoverProvider(true);
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(InsertSummaryCommand.ID, ReportCommand.ID, ImportCommand.ID)));
        navigation(capabilities);
        return capabilities;
    }

    /** Navigation and editing help: definition … inlay hints, one service each in {@code services}. */
    private static void navigation(ServerCapabilities capabilities) {
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        capabilities.setRenameProvider(new RenameOptions(true));
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setWorkspaceSymbolProvider(true);
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        WorkspaceServerCapabilities workspace = new WorkspaceServerCapabilities(folders);
        capabilities.setWorkspace(workspace);
        capabilities.setFoldingRangeProvider(true);
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
                SemanticTokensService.legend(), true, true);
        capabilities.setSemanticTokensProvider(tokens);
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setDocumentRangeFormattingProvider(true);
        capabilities.setSelectionRangeProvider(true);
        capabilities.setCodeLensProvider(new CodeLensOptions(false));
        capabilities.setInlayHintProvider(true);
    }
}
