package org.touchbase.core.state;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;

/**
 * Whether an agreement is in writing by "now": made in a written touch, or
 * confirmed by a written touch on the same day or later; whether the first
 * confirmation came within {@code confirm within}; and whether a later
 * agreement replaced it.
 */
public final class AgreementState {

    private final Agreement agreement;
    private final Touch madeIn;
    private final List<Touch> confirmations;
    private final LocalDateTime confirmDeadline;
    private final Agreement replacedBy;
    private final Touch replacedIn;

    private AgreementState(Agreement agreement, Touch madeIn, List<Touch> confirmations,
            LocalDateTime confirmDeadline, Agreement replacedBy, Touch replacedIn) {
        this.agreement = agreement;
        this.madeIn = madeIn;
        this.confirmations = confirmations;
        this.confirmDeadline = confirmDeadline;
        this.replacedBy = replacedBy;
        this.replacedIn = replacedIn;
    }

    public static AgreementState of(Project project, Agreement agreement, Timing deadlines) {
        Touch madeIn = project.touchOf(agreement);
        LocalDateTime now = deadlines.now();
        List<Touch> confirmations = new ArrayList<>();
        for (Touch confirmation : project.confirmationsOf(agreement)) {
            if (!confirmation.isWritten() || confirmation.isPlannedAt(now)) {
                continue;
            }
            if (madeIn == null || madeIn.at() == null || confirmation.at() == null
                    || !confirmation.at().toLocalDate().isBefore(madeIn.at().toLocalDate())) {
                confirmations.add(confirmation);
            }
        }
        confirmations.sort(ReplyState.BY_TIME);
        Agreement replacement = project.replacementOf(agreement);
        Touch replacedIn = replacement == null ? null : project.touchOf(replacement);
        if (replacedIn != null && replacedIn.isPlannedAt(now)) {
            replacement = null;
            replacedIn = null;
        }
        return new AgreementState(agreement, madeIn, List.copyOf(confirmations),
                madeIn == null ? null : deadlines.confirmDeadline(madeIn.at()), replacement, replacedIn);
    }

    public Agreement agreement() {
        return agreement;
    }

    /** The touch in which the agreement was made. */
    public Touch madeIn() {
        return madeIn;
    }

    public boolean madeInWriting() {
        return madeIn != null && madeIn.isWritten();
    }

    /** The written touches that confirm it by now, on the day it was made or later, earliest first. */
    public List<Touch> confirmations() {
        return confirmations;
    }

    /** The first written confirmation, or null. */
    public Touch firstConfirmation() {
        return confirmations.isEmpty() ? null : confirmations.get(0);
    }

    /** In writing: made in a written touch, or confirmed. */
    public boolean recorded() {
        return madeInWriting() || !confirmations.isEmpty();
    }

    /** When it had to be confirmed by: the moment it was made plus {@code confirm within}; null without a date. */
    public LocalDateTime confirmDeadline() {
        return confirmDeadline;
    }

    /**
     * Made in a spoken touch and first confirmed (with a date) once
     * {@code confirm within} had passed: at or after the deadline, so a letter
     * dated the day after a deadline that ends with a day is late.
     */
    public boolean confirmedLate() {
        Touch first = firstConfirmation();
        return !madeInWriting() && first != null && first.at() != null && confirmDeadline != null
                && !first.at().isBefore(confirmDeadline);
    }

    /** Whether a confirmation counts as on time (a right touch). */
    public boolean confirmedInTime(Touch confirmation) {
        return confirmation.at() != null && confirmations.contains(confirmation)
                && (confirmDeadline == null || confirmation.at().isBefore(confirmDeadline));
    }

    /** The agreement that replaced this one by now, or null. */
    public Agreement replacedBy() {
        return replacedBy;
    }

    /** The touch in which the replacing agreement was made, or null. */
    public Touch replacedIn() {
        return replacedIn;
    }

    /** Made in a spoken touch that has happened, not replaced, and still not in writing. */
    public boolean unrecorded(LocalDateTime now) {
        return madeIn != null && madeIn.isSpoken() && !madeIn.isPlannedAt(now) && replacedBy == null
                && !recorded();
    }
}
