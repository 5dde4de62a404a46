package org.touchbase.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.ClientCapabilities;

/**
 * What the client said it can do, as far as the answers depend on it:
 * snippets in completion, and (the experimental capability
 * {@code {"touchbase": {"insertSnippet": true}}}, which the Touchbase
 * extension sends) inserting a template as a snippet when asked to.
 */
public record ClientSupport(boolean snippets, boolean snippetEdits) {

    public static final ClientSupport NONE = new ClientSupport(false, false);

    public static ClientSupport of(ClientCapabilities capabilities) {
        if (capabilities == null) {
            return NONE;
        }
        boolean snippets = capabilities.getTextDocument() != null
                && capabilities.getTextDocument().getCompletion() != null
                && capabilities.getTextDocument().getCompletion().getCompletionItem() != null
                && Boolean.TRUE.equals(capabilities.getTextDocument().getCompletion().getCompletionItem()
                        .getSnippetSupport());
        return new ClientSupport(snippets, snippetEdits(capabilities.getExperimental()));
    }

    private static boolean snippetEdits(Object experimental) {
        JsonElement json = experimental instanceof JsonElement element ? element
                : experimental == null ? null : new Gson().toJsonTree(experimental);
        if (json == null || !json.isJsonObject()) {
            return false;
        }
        JsonElement touchbase = json.getAsJsonObject().get("touchbase");
        if (touchbase == null || !touchbase.isJsonObject()) {
            return false;
        }
        JsonElement insert = ((JsonObject) touchbase).get("insertSnippet");
        return insert != null && insert.isJsonPrimitive() && insert.getAsJsonPrimitive().isBoolean()
                && insert.getAsBoolean();
    }
}
