package org.touchbase.report.sections;

import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Person;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** Goals: of the project, of the decision-makers (in the language of business), of the contacts. */
public final class GoalsSection {

    public static final String ANCHOR = "goals";

    private GoalsSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Subheading(Line.of(v.t("goals.project"))));
        if (v.project().goals().isEmpty()) {
            body.add(new Block.Empty(Line.of(new Inline.Mark(Tone.AMBER, v.t("goals.none")), " ",
                    v.t("goals.none.advice"))));
        } else {
            body.add(new Block.Bullets(goals(v.project().goals())));
        }
        List<Person> deciders = new ArrayList<>();
        List<Person> contacts = new ArrayList<>();
        for (Person person : v.project().people()) {
            if (person.decidesAt(v.now())) {
                deciders.add(person);
            }
            if (person.contactAt(v.now())) {
                contacts.add(person);
            }
        }
        body.add(new Block.Subheading(Line.of(v.t("goals.deciders"))));
        if (deciders.isEmpty()) {
            body.add(new Block.Empty(Line.of(new Inline.Mark(Tone.RED, v.t("goals.noDecider")), " ",
                    v.t("goals.noDecider.advice"))));
        } else {
            body.add(table(v, deciders));
        }
        body.add(new Block.Subheading(Line.of(v.t("goals.contacts"))));
        if (contacts.isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("goals.noContact"))));
        } else {
            body.add(table(v, contacts));
        }
        return new Block.Section(ANCHOR, v.t("goals.title"), body);
    }

    private static Block table(ProjectView v, List<Person> people) {
        List<List<Line>> rows = new ArrayList<>();
        for (Person person : people) {
            List<Object> goals = new ArrayList<>();
            for (Goal goal : person.goals()) {
                if (!goals.isEmpty()) {
                    goals.add("; ");
                }
                goals.add(goal.text() != null ? goal.text().value() : "");
            }
            Line goalLine = goals.isEmpty() ? Line.of(new Inline.Mark(Tone.AMBER, v.t("goals.unknown")))
                    : Line.of(goals.toArray());
            List<Object> drive = new ArrayList<>();
            if (person.motivation() != null) {
                drive.add(person.motivation().value());
            }
            if (person.speaks() != null) {
                drive.add(drive.isEmpty() ? "" : " ");
                drive.add(new Inline.Muted(v.t("goals.speaks", person.speaks().value())));
            }
            rows.add(List.of(Line.of(new Inline.Strong(person.displayName()), person.role() != null
                    ? Line.of(" ", new Inline.Muted(person.role().value())) : Line.EMPTY), goalLine,
                    drive.isEmpty() ? Line.of("—") : Line.of(drive.toArray())));
        }
        return new Block.Table(List.of(v.t("col.person"), v.t("col.goals"), v.t("col.motivation")), rows);
    }

    private static List<Line> goals(List<Goal> goals) {
        List<Line> lines = new ArrayList<>();
        for (Goal goal : goals) {
            lines.add(Line.of(goal.text() != null ? goal.text().value() : "",
                    goal.id() != null ? Line.of(" ", new Inline.Code(goal.id().text())) : Line.EMPTY));
        }
        return lines;
    }
}
