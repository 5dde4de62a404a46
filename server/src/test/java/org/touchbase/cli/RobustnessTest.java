package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No input crashes the check: each gives findings or a clear message, never a stack trace. */
class RobustnessTest {

    @TempDir
    Path dir;

    private static Cli.Result checkQuietly(Path path) {
        Cli.Result result = Cli.check(path, "--today", "2026-11-20");
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat ")
                || result.err().contains("internal error"), result.err());
        assertFalse(result.out().contains("Exception"), "a stack trace in the output");
        return result;
    }

    @Test
    void garbageBytes() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Path file = dir.resolve("garbage.client");
        Files.write(file, bytes);
        Cli.Result result = checkQuietly(file).assertCode(1);
        assertTrue(result.out().contains("[syntax]"), result.out());
        assertTrue(result.out().contains("more than 100 syntax errors in this file"), result.out());
    }

    @Test
    void twoHundredThousandUnclosedBraces() throws IOException {
        Path file = write(dir, "braces.client", "project portal " + "{".repeat(200_000) + "\n");
        Cli.Result result = checkQuietly(file).assertCode(1);
        assertTrue(result.out().contains("[syntax]"), result.out());
    }

    @Test
    void unclosedBracesInPeopleAndTouches() throws IOException {
        Path file = write(dir, "braces.client", "project portal {\n  person anna { decides }\n"
                + "  touch 2026-11-01 call with anna {\n".repeat(20_000) + "  person boris {\n".repeat(20_000));
        checkQuietly(file).assertCode(1);
    }

    @Test
    void anUnterminatedStringTwoThousandTimes() throws IOException {
        Path file = write(dir, "strings.client", "project portal {\n"
                + "  touch 2026-11-01 call with anna \"never closed\n".repeat(2_000) + "}\n");
        Cli.Result result = checkQuietly(file).assertCode(1);
        assertTrue(result.out().contains("unterminated string"), result.out());
    }

    @Test
    void anUnterminatedTripleStringAndComment() throws IOException {
        write(dir, "a.client", "project portal {\n  scenario \"\"\"" + "never closed\n".repeat(10_000));
        write(dir, "b.client", "project app {\n  /* " + "never closed\n".repeat(10_000));
        Cli.Result result = checkQuietly(dir).assertCode(1);
        assertTrue(result.out().contains("unterminated comment"), result.out());
    }

    @Test
    void anEmptyFileHasNoFindings() throws IOException {
        Path file = write(dir, "empty.client", "");
        Cli.Result result = checkQuietly(file).assertCode(0);
        assertEquals("0 errors, 0 warnings, 0 info, 0 hints in 1 file\n", result.out());
    }

    @Test
    void aFileOfWhitespaceAndCommentsHasNoFindings() throws IOException {
        Path file = write(dir, "notes.client", "\n\n  // nothing yet\n/* later */\n\t\n");
        checkQuietly(file).assertCode(0);
    }

    @Test
    void aFiveMegabyteFileIsChecked() throws IOException {
        StringBuilder text = new StringBuilder(5_300_000);
        int project = 0;
        while (text.length() < 5_000_000) {
            text.append(Cli.HEALTHY.replace("project portal", "project p" + project++)).append("log p")
                    .append(project - 1).append(" {\n");
            for (int i = 0; i < 40; i++) {
                text.append("  touch q").append(i).append(" 2026-11-0").append(1 + i % 9)
                        .append(" 10:00 letter from boris \"Question ").append(i).append("\"\n")
                        .append("  touch 2026-11-10 reply to boris re q").append(i).append(" { ack eta 2026-11-30 }\n");
            }
            text.append("}\n");
        }
        Path file = write(dir, "big.client", text.toString());
        assertTrue(Files.size(file) >= 5_000_000);
        Cli.Result result = checkQuietly(file).assertCode(0);
        assertTrue(result.out().contains("[late-reply]"), result.out().substring(0, 200));
    }

    @Test
    void aFiveMegabyteLineOfOneName() throws IOException {
        Path file = write(dir, "long.client", "project " + "a".repeat(5_000_000) + " {\n}\n");
        checkQuietly(file).assertCode(1);
    }

    @Test
    void aFolderWithoutClientFilesSaysSo() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Cli.check(dir.resolve("empty")).assertTrouble("no .client files found in");
    }
}
