package org.touchbase.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps what a fuzz property broke on: the text goes to
 * {@code target/fuzz-findings/}, to be added to the regression corpus
 * ({@code src/test/resources/fuzz-corpus/}) once fixed.
 */
final class Findings {

    private Findings() {
    }

    /** Runs a check on a text; if it fails, the text is kept before the failure goes on. */
    static void keepingFailures(String name, String text, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            save(name, text);
            throw e;
        }
    }

    static void save(String name, String text) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-findings"));
            Files.writeString(folder.resolve(name + "-" + Integer.toHexString(text.hashCode()) + ".client"), text,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the failure itself is what matters
        }
    }
}
