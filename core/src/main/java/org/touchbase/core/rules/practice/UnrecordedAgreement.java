package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 1.2 ALWAYS record agreements, in writing (a replaced agreement needs it no more). */
public final class UnrecordedAgreement extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("unrecorded-agreement", Severity.WARNING, "1.2");

    public UnrecordedAgreement() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (touch.isSpoken() && !touch.agreements().isEmpty() && !touch.isPlannedAt(context.now())) {
                check(context, touch);
            }
        }
    }

    private static void check(RuleContext context, Touch touch) {
        for (Agreement agreement : touch.agreements()) {
            if (context.agreement(agreement).unrecorded(context.now())) {
                context.report(agreement, agreement.span(), null, agreement.id().text(),
                        Labels.kind(touch.kind()));
            }
        }
    }
}
