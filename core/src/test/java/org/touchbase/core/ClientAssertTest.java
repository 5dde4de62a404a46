package org.touchbase.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.touchbase.core.diagnostics.Severity;

/** The helpers fail when they should: a test that cannot fail proves nothing. */
class ClientAssertTest {

    private static final String NO_GOALS = """
            project portal {
              person anna { decides goal "Grow revenue" }
            }
            """;

    @Test
    void markersAreTakenOutOfTheText() {
        Marked marked = Marked.of("a [[bc]] d|e");
        assertEquals("a bc de", marked.text());
        assertEquals(2, marked.marks().size());
        assertEquals(new Marked.Mark(2, 4), marked.marks().get(0));
        assertEquals(new Marked.Mark(6, -1), marked.marks().get(1));
    }

    @Test
    void aWrongPositionFails() {
        assertFindings(NO_GOALS, TODAY, f(1, 9, "no-goals"));
        assertThrows(AssertionFailedError.class, () -> assertFindings(NO_GOALS, TODAY, f(1, 10, "no-goals")));
        assertThrows(AssertionFailedError.class, () -> assertFindings(NO_GOALS, TODAY, f(2, 9, "no-goals")));
    }

    @Test
    void aMissingOrAnExtraFindingFails() {
        assertThrows(AssertionFailedError.class,
                () -> assertFindings(NO_GOALS, TODAY, f("no-goals"), f("no-goals")));
        assertThrows(AssertionFailedError.class, () -> assertFindings(NO_GOALS, TODAY, f("dm-goals-unknown")));
        assertThrows(AssertionFailedError.class, () -> assertNoFinding(NO_GOALS, TODAY, "no-goals"));
    }

    @Test
    void aWrongMessageSeverityOrEndFails() {
        assertThrows(AssertionFailedError.class,
                () -> assertFindings(NO_GOALS, TODAY, f("no-goals").message("something else")));
        assertThrows(AssertionFailedError.class,
                () -> assertFindings(NO_GOALS, TODAY, f("no-goals").severity(Severity.INFO)));
        assertThrows(AssertionFailedError.class, () -> assertFindings(NO_GOALS, TODAY, f(1, 9, "no-goals").to(1, 16)));
    }

    @Test
    void aMarkedTextMustMatchEveryFindingOfTheRule() {
        assertMarked("project [[portal]] {\n}\n", TODAY, "no-goals");
        assertMarked("project |portal {\n}\n", TODAY, "no-goals");
        assertThrows(AssertionFailedError.class, () -> assertMarked("project [[portal ]]{\n}\n", TODAY, "no-goals"));
        assertThrows(AssertionFailedError.class, () -> assertMarked("project portal {\n}\n", TODAY, "no-goals"));
    }
}
