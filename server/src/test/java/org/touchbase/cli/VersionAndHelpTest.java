package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code touchbase --version} and {@code --help}: the real version, and help text that reads well. */
class VersionAndHelpTest {

    @Test
    void theVersionIsTheProjectVersion() {
        Cli.Result result = Cli.run("--version").assertCode(Main.OK);
        assertTrue(result.out().matches("touchbase \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), result.out());
    }

    @Test
    void helpNeverBreaksAFileExtension() {
        for (String[] args : new String[][] {{"--help"}, {"check", "--help"}, {"report", "--help"},
                {"rules", "--help"}, {"lsp", "--help"}, {"agenda", "--help"}, {"calendar", "--help"},
                {"fmt", "--help"}, {"init", "--help"}, {"import", "--help"}}) {
            Cli.Result result = Cli.run(args).assertCode(Main.OK);
            assertFalse(result.out().matches("(?s).*\\.\\s+client.*"), result.out());
        }
        assertTrue(Cli.run("--help").out().contains(".client"));
    }

    @Test
    void everyLineOfTheHelpFitsEightyColumns() {
        for (String line : Cli.run("--help").out().lines().toList()) {
            assertTrue(line.length() <= 80, line);
        }
        assertEquals(true, Cli.run("--help").out().contains("for .client files."));
    }
}
