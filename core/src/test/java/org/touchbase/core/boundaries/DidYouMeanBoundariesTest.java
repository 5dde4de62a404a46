package org.touchbase.core.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.f;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.workspace.DidYouMean;

/**
 * "Did you mean": a name within a third of its length in edits (one at
 * least, three at most) is suggested; a farther one is not; between two
 * equally near names the one first in alphabetical order wins.
 */
class DidYouMeanBoundariesTest {

    @Test
    void aShortNameAllowsOneEdit() {
        assertEquals("bob", DidYouMean.nearest("bxb", List.of("bob")));
        assertNull(DidYouMean.nearest("bxx", List.of("bob")));
        assertEquals("ab", DidYouMean.nearest("ax", List.of("ab")));
        assertNull(DidYouMean.nearest("xy", List.of("ab")));
    }

    @Test
    void aNameOfSixAllowsTwoEdits() {
        assertEquals("sergey", DidYouMean.nearest("sxrgxy", List.of("sergey")));
        assertNull(DidYouMean.nearest("sxrxxy", List.of("sergey")));
    }

    @Test
    void aNameOfNineOrMoreAllowsThreeEdits() {
        assertEquals("katherine", DidYouMean.nearest("kxthxrinx", List.of("katherine")));
        assertNull(DidYouMean.nearest("kxthxrxnx", List.of("katherine")));
        assertEquals("christopherson", DidYouMean.nearest("chrxstxphxrson", List.of("christopherson")));
        assertNull(DidYouMean.nearest("chrxstxphxrsxn", List.of("christopherson")));
    }

    @Test
    void insertionsDeletionsAndSwapsAreOneEditEach() {
        assertEquals("boris", DidYouMean.nearest("bris", List.of("boris")));
        assertEquals("boris", DidYouMean.nearest("boriss", List.of("boris")));
        assertEquals("boris", DidYouMean.nearest("obris", List.of("boris")));
        assertEquals("boris", DidYouMean.nearest("boirs", List.of("boris")));
    }

    @Test
    void aNameFarLongerOrShorterIsNeverSuggested() {
        assertNull(DidYouMean.nearest("an", List.of("anastasia")));
        assertNull(DidYouMean.nearest("anastasia-petrova", List.of("anastasia")));
    }

    @Test
    void caseDoesNotCountButTheCandidateIsGivenAsDeclared() {
        assertEquals("Boris", DidYouMean.nearest("BORIX", List.of("Boris")));
    }

    @Test
    void theNearestWins() {
        assertEquals("borya", DidYouMean.nearest("boryx", List.of("boris", "borya")));
        assertEquals("borya", DidYouMean.nearest("boryx", List.of("borya", "boris")));
    }

    @Test
    void betweenEquallyNearNamesTheFirstAlphabeticallyWins() {
        assertEquals("anna", DidYouMean.nearest("annx", List.of("anna", "anne")));
        assertEquals("anna", DidYouMean.nearest("annx", List.of("anne", "anna")));
        assertEquals("anna", DidYouMean.nearest("annx", List.of("anne", "zzzzzzzz", "anna", "anni")));
    }

    @Test
    void aNameLongerByExactlyThreeIsThreeEditsAway() {
        assertEquals("christopherson", DidYouMean.nearest("christopher", List.of("christopherson")));
        assertNull(DidYouMean.nearest("christoph", List.of("christopherson")));
    }

    @Test
    void aShortNameIsNotNearALongerOne() {
        assertNull(DidYouMean.nearest("x", List.of("abcd")));
        assertNull(DidYouMean.nearest("ab", List.of("abcde")));
    }

    @Test
    void aSwapCountsAsOneEditLikeAnyOther() {
        assertEquals("aacd", DidYouMean.nearest("bacd", List.of("abcd", "aacd")));
        assertEquals("aacd", DidYouMean.nearest("bacd", List.of("aacd", "abcd")));
    }

    @Test
    void nothingToSuggestFromNoNames() {
        assertNull(DidYouMean.nearest("anna", List.of()));
    }

    @Test
    void anUnknownReferenceSuggestsOnlyANearName() {
        assertFindings("""
                project portal {
                  person boris { contact }
                  person katherine { decides }
                  touch 2026-11-02 call with borix, bxxxs, katerina
                }
                """, TODAY,
                f(4, 30, "unknown-reference").message(
                        "there is no person `borix` in project `portal`; did you mean `boris`?"),
                f(4, 37, "unknown-reference").message("there is no person `bxxxs` in project `portal`"),
                f(4, 44, "unknown-reference").message(
                        "there is no person `katerina` in project `portal`; did you mean `katherine`?"));
    }
}
