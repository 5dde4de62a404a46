package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.rules.practice.OpenQuestion;
import org.touchbase.core.state.QuestionState;
import org.touchbase.core.time.Term;

/**
 * Questions we sent that have no answer yet: to ask again once
 * {@code remind every} has passed ({@link QuestionState}); those past it
 * are the {@code open-question} findings.
 */
final class QuestionItems implements AgendaSource {

    private static final String RULE = OpenQuestion.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Touch touch : context.project().touches()) {
            if (!QuestionState.isOurQuestion(touch) || touch.at() == null) {
                continue;
            }
            QuestionState state = context.queries().question(touch);
            if (!state.open()) {
                continue;
            }
            List<String> people = context.names(touch.people());
            LocalDateTime again = state.askAgain();
            Finding late = context.finding(RULE, touch);
            if (late != null) {
                context.overdue(late, AgendaContext.day(again), AgendaContext.time(again), Kinds.QUESTION,
                        context.identity(touch), people);
            } else if (!state.overdue()) {
                Message rule = Message.of("finding." + RULE, Labels.touch(touch, context.today()), Labels.people(context.project(), touch),
                        Durations.of(Term.days(ChronoUnit.DAYS.between(touch.at().toLocalDate(), context.today()))),
                        Durations.every(context.queries().remindEvery()));
                context.due(AgendaContext.day(again), AgendaContext.time(again), Kinds.QUESTION, context.identity(touch), people,
                        Message.of("agenda.question", Labels.touch(touch, context.today()), String.join(", ", people)),
                        Message.fixOf(rule), List.of(), touch.file(), touch.header());
            }
        }
    }
}
