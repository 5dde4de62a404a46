package org.touchbase.core.model;

import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.rules.Finding;
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
    private final int fromLine;

    Rebase(SourceFile file, int from, int delta, int fromLine, int lineDelta) {
        this.file = file;
        this.from = from;
        this.delta = delta;
        this.fromLine = fromLine;
        this.lineDelta = lineDelta;
    }

    Span span(Span span) {
        if (span == null || delta == 0) {
            return span;
        }
        if (span.start() >= from) {
            return new Span(span.start() + delta, span.end() + delta);
        }
        if (span.end() >= from) {
            return new Span(span.start(), Math.max(span.start(), span.end() + delta));
        }
        return span;
    }

    Name name(Name name) {
        return name == null ? null : new Name(name.text(), span(name.span()));
    }

    Text text(Text text) {
        return text == null ? null : new Text(text.value(), span(text.span()));
    }

    Day day(Day day) {
        return day == null ? null : new Day(day.date(), span(day.span()));
    }

    When when(When when) {
        return when == null ? null : new When(when.at(), when.hasTime(), span(when.span()));
    }

    Length length(Length length) {
        return length == null ? null : new Length(length.duration(), span(length.span()));
    }

    private <T, R> List<R> list(List<T> items, java.util.function.Function<T, R> each) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<R> result = new ArrayList<>(items.size());
        for (T item : items) {
            result.add(each.apply(item));
        }
        return List.copyOf(result);
    }

    Goal goal(Goal goal) {
        return new Goal(file, span(goal.span()), name(goal.id()), text(goal.text()));
    }

    Person person(Person p) {
        return new Person(file, span(p.span()), name(p.id()), text(p.fullName()), text(p.role()), p.decides(),
                p.backup(), p.contact(), list(p.goals(), this::goal), text(p.motivation()), text(p.speaks()),
                p.prefers(), text(p.email()), text(p.phone()), list(p.notes(), this::text));
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
        return new Agreement(file, span(agreement.span()), name(agreement.id()), text(agreement.text()));
    }

    Summary summary(Summary s) {
        return new Summary(file, span(s.span()), s.kind(), list(s.decisions(), this::text),
                list(s.actions(), a -> new Summary.Action(span(a.span()), text(a.text()), name(a.owner()), day(a.due()))),
                list(s.questions(), this::text), list(s.next(), this::when));
    }

    Touch touch(Touch t) {
        return new Touch(file, span(t.span()), span(t.header()), name(t.id()), when(t.when()), t.kind(), t.direction(),
                list(t.people(), this::name), text(t.title()), text(t.purpose()), text(t.benefit()),
                list(t.agreements(), this::agreement), list(t.confirms(), this::name), name(t.replyTo()),
                span(t.ack()), day(t.eta()), list(t.reminds(), this::name), list(t.notes(), this::text),
                list(t.summaries(), this::summary), span(t.body()));
    }

    Expectation expectation(Expectation e) {
        return new Expectation(file, span(e.span()), name(e.id()), name(e.from()), text(e.title()), day(e.due()),
                day(e.received()));
    }

    Block block(Block b) {
        return new Block(file, span(b.span()), b.kind(), name(b.name()), text(b.title()), text(b.client()),
                text(b.manager()), b.status(), day(b.starts()), day(b.launch()), length(b.respondWithin()),
                length(b.cadence()), list(b.goals(), this::goal), list(b.people(), this::person),
                list(b.sources(), this::source), list(b.steps(), this::step), list(b.plans(), this::span),
                list(b.scenarios(), this::scenario), list(b.touches(), this::touch),
                list(b.expectations(), this::expectation));
    }

    Suppression suppression(Suppression s) {
        int line = s.span().start() >= from ? s.targetLine() + lineDelta : s.targetLine();
        return new Suppression(span(s.span()), line, list(s.rules(), this::name), s.reason());
    }

    Finding finding(Finding f) {
        return new Finding(f.rule(), f.severity(), file, span(f.span()), f.message(), null);
    }

    int fromLine() {
        return fromLine;
    }
}
