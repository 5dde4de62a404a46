package org.touchbase.lsp.services.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.services.Layout;

/**
 * 2.5.4 Sum up: an interim or final summary template in a meeting or a
 * presentation, with one action per attendee. A quick fix for
 * {@code meeting-without-summary}, a refactoring on any meeting.
 */
public final class SummaryAction implements CodeActionParticipant {

    /** Actions and the next meeting are due a week from today. */
    static final int DAYS_AHEAD = 7;

    @Override
    public void quickFixes(ActionContext context, Finding finding, Diagnostic diagnostic, List<CodeAction> out) {
        if (!(finding.subject() instanceof Touch touch)) {
            return;
        }
        for (Summary.Kind kind : List.of(Summary.Kind.FINAL, Summary.Kind.INTERIM)) {
            WorkspaceEdit edit = edit(context.document(), touch, kind);
            if (edit != null) {
                out.add(context.withTabStops(
                        context.quickFix(title(context, kind), diagnostic, edit, kind == Summary.Kind.FINAL)));
            }
        }
    }

    @Override
    public void refactorings(ActionContext context, List<CodeAction> out) {
        Set<Touch> fixed = new LinkedHashSet<>();
        for (Finding finding : context.findings()) {
            if (MeetingWithoutSummary.INFO.owns(finding) && finding.subject() instanceof Touch touch) {
                fixed.add(touch);
            }
        }
        for (Touch touch : context.touches()) {
            if (!needsSummary(touch) || fixed.contains(touch) || !touch.span().contains(context.range().start())) {
                continue;
            }
            for (Summary.Kind kind : List.of(Summary.Kind.INTERIM, Summary.Kind.FINAL)) {
                WorkspaceEdit edit = edit(context.document(), touch, kind);
                if (edit != null) {
                    out.add(context.withTabStops(context.refactoring(title(context, kind), edit)));
                }
            }
        }
    }

    static boolean needsSummary(Touch touch) {
        return touch.kind() != null && touch.kind().needsSummary();
    }

    private static String title(ActionContext context, Summary.Kind kind) {
        return context.text(kind == Summary.Kind.FINAL ? "lsp.action.summary.final" : "lsp.action.summary.interim");
    }

    /** The edit that adds a summary of {@code kind} as the last item of the touch; null when its body is broken. */
    public static WorkspaceEdit edit(DocumentContext document, Touch touch, Summary.Kind kind) {
        SourceFile file = touch.file();
        Block block = document.blockAt(touch.span().start());
        String unit = Layout.unit(file, block);
        String indent = Layout.itemIndent(file, block, touch);
        LocalDate due = ActionContext.today(document.analysis(), document.projectAt(touch.span().start()))
                .plusDays(DAYS_AHEAD);
        Set<String> attendees = new LinkedHashSet<>();
        for (Name person : touch.people()) {
            attendees.add(person.text());
        }
        List<String> ids = Templates.actionIds(document.projectAt(touch.span().start()), attendees.size());
        List<String> lines = Templates.summary(kind, new ArrayList<>(attendees), ids, due, unit);
        Summary unfilled = unfilledSummary(touch);
        if (unfilled != null) {
            // Its whole lines, so that editors can take the template as a snippet (see SnippetEdits).
            int from = file.lineStart(file.lineOf(unfilled.span().start()));
            int lastLine = file.lineOf(unfilled.span().end() - 1);
            int to = lastLine + 1 < file.lineCount() ? file.lineStart(lastLine + 1) : file.text().length();
            String text = Layout.lines(file, Layout.indentOf(file, unfilled.span().start()), lines)
                    + (to == file.text().length() ? "" : Layout.newline(file));
            return new EditBuilder().replace(file, new Span(from, to), text).build();
        }
        Bodies.Insertion insertion = Bodies.append(file, touch.body(), touch.span().end(), indent, unit, lines);
        if (insertion == null) {
            return null;
        }
        return new EditBuilder().insert(file, insertion.offset(), insertion.text()).build();
    }

    /**
     * A summary of the touch with nothing written in it (a template saved
     * unfilled), which the template replaces rather than a second summary
     * being added; null when there is none, or when it holds a comment, which
     * a replacement would lose.
     */
    private static Summary unfilledSummary(Touch touch) {
        for (Summary summary : touch.summaries()) {
            if (summary.isFilledIn()) {
                continue;
            }
            String text = summary.file().slice(summary.span());
            SourceFile file = summary.file();
            int start = summary.span().start();
            int end = summary.span().end();
            boolean startsLine = Layout.indentOf(file, start).length() == start - file.lineStart(file.lineOf(start));
            boolean endsLine = file.text().substring(end, file.lineEnd(file.lineOf(end - 1))).isBlank();
            if (!text.contains("//") && !text.contains("/*") && startsLine && endsLine) {
                return summary;
            }
        }
        return null;
    }

    /** The meeting or presentation at {@code offset}, or else the nearest one before it in the document. */
    public static Touch meetingAt(DocumentContext document, int offset) {
        Touch nearest = null;
        for (Block block : document.document().blocks()) {
            for (Touch touch : block.touches()) {
                if (!needsSummary(touch) || touch.span().start() > offset) {
                    continue;
                }
                if (touch.span().contains(offset)) {
                    return touch;
                }
                if (nearest == null || touch.span().start() > nearest.span().start()) {
                    nearest = touch;
                }
            }
        }
        return nearest;
    }
}
