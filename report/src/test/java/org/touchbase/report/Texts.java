package org.touchbase.report;

import java.util.List;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Line;

/** The words of a section, flattened to one text per line, for asserts that ignore layout. */
final class Texts {

    private Texts() {
    }

    static String of(Block block) {
        StringBuilder out = new StringBuilder();
        append(block, out);
        return out.toString();
    }

    static String of(List<? extends Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            append(block, out);
        }
        return out.toString();
    }

    private static void append(Block block, StringBuilder out) {
        if (block instanceof Block.Section section) {
            out.append("## ").append(section.title()).append('\n');
            section.body().forEach(b -> append(b, out));
        } else if (block instanceof Block.Subheading heading) {
            out.append("### ").append(heading.text().plain()).append('\n');
        } else if (block instanceof Block.Paragraph paragraph) {
            out.append(paragraph.text().plain()).append('\n');
        } else if (block instanceof Block.Empty empty) {
            out.append("(empty) ").append(empty.text().plain()).append('\n');
        } else if (block instanceof Block.Facts facts) {
            facts.facts().forEach(f -> out.append(f.label()).append(": ").append(f.value().plain()).append('\n'));
        } else if (block instanceof Block.Bullets bullets) {
            bullets.items().forEach(i -> out.append("- ").append(i.plain()).append('\n'));
        } else if (block instanceof Block.Table table) {
            out.append(String.join(" | ", table.headers())).append('\n');
            for (List<Line> row : table.rows()) {
                out.append(String.join(" | ", row.stream().map(Line::plain).toList())).append('\n');
            }
        } else if (block instanceof Block.Timeline timeline) {
            timeline.events().forEach(e -> out.append(e.tone()).append(' ').append(e.date()).append(' ')
                    .append(e.text().plain()).append(" — ").append(e.state().plain()).append('\n'));
        } else if (block instanceof Block.LineChart chart) {
            out.append("line chart ").append(chart.labels()).append(' ');
            chart.series().forEach(s -> out.append(s.name()).append('=').append(s.values()).append(' '));
            out.append('\n');
        } else if (block instanceof Block.BarChart chart) {
            out.append("bar chart ").append(chart.labels()).append(' ');
            chart.series().forEach(s -> out.append(s.name()).append('=').append(s.values()).append(' '));
            out.append('\n');
        } else if (block instanceof Block.Details details) {
            out.append("> ").append(details.summary()).append('\n');
            details.body().forEach(b -> append(b, out));
        }
    }
}
