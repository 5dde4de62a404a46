package org.touchbase.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions for misspelt names, and what they may cost. */
class DidYouMeanTest {

    @Test
    void suggestsTheNearestNameWithinATyposDistance() {
        List<String> people = List.of("anna", "boris", "marina", "oleg");
        assertEquals("anna", DidYouMean.nearest("ana", people));
        assertEquals("boris", DidYouMean.nearest("borsi", people));
        assertEquals("marina", DidYouMean.nearest("MARINA", people));
        assertNull(DidYouMean.nearest("zz", people));
        assertNull(DidYouMean.nearest("anatoly", people));
    }

    @Test
    void aTieGoesToTheFirstNameInAlphabeticalOrder() {
        assertEquals("abc", DidYouMean.nearest("abd", List.of("abe", "abc")));
    }

    @Test
    void oneLinkingSpendsABoundedAmountOnSuggestionsHoweverManyNamesAreMisspelt() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            people.add("person" + i);
        }
        DidYouMean suggestions = new DidYouMean();
        int suggested = 0;
        for (int i = 0; i < 4_000; i++) {
            if (suggestions.suggest("persn" + i, people) != null) {
                suggested++;
            }
        }
        assertTrue(suggestions.comparisons() <= DidYouMean.BUDGET,
                "comparisons: " + suggestions.comparisons() + " of " + DidYouMean.BUDGET);
        assertTrue(suggested >= 100, "the first misspellings still get suggestions: " + suggested);
    }

    @Test
    void theSameMisspellingIsWorkedOutOnce() {
        List<String> people = List.of("anna", "boris", "marina", "oleg");
        DidYouMean suggestions = new DidYouMean();
        assertEquals("boris", suggestions.suggest("boriss", people));
        long spent = suggestions.comparisons();
        assertEquals("boris", suggestions.suggest("boriss", people));
        assertEquals(spent, suggestions.comparisons());
    }
}
