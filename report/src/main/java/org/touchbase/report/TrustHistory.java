package org.touchbase.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;

/**
 * How the trust index of a project and its people moved: the analysis is run
 * again with "now" at the end of each month, from the month the project
 * started (or of its first touch) to the month of "now", whose point is
 * "now" itself. At most {@value #MAX_MONTHS} months, the latest.
 *
 * @param labels   the months, as {@code 2026-09}
 * @param project  the project's trust at each month's end
 * @param people   each person's trust at each month's end, by person id, in the project's order
 */
public record TrustHistory(List<String> labels, List<Trust> project, Map<String, List<Trust>> people) {

    public static final int MAX_MONTHS = 24;

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    public static TrustHistory of(Analysis analysis, Project project) {
        Settings base = analysis.settings(project);
        if (base == null) {
            return new TrustHistory(List.of(), List.of(), Map.of());
        }
        LocalDateTime now = base.now();
        LocalDate first = firstDate(project, now);
        if (first == null || first.isAfter(now.toLocalDate())) {
            return new TrustHistory(List.of(), List.of(), Map.of());
        }
        YearMonth last = YearMonth.from(now);
        YearMonth month = YearMonth.from(first);
        if (month.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            month = last.minusMonths(MAX_MONTHS - 1);
        }
        List<String> labels = new ArrayList<>();
        List<Trust> projectTrust = new ArrayList<>();
        Map<String, List<Trust>> people = new LinkedHashMap<>();
        for (Person person : project.people()) {
            people.putIfAbsent(person.id().text(), new ArrayList<>());
        }
        for (; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDateTime end = month.equals(last) ? now : month.plusMonths(1).atDay(1).atStartOfDay();
            Analysis.TrustSnapshot then = end.equals(now)
                    ? new Analysis.TrustSnapshot(analysis.trust(project), peopleTrust(analysis, project))
                    : analysis.trustAt(project, end);
            labels.add(month.toString());
            projectTrust.add(then.project());
            for (Map.Entry<String, List<Trust>> entry : people.entrySet()) {
                entry.getValue().add(then.people().getOrDefault(entry.getKey(), Trust.UNKNOWN));
            }
        }
        return new TrustHistory(List.copyOf(labels), List.copyOf(projectTrust), people);
    }

    /** The start of the project, or the date of its first touch, whichever is earlier. */
    private static LocalDate firstDate(Project project, LocalDateTime now) {
        LocalDate first = project.starts() != null && project.starts().valid() ? project.starts().date() : null;
        for (Touch touch : project.touches()) {
            if (touch.happenedBy(now) && (first == null || touch.at().toLocalDate().isBefore(first))) {
                first = touch.at().toLocalDate();
            }
        }
        return first;
    }

    private static Map<String, Trust> peopleTrust(Analysis analysis, Project project) {
        Map<String, Trust> trust = new LinkedHashMap<>();
        for (Person person : project.people()) {
            trust.put(person.id().text(), analysis.trust(project, person));
        }
        return trust;
    }
}
