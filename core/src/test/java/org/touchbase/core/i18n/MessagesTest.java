package org.touchbase.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.time.Term;

/** Both bundles hold every key, every rule has its texts, and each text formats. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/touchbase/core/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The key without its plural variant: each language has the plural forms it needs ({@link Plural}). */
    private static Set<String> stems(Properties bundle) {
        Set<String> stems = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            stems.add(key.replaceFirst("\\.(one|few|many|other|n\\d+)$", ""));
        }
        return stems;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = stems(bundle("messages.properties"));
        Set<String> russian = stems(bundle("messages_ru.properties"));
        Set<String> missingInRussian = new TreeSet<>(english);
        missingInRussian.removeAll(russian);
        Set<String> missingInEnglish = new TreeSet<>(russian);
        missingInEnglish.removeAll(english);
        assertEquals(Set.of(), missingInRussian, "missing in messages_ru.properties");
        assertEquals(Set.of(), missingInEnglish, "missing in messages.properties");
    }

    @Test
    void bothBundlesUseTheSameArguments() throws IOException {
        Properties english = bundle("messages.properties");
        Properties russian = bundle("messages_ru.properties");
        Pattern argument = Pattern.compile("\\{(\\d)");
        List<String> differ = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (russian.containsKey(key)
                    && !arguments(argument, english.getProperty(key)).equals(arguments(argument, russian.getProperty(key)))) {
                differ.add(key);
            }
        }
        assertEquals(List.of(), differ);
    }

    private static Set<String> arguments(Pattern argument, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = argument.matcher(text.replace("'{'", "").replace("'}'", ""));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void everyRuleHasATitleADescriptionAndAFinding(String language) {
        Messages messages = Messages.forLanguage(language);
        List<String> missing = new ArrayList<>();
        for (RuleInfo rule : Rules.all()) {
            for (String key : List.of(rule.titleKey(), rule.descriptionKey())) {
                if (!messages.has(key)) {
                    missing.add(key);
                }
            }
            if (!rule.language() && !messages.hasAny("finding." + rule.id())) {
                missing.add("finding." + rule.id());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyRuleIsListed() {
        assertEquals(29, Rules.all().size());
        assertEquals(23, Rules.practiceRules().size());
        for (String id : List.of("syntax", "unknown-reference", "duplicate-id", "invalid-date", "invalid-use")) {
            assertTrue(Rules.info(id).language(), id);
        }
        assertEquals(false, Rules.info("unused-suppression").language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ru.properties"})
    void everyTextIsAValidPattern(String name) throws IOException {
        Properties properties = bundle(name);
        Messages messages = Messages.forLanguage(name.contains("_ru") ? "ru" : "en");
        Object[] args = {1, 2, 3, 4, 5};
        for (String key : properties.stringPropertyNames()) {
            String text = messages.get(key, args);
            assertNotEquals(key, text, key);
            assertTrue(!text.contains("{0}") && !text.contains("{1}"), key + ": " + text);
        }
    }

    @Test
    void formatsNestedMessagesInTheReadersLanguage() {
        Message message = Message.of("finding.unrecorded-agreement", "scope", Message.of("kind.call"));
        assertEquals("Agreement `scope` made in a call is not recorded in writing: confirm it in a letter "
                + "(`confirms scope`)", Messages.english().format(message));
        assertEquals("Договорённость `scope` (касание: звонок) не зафиксирована письменно: подтвердите её письмом "
                + "(`confirms scope`)", Messages.forLanguage("ru").format(message));
    }

    @Test
    void unsupportedLanguagesGetEnglish() {
        assertEquals("en", Messages.forLanguage("de").language());
        assertEquals("ru", Messages.forLanguage("ru").language());
    }

    @Test
    void aFindingSaysItsFixAfterItsLastColonInBothLanguagesOrInNeither() throws IOException {
        Properties english = bundle("messages.properties");
        List<String> differ = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("finding.")
                    && Messages.english().hasFix(key) != Messages.forLanguage("ru").hasFix(key)) {
                differ.add(key);
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void theProblemAndTheFixOfAFindingAreItsTwoParts() {
        Message message = Message.of("finding.touch-gap", "Anna", Durations.of(Term.days(20)), "2026-10-31",
                Durations.every(Term.days(14)));
        Messages english = Messages.english();
        assertEquals("No touch with Anna for 20 days (the last on 2026-10-31; cadence: every 14 days)",
                english.format(Message.problemOf(message)));
        assertEquals("get in touch", english.format(Message.fixOf(message)));
        Message step = Message.of("finding.step-overdue", "beta", "2026-11-13", 7);
        assertEquals("", Messages.forLanguage("ru").format(Message.fixOf(step)), "a colon in parentheses is no fix");
        assertEquals(Messages.forLanguage("ru").format(step), Messages.forLanguage("ru").format(Message.problemOf(step)));
    }
}
