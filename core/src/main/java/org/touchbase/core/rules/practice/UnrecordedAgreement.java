package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 1.2 ALWAYS record agreements, in writing. */
public final class UnrecordedAgreement extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("unrecorded-agreement", Severity.WARNING, "1.2");

    public UnrecordedAgreement() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (!touch.isSpoken() || touch.agreements().isEmpty() || touch.isPlannedAt(context.now())) {
                continue;
            }
            for (Agreement agreement : touch.agreements()) {
                if (!isRecorded(context, touch, agreement)) {
                    context.report(agreement, agreement.span(), null, agreement.id().text(),
                            Message.of("kind." + touch.kind().keyword()));
                }
            }
        }
    }

    /** Confirmed by a written touch on the same day or later that has happened by now. */
    public static boolean isRecorded(RuleContext context, Touch spoken, Agreement agreement) {
        for (Touch confirmation : context.project().confirmationsOf(agreement)) {
            if (!confirmation.isWritten() || confirmation.isPlannedAt(context.now())) {
                continue;
            }
            if (spoken.at() == null || confirmation.at() == null
                    || !confirmation.at().toLocalDate().isBefore(spoken.at().toLocalDate())) {
                return true;
            }
        }
        return false;
    }
}
