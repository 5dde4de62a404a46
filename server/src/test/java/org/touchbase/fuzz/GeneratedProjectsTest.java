package org.touchbase.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Finding;

/**
 * The fuzz generator writes valid {@code .client} text (the mutations break
 * it, not the generator), and over a few hundred projects it writes every
 * construct of version 2 (docs/reference.md, Version 2).
 */
class GeneratedProjectsTest {

    private static final List<String> VERSION_2 = List.of("member ", " since ", " until ", " left ", " away ",
            "prefers ", "status paused until", " was ", "wd", "remind every", "confirm within", "noreply",
            " missed", "reminds ", "summary ", "action ", " owner ", " done", " replaces ", " partly ",
            "question to", "reply from");

    @Test
    void generatedProjectsParseAndUseVersion2() {
        StringBuilder all = new StringBuilder();
        for (long seed = 0; seed < 300; seed++) {
            String text = Mutants.generated(new Random(seed));
            List<String> syntax = Pipeline.analyze(text).findings().stream().filter(f -> f.rule().equals("syntax"))
                    .map(Finding::toString).toList();
            assertEquals(List.of(), syntax, text);
            all.append(text);
        }
        for (String construct : VERSION_2) {
            assertTrue(all.toString().contains(construct), construct);
        }
    }
}
