package org.touchbase.core.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Name;
import org.touchbase.core.text.SourceFile;

/**
 * Every declaration and every use of a name in the workspace, as the linker
 * found them, by namespace (docs/reference.md, Names): project ids are
 * workspace-wide, the other names belong to their project and are shared
 * with its logs in any file. Names in blocks the linker could not attach to
 * a project (a second {@code project} with a taken id, a {@code log} of an
 * unknown one) are kept under the block's name, so that the editor can still
 * highlight and rename them together. Definition, references, rename and
 * highlights are answered from here; the lookup tables are made on first use.
 */
public final class Names {

    /** A name in a namespace: {@code scope} is the project's id, empty for project ids. */
    public record Key(Reference.Kind kind, String scope, String name) {

        /** The same namespace with another name. */
        public Key renamed(String newName) {
            return new Key(kind, scope, newName);
        }
    }

    /**
     * One occurrence of a name: a declaration with the declared element, or a
     * use ({@code element} null).
     */
    public record Occurrence(SourceFile file, Name name, Key key, boolean declaration, Element element) {
    }

    private final List<Document> documents;
    private final List<Occurrence> recorded;
    private final Map<String, Project> projects;
    private volatile Tables tables;

    private record Tables(List<Occurrence> all, Map<Key, List<Occurrence>> byKey,
            Map<SourceFile, List<Occurrence>> byFile) {
    }

    Names(List<Document> documents, List<Occurrence> recorded, Map<String, Project> projects) {
        this.documents = documents;
        this.recorded = recorded;
        this.projects = projects;
    }

    /** Every occurrence, file by file in workspace order, in source order within a file. */
    public List<Occurrence> all() {
        return tables().all();
    }

    /** The occurrences in one file, in source order. */
    public List<Occurrence> in(SourceFile file) {
        return tables().byFile().getOrDefault(file, List.of());
    }

    /** Every occurrence of a name, declarations and uses, in workspace order. */
    public List<Occurrence> occurrences(Key key) {
        return tables().byKey().getOrDefault(key, List.of());
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
     * The declaration that counts: the one the linker links uses to (the
     * first, when a name is declared twice), or null for an undeclared name.
     */
    public Occurrence declaration(Key key) {
        Element element = counted(key);
        Occurrence first = null;
        for (Occurrence occurrence : occurrences(key)) {
            if (!occurrence.declaration()) {
                continue;
            }
            if (element != null && occurrence.element() == element) {
                return occurrence;
            }
            if (first == null) {
                first = occurrence;
            }
        }
        return first;
    }

    private Element counted(Key key) {
        Project project = projects.get(key.kind() == Reference.Kind.PROJECT ? key.name() : key.scope());
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

    private Tables tables() {
        Tables made = tables;
        if (made == null) {
            synchronized (this) {
                made = tables;
                if (made == null) {
                    made = index();
                    tables = made;
                }
            }
        }
        return made;
    }

    private Tables index() {
        Map<SourceFile, List<Occurrence>> byFile = new IdentityHashMap<>();
        for (Occurrence occurrence : recorded) {
            byFile.computeIfAbsent(occurrence.file(), f -> new ArrayList<>()).add(occurrence);
        }
        Comparator<Occurrence> bySource = Comparator.comparingInt(o -> o.name().span().start());
        List<Occurrence> all = new ArrayList<>(recorded.size());
        Map<SourceFile, List<Occurrence>> ordered = new LinkedHashMap<>();
        for (Document document : documents) {
            List<Occurrence> here = byFile.get(document.file());
            if (here != null) {
                here.sort(bySource);
                all.addAll(here);
                ordered.put(document.file(), Collections.unmodifiableList(here));
            }
        }
        Map<Key, List<Occurrence>> byKey = new HashMap<>();
        for (Occurrence occurrence : all) {
            byKey.computeIfAbsent(occurrence.key(), k -> new ArrayList<>()).add(occurrence);
        }
        return new Tables(Collections.unmodifiableList(all), byKey, new HashMap<>(ordered));
    }
}
