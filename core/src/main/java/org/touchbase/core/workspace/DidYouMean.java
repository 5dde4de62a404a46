package org.touchbase.core.workspace;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The nearest existing name to a misspelt one, by edit distance. One
 * instance serves one linking: it works each misspelling out once and spends
 * at most {@link #BUDGET} comparisons in all, so a workspace with thousands
 * of misspelt names costs no more than one with a few hundred; past the
 * budget, an unknown name is reported without a suggestion.
 *
 * <p>A linking after an edit may take what an earlier one worked out for
 * the very same candidates (the names of a project the edit did not touch):
 * each answer is charged what it cost then, so the budget runs out where
 * working everything out again would have run it out.
 */
public final class DidYouMean {

    /** Name comparisons one linking may spend on suggestions. */
    public static final long BUDGET = 1_000_000;

    private final Map<Collection<String>, Map<String, Answer>> answers = new IdentityHashMap<>();
    private long comparisons;

    /** A suggestion as worked out (null for none), and the comparisons that cost. */
    public record Answer(String suggestion, long cost) {
    }

    /** Suggestions for one linking. */
    public DidYouMean() {
    }

    /** The closest candidate within a distance that still looks like a typo, or null. */
    public static String nearest(String name, Collection<String> candidates) {
        return new DidYouMean().search(name, candidates, Long.MAX_VALUE);
    }

    /** As {@link #nearest}, remembered per name and set of candidates, within the budget. */
    public String suggest(String name, Collection<String> candidates) {
        return suggest(name, candidates, null);
    }

    /**
     * As {@link #suggest(String, Collection)}, taking the answer from {@code earlier} (answers of an
     * earlier linking, by the identity of their candidates) when it has one, at its cost then; what is
     * worked out here is added to {@code earlier} for the next linking.
     */
    public String suggest(String name, Collection<String> candidates,
            Map<Collection<String>, Map<String, Answer>> earlier) {
        Map<String, Answer> known = answers.computeIfAbsent(candidates, set -> new HashMap<>());
        Answer answer = known.get(name);
        if (answer == null) {
            if (comparisons + candidates.size() > BUDGET) {
                return null;
            }
            Map<String, Answer> before = earlier == null ? null : earlier.get(candidates);
            answer = before == null ? null : before.get(name);
            if (answer != null) {
                comparisons += answer.cost();
            } else {
                long start = comparisons;
                String found = search(name, candidates, BUDGET);
                answer = new Answer(found, comparisons - start);
                if (earlier != null) {
                    earlier.computeIfAbsent(candidates, set -> new HashMap<>()).put(name, answer);
                }
            }
            known.put(name, answer);
        }
        return answer.suggestion();
    }

    /** Comparisons spent so far. */
    public long comparisons() {
        return comparisons;
    }

    private String search(String name, Collection<String> candidates, long budget) {
        String best = null;
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - name.length()) > allowed) {
                continue;
            }
            comparisons++;
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= allowed ? best : null;
    }

    /**
     * Edits to turn {@code a} into {@code b} (a character inserted, deleted,
     * replaced, or two swapped), or a number above {@code limit} as soon as
     * it is clear the distance exceeds it.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            // A row and the one before it both above the limit: no later row can come back under it.
            if (rowMinimum > limit && minimum(previous) > limit) {
                return limit + 1;
            }
            int[] swap = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int minimum(int[] row) {
        int minimum = Integer.MAX_VALUE;
        for (int value : row) {
            minimum = Math.min(minimum, value);
        }
        return minimum;
    }
}
