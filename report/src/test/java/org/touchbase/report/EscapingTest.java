package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.report.render.Escape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Hostile text from a .client file shows as text in HTML (text, attributes, SVG) and in Markdown and Mermaid. */
class EscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\\\"><img src=x onerror=alert(2)>";
    static final String SVG = "</text></svg><svg onload=alert(3)>";
    static final String MD = "**bold** [link](http://evil.example) | cell ` tick # 1. $x$ ~~s~~ <b>";

    /** Every place a string from a file can reach a document. */
    static final String HOSTILE = """
            project evil "%1$s" {
              client "%2$s"
              manager "%3$s"
              starts 2026-09-01
              launch 2026-12-01
              goal "%4$s"
              person x "%1$s" {
                role "%2$s"
                decides
                backup
                contact
                goal "%3$s"
                motivation "%4$s"
                speaks "%1$s"
                email "%2$s"
              }
              person y "%3$s" { contact }
              source "%1$s"
              scenario "%2$s"
              plan {
                step s1 "%3$s" due 2026-10-01
                step s2 "%4$s" due 2026-12-24 done 2026-11-01
              }
              touch 2026-09-05 11:00 call with x "%1$s" {
                purpose "%2$s" benefit "%3$s"
                agreed deal "%4$s"
              }
              touch q 2026-11-10 09:00 letter from x, y "%2$s"
              touch 2026-11-11 09:00 reply to x re q { ack }
              touch 2026-10-12 15:00 meeting with x, y "%3$s" {
                purpose "p" benefit "b"
                summary interim {
                  decision "%1$s"
                  action "%2$s" owner y due 2026-10-20
                  question "%4$s"
                  next 2026-12-01
                }
              }
              expect thing from y "%1$s" due 2026-10-01
              touch 2026-12-05 meeting with y "%4$s"
            }
            """.formatted(SCRIPT, IMG.replace("\\\"", "\\\""), SVG, MD.replace("\\", "\\\\"));

    private static Analysis analysis() {
        return Workspaces.analyze(HOSTILE);
    }

    @Test
    void theHostileProjectParses() {
        Analysis analysis = analysis();
        assertEquals(List.of(), analysis.findings().stream().filter(f -> f.rule().equals("syntax")).toList());
        assertEquals(SCRIPT, Workspaces.project(analysis, "evil").title());
    }

    @Test
    void htmlShowsHostileTextAsText() {
        Analysis analysis = analysis();
        for (String locale : List.of("en", "ru")) {
            for (String html : List.of(
                    ReportGenerator.projectHtml(analysis, Workspaces.project(analysis, "evil"), Messages.forLanguage(locale)),
                    ReportGenerator.indexHtml(analysis, Messages.forLanguage(locale)))) {
                Document document = HtmlCheck.parse(html);
                assertEquals(List.of(), HtmlCheck.elements(document, "script"));
                assertEquals(List.of(), HtmlCheck.elements(document, "img"));
                assertEquals(List.of(), HtmlCheck.elements(document, "b"));
                assertEquals(1, HtmlCheck.elements(document, "h1").size());
                for (Element svg : HtmlCheck.elements(document, "svg")) {
                    assertFalse(svg.hasAttribute("onload"));
                }
                for (String tag : List.of("a", "span", "td", "svg", "circle", "rect", "path")) {
                    for (Element element : HtmlCheck.elements(document, tag)) {
                        assertFalse(element.hasAttribute("onerror"), tag);
                        assertFalse(element.hasAttribute("onload"), tag);
                        assertFalse(element.getAttribute("href").contains("http://evil"), tag);
                    }
                }
                String text = document.getDocumentElement().getTextContent();
                assertTrue(text.contains(SCRIPT), "the title shows as text");
                assertTrue(text.contains(IMG.replace("\\", "")), "shows as text: " + IMG);
                if (!html.contains("id=\"projects\"")) {
                    assertTrue(text.contains(SVG), "shows as text: " + SVG);
                }
            }
        }
    }

    @Test
    void personNamesInTheSvgLegendAndTooltipsAreText() {
        Analysis analysis = analysis();
        String html = ReportGenerator.projectHtml(analysis, Workspaces.project(analysis, "evil"), Messages.english());
        Document document = HtmlCheck.parse(html);
        boolean found = false;
        for (Element title : HtmlCheck.elements(document, "title")) {
            found |= title.getTextContent().startsWith(SCRIPT + " · ");
        }
        assertTrue(found, "a chart point's tooltip names the person as text");
        assertFalse(html.contains("<svg onload"));
        assertFalse(html.contains("<img"));
    }

    @Test
    void markdownShowsHostileTextAsText() {
        Analysis analysis = analysis();
        for (String md : List.of(
                ReportGenerator.projectMarkdown(analysis, Workspaces.project(analysis, "evil"), Messages.english()),
                ReportGenerator.indexMarkdown(analysis, Messages.english()))) {
            assertFalse(md.contains("<script"), md);
            assertFalse(md.contains("<img"));
            assertFalse(md.contains("<svg"));
            assertFalse(md.contains("<b>"));
            assertFalse(md.contains("[link](http://evil"), "no link with text from a file");
            assertFalse(md.contains("**bold**"), "no emphasis from a file");
            assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            for (String line : md.split("\n")) {
                if (line.startsWith("|")) {
                    assertFalse(line.contains(" | cell"), "a pipe in a name does not split a table cell: " + line);
                }
            }
            String[] blocks = md.split("```");
            for (int i = 1; i < blocks.length; i += 2) {
                assertFalse(blocks[i].contains("<"), "nothing from a file in Mermaid: " + blocks[i]);
                assertFalse(blocks[i].contains("alert"), "nothing from a file in Mermaid: " + blocks[i]);
            }
        }
    }

    @Test
    void escapeFunctions() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Escape.html("<a href=\"x\" title='y'>&"));
        assertEquals("\uFFFD", Escape.html("\u0000"));
        assertEquals("\\*a\\* \\_b\\_ \\[c\\](d) \\| \\`e\\` &lt;f&gt; \\# \\$", Escape.markdown("*a* _b_ [c](d) | `e` <f> # $"));
        assertEquals("\\- item", Escape.markdown("- item"));
        assertEquals("1\\. item", Escape.markdown("1. item"));
        assertEquals("two lines", Escape.markdown("two\nlines"));
        assertEquals("scriptalert(1)/script", Escape.mermaid(SCRIPT));
        assertEquals("%D0%BF%D0%BE%D1%80%D1%82%D0%B0%D0%BB.html", Escape.fileLink("портал.html"));
        assertEquals("a%20b%22%3E.html", Escape.fileLink("a b\">.html"));
    }
}
