package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;

/**
 * The documents of the samples (now = 2026-11-20) against the files under
 * {@code src/test/resources/golden/LOCALE/FORMAT/}, and the client's
 * documents against {@code golden/client/LOCALE/FORMAT/}. After an intended change,
 * regenerate them with
 * {@code mvn -pl report -am test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dtouchbase.updateGoldens=true}
 * and review the diff.
 */
class GoldenTest {

    @TestFactory
    Stream<DynamicTest> samplesMatchTheGoldens() throws IOException {
        Analysis analysis = Workspaces.samples();
        boolean update = Boolean.parseBoolean(System.getProperty("touchbase.updateGoldens", "false"));
        Path root = goldens();
        List<DynamicTest> tests = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            for (String locale : List.of("en", "ru")) {
                for (ReportFormat format : ReportFormat.values()) {
                    Path base = audience == Audience.CLIENT ? root.resolve("client") : root;
                    List<ReportFile> files = ReportGenerator.generate(analysis, Messages.forLanguage(locale), format,
                            null, audience);
                    String label = (audience == Audience.CLIENT ? "client/" : "") + locale + "/" + format.extension();
                    compare(base.resolve(locale).resolve(format.extension()), label, files, update, tests);
                }
            }
        }
        return tests.stream();
    }

    private static void compare(Path folder, String label, List<ReportFile> files, boolean update,
            List<DynamicTest> tests) throws IOException {
        if (update) {
            write(folder, files);
        }
        tests.add(DynamicTest.dynamicTest(label + ": the same files", () -> {
            Set<String> expected = new TreeSet<>();
            try (Stream<Path> list = Files.list(folder)) {
                list.forEach(path -> expected.add(path.getFileName().toString()));
            }
            Set<String> actual = new TreeSet<>();
            files.forEach(file -> actual.add(file.name()));
            assertEquals(expected, actual);
        }));
        for (ReportFile file : files) {
            tests.add(DynamicTest.dynamicTest(label + "/" + file.name(), () -> {
                Path golden = folder.resolve(file.name());
                assertTrue(Files.exists(golden), "no golden " + golden + "; regenerate (see GoldenTest)");
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), file.content(),
                        "differs from " + golden + "; if intended, regenerate (see GoldenTest)");
            }));
        }
    }

    private static void write(Path folder, List<ReportFile> files) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path path : old.toList()) {
                Files.delete(path);
            }
        }
        for (ReportFile file : files) {
            Files.writeString(folder.resolve(file.name()), file.content(), StandardCharsets.UTF_8);
        }
    }

    private static Path goldens() {
        String configured = System.getProperty("touchbase.goldens");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("src", "test", "resources", "golden");
    }
}
