package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import org.junit.jupiter.api.Test;

/** {@code key-person-leaving}: a decision-maker or the contact leaves and nobody takes over (4, 2.2). */
class KeyPersonLeavingTest {

    @Test
    void aContactLeavingAtTheEndOfTheMonth() {
        assertFindings("""
                project portal {
                  person anna { decides goal "g" }
                  person marina "Marina Belova" {
                    contact  motivation "m"
                    left 2026-11-30 "Leaves the company at the end of the month"
                  }
                }
                """, TODAY, f(5, 5, "key-person-leaving").to(5, 65).message(
                "Marina Belova leaves on 30 Nov, and nobody else is the contact from then on: find out who takes "
                        + "over")
                .ru("Уходит 30 ноября: Marina Belova. После этого никто другой не является контактным лицом — "
                        + "выясните, кто возьмёт это на себя"));
    }

    @Test
    void pointsAtTheLeftItem() {
        assertMarked("""
                project portal {
                  person oleg { decides goal "g"  [[left 2026-12-01]] }
                }
                """, TODAY, "key-person-leaving");
    }

    @Test
    void aDecisionMakerWhoLeftLessThanTheCadenceAgo() {
        String text = """
                project portal {
                  person oleg "Oleg" { decides goal "g"  left %s }
                }
                """;
        assertFindings(text.formatted("2026-11-10"), TODAY, f(2, 42, "key-person-leaving").message(
                "Oleg left on 10 Nov, and nobody else decides since: find out who took over")
                .ru("С 10 ноября больше не в проекте: Oleg. С тех пор никто другой не принимает решения — выясните, "
                        + "кто взял это на себя"));
        assertNoFinding(text.formatted("2026-11-06"), TODAY, "key-person-leaving");
    }

    @Test
    void bothPartsInOneFinding() {
        assertFindings("""
                project portal {
                  person oleg "Oleg" { decides contact goal "g"  left 2026-12-01 }
                }
                """, TODAY, f(2, 50, "key-person-leaving").message(
                "Oleg leaves on 1 Dec, and nobody else decides or is the contact from then on: find out who "
                        + "takes over"));
    }

    @Test
    void notWhenSomebodyTakesOver() {
        assertNoFinding("""
                project portal {
                  person oleg { decides goal "g"  left 2026-12-01 }
                  person irina { decides since 2026-12-01 goal "g" }
                }
                """, TODAY, "key-person-leaving");
        assertNoFinding("""
                project portal {
                  person oleg { decides goal "g"  left 2026-12-01 }
                  person irina { decides since 2026-12-10 goal "g" }
                }
                """, TODAY, "key-person-leaving");
    }

    @Test
    void notForSomeoneWithoutAKeyPart() {
        assertNoFinding("""
                project portal {
                  person anna { decides goal "g" }
                  person vera { backup  left 2026-12-01 }
                  person ivan { contact until 2026-11-01  left 2026-12-01 }
                }
                """, TODAY, "key-person-leaving");
    }

    @Test
    void aPausedProjectStillGetsIt() {
        assertFindings("""
                project portal {
                  status paused
                  person oleg { decides goal "g"  left 2026-12-01 }
                }
                """, TODAY, f(3, 35, "key-person-leaving"));
        assertNoFinding("""
                project portal {
                  status done
                  person oleg { decides goal "g"  left 2026-12-01 }
                }
                """, TODAY, "key-person-leaving");
    }
}
