package org.touchbase.lsp;

import org.eclipse.lsp4j.ClientCapabilities;

/** What the client said it can do, as far as the answers depend on it. */
public record ClientSupport(boolean snippets) {

    public static final ClientSupport NONE = new ClientSupport(false);

    public static ClientSupport of(ClientCapabilities capabilities) {
        if (capabilities == null || capabilities.getTextDocument() == null
                || capabilities.getTextDocument().getCompletion() == null
                || capabilities.getTextDocument().getCompletion().getCompletionItem() == null) {
            return NONE;
        }
        return new ClientSupport(Boolean.TRUE.equals(
                capabilities.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport()));
    }
}
