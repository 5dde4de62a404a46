package org.touchbase.core.rules.practice;

import java.time.Duration;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.ReplyState;

/** 1.1 Answer on time: the first reply or acknowledgement came after the deadline. */
public final class LateReply extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("late-reply", Severity.INFO, "1.1");

    public LateReply() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (touch.isIncoming() && touch.at() != null) {
                check(context, touch);
            }
        }
    }

    private static void check(RuleContext context, Touch touch) {
        ReplyState replies = context.replies(touch);
        if (replies.firstLate()) {
            Touch first = replies.first();
            context.report(first, first.header(), null, Labels.touch(touch, context.today()),
                    Durations.late(Duration.between(replies.deadline(), first.at())),
                    Durations.within(context.respondWithin()));
        }
    }
}
