package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;

/** Every HTML document parses without a single error, loads nothing and runs nothing. */
class WellFormedHtmlTest {

    @TestFactory
    Stream<DynamicTest> everySampleDocumentParsesCleanly() throws Exception {
        Analysis samples = Workspaces.samples();
        List<DynamicTest> tests = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            for (String locale : List.of("en", "ru")) {
                for (ReportFile file : ReportGenerator.generate(samples, Messages.forLanguage(locale),
                        ReportFormat.HTML, null, audience)) {
                    tests.add(DynamicTest.dynamicTest(audience + "/" + locale + "/" + file.name(),
                            () -> selfContained(file.content())));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void emptyAndBrokenWorkspacesParseCleanly() {
        Analysis empty = Workspaces.analyze("// nothing here\n");
        selfContained(ReportGenerator.indexHtml(empty, Messages.english()));
        Analysis broken = Workspaces.analyze("project p \"P\" {\n  person anna {\n  touch 2026-13-01 call with anna\n",
                "garbage { } \"unterminated\n");
        selfContained(ReportGenerator.indexHtml(broken, Messages.english()));
        selfContained(ReportGenerator.projectHtml(broken, Workspaces.project(broken, "p"), Messages.forLanguage("ru")));
    }

    @Test
    void theCheckerCatchesUnclosedTags() {
        assertThrows(AssertionError.class, () -> HtmlCheck.parse(
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><div><p>x</body></html>"));
        assertThrows(AssertionError.class, () -> HtmlCheck.parse(
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><table><tr><td>x</table>"
                        + "</span></body></html>"));
    }

    static void selfContained(String html) {
        var document = HtmlCheck.parse(html);
        assertEquals(List.of(), HtmlCheck.elements(document, "script"), "no script");
        assertEquals(List.of(), HtmlCheck.elements(document, "img"), "no images to load");
        assertEquals(List.of(), HtmlCheck.elements(document, "link"), "no linked resources");
        assertFalse(html.contains("url("), "no CSS loads");
        assertFalse(html.contains("@import"), "no CSS imports");
        assertTrue(html.contains("Content-Security-Policy"), "a CSP forbids loading anything");
        assertEquals(1, HtmlCheck.elements(document, "h1").size(), "one title");
    }
}
