package org.touchbase.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.RuleLevel;
import org.touchbase.core.time.Term;
import org.touchbase.core.time.WorkCalendar;

/** {@code touchbase.json}: what it may hold, what each mistake in it says, and which file applies where. */
class ConfigReaderTest {

    private static Config parse(String json) throws ConfigException {
        return ConfigReader.parse("touchbase.json", json);
    }

    /** The English message of the problem {@code json} has, without its line and column (see {@link #problemAt}). */
    private static String problem(String json) {
        return problemAt(json).replaceFirst("^touchbase\\.json:\\d+:\\d+: ", "touchbase.json: ");
    }

    /** The English message of the problem {@code json} has, as the command line prints it. */
    private static String problemAt(String json) {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(json));
        return Messages.english().format(e.problem());
    }

    @Test
    void aBadSettingIsShownAtItsValueAndAnUnknownOneAtItsKey() {
        String json = """
                {
                  "today": "2026-11-20",
                  "timezone":   "Mars/Olympus"
                }
                """;
        assertEquals("touchbase.json:3:17: \"timezone\" must be a time zone such as Europe/Moscow or UTC, "
                + "not \"Mars/Olympus\"", problemAt(json));
        ConfigException e = assertThrows(ConfigException.class, () -> parse(json));
        assertEquals(3, e.line());
        assertEquals(17, e.column());
        assertEquals("touchbase.json:1:13: \"cadence\" must be a string", problemAt("{\"cadence\": 14}"));
        assertEquals("touchbase.json:1:11: \"rules\" must be an object of rule ids and levels",
                problemAt("{\"rules\": [\"no-goals\"]}"));
        assertTrue(problemAt("{\n\t\"colour\": \"red\"}").startsWith("touchbase.json:2:2: unknown setting \"colour\""));
        // the editor's settings have no text: the messages name them alone
        ConfigException settings = assertThrows(ConfigException.class, () -> ConfigReader.fromJson("settings",
                JsonParser.parseString("{\"timezone\": \"Mars/Olympus\"}").getAsJsonObject()));
        assertEquals(0, settings.line());
        assertTrue(Messages.english().format(settings.problem()).startsWith("settings: \"timezone\" must be"));
    }

    @Test
    void aBadTimeZoneIsSaidInRussianToo() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("{\"timezone\": \"Europe/Moskva\"}"));
        assertEquals("touchbase.json:1:14: \"timezone\" должен быть часовым поясом, например Europe/Moscow или UTC, "
                + "а не \"Europe/Moskva\"", Messages.forLanguage("ru").format(e.problem()));
    }

    @Test
    void everySetting() throws ConfigException {
        Config config = parse("""
                {
                  "$schema": "https://example.org/touchbase.schema.json",
                  "rules": { "no-goals": "off", "aimless-touch": "error", "touch-gap": "hint" },
                  "today": "2026-09-05 14:30",
                  "locale": "ru",
                  "respondWithin": "4h",
                  "cadence": "2w"
                }
                """);
        assertEquals(Map.of("no-goals", RuleLevel.OFF, "aimless-touch", RuleLevel.ERROR, "touch-gap", RuleLevel.HINT),
                config.rules());
        assertEquals(LocalDateTime.of(2026, 9, 5, 14, 30), config.today());
        assertEquals("ru", config.locale());
        assertEquals(Term.hours(4), config.respondWithin());
        assertEquals(new Term(2, Term.Unit.WEEKS), config.cadence());
    }

    @Test
    void anEmptyObjectSetsNothing() throws ConfigException {
        assertEquals(Config.empty(), parse("{}"));
    }

    @Test
    void nullAndBlankValuesLeaveTheDefault() throws ConfigException {
        assertEquals(Config.empty(), parse("""
                {"rules": null, "today": " ", "locale": "", "respondWithin": "", "cadence": null}
                """));
    }

    @Test
    void todayIsADateOrADateTime() throws ConfigException {
        assertEquals(LocalDateTime.of(2026, 9, 5, 0, 0), parse("{\"today\": \"2026-09-05\"}").today());
        assertEquals(LocalDateTime.of(2026, 9, 5, 14, 30), parse("{\"today\": \"2026-09-05T14:30\"}").today());
        assertEquals("touchbase.json: \"today\" must be a date such as 2026-09-05 or a date-time such as "
                + "2026-09-05 14:30, not \"tomorrow\"", problem("{\"today\": \"tomorrow\"}"));
        assertEquals("touchbase.json: \"today\" must be a date such as 2026-09-05 or a date-time such as "
                + "2026-09-05 14:30, not \"2026-02-30\"", problem("{\"today\": \"2026-02-30\"}"));
    }

    @Test
    void durationsAreDigitsAndAUnitNeverSigned() throws ConfigException {
        assertEquals(Term.days(3), parse("{\"respondWithin\": \" 3d \"}").respondWithin());
        assertEquals(Term.workingDays(2), parse("{\"respondWithin\": \"2wd\"}").respondWithin());
        assertEquals("touchbase.json: \"respondWithin\" must be a duration such as 4h, 1d, 2w or 1wd, not \"-4h\"",
                problem("{\"respondWithin\": \"-4h\"}"));
        assertEquals("touchbase.json: \"cadence\" must be a duration such as 4h, 1d, 2w or 1wd, not \"+2w\"",
                problem("{\"cadence\": \"+2w\"}"));
        assertEquals("touchbase.json: \"cadence\" must be a duration such as 4h, 1d, 2w or 1wd, not \"1000001d\"",
                problem("{\"cadence\": \"1000001d\"}"));
        assertEquals("touchbase.json: \"cadence\" must be a string", problem("{\"cadence\": 14}"));
    }

    @Test
    void theLocaleIsEnglishOrRussian() throws ConfigException {
        assertEquals("en", parse("{\"locale\": \"en\"}").locale());
        assertEquals("touchbase.json: \"locale\" must be \"en\" or \"ru\", not \"de\"", problem("{\"locale\": \"de\"}"));
        assertEquals("touchbase.json: \"locale\" must be a string", problem("{\"locale\": [\"en\"]}"));
    }

    @Test
    void rulesAreAnObjectOfPracticeRulesAndLevels() {
        assertEquals("touchbase.json: \"rules\" must be an object of rule ids and levels",
                problem("{\"rules\": [\"no-goals\"]}"));
        assertEquals("touchbase.json: \"no-gaols\" is not a rule (run touchbase rules to list them)",
                problem("{\"rules\": {\"no-gaols\": \"off\"}}"));
        assertEquals("touchbase.json: \"syntax\" is a language rule; it is always an error and cannot be configured",
                problem("{\"rules\": {\"syntax\": \"off\"}}"));
        assertEquals("touchbase.json: the level of \"no-goals\" must be error, warning, info, hint or off, not \"loud\"",
                problem("{\"rules\": {\"no-goals\": \"loud\"}}"));
        assertEquals("touchbase.json: the level of \"no-goals\" must be error, warning, info, hint or off, not 0",
                problem("{\"rules\": {\"no-goals\": 0}}"));
        assertEquals("touchbase.json: the level of \"no-goals\" must be error, warning, info, hint or off, not {}",
                problem("{\"rules\": {\"no-goals\": {}}}"));
    }

    @Test
    void anUnknownSettingIsNamed() {
        String unknown = problem("{\"respond\": \"4h\"}");
        assertTrue(unknown.startsWith("touchbase.json: unknown setting \"respond\" (known: rules, today, locale, "
                + "respondWithin, cadence"), unknown);
    }

    @Test
    void theFileIsOneJsonObject() {
        assertEquals("touchbase.json: the configuration must be a JSON object { … }", problem("[]"));
        assertEquals("touchbase.json: the configuration must be a JSON object { … }", problem("\"rules\""));
        String unquoted = problem("{\n  rules: {}\n}");
        assertTrue(unquoted.startsWith("touchbase.json: not valid JSON at line 2, column "), unquoted);
        assertEquals("touchbase.json: the configuration must be a JSON object { … }", problem(""));
    }

    @Test
    void settingsFromAnEditorAreReadTheSameWay() throws ConfigException {
        JsonObject settings = JsonParser.parseString("{\"cadence\": \"1w\", \"rules\": {\"no-plan\": \"info\"}}")
                .getAsJsonObject();
        Config config = ConfigReader.fromJson("settings", settings);
        assertEquals(new Term(1, Term.Unit.WEEKS), config.cadence());
        assertEquals(Map.of("no-plan", RuleLevel.INFO), config.rules());
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigReader.fromJson("settings", JsonParser.parseString("{\"x\": 1}").getAsJsonObject()));
        assertTrue(Messages.english().format(e.problem()).startsWith("settings: unknown setting \"x\" (known: "));
    }

    @Test
    void aFileIsReadAsUtf8(@TempDir Path dir) throws IOException, ConfigException {
        Path file = dir.resolve("touchbase.json");
        Files.writeString(file, "{\"today\": \"2026-09-05\", \"$schema\": \"схема\"}", StandardCharsets.UTF_8);
        assertEquals(LocalDateTime.of(2026, 9, 5, 0, 0), ConfigReader.read(file).today());
    }

    @Test
    void aFileThatCannotBeReadIsSaidSo(@TempDir Path dir) {
        Path missing = dir.resolve("touchbase.json");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.read(missing));
        assertEquals("cannot read the configuration file " + missing, Messages.english().format(e.problem()));
        assertEquals("config.unreadable", e.getMessage());
    }

    @Test
    void aFileNamesItselfInItsProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("touchbase.json");
        Files.writeString(file, "{\"locale\": \"de\"}", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.read(file));
        assertEquals(file + ":1:12: \"locale\" must be \"en\" or \"ru\", not \"de\"", Messages.english().format(e.problem()));
    }

    // ---- which file applies

    @Test
    void theNearestFileAboveAClientFileApplies(@TempDir Path root) throws IOException, ConfigException {
        Files.writeString(root.resolve("touchbase.json"), "{\"locale\": \"en\"}");
        Path team = Files.createDirectories(root.resolve("team/portal"));
        Files.writeString(root.resolve("team/touchbase.json"), "{\"locale\": \"ru\"}");
        ConfigResolver resolver = ConfigResolver.searching(root);
        assertEquals("ru", resolver.configFor(team.resolve("portal.client")).locale());
        assertEquals("ru", resolver.configFor(root.resolve("team/a.client")).locale());
        assertEquals("en", resolver.configFor(root.resolve("b.client")).locale());
        assertSame(resolver.configIn(team), resolver.configIn(team), "a folder is looked up once");
    }

    @Test
    void theSearchStopsAtTheRootOfTheCheck(@TempDir Path outside) throws IOException, ConfigException {
        Files.writeString(outside.resolve("touchbase.json"), "{\"locale\": \"ru\"}");
        Path root = Files.createDirectories(outside.resolve("workspace"));
        Path deep = Files.createDirectories(root.resolve("a/b"));
        assertEquals(Config.empty(), ConfigResolver.searching(root).configFor(deep.resolve("x.client")));
        assertEquals(Config.empty(), ConfigResolver.searching(root).configIn(root));
        assertEquals("ru", ConfigResolver.searching(outside).configFor(deep.resolve("x.client")).locale());
    }

    @Test
    void aFolderOutsideTheRootHasOnlyItsOwnFile(@TempDir Path dir) throws IOException, ConfigException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/deep"));
        Files.writeString(dir.resolve("touchbase.json"), "{\"locale\": \"ru\"}");
        assertEquals(Config.empty(), ConfigResolver.searching(root).configIn(elsewhere));
    }

    @Test
    void aBrokenFileOnTheWayIsAProblem(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("touchbase.json"), "{");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigResolver.searching(root).configFor(root.resolve("a.client")));
        assertEquals(root.resolve("touchbase.json") + ": not valid JSON",
                Messages.english().format(e.problem()).replaceAll(" at line.*", ""));
    }

    @Test
    void aFixedConfigurationAppliesEverywhere(@TempDir Path root) throws IOException, ConfigException {
        Files.writeString(root.resolve("touchbase.json"), "{\"locale\": \"ru\"}");
        Config fixed = parse("{\"locale\": \"en\"}");
        ConfigResolver resolver = ConfigResolver.fixed(fixed);
        assertSame(fixed, resolver.configFor(root.resolve("a.client")));
        assertSame(fixed, resolver.configIn(root));
    }

    // ---- how settings combine

    @Test
    void anOverlayWinsWhereItSaysSomething() throws ConfigException {
        Config base = parse("""
                {"rules": {"no-goals": "off", "no-plan": "info"}, "today": "2026-09-05", "locale": "ru",
                 "respondWithin": "4h", "cadence": "2w"}
                """);
        Config over = parse("{\"rules\": {\"no-plan\": \"error\"}, \"cadence\": \"1w\"}");
        Config versionTwo = parse("""
                {"remindEvery": "3d", "confirmWithin": "2wd", "workweek": "sun-thu", "holidays": ["2026-12-31"]}
                """);
        Config layered = base.overlay(versionTwo);
        assertEquals(Term.days(3), layered.remindEvery());
        assertEquals(Term.workingDays(2), layered.confirmWithin());
        assertEquals(versionTwo.workweek(), layered.workweek());
        assertEquals(versionTwo.holidays(), layered.holidays());
        assertEquals(versionTwo.remindEvery(), versionTwo.overlay(Config.empty()).remindEvery());
        assertEquals(versionTwo.confirmWithin(), versionTwo.overlay(Config.empty()).confirmWithin());
        assertEquals(versionTwo.workweek(), versionTwo.overlay(Config.empty()).workweek());
        assertEquals(versionTwo.holidays(), versionTwo.overlay(Config.empty()).holidays());
        Config merged = base.overlay(over);
        assertEquals(Map.of("no-goals", RuleLevel.OFF, "no-plan", RuleLevel.ERROR), merged.rules());
        assertEquals(LocalDateTime.of(2026, 9, 5, 0, 0), merged.today());
        assertEquals("ru", merged.locale());
        assertEquals(Term.hours(4), merged.respondWithin());
        assertEquals(new Term(1, Term.Unit.WEEKS), merged.cadence());
        Config all = Config.empty().overlay(base);
        assertEquals(base, all);
    }

    @Test
    void settingsAreTheLanguageDefaultsWithTheConfigurationOnTop() throws ConfigException {
        LocalDateTime now = LocalDateTime.of(2026, 11, 20, 9, 0);
        Settings defaults = Settings.defaults(now);
        assertEquals(now, defaults.now());
        assertEquals(Term.workingDays(1), defaults.respondWithin());
        assertEquals(Term.days(14), defaults.cadence());
        assertEquals(Map.of(), defaults.rules());
        Settings configured = Settings.of(parse("""
                {"today": "2026-09-05", "respondWithin": "4h", "cadence": "1w", "rules": {"no-goals": "off"}}
                """), now);
        assertEquals(LocalDateTime.of(2026, 9, 5, 0, 0), configured.now());
        assertEquals(Term.hours(4), configured.respondWithin());
        assertEquals(new Term(1, Term.Unit.WEEKS), configured.cadence());
        assertEquals(Map.of("no-goals", RuleLevel.OFF), configured.rules());
    }

    // ---- "now" as people write it

    @Test
    void aMomentIsADateOrADateAndATime() {
        assertEquals(LocalDateTime.of(2026, 9, 5, 0, 0), Dates.parseMoment("2026-09-05"));
        assertEquals(LocalDateTime.of(2026, 9, 5, 0, 0), Dates.parseMoment(" 2026-09-05 "));
        assertEquals(LocalDateTime.of(2026, 9, 5, 14, 30), Dates.parseMoment("2026-09-05 14:30"));
        assertEquals(LocalDateTime.of(2026, 9, 5, 14, 30), Dates.parseMoment("2026-09-05T14:30"));
        assertNull(Dates.parseMoment("2026-09-05x14:30"));
        assertNull(Dates.parseMoment("2026-09-05 14:3"));
        assertNull(Dates.parseMoment("2026-09-05 24:30"));
        assertNull(Dates.parseMoment("2026-9-5"));
        assertNull(Dates.parseMoment("2026-09-05 14:30:00"));
        assertNull(Dates.parseMoment(null));
    }

    @Test
    void theWorkingWeekAndHolidays() throws ConfigException {
        Config config = parse("{\"workweek\": \"sun-thu\", \"holidays\": [\"2026-12-31\", \" 2027-01-01 \"]}");
        assertEquals(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                config.workweek());
        assertEquals(Set.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)),
                config.holidays());
        assertNull(parse("{\"workweek\": \" \"}").workweek());
        assertEquals(Set.of(), parse("{\"holidays\": []}").holidays());
        assertEquals("touchbase.json: \"workweek\" must be day names and ranges such as \"mon-fri\", \"sun-thu\" "
                + "or \"mon,tue,wed,thu\", not \"weekdays\"", problem("{\"workweek\": \"weekdays\"}"));
        assertEquals("touchbase.json: \"workweek\" must be a string", problem("{\"workweek\": [\"mon\"]}"));
        assertEquals("touchbase.json: \"holidays\" must be a list of dates such as [\"2026-11-04\"]",
                problem("{\"holidays\": \"2026-12-31\"}"));
        assertEquals("touchbase.json: \"holidays\" must hold dates such as 2026-11-04, not 2026-12-31 10:00",
                problem("{\"holidays\": [\"2026-12-31 10:00\"]}"));
        assertEquals("touchbase.json: \"holidays\" must hold dates such as 2026-11-04, not 20261231",
                problem("{\"holidays\": [20261231]}"));
        assertEquals("touchbase.json: \"holidays\" must hold dates such as 2026-11-04, not 2026-02-30",
                problem("{\"holidays\": [\"2026-02-30\"]}"));
    }

    @Test
    void remindEveryAndConfirmWithin() throws ConfigException {
        Config config = parse("{\"remindEvery\": \"3d\", \"confirmWithin\": \"2wd\"}");
        assertEquals(Term.days(3), config.remindEvery());
        assertEquals(Term.workingDays(2), config.confirmWithin());
        Settings settings = Settings.of(config, LocalDateTime.of(2026, 11, 20, 0, 0));
        assertEquals(Term.days(3), settings.remindEvery());
        assertEquals(Term.workingDays(2), settings.confirmWithin());
        Settings defaults = Settings.defaults(LocalDateTime.of(2026, 11, 20, 0, 0));
        assertEquals(Term.days(7), defaults.remindEvery());
        assertEquals(Term.workingDays(1), defaults.confirmWithin());
        assertEquals(WorkCalendar.DEFAULT, defaults.calendar());
        Settings holidaysOnly = Settings.of(parse("{\"holidays\": [\"2026-12-31\"]}"),
                LocalDateTime.of(2026, 11, 20, 0, 0));
        assertEquals(WorkCalendar.DEFAULT.workweek(), holidaysOnly.calendar().workweek());
        Settings weekOnly = Settings.of(parse("{\"workweek\": \"sun-thu\"}"),
                LocalDateTime.of(2026, 11, 20, 0, 0));
        assertEquals(Set.of(), weekOnly.calendar().holidays());
    }
}
