package org.touchbase.report.sections;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Touch;
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
        List<Expectation> overdue = new ArrayList<>();
        List<Expectation> open = new ArrayList<>();
        List<Expectation> received = new ArrayList<>();
        for (Expectation expectation : v.project().expectations()) {
            LocalDate due = due(expectation);
            if (expectation.isReceived()) {
                received.add(expectation);
            } else if (due != null && due.isBefore(v.today())) {
                overdue.add(expectation);
            } else {
                open.add(expectation);
            }
        }
        Comparator<Expectation> byDue = Comparator.comparing(ObligationsSection::due,
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
        for (Expectation expectation : overdue) {
            LocalDate due = due(expectation);
            List<Touch> after = new ArrayList<>();
            List<Touch> before = new ArrayList<>();
            for (Touch reminder : v.project().remindersOf(expectation)) {
                if (reminder.happenedBy(v.now())) {
                    (reminder.at().toLocalDate().isAfter(due) ? after : before).add(reminder);
                }
            }
            Tone tone = after.isEmpty() ? Tone.RED : Tone.AMBER;
            rows.add(row(v, expectation, new Inline.Mark(tone, v.t("obligations.overdue",
                    ChronoUnit.DAYS.between(due, v.today()))), reminders(v, after, before)));
        }
        for (Expectation expectation : open) {
            LocalDate due = due(expectation);
            rows.add(row(v, expectation, new Inline.Mark(Tone.NEUTRAL, v.t("obligations.open")),
                    Line.of(new Inline.Muted(due == null ? "" : v.relative(due)))));
        }
        for (Expectation expectation : received) {
            LocalDate due = due(expectation);
            LocalDate on = expectation.received().date();
            String state = on != null && due != null && on.isAfter(due)
                    ? v.t("obligations.receivedLate", on, ChronoUnit.DAYS.between(due, on))
                    : v.t("obligations.receivedOn", v.date(on));
            rows.add(row(v, expectation, new Inline.Mark(Tone.DONE, v.t("obligations.received")),
                    Line.of(new Inline.Muted(state))));
        }
        body.add(new Block.Table(List.of(v.t("col.state"), v.t("col.what"), v.t("col.from"), v.t("col.due"),
                v.t("col.notes")), rows));
        return new Block.Section(ANCHOR, v.t("obligations.title"), body);
    }

    private static List<Line> row(ProjectView v, Expectation expectation, Inline.Mark mark, Line notes) {
        return List.of(Line.of(mark), Line.of(expectation.title() != null ? expectation.title().value() : "",
                expectation.id() != null ? Line.of(" ", new Inline.Code(expectation.id().text())) : Line.EMPTY),
                Line.of(v.person(expectation.from())), Line.of(v.date(expectation.due())), notes);
    }

    private static Line reminders(ProjectView v, List<Touch> after, List<Touch> before) {
        if (after.isEmpty() && before.isEmpty()) {
            return Line.of(v.t("obligations.noReminder"));
        }
        List<String> dates = new ArrayList<>();
        for (Touch touch : after) {
            dates.add(v.when(touch.when()));
        }
        List<String> early = new ArrayList<>();
        for (Touch touch : before) {
            early.add(v.when(touch.when()));
        }
        if (after.isEmpty()) {
            return Line.of(v.t("obligations.remindedBefore", String.join(", ", early)));
        }
        return Line.of(v.t("obligations.reminded", String.join(", ", dates)));
    }

    private static LocalDate due(Expectation expectation) {
        return expectation.due() != null ? expectation.due().date() : null;
    }
}
