package org.touchbase.lsp.services.actions;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.workspace.DidYouMean;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Project;
import org.touchbase.core.workspace.Reference;

/** {@code unknown-reference}: replace the name with the nearest one declared in the same namespace. */
public final class DidYouMeanAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        KnowledgeBase knowledgeBase = context.analysis().knowledgeBase();
        for (Reference reference : knowledgeBase.references()) {
            if (reference.resolved() || !reference.file().equals(finding.file())
                    || !reference.name().span().equals(finding.span())) {
                continue;
            }
            String suggestion = DidYouMean.nearest(reference.name().text(), candidates(knowledgeBase, reference));
            if (suggestion != null) {
                out.add(context.quickFix(context.text("lsp.action.didYouMean", suggestion), diagnostic,
                        new EditBuilder().replace(finding.file(), finding.span(), suggestion).build(), true));
            }
            return;
        }
    }

    /** The names a reference of its kind may point at: {@code re} only at incoming touches. */
    static List<String> candidates(KnowledgeBase knowledgeBase, Reference reference) {
        List<String> names = new ArrayList<>();
        Project project = reference.project();
        if (reference.kind() == Reference.Kind.PROJECT) {
            names.addAll(knowledgeBase.projectsById().keySet());
            return names;
        }
        if (project == null) {
            return names;
        }
        switch (reference.kind()) {
            case PERSON -> {
                for (Person person : project.people()) {
                    names.add(person.id().text());
                }
            }
            case TOUCH -> {
                for (Touch touch : project.touches()) {
                    if (touch.id() != null && touch.isIncoming() && project.touch(touch.id().text()) == touch) {
                        names.add(touch.id().text());
                    }
                }
            }
            case AGREEMENT -> {
                for (Touch touch : project.touches()) {
                    for (Agreement agreement : touch.agreements()) {
                        names.add(agreement.id().text());
                    }
                }
            }
            case EXPECTATION -> {
                for (Expectation expectation : project.expectations()) {
                    names.add(expectation.id().text());
                }
            }
            default -> {
            }
        }
        return names;
    }
}
