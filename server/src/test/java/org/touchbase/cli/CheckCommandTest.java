package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.cli.Cli.HEALTHY;
import static org.touchbase.cli.Cli.NO_GOALS;
import static org.touchbase.cli.Cli.check;
import static org.touchbase.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code touchbase check}: what it prints and its exit codes. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void aHealthyWorkspaceExitsZeroWithASummary() throws IOException {
        write(dir, "portal.client", HEALTHY);
        Cli.Result result = check(dir, "--today", "2026-11-20").assertCode(0);
        assertEquals("0 errors, 0 warnings, 0 info, 0 hints in 1 file\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void printsEachFindingWithFileLineColumnSeverityMessageAndRule() throws IOException {
        Path file = write(dir, "portal.client", NO_GOALS);
        Cli.Result result = check(file, "--today", "2026-11-20").assertCode(0);
        assertEquals(file + ":1:9: warning: Project `portal` has no goals: find out the goals and objectives of the "
                + "project first (`goal`) [no-goals]\n0 errors, 1 warning, 0 info, 0 hints in 1 file\n", result.out());
    }

    @ParameterizedTest
    @CsvSource({
        "error, 0, 1", "warning, 1, 1", "info, 1, 1", "hint, 1, 1", "never, 0, 0",
    })
    void exitsOneWhenAFindingIsAtLeastAsSevereAsFailOn(String failOn, int warningFails, int errorFails)
            throws IOException {
        write(dir, "warning/portal.client", NO_GOALS);
        write(dir, "error/portal.client", HEALTHY.replace(" decides", ""));
        check(dir.resolve("warning"), "--today", "2026-11-20", "--fail-on", failOn).assertCode(warningFails);
        check(dir.resolve("error"), "--today", "2026-11-20", "--fail-on", failOn).assertCode(errorFails);
    }

    @Test
    void anInfoFindingFailsOnlyFromInfoDown() throws IOException {
        write(dir, "portal.client", HEALTHY.replace("  source \"Quarterly report\"\n", ""));
        check(dir, "--today", "2026-11-20", "--fail-on", "warning").assertCode(0);
        check(dir, "--today", "2026-11-20", "--fail-on", "info").assertCode(1);
        check(dir, "--today", "2026-11-20", "--fail-on", "hint").assertCode(1);
    }

    @Test
    void theDefaultFailOnIsError() throws IOException {
        write(dir, "portal.client", HEALTHY.replace(" decides", ""));
        check(dir, "--today", "2026-11-20").assertCode(1);
    }

    @Test
    void quietPrintsOnlyTheFailingFindingsAndNoSummary() throws IOException {
        write(dir, "portal.client", HEALTHY.replace(" decides", "").replace("  goal \"Launch by December\"\n", ""));
        Cli.Result result = check(dir, "--today", "2026-11-20", "--quiet").assertCode(1);
        assertEquals(1, result.lines().size(), result.out());
        assertTrue(result.out().contains("[no-decision-maker]"), result.out());
    }

    @Test
    void theTodayOptionTakesADateOrADateTime() throws IOException {
        write(dir, "portal.client", HEALTHY.replace("2026-11-18 call", "2026-11-06 12:00 call"));
        check(dir, "--today", "2026-11-20 12:00", "--fail-on", "warning").assertCode(0);
        Cli.Result late = check(dir, "--today", "2026-11-20 12:01", "--fail-on", "warning").assertCode(1);
        assertTrue(late.out().contains("[touch-gap]"), late.out());
    }

    @Test
    void aFindingsMessageIsInRussianWithLocaleRu() throws IOException {
        write(dir, "portal.client", NO_GOALS);
        Cli.Result result = Cli.run("check", dir.toString(), "--today", "2026-11-20", "--locale", "ru");
        assertTrue(result.out().contains("У проекта `portal` нет целей: сначала выясните цели и задачи проекта (`goal`) "
                + "[no-goals]"), result.out());
        assertTrue(result.out().contains(":1:9: предупреждение: У проекта"), result.out());
    }

    @Test
    void severalPathsAreOneWorkspace() throws IOException {
        Path a = write(dir, "a/portal.client", HEALTHY.replace("  person boris { contact motivation "
                + "\"Fewer night incidents\" }\n", ""));
        Path b = write(dir, "b/portal-log.client", "log portal {\n  person boris { contact motivation \"m\" }\n}\n");
        check(a, "--today", "2026-11-20", "--fail-on", "hint").assertCode(1);
        check(a, b, "--today", "2026-11-20", "--fail-on", "hint").assertCode(0);
    }

    @Test
    void hiddenAndBuildFoldersAreSkipped() throws IOException {
        write(dir, "portal.client", HEALTHY);
        write(dir, ".git/x.client", "garbage {");
        write(dir, "node_modules/x.client", "garbage {");
        write(dir, "target/x.client", "garbage {");
        check(dir, "--today", "2026-11-20").assertCode(0);
    }

    @Test
    void rulesListsEveryRule() {
        Cli.Result result = Cli.run("rules", "--locale", "en").assertCode(0);
        assertEquals(30, result.lines().size(), result.out());
        assertTrue(result.out().contains("no-decision-maker"), result.out());
        assertTrue(result.out().contains("unused-suppression"), result.out());
    }

    @Test
    void fileWithBomAndCrLf() throws IOException {
        Path file = dir.resolve("portal.client");
        Files.writeString(file, "\uFEFF" + NO_GOALS.replace("\n", "\r\n"));
        Cli.Result result = check(file, "--today", "2026-11-20").assertCode(0);
        assertTrue(result.out().startsWith(file + ":1:9: warning:"), result.out());
    }

    @Test
    void positionsCountUtf16UnitsAfterCharactersOutsideTheBasicPlane() throws IOException {
        Path file = write(dir, "portal.client", NO_GOALS.replace("project portal \"Portal\" {",
                "project portal \"Portal\" {\n  source \"\uD83D\uDE80\" source \"\uD83D\uDE80\"\n  decides"));
        Cli.Result result = check(file, "--today", "2026-11-20").assertCode(1);
        assertTrue(result.out().contains(":3:3: error:"), result.out());
    }
}
