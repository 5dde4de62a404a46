package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.lsp.TextEdits;

/** Findings as LSP diagnostics: the rule id as code, a link to its page, {@code source: touchbase}. */
public final class DiagnosticsService {

    public static final String SOURCE = "touchbase";

    public List<Diagnostic> diagnostics(List<Finding> findings, Messages messages) {
        return diagnostics(findings, messages::format);
    }

    /** The diagnostics of findings whose messages {@code texts} says in the reader's language. */
    public List<Diagnostic> diagnostics(List<Finding> findings, Function<Message, String> texts) {
        List<Diagnostic> diagnostics = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            diagnostics.add(diagnostic(finding, texts.apply(finding.message())));
        }
        return diagnostics;
    }

    public Diagnostic diagnostic(Finding finding, Messages messages) {
        return diagnostic(finding, messages.format(finding.message()));
    }

    private static Diagnostic diagnostic(Finding finding, String text) {
        Diagnostic diagnostic = new Diagnostic(TextEdits.range(finding.file(), finding.span()),
                text, severity(finding.severity()), SOURCE);
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
