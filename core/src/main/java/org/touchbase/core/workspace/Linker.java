package org.touchbase.core.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.touchbase.core.Parallel;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Direction;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.text.FileIds;
import org.touchbase.core.text.SourceFile;

/**
 * Links the documents of a workspace into one knowledge base: merges each
 * project with its logs, declares names (the first declaration counts), and
 * resolves every reference. The declarations it makes and the references it
 * resolves (and the names of blocks it cannot link) make {@link Names},
 * which the editor's name features read.
 */
public final class Linker {

    private final List<Finding> findings = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Names.Occurrence> names = new ArrayList<>();
    /** The workspace's; none in a linker of one project, which leaves its unknown names to the workspace's. */
    private final DidYouMean didYouMean;
    /** A linker of one project: the unknown names it met, in order, each where a null stands in its findings. */
    private final List<Unknown> unknowns = new ArrayList<>();
    /** As a piece: how its unknown names were last worded, in order, for the next link that takes it. */
    private Worded[] worded;

    private Linker(DidYouMean didYouMean) {
        this.didYouMean = didYouMean;
    }

    private record Unknown(SourceFile file, Name name, Reference.Kind kind, Project project,
            Collection<String> candidates) {
    }

    /** Links documents; they are taken in order of their file ids, so the result does not depend on the caller's order. */
    public static KnowledgeBase link(List<Document> documents) {
        List<Document> ordered = new ArrayList<>(documents);
        FileIds.sort(ordered, document -> document.file().id());
        return new Linker(new DidYouMean()).run(List.copyOf(ordered), null, false);
    }

    /**
     * Links documents, taking from {@code previous} (a link of the same workspace before an edit) every
     * project whose blocks are the same blocks: its names were declared and resolved then, and nothing
     * outside its blocks changes them. The result is what linking everything again gives. The projects
     * keep what linking them found, for the next link.
     */
    public static KnowledgeBase link(List<Document> documents, KnowledgeBase previous) {
        List<Document> ordered = new ArrayList<>(documents);
        FileIds.sort(ordered, document -> document.file().id());
        return new Linker(new DidYouMean()).run(List.copyOf(ordered), previous, true);
    }

    private KnowledgeBase run(List<Document> documents, KnowledgeBase previous, boolean keep) {
        Map<String, List<Block>> blocks = new LinkedHashMap<>();
        for (Document document : documents) {
            for (Block block : document.blocks()) {
                if (block.isProject()) {
                    blocks.putIfAbsent(block.name().text(), new ArrayList<>(List.of(block)));
                }
            }
        }
        for (Document document : documents) {
            for (Block block : document.blocks()) {
                List<Block> projectBlocks = blocks.get(block.name().text());
                if (!block.isProject() && projectBlocks != null) {
                    projectBlocks.add(block);
                }
            }
        }
        Map<String, Project> projects = new LinkedHashMap<>();
        Set<Project> linked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, List<Block>> project : blocks.entrySet()) {
            Project before = previous == null ? null : previous.project(project.getKey());
            if (before != null && before.linked() && sameBlocks(before.blocks(), project.getValue())) {
                projects.put(project.getKey(), before);
                linked.add(before);
            } else {
                projects.put(project.getKey(), new Project(project.getValue().get(0), project.getValue(), before));
            }
        }
        Map<Block, Project> byBlock = new IdentityHashMap<>();
        for (Document document : documents) {
            for (Block block : document.blocks()) {
                Project project = projects.get(block.name().text());
                if (block.isProject()) {
                    occurrence(block.file(), block.name(), Reference.Kind.PROJECT, "", block);
                    if (project.declaration() == block) {
                        byBlock.put(block, project);
                    } else {
                        duplicate(block.file(), block.name(), project.declaration().file(),
                                project.declaration().name());
                        unlinked(block);
                    }
                    continue;
                }
                references.add(new Reference(block.file(), block.name(), Reference.Kind.PROJECT, project,
                        project == null ? null : project.declaration()));
                if (project == null) {
                    unknown(block.file(), block.name(), Reference.Kind.PROJECT, null, projects.keySet());
                    unlinked(block);
                } else {
                    byBlock.put(block, project);
                }
            }
        }
        List<Project> projectList = List.copyOf(projects.values());
        List<Part> declaring = declaring(projectList, linked);
        Linker[] declared = inParts(declaring);
        List<Part> resolving = resolving(projectList, linked);
        Linker[] resolved = inParts(resolving);
        for (Part part : resolving) {
            if (part.links() != null) {
                part.links().addTo(part.project());
            }
        }
        absorb(declaring, declared, true, keep);
        absorb(resolving, resolved, false, keep);
        return new KnowledgeBase(documents, projectList, Map.copyOf(projects),
                Collections.unmodifiableMap(byBlock),
                List.copyOf(references), List.copyOf(findings), new Names(documents, names, references, projects));
    }

    private static boolean sameBlocks(List<Block> before, List<Block> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A piece of linking: a step on a project, or on a range of a large project's touches. Each piece
     * has a linker of its own; what a piece of a large project links goes to {@code links} of its own,
     * added to the project's afterwards, piece by piece in order.
     */
    private record Part(Project project, Consumer<Linker> step, Links links) {
    }

    /**
     * What resolving links: replies, replacements, confirmations and reminders, by identity (the model's
     * records compare by value, and these are about particular declarations).
     */
    private record Links(Map<Touch, List<Touch>> replies, Map<Agreement, Agreement> replacedBy,
            Map<Agreement, List<Touch>> confirmations, Map<Element, List<Touch>> reminders) {

        static Links of(Project project) {
            return new Links(project.replies, project.replacedBy, project.confirmations, project.reminders);
        }

        static Links fresh() {
            return new Links(new IdentityHashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>(),
                    new IdentityHashMap<>());
        }

        /**
         * Adds these links after the project's: lists are continued, the first replacement stays. A list
         * the project has not got yet is taken as it is; this piece's links are not used again.
         */
        void addTo(Project project) {
            replies.forEach((touch, list) -> project.replies.merge(touch, list, Links::continued));
            replacedBy.forEach(project.replacedBy::putIfAbsent);
            confirmations.forEach((agreement, list) -> project.confirmations.merge(agreement, list,
                    Links::continued));
            reminders.forEach((obligation, list) -> project.reminders.merge(obligation, list, Links::continued));
        }

        private static List<Touch> continued(List<Touch> first, List<Touch> more) {
            first.addAll(more);
            return first;
        }
    }

    /**
     * Declaring: a project in one piece, or a large one in two that run side by side, its touch ids and
     * everything else (the namespaces are apart).
     */
    private static List<Part> declaring(List<Project> projects, Set<Project> linked) {
        List<Part> parts = new ArrayList<>();
        for (Project project : projects) {
            if (linked.contains(project)) {
                parts.add(new Part(project, null, null));
            } else if (large(project)) {
                parts.add(new Part(project, linker -> linker.declareTouchIdsAndAgreements(project), null));
                parts.add(new Part(project, linker -> linker.declare(project, false), null));
            } else {
                parts.add(new Part(project, linker -> linker.declare(project, true), null));
            }
        }
        return parts;
    }

    /** Resolving: a project in one piece, or a large one in pieces of its touches, in order. */
    private static List<Part> resolving(List<Project> projects, Set<Project> linked) {
        List<Part> parts = new ArrayList<>();
        for (Project project : projects) {
            if (linked.contains(project)) {
                parts.add(new Part(project, null, null));
                continue;
            }
            int count = project.touches.size();
            int size = large(project) ? Parallel.LARGE_PROJECT : Math.max(count, 1);
            for (int from = 0; from < count || from == 0; from += size) {
                int start = from;
                int end = Math.min(count, from + size);
                Links links = from == 0 ? null : Links.fresh();
                parts.add(new Part(project, linker -> linker.resolve(project, start, end,
                        links == null ? Links.of(project) : links, end == count), links));
            }
        }
        return parts;
    }

    private static boolean large(Project project) {
        int touches = 0;
        for (Block block : project.blocks()) {
            touches += block.touches().size();
        }
        return touches >= 2 * Parallel.LARGE_PROJECT;
    }

    /**
     * Runs the pieces, each with a linker of its own, in parallel when there are many or they are large;
     * a piece without a step is a project linked before, and has no linker here.
     */
    private static Linker[] inParts(List<Part> parts) {
        Linker[] linkers = new Linker[parts.size()];
        boolean large = parts.stream().anyMatch(part -> part.step() != null && large(part.project()));
        Parallel.indexes(parts.size(), large).forEach(i -> {
            if (parts.get(i).step() != null) {
                linkers[i] = new Linker(null);
                parts.get(i).step().accept(linkers[i]);
            }
        });
        return linkers;
    }

    /**
     * Takes the pieces' results in project order (a project linked before gives what it kept), and words
     * their unknown names here, within one budget for all: the same as one linker's going through the
     * projects in turn. With {@code keep}, each project keeps its pieces for the next link.
     */
    private void absorb(List<Part> parts, Linker[] linkers, boolean declaring, boolean keep) {
        int start = 0;
        while (start < parts.size()) {
            Project project = parts.get(start).project();
            int end = start;
            while (end < parts.size() && parts.get(end).project() == project) {
                end++;
            }
            Linker[] pieces;
            if (parts.get(start).step() == null) {
                pieces = declaring ? project.declared : project.resolved;
            } else {
                pieces = Arrays.copyOfRange(linkers, start, end);
                if (keep && declaring) {
                    project.declared = pieces;
                } else if (keep) {
                    project.resolved = pieces;
                }
            }
            for (Linker piece : pieces) {
                absorb(piece);
            }
            start = end;
        }
    }

    /** Takes a piece's results, and words its unknown names here. */
    private void absorb(Linker piece) {
        references.addAll(piece.references);
        names.addAll(piece.names);
        int unknown = 0;
        for (Finding finding : piece.findings) {
            findings.add(finding != null ? finding : worded(piece, unknown++));
        }
    }

    /**
     * The finding of a piece's unknown name, worded within this link's budget: the very finding the
     * last link that took the piece made, when the suggestion is the same, so that the findings of a
     * project an edit did not touch stay the same objects.
     */
    private Finding worded(Linker piece, int index) {
        Unknown unknown = piece.unknowns.get(index);
        Project project = unknown.project();
        // a piece, and its project, taken from an earlier link are shared with every link that takes them
        synchronized (project != null ? project.suggestions : piece) {
            if (piece.worded == null) {
                piece.worded = new Worded[piece.unknowns.size()];
            }
            String suggestion = didYouMean.suggest(unknown.name().text(), unknown.candidates(),
                    project != null ? project.suggestions : null);
            Worded before = piece.worded[index];
            if (before != null && Objects.equals(before.suggestion(), suggestion)) {
                return before.finding();
            }
            Finding finding = unknownReference(unknown.file(), unknown.name(), unknown.kind(), project, suggestion);
            piece.worded[index] = new Worded(suggestion, finding);
            return finding;
        }
    }

    private record Worded(String suggestion, Finding finding) {
    }

    /**
     * The touch ids and agreements of a large project, declared apart from its other names (their
     * namespaces are apart): about as many as the rest, so that the two halves take as long.
     */
    private void declareTouchIdsAndAgreements(Project project) {
        String scope = project.id();
        for (Block block : project.blocks()) {
            List<Touch> touches = block.touches();
            for (int t = 0; t < touches.size(); t++) {
                declare(project.touchesById, Reference.Kind.TOUCH, scope, touches.get(t).id(), touches.get(t));
                declareAgreements(project, scope, touches.get(t));
            }
        }
    }

    private void declareAgreements(Project project, String scope, Touch touch) {
        List<Agreement> agreements = touch.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            Agreement agreement = agreements.get(i);
            declare(project.agreementsById, Reference.Kind.AGREEMENT, scope, agreement.id(), agreement);
            project.agreementTouches.put(agreement, touch);
        }
    }

    /**
     * Declares a project's names; with {@code whole} false, all but its touch ids and agreements, which
     * {@link #declareTouchIdsAndAgreements} declares.
     */
    private void declare(Project project, boolean whole) {
        String scope = project.id();
        for (Block block : project.blocks()) {
            project.goals.addAll(block.goals());
            for (Goal goal : block.goals()) {
                declare(project.goalsById, Reference.Kind.GOAL, scope, goal.id(), goal);
            }
            declarePeopleAndMembers(project, block, scope);
            project.sources.addAll(block.sources());
            for (Step step : block.steps()) {
                if (declare(project.stepsById, Reference.Kind.STEP, scope, step.id(), step)) {
                    project.steps.add(step);
                }
            }
            project.scenarios.addAll(block.scenarios());
            List<Touch> touches = block.touches();
            project.touches.addAll(touches);
            // indexed loops: an iterator for each list of 20,000 touches was a good part of linking
            for (int t = 0; t < touches.size(); t++) {
                Touch touch = touches.get(t);
                if (whole) {
                    declare(project.touchesById, Reference.Kind.TOUCH, scope, touch.id(), touch);
                    declareAgreements(project, scope, touch);
                }
                List<Summary> summaries = touch.summaries();
                for (int i = 0; i < summaries.size(); i++) {
                    List<Summary.Action> actions = summaries.get(i).actions();
                    for (int a = 0; a < actions.size(); a++) {
                        Summary.Action action = actions.get(a);
                        project.actions.add(action);
                        project.actionTouches.put(action, touch);
                        declare(project.obligationsById, Reference.Kind.EXPECTATION, scope, action.id(), action);
                    }
                }
            }
            for (Expectation expectation : block.expectations()) {
                if (declare(project.obligationsById, Reference.Kind.EXPECTATION, scope, expectation.id(),
                        expectation)) {
                    project.expectations.add(expectation);
                } else {
                    occurrence(expectation.file(), expectation.from(), Reference.Kind.PERSON, scope, null);
                }
            }
        }
    }

    /** People and members share a namespace: declared in source order, an id is one or the other. */
    private void declarePeopleAndMembers(Project project, Block block, String scope) {
        int p = 0;
        int m = 0;
        List<Person> people = block.people();
        List<Member> members = block.members();
        while (p < people.size() || m < members.size()) {
            boolean person = m >= members.size()
                    || (p < people.size() && people.get(p).span().start() < members.get(m).span().start());
            if (person) {
                Person next = people.get(p++);
                Member taken = project.membersById.get(next.id().text());
                if (taken != null) {
                    occurrence(next.file(), next.id(), Reference.Kind.PERSON, scope, next);
                    duplicate(next.file(), next.id(), taken.file(), taken.id());
                }
                if (taken == null && declare(project.peopleById, Reference.Kind.PERSON, scope, next.id(), next)) {
                    project.people.add(next);
                    for (Goal goal : next.goals()) {
                        declare(project.goalsById, Reference.Kind.GOAL, scope, goal.id(), goal);
                    }
                } else {
                    for (Goal goal : next.goals()) {
                        occurrence(goal.file(), goal.id(), Reference.Kind.GOAL, scope, goal);
                    }
                }
            } else {
                Member next = members.get(m++);
                Person taken = project.peopleById.get(next.id().text());
                if (taken != null) {
                    occurrence(next.file(), next.id(), Reference.Kind.PERSON, scope, next);
                    duplicate(next.file(), next.id(), taken.file(), taken.id());
                } else if (declare(project.membersById, Reference.Kind.PERSON, scope, next.id(), next)) {
                    project.members.add(next);
                }
            }
        }
    }

    /**
     * The names of a block that belongs to no project (a second project with
     * a taken id, a log of an unknown project): recorded under the block's
     * name, neither declared nor resolved.
     */
    private void unlinked(Block block) {
        String scope = block.name().text();
        for (Goal goal : block.goals()) {
            occurrence(block.file(), goal.id(), Reference.Kind.GOAL, scope, goal);
        }
        for (Person person : block.people()) {
            occurrence(block.file(), person.id(), Reference.Kind.PERSON, scope, person);
            for (Goal goal : person.goals()) {
                occurrence(block.file(), goal.id(), Reference.Kind.GOAL, scope, goal);
            }
        }
        for (Member member : block.members()) {
            occurrence(block.file(), member.id(), Reference.Kind.PERSON, scope, member);
        }
        for (Step step : block.steps()) {
            occurrence(block.file(), step.id(), Reference.Kind.STEP, scope, step);
        }
        for (Touch touch : block.touches()) {
            occurrence(block.file(), touch.id(), Reference.Kind.TOUCH, scope, touch);
            for (Name person : touch.people()) {
                occurrence(block.file(), person, Reference.Kind.PERSON, scope, null);
            }
            occurrence(block.file(), touch.replyTo(), Reference.Kind.TOUCH, scope, null);
            for (Agreement agreement : touch.agreements()) {
                occurrence(block.file(), agreement.id(), Reference.Kind.AGREEMENT, scope, agreement);
                occurrence(block.file(), agreement.replaces(), Reference.Kind.AGREEMENT, scope, null);
            }
            for (Name agreement : touch.confirms()) {
                occurrence(block.file(), agreement, Reference.Kind.AGREEMENT, scope, null);
            }
            for (Name expectation : touch.reminds()) {
                occurrence(block.file(), expectation, Reference.Kind.EXPECTATION, scope, null);
            }
            for (Summary summary : touch.summaries()) {
                for (Summary.Action action : summary.actions()) {
                    occurrence(block.file(), action.id(), Reference.Kind.EXPECTATION, scope, action);
                    occurrence(block.file(), action.owner(), Reference.Kind.PERSON, scope, null);
                }
            }
        }
        for (Expectation expectation : block.expectations()) {
            occurrence(block.file(), expectation.id(), Reference.Kind.EXPECTATION, scope, expectation);
            occurrence(block.file(), expectation.from(), Reference.Kind.PERSON, scope, null);
        }
    }

    /** Records a declaration ({@code declared} not null) or a use of a name, when there is one. */
    private void occurrence(SourceFile file, Name name, Reference.Kind kind, String scope, Element declared) {
        if (name != null) {
            names.add(new Names.Occurrence(file, name, kind, scope, declared != null, declared));
        }
    }

    /** Declares a name; a second declaration is a {@code duplicate-id} and does not count. */
    private <T extends Element> boolean declare(Map<String, T> namespace, Reference.Kind kind, String scope, Name id,
            T element) {
        if (id == null) {
            return true;
        }
        occurrence(element.file(), id, kind, scope, element);
        T first = namespace.putIfAbsent(id.text(), element);
        if (first == null) {
            return true;
        }
        duplicate(element.file(), id, first.file(), nameOf(first));
        return false;
    }

    private static Name nameOf(Element element) {
        if (element instanceof Person person) {
            return person.id();
        } else if (element instanceof Member member) {
            return member.id();
        } else if (element instanceof Touch touch) {
            return touch.id();
        } else if (element instanceof Agreement agreement) {
            return agreement.id();
        } else if (element instanceof Expectation expectation) {
            return expectation.id();
        } else if (element instanceof Summary.Action action) {
            return action.id();
        } else if (element instanceof Step step) {
            return step.id();
        } else if (element instanceof Goal goal) {
            return goal.id();
        } else if (element instanceof Block block) {
            return block.name();
        }
        return null;
    }

    /**
     * Resolves the references of the touches {@code [from, to)} of a project into {@code links}, and
     * those of its expectations with the last touches.
     */
    private void resolve(Project project, int from, int to, Links links, boolean last) {
        List<Touch> touches = project.touches;
        for (int t = from; t < to; t++) {
            Touch touch = touches.get(t);
            List<Name> people = touch.people();
            for (int i = 0; i < people.size(); i++) {
                clientPerson(project, touch.file(), people.get(i), touch);
            }
            if (touch.replyTo() != null) {
                Touch target = resolve(project, touch.file(), touch.replyTo(), Reference.Kind.TOUCH,
                        project.touchesById);
                if (target != null) {
                    Message misuse = replyMisuse(touch, target);
                    if (misuse != null) {
                        findings.add(new Finding(RuleIds.INVALID_USE, Severity.ERROR, touch.file(),
                                touch.replyTo().span(), misuse, touch));
                    } else {
                        links.replies().computeIfAbsent(target, k -> new ArrayList<>()).add(touch);
                    }
                }
            }
            List<Agreement> agreements = touch.agreements();
            for (int i = 0; i < agreements.size(); i++) {
                Agreement agreement = agreements.get(i);
                if (agreement.replaces() != null) {
                    Agreement old = resolve(project, touch.file(), agreement.replaces(), Reference.Kind.AGREEMENT,
                            project.agreementsById);
                    if (old == agreement) {
                        findings.add(new Finding(RuleIds.INVALID_USE, Severity.ERROR, touch.file(),
                                agreement.replaces().span(),
                                Message.of("invalidUse.replacesItself", agreement.replaces().text()), agreement));
                    } else if (old != null) {
                        links.replacedBy().putIfAbsent(old, agreement);
                    }
                }
            }
            List<Name> confirms = touch.confirms();
            for (int i = 0; i < confirms.size(); i++) {
                Agreement agreement = resolve(project, touch.file(), confirms.get(i), Reference.Kind.AGREEMENT,
                        project.agreementsById);
                if (agreement != null) {
                    links.confirmations().computeIfAbsent(agreement, a -> new ArrayList<>()).add(touch);
                }
            }
            List<Name> reminds = touch.reminds();
            for (int i = 0; i < reminds.size(); i++) {
                Element obligation = resolve(project, touch.file(), reminds.get(i), Reference.Kind.EXPECTATION,
                        project.obligationsById);
                if (obligation != null) {
                    links.reminders().computeIfAbsent(obligation, e -> new ArrayList<>()).add(touch);
                }
            }
            List<Summary> summaries = touch.summaries();
            for (int i = 0; i < summaries.size(); i++) {
                List<Summary.Action> actions = summaries.get(i).actions();
                for (int a = 0; a < actions.size(); a++) {
                    Name owner = actions.get(a).owner();
                    if (owner != null) {
                        personOrMember(project, touch.file(), owner);
                    }
                }
            }
        }
        if (!last) {
            return;
        }
        for (Expectation expectation : project.expectations()) {
            if (expectation.from() != null) {
                clientPerson(project, expectation.file(), expectation.from(), expectation);
            }
        }
    }

    /**
     * Why {@code re} may not point from {@code reply} at {@code target}, or null:
     * the target must be an incoming touch or a question we sent (then the
     * reply is the client's answer, so not one we started), and a reply cannot
     * be dated before what it answers. When either has no time of day, the
     * days are compared.
     */
    private static Message replyMisuse(Touch reply, Touch target) {
        String id = target.id().text();
        boolean ourQuestion = target.kind() == TouchKind.QUESTION && target.direction() != null
                && target.direction().isStartedByUs();
        if (!target.isIncoming() && !ourQuestion) {
            return Message.of("invalidUse.reNotIncoming", id);
        }
        if (ourQuestion && reply.direction() == Direction.TO) {
            return Message.of("invalidUse.reQuestionFromUs", id);
        }
        if (reply.at() != null && target.at() != null) {
            boolean before = reply.when().hasTime() && target.when().hasTime() ? reply.at().isBefore(target.at())
                    : reply.at().toLocalDate().isBefore(target.at().toLocalDate());
            if (before) {
                return Message.of("invalidUse.reBefore", id, Days.on(target.when().date(), null));
            }
        }
        return null;
    }

    /** A name that must be a person of the client: a member there is {@code invalid-use}. */
    private void clientPerson(Project project, SourceFile file, Name name, Element user) {
        Member member = project.membersById.get(name.text());
        if (member != null) {
            references.add(new Reference(file, name, Reference.Kind.PERSON, project, member));
            occurrence(file, name, Reference.Kind.PERSON, project.id(), null);
            findings.add(new Finding(RuleIds.INVALID_USE, Severity.ERROR, file, name.span(),
                    Message.of("invalidUse.memberAsClient", name.text()), user));
            return;
        }
        resolve(project, file, name, Reference.Kind.PERSON, project.peopleById);
    }

    /** A person of the client or a member of our team (an action's owner). */
    private void personOrMember(Project project, SourceFile file, Name name) {
        Member member = project.membersById.get(name.text());
        if (member != null) {
            references.add(new Reference(file, name, Reference.Kind.PERSON, project, member));
            return;
        }
        resolve(project, file, name, Reference.Kind.PERSON, project.peopleById);
    }

    private <T extends Element> T resolve(Project project, SourceFile file, Name name, Reference.Kind kind,
            Map<String, T> namespace) {
        T target = namespace.get(name.text());
        references.add(new Reference(file, name, kind, project, target));
        if (target == null) {
            unknown(file, name, kind, project, namespace.keySet());
        }
        return target;
    }

    private void unknown(SourceFile file, Name name, Reference.Kind kind, Project project,
            Collection<String> candidates) {
        if (didYouMean == null) {
            findings.add(null);
            unknowns.add(new Unknown(file, name, kind, project, candidates));
            return;
        }
        findings.add(unknownReference(file, name, kind, project, didYouMean.suggest(name.text(), candidates)));
    }

    private static Finding unknownReference(SourceFile file, Name name, Reference.Kind kind, Project project,
            String suggestion) {
        String key = "unknownReference." + kind.name().toLowerCase(Locale.ROOT);
        Message what = project == null ? Message.of(key, name.text()) : Message.of(key, name.text(), project.id());
        Message message = suggestion == null ? what : Message.of("unknownReference.didYouMean", what, suggestion);
        return new Finding(RuleIds.UNKNOWN_REFERENCE, Severity.ERROR, file, name.span(), message, null);
    }

    private void duplicate(SourceFile file, Name second, SourceFile firstFile, Name first) {
        String where = fileName(firstFile) + ":" + (firstFile.lineOf(first.span().start()) + 1);
        findings.add(new Finding(RuleIds.DUPLICATE_ID, Severity.ERROR, file, second.span(),
                Message.of("duplicateId", second.text(), where), null));
    }

    private static String fileName(SourceFile file) {
        return FileIds.name(file.id());
    }
}
