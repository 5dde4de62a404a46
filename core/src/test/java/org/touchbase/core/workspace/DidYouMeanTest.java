package org.touchbase.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void anAnswerOfAnEarlierLinkingIsTakenForTheSameCandidatesAtWhatItCostThen() {
        List<String> people = new ArrayList<>(List.of("anna", "boris", "marina", "oleg"));
        Map<Collection<String>, Map<String, DidYouMean.Answer>> earlier = new IdentityHashMap<>();
        DidYouMean first = new DidYouMean();
        assertEquals("boris", first.suggest("boriss", people, earlier));
        assertEquals(new DidYouMean.Answer("boris", first.comparisons()), earlier.get(people).get("boriss"));

        earlier.get(people).put("boriss", new DidYouMean.Answer("oleg", 7));
        DidYouMean next = new DidYouMean();
        assertEquals("oleg", next.suggest("boriss", people, earlier), "taken, not worked out again");
        assertEquals(7, next.comparisons());
        assertEquals("boris", next.suggest("boriss", new ArrayList<>(people), earlier),
                "equal names in another collection are other candidates");
    }

    @Test
    void takenAnswersSpendTheBudgetAsWorkingThemOutWould() {
        List<String> people = List.of("anna", "boris", "marina", "oleg");
        Map<Collection<String>, Map<String, DidYouMean.Answer>> earlier = new IdentityHashMap<>();
        earlier.put(people, new HashMap<>(Map.of("ana", new DidYouMean.Answer("anna", DidYouMean.BUDGET - 3))));
        DidYouMean suggestions = new DidYouMean();
        assertEquals("anna", suggestions.suggest("ana", people, earlier));
        assertNull(suggestions.suggest("boriss", people, earlier), "past the budget: no suggestion");
        assertFalse(earlier.get(people).containsKey("boriss"), "and nothing kept for the next linking");
    }
}
