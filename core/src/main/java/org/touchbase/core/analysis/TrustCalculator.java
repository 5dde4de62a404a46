package org.touchbase.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.practice.ActionOverdue;
import org.touchbase.core.rules.practice.LateConfirmation;
import org.touchbase.core.rules.practice.LateReply;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;
import org.touchbase.core.rules.practice.MisdirectedReply;
import org.touchbase.core.rules.practice.ObligationOverdue;
import org.touchbase.core.rules.practice.Unanswered;
import org.touchbase.core.rules.practice.UnrecordedAgreement;
import org.touchbase.core.state.ActionState;
import org.touchbase.core.state.AgreementState;
import org.touchbase.core.state.ReplyState;
import org.touchbase.core.state.Timing;
import org.touchbase.core.workspace.Project;

/**
 * Counts right and wrong touches (docs/reference.md, Trust) for a project and
 * each of its people, from the model and the rules' raw findings.
 */
final class TrustCalculator {

    /** The findings that count as wrong touches. */
    static final Set<String> WRONG = Set.of(Unanswered.INFO.id(), LateReply.INFO.id(),
            UnrecordedAgreement.INFO.id(), ObligationOverdue.INFO.id(), MeetingWithoutSummary.INFO.id(),
            // version 2: replies, obligations, agreements
            MisdirectedReply.INFO.id(), LateConfirmation.INFO.id(), ActionOverdue.INFO.id());

    private TrustCalculator() {
    }

    static ProjectTrust compute(RuleContext context, List<Finding> findings) {
        Project project = context.project();
        Timing deadlines = context.deadlines();
        Trust total = Trust.UNKNOWN;
        Map<String, Trust> people = new HashMap<>();
        for (Touch touch : project.touches()) {
            if (!touch.happenedBy(deadlines.now()) || !isRight(project, touch, deadlines)) {
                continue;
            }
            total = total.plus(1, 0);
            for (Name person : touch.people()) {
                people.merge(person.text(), new Trust(1, 0), TrustCalculator::sum);
            }
        }
        for (Summary.Action action : project.actions()) {
            if (ActionState.of(project, action, deadlines).doneInTime()) {
                total = total.plus(1, 0);
                for (String person : peopleOf(project, action)) {
                    people.merge(person, new Trust(1, 0), TrustCalculator::sum);
                }
            }
        }
        for (Finding finding : findings) {
            // only touches that have happened by now count: a reply dated later is not yet misdirected
            if (!WRONG.contains(finding.rule())
                    || finding.subject() instanceof Touch touch && !touch.happenedBy(deadlines.now())) {
                continue;
            }
            total = total.plus(0, 1);
            for (String person : peopleOf(project, finding)) {
                people.merge(person, new Trust(0, 1), TrustCalculator::sum);
            }
        }
        return new ProjectTrust(total, Map.copyOf(people));
    }

    /**
     * A touch we started with a purpose and a benefit; a reply sent on time
     * to the person who wrote (to a touch that needs an answer: a {@code
     * noreply} one counts for neither); a written confirmation sent within
     * {@code confirm within}.
     */
    private static boolean isRight(Project project, Touch touch, Timing deadlines) {
        if (touch.direction() != null && touch.direction().isStartedByUs() && touch.replyTo() == null
                && touch.purpose() != null && touch.benefit() != null) {
            return true;
        }
        if (touch.replyTo() != null) {
            Touch incoming = project.touch(touch.replyTo().text());
            if (incoming != null && incoming.at() != null && project.repliesTo(incoming).contains(touch)
                    && ReplyState.needsAnswer(project, incoming)
                    && touch.at().isBefore(deadlines.replyDeadline(incoming.at()))
                    && !ReplyState.misdirected(project, touch, incoming)) {
                return true;
            }
        }
        if (touch.isWritten()) {
            for (Name confirmed : touch.confirms()) {
                Agreement agreement = project.agreement(confirmed.text());
                if (agreement != null && AgreementState.of(project, agreement, deadlines).confirmedInTime(touch)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> peopleOf(Project project, Summary.Action action) {
        if (action.owner() != null && project.person(action.owner().text()) != null) {
            return List.of(action.owner().text());
        }
        Touch touch = project.touchOf(action);
        return touch == null ? List.of() : names(touch);
    }

    private static List<String> peopleOf(Project project, Finding finding) {
        if (finding.subject() instanceof Touch touch) {
            if (LateReply.INFO.owns(finding) && touch.replyTo() != null) {
                Touch incoming = project.touch(touch.replyTo().text());
                if (incoming != null) {
                    return names(incoming);
                }
            }
            return names(touch);
        }
        if (finding.subject() instanceof Agreement agreement) {
            Touch touch = project.touchOf(agreement);
            return touch == null ? List.of() : names(touch);
        }
        if (finding.subject() instanceof Summary.Action action) {
            return peopleOf(project, action);
        }
        if (finding.subject() instanceof Expectation expectation && expectation.from() != null) {
            return List.of(expectation.from().text());
        }
        return List.of();
    }

    private static List<String> names(Touch touch) {
        return touch.people().stream().map(Name::text).distinct().toList();
    }

    private static Trust sum(Trust a, Trust b) {
        return new Trust(a.right() + b.right(), a.wrong() + b.wrong());
    }

    /** A project's trust and its people's, by person id. */
    record ProjectTrust(Trust project, Map<String, Trust> people) {
    }
}
