package org.touchbase.core;

import java.util.Random;

/**
 * Random keystrokes, for the tests that type into a text and hold every step to a fresh parse or
 * analysis: a keystroke types one character of its alphabet or deletes, now and then over a few
 * characters. The same seed gives the same keystrokes.
 */
public final class Keystrokes {

    private final Random random;
    private final String alphabet;
    private final int oneIn;
    private final int longest;

    /** One edit: {@code [start, end)} of a text replaced by {@code inserted}. */
    public record Keystroke(int start, int end, String inserted) {

        public String applyTo(String text) {
            return text.substring(0, start) + inserted + text.substring(end);
        }
    }

    /**
     * Keystrokes typing characters of {@code alphabet}; one in {@code oneIn} replaces a range of up to
     * {@code longest - 1} characters instead of typing at a point; one in three types nothing.
     */
    public Keystrokes(long seed, String alphabet, int oneIn, int longest) {
        this.random = new Random(seed);
        this.alphabet = alphabet;
        this.oneIn = oneIn;
        this.longest = longest;
    }

    /** A keystroke anywhere in {@code text}. */
    public Keystroke anywhere(String text) {
        int start = random.nextInt(text.length());
        int end = Math.min(text.length(), start + range(longest));
        return new Keystroke(start, end, typed());
    }

    /** A keystroke inside {@code [from, to]} of a text, a word say, deleting less than anywhere. */
    public Keystroke within(int from, int to) {
        int start = from + random.nextInt(to - from + 1);
        int end = Math.min(to, start + range(longest - 1));
        return new Keystroke(start, end, typed());
    }

    /** The same random numbers, for the test's own choices between keystrokes. */
    public Random random() {
        return random;
    }

    private int range(int bound) {
        return random.nextInt(oneIn) == 0 ? random.nextInt(bound) : 0;
    }

    private String typed() {
        return random.nextInt(3) == 0 ? "" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length())));
    }
}
