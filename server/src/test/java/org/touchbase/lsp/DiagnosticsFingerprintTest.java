package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** The publisher remembers what it sent by fingerprint: any change a client would see changes it. */
class DiagnosticsFingerprintTest {

    private static Diagnostic d(int line, int from, int to, String message, String code) {
        Diagnostic diagnostic = new Diagnostic(new Range(new Position(line, from), new Position(line, to)), message,
                DiagnosticSeverity.Warning, "touchbase");
        diagnostic.setCode(code);
        return diagnostic;
    }

    @Test
    void equalListsHaveEqualFingerprints() {
        assertEquals(DiagnosticsPublisher.fingerprint(List.of(d(1, 2, 5, "no Plan B", "no-plan-b"))),
                DiagnosticsPublisher.fingerprint(List.of(d(1, 2, 5, "no Plan B", "no-plan-b"))));
    }

    @Test
    void anyVisibleChangeChangesTheFingerprint() {
        long base = DiagnosticsPublisher.fingerprint(List.of(d(1, 2, 5, "no Plan B", "no-plan-b"), d(3, 0, 1, "x", "y")));
        for (List<Diagnostic> other : List.of(
                List.of(d(1, 2, 5, "no Plan B", "no-plan-b")),
                List.of(d(3, 0, 1, "x", "y"), d(1, 2, 5, "no Plan B", "no-plan-b")),
                List.of(d(2, 2, 5, "no Plan B", "no-plan-b"), d(3, 0, 1, "x", "y")),
                List.of(d(1, 3, 5, "no Plan B", "no-plan-b"), d(3, 0, 1, "x", "y")),
                List.of(d(1, 2, 6, "no Plan B", "no-plan-b"), d(3, 0, 1, "x", "y")),
                List.of(d(1, 2, 5, "no plan B", "no-plan-b"), d(3, 0, 1, "x", "y")),
                List.of(d(1, 2, 5, "no Plan B", "stale-status"), d(3, 0, 1, "x", "y")))) {
            assertNotEquals(base, DiagnosticsPublisher.fingerprint(other), other.toString());
        }
        Diagnostic error = d(1, 2, 5, "no Plan B", "no-plan-b");
        error.setSeverity(DiagnosticSeverity.Error);
        assertNotEquals(base, DiagnosticsPublisher.fingerprint(List.of(error, d(3, 0, 1, "x", "y"))));
    }
}
