package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs {@code touchbase} in-process and captures what it says. */
final class Cli {

    /** The exit code and the two streams of one run. */
    record Result(int code, String out, String err) {

        /** Exit 2 with one line on standard error that says {@code reason}, and never a stack trace. */
        Result assertTrouble(String reason) {
            assertEquals(2, code, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            assertOneLine(reason);
            return this;
        }

        Result assertOneLine(String reason) {
            assertEquals(1, err.lines().count(), () -> "one line on stderr, got:\n" + err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "a stack trace:\n" + err);
            assertEquals(true, err.contains(reason), () -> "stderr should say <" + reason + ">, got:\n" + err);
            return this;
        }

        Result assertCode(int expected) {
            assertEquals(expected, code, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }

        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code touchbase check ARGS... --locale en}. */
    static Result check(Object... args) {
        List<String> all = new ArrayList<>(List.of("check"));
        for (Object arg : args) {
            all.add(arg.toString());
        }
        if (!all.contains("--locale")) {
            all.addAll(Arrays.asList("--locale", "en"));
        }
        return run(all.toArray(String[]::new));
    }

    static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A project that breaks no rule at all on 2026-11-20. */
    static final String HEALTHY = """
            project portal "Portal" {
              starts 2026-09-01
              goal "Launch by December"
              person anna "Anna Smirnova" { decides backup goal "Grow online revenue" }
              person boris { contact motivation "Fewer night incidents" }
              source "Quarterly report"
              plan { step golive "Go live" due 2026-12-15 }
              scenario "Budget is cut: launch the FAQ only"
              touch 2026-11-18 call with anna, boris { purpose "Check in" benefit "Fewer surprises" }
            }
            """;

    /** {@link #HEALTHY} with one finding of each default severity: no-decision-maker is an error. */
    static final String NO_GOALS = HEALTHY.replace("  goal \"Launch by December\"\n", "");
}
