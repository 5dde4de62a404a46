package org.touchbase.core.rules.practice;

import java.time.Duration;
import java.time.LocalDateTime;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 1.1 Answer on time: the first reply or acknowledgement came after the deadline. */
public final class LateReply extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("late-reply", Severity.INFO, "1.1");

    public LateReply() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (!touch.isIncoming() || touch.at() == null) {
                continue;
            }
            Touch first = Replies.first(Replies.sent(context.project(), touch, context.now()));
            if (first == null) {
                continue;
            }
            LocalDateTime deadline = context.replyDeadline(touch);
            if (first.at().isAfter(deadline)) {
                context.report(first, first.header(), null, Labels.touch(touch),
                        Labels.amount(Duration.between(deadline, first.at())), Length.format(context.respondWithin()));
            }
        }
    }
}
