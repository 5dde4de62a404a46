package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.touchbase.core.Marked;
import org.touchbase.core.text.SourceFile;

/**
 * Short builders and asserts for language server tests, in the style of
 * LemMinX's XMLAssert: {@code assertDiagnostics(actual, d(4, 10, "touch-gap"))}.
 * Lines and characters are LSP's, zero-based. Asserts compare only what the
 * expectation specifies, rendered as text so a failure shows a readable diff.
 */
public final class LspAssert {

    private LspAssert() {
    }

    /** A text with one {@code |} caret (the markers of {@link Marked}): the text without it, and the caret's position. */
    public record Caret(String text, Position position) {
    }

    public static Caret caret(String textWithCaret) {
        Marked marked = Marked.of(textWithCaret);
        if (marked.caret() < 0 || !marked.ranges().isEmpty()) {
            throw new IllegalArgumentException("the text needs exactly one | caret");
        }
        return new Caret(marked.text(), TextEdits.position(new SourceFile("caret.client", marked.text()), marked.caret()));
    }

    /** An expected diagnostic: its start (zero-based) and rule id. */
    public record ExpectedDiagnostic(int line, int character, String code, Integer endCharacter) {
        @Override
        public String toString() {
            return line + ":" + character + (endCharacter == null ? "" : "-" + endCharacter) + " " + code;
        }
    }

    public static ExpectedDiagnostic d(int line, int character, String code) {
        return new ExpectedDiagnostic(line, character, code, null);
    }

    public static ExpectedDiagnostic d(int line, int character, int endCharacter, String code) {
        return new ExpectedDiagnostic(line, character, code, endCharacter);
    }

    public static Range r(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
    }

    /** Asserts exactly these diagnostics, in order of position. */
    public static void assertDiagnostics(List<Diagnostic> actual, ExpectedDiagnostic... expected) {
        List<String> expectedText = new ArrayList<>();
        for (ExpectedDiagnostic e : expected) {
            expectedText.add(e.toString());
        }
        List<String> actualText = new ArrayList<>();
        List<Diagnostic> sorted = new ArrayList<>(actual);
        sorted.sort((a, b) -> {
            Position pa = a.getRange().getStart();
            Position pb = b.getRange().getStart();
            int byLine = Integer.compare(pa.getLine(), pb.getLine());
            int byColumn = byLine != 0 ? byLine : Integer.compare(pa.getCharacter(), pb.getCharacter());
            return byColumn != 0 ? byColumn : code(a).compareTo(code(b));
        });
        for (int i = 0; i < sorted.size(); i++) {
            Diagnostic diagnostic = sorted.get(i);
            Position start = diagnostic.getRange().getStart();
            boolean withEnd = i < expected.length && expected[i].endCharacter() != null;
            actualText.add(start.getLine() + ":" + start.getCharacter()
                    + (withEnd ? "-" + diagnostic.getRange().getEnd().getCharacter() : "") + " " + code(diagnostic));
        }
        expectedText.sort(null);
        List<String> actualSorted = new ArrayList<>(actualText);
        actualSorted.sort(null);
        assertEquals(String.join("\n", expectedText), String.join("\n", actualSorted));
    }

    public static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft();
    }

    /** Only the diagnostics of one rule. */
    public static List<Diagnostic> only(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().filter(d -> code.equals(code(d))).toList();
    }
}
