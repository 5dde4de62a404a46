package org.touchbase.core.model;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * Moves model elements into a new version of their file: every offset at or
 * after {@code from} moves by {@code delta}, a span that contains {@code from}
 * grows or shrinks by it, and every element points at the new file. Used to
 * keep the unchanged part of a document when only one item was re-parsed.
 */
final class Rebase {

    private final SourceFile file;
    private final int from;
    private final int delta;
    private final int lineDelta;

    private final Function<Name, Name> names = this::name;
    private final Function<Text, Text> texts = this::text;
    private final Function<When, When> whens = this::when;
    private final Function<Span, Span> spans = this::span;
    private final Function<Goal, Goal> goals = this::goal;
    private final Function<Agreement, Agreement> agreements = this::agreement;
    private final Function<Summary, Summary> summaries = this::summary;
    private final Function<Summary.Action, Summary.Action> actions = this::action;
    private final Function<Person, Person> people = this::person;
    private final Function<Absence, Absence> absences = this::absence;
    private final Function<Member, Member> members = this::member;
    private final Function<Day, Day> days = this::day;
    private final Function<Source, Source> sources = this::source;
    private final Function<Step, Step> steps = this::step;
    private final Function<Scenario, Scenario> scenarios = this::scenario;
    private final Function<Touch, Touch> touches = this::touch;
    private final Function<Expectation, Expectation> expectations = this::expectation;
    private final Function<Expectation.Receipt, Expectation.Receipt> receipts = this::receipt;

    /** A list this long or longer is moved by parallel threads. */
    private static final int SIDE_BY_SIDE = 4_096;

    Rebase(SourceFile file, int from, int delta, int lineDelta) {
        this.file = file;
        this.from = from;
        this.delta = delta;
        this.lineDelta = lineDelta;
    }

    Span span(Span span) {
        if (span == null || !moves(span.end())) {
            return span;
        }
        return new Span(start(span.start()), end(span.start(), span.end()));
    }

    /** Where an offset that starts something is after the edit. */
    private int start(int start) {
        return start >= from ? start + delta : start;
    }

    /** Where the end of something that starts at {@code start} is after the edit: never before its start. */
    private int end(int start, int end) {
        if (start >= from) {
            return end + delta;
        }
        return end >= from ? Math.max(start, end + delta) : end;
    }

    /** Whether something that ends at {@code end} moves or changes size. */
    private boolean moves(int end) {
        return delta != 0 && end >= from;
    }

    /* Values without a file stay the same object when they do not move. */

    Name name(Name name) {
        if (name == null) {
            return null;
        }
        if (!moves(name.end())) {
            return name;
        }
        return new Name(name.text(), start(name.start()), end(name.start(), name.end()));
    }

    Text text(Text text) {
        if (text == null) {
            return null;
        }
        if (!moves(text.end())) {
            return text;
        }
        return new Text(text.value(), start(text.start()), end(text.start(), text.end()));
    }

    Day day(Day day) {
        if (day == null) {
            return null;
        }
        if (!moves(day.end())) {
            return day;
        }
        return new Day(day.date(), start(day.start()), end(day.start(), day.end()));
    }

    When when(When when) {
        if (when == null) {
            return null;
        }
        if (!moves(when.end())) {
            return when;
        }
        return new When(when.at(), when.hasTime(), start(when.start()), end(when.start(), when.end()));
    }

    Length length(Length length) {
        if (length == null) {
            return null;
        }
        Span moved = span(length.span());
        return moved == length.span() ? length : new Length(length.term(), moved);
    }

    /**
     * Every item moved, in an unmodifiable list; the list itself when every item stays the same object
     * (indexed loops: these lists are walked for every edit).
     */
    @SuppressWarnings("unchecked")
    private static <T, R> List<R> list(List<T> items, Function<T, R> each) {
        int size = items.size();
        switch (size) {
            case 0:
                return (List<R>) items;
            case 1: {
                R only = each.apply(items.get(0));
                return only == items.get(0) ? (List<R>) items : List.of(only);
            }
            case 2: {
                R first = each.apply(items.get(0));
                R second = each.apply(items.get(1));
                return first == items.get(0) && second == items.get(1) ? (List<R>) items : List.of(first, second);
            }
            default:
                Object[] result = new Object[size];
                if (size >= SIDE_BY_SIDE) {
                    // the touches of a large file: each item moves on its own, so two threads share them
                    IntStream.range(0, size).parallel().forEach(i -> result[i] = each.apply(items.get(i)));
                } else {
                    for (int i = 0; i < size; i++) {
                        result[i] = each.apply(items.get(i));
                    }
                }
                for (int i = 0; i < size; i++) {
                    if (result[i] != items.get(i)) {
                        return (List<R>) List.of(result);
                    }
                }
                return (List<R>) items;
        }
    }

    Goal goal(Goal goal) {
        return new Goal(file, span(goal.span()), name(goal.id()), text(goal.text()));
    }

    Person person(Person p) {
        return new Person(file, span(p.span()), name(p.id()), text(p.fullName()), text(p.role()), part(p.decides()),
                part(p.backup()), part(p.contact()), list(p.goals(), goals), text(p.motivation()), text(p.speaks()),
                p.prefers(), text(p.prefersChannel()), text(p.email()), text(p.phone()), list(p.notes(), texts),
                departure(p.left()), list(p.away(), absences));
    }

    Part part(Part part) {
        return part == null ? null : new Part(part.kind(), span(part.span()), day(part.since()), day(part.until()));
    }

    Departure departure(Departure left) {
        return left == null ? null : new Departure(span(left.span()), day(left.day()), text(left.note()));
    }

    Absence absence(Absence a) {
        return new Absence(span(a.span()), day(a.from()), day(a.until()), text(a.note()));
    }

    Pause pause(Pause pause) {
        return pause == null ? null : new Pause(span(pause.span()), day(pause.until()));
    }

    Member member(Member m) {
        return new Member(file, span(m.span()), name(m.id()), text(m.fullName()), text(m.role()), text(m.email()),
                text(m.phone()));
    }

    Source source(Source source) {
        return new Source(file, span(source.span()), text(source.text()));
    }

    Scenario scenario(Scenario scenario) {
        return new Scenario(file, span(scenario.span()), text(scenario.text()));
    }

    Step step(Step step) {
        return new Step(file, span(step.span()), name(step.id()), text(step.title()), day(step.due()), step.done(),
                day(step.doneOn()));
    }

    Agreement agreement(Agreement agreement) {
        return new Agreement(file, span(agreement.span()), name(agreement.id()), text(agreement.text()),
                name(agreement.replaces()));
    }

    Summary summary(Summary s) {
        return new Summary(file, span(s.span()), s.kind(), list(s.decisions(), texts), list(s.actions(), actions),
                list(s.questions(), texts), list(s.next(), whens));
    }

    Summary.Action action(Summary.Action a) {
        return new Summary.Action(file, span(a.span()), name(a.id()), text(a.text()), name(a.owner()), day(a.due()),
                a.done(), day(a.doneOn()));
    }

    Touch touch(Touch t) {
        boolean header = t.headerStart() >= 0;
        boolean body = t.bodyStart() >= 0;
        return new Touch(file, start(t.start()), end(t.start(), t.end()),
                header ? start(t.headerStart()) : -1, header ? end(t.headerStart(), t.headerEnd()) : -1,
                name(t.id()), when(t.when()), t.kind(), t.direction(),
                list(t.people(), names), text(t.title()), text(t.purpose()), text(t.benefit()),
                list(t.agreements(), agreements), list(t.confirms(), names), name(t.replyTo()),
                span(t.ack()), day(t.eta()), list(t.reminds(), names), list(t.notes(), texts),
                list(t.summaries(), summaries), body ? start(t.bodyStart()) : -1,
                body ? end(t.bodyStart(), t.bodyEnd()) : -1, span(t.noreply()), text(t.noreplyReason()),
                span(t.missed()));
    }

    Expectation expectation(Expectation e) {
        return new Expectation(file, span(e.span()), name(e.id()), name(e.from()), text(e.title()), day(e.due()),
                list(e.receipts(), receipts));
    }

    Expectation.Receipt receipt(Expectation.Receipt r) {
        return new Expectation.Receipt(span(r.span()), day(r.date()), text(r.partly()));
    }

    Block block(Block b) {
        return new Block(file, span(b.span()), b.kind(), name(b.name()), text(b.title()), text(b.client()),
                text(b.manager()), b.status(), day(b.starts()), day(b.launch()), length(b.respondWithin()),
                length(b.cadence()), length(b.remindEvery()), length(b.confirmWithin()), list(b.goals(), goals), list(b.people(), people),
                list(b.sources(), sources), list(b.steps(), steps), list(b.plans(), spans),
                list(b.scenarios(), scenarios), list(b.touches(), touches),
                list(b.expectations(), expectations), list(b.members(), members), pause(b.pause()),
                list(b.launchWas(), days));
    }

    Suppression suppression(Suppression s) {
        int line = s.span().start() >= from ? s.targetLine() + lineDelta : s.targetLine();
        return new Suppression(span(s.span()), line, list(s.rules(), names), s.reason());
    }

    Finding finding(Finding f) {
        return new Finding(f.rule(), f.severity(), file, span(f.span()), f.message(), null);
    }
}
