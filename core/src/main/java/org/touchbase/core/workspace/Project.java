package org.touchbase.core.workspace;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Pause;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Scenario;
import org.touchbase.core.model.Source;
import org.touchbase.core.model.Status;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.time.Term;

/**
 * A project as the whole workspace knows it: its {@code project} block and
 * every {@code log} block that continues it, in any file, merged. When a
 * name is declared twice the first declaration counts.
 */
public final class Project {

    private final Block declaration;
    private final List<Block> blocks;
    final List<Person> people = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<Touch> touches;
    final List<Expectation> expectations = new ArrayList<>();
    final List<Summary.Action> actions;
    final Map<String, Person> peopleById = new LinkedHashMap<>();
    final List<Member> members = new ArrayList<>();
    final Map<String, Member> membersById = new HashMap<>();
    final Map<String, Touch> touchesById;
    final Map<String, Agreement> agreementsById;
    /* Expectations and actions share one namespace: `reminds` names either. */
    final Map<String, Element> obligationsById;
    final Map<String, Step> stepsById = new HashMap<>();
    final Map<String, Goal> goalsById = new HashMap<>();
    // Model records compare by value; these maps are about particular declarations, so by identity.
    final Map<Agreement, Touch> agreementTouches;
    final Map<Touch, List<Touch>> replies;
    final Map<Agreement, List<Touch>> confirmations;
    final Map<Element, List<Touch>> reminders;
    final Map<Summary.Action, Touch> actionTouches;
    final Map<Agreement, Agreement> replacedBy;
    /** What linking this project found, piece by piece, when kept for the next link of the workspace. */
    Linker[] declared;
    Linker[] resolved;
    /**
     * The suggestions worked out for this project's misspelt names, by the identity of the names they
     * were chosen from, for the next link that takes this project as it is.
     */
    final Map<Collection<String>, Map<String, DidYouMean.Answer>> suggestions = new IdentityHashMap<>();
    /** Each person's touches, by the id a touch names, in project order: made on first use, after linking. */
    private volatile Map<String, List<Touch>> touchesByPerson;

    /**
     * A project to be linked; its tables are made as large as {@code before}'s (the same project linked
     * before an edit, or null), so that linking a large project again does not grow them step by step.
     */
    Project(Block declaration, List<Block> blocks, Project before) {
        this.declaration = declaration;
        this.blocks = blocks;
        int count = 0;
        for (Block block : blocks) {
            count += block.touches().size();
        }
        touches = new ArrayList<>(count);
        touchesById = hashMap(count);
        actions = new ArrayList<>(before == null ? 10 : before.actions.size());
        agreementsById = hashMap(before == null ? 0 : before.agreementsById.size());
        obligationsById = hashMap(before == null ? 0 : before.obligationsById.size());
        agreementTouches = identityMap(before, project -> project.agreementTouches);
        replies = identityMap(before, project -> project.replies);
        confirmations = identityMap(before, project -> project.confirmations);
        reminders = identityMap(before, project -> project.reminders);
        actionTouches = identityMap(before, project -> project.actionTouches);
        replacedBy = identityMap(before, project -> project.replacedBy);
    }

    /** An identity map as large as the same map of {@code before}, or of the usual size when there is none. */
    private static <K, V> Map<K, V> identityMap(Project before, Function<Project, Map<?, ?>> map) {
        return before == null ? new IdentityHashMap<>() : new IdentityHashMap<>(map.apply(before).size());
    }

    /** A hash map that holds {@code expected} entries without growing. */
    private static <K, V> Map<K, V> hashMap(int expected) {
        return new HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    /** Whether the project kept what linking it found, so the next link can take it as it is. */
    boolean linked() {
        return declared != null && resolved != null;
    }

    public String id() {
        return declaration.name().text();
    }

    public Block declaration() {
        return declaration;
    }

    /** The project block first, then its logs in workspace order. */
    public List<Block> blocks() {
        return blocks;
    }

    public String title() {
        return declaration.title() != null ? declaration.title().value() : id();
    }

    public Text client() {
        return declaration.client();
    }

    public Text manager() {
        return declaration.manager();
    }

    public Status status() {
        return declaration.status() != null ? declaration.status() : Status.ACTIVE;
    }

    public boolean isActive() {
        return status() == Status.ACTIVE;
    }

    public Day starts() {
        return declaration.starts();
    }

    public Day launch() {
        return declaration.launch();
    }

    /** The project's own {@code respond within}, or {@code fallback}. */
    public Term respondWithin(Term fallback) {
        Length own = declaration.respondWithin();
        return own != null && own.term() != null ? own.term() : fallback;
    }

    /** The project's own {@code cadence}, or {@code fallback}. */
    public Term cadence(Term fallback) {
        Length own = declaration.cadence();
        return own != null && own.term() != null ? own.term() : fallback;
    }

    /** The project's own {@code remind every}, or {@code fallback}. */
    public Term remindEvery(Term fallback) {
        Length own = declaration.remindEvery();
        return own != null && own.term() != null ? own.term() : fallback;
    }

    /** The project's own {@code confirm within}, or {@code fallback}. */
    public Term confirmWithin(Term fallback) {
        Length own = declaration.confirmWithin();
        return own != null && own.term() != null ? own.term() : fallback;
    }

    public List<Person> people() {
        return Collections.unmodifiableList(people);
    }

    /** Project-level goals (people's goals are on the people). */
    public List<Goal> goals() {
        return Collections.unmodifiableList(goals);
    }

    public List<Source> sources() {
        return Collections.unmodifiableList(sources);
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<Scenario> scenarios() {
        return Collections.unmodifiableList(scenarios);
    }

    /** Every touch, in workspace order (the project's file first, then its logs). */
    public List<Touch> touches() {
        return Collections.unmodifiableList(touches);
    }

    public List<Expectation> expectations() {
        return Collections.unmodifiableList(expectations);
    }

    /** Every action of every summary, in workspace order. */
    public List<Summary.Action> actions() {
        return Collections.unmodifiableList(actions);
    }

    public Person person(String id) {
        return peopleById.get(id);
    }

    /** Our own team: the {@code member}s, in workspace order. */
    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }

    public Member member(String id) {
        return membersById.get(id);
    }

    /**
     * How every message names a person or a member of our team: the display
     * name, or the id when there is no name or nobody with that id; "?" for none.
     */
    public String nameOf(String id) {
        if (id == null) {
            return "?";
        }
        Person person = person(id);
        if (person != null) {
            return person.displayName();
        }
        Member member = member(id);
        return member != null ? member.displayName() : id;
    }

    /** The display names of these people, in order, joined by commas: {@code Anna Ivanova, Boris}. */
    public String namesOf(List<Name> ids) {
        StringBuilder out = new StringBuilder();
        for (Name id : ids) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(nameOf(id.text()));
        }
        return out.toString();
    }

    /** The pause's {@code until}, when the project is paused until a date. */
    public Pause pause() {
        return status() == Status.PAUSED ? declaration.pause() : null;
    }

    /** The launch dates before the current one, newest first, as written. */
    public List<Day> launchWas() {
        return declaration.launchWas();
    }

    /** The latest touch naming the person that has happened by {@code now}, or null. */
    public Touch lastTouchWith(String personId, LocalDateTime now) {
        Touch last = null;
        for (Touch touch : touchesNaming(personId)) {
            if (touch.happenedBy(now) && (last == null || touch.at().isAfter(last.at()))) {
                last = touch;
            }
        }
        return last;
    }

    /** Touches naming the person that have happened by {@code now}. */
    public int touchesWith(String personId, LocalDateTime now) {
        int count = 0;
        for (Touch touch : touchesNaming(personId)) {
            if (touch.happenedBy(now)) {
                count++;
            }
        }
        return count;
    }

    /** The touches that name the person, in project order. */
    private List<Touch> touchesNaming(String personId) {
        Map<String, List<Touch>> index = touchesByPerson;
        if (index == null) {
            index = new HashMap<>();
            for (Touch touch : touches) {
                for (Name person : touch.people()) {
                    List<Touch> named = index.computeIfAbsent(person.text(), id -> new ArrayList<>());
                    if (named.isEmpty() || named.get(named.size() - 1) != touch) {
                        named.add(touch);
                    }
                }
            }
            touchesByPerson = index;
        }
        return index.getOrDefault(personId, List.of());
    }

    /** The people who hold the part at {@code moment}, in workspace order. */
    public List<Person> holding(Part.Kind kind, LocalDateTime moment) {
        List<Person> result = new ArrayList<>();
        for (Person person : people) {
            if (person.holds(kind, moment)) {
                result.add(person);
            }
        }
        return result;
    }

    public Touch touch(String id) {
        return touchesById.get(id);
    }

    public Agreement agreement(String id) {
        return agreementsById.get(id);
    }

    public Expectation expectation(String id) {
        return obligationsById.get(id) instanceof Expectation expectation ? expectation : null;
    }

    public Summary.Action action(String id) {
        return obligationsById.get(id) instanceof Summary.Action action ? action : null;
    }

    /** The expectation or action with this id (they share a namespace), or null. */
    public Element obligation(String id) {
        return obligationsById.get(id);
    }

    /** The touch whose summary holds the action. */
    public Touch touchOf(Summary.Action action) {
        return actionTouches.get(action);
    }

    /** The agreement that replaces this one ({@code agreed … replaces ID}), or null. */
    public Agreement replacementOf(Agreement agreement) {
        return replacedBy.get(agreement);
    }

    public Step step(String id) {
        return stepsById.get(id);
    }

    public Goal goal(String id) {
        return goalsById.get(id);
    }

    /** The touch in which an agreement was made. */
    public Touch touchOf(Agreement agreement) {
        return agreementTouches.get(agreement);
    }

    /**
     * Touches whose {@code re} points at {@code touch}, in workspace order; a
     * {@code re} that is {@code invalid-use} answers nothing and is not here.
     */
    public List<Touch> repliesTo(Touch touch) {
        return replies.getOrDefault(touch, List.of());
    }

    /** Touches that {@code confirms} the agreement. */
    public List<Touch> confirmationsOf(Agreement agreement) {
        return confirmations.getOrDefault(agreement, List.of());
    }

    /** Touches that {@code reminds} of the expectation or action, in workspace order. */
    public List<Touch> remindersOf(Element obligation) {
        return reminders.getOrDefault(obligation, List.of());
    }

    @Override
    public String toString() {
        return "project " + id();
    }
}
