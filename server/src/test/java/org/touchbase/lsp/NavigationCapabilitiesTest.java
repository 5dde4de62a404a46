package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;
import org.touchbase.lsp.services.SemanticTokensService;

/** The navigation and editing features are advertised, with the options they honour. */
class NavigationCapabilitiesTest {

    @Test
    void advertisesNavigationAndEditingHelp() {
        ServerCapabilities capabilities = Capabilities.server();
        assertTrue(capabilities.getDefinitionProvider().getLeft());
        assertTrue(capabilities.getReferencesProvider().getLeft());
        assertTrue(capabilities.getDocumentHighlightProvider().getLeft());
        assertTrue(capabilities.getRenameProvider().getRight().getPrepareProvider());
        assertTrue(capabilities.getDocumentSymbolProvider().getLeft());
        assertTrue(capabilities.getWorkspaceSymbolProvider().getLeft());
        assertTrue(capabilities.getFoldingRangeProvider().getLeft());
        assertTrue(capabilities.getDocumentFormattingProvider().getLeft());
        assertTrue(capabilities.getDocumentRangeFormattingProvider().getLeft());
        assertTrue(capabilities.getSelectionRangeProvider().getLeft());
        assertFalse(capabilities.getCodeLensProvider().getResolveProvider());
        assertTrue(capabilities.getInlayHintProvider().getLeft());
        assertEquals(SemanticTokensService.TYPES, capabilities.getSemanticTokensProvider().getLegend().getTokenTypes());
        assertTrue(capabilities.getSemanticTokensProvider().getFull().getLeft());
        assertTrue(capabilities.getSemanticTokensProvider().getRange().getLeft());
    }
}
