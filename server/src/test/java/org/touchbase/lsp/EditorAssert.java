package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.text.SourceFile;

/**
 * Asserts for the editing features, in the style of {@link LspAssert}: a
 * test gives a {@code .client} text (with a {@code |} caret where the
 * feature needs a position) and what the user should see.
 */
public final class EditorAssert {

    private EditorAssert() {
    }

    /** The code actions at a range, sent with the diagnostics there as a client does. */
    public static List<CodeAction> codeActions(LspFixture lsp, String uri, Range range, List<Diagnostic> diagnostics) {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), range,
                new CodeActionContext(diagnostics));
        List<Either<Command, CodeAction>> answer = LspFixture.await(
                lsp.server().getTextDocumentService().codeAction(params));
        List<CodeAction> actions = new ArrayList<>();
        for (Either<Command, CodeAction> either : answer) {
            actions.add(either.getRight());
        }
        return actions;
    }

    /** The action with this title, or a failure that lists the titles there are. */
    public static CodeAction action(List<CodeAction> actions, String title) {
        for (CodeAction action : actions) {
            if (action.getTitle().equals(title)) {
                return action;
            }
        }
        List<String> titles = actions.stream().map(CodeAction::getTitle).toList();
        return fail("no action \"" + title + "\" among " + titles);
    }

    /** The text after applying a workspace edit's changes to one document. */
    public static String apply(String text, String uri, WorkspaceEdit edit) {
        List<TextEdit> edits = edit.getChanges() == null ? null : edit.getChanges().get(uri);
        assertNotNull(edits, "the edit changes " + uri);
        return LspFixture.applyEdits(text, edits);
    }

    /**
     * Opens {@code text}, asks for the actions of the {@code rule} diagnostic
     * (the one at the caret, if the text has one), applies the quick fix with
     * {@code title} and checks the text after it. Then, on that text, the
     * diagnostic is gone and every other one is still there (compared by
     * rule and the text it covers, as lines may move); {@code appearing}
     * lists rules whose new findings the fix is expected to raise.
     */
    public static CodeAction testCodeAction(String textWithCaret, String rule, String title, String expected,
            String... appearing) {
        boolean hasCaret = textWithCaret.indexOf('|') >= 0;
        LspAssert.Caret caret = hasCaret ? LspAssert.caret(textWithCaret) : new LspAssert.Caret(textWithCaret, null);
        try (LspFixture lsp = start()) {
            String uri = lsp.open("fix.client", caret.text());
            List<Diagnostic> before = lsp.diagnostics(uri);
            Diagnostic target = null;
            for (Diagnostic diagnostic : before) {
                if (rule.equals(LspAssert.code(diagnostic)) && (caret.position() == null
                        || contains(diagnostic.getRange(), caret.position()))) {
                    target = diagnostic;
                    break;
                }
            }
            assertNotNull(target, "a " + rule + " diagnostic" + (hasCaret ? " at the caret" : "") + " in " + before);
            CodeAction action = action(codeActions(lsp, uri, target.getRange(), List.of(target)), title);
            assertEquals(CodeActionKind.QuickFix, action.getKind());
            assertEquals(List.of(target), action.getDiagnostics());
            String after = apply(caret.text(), uri, action.getEdit());
            assertEquals(expected, after);

            lsp.replace(uri, after);
            List<String> expectedAfter = covered(caret.text(), before);
            expectedAfter.remove(covered(caret.text(), List.of(target)).get(0));
            List<String> actualAfter = covered(after, lsp.diagnostics(uri));
            for (String code : appearing) {
                actualAfter.removeIf(line -> line.startsWith(code + " "));
                expectedAfter.removeIf(line -> line.startsWith(code + " "));
            }
            expectedAfter.sort(null);
            actualAfter.sort(null);
            assertEquals(String.join("\n", expectedAfter), String.join("\n", actualAfter),
                    "the fix removes its finding and changes no other");
            return action;
        }
    }

    // ---- completion

    public static List<CompletionItem> completion(LspFixture lsp, String uri, Position position) {
        Either<List<CompletionItem>, CompletionList> answer = LspFixture.await(lsp.server().getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), position)));
        return answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
    }

    /** The completion items at the caret; each expected label must be among them. */
    public static List<CompletionItem> testCompletionFor(String textWithCaret, String... expectedLabels) {
        LspAssert.Caret caret = LspAssert.caret(textWithCaret);
        try (LspFixture lsp = start()) {
            String uri = lsp.open("complete.client", caret.text());
            lsp.diagnostics(uri);
            List<CompletionItem> items = completion(lsp, uri, caret.position());
            List<String> labels = labels(items);
            for (String expected : expectedLabels) {
                assertTrue(labels.contains(expected), "\"" + expected + "\" among " + labels);
            }
            return items;
        }
    }

    public static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    public static CompletionItem item(List<CompletionItem> items, String label) {
        for (CompletionItem item : items) {
            if (item.getLabel().equals(label)) {
                return item;
            }
        }
        return fail("no item " + label + " among " + labels(items));
    }

    // ---- hover

    public static Hover hover(LspFixture lsp, String uri, Position position) {
        return LspFixture.await(lsp.server().getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
    }

    /** The hover's Markdown at the caret, which must contain each expected piece; null expects no hover. */
    public static String assertHover(String textWithCaret, String... containing) {
        LspAssert.Caret caret = LspAssert.caret(textWithCaret);
        try (LspFixture lsp = start()) {
            String uri = lsp.open("hover.client", caret.text());
            lsp.diagnostics(uri);
            Hover hover = hover(lsp, uri, caret.position());
            if (containing == null) {
                assertEquals(null, hover);
                return null;
            }
            assertNotNull(hover, "a hover at the caret");
            String markdown = hover.getContents().getRight().getValue();
            assertEquals("markdown", hover.getContents().getRight().getKind());
            for (String piece : containing) {
                assertTrue(markdown.contains(piece), "\"" + piece + "\" in:\n" + markdown);
            }
            return markdown;
        }
    }

    /** A fixture with "today" fixed, for asserts that cannot throw checked exceptions. */
    static LspFixture start() {
        try {
            return LspFixture.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagnostics as "rule `covered text`", which stays the same when lines move. */
    static List<String> covered(String text, List<Diagnostic> diagnostics) {
        SourceFile file = new SourceFile("", text);
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            lines.add(LspAssert.code(diagnostic) + " `" + file.slice(TextEdits.span(file, diagnostic.getRange())) + "`");
        }
        return lines;
    }

    static boolean contains(Range range, Position position) {
        return compare(range.getStart(), position) <= 0 && compare(position, range.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }
}
