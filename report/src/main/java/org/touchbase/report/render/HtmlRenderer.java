package org.touchbase.report.render;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Page;
import org.touchbase.report.doc.Tone;

/**
 * A page as one self-contained HTML file: inline CSS and SVG, no script,
 * nothing loaded from the network (a Content-Security-Policy says so too),
 * readable on a phone and printable to A4.
 */
public final class HtmlRenderer {

    /** A date or date-time, kept on one line. */
    private static final Pattern DATE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?");

    /** Where a position's link points, from the file's id: a CLI report links the file from its own folder. */
    private final UnaryOperator<String> fileHref;

    private HtmlRenderer(UnaryOperator<String> fileHref) {
        this.fileHref = fileHref;
    }

    public static String render(Page page) {
        return render(page, UnaryOperator.identity());
    }

    /** The page, its positions linking {@code fileHref} of their file's id (a URI stays as it is). */
    public static String render(Page page, UnaryOperator<String> fileHref) {
        return new HtmlRenderer(fileHref).page(page);
    }

    private String page(Page page) {
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Escape.html(page.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"Touchbase\">\n")
                .append("<title>").append(Escape.html(page.title())).append("</title>\n")
                .append("<style>\n").append(Css.STYLE).append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
        if (page.back() != null) {
            out.append("<p class=\"back\">");
            inline(page.back(), out);
            out.append("</p>\n");
        }
        out.append("<header>\n<h1>").append(Escape.html(page.title())).append("</h1>\n");
        if (page.subtitle() != null && !page.subtitle().isEmpty()) {
            out.append("<p class=\"subtitle\">");
            line(page.subtitle(), out);
            out.append("</p>\n");
        }
        blocks(page.header(), out);
        out.append("</header>\n");
        if (page.sections().size() > 2) {
            out.append("<nav class=\"toc\"><ol>");
            for (Block.Section section : page.sections()) {
                out.append("<li><a href=\"#").append(Escape.html(section.anchor())).append("\">")
                        .append(Escape.html(section.title())).append("</a></li>");
            }
            out.append("</ol></nav>\n");
        }
        out.append("<main>\n");
        for (Block.Section section : page.sections()) {
            block(section, out);
        }
        out.append("</main>\n");
        if (page.footer() != null && !page.footer().isEmpty()) {
            out.append("<footer>");
            line(page.footer(), out);
            out.append("</footer>\n");
        }
        out.append("</div>\n</body>\n</html>\n");
        return out.toString();
    }

    private void blocks(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            block(block, out);
        }
    }

    private void block(Block block, StringBuilder out) {
        if (block instanceof Block.Section section) {
            out.append("<section id=\"").append(Escape.html(section.anchor())).append("\">\n<h2>")
                    .append(Escape.html(section.title())).append("</h2>\n");
            blocks(section.body(), out);
            out.append("</section>\n");
        } else if (block instanceof Block.Subheading heading) {
            out.append("<h3>");
            line(heading.text(), out);
            out.append("</h3>\n");
        } else if (block instanceof Block.Paragraph paragraph) {
            out.append("<p>");
            line(paragraph.text(), out);
            out.append("</p>\n");
        } else if (block instanceof Block.Empty empty) {
            out.append("<p class=\"empty\">");
            line(empty.text(), out);
            out.append("</p>\n");
        } else if (block instanceof Block.Facts facts) {
            out.append("<dl class=\"facts\">\n");
            for (Block.Fact fact : facts.facts()) {
                out.append("<div><dt>").append(Escape.html(fact.label())).append("</dt><dd>");
                line(fact.value(), out);
                out.append("</dd></div>\n");
            }
            out.append("</dl>\n");
        } else if (block instanceof Block.Bullets bullets) {
            out.append("<ul>\n");
            for (Line item : bullets.items()) {
                out.append("<li>");
                line(item, out);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        } else if (block instanceof Block.Table table) {
            table(table, out);
        } else if (block instanceof Block.Timeline timeline) {
            out.append("<ol class=\"timeline\">\n");
            for (Block.Event event : timeline.events()) {
                out.append("<li class=\"").append(tone(event.tone())).append("\"><span class=\"when\">")
                        .append(Escape.html(event.date())).append("</span> <span class=\"what\">");
                line(event.text(), out);
                out.append("</span> <span class=\"state\">");
                line(event.state(), out);
                out.append("</span></li>\n");
            }
            out.append("</ol>\n");
        } else if (block instanceof Block.LineChart chart) {
            out.append("<figure class=\"chart\">\n");
            LineChartSvg.render(chart, out);
            out.append("</figure>\n");
        } else if (block instanceof Block.BarChart chart) {
            out.append("<figure class=\"chart\">\n");
            BarChartSvg.render(chart, out);
            out.append("</figure>\n");
        } else if (block instanceof Block.Details details) {
            out.append("<details>\n<summary>").append(Escape.html(details.summary())).append("</summary>\n");
            blocks(details.body(), out);
            out.append("</details>\n");
        }
    }

    private void table(Block.Table table, StringBuilder out) {
        out.append("<div class=\"table\"><table>\n<thead><tr>");
        for (String header : table.headers()) {
            out.append("<th>");
            Escape.html(header, out);
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Line> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < table.headers().size(); i++) {
                out.append("<td>");
                if (i < row.size()) {
                    line(row.get(i), out);
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    void line(Line line, StringBuilder out) {
        for (Inline part : line.parts()) {
            inline(part, out);
        }
    }

    private void inline(Inline part, StringBuilder out) {
        if (part instanceof Inline.Text text) {
            if (DATE.matcher(text.text()).matches()) {
                out.append("<span class=\"nw\">").append(text.text()).append("</span>");
            } else {
                Escape.html(text.text(), out);
            }
        } else if (part instanceof Inline.Strong strong) {
            out.append("<strong>");
            Escape.html(strong.text(), out);
            out.append("</strong>");
        } else if (part instanceof Inline.Muted muted) {
            out.append(DATE.matcher(muted.text()).matches() ? "<span class=\"muted nw\">" : "<span class=\"muted\">");
            Escape.html(muted.text(), out);
            out.append("</span>");
        } else if (part instanceof Inline.Code code) {
            out.append("<code>");
            Escape.html(code.text(), out);
            out.append("</code>");
        } else if (part instanceof Inline.Mark mark) {
            out.append("<span class=\"mark ").append(tone(mark.tone())).append("\">");
            Escape.html(mark.text(), out);
            out.append("</span>");
        } else if (part instanceof Inline.Link link) {
            out.append("<a href=\"");
            Escape.html(link.href(), out);
            out.append("\">");
            Escape.html(link.text(), out);
            out.append("</a>");
        } else if (part instanceof Inline.Place place) {
            // A position, marked for an editor's preview to turn into a link that opens the file there.
            out.append("<a class=\"pos\" href=\"");
            Escape.html(placeHref(place, fileHref), out);
            out.append("\" data-file=\"");
            Escape.html(place.file(), out);
            out.append("\" data-line=\"").append(place.line()).append("\">");
            Escape.html(place.text(), out);
            out.append("</a>");
        }
    }

    /**
     * Where a position links in the page itself: the file's URI, or the path {@code fileHref} gives for it
     * (percent-encoded but for the slashes), with {@code #L} and the line, so a browser opens the file; an
     * editor's preview rewrites it to open the editor at the line.
     */
    static String placeHref(Inline.Place place, UnaryOperator<String> fileHref) {
        String file = place.file();
        if (!Inline.Place.isUri(file)) {
            file = fileHref.apply(file);
            StringBuilder path = new StringBuilder();
            for (String segment : file.replace('\\', '/').split("/", -1)) {
                if (path.length() > 0) {
                    path.append('/');
                }
                path.append(Escape.fileLink(segment));
            }
            file = path.toString();
        }
        return file + "#L" + place.line();
    }

    static String tone(Tone tone) {
        return switch (tone) {
            case RED -> "red";
            case AMBER -> "amber";
            case GREEN -> "green";
            case DONE -> "done";
            case NEUTRAL -> "neutral";
        };
    }
}
