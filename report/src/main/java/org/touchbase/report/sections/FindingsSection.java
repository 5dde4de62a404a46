package org.touchbase.report.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** Findings: what the checks say, grouped by the practice they come from, each with its advice. */
public final class FindingsSection {

    public static final String ANCHOR = "findings";

    private FindingsSection() {
    }

    public static Block.Section build(ProjectView v) {
        return new Block.Section(ANCHOR, v.t("findings.title"), blocks(v.messages(), v.findings()));
    }

    /** The findings grouped by practice, language rules first, then in the order of the checklist. */
    public static List<Block> blocks(Messages messages, List<Finding> findings) {
        List<Block> body = new ArrayList<>();
        if (findings.isEmpty()) {
            body.add(new Block.Empty(Line.of(messages.get("report.findings.none"))));
            return body;
        }
        int[] counts = new int[Severity.values().length];
        for (Finding finding : findings) {
            counts[finding.severity().ordinal()]++;
        }
        body.add(new Block.Paragraph(Line.of(messages.get("report.findings.summary", findings.size(), counts[0],
                counts[1], counts[2], counts[3]))));
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        List<Finding> sorted = new ArrayList<>(findings);
        // A key per group, made once: a report has thousands of findings and a handful of groups.
        Map<String, String> keys = new HashMap<>();
        sorted.sort(Comparator.comparing((Finding f) -> keys.computeIfAbsent(group(f), FindingsSection::practiceKey))
                .thenComparing(f -> f.severity().ordinal()));
        for (Finding finding : sorted) {
            groups.computeIfAbsent(group(finding), g -> new ArrayList<>()).add(finding);
        }
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            body.add(new Block.Subheading(Line.of(title(messages, group.getKey()))));
            List<List<Line>> rows = new ArrayList<>();
            for (Finding finding : group.getValue()) {
                RuleInfo info = Rules.info(finding.rule());
                rows.add(List.of(Line.of(severity(messages, finding.severity())),
                        Line.ticked(messages.format(finding.message())),
                        Line.of(info != null ? new Inline.Link(finding.rule(), info.docsUrl())
                                : new Inline.Code(finding.rule())),
                        Line.of(ProjectView.where(finding))));
            }
            body.add(new Block.Table(List.of(messages.get("report.col.severity"),
                    messages.get("report.col.finding"), messages.get("report.col.rule"),
                    messages.get("report.col.where")), rows));
        }
        return body;
    }

    public static Inline.Mark severity(Messages messages, Severity severity) {
        Tone tone = switch (severity) {
            case ERROR -> Tone.RED;
            case WARNING -> Tone.AMBER;
            default -> Tone.NEUTRAL;
        };
        return new Inline.Mark(tone, messages.get("severity." + severity.id()));
    }

    /** A finding's group: the practice of its rule, "language" for language rules, "" for the rest. */
    private static String group(Finding finding) {
        RuleInfo info = Rules.info(finding.rule());
        if (info == null) {
            return "";
        }
        return info.language() ? "language" : info.practice();
    }

    private static String title(Messages messages, String group) {
        if (group.equals("language")) {
            return messages.get("report.practice.language");
        }
        if (group.isEmpty()) {
            return messages.get("report.practice.other");
        }
        List<String> names = new ArrayList<>();
        for (String number : group.split(",\\s*")) {
            String key = "report.practice." + number;
            names.add(messages.has(key) ? messages.get(key) : number);
        }
        return group + " · " + String.join(" · ", names);
    }

    /** Sorts "language" first, then practices by their numbers (2.10 after 2.9), then the rest. */
    private static String practiceKey(String group) {
        if (group.equals("language")) {
            return "0";
        }
        if (group.isEmpty()) {
            return "9";
        }
        StringBuilder key = new StringBuilder("1");
        for (String part : group.split(",")[0].trim().split("\\.")) {
            key.append(String.format("%03d", Integer.parseInt(part.replaceAll("\\D", "0"))));
        }
        return key.toString();
    }
}
