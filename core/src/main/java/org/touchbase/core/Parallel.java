package org.touchbase.core;

import java.util.stream.IntStream;

/**
 * When independent parts (projects, files) are worth doing on several cores: from a few of them on. Results
 * are always joined in the parts' order, so they never depend on the number of cores.
 */
public final class Parallel {

    /** More parts than this go parallel; fewer cost more to hand out than they save. */
    public static final int FROM = 8;

    /**
     * A project with this many touches is worth splitting: its rules run side by side, and linking its
     * touches is done in pieces of this size.
     */
    public static final int LARGE_PROJECT = 2_000;

    private Parallel() {
    }

    /** The indexes {@code 0 .. count - 1}, as a parallel stream when there are more than {@link #FROM}. */
    public static IntStream indexes(int count) {
        return indexes(count, false);
    }

    /** The same, parallel also with two parts or more when each is large. */
    public static IntStream indexes(int count, boolean large) {
        IntStream indexes = IntStream.range(0, count);
        return count > FROM || (large && count > 1) ? indexes.parallel() : indexes;
    }
}
