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
 * {@code src/test/resources/golden/LOCALE/FORMAT/}. After an intended change,
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
        for (String locale : List.of("en", "ru")) {
            for (ReportFormat format : ReportFormat.values()) {
                Path folder = root.resolve(locale).resolve(format.extension());
                List<ReportFile> files = ReportGenerator.generate(analysis, Messages.forLanguage(locale), format, null);
                if (update) {
                    write(folder, files);
                }
                tests.add(DynamicTest.dynamicTest(locale + "/" + format.extension() + ": the same files", () -> {
                    Set<String> expected = new TreeSet<>();
                    try (Stream<Path> list = Files.list(folder)) {
                        list.forEach(path -> expected.add(path.getFileName().toString()));
                    }
                    Set<String> actual = new TreeSet<>();
                    files.forEach(file -> actual.add(file.name()));
                    assertEquals(expected, actual);
                }));
                for (ReportFile file : files) {
                    tests.add(DynamicTest.dynamicTest(locale + "/" + format.extension() + "/" + file.name(), () -> {
                        Path golden = folder.resolve(file.name());
                        assertTrue(Files.exists(golden), "no golden " + golden + "; regenerate (see GoldenTest)");
                        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), file.content(),
                                "differs from " + golden + "; if intended, regenerate (see GoldenTest)");
                    }));
                }
            }
        }
        return tests.stream();
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
