package org.touchbase.core.rules.practice;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;

/** The replies and acknowledgements an incoming touch got by a given moment. */
public final class Replies {

    private static final Comparator<Touch> BY_TIME =
            Comparator.comparing(Touch::at, Comparator.nullsLast(Comparator.naturalOrder()));

    private Replies() {
    }

    /** Replies that are not planned (dated by {@code now}, or undated), earliest first, undated last. */
    public static List<Touch> sent(Project project, Touch incoming, LocalDateTime now) {
        List<Touch> sent = new ArrayList<>();
        for (Touch reply : project.repliesTo(incoming)) {
            if (reply.at() == null || !reply.at().isAfter(now)) {
                sent.add(reply);
            }
        }
        sent.sort(BY_TIME);
        return sent;
    }

    /** The first dated reply or acknowledgement, or null. */
    public static Touch first(List<Touch> sent) {
        return sent.isEmpty() || sent.get(0).at() == null ? null : sent.get(0);
    }

    public static boolean answered(List<Touch> sent) {
        for (Touch reply : sent) {
            if (!reply.isAck()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The acknowledgement that counts: the last dated one, or the last one
     * when none is dated; null when nothing was sent.
     */
    public static Touch lastAck(List<Touch> sent) {
        if (sent.isEmpty()) {
            return null;
        }
        Touch lastAck = sent.get(sent.size() - 1);
        for (Touch ack : sent) {
            if (ack.at() != null) {
                lastAck = ack;
            }
        }
        return lastAck;
    }
}
