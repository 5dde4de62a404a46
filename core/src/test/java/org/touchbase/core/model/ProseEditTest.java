package org.touchbase.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * Which edits change prose alone (a touch's purpose, benefit, notes, reason for needing no reply, agreed
 * texts, summary decisions and questions, each staying blank or not) and which change more.
 */
class ProseEditTest {

    private static final String TEXT = """
            project p {
              person anna { decides role "CEO" }
              member olga
              touch q 2026-11-10 letter from anna "Which hosting?" { noreply "Thanks only" }
              touch 2026-11-12 call with anna "Scope" {
                purpose "Agree the scope"
                benefit "A plan"
                note "Anna was late"
                agreed scope "Catalogue first"
                summary final {
                  decision "Go"
                  action "Send the plan" owner olga due 2026-11-20
                  question "Which CMS?"
                }
              }
            }
            """;

    private static final Document BEFORE = ModelBuilder.build(new SourceFile("p.client", TEXT));

    /** Types {@code typed} after the first {@code after} in the text and says what the edit was. */
    private static IncrementalUpdate.Update type(Document before, ProseEdit pending, String after, String typed) {
        String text = before.file().text();
        int at = text.indexOf(after) + after.length();
        SourceFile next = new SourceFile(before.file().id(), text.substring(0, at) + typed + text.substring(at));
        return IncrementalUpdate.update(before, pending, next, at, at, typed);
    }

    private static ProseEdit prose(String after, String typed) {
        IncrementalUpdate.Update update = type(BEFORE, null, after, typed);
        assertNotNull(update, "re-parsed in place");
        return update.prose();
    }

    /** The prose edit, if it is one, that makes the first {@code what} in the text {@code with}. */
    private static ProseEdit replaced(String what, String with) {
        String text = BEFORE.file().text();
        int prefix = 0;
        while (what.charAt(prefix) == with.charAt(prefix)) {
            prefix++;
        }
        int start = text.indexOf(what) + prefix;
        int end = text.indexOf(what) + what.length();
        String inserted = with.substring(prefix);
        SourceFile next = new SourceFile("p.client", text.substring(0, start) + inserted + text.substring(end));
        IncrementalUpdate.Update update = IncrementalUpdate.update(BEFORE, null, next, start, end, inserted);
        assertNotNull(update, "re-parsed in place");
        return update.prose();
    }

    @Test
    void typingInAPurposeIsProse() {
        ProseEdit edit = prose("purpose \"Agree", " on");
        assertNotNull(edit);
        assertSame(BEFORE, edit.before());
    }

    @Test
    void typingInEveryProseTextIsProse() {
        assertNotNull(prose("benefit \"A", " clear"));
        assertNotNull(prose("note \"Anna", " Ivanova"));
        assertNotNull(prose("noreply \"Thanks", " a lot"));
        assertNotNull(prose("agreed scope \"Catalogue", " pages"));
        assertNotNull(prose("decision \"Go", " ahead"));
        assertNotNull(prose("question \"Which", " new"));
    }

    @Test
    void textsThatFindingsQuoteAreNotProse() {
        assertNull(prose("call with anna \"Scope", " of work"));
        assertNull(prose("action \"Send", " out"));
    }

    @Test
    void namesDatesAndOtherItemsAreNotProse() {
        assertNull(prose("call with ann", "a"));
        assertNull(replaced("due 2026-11-20", "due 2026-11-21"));
        assertNull(prose("role \"CE", "O"));
    }

    @Test
    void aProseTextThatBecomesBlankIsNotProse() {
        String text = BEFORE.file().text();
        int start = text.indexOf("Agree the scope");
        int end = start + "Agree the scope".length();
        SourceFile next = new SourceFile("p.client", text.substring(0, start) + text.substring(end));
        IncrementalUpdate.Update update = IncrementalUpdate.update(BEFORE, null, next, start, end, "");
        assertNotNull(update);
        assertNull(update.prose());
    }

    @Test
    void proseEditsInARowStartFromTheFirstDocument() {
        IncrementalUpdate.Update first = type(BEFORE, null, "purpose \"Agree", " on");
        IncrementalUpdate.Update second = type(first.document(), first.prose(), "note \"Anna", " Ivanova");
        assertSame(BEFORE, second.prose().before());
        Touch call = BEFORE.blocks().get(0).touches().get(1);
        Span moved = second.prose().moved(call.span());
        assertEquals(second.document().blocks().get(0).touches().get(1).span(), moved);
        assertSame(second.document().blocks().get(0).touches().get(1), second.prose().relocate(call,
                second.document()));
    }

    @Test
    void relocatesEveryKindOfElementToItsPlace() {
        IncrementalUpdate.Update update = type(BEFORE, null, "purpose \"Agree", " on");
        Document after = update.document();
        Block was = BEFORE.blocks().get(0);
        Block is = after.blocks().get(0);
        ProseEdit edit = update.prose();
        assertSame(is, edit.relocate(was, after));
        assertSame(is.people().get(0), edit.relocate(was.people().get(0), after));
        assertSame(is.members().get(0), edit.relocate(was.members().get(0), after));
        assertSame(is.touches().get(0), edit.relocate(was.touches().get(0), after));
        Touch call = was.touches().get(1);
        Touch callNow = is.touches().get(1);
        assertSame(callNow.agreements().get(0), edit.relocate(call.agreements().get(0), after));
        assertSame(callNow.summaries().get(0), edit.relocate(call.summaries().get(0), after));
        assertSame(callNow.summaries().get(0).actions().get(0),
                edit.relocate(call.summaries().get(0).actions().get(0), after));
        assertNull(edit.relocate(after.blocks().get(0).touches().get(1), after), "not an element of before");
    }
}
