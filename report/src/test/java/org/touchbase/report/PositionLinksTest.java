package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Dates;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.w3c.dom.Element;

/**
 * A finding's {@code file:line} in the internal document is a link to the
 * place: {@code <a class="pos" href="…#L12" data-file="…" data-line="12">},
 * which a browser follows to the file and an editor's preview turns into a
 * link that opens the editor at the line. Every attribute is escaped.
 */
class PositionLinksTest {

    private static final String PROJECT = """
            project p "P" {
              person anna "Anna" { decides }
              touch 2026-11-02 10:00 letter from anna "Prices?"
            }
            """;

    private static String html(String fileId) {
        SourceFile file = new SourceFile(fileId, PROJECT);
        Settings settings = Settings.defaults(Dates.parseMoment(Workspaces.TODAY));
        Analysis analysis = Analyzer.analyze(List.of(ModelBuilder.build(file)), f -> settings);
        return ReportGenerator.projectHtml(analysis, Workspaces.project(analysis, "p"), Messages.english());
    }

    private static List<Element> positions(String html) {
        return HtmlCheck.elements(HtmlCheck.parse(html), "a").stream()
                .filter(a -> "pos".equals(a.getAttribute("class"))).toList();
    }

    @Test
    void aPathLinksRelativelyToTheLine() {
        List<Element> links = positions(html("work/p.client"));
        assertFalse(links.isEmpty());
        Element unanswered = links.stream().filter(a -> a.getTextContent().equals("work/p.client:3")).findFirst()
                .orElseThrow(() -> new AssertionError("no link to line 3"));
        assertEquals("work/p.client#L3", unanswered.getAttribute("href"));
        assertEquals("work/p.client", unanswered.getAttribute("data-file"));
        assertEquals("3", unanswered.getAttribute("data-line"));
    }

    @Test
    void anEditorsUriIsShownByItsFileName() {
        String uri = "file:///home/me/%D0%BF%D0%BE%D1%80%D1%82%D0%B0%D0%BB.client";
        Element link = positions(html(uri)).get(0);
        assertTrue(link.getTextContent().startsWith("портал.client:"), link.getTextContent());
        assertEquals(uri, link.getAttribute("data-file"));
        assertTrue(link.getAttribute("href").startsWith(uri + "#L"), link.getAttribute("href"));
    }

    @Test
    void everyAttributeIsEscaped() {
        String hostile = "a\"b'<c>&d.client";
        String html = html(hostile);
        assertFalse(html.contains("data-file=\"a\"b"), "an unescaped quote in an attribute");
        Element link = positions(html).get(0);
        assertEquals(hostile, link.getAttribute("data-file"));
        assertEquals("a%22b%27%3Cc%3E%26d.client#L" + link.getAttribute("data-line"), link.getAttribute("href"));
        assertTrue(link.getTextContent().startsWith(hostile + ":"));
    }

    @Test
    void markdownSaysThePositionAsText() {
        SourceFile file = new SourceFile("work/p.client", PROJECT);
        Settings settings = Settings.defaults(Dates.parseMoment(Workspaces.TODAY));
        Analysis analysis = Analyzer.analyze(List.of(ModelBuilder.build(file)), f -> settings);
        String md = ReportGenerator.projectMarkdown(analysis, Workspaces.project(analysis, "p"), Messages.english());
        assertTrue(md.contains("work/p.client:3"), md);
        assertFalse(md.contains("#L3"), md);
    }
}
