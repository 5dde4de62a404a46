package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.services.Layout;

/**
 * 2.5.2 Remind the client of their obligations: a {@code reminder} touch,
 * dated today, that {@code reminds} it — also when the last reminder is
 * {@code remind every} old.
 */
public final class ReminderAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Expectation expectation) || expectation.from() == null) {
            return;
        }
        String what = expectation.title() != null ? expectation.title().value() : expectation.id().text();
        Project project = context.projectAt(expectation.span().start());
        String from = project == null ? expectation.from().text() : project.nameOf(expectation.from().text());
        out.add(context.quickFix(context.text("lsp.action.remind", from, expectation.id().text()),
                diagnostic, remind(context, expectation, expectation.from().text(), expectation.id().text(), what,
                        expectation.span().end(), new EditBuilder()).build(), true));
    }

    /**
     * Adds to {@code edit} a {@code reminder} touch to {@code owner}, dated
     * today, that {@code reminds} {@code id}, after the item of the block
     * that holds {@code subject} and ends at {@code after}.
     */
    static EditBuilder remind(ActionContext context, Element subject, String owner, String id, String what,
            int after, EditBuilder edit) {
        Project project = context.projectAt(subject.span().start());
        SourceFile file = subject.file();
        Block block = context.blockAt(subject.span().start());
        List<String> lines = Templates.touch(context.today(project), "reminder", "to", List.of(owner),
                context.text("lsp.template.reminder.title", what), context.text("lsp.template.reminder.purpose", what),
                context.text("lsp.template.reminder.benefit"), List.of("reminds " + id), Layout.unit(file, block));
        Touch holder = null;
        if (block != null) {
            for (Touch touch : block.touches()) {
                if (touch.span().contains(subject.span().start())) {
                    holder = touch;
                }
            }
        }
        Element item = holder != null ? holder : subject;
        int end = holder != null ? holder.span().end() : after;
        Bodies.Insertion insertion = Bodies.after(file, end, Layout.itemIndent(file, block, item), lines);
        return edit.insert(file, insertion.offset(), insertion.text());
    }
}
