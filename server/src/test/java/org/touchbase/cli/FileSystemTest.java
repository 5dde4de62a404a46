package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.touchbase.cli.Cli.HEALTHY;
import static org.touchbase.cli.Cli.write;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file system holds besides plain files and folders: pipes, links, names too long for it. */
class FileSystemTest {

    @TempDir
    Path dir;

    /** A named pipe at {@code path}, or the test is skipped where there is no {@code mkfifo}. */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return null;
        }
        assumeTrue(process.waitFor() == 0, "mkfifo failed");
        return path;
    }

    @Test
    void aPipeNamedLikeAClientFileIsSaidToBeOne() throws Exception {
        Path pipe = fifo(dir.resolve("pipe.client"));
        Cli.check(pipe).assertTrouble("cannot check " + pipe + ": it is not a regular file");
    }

    @Test
    void aPipeGivenAsTheConfigurationIsSaidToBeOne() throws Exception {
        Path portal = write(dir, "portal.client", HEALTHY);
        Path pipe = fifo(dir.resolve("config/touchbase.json"));
        Cli.check(portal, "--config", pipe).assertTrouble(pipe + ": the configuration must be a regular file");
    }

    @Test
    void aPipeInAFolderIsLeftOut() throws Exception {
        write(dir, "portal.client", HEALTHY);
        fifo(dir.resolve("pipe.client"));
        Cli.check(dir, "--today", "2026-11-20").assertCode(0);
    }

    @Test
    void aFolderGivenThroughALinkIsChecked() throws IOException {
        write(dir, "real/portal.client", HEALTHY);
        write(dir, "real/touchbase.json", "{\"today\": \"2026-11-20\"}");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        Cli.Result result = Cli.check(link, "--format", "json").assertCode(0);
        assertTrue(result.out().contains("\"files\":1") || result.out().contains("\"files\": 1"), result.out());
        Cli.Result text = Cli.check(link.resolve("portal.client").getParent()).assertCode(0);
        assertEquals("0 errors, 0 warnings, 0 info, 0 hints in 1 file\n", text.out());
    }

    @Test
    void aLoopOfLinksBelowTheFolderIsNotFollowed() throws IOException {
        write(dir, "real/portal.client", HEALTHY);
        Files.createSymbolicLink(dir.resolve("real/again"), dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        Cli.check(link, "--today", "2026-11-20").assertCode(0);
    }

    @Test
    void aReportOfAFolderGivenThroughALinkIsWritten() throws IOException {
        write(dir, "real/portal.client", HEALTHY);
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        Path out = dir.resolve("out");
        Cli.run("report", link.toString(), "--out", out.toString(), "--today", "2026-11-20", "--locale", "en")
                .assertCode(0);
        assertTrue(Files.exists(out.resolve("portal.html")));
    }

    @Test
    void aProjectIdLongerThanAFileNameMayBeGetsAShortenedUniqueFileName() throws IOException {
        String longId = "ж".repeat(130);
        write(dir, "ws/a.client", HEALTHY.replace("project portal", "project " + longId));
        write(dir, "ws/b.client", HEALTHY.replace("project portal", "project " + longId + "а"));
        write(dir, "ws/c.client", HEALTHY.replace("project portal", "project other"));
        Path out = dir.resolve("out");
        Cli.run("report", dir.resolve("ws").toString(), "--out", out.toString(), "--today", "2026-11-20",
                "--locale", "en").assertCode(0);
        List<Path> written = list(out);
        assertEquals(4, written.size(), written::toString);
        for (Path file : written) {
            assertTrue(file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, file::toString);
        }
        assertLinksExist(out);
    }

    @Test
    void aDocumentThatCannotBeWrittenStopsNoOtherAndTheIndexLinksOnlyWhatExists() throws IOException {
        write(dir, "ws/a.client", HEALTHY);
        write(dir, "ws/b.client", HEALTHY.replace("project portal", "project other"));
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("portal.html"));
        Cli.Result result = Cli.run("report", dir.resolve("ws").toString(), "--out", out.toString(),
                "--today", "2026-11-20", "--locale", "en");
        result.assertTrouble("cannot write " + out.resolve("portal.html"));
        assertTrue(Files.isRegularFile(out.resolve("other.html")));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("href=\"other.html\""), index);
        assertFalse(index.contains("href=\"portal.html\""), index);
    }

    @Test
    void theFirstOfTwoDeclarationsIsTheFirstFileByPathWhateverItsLetters() throws IOException {
        write(dir, "a.client", "project p {\n  person boris { decides }\n}\n");
        write(dir, "b.client", "log p {\n  person anna { backup }\n}\n");
        write(dir, "ж.client", "log p {\n  person anna { contact }\n}\n");
        Cli.Result result = Cli.check(dir, "--today", "2026-11-20");
        assertTrue(result.out().contains("ж.client:2:10: error: `anna` is already declared at b.client:2;"),
                result.out());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Every link of the portfolio page leads to a written file. */
    private static void assertLinksExist(Path out) throws IOException {
        String index = Files.readString(out.resolve("index.html"));
        Matcher href = Pattern.compile("href=\"([^\"#:]+)\"").matcher(index);
        int links = 0;
        while (href.find()) {
            String name = URLDecoder.decode(href.group(1), StandardCharsets.UTF_8);
            assertTrue(Files.isRegularFile(out.resolve(name)), "the index links to a missing " + name);
            links++;
        }
        assertEquals(3, links, index);
    }
}
