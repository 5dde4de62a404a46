package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 3.3 A touch has a meaning for us and a benefit for the client. */
public final class AimlessTouch extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("aimless-touch", Severity.HINT, "3.3");

    public AimlessTouch() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (touch.direction() == null || !touch.direction().isStartedByUs() || touch.replyTo() != null) {
                continue;
            }
            boolean purpose = touch.purpose() != null;
            boolean benefit = touch.benefit() != null;
            if (purpose && benefit) {
                continue;
            }
            String variant = !purpose && !benefit ? "both" : !purpose ? "purpose" : "benefit";
            context.report(touch, touch.header(), variant, Labels.touch(touch, context.today()));
        }
    }
}
