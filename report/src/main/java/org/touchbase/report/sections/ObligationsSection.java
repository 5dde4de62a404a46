package org.touchbase.report.sections;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Touch;
import org.touchbase.core.state.ObligationState;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** Obligations of the client: overdue (with the reminders sent), open, and received. */
public final class ObligationsSection {

    public static final String ANCHOR = "obligations";

    private ObligationsSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        List<ObligationState> overdue = new ArrayList<>();
        List<ObligationState> open = new ArrayList<>();
        List<ObligationState> received = new ArrayList<>();
        for (Expectation expectation : v.project().expectations()) {
            ObligationState state = ObligationState.of(v.project(), expectation, v.deadlines());
            if (state.closed()) {
                received.add(state);
            } else if (state.pastDue()) {
                overdue.add(state);
            } else {
                open.add(state);
            }
        }
        Comparator<ObligationState> byDue = Comparator.comparing(ObligationsSection::due,
                Comparator.nullsLast(Comparator.naturalOrder()));
        overdue.sort(byDue);
        open.sort(byDue);
        received.sort(byDue);
        if (overdue.isEmpty() && open.isEmpty() && received.isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("obligations.none"))));
            return new Block.Section(ANCHOR, v.t("obligations.title"), body);
        }
        body.add(new Block.Paragraph(Line.of(v.t("obligations.summary", overdue.size(), open.size(),
                received.size()))));
        List<List<Line>> rows = new ArrayList<>();
        for (ObligationState state : overdue) {
            Tone tone = state.overdue() ? Tone.RED : Tone.AMBER;
            rows.add(row(v, state, new Inline.Mark(tone, v.t("obligations.overdue", state.daysPastDue())),
                    notes(v, state, v.forClient() ? "" : reminders(v, state), false)));
        }
        for (ObligationState state : open) {
            LocalDate due = due(state);
            rows.add(row(v, state, new Inline.Mark(Tone.NEUTRAL, v.t("obligations.open")),
                    notes(v, state, due == null ? "" : v.relative(due), true)));
        }
        for (ObligationState state : received) {
            LocalDate due = due(state);
            LocalDate on = state.closedOn() == null ? null : state.closedOn().date();
            String text = on != null && due != null && on.isAfter(due)
                    ? v.t("obligations.receivedLate", v.day(on), v.days(ChronoUnit.DAYS.between(due, on)))
                    : v.t("obligations.receivedOn", v.day(on));
            rows.add(row(v, state, new Inline.Mark(Tone.DONE, v.t("obligations.received")),
                    notes(v, state, text, true)));
        }
        body.add(new Block.Table(List.of(v.t("col.state"), v.t("col.what"), v.t("col.from"), v.t("col.due"),
                v.t("col.notes")), rows));
        return new Block.Section(ANCHOR, v.t("obligations.title"), body);
    }

    /** The state's own note, then every part received so far. */
    private static Line notes(ProjectView v, ObligationState state, String note, boolean muted) {
        List<String> lines = new ArrayList<>();
        if (!note.isEmpty()) {
            lines.add(note);
        }
        for (Expectation.Receipt part : state.parts()) {
            lines.add(v.t("obligations.part", part.partly().value(), v.day(part.date())));
        }
        String text = String.join("; ", lines);
        return muted ? Line.of(new Inline.Muted(text)) : Line.of(text);
    }

    private static List<Line> row(ProjectView v, ObligationState state, Inline.Mark mark, Line notes) {
        Expectation expectation = (Expectation) state.subject();
        return List.of(Line.of(mark), Line.of(expectation.title() != null ? expectation.title().value() : "",
                expectation.id() != null ? Line.of(" ", new Inline.Code(expectation.id().text())) : Line.EMPTY),
                Line.of(v.person(expectation.from())), Line.of(v.date(expectation.due())), notes);
    }

    /** Every reminder sent by now: those after the due day, or only those before it. */
    private static String reminders(ProjectView v, ObligationState state) {
        List<Touch> after = state.remindersAfterDue();
        if (state.reminders().isEmpty()) {
            return v.t("obligations.noReminder");
        }
        List<String> dates = new ArrayList<>();
        for (Touch touch : state.reminders()) {
            dates.add(v.moment(touch.when()));
        }
        return v.t(after.isEmpty() ? "obligations.remindedBefore" : "obligations.reminded", String.join(", ", dates));
    }

    private static LocalDate due(ObligationState state) {
        return state.due() != null ? state.due().date() : null;
    }
}
