package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/messages.md, "Checked by tests", over real findings: every finding that
 * {@code check} gives for the samples and the field trial, in both languages,
 * says durations and dates in words and names people by their display name.
 */
class MessageStyleTest {

    private static final Pattern RAW_DURATION = Pattern.compile("\\b\\d+(h|d|w|wd)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern QUOTED = Pattern.compile("`[^`]*`");
    private static final Pattern NAMED = Pattern.compile("^\\s*(?:person|member)\\s+(\\S+)\\s+\"([^\"]+)\"",
            Pattern.MULTILINE);

    private static Path above(String dir) {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve(dir).resolve("README.md"))) {
                return at.resolve(dir);
            }
        }
        throw new IllegalStateException(dir + "/README.md not found above " + Path.of("").toAbsolutePath());
    }

    private static List<String> messages(Path workspace, String locale) {
        Cli.Result result = Cli.run("check", "--format", "json", "--locale", locale, workspace.toString());
        List<String> messages = new ArrayList<>();
        for (JsonElement finding : JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("findings")) {
            messages.add(finding.getAsJsonObject().get("message").getAsString());
        }
        return messages;
    }

    /** The ids of people and members that have a name: {@code marina} → {@code Marina Belova}. */
    private static Map<String, String> named(Path workspace) {
        Map<String, String> named = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".client")).toList()) {
                Matcher person = NAMED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (person.find()) {
                    named.put(person.group(1), person.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }

    @ParameterizedTest
    @CsvSource({"samples, en", "samples, ru", "trial, en", "trial, ru"})
    void noFindingSaysARawDurationOutsideBackticks(String dir, String locale) {
        List<String> raw = new ArrayList<>();
        List<String> messages = messages(above(dir), locale);
        assertFalse(messages.isEmpty());
        for (String message : messages) {
            if (RAW_DURATION.matcher(QUOTED.matcher(message).replaceAll("")).find()) {
                raw.add(message);
            }
        }
        assertEquals(List.of(), raw);
    }

    @ParameterizedTest
    @CsvSource({"samples, en", "samples, ru", "trial, en", "trial, ru"})
    void noFindingSaysAnIsoDateOutsideBackticks(String dir, String locale) {
        List<String> iso = new ArrayList<>();
        List<String> messages = messages(above(dir), locale);
        assertFalse(messages.isEmpty());
        for (String message : messages) {
            if (ISO_DATE.matcher(QUOTED.matcher(message).replaceAll("")).find()) {
                iso.add(message);
            }
        }
        assertEquals(List.of(), iso);
    }

    @ParameterizedTest
    @CsvSource({"samples, en", "samples, ru", "trial, en", "trial, ru"})
    void noFindingNamesByIdAPersonWhoHasAName(String dir, String locale) {
        Path workspace = above(dir);
        Map<String, String> named = named(workspace);
        assertFalse(named.isEmpty());
        List<String> byId = new ArrayList<>();
        for (String message : messages(workspace, locale)) {
            String prose = QUOTED.matcher(message).replaceAll("");
            for (String id : named.keySet()) {
                if (Pattern.compile("(?U)(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(prose).find()) {
                    byId.add(id + ": " + message);
                }
            }
        }
        assertEquals(List.of(), byId);
    }
}
