package org.touchbase.lsp.services.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.services.Layout;

/**
 * 1.3 Find out who decides: mark one of the project's people with
 * {@code decides} (one action per person), or add a person template who does.
 */
public final class DecisionMakerAction implements CodeActionParticipant {

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Block declaration)) {
            return;
        }
        Project project = context.analysis().knowledgeBase().projectOf(declaration);
        if (project == null) {
            return;
        }
        for (Person person : project.people()) {
            EditBuilder edit = markDecides(person, unit(project, person));
            if (edit != null) {
                out.add(context.quickFix(context.text("lsp.action.decides", person.displayName(), person.id().text()),
                        diagnostic, edit.build(), project.people().size() == 1));
            }
        }
        EditBuilder template = newPerson(declaration, project);
        if (template != null) {
            out.add(context.quickFix(context.text("lsp.action.newDecisionMaker"), diagnostic, template.build(), false));
        }
    }

    /** {@code decides} as the last item of the person's body, or a new body {@code { decides }}. */
    static EditBuilder markDecides(Person person, String unit) {
        SourceFile file = person.file();
        String text = file.text();
        int headerEnd = person.fullName() != null ? person.fullName().span().end() : person.id().span().end();
        int open = text.indexOf('{', headerEnd);
        if (open < 0 || open >= person.span().end()) {
            return new EditBuilder().insert(file, person.span().end(), " { decides }");
        }
        int close = person.span().end() - 1;
        if (close <= open || text.charAt(close) != '}') {
            return null;
        }
        if (file.lineOf(open) != file.lineOf(close) && Layout.startsLine(file, close)) {
            String indent = Layout.indentOf(file, person.span().start());
            String inner = indent + unit;
            for (int line = file.lineOf(open) + 1; line < file.lineOf(close); line++) {
                if (!text.substring(file.lineStart(line), file.lineEnd(line)).isBlank()) {
                    inner = Layout.indentOf(file, file.lineStart(line));
                    break;
                }
            }
            return new EditBuilder().insert(file, file.lineStart(file.lineOf(close)),
                    inner + "decides" + Layout.newline(file));
        }
        boolean spaced = Character.isWhitespace(text.charAt(open + 1));
        return new EditBuilder().insert(file, open + 1, spaced ? " decides" : " decides ");
    }

    private static String unit(Project project, Person person) {
        for (Block block : project.blocks()) {
            if (block.people().contains(person)) {
                return Layout.unit(person.file(), block);
            }
        }
        return Layout.unit(person.file(), null);
    }

    /** A new person who decides, after the last person of the project block (or at its top). */
    private static EditBuilder newPerson(Block declaration, Project project) {
        SourceFile file = declaration.file();
        String unit = Layout.unit(file, declaration);
        String id = "dm";
        for (int n = 2; project.person(id) != null; n++) {
            id = "dm" + n;
        }
        List<String> lines = Templates.decisionMaker(id, unit);
        Bodies.Insertion insertion;
        if (!declaration.people().isEmpty()) {
            Person last = declaration.people().get(declaration.people().size() - 1);
            insertion = Bodies.after(file, last.span().end(), Layout.itemIndent(file, declaration, last), lines);
        } else {
            int headerEnd = declaration.title() != null ? declaration.title().span().end()
                    : declaration.name().span().end();
            int open = file.text().indexOf('{', headerEnd);
            if (open < 0 || open >= declaration.span().end()) {
                return null;
            }
            insertion = Bodies.after(file, open + 1, Layout.indentOf(file, declaration.span().start()) + unit, lines);
        }
        return new EditBuilder().insert(file, insertion.offset(), insertion.text());
    }
}
