package org.touchbase.core.analysis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Project;

/**
 * The result of analysing a workspace: the linked knowledge base, every
 * finding as it is reported (configured and suppressed, sorted by file and
 * position), and the trust index of each project and person.
 */
public final class Analysis {

    private final KnowledgeBase knowledgeBase;
    private final List<Finding> findings;
    private final Map<String, ProjectResult> projects;

    /**
     * What the rules found in one project before configuration and
     * suppression, and its trust — computed when first asked for: the
     * diagnostics after an edit do not wait for it.
     */
    public static final class ProjectResult {
        private final List<Block> blocks;
        private final Settings settings;
        private final List<Finding> raw;
        private final Supplier<TrustCalculator.ProjectTrust> computeTrust;
        private volatile TrustCalculator.ProjectTrust trust;
        private volatile Map<SourceFile, List<Finding>> rawByFile;

        ProjectResult(List<Block> blocks, Settings settings, List<Finding> raw,
                Supplier<TrustCalculator.ProjectTrust> computeTrust) {
            this.blocks = blocks;
            this.settings = settings;
            this.raw = raw;
            this.computeTrust = computeTrust;
        }

        public List<Block> blocks() {
            return blocks;
        }

        public Settings settings() {
            return settings;
        }

        public List<Finding> raw() {
            return raw;
        }

        /** {@link #raw()} by file, in order; made once. */
        Map<SourceFile, List<Finding>> rawByFile() {
            Map<SourceFile, List<Finding>> grouped = rawByFile;
            if (grouped == null) {
                grouped = new LinkedHashMap<>();
                for (Finding finding : raw) {
                    grouped.computeIfAbsent(finding.file(), file -> new ArrayList<>()).add(finding);
                }
                rawByFile = grouped;
            }
            return grouped;
        }

        private TrustCalculator.ProjectTrust projectTrust() {
            TrustCalculator.ProjectTrust computed = trust;
            if (computed == null) {
                computed = computeTrust.get();
                trust = computed;
            }
            return computed;
        }

        public Trust trust() {
            return projectTrust().project();
        }

        public Map<String, Trust> people() {
            return projectTrust().people();
        }
    }

    private volatile Map<Object, List<Finding>> bySubject;
    private volatile Map<SourceFile, List<Finding>> byFile;
    /** Each file's place in {@link #byFile}'s order; set before it. */
    private volatile Map<SourceFile, Integer> fileOrder;

    /**
     * One file's findings before configuration, and as reported (configured, suppressed, in order), with
     * the document and settings they were configured with: kept so that the next analysis, after an
     * edit elsewhere, can take them as they are.
     */
    record FileFindings(Document document, Settings settings, List<Finding> raw, List<Finding> reported) {
    }

    private final Map<SourceFile, FileFindings> files;

    Analysis(KnowledgeBase knowledgeBase, List<Finding> findings, Map<String, ProjectResult> projects,
            Map<SourceFile, FileFindings> files) {
        this.knowledgeBase = knowledgeBase;
        this.findings = findings;
        this.projects = projects;
        this.files = files;
    }

    /** Each file's findings, when this analysis keeps them for the next one; else empty. */
    Map<SourceFile, FileFindings> files() {
        return files;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public List<Project> projects() {
        return knowledgeBase.projects();
    }

    /** Every reported finding, sorted by file, position and rule. */
    public List<Finding> findings() {
        return findings;
    }

    /** The reported findings about one element of the model (a touch, a person, a step …), in report order. */
    public List<Finding> findingsAbout(Object subject) {
        Map<Object, List<Finding>> index = bySubject;
        if (index == null) {
            index = new IdentityHashMap<>();
            for (Finding finding : findings) {
                if (finding.subject() != null) {
                    index.computeIfAbsent(finding.subject(), s -> new ArrayList<>(1)).add(finding);
                }
            }
            bySubject = index;
        }
        return index.getOrDefault(subject, List.of());
    }

    public List<Finding> findingsIn(SourceFile file) {
        return new ArrayList<>(byFile().getOrDefault(file, List.of()));
    }

    /** The reported findings that are about a project: in its blocks, or raised by its rules. */
    public List<Finding> findingsOf(Project project) {
        Map<SourceFile, List<Finding>> index = byFile();
        // The project's files in report order: those of its blocks, not every file of the workspace.
        List<SourceFile> files = new ArrayList<>();
        for (Block block : project.blocks()) {
            if (!files.contains(block.file()) && index.containsKey(block.file())) {
                files.add(block.file());
            }
        }
        Map<SourceFile, Integer> order = fileOrder;
        files.sort(Comparator.comparingInt(order::get));
        List<Finding> result = new ArrayList<>();
        for (SourceFile file : files) {
            for (Finding finding : index.get(file)) {
                for (Block block : project.blocks()) {
                    if (block.file() == finding.file() && block.span().start() <= finding.span().start()
                            && finding.span().end() <= block.span().end()) {
                        result.add(finding);
                        break;
                    }
                }
            }
        }
        return result;
    }

    /** The findings by file, the files in report order: a report asks for each project's, page by page. */
    private Map<SourceFile, List<Finding>> byFile() {
        Map<SourceFile, List<Finding>> index = byFile;
        if (index == null) {
            index = new LinkedHashMap<>();
            Map<SourceFile, Integer> order = new IdentityHashMap<>();
            if (files.isEmpty()) {
                for (Finding finding : findings) {
                    index.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
                    order.putIfAbsent(finding.file(), order.size());
                }
            } else {
                for (Map.Entry<SourceFile, FileFindings> file : files.entrySet()) {
                    if (!file.getValue().reported().isEmpty()) {
                        index.put(file.getKey(), file.getValue().reported());
                        order.put(file.getKey(), order.size());
                    }
                }
            }
            fileOrder = order;
            byFile = index;
        }
        return index;
    }

    /**
     * The reported findings of each file that has any, the files in report order; a file's list is the
     * same list from one analysis to the next while nothing changes its findings.
     */
    public Map<SourceFile, List<Finding>> findingsByFile() {
        return Collections.unmodifiableMap(byFile());
    }

    public ProjectResult result(Project project) {
        return projects.get(project.id());
    }

    public Trust trust(Project project) {
        ProjectResult result = projects.get(project.id());
        return result == null ? Trust.UNKNOWN : result.trust();
    }

    public Trust trust(Project project, Person person) {
        ProjectResult result = projects.get(project.id());
        return result == null ? Trust.UNKNOWN : result.people().getOrDefault(person.id().text(), Trust.UNKNOWN);
    }

    /** A project's trust and its people's (by person id) at some moment. */
    public record TrustSnapshot(Trust project, Map<String, Trust> people) {
        public Trust person(Person person) {
            return people.getOrDefault(person.id().text(), Trust.UNKNOWN);
        }
    }

    /**
     * The trust of a project as it stood at another moment: the rules whose
     * findings trust counts run again on the already linked project with that
     * "now", nothing else.
     */
    public TrustSnapshot trustAt(Project project, LocalDateTime when) {
        ProjectResult result = projects.get(project.id());
        if (result == null) {
            return new TrustSnapshot(Trust.UNKNOWN, Map.of());
        }
        Settings settings = result.settings().withNow(when);
        List<Finding> found = new ArrayList<>();
        Rules.check(new RuleContext(project, settings, found), TrustCalculator.WRONG);
        TrustCalculator.ProjectTrust trust = TrustCalculator.compute(new RuleContext(project, settings,
                new ArrayList<>()), found);
        return new TrustSnapshot(trust.project(), trust.people());
    }

    /** The settings the project was checked with ("now" among them). */
    public Settings settings(Project project) {
        ProjectResult result = projects.get(project.id());
        return result == null ? null : result.settings();
    }

    /** "Now" for a project: the moment its rules were checked at (the clock for a project not analysed). */
    public LocalDateTime now(Project project) {
        Settings settings = settings(project);
        return settings != null ? settings.now() : LocalDateTime.now();
    }

    /**
     * The project as its rules see it: "now", its terms and working days.
     * Editors and documents ask their questions (a reply deadline, the parts
     * of a person now) through it, so they agree with the findings.
     */
    public RuleContext context(Project project) {
        Settings settings = settings(project);
        return new RuleContext(project, settings != null ? settings : Settings.defaults(LocalDateTime.now()),
                new ArrayList<>());
    }
}
