package org.touchbase.report.sections;

import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.model.Person;
import org.touchbase.report.TrustHistory;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;

/** Trust: the index of the project and of each key person, and how it moved month by month. */
public final class TrustSection {

    public static final String ANCHOR = "trust";

    private TrustSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        Trust trust = v.trust();
        body.add(new Block.Paragraph(Line.of(new Inline.Strong(v.t("trust.project", v.percent(trust))), " ",
                new Inline.Muted(v.t("trust.counts", trust.right(), trust.wrong())))));
        List<Person> shown = shownPeople(v);
        if (!shown.isEmpty()) {
            List<List<Line>> rows = new ArrayList<>();
            for (Person person : shown) {
                Trust personal = v.trust(person);
                rows.add(List.of(Line.of(person.displayName()), PeopleSection.parts(v, person),
                        Line.of(v.percent(personal)), Line.of(String.valueOf(personal.right())),
                        Line.of(String.valueOf(personal.wrong()))));
            }
            body.add(new Block.Table(List.of(v.t("col.person"), v.t("col.part"), v.t("col.trust"),
                    v.t("col.right"), v.t("col.wrong")), rows));
        }
        TrustHistory history = v.trustHistory();
        if (history.isEmpty() || !anyKnown(history.project())) {
            body.add(new Block.Empty(Line.of(v.t("trust.noHistory"))));
        } else {
            List<Block.Series> series = new ArrayList<>();
            series.add(new Block.Series(v.t("trust.projectSeries"), percents(history.project())));
            for (Person person : shown) {
                List<Trust> values = history.people().get(person.id().text());
                if (values != null && anyKnown(values)) {
                    series.add(new Block.Series(person.displayName(), percents(values)));
                }
            }
            body.add(new Block.LineChart(v.t("trust.chart"), history.labels(), series));
            List<String> headers = new ArrayList<>();
            headers.add(v.t("col.month"));
            for (Block.Series s : series) {
                headers.add(s.name());
            }
            List<List<Line>> rows = new ArrayList<>();
            for (int i = 0; i < history.labels().size(); i++) {
                List<Line> row = new ArrayList<>();
                row.add(Line.of(history.labels().get(i)));
                for (Block.Series s : series) {
                    Integer value = s.values().get(i);
                    row.add(Line.of(value == null ? "—" : value + "%"));
                }
                rows.add(row);
            }
            body.add(new Block.Details(v.t("trust.byMonth"), List.of(new Block.Table(headers, rows))));
            body.add(new Block.Paragraph(Line.of(new Inline.Muted(v.t("trust.explain")))));
        }
        return new Block.Section(ANCHOR, v.t("trust.title"), body);
    }

    /** Key people (decision-makers, backups, contacts), then anyone else with a known index. */
    private static List<Person> shownPeople(ProjectView v) {
        List<Person> shown = new ArrayList<>();
        for (Person person : PeopleSection.ordered(v)) {
            if (!person.parts().isEmpty() || v.trust(person).known()) {
                shown.add(person);
            }
        }
        return shown;
    }

    private static boolean anyKnown(List<Trust> values) {
        for (Trust trust : values) {
            if (trust.known()) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> percents(List<Trust> values) {
        List<Integer> result = new ArrayList<>();
        for (Trust trust : values) {
            result.add(trust.percent());
        }
        return result;
    }
}
