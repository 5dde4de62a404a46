package org.touchbase.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertMarked;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.workspace.Project;

/** The items version 2 adds about people and projects: how they read, and where they are {@code invalid-use}. */
class LanguageVersion2Test {

    private static final String ALL_ITEMS = """
            project portal "Portal" {
              status paused until 2026-12-01
              launch 2026-12-15 was 2026-12-01, 2026-11-15
              respond within 1wd
              member olga "Olga Ivanova" { role "Account manager"  email "olga@agency.example"  phone "+7 900" }
              person oleg "Oleg Sokolov" {
                decides until 2026-10-11
                left 2026-10-12 "Sold his share"
              }
              person irina "Irina Volkova" {
                decides since 2026-10-12
                backup since 2026-09-01 until 2026-10-11
                goal "g"
                prefers message "Telegram"
              }
              person boris {
                contact
                away 2026-10-19 until 2026-10-30 "Leave"
                away 2026-11-16 until 2026-11-17
              }
              touch 2026-11-02 meeting with irina "Kick-off" {
                summary final { action "Send the plan" owner olga due 2026-11-05 }
              }
            }
            """;

    @Test
    void everyItemReads() {
        assertNoFinding(ALL_ITEMS, TODAY, "syntax", "invalid-use", "unknown-reference", "duplicate-id",
                "invalid-date");
        Project project = analyze(ALL_ITEMS, TODAY).projects().get(0);
        assertEquals(LocalDate.parse("2026-12-01"), project.pause().until().date());
        assertEquals(List.of(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-15")),
                project.launchWas().stream().map(day -> day.date()).toList());
        Member olga = project.member("olga");
        assertEquals("Account manager", olga.role().value());
        assertNull(project.person("olga"));
        Person irina = project.person("irina");
        assertEquals(TouchKind.MESSAGE, irina.prefers());
        assertEquals("Telegram", irina.prefersChannel().value());
        assertEquals(LocalDate.parse("2026-10-12"), irina.decides().since().date());
        assertEquals(LocalDate.parse("2026-10-11"), irina.backup().until().date());
        Person oleg = project.person("oleg");
        assertEquals("Sold his share", oleg.left().note().value());
        assertEquals(LocalDate.parse("2026-10-12").atStartOfDay(), oleg.partEnd(Part.Kind.DECIDES));
        assertEquals(2, project.person("boris").away().size());
        assertNotNull(project.person("boris").awayAt(LocalDate.parse("2026-11-17").atTime(23, 0)));
        assertNull(project.person("boris").awayAt(LocalDate.parse("2026-11-18").atStartOfDay()));
    }

    @Test
    void theNewKeywordsMayBeNames() {
        assertNoFinding("""
                project portal {
                  person since { decides goal "g" }
                  person until { contact since 2026-10-01 }
                  member left "Left"
                  member away
                  person was { backup }
                  touch member 2026-11-18 call with since, until, was
                }
                """, TODAY, "syntax", "invalid-use", "unknown-reference");
    }

    @Test
    void leftAfterAPartIsItsOwnItem() {
        Project project = analyze("""
                project portal {
                  person oleg { decides left 2026-11-10 "Gone" }
                }
                """, TODAY).projects().get(0);
        assertNull(project.person("oleg").decides().until());
        assertEquals(LocalDate.parse("2026-11-10"), project.person("oleg").left().day().date());
    }

    @Test
    void untilWithAnotherStatusIsInvalidUse() {
        assertFindings("""
                project portal {
                  status active until 2026-12-01
                }
                """, TODAY, f(2, 17, "invalid-use").to(2, 33).message("`until` goes with `status paused`: a "
                + "active project has no pause to end"));
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsInvalidUse() {
        assertMarked("""
                project portal {
                  person anna { decides [[since 2026-10-12 until 2026-10-01]] }
                }
                """, TODAY, "invalid-use");
        assertMarked("""
                project portal {
                  person anna { [[away 2026-10-12 until 2026-10-01]] }
                }
                """, TODAY, "invalid-use");
    }

    @Test
    void aMemberIsNeverInATouchOrAnExpectation() {
        assertFindings("""
                project portal {
                  person anna { decides }
                  member olga
                  touch 2026-11-18 call with anna, olga
                  expect logo from olga "Logo" due 2026-11-30
                }
                """, TODAY, f(4, 36, "invalid-use").message("`olga` is a member of our team: touches and "
                + "expectations are with the client's people"), f(5, 20, "invalid-use"));
    }

    @Test
    void aMemberHasOnlyARoleAnEmailAndAPhone() {
        assertMarked("""
                project portal {
                  member olga { role "AM"  [[decides]] }
                }
                """, TODAY, "invalid-use");
        assertFindings("""
                project portal {
                  member olga { goal "Grow" }
                }
                """, TODAY, f(2, 17, "invalid-use").message("`goal` is for a person of the client; a member of our "
                + "team has only `role`, `email` and `phone`"));
    }

    @Test
    void peopleAndMembersShareANamespace() {
        assertFindings("""
                project portal {
                  person olga { decides }
                  member olga
                }
                """, TODAY, f(3, 10, "duplicate-id"));
        assertFindings("""
                project portal {
                  member olga
                  person olga { decides }
                }
                log portal {
                  member anna
                }
                """, TODAY, f(3, 10, "duplicate-id"));
    }

    @Test
    void aMemberMayOwnAnAction() {
        assertNoFinding("""
                project portal {
                  person anna { decides goal "g" }
                  member olga
                  touch 2026-11-18 meeting with anna {
                    summary { action "Send the plan" owner olga }
                  }
                }
                """, TODAY, "invalid-use", "unknown-reference");
    }

    @Test
    void aMemberIsNotAPersonOfTheClient() {
        assertFindings("""
                project portal {
                  member olga { role "Account manager" }
                }
                """, TODAY, f(1, 9, "no-decision-maker"));
    }

    @Test
    void aLogMayNotPauseOrMoveTheLaunch() {
        assertFindings("""
                project portal {
                  person anna { decides }
                }
                log portal {
                  status paused until 2026-12-01
                  launch 2026-12-15 was 2026-12-01
                }
                """, TODAY, f(5, 3, "invalid-use"), f(6, 3, "invalid-use"));
    }
}
