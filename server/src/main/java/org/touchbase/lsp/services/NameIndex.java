package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Project;

/**
 * Every declaration and every use of a name in the workspace, by namespace
 * (docs/reference.md, Names): project ids are workspace-wide, the other names
 * belong to their project and are shared with its logs in any file. Uses of
 * names that are declared nowhere are indexed too, so that they can be
 * highlighted and renamed together.
 */
public final class NameIndex {

    /** The namespaces of the language. */
    public enum Kind { PROJECT, PERSON, TOUCH, AGREEMENT, EXPECTATION, STEP, GOAL }

    /** A name in a namespace: {@code project} is empty for project ids. */
    public record Key(Kind kind, String project, String name) {

        /** The same namespace with another name. */
        public Key renamed(String newName) {
            return new Key(kind, project, newName);
        }
    }

    /** One occurrence of a name: a declaration (with the declared element) or a use. */
    public record Occurrence(SourceFile file, Name name, Key key, boolean declaration, Element element) {
    }

    private static final Map<Analysis, NameIndex> CACHE = new WeakHashMap<>();

    private final KnowledgeBase knowledgeBase;
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<Key, List<Occurrence>> byKey = new LinkedHashMap<>();
    private final Map<SourceFile, List<Occurrence>> byFile = new LinkedHashMap<>();

    private NameIndex(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        for (Document document : knowledgeBase.documents()) {
            for (Block block : document.blocks()) {
                index(block);
            }
        }
    }

    /** The index of an analysis, made once per analysis. */
    public static NameIndex of(Analysis analysis) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(analysis, a -> new NameIndex(a.knowledgeBase()));
        }
    }

    public List<Occurrence> all() {
        return Collections.unmodifiableList(occurrences);
    }

    /** The occurrences in one file, in source order. */
    public List<Occurrence> in(SourceFile file) {
        return byFile.getOrDefault(file, List.of());
    }

    /** Every occurrence of a name, declarations and uses, in workspace order. */
    public List<Occurrence> occurrences(Key key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The name at an offset of a file (its end counts as on it), or null. */
    public Occurrence at(SourceFile file, int offset) {
        Occurrence touching = null;
        for (Occurrence occurrence : in(file)) {
            int start = occurrence.name().span().start();
            int end = occurrence.name().span().end();
            if (start <= offset && offset < end) {
                return occurrence;
            }
            if (offset == end && touching == null) {
                touching = occurrence;
            }
        }
        return touching;
    }

    /** Whether a namespace already declares a name. */
    public boolean declares(Key key) {
        for (Occurrence occurrence : occurrences(key)) {
            if (occurrence.declaration()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The declaration that counts: the one the workspace links uses to (the
     * first, when a name is declared twice), or null for an undeclared name.
     */
    public Occurrence declaration(Key key) {
        Element counted = counted(key);
        Occurrence first = null;
        for (Occurrence occurrence : occurrences(key)) {
            if (!occurrence.declaration()) {
                continue;
            }
            if (counted != null && occurrence.element() == counted) {
                return occurrence;
            }
            if (first == null) {
                first = occurrence;
            }
        }
        return first;
    }

    private Element counted(Key key) {
        Project project = knowledgeBase.project(key.kind() == Kind.PROJECT ? key.name() : key.project());
        if (project == null) {
            return null;
        }
        return switch (key.kind()) {
            case PROJECT -> project.declaration();
            case PERSON -> project.person(key.name());
            case TOUCH -> project.touch(key.name());
            case AGREEMENT -> project.agreement(key.name());
            case EXPECTATION -> project.expectation(key.name());
            case STEP -> project.step(key.name());
            case GOAL -> project.goal(key.name());
        };
    }

    // ---- indexing, in source order within each block

    private void index(Block block) {
        String scope = block.name().text();
        add(block.file(), block.name(), Kind.PROJECT, "", block.isProject() ? block : null);
        List<Occurrence> inner = new ArrayList<>();
        for (Goal goal : block.goals()) {
            declare(inner, block, goal.id(), Kind.GOAL, scope, goal);
        }
        for (Person person : block.people()) {
            declare(inner, block, person.id(), Kind.PERSON, scope, person);
            for (Goal goal : person.goals()) {
                declare(inner, block, goal.id(), Kind.GOAL, scope, goal);
            }
        }
        for (Step step : block.steps()) {
            declare(inner, block, step.id(), Kind.STEP, scope, step);
        }
        for (Touch touch : block.touches()) {
            declare(inner, block, touch.id(), Kind.TOUCH, scope, touch);
            for (Name person : touch.people()) {
                use(inner, block, person, Kind.PERSON, scope);
            }
            use(inner, block, touch.replyTo(), Kind.TOUCH, scope);
            for (Agreement agreement : touch.agreements()) {
                declare(inner, block, agreement.id(), Kind.AGREEMENT, scope, agreement);
            }
            for (Name agreement : touch.confirms()) {
                use(inner, block, agreement, Kind.AGREEMENT, scope);
            }
            for (Name expectation : touch.reminds()) {
                use(inner, block, expectation, Kind.EXPECTATION, scope);
            }
            for (Summary summary : touch.summaries()) {
                for (Summary.Action action : summary.actions()) {
                    use(inner, block, action.owner(), Kind.PERSON, scope);
                }
            }
        }
        for (Expectation expectation : block.expectations()) {
            declare(inner, block, expectation.id(), Kind.EXPECTATION, scope, expectation);
            use(inner, block, expectation.from(), Kind.PERSON, scope);
        }
        inner.sort((a, b) -> Integer.compare(a.name().span().start(), b.name().span().start()));
        for (Occurrence occurrence : inner) {
            add(occurrence);
        }
    }

    private static void declare(List<Occurrence> into, Block block, Name name, Kind kind, String scope,
            Element element) {
        if (name != null) {
            into.add(new Occurrence(block.file(), name, new Key(kind, scope, name.text()), true, element));
        }
    }

    private static void use(List<Occurrence> into, Block block, Name name, Kind kind, String scope) {
        if (name != null) {
            into.add(new Occurrence(block.file(), name, new Key(kind, scope, name.text()), false, null));
        }
    }

    private void add(SourceFile file, Name name, Kind kind, String scope, Element element) {
        add(new Occurrence(file, name, new Key(kind, scope, name.text()), element != null, element));
    }

    private void add(Occurrence occurrence) {
        occurrences.add(occurrence);
        byKey.computeIfAbsent(occurrence.key(), k -> new ArrayList<>()).add(occurrence);
        byFile.computeIfAbsent(occurrence.file(), f -> new ArrayList<>()).add(occurrence);
    }
}
