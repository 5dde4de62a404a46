package org.touchbase.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The regression corpus: every text fuzzing once broke something on, kept in
 * {@code src/test/resources/fuzz-corpus/}, through every invariant again.
 */
class CorpusTest {

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz-corpus"))) {
            return files.filter(file -> file.toString().endsWith(".client")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTextOfTheCorpusKeepsThePipelinesInvariants() throws IOException {
        return corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Pipeline.check(text);
            Pipeline.editSession(text, new Random(text.hashCode()), 60);
        }));
    }
}
