package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample workspaces give exactly the findings samples/README.md lists for 2026-11-20. */
class SamplesTest {

    private static final Path SAMPLES = samples();
    private static final Pattern ROW = Pattern.compile(
            "^\\| \\d+ \\| `([a-z-]+)` \\| (\\w+) \\| `([^`]+)` \\| (\\d+) \\|");

    private static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("samples/README.md"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/README.md not found above " + Path.of("").toAbsolutePath());
    }

    /** "rule severity file:line" for each row of the README's table of one workspace. */
    private static List<String> expected(String workspace) throws IOException {
        List<String> rows = new ArrayList<>();
        String section = null;
        for (String line : Files.readAllLines(SAMPLES.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = line;
            }
            Matcher row = ROW.matcher(line);
            if (row.find() && section.startsWith("## `" + workspace + "/`")) {
                rows.add(row.group(1) + " " + row.group(2) + " " + row.group(3) + ":" + row.group(4));
            }
        }
        return rows.stream().sorted().toList();
    }

    private static List<String> actual(Cli.Result result) {
        List<String> found = new ArrayList<>();
        JsonObject root = JsonParser.parseString(result.out()).getAsJsonObject();
        for (JsonElement element : root.getAsJsonArray("findings")) {
            JsonObject finding = element.getAsJsonObject();
            String file = SAMPLES.relativize(Path.of(finding.get("file").getAsString()).toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            found.add(finding.get("rule").getAsString() + " " + finding.get("severity").getAsString() + " " + file + ":"
                    + finding.get("line").getAsInt());
        }
        return found.stream().sorted().toList();
    }

    @Test
    void theReadmeListsTheExpectedFindings() throws IOException {
        assertEquals(31, expected("troubled").size());
        assertEquals(4, expected("russian").size());
        assertEquals(0, expected("healthy").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"healthy", "troubled", "russian"})
    void eachWorkspaceGivesExactlyTheListedFindings(String workspace) throws IOException {
        Cli.Result result = Cli.check(SAMPLES.resolve(workspace), "--config",
                SAMPLES.resolve("touchbase.json").toString(), "--format", "json", "--fail-on", "never").assertCode(0);
        assertEquals(expected(workspace), actual(result));
    }

    @Test
    void theWholeFolderUsesItsTouchbaseJsonAndGivesTheUnion() throws IOException {
        Cli.Result result = Cli.check(SAMPLES, "--format", "json").assertCode(1);
        List<String> union = new ArrayList<>(expected("troubled"));
        union.addAll(expected("russian"));
        assertEquals(union.stream().sorted().toList(), actual(result));
    }

    @Test
    void troubledFailsTheBuildOnItsError() {
        Cli.Result result = Cli.check(SAMPLES.resolve("troubled"), "--today", "2026-11-20").assertCode(1);
        assertTrue(result.out().endsWith("1 error, 22 warnings, 7 info, 1 hint in 2 files\n"), result.out());
    }
}
