package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Status;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.ReplyState;

/**
 * 1.1 Answer letters and calls on time: acknowledge receipt, say when the
 * answer will come, and answer even if not everything is clear yet. A
 * {@code noreply} touch, a call or meeting (answered in the conversation,
 * unless {@code missed}) and the client's answer to our question need no answer.
 */
public final class Unanswered extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("unanswered", Severity.WARNING, "1.1",
            Status.ACTIVE, Status.PAUSED);

    public Unanswered() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (touch.isIncoming()) {
                check(context, touch);
            }
        }
    }

    private static void check(RuleContext context, Touch touch) {
        ReplyState replies = context.replies(touch);
        switch (replies.status()) {
            case NO_ACK -> context.report(touch, touch.header(), touch.isMissed() ? "callBack" : "ack",
                    Labels.touch(touch, context.today()), Labels.people(context.project(), touch), Durations.within(context.respondWithin()));
            case ACK_WITHOUT_ETA -> context.report(touch, touch.header(), "eta", Labels.touch(touch, context.today()),
                    Labels.people(context.project(), touch));
            case ETA_PASSED -> context.report(touch, touch.header(), "overdue", Labels.touch(touch, context.today()),
                    Labels.people(context.project(), touch), Days.on(replies.eta().date(), context.today()));
            default -> {
            }
        }
    }
}
