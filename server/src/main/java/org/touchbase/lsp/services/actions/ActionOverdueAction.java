package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Summary;
import org.touchbase.core.state.ActionState;
import org.touchbase.core.workspace.Project;

/**
 * 2.5 Follow up what a meeting decided: mark an overdue action done today,
 * or, for the client's, insert a reminder that {@code reminds} it — an action
 * without an id gets one first, since {@code reminds} needs it.
 */
public final class ActionOverdueAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Summary.Action action)) {
            return;
        }
        Project project = context.projectAt(action.span().start());
        if (project == null) {
            return;
        }
        String today = context.today(project).toString();
        out.add(context.quickFix(context.text("lsp.action.done", today), diagnostic,
                new EditBuilder().insert(action.file(), action.span().end(), " done " + today).build(),
                !ActionState.of(project, action, context.analysis().context(project).deadlines()).clientOwned()));
        if (action.owner() == null || project.person(action.owner().text()) == null) {
            return;
        }
        EditBuilder edit = new EditBuilder();
        String id;
        if (action.id() != null) {
            id = action.id().text();
        } else {
            id = Templates.actionIds(project, 1).get(0);
            edit.insert(action.file(), action.span().start() + "action".length(), " " + id);
        }
        String what = action.text() != null && !action.text().isBlank() ? action.text().value() : id;
        ReminderAction.remind(context, action, action.owner().text(), id, what, action.span().end(), edit);
        out.add(context.quickFix(context.text("lsp.action.remind", project.nameOf(action.owner().text()), id), diagnostic,
                edit.build(), true));
    }
}
