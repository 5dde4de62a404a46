package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.touchbase.cli.Cli.HEALTHY;
import static org.touchbase.cli.Cli.NO_GOALS;
import static org.touchbase.cli.Cli.check;
import static org.touchbase.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit code 2 with one line on standard error, and {@code touchbase.json}. */
class TroubleAndConfigTest {

    @TempDir
    Path dir;

    @Nested
    class Trouble {

        @Test
        void anUnknownOption() {
            Cli.check(dir, "--colour").assertTrouble("--colour");
        }

        @Test
        void anUnknownFormatOrFailOn() {
            check(dir, "--format", "xml").assertTrouble("xml");
            check(dir, "--fail-on", "sometimes").assertTrouble("sometimes");
        }

        @Test
        void aBadToday() {
            check(dir, "--today", "2026-02-30").assertTrouble(
                    "--today must be a date such as 2026-09-05 or a date-time such as \"2026-09-05 14:30\", not \"2026-02-30\"");
            check(dir, "--today", "tomorrow").assertTrouble("not \"tomorrow\"");
        }

        @Test
        void aBadLocale() {
            Cli.run("check", dir.toString(), "--locale", "de").assertTrouble("--locale must be en or ru, not \"de\"");
        }

        @ParameterizedTest
        @CsvSource({"rules", "fmt", "init", "agenda", "report --out x", "calendar --out x.ics", "import --workspace ."})
        void aBadLocaleStopsEveryCommandAlike(String command) {
            String[] words = command.split(" ");
            String[] args = new String[words.length + 2];
            System.arraycopy(words, 0, args, 0, words.length);
            args[words.length] = "--locale";
            args[words.length + 1] = "fr";
            Cli.run(args).assertTrouble("--locale must be en or ru, not \"fr\"");
        }

        @Test
        void aPathThatDoesNotExist() {
            check(dir.resolve("nowhere")).assertTrouble("cannot check " + dir.resolve("nowhere")
                    + ": there is no such file or folder");
        }

        @Test
        void aFolderWithoutClientFiles() throws IOException {
            write(dir, "notes.txt", "nothing here");
            check(dir).assertTrouble("no .client files found in " + dir);
        }

        @Test
        void anUnreadableFile() throws IOException {
            Path file = write(dir, "portal.client", HEALTHY);
            assertTrue(file.toFile().setReadable(false));
            try {
                assumeFalse(file.toFile().canRead(), "running as root: every file is readable");
                check(file).assertTrouble("cannot read " + file);
            } finally {
                file.toFile().setReadable(true);
            }
        }

        @Test
        void aFileThatFailsToRead() {
            Path mem = Path.of("/proc/self/mem");
            assumeTrue(Files.isRegularFile(mem), "a Linux file that cannot be read from its start");
            check(mem).assertTrouble("cannot read /proc/self/mem");
        }

        @Test
        void aPathThatIsNoPath() {
            check("a\u0000b").assertTrouble("cannot check a");
        }
    }

    @Nested
    class Config {

        @Test
        void touchbaseJsonAtTheRootOfTheCheckApplies() throws IOException {
            write(dir, "touchbase.json", "{\"today\": \"2026-11-20\", \"rules\": {\"no-goals\": \"error\"}}");
            write(dir, "portal.client", NO_GOALS);
            Cli.Result result = check(dir).assertCode(1);
            assertTrue(result.out().contains(":1:9: error: Project `portal` has no goals"), result.out());
        }

        @Test
        void theNearestTouchbaseJsonAboveAFileApplies() throws IOException {
            write(dir, "touchbase.json", "{\"rules\": {\"no-goals\": \"error\"}}");
            write(dir, "team/touchbase.json", "{\"rules\": {\"no-goals\": \"off\"}}");
            write(dir, "team/portal/portal.client", NO_GOALS);
            write(dir, "other/app.client", NO_GOALS.replace("portal", "app"));
            Cli.Result result = check(dir, "--today", "2026-11-20").assertCode(1);
            assertEquals(1, result.out().lines().filter(l -> l.contains("[no-goals]")).count(), result.out());
            assertTrue(result.out().contains("other/app.client:1:9: error:"), result.out());
        }

        @Test
        void theSearchStopsAtTheRootOfTheCheck() throws IOException {
            write(dir, "touchbase.json", "{\"rules\": {\"no-goals\": \"error\"}}");
            write(dir, "portal/portal.client", NO_GOALS);
            check(dir.resolve("portal"), "--today", "2026-11-20").assertCode(0);
            check(dir, "--today", "2026-11-20").assertCode(1);
        }

        @Test
        void theConfigOptionReplacesTheSearch() throws IOException {
            write(dir, "portal/touchbase.json", "{\"rules\": {\"no-goals\": \"error\"}}");
            Path config = write(dir, "ci.json", "{\"rules\": {\"no-goals\": \"off\"}, \"today\": \"2026-11-20\"}");
            write(dir, "portal/portal.client", NO_GOALS);
            Cli.Result result = check(dir.resolve("portal"), "--config", config, "--fail-on", "hint").assertCode(0);
            assertEquals("0 errors, 0 warnings, 0 info, 0 hints in 1 file\n", result.out());
        }

        @Test
        void todayInTheConfigIsNowAndTheOptionWins() throws IOException {
            write(dir, "touchbase.json", "{\"today\": \"2026-12-20\"}");
            write(dir, "portal.client", HEALTHY);
            Cli.Result late = check(dir, "--fail-on", "warning").assertCode(1);
            assertTrue(late.out().contains("[touch-gap]"), late.out());
            check(dir, "--fail-on", "warning", "--today", "2026-11-20").assertCode(0);
        }

        @Test
        void localeInTheConfigAndTheOptionWins() throws IOException {
            write(dir, "touchbase.json", "{\"locale\": \"ru\", \"today\": \"2026-11-20\"}");
            write(dir, "portal.client", NO_GOALS);
            Cli.Result russian = Cli.run("check", dir.toString());
            assertTrue(russian.out().contains("У проекта `portal` нет целей"), russian.out());
            Cli.Result english = Cli.run("check", dir.toString(), "--locale", "en");
            assertTrue(english.out().contains("Project `portal` has no goals"), english.out());
        }

        @Test
        void respondWithinAndCadenceInTheConfigAreTheDefaults() throws IOException {
            write(dir, "portal.client", HEALTHY.replace("2026-11-18 call", "2026-11-01 call")
                    + "log portal {\n  touch q1 2026-11-17 letter from anna \"Q\"\n}\n");
            Cli.Result strict = check(dir, "--today", "2026-11-20", "--fail-on", "warning").assertCode(1);
            assertTrue(strict.out().contains("[touch-gap]") && strict.out().contains("[unanswered]"), strict.out());
            write(dir, "touchbase.json", "{\"respondWithin\": \"1w\", \"cadence\": \"30d\"}");
            check(dir, "--today", "2026-11-20", "--fail-on", "warning").assertCode(0);
        }

        @Test
        void blankDurationsInTheConfigLeaveTheDefaults() throws IOException {
            write(dir, "portal.client", HEALTHY.replace("2026-11-18 call", "2026-11-01 call"));
            write(dir, "touchbase.json", "{\"respondWithin\": \"\", \"cadence\": \" \"}");
            Cli.Result result = check(dir, "--today", "2026-11-20", "--fail-on", "warning").assertCode(1);
            assertTrue(result.out().contains("[touch-gap]"), result.out());
        }

        @Test
        void theProjectsOwnValuesWinOverTheConfig() throws IOException {
            write(dir, "touchbase.json", "{\"cadence\": \"30d\"}");
            write(dir, "portal.client", HEALTHY.replace("2026-11-18 call", "2026-11-01 call")
                    .replace("  starts", "  cadence 1w\n  starts"));
            check(dir, "--today", "2026-11-20", "--fail-on", "warning").assertCode(1);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                {"rules": {"no-goals": "loud"}}        | the level of "no-goals" must be error, warning, info, hint or off, not "loud"
                {"rules": {"no-goal": "off"}}          | "no-goal" is not a rule (run touchbase rules to list them)
                {"rules": {"syntax": "off"}}           | "syntax" is a language rule; it is always an error and cannot be configured
                {"rules": ["no-goals"]}                | "rules" must be an object of rule ids and levels
                {"today": "someday"}                   | "today" must be a date such as 2026-09-05 or a date-time such as 2026-09-05 14:30, not "someday"
                {"locale": "de"}                       | "locale" must be "en" or "ru", not "de"
                {"respondWithin": "soon"}              | "respondWithin" must be a duration such as 4h, 1d, 2w or 1wd, not "soon"
                {"respondWithin": "-1d"}               | "respondWithin" must be a duration such as 4h, 1d, 2w or 1wd, not "-1d"
                {"cadence": "+2w"}                     | "cadence" must be a duration such as 4h, 1d, 2w or 1wd, not "+2w"
                {"cadence": 14}                        | "cadence" must be a string
                {"remindEvery": "often"}               | "remindEvery" must be a duration such as 4h, 1d, 2w or 1wd, not "often"
                {"confirmWithin": 2}                   | "confirmWithin" must be a string
                {"colour": "red"}                      | unknown setting "colour" (known: rules, today, locale, respondWithin, cadence, remindEvery, confirmWithin, workweek, holidays, timezone)
                {"workweek": "mon-fry"}                | "workweek" must be day names and ranges such as "mon-fri", "sun-thu" or "mon,tue,wed,thu", not "mon-fry"
                {"holidays": "2026-11-04"}             | "holidays" must be a list of dates such as ["2026-11-04"]
                {"holidays": ["2026-11-31"]}           | "holidays" must hold dates such as 2026-11-04, not 2026-11-31
                {"timezone": "Mars/Olympus"}           | "timezone" must be a time zone such as Europe/Moscow or UTC, not "Mars/Olympus"
                [1, 2]                                 | the configuration must be a JSON object
                {"today": "2026-11-20",}               | not valid JSON at line 1, column
                {"today":                              | not valid JSON
                {"today": "2026-11-20"} garbage        | not valid JSON at line 1, column 25
                {"today": "2026-11-20"} {}             | not valid JSON at line 1, column 25
                """)
        void aBadConfigurationExitsTwoAndSaysWhy(String json, String reason) throws IOException {
            Path config = write(dir, "touchbase.json", json);
            write(dir, "portal.client", HEALTHY);
            // the file, and the line and column of the setting when the JSON is valid
            String err = check(dir).assertTrouble(reason.substring(0, Math.min(reason.length(), 60))).err();
            assertTrue(err.startsWith(config + ": ") || err.matches("(?s)" + Pattern.quote(config.toString())
                    + ":1:\\d+: .*"), err);
            check(dir.resolve("portal.client"), "--config", config).assertTrouble(reason);
        }

        @Test
        void aBadConfigurationBelowTheRootIsFoundToo() throws IOException {
            write(dir, "team/touchbase.json", "{\"rules\": 1}");
            write(dir, "team/portal.client", HEALTHY);
            check(dir).assertTrouble("\"rules\" must be an object");
        }

        @Test
        void aMissingConfigFile() throws IOException {
            write(dir, "portal.client", HEALTHY);
            check(dir, "--config", dir.resolve("none.json"))
                    .assertTrouble("cannot read the configuration file " + dir.resolve("none.json"));
        }
    }
}
