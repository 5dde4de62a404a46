package org.touchbase.lsp.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.ClientAssert;
import org.touchbase.core.Marked;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Document;
import org.touchbase.core.text.SourceFile;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * The editor features called directly, without JSON-RPC, as LemMinX's
 * {@code XMLAssert} calls its language service: a {@code .client} text with
 * a {@code |} caret (the markers of {@link Marked}), the service under test,
 * and a short assertion. The protocol tests ({@code LspFixture}) check that
 * the same services are wired to LSP; these check what the services answer.
 *
 * <pre>
 * assertCompletion("touch 2026-11-20 call with |", "anna", "boris");
 * assertHover("person |anna { decides }", "decision-maker");
 * assertDefinition("touch [[q1]] … reply to boris re q|1");   // lands on the [[…]] range
 * </pre>
 */
public final class ServiceAssert {

    private static final CancelChecker NEVER = () -> {
    };

    private ServiceAssert() {
    }

    /** A text checked as the only file of a workspace, "now" being {@link ClientAssert#TODAY}, and its caret. */
    public record At(DocumentContext context, Position caret, Marked marked) {
    }

    public static At at(String textWithMarkers) {
        Marked marked = Marked.of(textWithMarkers);
        Analysis analysis = ClientAssert.analyze(marked.text(), ClientAssert.TODAY);
        Document document = analysis.knowledgeBase().documents().get(0);
        DocumentContext context = new DocumentContext(document.file().id(), analysis, document, Messages.english(),
                null);
        Position caret = marked.caret() < 0 ? null : TextEdits.position(document.file(), marked.caret());
        return new At(context, caret, marked);
    }

    /** The labels completion offers at the caret include each expected one. */
    public static List<String> assertCompletion(String textWithCaret, String... expected) {
        At at = at(textWithCaret);
        List<String> labels = new ArrayList<>();
        for (CompletionItem item : new CompletionService().completion(at.context(), at.caret(), false, NEVER)
                .getItems()) {
            labels.add(item.getLabel());
        }
        for (String label : expected) {
            assertTrue(labels.contains(label), label + " in " + labels);
        }
        return labels;
    }

    /** The hover at the caret holds each expected piece of text. */
    public static String assertHover(String textWithCaret, String... expected) {
        At at = at(textWithCaret);
        Hover hover = new HoverService().hover(at.context(), at.caret(), NEVER);
        assertNotNull(hover, "a hover at the caret");
        String markdown = hover.getContents().getRight().getValue();
        for (String piece : expected) {
            assertTrue(markdown.contains(piece), piece + " in " + markdown);
        }
        return markdown;
    }

    /** Go to definition from the caret lands on the one {@code [[…]]} range of the same text. */
    public static void assertDefinition(String textWithMarkers) {
        At at = at(textWithMarkers);
        List<Location> locations = new DefinitionService().definition(at.context(), at.caret());
        assertEquals(List.of(range(at, 0)), locations.stream().map(Location::getRange).toList());
    }

    /** Rename at the caret edits exactly the {@code [[…]]} ranges of the text. */
    public static void assertRename(String textWithMarkers, String newName) {
        At at = at(textWithMarkers);
        WorkspaceEdit edit = new RenameService().rename(at.context(), at.caret(), newName);
        List<Range> expected = new ArrayList<>();
        for (int i = 0; i < at.marked().ranges().size(); i++) {
            expected.add(range(at, i));
        }
        List<Range> edited = new ArrayList<>();
        for (TextEdit textEdit : edit.getChanges().get(at.context().uri())) {
            assertEquals(newName, textEdit.getNewText());
            edited.add(textEdit.getRange());
        }
        assertEquals(expected, edited);
    }

    /** The titles of the code actions offered at the caret. */
    public static List<String> codeActionTitles(String textWithCaret) {
        At at = at(textWithCaret);
        List<String> titles = new ArrayList<>();
        for (Either<Command, CodeAction> action : new CodeActionService().codeActions(at.context(),
                new Range(at.caret(), at.caret()), null, null, NEVER)) {
            titles.add(action.isRight() ? action.getRight().getTitle() : action.getLeft().getTitle());
        }
        return titles;
    }

    private static Range range(At at, int index) {
        SourceFile file = at.context().file();
        Marked.Mark mark = at.marked().ranges().get(index);
        return new Range(TextEdits.position(file, mark.start()), TextEdits.position(file, mark.end()));
    }
}
