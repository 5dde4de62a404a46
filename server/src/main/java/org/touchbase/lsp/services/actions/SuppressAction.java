package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Suppression;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;
import org.touchbase.lsp.services.Layout;

/**
 * Any configurable rule: silence it on this line with
 * {@code // touchbase-disable-next-line RULE-ID} above it, or by adding the
 * id to the suppression comment already there.
 */
public final class SuppressAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        RuleInfo info = Rules.info(finding.rule());
        if (info == null || info.language() || Rules.UNUSED_SUPPRESSION.owns(finding)) {
            return;
        }
        SourceFile file = finding.file();
        int line = file.lineOf(finding.span().start());
        EditBuilder edit = null;
        for (Suppression suppression : context.document().document().suppressions()) {
            if (suppression.targetLine() == line && file.lineOf(suppression.span().start()) == line - 1
                    && !suppression.rules().isEmpty()) {
                Name last = suppression.rules().get(suppression.rules().size() - 1);
                edit = new EditBuilder().insert(file, last.span().end(), ", " + finding.rule());
            }
        }
        if (edit == null) {
            edit = new EditBuilder().insert(file, file.lineStart(line), Layout.indentOf(file, finding.span().start())
                    + "// " + Suppression.MARK + " " + finding.rule() + Layout.newline(file));
        }
        out.add(context.quickFix(context.text("lsp.action.suppress", finding.rule()), diagnostic, edit.build(), false));
    }
}
