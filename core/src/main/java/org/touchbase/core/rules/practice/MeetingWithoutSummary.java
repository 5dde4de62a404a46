package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.5.4 Manage: moderate meetings and sum up, interim and final. */
public final class MeetingWithoutSummary extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("meeting-without-summary", Severity.WARNING, "2.5.4");

    public MeetingWithoutSummary() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (touch.kind() == null || !touch.kind().needsSummary() || touch.at() == null
                    || !touch.summaries().isEmpty()) {
                continue;
            }
            if (touch.at().toLocalDate().isBefore(context.today())) {
                context.report(touch, Labels.touch(touch));
            }
        }
    }
}
