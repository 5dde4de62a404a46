package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Summary;
import org.touchbase.core.rules.practice.ActionOverdue;
import org.touchbase.core.state.ActionState;

/**
 * The actions of meeting summaries not done: the client's are chased like
 * what they owe (due, then reminded again after {@code remind every}); ours
 * are what we promised. Late ones are the {@code action-overdue} findings.
 */
final class ActionItems implements AgendaSource {

    private static final String RULE = ActionOverdue.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Summary.Action action : context.project().actions()) {
            if (action.done() || action.due() == null || !action.due().valid()) {
                continue;
            }
            ActionState state = context.queries().action(action);
            String text = action.text() == null ? "" : action.text().value();
            String owner = context.name(action.owner());
            Message due = Days.on(action.due().date(), context.today());
            List<String> people = action.owner() == null ? List.of() : List.of(context.name(action.owner()));
            String identity = action.id() != null ? "action:" + action.id().text()
                    : context.identity(state.touch()) + "/action:" + text;
            Finding late = context.finding(RULE, action);
            if (state.clientOwned()) {
                Object last = state.obligation().lastReminder() == null ? ""
                        : Days.on(state.obligation().lastReminder().at().toLocalDate(), context.today());
                Message first = action.id() == null ? Message.of("finding." + RULE + ".noId", text, owner, due)
                        : Message.of("finding." + RULE, text, owner, due, action.id().text());
                Owed.collect(context, state.obligation(), late, Kinds.CLIENT_ACTION, identity, people,
                        Message.of("agenda.client-action", text, String.join(", ", people)), first,
                        Message.of("finding." + RULE + ".reminded", text, owner, due, last,
                                Durations.every(context.queries().remindEvery())));
            } else if (late != null) {
                context.overdue(late, action.due().date(), null, Kinds.OUR_ACTION, identity, people);
            } else {
                context.due(action.due().date(), null, Kinds.OUR_ACTION, identity, people,
                        Message.of("agenda.our-action", text, String.join(", ", people)),
                        Message.fixOf(Message.of("finding." + RULE + ".ours", text, owner, due)), List.of(),
                        action.file(), action.span());
            }
        }
    }
}
