package org.touchbase.lsp.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.lsp.services.ServiceAssert.assertCompletion;
import static org.touchbase.lsp.services.ServiceAssert.assertDefinition;
import static org.touchbase.lsp.services.ServiceAssert.assertHover;
import static org.touchbase.lsp.services.ServiceAssert.assertRename;
import static org.touchbase.lsp.services.ServiceAssert.codeActionTitles;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor features on their own, without JSON-RPC: what each service answers for a marked text. */
class ServicesTest {

    @Test
    void completionOffersThePeopleOfTheProjectAfterWith() {
        assertCompletion("""
                project portal {
                  person anna { decides }
                  person boris { contact }
                  touch 2026-11-20 call with |
                }
                """, "anna", "boris");
    }

    @Test
    void hoverOnAPersonShowsTheirPart() {
        assertHover("""
                project portal {
                  person an|na "Anna Smirnova" { decides }
                }
                """, "Anna Smirnova", "Decision-maker");
    }

    @Test
    void definitionGoesFromReToTheIncomingTouch() {
        assertDefinition("""
                project portal {
                  person boris { contact }
                  touch [[q1]] 2026-11-18 09:00 letter from boris "Hosting?"
                  touch 2026-11-18 10:00 reply to boris re q|1 "Our cloud"
                }
                """);
    }

    @Test
    void renameEditsTheDeclarationAndEveryUse() {
        assertRename("""
                project portal {
                  person [[bo|ris]] { contact }
                  touch 2026-11-18 letter to [[boris]] "Staging is up"
                  expect texts from [[boris]] "Texts" due 2026-11-30
                }
                """, "boryana");
    }

    @Test
    void aMeetingWithoutSummaryIsOfferedBothSummariesFirst() {
        List<String> titles = codeActionTitles("""
                project portal {
                  person anna { decides }
                  touch 2026-11-02 10:00 meet|ing with anna "Kick-off" { purpose "p" benefit "b" }
                }
                """);
        assertEquals(List.of("Insert a final summary", "Insert an interim summary"), titles.subList(0, 2));
    }
}
