package org.touchbase.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.describeLinks;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.ClientAssert;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;

/**
 * Linking again after an edit takes every project whose blocks are the very same from the link before:
 * the same project, and a knowledge base equal to linking everything afresh, "did you mean" budget
 * included.
 */
class LinkReuseTest {

    private static Document document(String name, String text) {
        return ModelBuilder.build(new SourceFile(name, text));
    }

    private static String project(int i, String touchWith) {
        return "project p" + i + " {\n  person anna { decides }\n  touch t" + i + " 2026-11-02 letter from anna\n"
                + "  touch 2026-11-03 reply to " + touchWith + " re t" + i + "\n}\n";
    }

    /** Everything a link says, in its order: findings, references, names. */
    private static String describe(KnowledgeBase knowledgeBase) {
        return ClientAssert.describe(knowledgeBase.findings()) + describeLinks(knowledgeBase);
    }

    @Test
    void anUnchangedProjectIsTakenAsItWas() {
        Document a = document("a.client", project(1, "anna"));
        Document b = document("b.client", project(2, "anna"));
        KnowledgeBase first = Linker.link(List.of(a, b), null);
        Document bEdited = document("b.client", project(2, "anya"));
        KnowledgeBase second = Linker.link(List.of(a, bEdited), first);
        assertSame(first.project("p1"), second.project("p1"));
        assertNotSame(first.project("p2"), second.project("p2"));
        assertEquals(describe(Linker.link(List.of(a, bEdited))), describe(second));
        assertEquals(List.of(second.project("p1").touch("t1").id().text()), List.of("t1"));
        assertEquals(1, second.project("p1").repliesTo(second.project("p1").touch("t1")).size());
    }

    @Test
    void aProjectThatGainsALogIsLinkedAgain() {
        Document a = document("a.client", project(1, "anna"));
        KnowledgeBase first = Linker.link(List.of(a), null);
        Document log = document("b.client", "log p1 {\n  touch 2026-11-04 reply to anna re t1\n}\n");
        KnowledgeBase second = Linker.link(List.of(a, log), first);
        assertNotSame(first.project("p1"), second.project("p1"));
        assertEquals(2, second.project("p1").repliesTo(second.project("p1").touch("t1")).size());
        assertEquals(describe(Linker.link(List.of(a, log))), describe(second));
    }

    @Test
    void unknownNamesOfTakenProjectsAreWordedWithinTheBudgetAsAfresh() {
        List<Document> documents = new ArrayList<>();
        for (int i = 10; i < 40; i++) {
            documents.add(document("p" + i + ".client", project(i, "anya")));
        }
        KnowledgeBase first = Linker.link(documents, null);
        for (int edit = 0; edit < 3; edit++) {
            documents.set(edit, document("p" + (10 + edit) + ".client", project(10 + edit, "anyaa")));
            KnowledgeBase again = Linker.link(documents, first);
            assertSame(first.project("p39"), again.project("p39"));
            assertEquals(describe(Linker.link(documents)), describe(again));
            first = again;
        }
    }

    @Test
    void theUnknownNamesOfATakenProjectAreTheSameFindingsWhileTheirWordsAreTheSame() {
        Document a = document("a.client", project(1, "anya"));
        Document b = document("b.client", project(2, "bory"));
        KnowledgeBase first = Linker.link(List.of(a, b), null);
        KnowledgeBase second = Linker.link(List.of(a, document("b.client", project(2, "borya"))), first);
        Finding before = unknownIn(first, "a.client");
        assertEquals("a.client 4:29-4:33 unknown-reference error \"there is no person `anya` in project `p1`; did you mean"
                + " `anna`?\"", ClientAssert.describe(List.of(before)).strip());
        assertSame(before, unknownIn(second, "a.client"), "taken as it was, not worded again");
        assertNotSame(unknownIn(first, "b.client"), unknownIn(second, "b.client"));
    }

    @Test
    void aTakenProjectsUnknownNameIsWordedAgainWhenAnEditElsewhereLeavesBudgetForIt() {
        Document b = document("b.client", project(2, "annaa"));
        KnowledgeBase first = Linker.link(List.of(crowd(600), b), null);
        assertEquals("b.client 4:29-4:34 unknown-reference error \"there is no person `annaa` in project `p2`\"",
                ClientAssert.describe(List.of(unknownIn(first, "b.client"))).strip(), "past the budget");
        List<Document> edited = List.of(crowd(10), b);
        KnowledgeBase second = Linker.link(edited, first);
        assertSame(first.project("p2"), second.project("p2"));
        assertEquals(describe(Linker.link(edited)), describe(second));
        assertTrue(ClientAssert.describe(List.of(unknownIn(second, "b.client"))).contains("did you mean `anna`?"));
    }

    /** A project of 2,000 people and {@code misspelt} touches with a misspelt name each: they spend the budget. */
    private static Document crowd(int misspelt) {
        StringBuilder text = new StringBuilder("project p1 {\n");
        for (int i = 1_000; i < 3_000; i++) {
            text.append("  person person").append(i).append(i == 1_000 ? " { decides }\n" : "\n");
        }
        for (int i = 1_000; i < 1_000 + misspelt; i++) {
            text.append("  touch 2026-11-02 call with persoo").append(i).append('\n');
        }
        return document("a.client", text.append("}\n").toString());
    }

    private static Finding unknownIn(KnowledgeBase knowledgeBase, String file) {
        return knowledgeBase.findings().stream()
                .filter(finding -> finding.file().id().equals(file) && finding.rule().equals(RuleIds.UNKNOWN_REFERENCE))
                .findFirst().orElseThrow();
    }

    @Test
    void aLinkWithoutAPreviousOneKeepsNothingToTake() {
        Document a = document("a.client", project(1, "anna"));
        KnowledgeBase once = Linker.link(List.of(a));
        assertNotSame(once.project("p1"), Linker.link(List.of(a), once).project("p1"));
        KnowledgeBase kept = Linker.link(List.of(a), null);
        assertSame(kept.project("p1"), Linker.link(List.of(a), kept).project("p1"));
    }
}
