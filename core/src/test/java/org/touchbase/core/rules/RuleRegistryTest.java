package org.touchbase.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.diagnostics.Severity;

/** The registry of rules, severities and levels; which rules an inactive project still gets. */
class RuleRegistryTest {

    @Test
    void everyRuleIsKnownByItsId() {
        assertTrue(Rules.exists("no-goals"));
        assertTrue(Rules.exists("syntax"));
        assertTrue(Rules.exists("unused-suppression"));
        assertFalse(Rules.exists("no-gaols"));
        assertTrue(Rules.info("syntax").language());
        assertFalse(Rules.info("no-goals").language());
        assertTrue(Rules.info("touch-gap").dateDriven());
        assertFalse(Rules.info("late-reply").dateDriven());
        assertEquals(Severity.WARNING, Rules.info("unanswered").defaultSeverity());
        assertEquals("1.1", Rules.info("unanswered").practice());
    }

    @Test
    void eachRuleHasItsPageAndTexts() {
        RuleInfo info = Rules.info("no-goals");
        assertEquals(RuleInfo.DOCS_BASE + "no-goals.md", info.docsUrl());
        assertEquals("rule.no-goals.title", info.titleKey());
        assertEquals("rule.no-goals.description", info.descriptionKey());
    }

    @Test
    void severitiesFromTheMostSerious() {
        assertTrue(Severity.ERROR.atLeast(Severity.WARNING));
        assertTrue(Severity.WARNING.atLeast(Severity.WARNING));
        assertFalse(Severity.INFO.atLeast(Severity.WARNING));
        assertTrue(Severity.INFO.atLeast(Severity.HINT));
        assertEquals(Severity.HINT, Severity.fromId("hint"));
        assertEquals(Severity.ERROR, Severity.fromId("error"));
        assertNull(Severity.fromId("off"));
        assertEquals("warning", Severity.WARNING.id());
    }

    @Test
    void levels() {
        assertEquals(RuleLevel.OFF, RuleLevel.fromId("off"));
        assertNull(RuleLevel.OFF.severity());
        assertEquals(Severity.INFO, RuleLevel.fromId("info").severity());
        assertNull(RuleLevel.fromId("Info"));
        assertEquals("hint", RuleLevel.HINT.id());
    }

    @Test
    void anInactiveProjectStillGetsTheRulesThatAreNotDateDriven() {
        Analysis analysis = analyze("""
                project portal {
                  status paused
                  person anna { decides }
                  plan { step beta "Beta" due 2026-11-13 }
                  touch 2026-11-02 call with anna "Hello"
                }
                """, TODAY);
        assertFindings(analysis, f(1, 9, "no-goals"), f(5, 3, "aimless-touch"));
        assertNoFinding(analysis, "step-overdue", "touch-gap");
    }
}
