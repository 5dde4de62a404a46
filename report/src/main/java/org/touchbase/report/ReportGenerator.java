package org.touchbase.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.workspace.Project;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Page;
import org.touchbase.report.render.Escape;
import org.touchbase.report.render.HtmlRenderer;
import org.touchbase.report.render.MarkdownRenderer;
import org.touchbase.report.sections.AgreementsSection;
import org.touchbase.report.sections.ClientDocument;
import org.touchbase.report.sections.FindingsSection;
import org.touchbase.report.sections.GoalsSection;
import org.touchbase.report.sections.HeaderSection;
import org.touchbase.report.sections.IndexPage;
import org.touchbase.report.sections.MeetingsSection;
import org.touchbase.report.sections.ObligationsSection;
import org.touchbase.report.sections.PeopleSection;
import org.touchbase.report.sections.PlanSection;
import org.touchbase.report.sections.ProjectView;
import org.touchbase.report.sections.Shared;
import org.touchbase.report.sections.ThisWeekSection;
import org.touchbase.report.sections.TouchesSection;
import org.touchbase.report.sections.TrustSection;

/**
 * Status documents from an analysis: one per project and a portfolio page,
 * in HTML or Markdown, labelled in the language of {@code messages}. The
 * command line ({@code touchbase report}) and the language server
 * ({@code touchbase.report}) both call this and nothing else.
 */
public final class ReportGenerator {

    /** The file name of the portfolio page, without its extension. */
    public static final String INDEX = "index";

    private ReportGenerator() {
    }

    /** A project's document as one self-contained HTML page, with no link to a portfolio page. */
    public static String projectHtml(Analysis analysis, Project project, Messages messages) {
        return HtmlRenderer.render(projectPage(analysis, project, messages, null));
    }

    /** A project's document as GitHub-flavoured Markdown, with no link to a portfolio page. */
    public static String projectMarkdown(Analysis analysis, Project project, Messages messages) {
        return MarkdownRenderer.render(projectPage(analysis, project, messages, null));
    }

    /** The client's document of a project, in HTML or Markdown, with no link to a portfolio page. */
    public static String clientDocument(Analysis analysis, Project project, Messages messages, ReportFormat format) {
        return render(clientPage(analysis, project, messages), format);
    }

    /** The portfolio page of every project as HTML, linking to {@link #fileName} of each. */
    public static String indexHtml(Analysis analysis, Messages messages) {
        return HtmlRenderer.render(indexPage(analysis, analysis.projects(), messages, ReportFormat.HTML));
    }

    /** The portfolio page of every project as Markdown, linking to {@link #fileName} of each. */
    public static String indexMarkdown(Analysis analysis, Messages messages) {
        return MarkdownRenderer.render(indexPage(analysis, analysis.projects(), messages, ReportFormat.MARKDOWN));
    }

    /**
     * Every document: the portfolio page first ({@code index.html} or
     * {@code index.md}), then one per project in workspace order, linked both
     * ways. {@code projectIds} limits the projects (null or empty: all); the
     * portfolio page lists the same projects.
     */
    public static List<ReportFile> generate(Analysis analysis, Messages messages, ReportFormat format,
            Set<String> projectIds) {
        return generate(analysis, messages, format, projectIds, Audience.INTERNAL);
    }

    /**
     * Every document for an audience. For {@link Audience#INTERNAL}, as
     * {@link #generate(Analysis, Messages, ReportFormat, Set)}; for
     * {@link Audience#CLIENT}, one client's document per project and no
     * portfolio page (it would show one client the others).
     */
    public static List<ReportFile> generate(Analysis analysis, Messages messages, ReportFormat format,
            Set<String> projectIds, Audience audience) {
        return generate(analysis, messages, format, projectIds, audience, UnaryOperator.identity());
    }

    /**
     * As {@link #generate(Analysis, Messages, ReportFormat, Set, Audience)}, a position in a page linking
     * {@code fileHref} of its file's id: where the file is from the folder the documents are written to.
     */
    public static List<ReportFile> generate(Analysis analysis, Messages messages, ReportFormat format,
            Set<String> projectIds, Audience audience, UnaryOperator<String> fileHref) {
        List<Project> projects = new ArrayList<>();
        for (Project project : analysis.projects()) {
            if (projectIds == null || projectIds.isEmpty() || projectIds.contains(project.id())) {
                projects.add(project);
            }
        }
        List<ReportFile> files = new ArrayList<>();
        if (audience == Audience.CLIENT) {
            List<String> names = fileNames(projects, format);
            for (int i = 0; i < projects.size(); i++) {
                files.add(new ReportFile(names.get(i), projects.get(i).id(),
                        render(clientPage(analysis, projects.get(i), messages), format, fileHref)));
            }
            return files;
        }
        String indexName = INDEX + "." + format.extension();
        Shared shared = Shared.start(analysis, projects);
        // The portfolio page is made on another thread, beside the projects' documents.
        CompletableFuture<String> index = CompletableFuture.supplyAsync(() ->
                render(indexPage(analysis, projects, messages, format, Set.of(), shared.agenda()), format, fileHref));
        Inline.Link back = new Inline.Link(messages.get("report.back"), Escape.fileLink(indexName));
        List<String> names = fileNames(projects, format);
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            files.add(new ReportFile(names.get(i), project.id(),
                    render(projectPage(analysis, project, messages, back, shared), format, fileHref)));
        }
        files.add(0, new ReportFile(indexName, null, Shared.join(index)));
        return files;
    }

    /** The longest stem of a file name, in UTF-8 bytes: file systems allow 255 bytes for a whole name. */
    static final int MAX_STEM_BYTES = 200;

    /**
     * The file name of a project's document: its id and the format's
     * extension ({@code app.html}); a project called {@code index} gets
     * {@code project-index.html}, and ids that differ only in case get a number, so
     * no two files clash on any file system. An id too long for a file name
     * is cut and followed by a hash of the whole id, which keeps it unique.
     */
    public static String fileName(Project project, ReportFormat format) {
        String id = project.id();
        String base = id.equalsIgnoreCase(INDEX) ? "project-" + id : id;
        if (base.getBytes(StandardCharsets.UTF_8).length > MAX_STEM_BYTES) {
            base = cut(base, MAX_STEM_BYTES - 9) + "-" + hash(id);
        }
        return base + "." + format.extension();
    }

    /** The longest start of {@code text} of at most {@code bytes} UTF-8 bytes, never splitting a character. */
    private static String cut(String text, int bytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (used + size > bytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** File names for a list of projects, made distinct when ids differ only in case. */
    static List<String> fileNames(List<Project> projects, ReportFormat format) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Project project : projects) {
            String name = fileName(project, format);
            String stem = name.substring(0, name.length() - format.extension().length() - 1);
            int n = 2;
            while (!taken.add(name.toLowerCase(Locale.ROOT))) {
                name = stem + "-" + n++ + "." + format.extension();
            }
            names.add(name);
        }
        return names;
    }

    private static String render(Page page, ReportFormat format) {
        return render(page, format, UnaryOperator.identity());
    }

    private static String render(Page page, ReportFormat format, UnaryOperator<String> fileHref) {
        return format == ReportFormat.HTML ? HtmlRenderer.render(page, fileHref) : MarkdownRenderer.render(page);
    }

    /** The sections of a project's document, in the order of the issue. */
    static Page projectPage(Analysis analysis, Project project, Messages messages, Inline.Link back) {
        return projectPage(analysis, project, messages, back, null);
    }

    /**
     * The same, with what the documents of a report share (null: made for
     * this page). The trust section is built last: its history may still be
     * in the making.
     */
    private static Page projectPage(Analysis analysis, Project project, Messages messages, Inline.Link back,
            Shared shared) {
        ProjectView v = new ProjectView(analysis, project, messages, Audience.INTERNAL, shared);
        List<Block.Section> rest = List.of(ThisWeekSection.build(v), GoalsSection.build(v), PeopleSection.build(v),
                PlanSection.build(v), TouchesSection.build(v), AgreementsSection.build(v),
                ObligationsSection.build(v), MeetingsSection.build(v), FindingsSection.build(v));
        List<Block.Section> sections = new ArrayList<>();
        sections.add(TrustSection.build(v));
        sections.addAll(rest);
        String client = project.client() != null ? project.client().value() : null;
        Line subtitle = Line.of(client != null ? client + " · " : null, v.t("asOf", v.messages().format(Days.on(v.today(), null))));
        return new Page(messages.language(), project.title(), subtitle, back, HeaderSection.build(v), sections,
                footer(messages, v.now()));
    }

    /** The client's document: only the sections {@link ClientDocument} allows. */
    static Page clientPage(Analysis analysis, Project project, Messages messages) {
        ProjectView v = new ProjectView(analysis, project, messages, Audience.CLIENT);
        String client = project.client() != null ? project.client().value() : null;
        Line subtitle = Line.of(client != null ? client + " · " : null, v.t("asOf", v.messages().format(Days.on(v.today(), null))));
        return new Page(messages.language(), project.title(), subtitle, null, ClientDocument.header(v),
                ClientDocument.sections(v), footer(messages, v.now()));
    }

    /**
     * The portfolio page for {@link #generate}'s documents when some of them
     * could not be written: it lists the same projects and links only those
     * whose document exists.
     */
    public static ReportFile index(Analysis analysis, Messages messages, ReportFormat format,
            List<ReportFile> documents, Set<String> missing) {
        return index(analysis, messages, format, documents, missing, UnaryOperator.identity());
    }

    /** As {@link #index(Analysis, Messages, ReportFormat, List, Set)}, positions linking {@code fileHref}. */
    public static ReportFile index(Analysis analysis, Messages messages, ReportFormat format,
            List<ReportFile> documents, Set<String> missing, UnaryOperator<String> fileHref) {
        List<Project> projects = new ArrayList<>();
        for (ReportFile document : documents) {
            if (document.project() != null) {
                projects.add(analysis.knowledgeBase().project(document.project()));
            }
        }
        String indexName = INDEX + "." + format.extension();
        return new ReportFile(indexName, null, render(indexPage(analysis, projects, messages, format, missing,
                Agenda.of(analysis, Agenda.DEFAULT_DAYS, projects)), format, fileHref));
    }

    static Page indexPage(Analysis analysis, List<Project> projects, Messages messages, ReportFormat format) {
        return indexPage(analysis, projects, messages, format, Set.of(),
                Agenda.of(analysis, Agenda.DEFAULT_DAYS, projects));
    }

    private static Page indexPage(Analysis analysis, List<Project> projects, Messages messages, ReportFormat format,
            Set<String> missing, Agenda agenda) {
        List<String> names = fileNames(projects, format);
        Function<Project, String> link = project -> missing.contains(project.id()) ? null
                : Escape.fileLink(names.get(projects.indexOf(project)));
        LocalDateTime now = IndexPage.now(analysis);
        Line subtitle = now == null ? Line.EMPTY : Line.of(messages.get("report.asOf", messages.format(Days.on(now.toLocalDate(), null))));
        return new Page(messages.language(), messages.get("report.index.title"), subtitle, null, List.of(),
                IndexPage.sections(analysis, projects, messages, link, agenda), footer(messages, now));
    }

    private static Line footer(Messages messages, LocalDateTime now) {
        String moment = now == null ? "—" : now.toLocalDate() + " " + now.toLocalTime();
        return Line.of(new Inline.Muted(messages.get("report.footer", moment)));
    }
}
