package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code touchbase agenda} on the samples at fixed dates against the files
 * under {@code src/test/resources/agenda/LOCALE/}. After an intended change,
 * regenerate them with
 * {@code mvn -B -pl server -am test -Dtest=AgendaCommandTest -Dsurefire.failIfNoSpecifiedTests=false -Dtouchbase.updateGoldens=true}
 * and read the diff.
 */
class AgendaCommandTest {

    private static final Path GOLDENS = Path.of("src", "test", "resources", "agenda");
    private static final String SAMPLES = "../samples";

    @TestFactory
    Stream<DynamicTest> theSamplesAgendaMatchesTheGoldens() throws IOException {
        boolean update = Boolean.parseBoolean(System.getProperty("touchbase.updateGoldens", "false"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String locale : List.of("en", "ru")) {
            for (String today : List.of("2026-11-20", "2026-11-09")) {
                for (String format : List.of("text", "md", "json")) {
                    Path golden = GOLDENS.resolve(locale).resolve("samples-" + today + "."
                            + (format.equals("text") ? "txt" : format));
                    Cli.Result result = Cli.run("agenda", SAMPLES, "--today", today, "--locale", locale, "--format",
                            format).assertCode(0);
                    if (update) {
                        Files.createDirectories(golden.getParent());
                        Files.writeString(golden, result.out(), StandardCharsets.UTF_8);
                    }
                    tests.add(DynamicTest.dynamicTest(golden.toString(), () -> {
                        assertTrue(Files.exists(golden), "no golden " + golden + "; regenerate (see AgendaCommandTest)");
                        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), result.out(),
                                "differs from " + golden + "; if intended, regenerate (see AgendaCommandTest)");
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void textFitsEightyColumnsAndHasNoColourOffATerminal() {
        Cli.Result result = Cli.run("agenda", SAMPLES, "--today", "2026-11-20", "--locale", "en").assertCode(0);
        for (String line : result.lines()) {
            assertTrue(line.length() <= 80 || !line.strip().contains(" "), () -> "longer than 80 columns: " + line);
        }
        assertFalse(result.out().contains("\u001b["), "no ANSI colour when not on a terminal");
    }

    @Test
    void projectSelectsProjectsAndDaysWidensTheWindow() {
        JsonObject only = json("agenda", SAMPLES, "--today", "2026-11-20", "--project", "booking", "--format", "json");
        for (var item : only.getAsJsonArray("items")) {
            assertEquals("booking", item.getAsJsonObject().getAsJsonObject("project").get("id").getAsString());
        }
        int week = json("agenda", SAMPLES, "--today", "2026-11-20", "--format", "json").getAsJsonObject("counts")
                .get("upcoming").getAsInt();
        int month = json("agenda", SAMPLES, "--today", "2026-11-20", "--days", "30", "--format", "json")
                .getAsJsonObject("counts").get("upcoming").getAsInt();
        assertTrue(month > week, week + " items in 7 days, " + month + " in 30");
    }

    @Test
    void theJsonShapeIsStable() {
        JsonObject root = json("agenda", SAMPLES, "--today", "2026-11-20", "--format", "json");
        assertEquals(1, root.get("version").getAsInt());
        assertEquals("2026-11-20T00:00", root.get("now").getAsString());
        assertEquals(7, root.get("days").getAsInt());
        JsonArray items = root.getAsJsonArray("items");
        JsonObject first = items.get(0).getAsJsonObject();
        assertEquals(List.of("id", "urgency", "date", "time", "project", "kind", "rule", "people", "what", "action",
                "prepare", "file", "line", "column", "endLine", "endColumn"), new ArrayList<>(first.keySet()));
        assertEquals("overdue", first.get("urgency").getAsString());
    }

    @Test
    void anEmptyAgendaSaysSo(@TempDir Path dir) throws IOException {
        Cli.write(dir, "p.client", Cli.HEALTHY.replace("plan { step golive \"Go live\" due 2026-12-15 }",
                "plan { step golive \"Go live\" due 2027-06-15 }").replace("touch 2026-11-18", "touch 2026-11-19"));
        Cli.Result result = Cli.run("agenda", dir.toString(), "--today", "2026-11-20", "--locale", "en")
                .assertCode(0);
        assertEquals(List.of("Agenda for 20 Nov", "",
                "Nothing is due: nothing late, nothing in the next 7 days."), result.lines());
    }

    @Test
    void badOptionsEndInOneLineAndExitCodeTwo() {
        Cli.run("agenda", SAMPLES, "--days", "-1", "--locale", "en").assertTrouble("--days must be 0 or more");
        Cli.run("agenda", SAMPLES, "--project", "nope", "--locale", "en").assertTrouble("there is no project `nope`");
    }

    private static JsonObject json(String... args) {
        Cli.Result result = Cli.run(args).assertCode(0);
        return JsonParser.parseString(result.out()).getAsJsonObject();
    }
}
