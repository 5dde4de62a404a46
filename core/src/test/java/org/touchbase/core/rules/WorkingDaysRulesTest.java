package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.settings;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.time.WorkCalendar;

/** The default {@code respond within 1wd}: weekends and holidays do not make a reply late. */
class WorkingDaysRulesTest {

    private static final String LETTER_AT = """
            project portal {
              person boris { contact }
              touch q1 %s letter from boris "Hosting?"
            }
            """;

    private static Settings with(String today, WorkCalendar calendar) {
        Settings defaults = settings(today);
        return new Settings(defaults.now(), defaults.respondWithin(), defaults.cadence(), defaults.remindEvery(),
                defaults.confirmWithin(), calendar, defaults.rules());
    }

    @Test
    void aLetterOnFridayEveningIsDueByTheEndOfMonday() {
        String text = LETTER_AT.formatted("2026-11-20 17:00");
        assertNoFinding(text, "2026-11-23 23:59", "unanswered");
        assertFindings(text, "2026-11-24", f(3, 3, "unanswered").message(
                "\"Hosting?\" (letter, 20 Nov) from boris has had no answer within 1 working day: acknowledge receipt now "
                        + "and say when the answer will come"));
    }

    @Test
    void aLetterOnSaturdayIsDueByTheEndOfMondayToo() {
        String text = LETTER_AT.formatted("2026-11-21 10:00");
        assertNoFinding(text, "2026-11-23 18:00", "unanswered");
        assertFindings(text, "2026-11-24", f(3, 3, "unanswered"));
    }

    @Test
    void aLetterOnTheEveOfAHolidayIsDueTheDayAfterIt() {
        String text = LETTER_AT.formatted("2026-11-03 18:00");
        WorkCalendar holiday = new WorkCalendar(WorkCalendar.DEFAULT.workweek(), Set.of(LocalDate.parse("2026-11-04")));
        assertNoFinding(analyze(text, with("2026-11-05 12:00", holiday)), "unanswered");
        assertFindings(analyze(text, with("2026-11-06", holiday)), f(3, 3, "unanswered"));
        assertFindings(analyze(text, with("2026-11-05", WorkCalendar.DEFAULT)), f(3, 3, "unanswered"));
    }

    @Test
    void aCustomWorkweek() {
        String text = LETTER_AT.formatted("2026-11-19 17:00"); // Thursday
        WorkCalendar sundayToThursday = new WorkCalendar(WorkCalendar.parseWorkweek("sun-thu"), Set.of());
        assertNoFinding(analyze(text, with("2026-11-22 20:00", sundayToThursday)), "unanswered");
        assertFindings(analyze(text, with("2026-11-23", sundayToThursday)), f(3, 3, "unanswered"));
    }

    @Test
    void aReplyOnMondayToAFridayLetterIsOnTime() {
        String text = """
                project portal {
                  person boris { contact }
                  touch q1 2026-11-13 17:00 letter from boris "Hosting?"
                  touch %s reply to boris re q1 "Our cloud"
                }
                """;
        assertNoFinding(text.formatted("2026-11-16 18:00"), "2026-11-20", "late-reply");
        assertFindings(text.formatted("2026-11-17 09:00"), "2026-11-20", f(4, 3, "late-reply").message(
                "This was the first answer to \"Hosting?\" (letter, 13 Nov), 9 h late (reply deadline: within 1 working day)"));
    }

    @Test
    void theProjectMayCountInElapsedTimeInstead() {
        String text = """
                project portal {
                  respond within 1d
                  person boris { contact }
                  touch q1 2026-11-20 17:00 letter from boris "Hosting?"
                }
                """;
        assertFindings(text, "2026-11-21 17:00", f(4, 3, "unanswered"));
    }

    @Test
    void aProjectsOwnTermInWorkingDays() {
        String text = """
                project portal {
                  respond within 2wd
                  person boris { contact }
                  touch q1 2026-11-20 17:00 letter from boris "Hosting?"
                }
                """;
        assertNoFinding(text, "2026-11-24 12:00", "unanswered");
        assertFindings(text, "2026-11-25", f(4, 3, "unanswered"));
    }
}
