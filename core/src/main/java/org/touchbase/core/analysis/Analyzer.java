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
import org.touchbase.core.Parallel;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Name;
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

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file().id(), FileIds.ORDER)
            .thenComparingInt(f -> f.span().start())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(Finding::rule);

    private Analyzer() {
    }

    public static Analysis analyze(List<Document> documents, Function<SourceFile, Settings> settings) {
        return analyze(documents, settings, null);
    }

    /**
     * Analyses documents. A project whose blocks and settings are the same
     * objects as in {@code previous} keeps its rule results: after an edit,
     * only the projects the edited file touches are checked again.
     */
    public static Analysis analyze(List<Document> documents, Function<SourceFile, Settings> settings,
            Analysis previous) {
        KnowledgeBase knowledgeBase = Linker.link(documents);
        List<Finding> raw = new ArrayList<>();
        for (Document document : knowledgeBase.documents()) {
            raw.addAll(document.findings());
        }
        raw.addAll(knowledgeBase.findings());
        List<Project> all = knowledgeBase.projects();
        Analysis.ProjectResult[] results = new Analysis.ProjectResult[all.size()];
        // Projects are independent: check them in parallel when there are many.
        Parallel.indexes(all.size()).forEach(i -> {
            Project project = all.get(i);
            Settings projectSettings = settings.apply(project.declaration().file());
            Analysis.ProjectResult result = reuse(previous, project, projectSettings);
            results[i] = result != null ? result : check(project, projectSettings);
        });
        Map<String, Analysis.ProjectResult> projects = new HashMap<>();
        for (int i = 0; i < results.length; i++) {
            projects.put(all.get(i).id(), results[i]);
            raw.addAll(results[i].raw());
        }
        Finding[] reported = configure(knowledgeBase, raw, settings).toArray(new Finding[0]);
        Arrays.parallelSort(reported, ORDER);
        return new Analysis(knowledgeBase, List.of(reported), Map.copyOf(projects));
    }

    private static Analysis.ProjectResult reuse(Analysis previous, Project project, Settings settings) {
        if (previous == null) {
            return null;
        }
        Analysis.ProjectResult old = previous.result(project);
        if (old == null || !old.settings().equals(settings) || old.blocks().size() != project.blocks().size()) {
            return null;
        }
        for (int i = 0; i < old.blocks().size(); i++) {
            if (old.blocks().get(i) != project.blocks().get(i)) {
                return null;
            }
        }
        return old;
    }

    private static Analysis.ProjectResult check(Project project, Settings settings) {
        List<Finding> raw = List.copyOf(Rules.check(project, settings));
        return new Analysis.ProjectResult(List.copyOf(project.blocks()), settings, raw,
                () -> TrustCalculator.compute(new RuleContext(project, settings, new ArrayList<>()), raw));
    }

    /**
     * Drops suppressed findings, applies each file's rule levels, and reports suppressions that silence
     * nothing. Files are independent here: they are done in parallel when there are many.
     */
    private static List<Finding> configure(KnowledgeBase knowledgeBase, List<Finding> raw,
            Function<SourceFile, Settings> settings) {
        Map<SourceFile, List<Finding>> byFile = new LinkedHashMap<>();
        for (Document document : knowledgeBase.documents()) {
            byFile.put(document.file(), new ArrayList<>());
        }
        for (Finding finding : raw) {
            byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>()).add(finding);
        }
        Map<SourceFile, Document> documents = new HashMap<>();
        for (Document document : knowledgeBase.documents()) {
            documents.put(document.file(), document);
        }
        List<Map.Entry<SourceFile, List<Finding>>> files = new ArrayList<>(byFile.entrySet());
        List<List<Finding>> configured = Parallel.indexes(files.size())
                .mapToObj(i -> configure(files.get(i).getKey(), documents.get(files.get(i).getKey()),
                        files.get(i).getValue(), settings))
                .toList();
        List<Finding> reported = new ArrayList<>(raw.size());
        for (List<Finding> file : configured) {
            reported.addAll(file);
        }
        return reported;
    }

    /** {@link #configure(KnowledgeBase, List, Function)} for one file and its document, if it has one. */
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
