package org.touchbase.lsp.services.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.services.Layout;

/**
 * 1.1 Answer on time: acknowledge receipt with an {@code eta}, promise the
 * answer in an acknowledgement that has none, or answer in full. A touch
 * without an id gets one, so that the reply can say {@code re} it.
 */
public final class ReplyAction implements CodeActionParticipant {

    /** An acknowledgement promises the answer this many days from today. */
    static final int ETA_DAYS = 3;

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Touch incoming)) {
            return;
        }
        Project project = context.projectAt(incoming.span().start());
        if (project == null || incoming.people().isEmpty()) {
            return;
        }
        String variant = finding.message().key().substring(finding.message().key().lastIndexOf('.') + 1);
        LocalDate today = context.today(project);
        LocalDate eta = today.plusDays(ETA_DAYS);
        Set<String> people = new LinkedHashSet<>();
        for (Name person : incoming.people()) {
            people.add(person.text());
        }
        String to = String.join(", ", people.stream().map(project::nameOf).toList());

        if ("eta".equals(variant)) {
            Touch ack = lastAck(context, project, incoming);
            if (ack != null && ack.ack().end() <= ack.file().text().length()) {
                out.add(context.quickFix(context.text("lsp.action.eta", eta), diagnostic,
                        new EditBuilder().insert(ack.file(), ack.ack().end(), " eta " + eta).build(), true));
            }
        }
        if ("ack".equals(variant) && !incoming.isSpoken()) {
            Block block = context.blockAt(incoming.span().start());
            Bodies.Insertion insertion = Bodies.append(incoming.file(), incoming.body(), incoming.span().end(),
                    Layout.itemIndent(incoming.file(), block, incoming), Layout.unit(incoming.file(), block),
                    List.of("noreply"));
            if (insertion != null) {
                out.add(context.quickFix(context.text("lsp.action.noreply"), diagnostic,
                        new EditBuilder().insert(incoming.file(), insertion.offset(), insertion.text()).build(),
                        false));
            }
        }
        String id = incoming.id() != null ? incoming.id().text() : freshId(project);
        String title = incoming.title() == null ? null
                : context.text("lsp.template.reply.title", incoming.title().value());
        String ack = Templates.header(today, "reply", "to", new ArrayList<>(people), id, null)
                + " { ack eta " + eta + " }";
        String reply = Templates.header(today, "reply", "to", new ArrayList<>(people), id, title);
        out.add(context.quickFix(context.text("lsp.action.ack", to, eta), diagnostic,
                reply(context, project, incoming, id, ack).build(), "ack".equals(variant)));
        out.add(context.quickFix(context.text("lsp.action.reply", to), diagnostic,
                reply(context, project, incoming, id, reply).build(), "overdue".equals(variant)));
    }

    /** Inserts the reply after the incoming touch (or its last reply in the same block), naming it if needed. */
    private static EditBuilder reply(ActionContext context, Project project, Touch incoming, String id, String line) {
        EditBuilder edit = new EditBuilder();
        SourceFile file = incoming.file();
        if (incoming.id() == null) {
            edit.insert(file, incoming.span().start() + "touch".length(), " " + id);
        }
        Block block = context.blockAt(incoming.span().start());
        int end = incoming.span().end();
        for (Touch reply : project.repliesTo(incoming)) {
            if (reply.file().equals(file) && block != null && block.touches().contains(reply)) {
                end = Math.max(end, reply.span().end());
            }
        }
        Bodies.Insertion insertion = Bodies.after(file, end, Layout.itemIndent(file, block, incoming), List.of(line));
        return edit.insert(file, insertion.offset(), insertion.text());
    }

    /** The acknowledgement that counts, as the rule sees it. */
    private static Touch lastAck(ActionContext context, Project project, Touch incoming) {
        return context.analysis().context(project).replies(incoming).ack();
    }

    /** {@code q1}, {@code q2} … : the first touch id the project does not use. */
    static String freshId(Project project) {
        for (int n = 1; ; n++) {
            String id = "q" + n;
            if (project.touch(id) == null) {
                return id;
            }
        }
    }
}
