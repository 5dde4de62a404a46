package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.LspFixture.await;
import static org.touchbase.lsp.NavAssert.errorOf;
import static org.touchbase.lsp.NavAssert.marked;
import static org.touchbase.lsp.NavAssert.render;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.junit.jupiter.api.Test;

/** Rename across files, with prepareRename, refusing names that are not names or are taken. */
class RenameTest {

    static final String PROJECT = NavigationTest.PROJECT;

    // ---- helpers

    /** Renames the name at the caret and compares the document's new text. */
    static void testRename(String textWithCaret, String newName, String expected) throws Exception {
        var marked = marked(textWithCaret);
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", marked.text());
            WorkspaceEdit edit = rename(lsp, uri, marked.caret(), newName);
            List<TextEdit> edits = edit == null ? List.of() : edit.getChanges().getOrDefault(uri, List.of());
            assertEquals(expected, LspFixture.applyEdits(marked.text(), edits));
        }
    }

    static WorkspaceEdit rename(LspFixture lsp, String uri, Position at, String newName) {
        return await(lsp.server().getTextDocumentService().rename(
                new RenameParams(new TextDocumentIdentifier(uri), at, newName)));
    }

    static String renameError(String textWithCaret, String newName, JsonObject options) throws Exception {
        var marked = marked(textWithCaret);
        try (LspFixture lsp = LspFixture.start(null, options)) {
            String uri = lsp.open("p.client", marked.text());
            return errorOf(lsp.server().getTextDocumentService().rename(
                    new RenameParams(new TextDocumentIdentifier(uri), marked.caret(), newName)));
        }
    }

    static Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepare(LspFixture lsp, String uri,
            Position at) {
        return await(lsp.server().getTextDocumentService().prepareRename(
                new PrepareRenameParams(new TextDocumentIdentifier(uri), at)));
    }

    static JsonObject options(String locale) {
        JsonObject options = new JsonObject();
        options.addProperty("today", LspFixture.TODAY);
        options.addProperty("locale", locale);
        return options;
    }

    // ---- renaming

    @Test
    void renamesADeclarationAndEveryUse() throws Exception {
        testRename(PROJECT.replace("person boris", "person bo|ris"), "bob", PROJECT.replace("boris", "bob"));
        testRename(PROJECT.replace("owner boris", "owner |boris"), "bob", PROJECT.replace("boris", "bob"));
        testRename(PROJECT.replace("re q1", "re q|1"), "hosting", PROJECT.replace("q1", "hosting"));
        testRename(PROJECT.replace("confirms scope", "confirms scope|"), "scope-v1",
                PROJECT.replace("scope", "scope-v1").replace("\"Scope-v1\"", "\"Scope\""));
        testRename(PROJECT.replace("expect brandbook", "expect |brandbook"), "brand_book",
                PROJECT.replace("brandbook", "brand_book"));
    }

    @Test
    void newNamesMayBeKeywordsCyrillicAndTheTextAroundMayHoldEmoji() throws Exception {
        String text = """
                project p {
                  person anna "Anna 🎉" { decides }
                  touch 2026-11-10 call /* 🎉🎉 */ with anna "Встреча 🚀" { purpose "x" benefit "y" }
                }
                """;
        testRename(text.replace("with anna", "with an|na"), "contact", text.replace("anna", "contact"));
        testRename(text.replace("with anna", "with an|na"), "анна-2", text.replace("anna", "анна-2"));
    }

    @Test
    void theSameNameChangesNothingAndOnlyTheSameNamespaceIsRenamed() throws Exception {
        testRename(PROJECT.replace("person anna", "person an|na"), "anna", PROJECT);
        String twoProjects = """
                project a {
                  person anna
                  touch 2026-11-10 call with anna
                }
                project b {
                  person anna
                  touch 2026-11-10 call with anna
                }
                """;
        testRename(twoProjects.replace("project a {\n  person anna", "project a {\n  person |anna"), "ann",
                twoProjects.replaceFirst("anna", "ann").replaceFirst("with anna", "with ann"));
    }

    @Test
    void renamingAProjectRenamesItsLogsInOtherFiles() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String project = lsp.open("a.client", "project portal {\n  person anna { decides }\n}\n");
            String log = lsp.open("b.client", "log portal {\n  touch 2026-11-10 call with anna\n}\n");
            WorkspaceEdit edit = rename(lsp, project, new Position(0, 10), "портал");
            Map<String, List<TextEdit>> changes = edit.getChanges();
            assertEquals("project портал {\n  person anna { decides }\n}\n",
                    LspFixture.applyEdits(lsp.text(project), changes.get(project)));
            assertEquals("log портал {\n  touch 2026-11-10 call with anna\n}\n",
                    LspFixture.applyEdits(lsp.text(log), changes.get(log)));

            WorkspaceEdit person = rename(lsp, log, new Position(1, 30), "anya");
            assertEquals("log portal {\n  touch 2026-11-10 call with anya\n}\n",
                    LspFixture.applyEdits(lsp.text(log), person.getChanges().get(log)));
            assertEquals("project portal {\n  person anya { decides }\n}\n",
                    LspFixture.applyEdits(lsp.text(project), person.getChanges().get(project)));
        }
    }

    // ---- refusals

    @Test
    void refusesNamesThatAreNotIdentifiers() throws Exception {
        String text = PROJECT.replace("person anna", "person an|na");
        for (String bad : List.of("", " ", "2anna", "an na", "anna!", "\"anna\"", "a,b", "-x", "anna\n", "a/*b*/")) {
            String message = renameError(text, bad, options("en"));
            assertTrue(message.contains("is not a name"), bad + ": " + message);
        }
        assertEquals("`1x` не может быть именем: имя начинается с буквы или _, дальше идут буквы, цифры, _ или -",
                renameError(text, "1x", options("ru")));
    }

    @Test
    void refusesNamesTakenInTheSameNamespace() throws Exception {
        assertEquals("project `p` already has a person `boris`",
                renameError(PROJECT.replace("person anna", "person an|na"), "boris", options("en")));
        assertEquals("в проекте `p` уже есть человек `boris`",
                renameError(PROJECT.replace("call with anna", "call with an|na"), "boris", options("ru")));
        assertEquals("there is already a project `q`",
                renameError("project p| {\n}\nproject q {\n}\nlog p {\n}\n", "q", options("en")));
        String log = PROJECT + "log p {\n  expect texts from anna \"Texts\" due 2026-12-01\n}\n";
        assertEquals("project `p` already has an expectation `brandbook`",
                renameError(log.replace("expect texts", "expect tex|ts"), "brandbook", options("en")));
    }

    // ---- prepareRename

    @Test
    void prepareRenameGivesTheNameAndItsRangeOrNothing() throws Exception {
        var marked = marked(PROJECT.replace("re q1", "re [[q|1]]"));
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", marked.text());
            PrepareRenameResult result = prepare(lsp, uri, marked.caret()).getSecond();
            assertEquals(render(marked.range()), render(result.getRange()));
            assertEquals("q1", result.getPlaceholder());
            assertNull(prepare(lsp, uri, new Position(0, 2)), "a keyword");
            assertNull(prepare(lsp, uri, new Position(0, 12)), "a string");
            assertNull(prepare(lsp, uri, new Position(200, 3)), "past the end");
            assertNull(prepare(lsp, lsp.uri("nowhere.client"), new Position(0, 0)), "an unknown document");
            assertNull(rename(lsp, uri, new Position(0, 2), "x"), "nothing to rename on a keyword");
            assertNull(rename(lsp, lsp.uri("nowhere.client"), new Position(0, 0), "x"));
        }
    }

    @Test
    void halfTypedTextCanStillBeRenamed() throws Exception {
        testRename("project p {\n  person anna\n  touch 2026-11-10 call with an|na, \n", "ann",
                "project p {\n  person ann\n  touch 2026-11-10 call with ann, \n");
    }
}
