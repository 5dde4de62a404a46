package org.touchbase.core.state;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;

/**
 * Where an incoming touch stands with its answer, by "now": whether it needs
 * one at all, the replies and acknowledgements sent (in time order), the
 * reply deadline, the acknowledgement and {@code eta} that count, and what
 * answered it. Rules, hover cards, quick fixes and reports all ask this.
 */
public final class ReplyState {

    /** Earliest first; a reply without a valid date after every dated one. */
    public static final Comparator<Touch> BY_TIME =
            Comparator.comparing(Touch::at, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Where the answer stands. */
    public enum Status {
        /** Not incoming, planned, or needing no answer ({@code noreply}, a conversation, the client's answer). */
        NOT_NEEDED,
        /** A reply that is not only an {@code ack} was sent. */
        ANSWERED,
        /** Nothing sent yet, and the reply deadline has not passed. */
        WAITING,
        /** Nothing sent, and the reply deadline has passed ("now" is at or after it). */
        NO_ACK,
        /** Acknowledged without an {@code eta}. */
        ACK_WITHOUT_ETA,
        /** Acknowledged, and the {@code eta} has not passed. */
        ETA_AHEAD,
        /** Acknowledged, and the {@code eta} has passed. */
        ETA_PASSED
    }

    private final Touch incoming;
    private final boolean needed;
    private final List<Touch> sent;
    private final Timing deadlines;
    private final LocalDateTime now;
    /* Worked out when first asked: most incoming touches are answered, and their deadline is never asked. */
    private LocalDateTime deadline;
    private boolean deadlineKnown;

    private ReplyState(Touch incoming, boolean needed, List<Touch> sent, Timing deadlines) {
        this.incoming = incoming;
        this.needed = needed;
        this.sent = sent;
        this.deadlines = deadlines;
        this.now = deadlines.now();
    }

    public static ReplyState of(Project project, Touch incoming, Timing deadlines) {
        LocalDateTime now = deadlines.now();
        List<Touch> sent = new ArrayList<>();
        for (Touch reply : project.repliesTo(incoming)) {
            if (reply.at() == null || !reply.at().isAfter(now)) {
                sent.add(reply);
            }
        }
        sent.sort(BY_TIME);
        boolean needed = needsAnswer(project, incoming) && incoming.happenedBy(now);
        return new ReplyState(incoming, needed, List.copyOf(sent), deadlines);
    }

    /**
     * An incoming touch needs an answer unless it is {@code noreply}, was
     * spoken and not {@code missed} (answered in the conversation), or is
     * itself the client's answer to a question we sent.
     */
    public static boolean needsAnswer(Project project, Touch touch) {
        if (!touch.isIncoming() || touch.isNoReply()) {
            return false;
        }
        if (touch.isSpoken() && !touch.isMissed()) {
            return false;
        }
        return !answersOurQuestion(project, touch);
    }

    /** The touch is the client's answer to a {@code question} we sent ({@code re} points at it validly). */
    public static boolean answersOurQuestion(Project project, Touch touch) {
        if (touch.replyTo() == null) {
            return false;
        }
        Touch target = project.touch(touch.replyTo().text());
        return target != null && QuestionState.isOurQuestion(target)
                && project.repliesTo(target).contains(touch);
    }

    /**
     * A reply and the touch it answers both name people, all of them known
     * (an unknown name is its own error), and none in common.
     */
    public static boolean misdirected(Project project, Touch reply, Touch target) {
        if (reply.people().isEmpty() || target.people().isEmpty() || !allKnown(project, reply)
                || !allKnown(project, target)) {
            return false;
        }
        for (Name person : reply.people()) {
            if (target.involves(person.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allKnown(Project project, Touch touch) {
        for (Name person : touch.people()) {
            if (project.person(person.text()) == null) {
                return false;
            }
        }
        return true;
    }

    public Touch incoming() {
        return incoming;
    }

    /** Whether the touch needs an answer (incoming, happened, and none of the exemptions). */
    public boolean needed() {
        return needed;
    }

    /** The replies and acknowledgements sent by now, earliest first, undated last. */
    public List<Touch> sent() {
        return sent;
    }

    /** The moment the touch had to be answered by; null without a date. */
    public LocalDateTime deadline() {
        if (!deadlineKnown) {
            deadline = deadlines.replyDeadline(incoming.at());
            deadlineKnown = true;
        }
        return deadline;
    }

    /** The first dated reply or acknowledgement, or null. */
    public Touch first() {
        return sent.isEmpty() || sent.get(0).at() == null ? null : sent.get(0);
    }

    /** The first reply that is not only an acknowledgement: what answered the touch; null if none. */
    public Touch answer() {
        for (Touch reply : sent) {
            if (!reply.isAck()) {
                return reply;
            }
        }
        return null;
    }

    public boolean answered() {
        return answer() != null;
    }

    /** The acknowledgement that counts: the latest dated one, else the last undated one; null if none. */
    public Touch ack() {
        Touch last = null;
        for (Touch reply : sent) {
            if (reply.isAck() && (reply.at() != null || last == null || last.at() == null)) {
                last = reply;
            }
        }
        return last;
    }

    /** The {@code eta} of the acknowledgement that counts, or null. */
    public Day eta() {
        Touch ack = ack();
        return ack == null ? null : ack.eta();
    }

    /** Whether the first reply or acknowledgement came once the deadline had passed (at or after it). */
    public boolean firstLate() {
        Touch first = first();
        return needed && first != null && deadline() != null && !first.at().isBefore(deadline());
    }

    public Status status() {
        if (!needed) {
            return Status.NOT_NEEDED;
        }
        if (answered()) {
            return Status.ANSWERED;
        }
        Touch ack = ack();
        if (ack == null) {
            return deadline() != null && !now.isBefore(deadline()) ? Status.NO_ACK : Status.WAITING;
        }
        Day eta = ack.eta();
        if (eta == null) {
            return Status.ACK_WITHOUT_ETA;
        }
        return eta.valid() && !now.isBefore(eta.endOfDay()) ? Status.ETA_PASSED : Status.ETA_AHEAD;
    }
}
