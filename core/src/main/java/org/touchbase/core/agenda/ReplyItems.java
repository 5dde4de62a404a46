package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.rules.practice.Unanswered;
import org.touchbase.core.state.ReplyState;

/**
 * Incoming touches still to acknowledge, answer or call back (by the reply
 * deadline), and answers we promised with an {@code eta}: where
 * {@link ReplyState} says each stands; late ones are the {@code unanswered}
 * findings. Paused projects list them too, as the rule looks at them.
 */
final class ReplyItems implements AgendaSource {

    private static final String RULE = Unanswered.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Touch touch : context.project().touches()) {
            if (!touch.isIncoming()) {
                continue;
            }
            ReplyState replies = context.queries().replies(touch);
            ReplyState.Status status = replies.status();
            if (status == ReplyState.Status.NOT_NEEDED || status == ReplyState.Status.ANSWERED) {
                continue;
            }
            List<String> people = context.names(touch.people());
            String identity = context.identity(touch);
            Finding late = context.finding(RULE, touch);
            Message label = Labels.touch(touch, context.today());
            String ids = Labels.people(context.project(), touch);
            String names = String.join(", ", people);
            LocalDateTime deadline = replies.deadline();
            switch (status) {
                case WAITING -> {
                    if (deadline != null) {
                        Message rule = Message.of(touch.isMissed() ? "finding.unanswered.callBack"
                                : "finding.unanswered.ack", label, ids, Durations.within(context.queries().respondWithin()));
                        context.due(AgendaContext.day(deadline), AgendaContext.time(deadline), Kinds.REPLY, identity, people,
                                Message.of(touch.isMissed() ? "agenda.callBack" : "agenda.reply", label, names),
                                Message.fixOf(rule), List.of(), touch.file(), touch.header());
                    }
                }
                case NO_ACK -> {
                    if (late != null && deadline != null) {
                        context.overdue(late, AgendaContext.day(deadline), AgendaContext.time(deadline), Kinds.REPLY, identity,
                                people);
                    }
                }
                case ACK_WITHOUT_ETA -> {
                    Touch ack = replies.ack();
                    if (late != null && ack.at() != null) {
                        context.overdue(late, ack.at().toLocalDate(), ack.at().toLocalTime(), Kinds.REPLY, identity,
                                people);
                    }
                }
                case ETA_AHEAD -> {
                    if (replies.eta().valid()) {
                        Message rule = Message.of("finding.unanswered.overdue", label, ids,
                                Days.on(replies.eta().date(), context.today()));
                        context.due(replies.eta().date(), null, Kinds.PROMISED_ANSWER, identity, people,
                                Message.of("agenda.promised-answer", label, names), Message.fixOf(rule), List.of(),
                                replies.ack().file(), replies.eta().span());
                    }
                }
                case ETA_PASSED -> {
                    if (late != null) {
                        context.overdue(late, replies.eta().date(), null, Kinds.PROMISED_ANSWER, identity, people);
                    }
                }
                default -> {
                }
            }
        }
    }
}
