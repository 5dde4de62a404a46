package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** The protocol's edges: documents that are not ours, requests after shutdown, failures. */
class ProtocolTest {

    /** The error a request ended with. */
    private static ResponseError error(CompletableFuture<?> future) throws Exception {
        try {
            future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException response) {
                return response.getResponseError();
            }
            throw e;
        }
        throw new AssertionError("the request succeeded");
    }

    @Test
    void aDocumentThatIsNotAClientFileGetsNoDiagnostics() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String readme = lsp.open("README.md", "Notes about the project, not the project itself\n");
            String uri = lsp.open("p.client", "project p {\n}\n");
            lsp.diagnostics(uri);
            lsp.settle();
            assertNull(lsp.client().published(readme));
            assertTrue(LspFixture.await(lsp.server().getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(readme)))).isEmpty());
        }
    }

    @Test
    void requestsAfterShutdownAreRejected() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", "project p {\n}\n");
            lsp.diagnostics(uri);
            LspFixture.await(lsp.server().shutdown());
            ResponseError error = error(lsp.server().getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
            assertEquals(ResponseErrorCode.InvalidRequest.getValue(), error.getCode());
        }
    }

    @Test
    void aFailedRequestIsAnsweredWithOneLineAndNoStackTrace() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            JsonObject position = new JsonObject();
            position.addProperty("line", 0);
            position.addProperty("character", 0);
            JsonObject params = new JsonObject();
            params.add("position", position);
            ResponseError error = error(lsp.raw("textDocument/hover", params));
            assertFalse(error.getMessage().contains("\n"), error.getMessage());
            Object data = error.getData();
            assertTrue(data == null || !String.valueOf(data).contains("\tat ") && !String.valueOf(data).contains("at org."),
                    String.valueOf(data));
        }
    }
}
