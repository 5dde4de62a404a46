package org.touchbase.lsp.services.actions;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.services.Layout;

/**
 * 4, 2.2 A key person leaves: add, after them, a person template who takes
 * over their part from the day they leave ({@code decides since …} or
 * {@code contact since …}); one action per part they hold.
 */
public final class TakeOverAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Person person) || person.left() == null || person.left().at() == null) {
            return;
        }
        Project project = null;
        for (Project candidate : context.analysis().projects()) {
            if (candidate.person(person.id().text()) == person) {
                project = candidate;
            }
        }
        Block block = blockOf(project, person);
        if (project == null || block == null) {
            return;
        }
        LocalDate day = person.left().day().date();
        boolean first = true;
        for (Part.Kind kind : new Part.Kind[] {Part.Kind.DECIDES, Part.Kind.CONTACT}) {
            if (!person.ever(kind)) {
                continue;
            }
            SourceFile file = person.file();
            String unit = Layout.unit(file, block);
            List<String> lines = List.of("person " + freeId(project) + " \"\" {", unit + "role \"\"",
                    unit + kind.keyword() + " since " + day, "}");
            Bodies.Insertion insertion = Bodies.after(file, person.span().end(),
                    Layout.itemIndent(file, block, person), lines);
            out.add(context.quickFix(context.text("lsp.action.takeOver",
                    context.text("leaving." + kind.keyword()),
                    context.messages().format(Days.on(day, context.today(project)))), diagnostic,
                    new EditBuilder().insert(file, insertion.offset(), insertion.text()).build(), first));
            first = false;
        }
    }

    private static Block blockOf(Project project, Person person) {
        if (project == null) {
            return null;
        }
        for (Block block : project.blocks()) {
            if (block.people().contains(person)) {
                return block;
            }
        }
        return null;
    }

    private static String freeId(Project project) {
        String id = "successor";
        for (int n = 2; project.person(id) != null || project.member(id) != null; n++) {
            id = "successor" + n;
        }
        return id;
    }
}
