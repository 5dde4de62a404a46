package org.touchbase.lsp.services.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.services.Layout;

/** 1.2 Record agreements in writing: a letter, dated today, that {@code confirms} the agreement. */
public final class ConfirmAgreementAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Agreement agreement)) {
            return;
        }
        Project project = context.projectAt(agreement.span().start());
        Touch spoken = project == null ? null : project.touchOf(agreement);
        if (spoken == null || spoken.people().isEmpty() || spoken.kind() == null) {
            return;
        }
        SourceFile file = spoken.file();
        Block block = context.blockAt(spoken.span().start());
        String unit = Layout.unit(file, block);
        LocalDate today = context.today(project);
        Set<String> people = new LinkedHashSet<>();
        for (Name person : spoken.people()) {
            people.add(person.text());
        }
        String date = spoken.when() == null || spoken.when().date() == null ? "?" : spoken.when().date().toString();
        List<String> lines = Templates.touch(today, "letter", "to", new ArrayList<>(people),
                context.text("lsp.template.confirm.title", context.text("kind." + spoken.kind().keyword()), date),
                context.text("lsp.template.confirm.purpose"), context.text("lsp.template.confirm.benefit"),
                List.of("confirms " + agreement.id().text()), unit);
        Bodies.Insertion insertion = Bodies.after(file, spoken.span().end(),
                Layout.itemIndent(file, block, spoken), lines);
        out.add(context.quickFix(
                context.text("lsp.action.confirm", agreement.id().text(),
                        String.join(", ", people.stream().map(project::nameOf).toList())), diagnostic,
                new EditBuilder().insert(file, insertion.offset(), insertion.text()).build(), true));
    }
}
