package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.lsp.services.AgendaService;

/** {@code touchbase/agenda} through JSON-RPC: the items of {@code touchbase agenda}, with URIs, as files change. */
class AgendaRequestTest {

    private static final String PROJECT = """
            project p "Portal" {
              starts 2026-11-01
              goal "Launch"
              person anna "Anna Smirnova" { decides backup goal "Grow" }
              touch 2026-11-19 16:00 letter from anna "Prices?"
              plan { step design "Design approved" due 2026-11-18 }
            }
            """;

    private static JsonObject agenda(LspFixture lsp, AgendaService.Params params) {
        return LspFixture.await(lsp.touchbase().agenda(params)).json;
    }

    private static List<String> items(JsonObject agenda) {
        List<String> lines = new ArrayList<>();
        for (var element : agenda.getAsJsonArray("items")) {
            JsonObject item = element.getAsJsonObject();
            lines.add(item.get("urgency").getAsString() + " " + item.get("kind").getAsString() + " "
                    + item.get("line").getAsInt() + ":" + item.get("column").getAsInt());
        }
        return lines;
    }

    @Test
    void answersWithTheAgendaOfTheWorkspaceAndFollowsEdits() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", PROJECT);
            lsp.diagnostics(uri);
            JsonObject agenda = agenda(lsp, new AgendaService.Params());
            assertEquals("2026-11-20T00:00", agenda.get("now").getAsString());
            assertEquals(List.of("overdue step 6:10", "today reply 5:3"), items(agenda));
            JsonObject step = agenda.getAsJsonArray("items").get(0).getAsJsonObject();
            assertEquals(uri, step.get("file").getAsString());
            assertEquals("step-overdue", step.get("rule").getAsString());
            assertTrue(step.get("time").isJsonNull(), "absent values are written as null");
            JsonObject reply = agenda.getAsJsonArray("items").get(1).getAsJsonObject();
            assertTrue(reply.get("time").isJsonNull(), "one working day: by the end of Friday 2026-11-20");
            assertEquals("2026-11-20", reply.get("date").getAsString());
            assertEquals("\"Prices?\" (letter, 19 Nov) from Anna Smirnova needs an answer",
                    reply.get("what").getAsString());
            assertEquals(1, agenda.getAsJsonObject("counts").get("overdue").getAsInt());
            assertEquals(agenda, agenda(lsp, new AgendaService.Params()), "asked again, nothing changed");

            lsp.replace(uri, PROJECT.replace("due 2026-11-18 }", "due 2026-11-18 done }"));
            lsp.diagnostics(uri);
            assertEquals(List.of("today reply 5:3"), items(agenda(lsp, new AgendaService.Params())));
        }
    }

    @Test
    void takesTheWindowAndTheProjects() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            lsp.open("p.client", PROJECT.replace("due 2026-11-18", "due 2026-11-30"));
            lsp.open("q.client", """
                    project q "Other" {
                      person boris { decides }
                      plan { step beta "Beta" due 2026-11-21 }
                    }
                    """);
            assertEquals(List.of("today reply 5:3", "upcoming step 3:10", "soon step 6:10"),
                    items(agenda(lsp, new AgendaService.Params())));
            assertEquals(List.of("today reply 5:3", "upcoming step 3:10", "upcoming step 6:10", "upcoming cadence 4:10"),
                    items(agenda(lsp, new AgendaService.Params(30, null))));
            JsonArray onlyQ = agenda(lsp, new AgendaService.Params(null, List.of("q"))).getAsJsonArray("items");
            assertEquals(1, onlyQ.size());
            assertEquals("q", onlyQ.get(0).getAsJsonObject().getAsJsonObject("project").get("id").getAsString());
        }
    }

    @Test
    void givesAtMostTheLimitOfEachGroupAndCountsThemAll() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            lsp.open("p.client", PROJECT.replace("plan { step design \"Design approved\" due 2026-11-18 }",
                    "plan { step a \"A\" due 2026-11-10  step b \"B\" due 2026-11-12  step c \"C\" due 2026-11-14 }"));
            AgendaService.Params params = new AgendaService.Params();
            params.limit = 2;
            JsonObject agenda = agenda(lsp, params);
            assertEquals(List.of("overdue step 6:10", "overdue step 6:37", "today reply 5:3"), items(agenda));
            assertEquals(3, agenda.getAsJsonObject("counts").get("overdue").getAsInt());
            assertEquals(2, agenda.get("limit").getAsInt());
            params.limit = 0;
            assertEquals(4, agenda(lsp, params).getAsJsonArray("items").size());
            assertTrue(agenda(lsp, params).get("limit").isJsonNull());
            assertEquals(AgendaService.DEFAULT_LIMIT, agenda(lsp, null).get("limit").getAsInt());
        }
    }

    @Test
    void anEmptyWorkspaceHasAnEmptyAgenda() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            JsonObject agenda = agenda(lsp, null);
            assertEquals(0, agenda.getAsJsonArray("items").size());
            assertEquals(0, agenda.getAsJsonObject("counts").get("overdue").getAsInt());
        }
    }
}
