package org.touchbase.report.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Page;
import org.touchbase.report.doc.Tone;

/**
 * A page as GitHub-flavoured Markdown: tables, marks as coloured emoji with
 * their words in bold, charts as Mermaid {@code xychart-beta} blocks (the numbers are
 * in a table beside them).
 */
public final class MarkdownRenderer {

    /** A name that reads the same in a code span: letters, digits, {@code _ . -}. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");

    /** Section anchors to the ids GitHub gives their headings. */
    private final Map<String, String> slugs;

    private MarkdownRenderer(Map<String, String> slugs) {
        this.slugs = slugs;
    }

    public static String render(Page page) {
        Map<String, String> slugs = new HashMap<>();
        for (Block.Section section : page.sections()) {
            slugs.put(section.anchor(), slug(section.title()));
        }
        return new MarkdownRenderer(slugs).renderPage(page);
    }

    /** The id GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String title) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.append(Character.toLowerCase(c));
            } else if (c == ' ') {
                out.append('-');
            }
        }
        return out.toString();
    }

    private String renderPage(Page page) {
        StringBuilder out = new StringBuilder(16_384);
        if (page.back() != null) {
            inline(page.back(), out);
            out.append("\n\n");
        }
        out.append("# ").append(Escape.markdown(page.title())).append("\n\n");
        if (page.subtitle() != null && !page.subtitle().isEmpty()) {
            line(page.subtitle(), out);
            out.append("\n\n");
        }
        blocks(page.header(), out);
        for (Block.Section section : page.sections()) {
            block(section, out);
        }
        if (page.footer() != null && !page.footer().isEmpty()) {
            out.append("---\n\n");
            line(page.footer(), out);
            out.append('\n');
        }
        String text = out.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private void blocks(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            block(block, out);
        }
    }

    private void block(Block block, StringBuilder out) {
        if (block instanceof Block.Section section) {
            out.append("## ").append(Escape.markdown(section.title())).append("\n\n");
            blocks(section.body(), out);
        } else if (block instanceof Block.Subheading heading) {
            out.append("### ");
            line(heading.text(), out);
            out.append("\n\n");
        } else if (block instanceof Block.Paragraph paragraph) {
            line(paragraph.text(), out);
            out.append("\n\n");
        } else if (block instanceof Block.Empty empty) {
            out.append("*");
            line(empty.text(), out);
            out.append("*\n\n");
        } else if (block instanceof Block.Facts facts) {
            for (Block.Fact fact : facts.facts()) {
                out.append("- **").append(Escape.markdown(fact.label())).append(":** ");
                line(fact.value(), out);
                out.append('\n');
            }
            out.append('\n');
        } else if (block instanceof Block.Bullets bullets) {
            for (Line item : bullets.items()) {
                out.append("- ");
                line(item, out);
                out.append('\n');
            }
            out.append('\n');
        } else if (block instanceof Block.Table table) {
            table(table, out);
        } else if (block instanceof Block.Timeline timeline) {
            for (Block.Event event : timeline.events()) {
                out.append("- ").append(emoji(event.tone())).append(" **").append(Escape.markdown(event.date()))
                        .append("** ");
                line(event.text(), out);
                if (!event.state().isEmpty()) {
                    out.append(" — ");
                    line(event.state(), out);
                }
                out.append('\n');
            }
            out.append('\n');
        } else if (block instanceof Block.LineChart chart) {
            MermaidCharts.line(chart, out);
        } else if (block instanceof Block.BarChart chart) {
            MermaidCharts.bar(chart, out);
        } else if (block instanceof Block.Details details) {
            out.append("<details>\n<summary>").append(Escape.html(details.summary())).append("</summary>\n\n");
            blocks(details.body(), out);
            out.append("</details>\n\n");
        }
    }

    private void table(Block.Table table, StringBuilder out) {
        out.append('|');
        for (String header : table.headers()) {
            out.append(' ').append(Escape.markdown(header)).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < table.headers().size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<Line> row : table.rows()) {
            out.append('|');
            for (int i = 0; i < table.headers().size(); i++) {
                out.append(' ');
                if (i < row.size()) {
                    line(row.get(i), out);
                }
                out.append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void line(Line line, StringBuilder out) {
        for (Inline part : line.parts()) {
            inline(part, out);
        }
    }

    private void inline(Inline part, StringBuilder out) {
        if (part instanceof Inline.Text text) {
            out.append(spaced(text.text(), Escape.markdown(text.text())));
        } else if (part instanceof Inline.Strong strong) {
            String inner = Escape.markdown(strong.text());
            out.append(inner.isEmpty() ? "" : "**" + inner + "**");
        } else if (part instanceof Inline.Muted muted) {
            out.append(spaced(muted.text(), Escape.markdown(muted.text())));
        } else if (part instanceof Inline.Code code) {
            out.append(NAME.matcher(code.text()).matches() ? "`" + code.text() + "`"
                    : Escape.markdown(code.text()));
        } else if (part instanceof Inline.Mark mark) {
            // The mark's words in bold, as the badge of the HTML page: text after it reads apart from it.
            String inner = Escape.markdown(mark.text());
            out.append(emoji(mark.tone())).append(inner.isEmpty() ? "" : " **" + inner + "**");
        } else if (part instanceof Inline.Place place) {
            out.append(Escape.markdown(place.text()));
        } else if (part instanceof Inline.Link link) {
            String href = link.href();
            if (href.startsWith("#") && slugs.containsKey(href.substring(1))) {
                href = "#" + Escape.fileLink(slugs.get(href.substring(1)));
            }
            out.append('[').append(Escape.markdown(link.text())).append("](").append(href).append(')');
        }
    }

    /** Keeps the spaces around a piece of text that escaping strips. */
    private static String spaced(String raw, String escaped) {
        if (escaped.isEmpty()) {
            return raw.isEmpty() ? "" : " ";
        }
        String lead = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) ? " " : "";
        String trail = !raw.isEmpty() && Character.isWhitespace(raw.charAt(raw.length() - 1)) ? " " : "";
        return lead + escaped + trail;
    }

    static String emoji(Tone tone) {
        return switch (tone) {
            case RED -> "🔴";
            case AMBER -> "🟠";
            case GREEN -> "🟢";
            case DONE -> "✅";
            case NEUTRAL -> "⚪";
        };
    }
}
