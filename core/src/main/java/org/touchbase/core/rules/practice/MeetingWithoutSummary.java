package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/**
 * 2.5.4 Manage: moderate meetings and sum up, interim and final. A summary
 * whose decisions, actions and questions are all without text sums up nothing.
 */
public final class MeetingWithoutSummary extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("meeting-without-summary", Severity.WARNING, "2.5.4");

    public MeetingWithoutSummary() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (touch.kind() == null || !touch.kind().needsSummary() || touch.at() == null
                    || !touch.at().toLocalDate().isBefore(context.today())) {
                continue;
            }
            if (touch.summaries().isEmpty()) {
                context.report(touch, Labels.touch(touch, context.today()));
            } else if (!filledIn(touch)) {
                context.report(touch, touch.focus(), "empty", Labels.touch(touch, context.today()));
            }
        }
    }

    private static boolean filledIn(Touch touch) {
        for (Summary summary : touch.summaries()) {
            if (summary.isFilledIn()) {
                return true;
            }
        }
        return false;
    }
}
