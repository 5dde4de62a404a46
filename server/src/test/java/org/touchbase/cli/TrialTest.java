package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * The field trial (trial/): a manager's real-sized workspace gives exactly the
 * findings its README's verdict table lists, so a change that adds noise or
 * misses a problem shows here.
 */
class TrialTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+):(\\d+)` \\| `([a-z-]+)` \\| ");

    private static Path trial() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("trial/README.md"))) {
                return dir.resolve("trial");
            }
        }
        throw new IllegalStateException("trial/README.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void theTrialGivesExactlyTheFindingsItsReadmeJudges() throws IOException {
        Path trial = trial();
        List<String> expected = new ArrayList<>();
        int noise = 0;
        for (String line : Files.readAllLines(trial.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                expected.add(row.group(1) + ":" + row.group(2) + " " + row.group(3));
                noise += line.contains("**noise**") ? 1 : 0;
            }
        }
        Cli.Result result = Cli.run("check", "--format", "json", trial.toString());
        List<String> actual = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("findings")) {
            JsonObject finding = element.getAsJsonObject();
            String file = trial.relativize(Path.of(finding.get("file").getAsString()).toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            actual.add(file + ":" + finding.get("line").getAsInt() + " " + finding.get("rule").getAsString());
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        assertEquals(21, expected.size());
        assertEquals(0, noise, "findings the README judges noise");
    }
}
