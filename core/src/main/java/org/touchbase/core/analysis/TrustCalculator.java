package org.touchbase.core.analysis;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.LateReply;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;
import org.touchbase.core.rules.practice.ObligationOverdue;
import org.touchbase.core.rules.practice.Unanswered;
import org.touchbase.core.rules.practice.UnrecordedAgreement;
import org.touchbase.core.workspace.Project;

/**
 * Counts right and wrong touches (docs/reference.md, Trust) for a project and
 * each of its people, from the model and the rules' raw findings.
 */
final class TrustCalculator {

    /** The findings that count as wrong touches. */
    static final Set<String> WRONG = Set.of(Unanswered.INFO.id(), LateReply.INFO.id(),
            UnrecordedAgreement.INFO.id(), ObligationOverdue.INFO.id(), MeetingWithoutSummary.INFO.id());

    private TrustCalculator() {
    }

    static ProjectTrust compute(Project project, List<Finding> findings, LocalDateTime now,
            Duration respondWithin) {
        Trust total = Trust.UNKNOWN;
        Map<String, Trust> people = new HashMap<>();
        Duration deadline = project.respondWithin(respondWithin);
        for (Touch touch : project.touches()) {
            if (!touch.happenedBy(now) || !isRight(project, touch, deadline)) {
                continue;
            }
            total = total.plus(1, 0);
            for (Name person : touch.people()) {
                people.merge(person.text(), new Trust(1, 0), TrustCalculator::sum);
            }
        }
        for (Finding finding : findings) {
            if (!WRONG.contains(finding.rule())) {
                continue;
            }
            total = total.plus(0, 1);
            for (String person : peopleOf(project, finding)) {
                people.merge(person, new Trust(0, 1), TrustCalculator::sum);
            }
        }
        return new ProjectTrust(total, Map.copyOf(people));
    }

    private static boolean isRight(Project project, Touch touch, Duration deadline) {
        if (touch.direction() != null && touch.direction().isStartedByUs() && touch.replyTo() == null
                && touch.purpose() != null && touch.benefit() != null) {
            return true;
        }
        if (touch.replyTo() != null) {
            Touch incoming = project.touch(touch.replyTo().text());
            if (incoming != null && incoming.isIncoming() && incoming.at() != null
                    && !touch.at().isAfter(incoming.at().plus(deadline))) {
                return true;
            }
        }
        if (touch.isWritten()) {
            for (Name confirmed : touch.confirms()) {
                if (project.agreement(confirmed.text()) != null) {
                    return true;
                }
            }
        }
        return false;
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
