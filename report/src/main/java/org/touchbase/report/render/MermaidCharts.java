package org.touchbase.report.render;

import java.util.ArrayList;
import java.util.List;
import org.touchbase.report.doc.Block;

/**
 * Charts as Mermaid {@code xychart-beta}, which GitHub renders. It has no
 * legend and no stacks, so a line chart draws its first series (the
 * project) and a bar chart the totals; the tables beside them have the rest.
 * Only the report's own labels and dates go into the diagram, escaped all
 * the same.
 */
final class MermaidCharts {

    private MermaidCharts() {
    }

    static void line(Block.LineChart chart, StringBuilder out) {
        if (chart.series().isEmpty()) {
            return;
        }
        List<Integer> values = chart.series().get(0).values();
        int first = 0;
        while (first < values.size() && values.get(first) == null) {
            first++;
        }
        if (first >= values.size() || first >= chart.labels().size()) {
            return;
        }
        List<String> labels = chart.labels().subList(first, Math.min(chart.labels().size(), values.size()));
        List<String> points = new ArrayList<>();
        Integer last = null;
        for (int i = first; i < first + labels.size(); i++) {
            Integer value = values.get(i);
            last = value != null ? value : last;
            points.add(String.valueOf(last));
        }
        out.append("```mermaid\nxychart-beta\n    title \"").append(Escape.mermaid(chart.title())).append("\"\n")
                .append("    x-axis ").append(labels(labels)).append('\n')
                .append("    y-axis \"%\" 0 --> 100\n")
                .append("    line [").append(String.join(", ", points)).append("]\n```\n\n");
    }

    static void bar(Block.BarChart chart, StringBuilder out) {
        if (chart.labels().isEmpty()) {
            return;
        }
        List<String> totals = new ArrayList<>();
        int max = 1;
        for (int i = 0; i < chart.labels().size(); i++) {
            int total = BarChartSvg.total(chart, i);
            max = Math.max(max, total);
            totals.add(String.valueOf(total));
        }
        out.append("```mermaid\nxychart-beta\n    title \"").append(Escape.mermaid(chart.title())).append("\"\n")
                .append("    x-axis ").append(labels(chart.labels())).append('\n')
                .append("    y-axis 0 --> ").append(max).append('\n')
                .append("    bar [").append(String.join(", ", totals)).append("]\n```\n\n");
    }

    private static String labels(List<String> labels) {
        List<String> quoted = new ArrayList<>();
        for (String label : labels) {
            quoted.add('"' + Escape.mermaid(label) + '"');
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
