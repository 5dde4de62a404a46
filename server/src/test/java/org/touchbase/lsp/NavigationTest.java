package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.lsp.LspFixture.await;
import static org.touchbase.lsp.NavAssert.marked;
import static org.touchbase.lsp.NavAssert.render;
import static org.touchbase.lsp.NavAssert.renderLocations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition, find references and document highlight, in one file and across files. */
class NavigationTest {

    static final String PROJECT = """
            project p "P" {
              person anna "Anna" { decides }
              person boris "Boris" { contact }
              touch q1 2026-11-10 letter from boris "Hosting?"
              touch 2026-11-10 reply to boris re q1 { ack eta 2026-11-25 }
              touch 2026-11-12 call with anna, boris "Scope" {
                agreed scope "v1"
                summary final { action "Send" owner boris due 2026-11-30 }
              }
              touch 2026-11-13 letter to anna { confirms scope }
              expect brandbook from boris "Brand book" due 2026-11-15
              touch 2026-11-16 reminder to boris { reminds brandbook }
            }
            """;

    // ---- helpers

    /** The caret's definition is the marked range (no range: no definition), in the same file. */
    static void assertDefinition(String text) throws Exception {
        var marked = marked(text);
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", marked.text());
            assertEquals(expected("p.client", marked.ranges()), renderLocations(definition(lsp, uri, marked.caret())));
        }
    }

    static List<? extends Location> definition(LspFixture lsp, String uri, Position at) {
        return await(lsp.server().getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(uri), at))).getLeft();
    }

    static List<? extends Location> references(LspFixture lsp, String uri, Position at, boolean declarations) {
        return await(lsp.server().getTextDocumentService().references(
                new ReferenceParams(new TextDocumentIdentifier(uri), at, new ReferenceContext(declarations))));
    }

    static String expected(String file, List<Range> ranges) {
        List<String> lines = new ArrayList<>();
        for (Range range : ranges) {
            lines.add(file + " " + render(range));
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    static String with(String replacement, String from) {
        return PROJECT.replace(from, replacement);
    }

    // ---- definition

    @Test
    void definitionOfEveryKindOfReference() throws Exception {
        assertDefinition(with("person [[anna]] \"Anna\"", "person anna \"Anna\"")
                .replace("call with anna", "call with an|na"));
        assertDefinition(with("person [[boris]] \"Boris\"", "person boris \"Boris\"")
                .replace("with anna, boris", "with anna, |boris"));
        assertDefinition(with("touch [[q1]] 2026", "touch q1 2026").replace("re q1", "re q1|"));
        assertDefinition(with("agreed [[scope]]", "agreed scope").replace("confirms scope", "confirms sc|ope"));
        assertDefinition(with("expect [[brandbook]]", "expect brandbook").replace("reminds brandbook",
                "reminds |brandbook"));
        assertDefinition(with("person [[boris]] \"Boris\"", "person boris \"Boris\"")
                .replace("owner boris", "owner bor|is"));
        assertDefinition(with("person [[boris]] \"Boris\"", "person boris \"Boris\"")
                .replace("from boris \"Brand", "from b|oris \"Brand"));
    }

    @Test
    void onADeclarationTheDefinitionIsTheDeclarationThatCounts() throws Exception {
        assertDefinition(with("person [[a|nna]] \"Anna\"", "person anna \"Anna\""));
        assertDefinition(with("person [[anna]] \"Anna\" { decides }\n  person an|na \"Again\"",
                "person anna \"Anna\" { decides }"));
        assertDefinition(with("project [[p]] \"P\"", "project p \"P\"") + "project p| \"Twice\" { }\n");
    }

    @Test
    void noDefinitionWhereNothingIsDeclaredOrNoNameIsThere() throws Exception {
        assertDefinition(PROJECT.replace("call with anna", "call with ann|e"));
        assertDefinition(PROJECT.replace("touch 2026-11-13", "tou|ch 2026-11-13"));
        assertDefinition(PROJECT.replace("\"Brand book\"", "\"Brand| book\""));
        assertDefinition(PROJECT.replace("  person boris", " | person boris"));
        assertDefinition("project p {\n  person anna\n  touch 2026-11-10 call with an|");
        assertDefinition("project p {\n  touch 2026-11-10 call with |\n");
        assertDefinition("|");
    }

    @Test
    void positionsOutOfRangeAndUnknownDocumentsGetNothing() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            assertEquals("", renderLocations(definition(lsp, uri, new Position(999, 0))));
            assertEquals("", renderLocations(definition(lsp, uri, new Position(-1, -5))));
            assertEquals("", renderLocations(definition(lsp, uri, new Position(2, 999))));
            assertEquals("", renderLocations(definition(lsp, lsp.uri("nowhere.client"), new Position(0, 0))));
            assertEquals("", renderLocations(references(lsp, lsp.uri("nowhere.client"), new Position(0, 0), true)));
            assertEquals(List.of(), await(lsp.server().getTextDocumentService().documentHighlight(
                    new DocumentHighlightParams(new TextDocumentIdentifier("untitled:Untitled-1"), new Position(0, 0)))));
        }
    }

    @Test
    void definitionAcrossFiles(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("p.client"), """
                project p "P" {
                  person anna "Anna" { decides }
                }
                """);
        try (LspFixture lsp = LspFixture.start(root, LspFixture.TODAY)) {
            var log = marked("""
                    log |p {
                      touch 2026-11-10 call with anna
                    }
                    """);
            lsp.publishedDiagnostics(lsp.uri("p.client"));
            String uri = lsp.open("log.client", log.text());
            assertEquals("p.client 0:8-0:9", renderLocations(definition(lsp, uri, log.caret())));
            assertEquals("p.client 1:9-1:13", renderLocations(definition(lsp, uri, new Position(1, 30))));
        }
    }

    // ---- references

    @Test
    void referencesHonourIncludeDeclaration() throws Exception {
        var marked = marked(PROJECT.replace("boris", "[[boris]]").replace("person [[boris]]", "person [[bo|ris]]"));
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", marked.text());
            assertEquals(expected("p.client", marked.ranges()),
                    renderLocations(references(lsp, uri, marked.caret(), true)));
            assertEquals(expected("p.client", marked.ranges().subList(1, marked.ranges().size())),
                    renderLocations(references(lsp, uri, marked.caret(), false)));
        }
    }

    @Test
    void referencesAcrossFilesIncludeLogsOfTheProject() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String project = lsp.open("a.client", "project p {\n  person anna { decides }\n}\n");
            lsp.open("b.client", "log p {\n  touch 2026-11-10 call with anna\n  touch 2026-11-11 call with anna\n}\n");
            lsp.open("c.client", "project other {\n  person anna\n  touch 2026-11-10 call with anna\n}\n");
            assertEquals("""
                    a.client 1:9-1:13
                    b.client 1:29-1:33
                    b.client 2:29-2:33""", renderLocations(references(lsp, project, new Position(1, 10), true)));
            assertEquals("""
                    a.client 0:8-0:9
                    b.client 0:4-0:5""", renderLocations(references(lsp, project, new Position(0, 8), true)));
        }
    }

    // ---- document highlight

    @Test
    void highlightsDeclarationsAsWritesAndUsesAsReadsInThisDocumentOnly() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            lsp.open("log.client", "log p {\n  touch 2026-11-20 call with anna\n}\n");
            List<? extends DocumentHighlight> highlights = await(lsp.server().getTextDocumentService()
                    .documentHighlight(new DocumentHighlightParams(new TextDocumentIdentifier(uri),
                            new Position(5, 29))));
            List<String> rendered = new ArrayList<>();
            for (DocumentHighlight highlight : highlights) {
                rendered.add(render(highlight.getRange()) + " " + highlight.getKind());
            }
            assertEquals(List.of("1:9-1:13 Write", "5:29-5:33 Read", "9:29-9:33 Read"), rendered);
        }
    }

    @Test
    void noHighlightsOutsideNames() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            assertEquals(List.of(), await(lsp.server().getTextDocumentService().documentHighlight(
                    new DocumentHighlightParams(new TextDocumentIdentifier(uri), new Position(0, 11)))));
            assertEquals(List.of(), await(lsp.server().getTextDocumentService().documentHighlight(
                    new DocumentHighlightParams(new TextDocumentIdentifier(uri), new Position(40, 0)))));
        }
    }
}
