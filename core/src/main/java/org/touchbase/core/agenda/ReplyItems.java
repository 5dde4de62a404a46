package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Message;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.rules.practice.Replies;

/**
 * Incoming touches still to acknowledge or answer (by the reply deadline),
 * and answers we promised with an {@code eta}; late ones are the
 * {@code unanswered} findings.
 */
final class ReplyItems implements AgendaSource {

    private static final String RULE = "unanswered";

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        LocalDateTime now = context.now();
        for (Touch touch : context.project().touches()) {
            if (!touch.isIncoming() || !touch.happenedBy(now)) {
                continue;
            }
            List<Touch> sent = Replies.sent(context.project(), touch, now);
            if (Replies.answered(sent)) {
                continue;
            }
            List<String> people = context.names(touch.people());
            String identity = context.identity(touch);
            Finding late = context.finding(RULE, touch);
            Message label = Labels.touch(touch);
            String ids = Labels.people(touch);
            if (sent.isEmpty()) {
                LocalDateTime deadline = context.queries().replyDeadline(touch);
                if (late != null) {
                    context.overdue(late, deadline.toLocalDate(), deadline.toLocalTime(), Kinds.REPLY, identity,
                            people);
                } else {
                    Message rule = Message.of("finding.unanswered.ack", label, ids,
                            Length.format(context.queries().respondWithin()));
                    context.due(deadline.toLocalDate(), deadline.toLocalTime(), Kinds.REPLY, identity, people,
                            Message.of("agenda.reply", label, String.join(", ", people)), Message.fixOf(rule), List.of(), touch.file(),
                            touch.header());
                }
                continue;
            }
            Touch ack = Replies.lastAck(sent);
            if (ack.eta() == null || !ack.eta().valid()) {
                if (late != null && ack.at() != null) {
                    context.overdue(late, ack.at().toLocalDate(), ack.at().toLocalTime(), Kinds.REPLY, identity,
                            people);
                }
            } else if (late != null) {
                context.overdue(late, ack.eta().date(), null, Kinds.PROMISED_ANSWER, identity, people);
            } else {
                Message rule = Message.of("finding.unanswered.overdue", label, ids, ack.eta().date().toString());
                context.due(ack.eta().date(), null, Kinds.PROMISED_ANSWER, identity, people,
                        Message.of("agenda.promised-answer", label, String.join(", ", people)), Message.fixOf(rule), List.of(),
                        ack.file(), ack.eta().span());
            }
        }
    }
}
