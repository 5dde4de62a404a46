package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.AgreementState;

/** 1.2 Record agreements in writing — promptly: the first confirmation came after {@code confirm within}. */
public final class LateConfirmation extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("late-confirmation", Severity.INFO, "1.2");

    public LateConfirmation() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (touch.isSpoken() && touch.at() != null && !touch.agreements().isEmpty()) {
                check(context, touch);
            }
        }
    }

    private static void check(RuleContext context, Touch touch) {
        for (Agreement agreement : touch.agreements()) {
            AgreementState state = context.agreement(agreement);
            if (state.confirmedLate()) {
                Touch first = state.firstConfirmation();
                context.report(agreement, agreement.span(), null, agreement.id().text(),
                        Labels.kind(touch.kind()), Days.on(touch.at().toLocalDate(), context.today()),
                        Days.on(first.at().toLocalDate(), context.today()), Durations.within(context.confirmWithin()));
            }
        }
    }
}
