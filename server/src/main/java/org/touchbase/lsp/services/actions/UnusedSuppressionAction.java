package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Suppression;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * {@code unused-suppression}: remove the comment line, or only the rule id
 * that silences nothing when the comment names others that still work.
 */
public final class UnusedSuppressionAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        SourceFile file = finding.file();
        for (Suppression suppression : context.document().document().suppressions()) {
            Span span = suppression.span();
            if (finding.span().start() < span.start() || finding.span().end() > span.end()) {
                continue;
            }
            Name rule = null;
            for (Name name : suppression.rules()) {
                if (name.span().equals(finding.span())) {
                    rule = name;
                }
            }
            if (rule == null || unusedIn(context, suppression) == suppression.rules().size()) {
                out.add(context.quickFix(context.text("lsp.action.removeSuppression"), diagnostic,
                        new EditBuilder().replace(file, wholeComment(file, span), "").build(), true));
            } else {
                out.add(context.quickFix(context.text("lsp.action.removeSuppressedRule", rule.text()), diagnostic,
                        new EditBuilder().replace(file, ruleInList(file, rule.span()), "").build(), true));
            }
            return;
        }
    }

    private static int unusedIn(ActionContext context, Suppression suppression) {
        int count = 0;
        for (Finding finding : context.analysis().findingsIn(context.file())) {
            if (Rules.UNUSED_SUPPRESSION.owns(finding)) {
                for (Name name : suppression.rules()) {
                    if (name.span().equals(finding.span())) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** The comment's whole line when it stands alone on it, else the comment and the blanks before it. */
    static Span wholeComment(SourceFile file, Span comment) {
        int line = file.lineOf(comment.start());
        String text = file.text();
        boolean alone = text.substring(file.lineStart(line), comment.start()).isBlank()
                && text.substring(comment.end(), file.lineEnd(line)).isBlank();
        if (!alone) {
            int start = comment.start();
            while (start > file.lineStart(line) && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                start--;
            }
            return new Span(start, comment.end());
        }
        if (line + 1 < file.lineCount()) {
            return new Span(file.lineStart(line), file.lineStart(line + 1));
        }
        int start = line > 0 ? file.lineEnd(line - 1) : file.lineStart(line);
        return new Span(start, file.lineEnd(line));
    }

    /** A rule id in a list with the comma and blanks that separate it from its neighbour. */
    static Span ruleInList(SourceFile file, Span rule) {
        String text = file.text();
        int end = rule.end();
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == ',') {
            end++;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            return new Span(rule.start(), end);
        }
        int start = rule.start();
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) == ',') {
            return new Span(start - 1, rule.end());
        }
        return rule;
    }
}
