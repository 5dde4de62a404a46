package org.touchbase.core.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.now;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.time.Deadlines;
import org.touchbase.core.time.Term;
import org.touchbase.core.time.WorkCalendar;

/**
 * The edges of language version 2, each pinned on both sides: working days,
 * periods that start or end on a day, what is {@code remind every} old, and
 * a deadline that has passed "at or after" it.
 */
class Version2BoundariesTest {

    private static final WorkCalendar WEEK = WorkCalendar.DEFAULT;

    private static LocalDateTime at(String moment) {
        return now(moment);
    }

    // ---- working days

    @Test
    void oneWorkingDayFromFridayOrTheWeekendEndsWithMonday() {
        assertEquals(at("2026-11-17"), Term.workingDays(1).after(at("2026-11-13 17:00"), WEEK));
        assertEquals(at("2026-11-17"), Term.workingDays(1).after(at("2026-11-14 10:00"), WEEK));
        assertEquals(at("2026-11-17"), Term.workingDays(1).after(at("2026-11-15 23:59"), WEEK));
        assertEquals(at("2026-11-18"), Term.workingDays(1).after(at("2026-11-16 00:00"), WEEK));
    }

    @Test
    void zeroWorkingDaysIsTheEndOfTheSameDayWhateverTheDay() {
        assertEquals(at("2026-11-14"), Term.workingDays(0).after(at("2026-11-13 17:00"), WEEK));
        assertEquals(at("2026-11-15"), Term.workingDays(0).after(at("2026-11-14 17:00"), WEEK));
    }

    @Test
    void severalWorkingDaysSkipEveryWeekend() {
        assertEquals(at("2026-11-24"), Term.workingDays(5).after(at("2026-11-16 09:00"), WEEK));
        assertEquals(at("2026-11-21"), Term.workingDays(4).after(at("2026-11-16 09:00"), WEEK));
    }

    @Test
    void aHolidayIsSkippedAndTheDayBeforeItIsNot() {
        WorkCalendar withHoliday = new WorkCalendar(WEEK.workweek(), Set.of(LocalDate.of(2026, 11, 17)));
        assertEquals(at("2026-11-19"), Term.workingDays(1).after(at("2026-11-16 09:00"), withHoliday));
        assertEquals(at("2026-11-17"), Term.workingDays(1).after(at("2026-11-15 09:00"), withHoliday));
        assertFalse(withHoliday.isWorkingDay(LocalDate.of(2026, 11, 17)));
        assertTrue(withHoliday.isWorkingDay(LocalDate.of(2026, 11, 16)));
        assertFalse(withHoliday.isWorkingDay(LocalDate.of(2026, 11, 15)));
    }

    @Test
    void aWorkweekOfItsOwn() {
        WorkCalendar sundayToThursday = new WorkCalendar(WorkCalendar.parseWorkweek("sun-thu"), Set.of());
        assertEquals(at("2026-11-16"), Term.workingDays(1).after(at("2026-11-12 17:00"), sundayToThursday));
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                WorkCalendar.parseWorkweek("sat-mon"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY), WorkCalendar.parseWorkweek("mon-mon"));
        assertEquals("mon,wed,sun", new WorkCalendar(WorkCalendar.parseWorkweek("sun, wed ,mon"), Set.of())
                .workweekText());
    }

    @Test
    void aDeadlineAtMidnightIsWrittenAsTheDayItEnds() {
        assertEquals("2026-11-16", Deadlines.text(at("2026-11-17 00:00")));
        assertEquals("2026-11-17 00:01", Deadlines.text(at("2026-11-17 00:01")));
        assertEquals("2026-11-17 09:30", Deadlines.text(at("2026-11-17 09:30")));
    }

    @Test
    void aWorkweekIsNamesAndRangesOrNothing() {
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), WorkCalendar.parseWorkweek("mon-fri"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                WorkCalendar.parseWorkweek("mon,tue,thu"));
        assertEquals(null, WorkCalendar.parseWorkweek("monday-friday"));
        assertEquals(null, WorkCalendar.parseWorkweek("mon-"));
        assertEquals(null, WorkCalendar.parseWorkweek("mon,,fri"));
        assertEquals(null, WorkCalendar.parseWorkweek(" "));
        assertEquals(null, WorkCalendar.parseWorkweek(null));
        assertEquals("mon,tue,wed,thu,fri", WEEK.workweekText());
    }

    @Test
    void elapsedTimeRunsThroughWeekendsAndHolidays() {
        WorkCalendar withHoliday = new WorkCalendar(WEEK.workweek(), Set.of(LocalDate.of(2026, 11, 16)));
        assertEquals(at("2026-11-14 17:00"), Term.days(1).after(at("2026-11-13 17:00"), withHoliday));
        assertEquals(at("2026-11-13 21:00"), Term.hours(4).after(at("2026-11-13 17:00"), withHoliday));
    }

    @Test
    void aLetterOnFridayIsUnansweredFromTheEndOfMonday() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-13 17:00 letter from boris "Hosting?"
                }
                """;
        assertNoFinding(text, "2026-11-16 23:59", "unanswered");
        assertFindings(text, "2026-11-17 00:00", f(3, 3, "unanswered").message(
                "\"Hosting?\" (letter, 13 Nov) from boris has had no answer within 1 working day: "
                        + "acknowledge receipt now and say when the answer will come"));
    }

    @Test
    void aReplyAtTheVeryMomentOfItsDeadlineIsLate() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-13 17:00 letter from boris "Hosting?"
                  touch %s reply to boris re q1 "Our cloud"
                }
                """;
        assertNoFinding(text.formatted("2026-11-16 23:59"), "2026-11-20", "late-reply");
        assertFindings(text.formatted("2026-11-17 00:00"), "2026-11-20", f(4, 3, "late-reply"));
        assertFindings(text.formatted("2026-11-17"), "2026-11-20", f(4, 3, "late-reply"));
    }

    @Test
    void theConfiguredWorkweekAndHolidaysMoveTheDeadline() throws ConfigException {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-16 09:00 letter from boris "Hosting?"
                }
                """;
        Settings holiday = Settings.of(ConfigReader.parse("touchbase.json",
                "{\"holidays\": [\"2026-11-17\"]}"), at("2026-11-18 23:59"));
        assertNoFinding(analyze(text, holiday), "unanswered");
        Settings plain = Settings.of(ConfigReader.parse("touchbase.json", "{}"), at("2026-11-18 00:00"));
        assertFindings(analyze(text, plain), f(3, 3, "unanswered"));
    }

    // ---- periods that start or end on a day

    private static final String DECIDES = """
            project portal {
              person anna { %s }
            }
            """;

    @Test
    void aPartSinceADayHoldsFromTheStartOfThatDay() {
        String text = DECIDES.formatted("decides since 2026-11-20");
        assertFindings(text, "2026-11-19 23:59", f(1, 9, "no-decision-maker"));
        assertNoFinding(text, "2026-11-20 00:00", "no-decision-maker");
    }

    @Test
    void aPartUntilADayHoldsThroughTheEndOfThatDay() {
        String text = DECIDES.formatted("decides until 2026-11-20");
        assertNoFinding(text, "2026-11-20 23:59", "no-decision-maker");
        assertFindings(text, "2026-11-21 00:00", f(1, 9, "no-decision-maker"));
    }

    @Test
    void aPartOfOneDay() {
        String text = DECIDES.formatted("decides since 2026-11-20 until 2026-11-20");
        assertFindings(text, "2026-11-19 23:59", f(1, 9, "no-decision-maker"));
        assertNoFinding(text, "2026-11-20 00:00", "no-decision-maker");
        assertNoFinding(text, "2026-11-20 23:59", "no-decision-maker");
        assertFindings(text, "2026-11-21 00:00", f(1, 9, "no-decision-maker"));
    }

    @Test
    void aPersonWhoLeftOnADayHasNoPartFromTheStartOfIt() {
        String text = DECIDES.formatted("decides left 2026-11-20");
        assertNoFinding(text, "2026-11-19 23:59", "no-decision-maker");
        assertFindings(text, "2026-11-20 00:00", f(1, 9, "no-decision-maker"));
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsInvalid() {
        assertFindings(DECIDES.formatted("decides since 2026-11-21 until 2026-11-20"), "2026-11-20",
                f("invalid-use"));
        assertNoFinding(DECIDES.formatted("decides since 2026-11-20 until 2026-11-20"), "2026-11-20",
                "invalid-use");
    }

    @Test
    void nobodyIsWarnedAboutWhileAway() {
        String text = """
                project portal {
                  starts 2026-09-01
                  person anna {
                    decides
                    goal "Growth"
                    away 2026-11-10 until 2026-11-20
                  }
                  touch 2026-10-01 call with anna "Hi" { purpose "p" benefit "b" }
                }
                """;
        assertFindings(text, "2026-11-09 23:59", f(3, 10, "touch-gap"));
        assertNoFinding(text, "2026-11-10 00:00", "touch-gap");
        assertNoFinding(text, "2026-11-20 23:59", "touch-gap");
    }

    @Test
    void silenceRunsFromTheEndOfTheLastAbsence() {
        String text = """
                project portal {
                  starts 2026-09-01
                  person anna {
                    decides
                    goal "Growth"
                    away 2026-10-10 until 2026-11-05
                  }
                  touch 2026-10-01 call with anna "Hi" { purpose "p" benefit "b" }
                }
                """;
        assertNoFinding(text, "2026-11-20 00:00", "touch-gap");
        assertFindings(text, "2026-11-20 00:01", f(3, 10, "touch-gap"));
    }

    // ---- what is remind every old

    private static final String OWED = """
            project portal {
              person anna { decides goal "Growth" }
              expect logo from anna "Logo" due 2026-11-01
              %s
            }
            """;

    @Test
    void anObligationIsOverdueOnceItsDueDayIsOver() {
        String text = OWED.formatted("");
        assertNoFinding(text, "2026-11-01 23:59", "obligation-overdue");
        assertFindings(text, "2026-11-02 00:00", f(3, 3, "obligation-overdue"));
    }

    @Test
    void aReminderAfterTheDueDayQuietsItUntilItIsRemindEveryOld() {
        String text = OWED.formatted("touch 2026-11-05 10:00 reminder to anna \"Logo?\" "
                + "{ purpose \"p\" benefit \"b\" reminds logo }");
        assertNoFinding(text, "2026-11-12 09:59", "obligation-overdue");
        assertFindings(text, "2026-11-12 10:00", f(3, 3, "obligation-overdue"));
    }

    @Test
    void aReminderOnTheDueDayDoesNotQuietIt() {
        String text = OWED.formatted("touch 2026-11-01 10:00 reminder to anna \"Logo?\" "
                + "{ purpose \"p\" benefit \"b\" reminds logo }");
        assertFindings(text, "2026-11-02 00:00", f(3, 3, "obligation-overdue"));
    }

    @Test
    void theProjectsRemindEveryCounts() {
        String text = """
                project portal {
                  remind every 2d
                  person anna { decides goal "Growth" }
                  expect logo from anna "Logo" due 2026-11-01
                  touch 2026-11-05 10:00 reminder to anna "Logo?" { purpose "p" benefit "b" reminds logo }
                }
                """;
        assertNoFinding(text, "2026-11-07 09:59", "obligation-overdue");
        assertFindings(text, "2026-11-07 10:00", f(4, 3, "obligation-overdue"));
    }

    @Test
    void ourQuestionIsOpenOnceRemindEveryHasPassed() {
        String text = """
                project portal {
                  person anna { decides goal "Growth" }
                  touch q5 2026-11-13 10:00 question to anna "Which hosting?" { purpose "p" benefit "b" }
                }
                """;
        assertNoFinding(text, "2026-11-20 09:59", "open-question");
        assertFindings(text, "2026-11-20 10:00", f(3, 3, "open-question"));
    }

    @Test
    void anAnswerClosesOurQuestion() {
        assertNoFinding("""
                project portal {
                  person anna { decides goal "Growth" }
                  touch q5 2026-11-13 10:00 question to anna "Which hosting?" { purpose "p" benefit "b" }
                  touch 2026-11-14 reply from anna re q5 "Our cloud"
                }
                """, "2026-11-30", "open-question", "unanswered");
    }

    // ---- at or after the deadline

    @Test
    void anAgreementConfirmedAtItsDeadlineIsConfirmedLate() {
        String text = """
                project portal {
                  confirm within 1d
                  person anna { decides goal "Growth" }
                  touch 2026-11-02 10:00 call with anna "Scope" {
                    purpose "p" benefit "b"
                    agreed scope "Catalogue first"
                  }
                  touch %s letter to anna "Minutes" { purpose "p" benefit "b" confirms scope }
                }
                """;
        assertNoFinding(text.formatted("2026-11-03 09:59"), "2026-11-20", "late-confirmation");
        assertFindings(text.formatted("2026-11-03 10:00"), "2026-11-20", f(6, 5, "late-confirmation"));
    }

    @Test
    void theFirstConfirmationInTimeCountsWhereverItIsWritten() {
        assertNoFinding("""
                project portal {
                  confirm within 1d
                  person anna { decides goal "Growth" }
                  touch 2026-11-02 10:00 call with anna "Scope" {
                    purpose "p" benefit "b"
                    agreed scope "Catalogue first"
                  }
                  touch 2026-11-06 letter to anna "Again" { purpose "p" benefit "b" confirms scope }
                  touch 2026-11-02 12:00 letter to anna "Minutes" { purpose "p" benefit "b" confirms scope }
                }
                """, "2026-11-20", "late-confirmation", "unrecorded-agreement");
    }

    @Test
    void anAgreementMadeInWritingNeedsNoConfirmation() {
        assertNoFinding("""
                project portal {
                  confirm within 1d
                  person anna { decides goal "Growth" }
                  touch 2026-11-02 10:00 letter to anna "Offer" {
                    purpose "p" benefit "b"
                    agreed scope "Catalogue first"
                  }
                  touch 2026-11-09 letter to anna "Minutes" { purpose "p" benefit "b" confirms scope }
                }
                """, "2026-11-20", "late-confirmation", "unrecorded-agreement");
    }

    @Test
    void anActionDueTodayIsNotOverdueTomorrowItIs() {
        String text = """
                project portal {
                  member olga "Olga"
                  person anna { decides goal "Growth" }
                  touch 2026-11-02 meeting with anna "Scope" {
                    purpose "p" benefit "b"
                    summary { action plan "Send the plan" owner olga due 2026-11-19 }
                  }
                }
                """;
        assertNoFinding(text, "2026-11-19 23:59", "action-overdue");
        assertFindings(text, "2026-11-20 00:00", f(6, 15, "action-overdue"));
    }

    @Test
    void aPauseIsStaleFromTheDayAfterItsUntil() {
        String text = """
                project portal {
                  status paused until 2026-11-19
                  person anna { decides goal "Growth" }
                }
                """;
        assertNoFinding(text, "2026-11-19 23:59", "stale-status");
        assertFindings(text, "2026-11-20 00:00", f(2, 3, "stale-status"));
    }

    @Test
    void aPausedProjectStillAnswersLetters() {
        String text = """
                project portal {
                  status paused until 2026-12-01
                  person anna { decides goal "Growth" }
                  plan { step beta "Beta" due 2026-11-02 }
                  touch q1 2026-11-16 09:00 letter from anna "Still there?"
                }
                """;
        assertFindings(text, "2026-11-20", f(5, 3, "unanswered"));
        assertNoFinding(text, "2026-11-20", "step-overdue", "stale-status");
    }
}
