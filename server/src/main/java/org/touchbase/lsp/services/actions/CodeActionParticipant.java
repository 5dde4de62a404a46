package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.rules.Finding;

/**
 * One family of code actions: the quick fixes of the rule it is registered
 * for in {@code CodeActionService}, and the refactorings offered wherever
 * the cursor is.
 */
public interface CodeActionParticipant {

    /**
     * The fixes for a finding of the participant's rule under the cursor;
     * {@code diagnostic} is what the client shows for it.
     */
    default void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
    }

    /** Actions at the cursor that fix nothing in particular. */
    default void refactorings(ActionContext context, List<CodeAction> out) {
    }
}
