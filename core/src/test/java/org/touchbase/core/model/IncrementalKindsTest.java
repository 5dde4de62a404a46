package org.touchbase.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.ClientAssert;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.text.SourceFile;

/**
 * The fast path of an edit, for every kind of item: an edit inside one item
 * re-parses that item alone and gives the model a full parse gives; an edit
 * that turns the item into another kind, or into more than one item, is
 * declined. Lines added or removed above a suppression move it.
 */
class IncrementalKindsTest {

    private static final String PROJECT = """
            project p "Portal" {
              goal main "Grow"
              person anna "Anna" {
                decides
                note "Prefers calls"
              }
              plan {
                step a "A" due 2026-10-01 done
                step b "B" due 2026-11-01
              }
              source "Report"
              scenario "Plan B"
              touch q 2026-11-10 09:00 letter from anna "Question?"
              touch 2026-11-12 call with anna "Scope" {
                purpose "Scope" benefit "Plan"
              }
              expect logo from anna "Logo" due 2026-11-14
            }
            log p {
              touch 2026-11-15 ping to anna "Staging" { purpose "x" benefit "y" }
            }
            """;

    /** The model after replacing the first {@code old} after {@code anchor} with {@code replacement}. */
    private static Document replace(String text, String anchor, String old, String replacement) {
        int at = text.indexOf(old, text.indexOf(anchor));
        return edit(text, at, at + old.length(), replacement);
    }

    /** The incremental result of an edit, checked against a full parse; null when declined. */
    private static Document edit(String text, int start, int end, String inserted) {
        Document before = ModelBuilder.build(new SourceFile("f", text));
        assertEquals(List.of(), before.findings().stream().filter(f -> f.rule().equals("syntax")).toList(),
                "the text before the edit parses");
        String after = text.substring(0, start) + inserted + text.substring(end);
        SourceFile file = new SourceFile("f", after);
        Document fast = IncrementalUpdate.apply(before, file, start, end, inserted);
        if (fast != null) {
            Document full = ModelBuilder.build(file);
            assertEquals(full.blocks(), fast.blocks(), () -> "blocks differ after the edit:\n" + after);
            assertEquals(full.findings(), fast.findings(), () -> "findings differ after the edit:\n" + after);
            assertEquals(full.suppressions(), fast.suppressions(), () -> "suppressions differ:\n" + after);
        }
        return fast;
    }

    @Test
    void anEditInsideAGoalTakesTheFastPath() {
        assertNotNull(replace(PROJECT, "goal main", "Grow", "Grow fast"));
    }

    @Test
    void anEditInsideAPersonTakesTheFastPath() {
        assertNotNull(replace(PROJECT, "person anna", "Prefers calls", "Prefers letters"));
        assertNotNull(replace(PROJECT, "person anna", "decides", "decides\n    backup"));
    }

    @Test
    void anEditInsideAPlanTakesTheFastPathAndBringsItsSteps() {
        Document edited = replace(PROJECT, "plan {", "due 2026-11-01", "due 2026-11-02 done");
        assertNotNull(edited);
        Step b = edited.blocks().get(0).steps().get(1);
        assertEquals("b", b.id().text());
        assertEquals(true, b.done());
        assertNotNull(replace(PROJECT, "plan {", "step b", "step c \"C\" due 2026-11-05\n    step b"));
    }

    @Test
    void anEditInsideASourceTakesTheFastPath() {
        assertNotNull(replace(PROJECT, "source", "Report", "Annual report"));
    }

    @Test
    void anEditInsideAScenarioTakesTheFastPath() {
        assertNotNull(replace(PROJECT, "scenario", "Plan B", "Plan C"));
    }

    @Test
    void anEditInsideATouchTakesTheFastPath() {
        assertNotNull(replace(PROJECT, "touch q", "Question?", "Which hosting?"));
        assertNotNull(replace(PROJECT, "call with", "benefit \"Plan\"", "benefit \"Plan\"\n    note \"n\""));
    }

    @Test
    void anEditInsideAnExpectationTakesTheFastPath() {
        assertNotNull(replace(PROJECT, "expect logo", "\"Logo\"", "\"The logo\""));
    }

    @Test
    void anEditInsideATouchOfALogTakesTheFastPath() {
        Document edited = replace(PROJECT, "log p", "Staging", "Production");
        assertNotNull(edited);
        assertEquals("Production", edited.blocks().get(1).touches().get(0).title().value());
    }

    @Test
    void aSourceEditedIntoAScenarioIsDeclined() {
        String text = """
                project p {
                  source "R"
                  scenario "S"
                }
                """;
        int at = text.indexOf("source") + 1;
        assertNull(edit(text, at, at + "ource".length(), "cenario"));
    }

    @Test
    void aScenarioEditedIntoASourceIsDeclined() {
        String text = """
                project p {
                  source "S"
                  scenario "R"
                }
                """;
        int at = text.indexOf("scenario") + 1;
        assertNull(edit(text, at, at + "cenario".length(), "ource"));
    }

    @Test
    void editsThatChangeTheKindOfAnItemAreDeclined() {
        String text = """
                project p {
                  goal g "Grow"
                  person gina "Gina"
                  plan { step s "S" due 2026-11-01 }
                  source "S"
                  scenario "R"
                  touch 2026-11-10 call with gina "C"
                  expect e from gina "E" due 2026-11-20
                }
                """;
        // An item's keyword is kept at its first letter, so the edit stays inside the item.
        assertNull(replace(text, "goal g", "oal g \"Grow\"", "ource \"Grow\""));
        assertNull(replace(text, "person gina", "erson gina \"Gina\"", "lan { step gina \"Gina\" due 2026-11-01 }"));
        assertNull(replace(text, "plan {", "lan { step s \"S\" due 2026-11-01 }", "erson s \"S\""));
        assertNull(replace(text, "source \"S\"", "ource \"S\"", "cenario \"S\""));
        assertNull(replace(text, "touch", "ouch 2026-11-10 call with gina \"C\"", "ouch 2026-11-10 call with gina \"C\"\n  touch 2026-11-11 call with gina \"D\""));
        assertNull(replace(text, "expect e", "xpect e from gina \"E\"", "xpect e from gina \"E\" due 2026-11-20\n  expect f from gina \"F\""));
    }

    @Test
    void anItemEditedIntoAProjectAttributeIsDeclined() {
        String text = """
                project p {
                  source "R"
                }
                """;
        assertNull(replace(text, "source", "ource \"R\"", "ource \"R\"\n  client \"C\""));
    }

    @Test
    void aLineAddedAboveASuppressionMovesItsTargetLine() {
        String text = """
                project p {
                  person anna { decides }
                  touch 2026-11-12 call with anna "Scope" {
                    purpose "Scope"
                  }
                  // touchbase-disable-next-line aimless-touch
                  touch 2026-11-13 call with anna "Plan"
                }
                """;
        Document edited = replace(text, "purpose", "purpose \"Scope\"", "purpose \"Scope\"\n    benefit \"Plan\"");
        assertNotNull(edited);
        assertEquals(7, edited.suppressions().get(0).targetLine());
    }

    @Test
    void aLineRemovedAboveASuppressionMovesItsTargetLine() {
        String text = """
                project p {
                  person anna { decides }
                  touch 2026-11-12 call with anna "Scope" {
                    purpose "Scope"
                    benefit "Plan"
                  }
                  // touchbase-disable-next-line aimless-touch
                  touch 2026-11-13 call with anna "Plan"
                }
                """;
        Document edited = replace(text, "purpose", "\"Scope\"\n    benefit", "\"Scope\" benefit");
        assertNotNull(edited);
        assertEquals(6, edited.suppressions().get(0).targetLine());
    }

    @Test
    void aSuppressionAboveTheEditStaysWhereItIs() {
        String text = """
                project p {
                  person anna { decides }
                  // touchbase-disable-next-line aimless-touch
                  touch 2026-11-12 call with anna "Scope" {
                    purpose "Scope"
                  }
                }
                """;
        Document edited = replace(text, "purpose", "purpose \"Scope\"", "purpose \"Scope\"\n    benefit \"Plan\"");
        assertNotNull(edited);
        assertEquals(3, edited.suppressions().get(0).targetLine());
    }

    @Test
    void aSuppressedFindingStaysSuppressedAfterALineIsAddedAboveIt() {
        String text = """
                project p {
                  person anna { decides }
                  touch 2026-11-12 call with anna "Scope" {
                    purpose "Scope"
                  }
                  // touchbase-disable-next-line aimless-touch
                  touch 2026-11-13 call with anna "Plan"
                }
                """;
        Document edited = replace(text, "purpose", "purpose \"Scope\"", "purpose \"Scope\"\n    benefit \"Plan\"");
        assertNotNull(edited);
        Settings settings = ClientAssert.settings(ClientAssert.TODAY);
        Analysis analysis = Analyzer.analyze(List.of(edited), file -> settings);
        ClientAssert.assertNoFinding(analysis, "aimless-touch", "unused-suppression");
    }

    @Test
    void findingsAfterTheEditMoveWithTheirItems() {
        String text = """
                project p {
                  person anna { decides }
                  starts 2026-02-30
                }
                """;
        Document edited = replace(text, "person anna", "decides", "decides\n    role \"CEO\"\n  ");
        assertNotNull(edited);
        assertEquals(1, edited.findings().size());
        assertEquals(text.indexOf("2026-02-30") + "\n    role \"CEO\"\n  ".length(),
                edited.findings().get(0).span().start());
    }

    @Test
    void anEditInAFileWithSyntaxErrorsIsDeclined() {
        String text = """
                project p {
                  source "R"
                  touch
                }
                """;
        Document before = ModelBuilder.build(new SourceFile("f", text));
        int at = text.indexOf("R\"");
        String after = text.substring(0, at) + "Reports" + text.substring(at + 1);
        assertNull(IncrementalUpdate.apply(before, new SourceFile("f", after), at, at + 1, "Reports"));
    }

    @Test
    void anEditThatDoesNotMatchTheNewFileIsDeclined() {
        Document before = ModelBuilder.build(new SourceFile("f", PROJECT));
        int at = PROJECT.indexOf("Grow");
        assertNull(IncrementalUpdate.apply(before, new SourceFile("f", PROJECT), at, at, "x"));
        assertNull(IncrementalUpdate.apply(before, new SourceFile("f", PROJECT), -1, at, ""));
        assertNull(IncrementalUpdate.apply(before, new SourceFile("f", PROJECT), at, at - 1, ""));
        assertNull(IncrementalUpdate.apply(before, new SourceFile("f", PROJECT), at, PROJECT.length() + 1, ""));
    }

    @Test
    void anEditAtABlocksOwnLinesIsDeclined() {
        int at = PROJECT.indexOf("\"Portal\"") + 1;
        assertNull(edit(PROJECT, at, at, "The "));
    }

    @Test
    void anEditThatAddsASuppressionIsDeclined() {
        assertNull(replace(PROJECT, "call with", "benefit \"Plan\"",
                "benefit \"Plan\"\n    // touchbase-disable-next-line aimless-touch\n"));
    }

    @Test
    void findingsStayInOrderWhenTheEditedItemHasSome() {
        String text = """
                project p {
                  person anna { decides }
                  plan { step a "A" due 2026-02-30 }
                  expect logo from anna "Logo" due 2026-02-31
                }
                """;
        Document edited = replace(text, "step a", "\"A\"", "\"Alpha\"");
        assertNotNull(edited);
        assertEquals(2, edited.findings().size());
        assertEquals(true, edited.findings().get(0).span().start() < edited.findings().get(1).span().start());
    }

    @Test
    void anEditInsideAnItemThatHoldsASuppressionIsDeclined() {
        String text = """
                project p {
                  person anna { decides }
                  touch 2026-11-12 call with anna "Scope" {
                    // touchbase-disable-next-line empty-text
                    purpose "Scope"
                  }
                }
                """;
        assertNull(replace(text, "purpose", "Scope", "Scope and plan"));
        assertNull(replace(text, "// touchbase", "touchbase-disable", "touchbase-disabled"));
    }
}
