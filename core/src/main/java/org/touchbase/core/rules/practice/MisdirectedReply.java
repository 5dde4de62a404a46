package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.ReplyState;

/**
 * 1.1 Answer letters and calls: a reply that shares nobody with the touch it
 * answers went to the wrong person, or {@code re} points at the wrong touch.
 * It still counts as the answer.
 */
public final class MisdirectedReply extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("misdirected-reply", Severity.WARNING, "1.1");

    public MisdirectedReply() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch target : context.project().touches()) {
            check(context, target);
        }
    }

    private static void check(RuleContext context, Touch target) {
        for (Touch reply : context.project().repliesTo(target)) {
            if (ReplyState.misdirected(context.project(), reply, target)) {
                context.report(reply, reply.header(), null, Labels.people(context.project(), reply), Labels.touch(target, context.today()),
                        Labels.people(context.project(), target));
            }
        }
    }
}
