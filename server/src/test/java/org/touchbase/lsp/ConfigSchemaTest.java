package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;

/**
 * The JSON Schema that the editor extension contributes for
 * {@code touchbase.json} says what the configuration reader accepts: every
 * key it reads (with examples it takes), every rule whose level can be set,
 * and the keys still to come, said to be coming.
 */
class ConfigSchemaTest {

    static final Path SCHEMA = Path.of("..", "vscode-extension", "schemas", "touchbase.schema.json");

    static JsonObject schema() throws Exception {
        return JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject();
    }

    @Test
    void everyRuleWhoseLevelCanBeSetIsListedAndNoOther() throws Exception {
        Set<String> listed = new TreeSet<>(schema().getAsJsonObject("properties").getAsJsonObject("rules")
                .getAsJsonObject("properties").keySet());
        Set<String> settable = new TreeSet<>();
        for (RuleInfo rule : Rules.all()) {
            if (!rule.language()) {
                settable.add(rule.id());
            }
        }
        assertEquals(settable, listed);
    }

    @Test
    void theReaderTakesTheExamplesOfEveryKeyItReadsAndTheOthersAreComing() throws Exception {
        JsonObject properties = schema().getAsJsonObject("properties");
        Set<String> read = new TreeSet<>();
        for (Map.Entry<String, JsonElement> property : properties.entrySet()) {
            String key = property.getKey();
            JsonObject definition = property.getValue().getAsJsonObject();
            if (key.equals("$schema")) {
                continue;
            }
            assertTrue(definition.has("description") && definition.has("examples"), key);
            for (JsonElement example : definition.getAsJsonArray("examples")) {
                JsonObject config = new JsonObject();
                config.add(key, example);
                try {
                    ConfigReader.fromJson("touchbase.json", config);
                    read.add(key);
                } catch (ConfigException e) {
                    assertEquals("config.unknownKey", e.problem().key(), key + ": " + example);
                    assertTrue(definition.get("description").getAsString().startsWith("Coming with"),
                            key + " is not read yet, and its description should say it is coming");
                }
            }
        }
        assertTrue(read.containsAll(Set.of("rules", "today", "locale", "respondWithin", "cadence")), read.toString());
        assertEquals(true, schema().get("additionalProperties").isJsonPrimitive());
        assertThrows(ConfigException.class, () -> ConfigReader.parse("touchbase.json", "{\"colour\": \"red\"}"),
                "a key that is not in the schema is refused, as the schema refuses it");
    }

    @Test
    void theComingKeysAreThere() throws Exception {
        assertTrue(schema().getAsJsonObject("properties").keySet().containsAll(
                Set.of("workweek", "holidays", "remindEvery", "confirmWithin", "ourAddresses", "timezone")));
    }
}
