package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Status;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.When;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.state.ReplyState;
import org.touchbase.core.workspace.Project;

/**
 * What has a date and is still ahead or open, for a calendar feed: planned
 * touches (ours, with their people, purpose and what to prepare), plan steps
 * not done, the launch, what the client owes and has not given (an
 * {@code expect}, an action of theirs), what we promised (an {@code eta} not
 * yet kept, an action of ours), next touches agreed in a summary. Unlike the agenda it has no window: a subscribed calendar shows
 * the whole future. Projects that are {@code done} or {@code lost} have none.
 */
public final class CalendarEntries {

    private static final Comparator<CalendarEntry> ORDER = Comparator.comparing(CalendarEntry::date)
            .thenComparing(CalendarEntry::time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CalendarEntry::uid);

    private CalendarEntries() {
    }

    public static List<CalendarEntry> of(Analysis analysis, Collection<Project> projects) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Project project : projects) {
            Settings settings = analysis.settings(project);
            if (settings == null || project.status() == Status.DONE
                    || project.status() == Status.LOST) {
                continue;
            }
            AgendaContext context = new AgendaContext(project, settings, 0, subject -> List.of(), new ArrayList<>());
            collect(context, settings.now(), entries);
        }
        entries.sort(ORDER);
        return entries;
    }

    private static void collect(AgendaContext context, LocalDateTime now, List<CalendarEntry> out) {
        Project project = context.project();
        Day launch = project.launch();
        if (launch != null && launch.valid()) {
            out.add(new CalendarEntry(project, Kinds.LAUNCH, "launch", launch.date(), null,
                    Message.of("calendar.launch", project.title()), List.of(), List.of(),
                    project.declaration().file(), launch.span()));
        }
        for (Step step : project.steps()) {
            if (!step.done() && step.due() != null && step.due().valid()) {
                out.add(new CalendarEntry(project, Kinds.STEP, "step:" + step.id().text(), step.due().date(), null,
                        Message.of("calendar.step", step.title() == null ? step.id().text() : step.title().value()),
                        List.of(), List.of(), step.file(), step.span()));
            }
        }
        for (Expectation expectation : project.expectations()) {
            if (!expectation.isReceived() && expectation.due() != null && expectation.due().valid()) {
                String from = context.name(expectation.from());
                out.add(new CalendarEntry(project, Kinds.OBLIGATION, "expect:" + expectation.id().text(),
                        expectation.due().date(), null, Message.of("calendar.obligation",
                                expectation.title() == null ? expectation.id().text() : expectation.title().value(),
                                from),
                        expectation.from() == null ? List.of() : List.of(from), List.of(), expectation.file(),
                        expectation.span()));
            }
        }
        for (Summary.Action action : project.actions()) {
            if (!action.done() && action.due() != null && action.due().valid()) {
                boolean ours = !context.queries().action(action).clientOwned();
                String owner = context.name(action.owner());
                String text = action.text() == null ? "" : action.text().value();
                String identity = action.id() != null ? "action:" + action.id().text()
                        : context.identity(context.queries().action(action).touch()) + "/action:" + text;
                out.add(new CalendarEntry(project, ours ? Kinds.OUR_ACTION : Kinds.CLIENT_ACTION, identity,
                        action.due().date(), null, Message.of(ours ? "calendar.our-action" : "calendar.client-action",
                                text, owner), List.of(owner), List.of(), action.file(), action.span()));
            }
        }
        for (Touch touch : project.touches()) {
            if (touch.isIncoming() && touch.happenedBy(now)) {
                promised(context, touch, now, out);
            } else if (touch.isPlannedAt(now) && !touch.isIncoming()) {
                planned(context, touch, out);
            }
            next(context, touch, now, out);
        }
    }

    private static void promised(AgendaContext context, Touch touch, LocalDateTime now, List<CalendarEntry> out) {
        ReplyState replies = context.queries().replies(touch);
        if (replies.status() != ReplyState.Status.ETA_AHEAD && replies.status() != ReplyState.Status.ETA_PASSED
                || !replies.eta().valid()) {
            return;
        }
        Touch ack = replies.ack();
        List<String> people = context.names(touch.people());
        out.add(new CalendarEntry(context.project(), Kinds.PROMISED_ANSWER, context.identity(touch), ack.eta().date(),
                null, Message.of("calendar.promised-answer", title(touch), String.join(", ", people)), people,
                List.of(), ack.file(), ack.eta().span()));
    }

    private static void planned(AgendaContext context, Touch touch, List<CalendarEntry> out) {
        List<String> people = context.names(touch.people());
        List<Message> details = new ArrayList<>();
        if (touch.purpose() != null) {
            details.add(Message.of("calendar.purpose", touch.purpose().value()));
        }
        if (touch.benefit() != null) {
            details.add(Message.of("calendar.benefit", touch.benefit().value()));
        }
        if (touch.isSpoken()) {
            details.addAll(PlannedTouchItems.prepare(context, touch));
        }
        Object kind = touch.kind() == null ? "touch" : Labels.kind(touch.kind());
        out.add(new CalendarEntry(context.project(), Kinds.PLANNED_TOUCH, context.identity(touch),
                touch.at().toLocalDate(), touch.when().hasTime() ? touch.at().toLocalTime() : null,
                Message.of(touch.title() == null ? "calendar.touch.untitled" : "calendar.touch", kind, title(touch),
                        String.join(", ", people)), people, details,
                touch.file(), touch.header()));
    }

    private static void next(AgendaContext context, Touch touch, LocalDateTime now, List<CalendarEntry> out) {
        if (touch.summaries().isEmpty() || !touch.happenedBy(now)) {
            return;
        }
        int index = 0;
        for (Summary summary : touch.summaries()) {
            for (When next : summary.next()) {
                if (!next.valid() || !next.at().isAfter(now)) {
                    continue;
                }
                List<String> people = context.names(touch.people());
                out.add(new CalendarEntry(context.project(), Kinds.NEXT_TOUCH,
                        context.identity(touch) + "/next" + (index++ == 0 ? "" : "#" + index), next.date(),
                        next.hasTime() ? next.at().toLocalTime() : null,
                        Message.of("calendar.next-touch", String.join(", ", people)), people,
                        PlannedTouchItems.prepare(context, touch), summary.file(), next.span()));
            }
        }
    }

    private static String title(Touch touch) {
        return touch.title() != null ? touch.title().value() : "";
    }
}
