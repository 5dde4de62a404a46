package org.touchbase.fuzz;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Grammar-aware mutants of the samples through the whole pipeline, and typing
 * sessions through the incremental update. A few tries in the normal build;
 * {@code -Pfuzz} runs thousands (CONTRIBUTING.md). A failure prints its seed;
 * the text it broke on goes into {@code src/test/resources/fuzz-corpus/}.
 */
class PipelineFuzz {

    private static final List<String> SEEDS = Mutants.seeds();

    @Property
    void everyMutantKeepsThePipelinesInvariants(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int steps) {
        Random random = new Random(seed);
        String text = Mutants.mutate(Mutants.seed(SEEDS, random), random, steps);
        Findings.keepingFailures("pipeline", text, () -> Pipeline.check(text));
    }


    @Property
    void everyTypingSessionEqualsFullParses(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int steps) {
        Random random = new Random(seed);
        String text = Mutants.mutate(Mutants.seed(SEEDS, random), random, steps);
        Findings.keepingFailures("session", text, () -> Pipeline.editSession(text, random, 40));
    }
}
