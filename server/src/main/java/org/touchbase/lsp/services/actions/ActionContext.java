package org.touchbase.lsp.services.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.DocumentContext;

/** What a code action participant works on: the document, the cursor's range, and the findings under it. */
public final class ActionContext {

    private final DocumentContext document;
    private final Span range;
    private final List<Finding> findings;

    public ActionContext(DocumentContext document, Span range, List<Finding> findings) {
        this.document = document;
        this.range = range;
        this.findings = findings;
    }

    public DocumentContext document() {
        return document;
    }

    public SourceFile file() {
        return document.file();
    }

    public Analysis analysis() {
        return document.analysis();
    }

    public Messages messages() {
        return document.messages();
    }

    public Span range() {
        return range;
    }

    /** The findings under the cursor that get quick fixes. */
    public List<Finding> findings() {
        return findings;
    }

    public Project projectAt(int offset) {
        return document.projectAt(offset);
    }

    public Block blockAt(int offset) {
        return document.blockAt(offset);
    }

    /** "Today" as the project was checked: its analysis settings' now. */
    public LocalDate today(Project project) {
        return today(document.analysis(), project);
    }

    public static LocalDate today(Analysis analysis, Project project) {
        return project == null ? LocalDate.now() : analysis.now(project).toLocalDate();
    }

    /** The touches of this document in source order. */
    public List<Touch> touches() {
        List<Touch> touches = new ArrayList<>();
        for (Block block : document.document().blocks()) {
            touches.addAll(block.touches());
        }
        return touches;
    }

    public String text(String key, Object... args) {
        return messages().get(key, args);
    }

    public CodeAction quickFix(String title, Diagnostic diagnostic, WorkspaceEdit edit, boolean preferred) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(edit);
        if (preferred) {
            action.setIsPreferred(true);
        }
        return action;
    }

    public CodeAction refactoring(String title, WorkspaceEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.RefactorRewrite);
        action.setEdit(edit);
        return action;
    }
}
