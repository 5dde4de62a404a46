package org.touchbase.core.rules.practice;

import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Rule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Severity;

/**
 * 1.1 Answer letters and calls on time: acknowledge receipt, say when the
 * answer will come, and answer even if not everything is clear yet.
 */
public final class Unanswered implements Rule {

    private static final RuleInfo INFO = RuleInfo.dateDriven("unanswered", Severity.WARNING, "1.1");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext context) {
        LocalDateTime now = context.now();
        for (Touch touch : context.project().touches()) {
            if (!touch.isIncoming() || !touch.happenedBy(now)) {
                continue;
            }
            List<Touch> sent = Replies.sent(context.project(), touch, now);
            if (Replies.answered(sent)) {
                continue;
            }
            if (sent.isEmpty()) {
                if (now.isAfter(context.replyDeadline(touch))) {
                    context.report(touch, touch.header(), "ack", Labels.touch(touch), Labels.people(touch),
                            Length.format(context.respondWithin()));
                }
                continue;
            }
            Touch lastAck = Replies.lastAck(sent);
            if (lastAck.eta() == null) {
                context.report(touch, touch.header(), "eta", Labels.touch(touch), Labels.people(touch));
            } else if (lastAck.eta().valid() && !now.isBefore(lastAck.eta().endOfDay())) {
                context.report(touch, touch.header(), "overdue", Labels.touch(touch), Labels.people(touch),
                        lastAck.eta().date().toString());
            }
        }
    }
}
