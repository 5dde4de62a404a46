package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Touch;
import org.touchbase.core.state.ObligationState;

/**
 * What the client owes — an {@code expect} or an action of theirs — as
 * {@link ObligationState} says it stands: due on its day, to remind again
 * once {@code remind every} has passed since the last reminder, and late as
 * the rule's finding says.
 */
final class Owed {

    private Owed() {
    }

    /**
     * @param late      the rule's finding about it, or null
     * @param firstFix  the rule's message for a first reminder (its fix is the action)
     * @param againFix  the rule's message for a reminder after one sent (its fix is the action)
     */
    static void collect(AgendaContext context, ObligationState state, Finding late, String kind, String identity,
            List<String> people, Message what, Message firstFix, Message againFix) {
        if (state.closed() || state.due() == null || !state.due().valid()) {
            return;
        }
        Touch last = state.lastReminder();
        if (late != null) {
            LocalDateTime since = state.overdueSince();
            if (last == null || since == null) {
                context.overdue(late, state.due().date(), null, kind, identity, people);
            } else {
                context.overdue(late, AgendaContext.day(since), AgendaContext.time(since), kind, identity, people);
            }
            return;
        }
        if (!state.pastDue()) {
            context.due(state.due().date(), null, kind, identity, people, what, Message.fixOf(firstFix), List.of(),
                    state.subject().file(), state.subject().focus());
        } else if (last != null) {
            LocalDateTime again = context.queries().deadlines().remindAgain(last.at());
            context.due(AgendaContext.day(again), AgendaContext.time(again), Kinds.REMIND_AGAIN, identity, people,
                    Message.of("agenda.remind-again", state.title() == null ? "" : state.title().value(),
                            String.join(", ", people), Days.on(last.at().toLocalDate(), context.today())),
                    Message.fixOf(againFix), List.of(), state.subject().file(), state.subject().focus());
        }
    }
}
