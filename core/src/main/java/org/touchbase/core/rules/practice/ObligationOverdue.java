package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.5.2 Manage: remind the client of their obligations. */
public final class ObligationOverdue extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("obligation-overdue", Severity.WARNING, "2.5.2");

    public ObligationOverdue() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Expectation expectation : context.project().expectations()) {
            if (expectation.isReceived() || expectation.due() == null || !expectation.due().valid()
                    || !context.today().isAfter(expectation.due().date())) {
                continue;
            }
            if (!remindedAfterDue(context, expectation)) {
                context.report(expectation, expectation.span(), null,
                        expectation.title() == null ? expectation.id().text() : expectation.title().value(),
                        expectation.from() == null ? "?" : expectation.from().text(),
                        expectation.due().date().toString(), expectation.id().text());
            }
        }
    }

    static boolean remindedAfterDue(RuleContext context, Expectation expectation) {
        for (Touch reminder : context.project().remindersOf(expectation)) {
            if (reminder.happenedBy(context.now()) && reminder.at().toLocalDate().isAfter(expectation.due().date())) {
                return true;
            }
        }
        return false;
    }
}
