package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.model.Status;
import org.touchbase.core.rules.Finding;

/**
 * 2.3 The pause is over: set the status ({@code status active}, the
 * preferred fix, {@code status done} or {@code status lost}) in place of the
 * stale {@code status paused until …}.
 */
public final class StatusAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        for (Status status : new Status[] {Status.ACTIVE, Status.DONE, Status.LOST}) {
            out.add(context.quickFix(context.text("lsp.action.setStatus", status.keyword()), diagnostic,
                    new EditBuilder().replace(finding.file(), finding.span(), "status " + status.keyword()).build(),
                    status == Status.ACTIVE));
        }
    }
}
