package org.touchbase.core.state;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;

/**
 * What the client owes, by "now": an {@code expect}, or an {@code action}
 * owned by a client person. Its due day, whether it is closed ({@code
 * received} without {@code partly}, or {@code done}), the parts received so
 * far, the reminders sent, and whether it is overdue: past its due day with
 * no reminder after it, or with the last reminder after it
 * {@code remind every} old.
 */
public final class ObligationState {

    private final Element subject;
    private final Name owner;
    private final Text title;
    private final Day due;
    private final boolean closed;
    private final Day closedOn;
    private final List<Expectation.Receipt> parts;
    private final List<Touch> reminders;
    private final Timing deadlines;

    private ObligationState(Element subject, Name owner, Text title, Day due, boolean closed, Day closedOn,
            List<Expectation.Receipt> parts, List<Touch> reminders, Timing deadlines) {
        this.subject = subject;
        this.owner = owner;
        this.title = title;
        this.due = due;
        this.closed = closed;
        this.closedOn = closedOn;
        this.parts = parts;
        this.reminders = reminders;
        this.deadlines = deadlines;
    }

    public static ObligationState of(Project project, Expectation expectation, Timing deadlines) {
        Expectation.Receipt closing = expectation.closing();
        return new ObligationState(expectation, expectation.from(), expectation.title(), expectation.due(),
                closing != null, closing == null ? null : closing.date(), expectation.parts(),
                reminders(project, expectation, deadlines), deadlines);
    }

    public static ObligationState of(Project project, Summary.Action action, Timing deadlines) {
        return new ObligationState(action, action.owner(), action.text(), action.due(), action.done(),
                action.doneOn(), List.of(), reminders(project, action, deadlines), deadlines);
    }

    private static List<Touch> reminders(Project project, Element subject, Timing deadlines) {
        List<Touch> sent = new ArrayList<>();
        for (Touch reminder : project.remindersOf(subject)) {
            if (reminder.happenedBy(deadlines.now())) {
                sent.add(reminder);
            }
        }
        sent.sort(ReplyState.BY_TIME);
        return List.copyOf(sent);
    }

    /** The {@code expect} or the {@code action}. */
    public Element subject() {
        return subject;
    }

    /** Who owes it: the expectation's {@code from}, the action's {@code owner}. */
    public Name owner() {
        return owner;
    }

    public Text title() {
        return title;
    }

    public Day due() {
        return due;
    }

    /** Received in full, or done. */
    public boolean closed() {
        return closed;
    }

    /** The day it was received in full or done, as written; null when open or done without a date. */
    public Day closedOn() {
        return closedOn;
    }

    /** What came so far ({@code received … partly}), in the order written. */
    public List<Expectation.Receipt> parts() {
        return parts;
    }

    /** Every reminder sent by now, earliest first. */
    public List<Touch> reminders() {
        return reminders;
    }

    /** The reminders sent by now and dated after the due day, earliest first. */
    public List<Touch> remindersAfterDue() {
        List<Touch> after = new ArrayList<>();
        LocalDate dueDate = dueDate();
        for (Touch reminder : reminders) {
            if (dueDate != null && reminder.at().toLocalDate().isAfter(dueDate)) {
                after.add(reminder);
            }
        }
        return after;
    }

    /** The last reminder after the due day, or null. */
    public Touch lastReminder() {
        List<Touch> after = remindersAfterDue();
        return after.isEmpty() ? null : after.get(after.size() - 1);
    }

    /** Open and its due day is over. */
    public boolean pastDue() {
        return !closed && dueDate() != null && deadlines.today().isAfter(dueDate());
    }

    /**
     * Since when it is overdue, or null when it is not: the end of the due
     * day when nobody reminded after it, else the moment the last reminder
     * after it became {@code remind every} old.
     */
    public LocalDateTime overdueSince() {
        if (!pastDue()) {
            return null;
        }
        Touch last = lastReminder();
        LocalDateTime since = last == null ? due.endOfDay() : deadlines.remindAgain(last.at());
        return deadlines.passed(since) ? since : null;
    }

    public boolean overdue() {
        return overdueSince() != null;
    }

    /** The days past due, counted from the due day to today. */
    public long daysPastDue() {
        LocalDate dueDate = dueDate();
        return dueDate == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(dueDate, deadlines.today());
    }

    private LocalDate dueDate() {
        return due != null && due.valid() ? due.date() : null;
    }
}
