package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.cli.Cli.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code touchbase fmt [--check]} and {@code touchbase init}. */
class FmtAndInitTest {

    static final String MESSY = """
            project p   "Portal"{
            person anna "Anna" { decides }
                touch 2026-11-20 call with anna
            }
            """;

    static final String TIDY = """
            project p "Portal" {
              person anna "Anna" {
                decides
              }
              touch 2026-11-20 call with anna
            }
            """;

    @TempDir
    Path dir;

    @Test
    void checkPrintsAUnifiedDiffAndExitsOneAndChangesNothing() throws Exception {
        Path file = write(dir, "a.client", MESSY);
        write(dir, "b.client", TIDY);
        Cli.Result result = Cli.run("fmt", "--check", "--locale", "en", dir.toString());
        assertEquals(Main.FINDINGS, result.code(), result.err());
        String name = dir.resolve("a.client").normalize().toString().replace('\\', '/');
        assertEquals("""
                --- %1$s
                +++ %1$s
                @@ -1,4 +1,6 @@
                -project p   "Portal"{
                -person anna "Anna" { decides }
                -    touch 2026-11-20 call with anna
                +project p "Portal" {
                +  person anna "Anna" {
                +    decides
                +  }
                +  touch 2026-11-20 call with anna
                 }
                """.formatted(name), result.out());
        assertEquals("1 file is not formatted: run touchbase fmt\n", result.err());
        assertEquals(MESSY, Files.readString(file));
    }

    @Test
    void checkOfFormattedFilesSaysNothingAndExitsZero() throws Exception {
        write(dir, "b.client", TIDY);
        Cli.Result result = Cli.run("fmt", "--check", dir.toString()).assertCode(Main.OK);
        assertEquals("", result.out());
        assertEquals("", result.err());
    }

    @Test
    void withoutCheckTheFilesAreRewrittenAndNamed() throws Exception {
        Path file = write(dir, "a.client", MESSY);
        Cli.Result result = Cli.run("fmt", "--locale", "en", dir.toString()).assertCode(Main.OK);
        assertTrue(result.out().startsWith("formatted "), result.out());
        assertEquals(TIDY, Files.readString(file));
        assertEquals("", Cli.run("fmt", "--check", dir.toString()).assertCode(Main.OK).out());
    }

    @Test
    void aPathThatIsNotThereIsTrouble() {
        Cli.run("fmt", "--locale", "en", dir.resolve("nowhere").toString()).assertTrouble("there is no such file");
    }

    @Test
    void initWritesAStarterThatChecksWithoutAFindingInEnglishAndRussian() throws Exception {
        for (String locale : new String[] {"en", "ru"}) {
            Path folder = dir.resolve("start-" + locale);
            Cli.Result init = Cli.run("init", "--locale", locale, folder.toString()).assertCode(Main.OK);
            assertTrue(init.out().contains("touchbase check"), init.out());
            String project = Files.readString(folder.resolve("project.client"));
            assertTrue(project.startsWith("// "), "a commented starter");
            assertTrue(project.contains(locale.equals("ru") ? "Наш первый проект" : "Our first project"), project);
            assertTrue(Files.readString(folder.resolve("touchbase.json")).contains("\"locale\": \"" + locale + "\""));
            Cli.Result check = Cli.run("check", folder.toString()).assertCode(Main.OK);
            assertTrue(check.out().startsWith(locale.equals("ru") ? "ошибок: 0, предупреждений: 0, к сведению: 0, подсказок: 0" : "0 errors, 0 warnings, 0 info, 0 hints"),
                    check.out());
            assertEquals("", Cli.run("fmt", "--check", folder.toString()).out(), "the starter is formatted");
        }
    }

    @Test
    void initOverwritesNothing() throws Exception {
        write(dir, "touchbase.json", "{}\n");
        Cli.run("init", "--locale", "en", dir.toString()).assertTrouble("already exists");
        assertEquals("{}\n", Files.readString(dir.resolve("touchbase.json")));
        assertTrue(Files.notExists(dir.resolve("project.client")));
    }
}
