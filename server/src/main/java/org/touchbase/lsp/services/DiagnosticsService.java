package org.touchbase.lsp.services;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.lsp.TextEdits;

/** Findings as LSP diagnostics: the rule id as code, a link to its page, {@code source: touchbase}. */
public final class DiagnosticsService {

    public static final String SOURCE = "touchbase";

    public Diagnostic diagnostic(Finding finding, Messages messages) {
        return diagnostic(finding, messages.format(finding.message()));
    }

    /** The diagnostic of a finding whose message is already in the reader's language. */
    public Diagnostic diagnostic(Finding finding, String message) {
        return diagnostic(finding, message, TextEdits.range(finding.file(), finding.span()));
    }

    /** The same, with the finding's range already worked out. */
    public Diagnostic diagnostic(Finding finding, String message, Range range) {
        Diagnostic diagnostic = new Diagnostic(range, message, severity(finding.severity()), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.rule()));
        RuleInfo info = Rules.info(finding.rule());
        if (info != null) {
            diagnostic.setCodeDescription(new DiagnosticCodeDescription(info.docsUrl()));
        }
        if (RuleIds.UNUSED_SUPPRESSION.equals(finding.rule())) {
            diagnostic.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        return diagnostic;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
