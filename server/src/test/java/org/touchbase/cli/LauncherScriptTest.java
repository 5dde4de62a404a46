package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./touchbase} builds the jar on first use: what Maven prints then
 * reaches standard error without terminal escape codes, and a failed build
 * says so. Maven and Java are stand-ins here, so nothing is built.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;

    @Test
    void theFirstBuildPrintsNoEscapeCodes() throws Exception {
        Run run = run("printf '\\033[0m\\033[0m' ; printf '\\033[0m' >&2 ; mkdir -p server/target ; touch server/target/touchbase.jar");
        assertEquals(0, run.code, run.err);
        assertTrue(run.err.contains("building the jar first"), run.err);
        assertFalse(run.err.contains("\u001b"), run.err);
        assertEquals("java ran\n", run.out);
    }

    @Test
    void aFailedBuildSaysSo() throws Exception {
        Run run = run("printf '\\033[1mBUILD FAILURE\\033[0m\\n' ; exit 3");
        assertEquals(3, run.code);
        assertTrue(run.err.contains("BUILD FAILURE"), run.err);
        assertFalse(run.err.contains("\u001b"), run.err);
        assertTrue(run.err.contains("the build failed (exit status 3)"), run.err);
        assertEquals("", run.out);
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs a copy of the launcher with {@code mvn} doing {@code maven} and {@code java} saying it ran. */
    private Run run(String maven) throws IOException, InterruptedException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.copy(Path.of("..", "touchbase"), root.resolve("touchbase"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin.resolve("mvn"), maven);
        script(bin.resolve("java"), "echo 'java ran'");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", root.resolve("touchbase").toString(), "check");
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.directory(root.toFile());
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = builder.start().waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void script(Path path, String body) throws IOException {
        Files.writeString(path, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(path, Set.copyOf(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
