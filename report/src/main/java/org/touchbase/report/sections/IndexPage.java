package org.touchbase.report.sections;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaItem;
import org.touchbase.core.agenda.Urgency;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Status;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;
import org.touchbase.report.Rag;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/**
 * The portfolio: every project with its manager, RAG and the one-line reason
 * for it, trust, days to launch, open findings by severity, and a link —
 * red first, then amber, then green, and within each the most overdue first.
 */
public final class IndexPage {

    public static final String ANCHOR = "projects";

    private IndexPage() {
    }

    /**
     * The sections of the portfolio page.
     *
     * @param link the link to a project's document, or null for none
     */
    public static List<Block.Section> sections(Analysis analysis, List<Project> projects, Messages messages,
            Function<Project, String> link) {
        return sections(analysis, projects, messages, link, Agenda.of(analysis, Agenda.DEFAULT_DAYS, projects));
    }

    /**
     * The sections of the portfolio page, with the agenda of {@code projects}
     * already made (the project documents of the same report share it).
     *
     * @param link the link to a project's document, or null for none
     */
    public static List<Block.Section> sections(Analysis analysis, List<Project> projects, Messages messages,
            Function<Project, String> link, Agenda agenda) {
        List<List<Line>> rows = new ArrayList<>();
        int[] tones = new int[Tone.values().length];
        List<Project> ordered = new ArrayList<>(projects);
        Map<Project, Rag.Result> rags = new HashMap<>();
        // One agenda for the page: each project's items, in the agenda's order, are its part of it.
        Map<Project, List<AgendaItem>> owed = new HashMap<>();
        for (Project project : projects) {
            owed.put(project, new ArrayList<>());
        }
        for (AgendaItem item : agenda.items()) {
            owed.get(item.project()).add(item);
        }
        for (Project project : projects) {
            rags.put(project, new ProjectView(analysis, project, messages).rag());
        }
        // The projects that need attention first: red, amber, green; within each, the oldest late item first.
        ordered.sort(Comparator.comparingInt((Project p) -> rags.get(p).tone().ordinal())
                .thenComparing(p -> oldestLate(owed.get(p)), Comparator.nullsLast(Comparator.naturalOrder())));
        for (Project project : ordered) {
            ProjectView v = new ProjectView(analysis, project, messages);
            Rag.Result rag = rags.get(project);
            tones[rag.tone().ordinal()]++;
            int[] counts = new int[Severity.values().length];
            for (Finding finding : v.findings()) {
                counts[finding.severity().ordinal()]++;
            }
            String href = link == null ? null : link.apply(project);
            Line name = Line.of(href != null ? new Inline.Link(project.title(), href) : new Inline.Strong(project.title()),
                    " ", new Inline.Code(project.id()));
            Line launch = project.launch() != null && project.launch().valid()
                    ? Line.of(v.date(project.launch()), " ", new Inline.Muted("(" + v.relative(project.launch().date()) + ")"))
                    : Line.of("—");
            rows.add(List.of(name, Line.of(project.client() != null ? project.client().value() : "—"),
                    Line.of(project.manager() != null ? project.manager().value() : "—"),
                    Line.of(HeaderSection.status(messages, project.status())), Line.of(HeaderSection.rag(messages, rag.tone())),
                    reason(messages, project, rag, owed.get(project)),
                    Line.of(v.percent(v.trust())), launch, count(counts[0], Tone.RED), count(counts[1], Tone.AMBER),
                    count(counts[2], null), count(counts[3], null)));
        }
        List<Block> body = new ArrayList<>();
        if (rows.isEmpty()) {
            body.add(new Block.Empty(Line.of(messages.get("report.index.none"))));
        } else {
            body.add(new Block.Paragraph(Line.of(messages.get("report.index.summary", rows.size(),
                    tones[Tone.RED.ordinal()], tones[Tone.AMBER.ordinal()], tones[Tone.GREEN.ordinal()]))));
            body.add(new Block.Table(List.of(messages.get("report.col.project"), messages.get("report.col.client"),
                    messages.get("report.col.manager"), messages.get("report.col.status"),
                    messages.get("report.col.rag"), messages.get("report.col.why"), messages.get("report.col.trust"),
                    messages.get("report.col.launch"), messages.get("report.col.errors"),
                    messages.get("report.col.warnings"), messages.get("report.col.info"),
                    messages.get("report.col.hints")), rows));
        }
        List<Block.Section> sections = new ArrayList<>();
        sections.add(new Block.Section(ANCHOR, messages.get("report.index.projects"), body));
        sections.add(ThisWeekSection.portfolio(agenda, messages));
        List<Finding> outside = outside(analysis);
        if (!outside.isEmpty()) {
            List<Block> findings = new ArrayList<>();
            findings.add(new Block.Paragraph(Line.of(messages.get("report.index.outsideExplain"))));
            findings.addAll(FindingsSection.blocks(messages, outside));
            sections.add(new Block.Section("outside", messages.get("report.index.outside"), findings));
        }
        return sections;
    }

    /** The day of the oldest late item of a project's agenda, or null when nothing is late. */
    private static LocalDate oldestLate(List<AgendaItem> items) {
        LocalDate oldest = null;
        for (AgendaItem item : items) {
            if (item.urgency() == Urgency.OVERDUE && item.date() != null
                    && (oldest == null || item.date().isBefore(oldest))) {
                oldest = item.date();
            }
        }
        return oldest;
    }

    /**
     * Why the project is not green, in one line: the first reason of its RAG
     * and the first finding behind it; for a paused project, also how many items still wait for us. Green: a dash.
     */
    private static Line reason(Messages messages, Project project, Rag.Result rag, List<AgendaItem> items) {
        List<Object> parts = new ArrayList<>();
        if (rag.tone() != Tone.GREEN && !rag.reasons().isEmpty()) {
            parts.add(Line.ticked(messages.format(rag.reasons().get(0))));
            if (!rag.evidence().isEmpty()) {
                parts.add(" — ");
                parts.add(Line.ticked(messages.format(rag.evidence().get(0).finding().message())));
            }
        }
        if (project.status() == Status.PAUSED) {
            long waiting = items.stream().filter(item -> item.urgency() != Urgency.SOON).count();
            if (waiting > 0) {
                parts.add(parts.isEmpty() ? "" : "; ");
                parts.add(messages.get("report.index.pausedWaiting", waiting));
            }
        }
        return parts.isEmpty() ? Line.of("—") : Line.of(parts.toArray());
    }

    /** Findings in no project's blocks: syntax errors outside any block, logs of unknown projects … */
    public static List<Finding> outside(Analysis analysis) {
        // The spans of each file's project blocks, found once: a finding can only be in a block of its own file.
        Map<SourceFile, List<Span>> blocks = new IdentityHashMap<>();
        for (Project project : analysis.projects()) {
            for (var block : project.blocks()) {
                blocks.computeIfAbsent(block.file(), f -> new ArrayList<>()).add(block.span());
            }
        }
        List<Finding> result = new ArrayList<>();
        for (Finding finding : analysis.findings()) {
            boolean inside = false;
            for (Span block : blocks.getOrDefault(finding.file(), List.of())) {
                if (block.start() <= finding.span().start() && finding.span().end() <= block.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                result.add(finding);
            }
        }
        return result;
    }

    /** "Now" of the workspace: that of its first project, else null. */
    public static LocalDateTime now(Analysis analysis) {
        for (Project project : analysis.projects()) {
            if (analysis.settings(project) != null) {
                return analysis.settings(project).now();
            }
        }
        return null;
    }

    private static Line count(int count, Tone tone) {
        if (count == 0) {
            return Line.of(new Inline.Muted("0"));
        }
        return tone == null ? Line.of(String.valueOf(count)) : Line.of(new Inline.Mark(tone, String.valueOf(count)));
    }
}
