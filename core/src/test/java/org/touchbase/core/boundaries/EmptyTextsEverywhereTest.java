package org.touchbase.core.boundaries;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;

import org.junit.jupiter.api.Test;

/** {@code empty-text} at every string where a text is expected, and at none that is filled in. */
class EmptyTextsEverywhereTest {

    @Test
    void everyEmptyOrBlankTextIsAFinding() {
        assertMarked("""
                project portal [[""]] {
                  client [[" "]]
                  manager [[""]]
                  goal main [[""]]
                  member olga [[""]] { role [[""]] email [[""]] phone [[""]] }
                  person anna [[""]] {
                    decides
                    role [[""]]
                    goal rev [[""]]
                    motivation [[""]]
                    speaks [[""]]
                    email [[""]]
                    phone [[""]]
                    note [[""]]
                    prefers call [[""]]
                    left 2026-12-01 [[""]]
                    away 2026-11-01 until 2026-11-02 [[""]]
                  }
                  source [[""]]
                  plan { step s [[""]] due 2026-12-01 }
                  scenario [[""]]
                  touch q1 2026-11-02 letter from anna [[""]] { noreply [[""]] }
                  touch 2026-11-03 meeting with anna [[""]] {
                    purpose [[""]]
                    benefit [[""]]
                    agreed scope [[""]]
                    note [[""]]
                    summary { decision [[""]] action [[""]] owner olga question [[""]] }
                  }
                  expect logo from anna [[""]] due 2026-12-01 received 2026-11-05 partly [[""]]
                }
                log portal {
                  touch 2026-11-04 call with anna [["   "]] { purpose "p" benefit "b" }
                }
                """, TODAY, "empty-text");
    }

    @Test
    void filledInTextsAreFine() {
        assertNoFinding("""
                project portal "Portal" {
                  client "Acme"
                  person anna "Anna" { decides role "CEO" note "n" }
                  touch 2026-11-03 meeting with anna "Scope" {
                    purpose "p" benefit "b"
                    summary { decision "d" action "a" owner anna question "q" }
                  }
                }
                """, TODAY, "empty-text");
    }
}
