package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Pause;
import org.touchbase.core.model.Status;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/**
 * 2.3 Be the person with a plan: a pause's {@code until} has passed. The
 * project stays paused for every rule until its status is edited; this says
 * so.
 */
public final class StaleStatus extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("stale-status", Severity.INFO, "2.3", Status.PAUSED);

    public StaleStatus() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        Pause pause = context.project().pause();
        if (pause != null && pause.until() != null && pause.until().valid() && context.passed(pause.end())) {
            context.report(context.project().declaration(), pause.span(), null, context.project().id(),
                    Days.on(pause.until().date(), context.today()));
        }
    }
}
