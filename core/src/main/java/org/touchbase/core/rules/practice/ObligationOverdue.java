package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.ObligationState;

/**
 * 2.5.2 Manage: remind the client of their obligations — after the due day,
 * and again every {@code remind every} until it comes.
 */
public final class ObligationOverdue extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("obligation-overdue", Severity.WARNING, "2.5.2");

    public ObligationOverdue() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Expectation expectation : context.project().expectations()) {
            ObligationState state = context.obligation(expectation);
            if (!state.overdue()) {
                continue;
            }
            String title = expectation.title() == null ? expectation.id().text() : expectation.title().value();
            String from = context.project().nameOf(expectation.from() == null ? null : expectation.from().text());
            Object parts = Labels.parts(state.parts(), context.today());
            Touch last = state.lastReminder();
            if (last == null) {
                context.report(expectation, expectation.span(), null, title, from,
                        Days.on(expectation.due().date(), context.today()), expectation.id().text(), parts);
            } else {
                context.report(expectation, expectation.span(), "reminded", title, from,
                        Days.on(expectation.due().date(), context.today()), expectation.id().text(), parts,
                        Days.on(last.at().toLocalDate(), context.today()), Durations.every(context.remindEvery()));
            }
        }
    }
}
