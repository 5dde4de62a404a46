package org.touchbase.report.sections;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.model.Step;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** Plan: the steps to launch as a timeline, each done, overdue or upcoming, and the launch itself. */
public final class PlanSection {

    public static final String ANCHOR = "plan";

    private PlanSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        List<Step> steps = new ArrayList<>(v.project().steps());
        steps.sort(Comparator.comparing(PlanSection::due, Comparator.nullsLast(Comparator.naturalOrder())));
        if (steps.isEmpty()) {
            body.add(new Block.Empty(v.forClient() ? Line.of(v.t("plan.none"))
                    : Line.of(new Inline.Mark(Tone.AMBER, v.t("plan.none")), " ", v.t("plan.none.advice"))));
        }
        LocalDate launch = v.project().launch() != null ? v.project().launch().date() : null;
        List<Block.Event> events = new ArrayList<>();
        int done = 0;
        int overdue = 0;
        boolean launchShown = launch == null;
        for (Step step : steps) {
            LocalDate due = due(step);
            if (!launchShown && due != null && due.isAfter(launch)) {
                events.add(launch(v, launch));
                launchShown = true;
            }
            Tone tone;
            String state;
            if (step.done()) {
                done++;
                tone = Tone.DONE;
                LocalDate on = step.doneOn() != null ? step.doneOn().date() : null;
                if (on == null) {
                    state = v.t("plan.done");
                } else if (due != null && on.isAfter(due)) {
                    state = v.t("plan.doneLate", v.day(on), v.days(ChronoUnit.DAYS.between(due, on)));
                } else {
                    state = v.t("plan.doneOn", v.day(on));
                }
            } else if (due == null) {
                tone = Tone.NEUTRAL;
                state = v.t("plan.noDate");
            } else if (due.isBefore(v.today())) {
                overdue++;
                tone = Tone.RED;
                state = v.t("plan.overdue", ChronoUnit.DAYS.between(due, v.today()));
            } else {
                tone = Tone.NEUTRAL;
                state = v.t("plan.upcoming", v.relative(due));
            }
            String title = step.title() != null ? step.title().value() : step.id() != null ? step.id().text() : "";
            events.add(new Block.Event(tone, v.date(due), Line.of(title),
                    Line.of(tone == Tone.RED ? new Inline.Mark(Tone.RED, state) : new Inline.Muted(state))));
        }
        if (!launchShown) {
            events.add(launch(v, launch));
        }
        if (!steps.isEmpty()) {
            body.add(new Block.Paragraph(Line.of(v.t("plan.summary", done, steps.size(), overdue))));
        }
        if (!events.isEmpty()) {
            body.add(new Block.Timeline(events));
        }
        return new Block.Section(ANCHOR, v.t("plan.title"), body);
    }

    private static Block.Event launch(ProjectView v, LocalDate launch) {
        return new Block.Event(Tone.GREEN, v.date(launch), Line.of(new Inline.Strong(v.t("plan.launch"))),
                Line.of(new Inline.Muted(v.relative(launch))));
    }

    private static LocalDate due(Step step) {
        return step.due() != null ? step.due().date() : null;
    }
}
