package org.touchbase.core.state;

import java.time.LocalDate;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;

/**
 * An action item of a summary, by "now": who owns it (a client person — then
 * it is an obligation, chased with reminders — or someone on our side),
 * whether it is done, and whether it is overdue.
 */
public final class ActionState {

    private final Summary.Action action;
    private final Touch touch;
    private final boolean clientOwned;
    private final ObligationState obligation;
    private final Timing deadlines;

    private ActionState(Summary.Action action, Touch touch, boolean clientOwned, ObligationState obligation,
            Timing deadlines) {
        this.action = action;
        this.touch = touch;
        this.clientOwned = clientOwned;
        this.obligation = obligation;
        this.deadlines = deadlines;
    }

    public static ActionState of(Project project, Summary.Action action, Timing deadlines) {
        boolean clientOwned = action.owner() == null || project.member(action.owner().text()) == null;
        return new ActionState(action, project.touchOf(action), clientOwned,
                ObligationState.of(project, action, deadlines), deadlines);
    }

    public Summary.Action action() {
        return action;
    }

    /** The touch whose summary holds it. */
    public Touch touch() {
        return touch;
    }

    /** Owned by a person of the client, not by a {@code member} of our team (an unknown owner counts as the client's). */
    public boolean clientOwned() {
        return clientOwned;
    }

    /** The action seen as an obligation: its reminders and since when it is overdue. */
    public ObligationState obligation() {
        return obligation;
    }

    public boolean done() {
        return action.done();
    }

    /** Not done and its due day is over. */
    public boolean pastDue() {
        return obligation.pastDue();
    }

    /**
     * Overdue: a client-owned action as an obligation (no reminder after the
     * due day, or the last one {@code remind every} old); one of ours as soon
     * as its due day is over.
     */
    public boolean overdue() {
        return clientOwned ? obligation.overdue() : pastDue();
    }

    /** Done by its due day (done without a date, or without a due day, counts as in time). */
    public boolean doneInTime() {
        if (!action.done()) {
            return false;
        }
        LocalDate due = action.due() != null && action.due().valid() ? action.due().date() : null;
        LocalDate on = action.doneOn() != null && action.doneOn().valid() ? action.doneOn().date() : null;
        if (on != null && on.isAfter(deadlines.today())) {
            return false;
        }
        return due == null || on == null || !on.isAfter(due);
    }
}
