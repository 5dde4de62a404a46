package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.ActionState;

/**
 * 2.5 Manage: demand that agreements are kept, remind the client of their
 * obligations, follow up what a meeting decided. An action of the client is
 * chased like an obligation; one of ours is a promise we keep or re-date.
 */
public final class ActionOverdue extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("action-overdue", Severity.WARNING, "2.5");

    public ActionOverdue() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Summary.Action action : context.project().actions()) {
            ActionState state = context.action(action);
            if (!state.overdue()) {
                continue;
            }
            String text = action.text() == null ? "" : action.text().value();
            String owner = context.project().nameOf(action.owner() == null ? null : action.owner().text());
            Message due = Days.on(action.due().date(), context.today());
            if (!state.clientOwned()) {
                context.report(action, action.span(), "ours", text, owner, due);
                continue;
            }
            Touch last = state.obligation().lastReminder();
            if (last != null) {
                context.report(action, action.span(), "reminded", text, owner, due,
                        Days.on(last.at().toLocalDate(), context.today()), Durations.every(context.remindEvery()));
            } else if (action.id() == null) {
                context.report(action, action.span(), "noId", text, owner, due);
            } else {
                context.report(action, action.span(), null, text, owner, due, action.id().text());
            }
        }
    }
}
