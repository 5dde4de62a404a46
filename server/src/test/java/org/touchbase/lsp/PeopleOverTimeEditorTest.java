package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.EditorAssert.assertHover;
import static org.touchbase.lsp.EditorAssert.item;
import static org.touchbase.lsp.EditorAssert.labels;
import static org.touchbase.lsp.EditorAssert.testCodeAction;
import static org.touchbase.lsp.EditorAssert.testCompletionFor;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Version 2 in the editor: people over time, members, pauses — through JSON-RPC. */
class PeopleOverTimeEditorTest {

    /** A project with nothing to find, so that each test shows only its own finding. */
    static final String HEAD = """
            project p "P" {
              goal "Launch"
              member olga "Olga Ivanova" { role "Account manager" }
              person anna "Anna" { decides backup goal "Growth" }
              source "Annual report"
              scenario "Plan B"
              plan { step s "Start" due 2026-12-01 }
            """;

    @Test
    void aKeyPersonLeavingGetsAPersonWhoTakesOver() throws Exception {
        CodeAction action = testCodeAction(HEAD + """
                  person boris "Boris" {
                    contact
                    motivation "Calm nights"
                    left 2026-11-30
                  }
                  touch 2026-11-18 call with anna, boris { purpose "x" benefit "y" }
                }
                """, "key-person-leaving", "Add a person who is the contact from 30 Nov", HEAD + """
                  person boris "Boris" {
                    contact
                    motivation "Calm nights"
                    left 2026-11-30
                  }
                  person successor "" {
                    role ""
                    contact since 2026-11-30
                  }
                  touch 2026-11-18 call with anna, boris { purpose "x" benefit "y" }
                }
                """, "contact-motivation-unknown", "touch-gap", "empty-text");
        assertEquals(Boolean.TRUE, action.getIsPreferred());
    }

    @Test
    void aStalePauseGetsItsStatusSet() throws Exception {
        String body = """
                  person boris "Boris" { contact motivation "Calm nights" }
                  touch 2026-11-18 call with anna, boris { purpose "x" benefit "y" }
                }
                """;
        CodeAction action = testCodeAction(HEAD.replace("  goal \"Launch\"\n",
                "  status paused until 2026-11-15\n  goal \"Launch\"\n") + body, "stale-status",
                "Set the status to `active`",
                HEAD.replace("  goal \"Launch\"\n", "  status active\n  goal \"Launch\"\n") + body);
        assertEquals(Boolean.TRUE, action.getIsPreferred());
    }

    @Test
    void aPersonCardShowsPartsOverTime() throws Exception {
        String text = HEAD + """
                  person oleg "Oleg Sokolov" {
                    decides until 2026-10-11
                    left 2026-10-12
                  }
                  person irina "Irina Volkova" {
                    decides since 2026-10-12
                    away 2026-12-01 until 2026-12-03
                    prefers message "Telegram"
                  }
                  person marina "Marina" {
                    contact
                    away 2026-11-16 until 2026-11-24
                    left 2026-12-31
                  }
                }
                """;
        assertHover(text.replace("person ir", "person i|r"), "**Irina Volkova** · `irina`",
                "Decision-maker since 12 Oct · away from 1 Dec until 3 Dec",
                "**Prefers:** message \\(Telegram\\)");
        assertHover(text.replace("person ol", "person o|l"), "Decision-maker until 11 Oct · left on 12 Oct");
        assertHover(text.replace("person ma", "person m|a"), "Contact person · leaves on 31 Dec · away until 24 Nov");
    }

    @Test
    void aMemberCardAtItsDeclarationAndAtAnOwner() throws Exception {
        assertHover(HEAD.replace("member ol", "member o|l") + "}\n", "**Olga Ivanova** · `olga`", "Account manager",
                "Member of our team");
        assertHover(HEAD + """
                  touch 2026-11-18 meeting with anna {
                    summary { action "Send the plan" owner ol|ga }
                  }
                }
                """, "**Olga Ivanova** · `olga`", "Member of our team");
    }

    @Test
    void completionOffersPeriodsAfterAPartAndMembersAsOwners() throws Exception {
        List<CompletionItem> afterPart = testCompletionFor(HEAD + "  person boris { contact | }\n}\n", "since",
                "until", "left", "away");
        assertEquals("the part begins on this date", item(afterPart, "since").getDetail());
        List<CompletionItem> owners = testCompletionFor(HEAD + """
                  touch 2026-11-18 meeting with anna {
                    summary { action "Send the plan" owner | }
                  }
                }
                """, "anna", "olga");
        assertEquals("Olga Ivanova — Account manager, member of our team", item(owners, "olga").getDetail());
        List<CompletionItem> touchPeople = testCompletionFor(HEAD + "  touch 2026-11-20 call with |\n}\n", "anna");
        assertFalse(labels(touchPeople).contains("olga"), labels(touchPeople).toString());
        testCompletionFor(HEAD + "  |\n}\n", "member");
        testCompletionFor(HEAD.replace("  goal \"Launch\"\n", "  status paused |\n  goal \"Launch\"\n") + "}\n",
                "until");
    }

    @Test
    void theOutlineShowsMembersAndParts() throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("outline.client", HEAD + "  person boris { contact since 2026-10-01 left 2026-12-01 }\n}\n");
            lsp.diagnostics(uri);
            List<Either<SymbolInformation, DocumentSymbol>> symbols = LspFixture.await(
                    lsp.server().getTextDocumentService().documentSymbol(
                            new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
            List<DocumentSymbol> children = symbols.get(0).getRight().getChildren();
            DocumentSymbol olga = children.stream().filter(s -> s.getName().equals("olga")).findFirst().orElseThrow();
            assertEquals("Olga Ivanova · member of our team · Account manager", olga.getDetail());
            DocumentSymbol boris = children.stream().filter(s -> s.getName().equals("boris")).findFirst().orElseThrow();
            assertEquals("contact person since 1 Oct · left 1 Dec", boris.getDetail());
        }
    }

    @Test
    void anEditThatAddsALeftDateShowsTheNewFinding() throws Exception {
        String text = HEAD + """
                  person boris "Boris" { contact motivation "Calm nights" }
                  touch 2026-11-18 call with anna, boris { purpose "x" benefit "y" }
                }
                """;
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("edit.client", text);
            assertEquals(List.of(), codes(lsp.diagnostics(uri)));
            int line = 7;
            int column = "  person boris \"Boris\" { contact motivation \"Calm nights\"".length();
            lsp.change(uri, new Range(new Position(line, column), new Position(line, column)), " left 2026-11-30");
            List<Diagnostic> after = lsp.diagnostics(uri);
            assertEquals(List.of("key-person-leaving"), codes(after));
            assertEquals(new Range(new Position(line, column + 1), new Position(line, column + 16)),
                    after.get(0).getRange());
            assertTrue(after.get(0).getMessage().startsWith("Boris leaves on 30 Nov"), after.get(0).getMessage());
            lsp.change(uri, new Range(new Position(line, column), new Position(line, column + 16)), "");
            assertEquals(List.of(), codes(lsp.diagnostics(uri)));
        }
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(LspAssert::code).toList();
    }
}
