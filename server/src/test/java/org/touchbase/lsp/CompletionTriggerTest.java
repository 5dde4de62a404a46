package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.EditorAssert.labels;
import static org.touchbase.lsp.EditorAssert.start;

import java.util.List;
import org.eclipse.lsp4j.CompletionContext;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * Completion opens by itself where only a name can follow: a space typed
 * after {@code with}, {@code to}, {@code from}, {@code re}, {@code owner},
 * {@code reminds} or {@code confirms} asks for the names, and a space
 * anywhere else asks for nothing.
 */
class CompletionTriggerTest {

    static final String HEAD = CompletionTest.HEAD;

    @Test
    void theServerAsksForASpaceAndAComma() {
        assertEquals(List.of(",", " "), Capabilities.server().getCompletionProvider().getTriggerCharacters());
    }

    @Test
    void aSpaceAfterAKeywordThatOnlyANameCanFollowOffersTheNamesAlone() {
        assertEquals(List.of("anna", "boris"), typedSpace(HEAD + "  touch 2026-11-20 call with |\n}\n"));
        assertEquals(List.of("anna", "boris"), typedSpace(HEAD + "  touch 2026-11-20 letter to |\n}\n"));
        assertEquals(List.of("anna", "boris"), typedSpace(HEAD + "  touch 2026-11-20 letter from |\n}\n"));
        assertEquals(List.of("q1"), typedSpace(HEAD + "  touch 2026-11-20 reply to boris re |\n}\n"));
        assertEquals(List.of("anna", "boris"), typedSpace(HEAD
                + "  touch 2026-11-20 meeting with anna {\n    summary {\n      action \"x\" owner |\n"));
        assertEquals(List.of("logo"), typedSpace(HEAD + "  touch 2026-11-20 reminder to boris {\n    reminds |\n"));
    }

    @Test
    void aSpaceAnywhereElseOffersNothing() {
        assertEquals(List.of(), typedSpace(HEAD + "  touch 2026-11-20 |\n}\n"));
        assertEquals(List.of(), typedSpace(HEAD + "  touch 2026-11-20 call with anna |\n}\n"));
        assertEquals(List.of(), typedSpace(HEAD + "  goal |\n}\n"));
        assertEquals(List.of(), typedSpace(HEAD + "  touch 2026-11-20 call with anna \"with |\n}\n"));
    }

    @Test
    void invokedByHandAfterAKeywordStillOffersTheNames() {
        LspAssert.Caret caret = LspAssert.caret(HEAD + "  touch 2026-11-20 call with |\n}\n");
        try (LspFixture lsp = start()) {
            String uri = lsp.open("complete.client", caret.text());
            lsp.diagnostics(uri);
            CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), caret.position(),
                    new CompletionContext(CompletionTriggerKind.Invoked));
            assertTrue(labels(items(lsp, params)).containsAll(List.of("anna", "boris")));
        }
    }

    /** The labels offered when a space was just typed at the caret. */
    private static List<String> typedSpace(String textWithCaret) {
        LspAssert.Caret caret = LspAssert.caret(textWithCaret);
        try (LspFixture lsp = start()) {
            String uri = lsp.open("complete.client", caret.text());
            lsp.diagnostics(uri);
            CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), caret.position(),
                    new CompletionContext(CompletionTriggerKind.TriggerCharacter, " "));
            return labels(items(lsp, params)).stream().sorted().toList();
        }
    }

    private static List<CompletionItem> items(LspFixture lsp, CompletionParams params) {
        Either<List<CompletionItem>, CompletionList> answer = LspFixture.await(
                lsp.server().getTextDocumentService().completion(params));
        return answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
    }
}
