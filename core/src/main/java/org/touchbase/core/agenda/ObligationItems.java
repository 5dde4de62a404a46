package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.rules.practice.ObligationOverdue;
import org.touchbase.core.state.ObligationState;

/**
 * What the client owes ({@code expect}) and has not given in full: due on
 * its day, to remind again after {@code remind every}; late ones are the
 * {@code obligation-overdue} findings.
 */
final class ObligationItems implements AgendaSource {

    private static final String RULE = ObligationOverdue.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Expectation expectation : context.project().expectations()) {
            if (expectation.due() == null || !expectation.due().valid()) {
                continue;
            }
            ObligationState state = context.queries().obligation(expectation);
            List<String> people = expectation.from() == null ? List.of() : List.of(context.name(expectation.from()));
            String title = expectation.title() == null ? expectation.id().text() : expectation.title().value();
            String from = context.name(expectation.from());
            Message due = Days.on(expectation.due().date(), context.today());
            String id = expectation.id().text();
            Object parts = Labels.parts(state.parts(), context.today());
            Object lastReminder = state.lastReminder() == null ? "" : Days.on(state.lastReminder().at().toLocalDate(), context.today());
            Owed.collect(context, state, context.finding(RULE, expectation), Kinds.OBLIGATION, "expect:" + id, people,
                    Message.of("agenda.obligation", title, String.join(", ", people)),
                    Message.of("finding." + RULE, title, from, due, id, parts),
                    Message.of("finding." + RULE + ".reminded", title, from, due, id, parts, lastReminder,
                            Durations.every(context.queries().remindEvery())));
        }
    }
}
