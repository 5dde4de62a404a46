package org.touchbase.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.touchbase.core.Parallel;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.ProseEdit;
import org.touchbase.core.model.Suppression;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.RuleLevel;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.FileIds;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Linker;
import org.touchbase.core.workspace.Project;

/**
 * Analyses a workspace: links its documents, runs the rules on every
 * project, applies configuration and suppressions, and computes trust. The
 * command line and the language server both call this and nothing else.
 */
public final class Analyzer {

    /** The order of one file's findings (the files themselves are in {@link FileIds#ORDER}). */
    private static final Comparator<Finding> IN_FILE = Comparator
            .comparingInt((Finding f) -> f.span().start())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(Finding::rule);

    private Analyzer() {
    }

    public static Analysis analyze(List<Document> documents, Function<SourceFile, Settings> settings) {
        return analyze(documents, settings, null, document -> null, false);
    }

    /**
     * Analyses documents again after an edit, taking from {@code previous} (null the first time) what the
     * edit did not change: a project whose blocks are the same objects keeps its links, and with the same
     * settings its rule results; a file whose findings before configuration, document and settings are
     * the same keeps its reported findings. The result is that of a fresh analysis.
     */
    public static Analysis analyze(List<Document> documents, Function<SourceFile, Settings> settings,
            Analysis previous) {
        return analyze(documents, settings, previous, document -> null, true);
    }

    /**
     * As {@link #analyze(List, Function, Analysis)}, where {@code prose} tells which documents were made
     * from a document of {@code previous} by prose edits alone ({@link ProseEdit}; null for the others): a
     * project that changed only so keeps its rule results, moved with the text.
     */
    public static Analysis analyze(List<Document> documents, Function<SourceFile, Settings> settings,
            Analysis previous, Function<Document, ProseEdit> prose) {
        return analyze(documents, settings, previous, prose, true);
    }

    private static Analysis analyze(List<Document> documents, Function<SourceFile, Settings> settings,
            Analysis previous, Function<Document, ProseEdit> prose, boolean keep) {
        KnowledgeBase knowledgeBase = keep
                ? Linker.link(documents, previous == null ? null : previous.knowledgeBase())
                : Linker.link(documents);
        List<Project> all = knowledgeBase.projects();
        Analysis.ProjectResult[] results = new Analysis.ProjectResult[all.size()];
        // Projects are independent: check them in parallel when there are many.
        Parallel.indexes(all.size()).forEach(i -> {
            Project project = all.get(i);
            Settings projectSettings = settings.apply(project.declaration().file());
            Analysis.ProjectResult result = reuse(previous, project, projectSettings, knowledgeBase, prose);
            results[i] = result != null ? result : check(project, projectSettings);
        });
        Map<String, Analysis.ProjectResult> projects = new HashMap<>();
        for (int i = 0; i < results.length; i++) {
            projects.put(all.get(i).id(), results[i]);
        }
        Map<SourceFile, Analysis.FileFindings> files = configure(knowledgeBase, results, settings,
                previous == null ? Map.of() : previous.files());
        List<Finding> reported = new ArrayList<>();
        for (Analysis.FileFindings file : files.values()) {
            reported.addAll(file.reported());
        }
        return new Analysis(knowledgeBase, List.copyOf(reported), Map.copyOf(projects), keep ? files : Map.of());
    }

    /**
     * The previous rule results of a project, when its blocks are the same objects, or came from the same
     * blocks by prose edits alone, and its settings are the same; else null.
     */
    private static Analysis.ProjectResult reuse(Analysis previous, Project project, Settings settings,
            KnowledgeBase knowledgeBase, Function<Document, ProseEdit> prose) {
        if (previous == null) {
            return null;
        }
        Analysis.ProjectResult old = previous.result(project);
        if (old == null || !old.settings().equals(settings) || old.blocks().size() != project.blocks().size()) {
            return null;
        }
        Map<SourceFile, Document> edited = null;
        for (int i = 0; i < old.blocks().size(); i++) {
            Block was = old.blocks().get(i);
            Block is = project.blocks().get(i);
            if (was == is) {
                continue;
            }
            Document now = knowledgeBase.document(is.file());
            ProseEdit edit = now == null ? null : prose.apply(now);
            if (edit == null || edit.before().file() != was.file()) {
                return null;
            }
            int at = indexOf(now.blocks(), is);
            if (at < 0 || at >= edit.before().blocks().size() || edit.before().blocks().get(at) != was) {
                return null;
            }
            if (edited == null) {
                edited = new HashMap<>();
            }
            edited.put(was.file(), now);
        }
        return edited == null ? old : carried(old, project, settings, edited, prose);
    }

    private static int indexOf(List<Block> blocks, Block block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == block) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The rule results of a project whose documents changed by prose edits alone, moved into them; null
     * when a finding's element is not found. A large project's findings are moved side by side, as its
     * rules run.
     */
    private static Analysis.ProjectResult carried(Analysis.ProjectResult old, Project project, Settings settings,
            Map<SourceFile, Document> edited, Function<Document, ProseEdit> prose) {
        List<Finding> before = old.raw();
        Finding[] moved = new Finding[before.size()];
        IntStream indexes = IntStream.range(0, moved.length);
        boolean large = project.touches().size() >= Parallel.LARGE_PROJECT;
        boolean complete = (large ? indexes.parallel() : indexes).allMatch(i -> {
            moved[i] = moved(before.get(i), edited, prose);
            return moved[i] != null;
        });
        if (!complete) {
            return null;
        }
        List<Finding> kept = List.of(moved);
        return new Analysis.ProjectResult(List.copyOf(project.blocks()), settings, kept,
                () -> TrustCalculator.compute(new RuleContext(project, settings, new ArrayList<>()), kept));
    }

    /** A finding moved into its edited document, the same one if its document was not edited; null if lost. */
    private static Finding moved(Finding finding, Map<SourceFile, Document> edited,
            Function<Document, ProseEdit> prose) {
        Document now = edited.get(finding.file());
        if (now == null) {
            return finding;
        }
        ProseEdit edit = prose.apply(now);
        Object subject = null;
        if (finding.subject() != null) {
            subject = finding.subject() instanceof Element element ? edit.relocate(element, now) : null;
            if (subject == null) {
                return null;
            }
        }
        return new Finding(finding.rule(), finding.severity(), now.file(), edit.moved(finding.span()),
                finding.message(), subject);
    }

    private static Analysis.ProjectResult check(Project project, Settings settings) {
        List<Finding> raw = List.copyOf(Rules.check(project, settings));
        return new Analysis.ProjectResult(List.copyOf(project.blocks()), settings, raw,
                () -> TrustCalculator.compute(new RuleContext(project, settings, new ArrayList<>()), raw));
    }

    /**
     * Each file's findings as reported, the files in order of their ids: the linker's and the rules'
     * findings grouped by file, suppressed ones dropped, each file's rule levels applied, suppressions
     * that silence nothing reported, sorted by position and rule. A file whose findings before this,
     * document and settings are those of {@code before} keeps what it reported then. Files are
     * independent here: they are done in parallel when there are many.
     */
    private static Map<SourceFile, Analysis.FileFindings> configure(KnowledgeBase knowledgeBase,
            Analysis.ProjectResult[] results, Function<SourceFile, Settings> settings,
            Map<SourceFile, Analysis.FileFindings> before) {
        Map<SourceFile, List<Finding>> byFile = new LinkedHashMap<>();
        Map<SourceFile, Document> documents = new HashMap<>();
        for (Document document : knowledgeBase.documents()) {
            byFile.put(document.file(), new ArrayList<>(document.findings()));
            documents.put(document.file(), document);
        }
        for (Finding finding : knowledgeBase.findings()) {
            byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>()).add(finding);
        }
        for (Analysis.ProjectResult result : results) {
            for (Map.Entry<SourceFile, List<Finding>> file : result.rawByFile().entrySet()) {
                byFile.computeIfAbsent(file.getKey(), f -> new ArrayList<>()).addAll(file.getValue());
            }
        }
        List<Map.Entry<SourceFile, List<Finding>>> files = new ArrayList<>(byFile.entrySet());
        FileIds.sort(files, file -> file.getKey().id());
        Analysis.FileFindings[] configured = new Analysis.FileFindings[files.size()];
        Parallel.indexes(files.size()).forEach(i -> {
            SourceFile file = files.get(i).getKey();
            List<Finding> raw = files.get(i).getValue();
            Document document = documents.get(file);
            Settings fileSettings = settings.apply(file);
            Analysis.FileFindings old = before.get(file);
            if (old != null && old.document() == document && old.settings().equals(fileSettings)
                    && same(old.raw(), raw)) {
                configured[i] = old;
                return;
            }
            Finding[] reported = configure(file, document, raw, settings).toArray(new Finding[0]);
            Arrays.sort(reported, IN_FILE);
            configured[i] = new Analysis.FileFindings(document, fileSettings, raw, List.of(reported));
        });
        Map<SourceFile, Analysis.FileFindings> result = new LinkedHashMap<>();
        for (int i = 0; i < configured.length; i++) {
            result.put(files.get(i).getKey(), configured[i]);
        }
        return result;
    }

    /** Equal lists of findings, most of them the very same findings. */
    private static boolean same(List<Finding> before, List<Finding> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i) && !before.get(i).equals(now.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #configure(KnowledgeBase, Analysis.ProjectResult[], Function, Map)} does for one file and its document, if it has one. */
    private static List<Finding> configure(SourceFile file, Document document, List<Finding> raw,
            Function<SourceFile, Settings> settings) {
        Map<Integer, List<Suppression>> suppressions = new HashMap<>();
        if (document != null) {
            for (Suppression suppression : document.suppressions()) {
                suppressions.computeIfAbsent(suppression.targetLine(), line -> new ArrayList<>()).add(suppression);
            }
        }
        Map<Name, Boolean> used = new IdentityHashMap<>();
        Map<SourceFile, Settings> settingsCache = new HashMap<>();
        List<Finding> reported = new ArrayList<>(raw.size());
        for (Finding finding : raw) {
            RuleInfo info = Rules.info(finding.rule());
            if (info == null || info.language()) {
                reported.add(finding);
                continue;
            }
            if (suppressed(finding, suppressions, used)) {
                continue;
            }
            Finding configured = level(finding, settingsCache.computeIfAbsent(finding.file(), settings));
            if (configured != null) {
                reported.add(configured);
            }
        }
        if (document != null) {
            for (Suppression suppression : document.suppressions()) {
                for (Finding unused : unused(file, suppression, used)) {
                    Finding configured = level(unused, settingsCache.computeIfAbsent(unused.file(), settings));
                    if (configured != null) {
                        reported.add(configured);
                    }
                }
            }
        }
        return reported;
    }

    private static boolean suppressed(Finding finding, Map<Integer, List<Suppression>> byLine,
            Map<Name, Boolean> used) {
        if (byLine.isEmpty()) {
            return false;
        }
        List<Suppression> here = byLine.get(finding.file().lineOf(finding.span().start()));
        if (here == null) {
            return false;
        }
        for (Suppression suppression : here) {
            for (Name rule : suppression.rules()) {
                if (rule.text().equals(finding.rule())) {
                    used.put(rule, Boolean.TRUE);
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Finding> unused(SourceFile file, Suppression suppression, Map<Name, Boolean> used) {
        List<Finding> result = new ArrayList<>();
        if (suppression.rules().isEmpty()) {
            result.add(unusedSuppression(file, suppression, suppression.span(), Message.of("finding.unused-suppression.noRule")));
        }
        for (Name rule : suppression.rules()) {
            if (used.containsKey(rule)) {
                continue;
            }
            RuleInfo info = Rules.info(rule.text());
            Message message = info == null ? Message.of("finding.unused-suppression.unknown", rule.text())
                    : info.language() ? Message.of("finding.unused-suppression.language", rule.text())
                    : Message.of("finding.unused-suppression", rule.text());
            result.add(unusedSuppression(file, suppression, rule.span(), message));
        }
        return result;
    }

    private static Finding unusedSuppression(SourceFile file, Suppression suppression,
            Span span, Message message) {
        return new Finding(RuleIds.UNUSED_SUPPRESSION, Rules.UNUSED_SUPPRESSION.defaultSeverity(), file, span, message,
                null);
    }

    private static Finding level(Finding finding, Settings settings) {
        RuleLevel level = settings.rules().get(finding.rule());
        if (level == null) {
            return finding;
        }
        Severity severity = level.severity();
        return severity == null ? null : finding.withSeverity(severity);
    }
}
