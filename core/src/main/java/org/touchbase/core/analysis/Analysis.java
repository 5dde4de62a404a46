package org.touchbase.core.analysis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Block;
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

    Analysis(KnowledgeBase knowledgeBase, List<Finding> findings, Map<String, ProjectResult> projects) {
        this.knowledgeBase = knowledgeBase;
        this.findings = findings;
        this.projects = projects;
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

    public List<Finding> findingsIn(SourceFile file) {
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.file().equals(file)) {
                result.add(finding);
            }
        }
        return result;
    }

    /** The reported findings that are about a project: in its blocks, or raised by its rules. */
    public List<Finding> findingsOf(Project project) {
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            for (Block block : project.blocks()) {
                if (block.file().equals(finding.file()) && block.span().start() <= finding.span().start()
                        && finding.span().end() <= block.span().end()) {
                    result.add(finding);
                    break;
                }
            }
        }
        return result;
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
     * The trust of a project as it stood at another moment: the rules run
     * again on the already linked project with that "now", nothing else.
     */
    public TrustSnapshot trustAt(Project project, LocalDateTime when) {
        ProjectResult result = projects.get(project.id());
        if (result == null) {
            return new TrustSnapshot(Trust.UNKNOWN, Map.of());
        }
        Settings settings = result.settings();
        List<Finding> found = new ArrayList<>();
        Rules.check(new RuleContext(project, when,
                settings.respondWithin(), settings.cadence(), found));
        TrustCalculator.ProjectTrust trust = TrustCalculator.compute(project, found, when, settings.respondWithin());
        return new TrustSnapshot(trust.project(), trust.people());
    }

    /** The settings the project was checked with ("now" among them). */
    public Settings settings(Project project) {
        ProjectResult result = projects.get(project.id());
        return result == null ? null : result.settings();
    }
}
