package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.LspFixture.await;
import static org.touchbase.lsp.NavAssert.renderSymbols;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The outline of a document and the symbols of the workspace. */
class SymbolsTest {

    static final String PORTAL = """
            project portal "Acme portal" {
              client "Acme"
              goal tickets "Customers resolve 60% of tickets themselves"
              goal "Stay within budget"
              person anna "Anna Smirnova" {
                role "CEO"
                decides
                goal "Grow online revenue"
              }
              person boris "Boris" { contact backup }
              plan {
                step contract "Contract signed" due 2026-09-10 done
                step golive "Go live" due 2026-12-15
              }
              touch 2026-09-05 11:00 call with anna "Scope of v1" {
                agreed scope "v1 is the portal and the FAQ"
              }
              touch q1 2026-09-10 letter from boris "Which hosting?"
              touch 2026-10-02 ping to boris "Staging is up"
              expect brandbook from boris "Brand book" due 2026-10-20
              touch 2026-10-21 reminder to boris { reminds brandbook }
            }
            """;

    static List<DocumentSymbol> outline(LspFixture lsp, String uri) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (Either<?, DocumentSymbol> symbol : await(lsp.server().getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))))) {
            symbols.add(symbol.getRight());
        }
        return symbols;
    }

    static String outline(String text) throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            return renderSymbols(outline(lsp, lsp.open("p.client", text)));
        }
    }

    static String workspaceSymbols(LspFixture lsp, String query) {
        List<String> lines = new ArrayList<>();
        for (WorkspaceSymbol symbol : await(lsp.server().getWorkspaceService()
                .symbol(new WorkspaceSymbolParams(query))).getRight()) {
            String uri = symbol.getLocation().getLeft().getUri();
            lines.add(symbol.getKind() + " " + symbol.getName()
                    + (symbol.getContainerName() == null ? "" : " in " + symbol.getContainerName())
                    + " @ " + uri.substring(uri.lastIndexOf('/') + 1) + " "
                    + NavAssert.render(symbol.getLocation().getLeft().getRange()));
        }
        return String.join("\n", lines);
    }

    @Test
    void outlineOfAProject() throws Exception {
        assertEquals("""
                Module portal — Acme portal
                  Constant tickets — Customers resolve 60% of tickets themselves
                  Constant Stay within budget
                  Object anna — Anna Smirnova · CEO · decision-maker
                    Constant Grow online revenue
                  Object boris — Boris · backup decision-maker · contact person
                  Namespace plan
                    Function contract — Contract signed
                    Function golive — Go live
                  Namespace 2026-09 — 2 touches
                    Event 2026-09-05 11:00 call with anna — Scope of v1
                      Key scope — v1 is the portal and the FAQ
                    Event q1 2026-09-10 letter from boris — Which hosting?
                  Namespace 2026-10 — 2 touches
                    Event 2026-10-02 ping to boris — Staging is up
                    Event 2026-10-21 reminder to boris
                  Field brandbook — Brand book
                """, outline(PORTAL));
    }

    @Test
    void outlineOfALogInRussian() throws Exception {
        JsonObject options = new JsonObject();
        options.addProperty("locale", "ru");
        try (LspFixture lsp = LspFixture.start(null, options)) {
            String uri = lsp.open("log.client", """
                    log портал {
                      touch 2026-10-08 ping to борис "Стенд поднят 🚀"
                      touch 2026-02-30 call with анна
                      person вера "Вера" { contact }
                    }
                    """);
            assertEquals("""
                    Module log портал
                      Namespace 2026-10 — касаний: 1
                        Event 2026-10-08 ping to борис — Стенд поднят 🚀
                      Namespace без даты — касаний: 1
                        Event 2026-02-30 call with анна
                      Object вера — Вера · контактное лицо
                    """, renderSymbols(outline(lsp, uri)));
        }
    }

    @Test
    void outlineOfBrokenAndHalfTypedText() throws Exception {
        assertEquals("""
                Module p
                  Object anna — Anna
                  Namespace no date — 1 touch
                    Event touch
                """, outline("project p {\n  person anna \"Anna\" {\n  }\n  touch 2026-\n"));
        assertEquals("", outline("proj"));
        assertEquals("", outline(""));
        for (String broken : List.of("project {", "project p { person", "project p { touch q1 2026-11-10 call with",
                "log { } } }", "project p { plan { step s \"S\" due } }", "\"\"\"", "/* ")) {
            assertTrue(outline(broken) != null, broken);
        }
    }

    @Test
    void outlineOfAnUnknownDocumentIsEmpty() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            assertEquals(List.of(), outline(lsp, lsp.uri("nowhere.client")));
        }
    }

    @Test
    void workspaceSymbolsMatchTheQueryAcrossFiles() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            lsp.open("a.client", PORTAL);
            lsp.open("b.client", "log portal {\n  expect texts from anna \"Texts\" due 2026-10-10\n}\n"
                    + "project other {\n  person anna \"Anna Petrova\"\n}\n");
            assertEquals("""
                    Field brandbook in portal @ a.client 19:9-19:18""", workspaceSymbols(lsp, "brbk"));
            assertEquals("""
                    Object anna in portal @ a.client 4:9-4:13
                    Object anna in other @ b.client 4:9-4:13""", workspaceSymbols(lsp, "ANNA"));
            assertEquals("""
                    Object boris in portal @ a.client 9:9-9:14""", workspaceSymbols(lsp, "bori"));
            assertEquals("""
                    Object anna in other @ b.client 4:9-4:13""", workspaceSymbols(lsp, "petrov"));
            assertEquals("""
                    Module other @ b.client 3:8-3:13""", workspaceSymbols(lsp, "othr"));
            assertEquals(12, workspaceSymbols(lsp, "").lines().count(), "every declared name");
            assertEquals("", workspaceSymbols(lsp, "zzz"));
        }
    }
}
