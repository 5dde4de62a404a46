package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.services.Layout;

/** 2.5.2 Remind the client of their obligations: a {@code reminder} touch, dated today, that {@code reminds} it. */
public final class ReminderAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Expectation expectation) || expectation.from() == null) {
            return;
        }
        Project project = context.projectAt(expectation.span().start());
        SourceFile file = expectation.file();
        Block block = context.blockAt(expectation.span().start());
        String what = expectation.title() != null ? expectation.title().value() : expectation.id().text();
        List<String> lines = Templates.touch(context.today(project), "reminder", "to",
                List.of(expectation.from().text()), context.text("lsp.template.reminder.title", what),
                context.text("lsp.template.reminder.purpose", what), context.text("lsp.template.reminder.benefit"),
                List.of("reminds " + expectation.id().text()), Layout.unit(file, block));
        Bodies.Insertion insertion = Bodies.after(file, expectation.span().end(),
                Layout.itemIndent(file, block, expectation), lines);
        out.add(context.quickFix(context.text("lsp.action.remind", expectation.from().text(), expectation.id().text()),
                diagnostic, new EditBuilder().insert(file, insertion.offset(), insertion.text()).build(), true));
    }
}
