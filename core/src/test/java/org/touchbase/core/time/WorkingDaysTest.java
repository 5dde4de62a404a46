package org.touchbase.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Nwd} from a moment ends at the end of the Nth working day after that moment's day. */
class WorkingDaysTest {

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }

    /** The deadline, written as the last day it covers. */
    private static String due(String from, String term, WorkCalendar calendar) {
        return Deadlines.text(Term.parse(term).after(at(from), calendar));
    }

    @ParameterizedTest(name = "{0} + {1} is due by the end of {2}")
    @CsvSource({
        // 2026-11-20 is a Friday
        "2026-11-20 17:00, 1wd, 2026-11-23",   // Friday evening: Monday
        "2026-11-21 10:00, 1wd, 2026-11-23",   // Saturday: Monday, too
        "2026-11-22 23:59, 1wd, 2026-11-23",   // Sunday night: Monday
        "2026-11-18 09:00, 1wd, 2026-11-19",   // Wednesday: Thursday
        "2026-11-18 09:00, 3wd, 2026-11-23",   // over the weekend
        "2026-11-18 09:00, 0wd, 2026-11-18",   // the same day
    })
    void aMondayToFridayWeek(String from, String term, String due) {
        assertEquals(due, due(from, term, WorkCalendar.DEFAULT));
    }

    @Test
    void theEveOfAHolidaySkipsIt() {
        WorkCalendar calendar = new WorkCalendar(WorkCalendar.DEFAULT.workweek(),
                Set.of(LocalDate.parse("2026-11-04")));
        assertEquals("2026-11-05", due("2026-11-03 18:00", "1wd", calendar));
        assertEquals("2026-11-04", due("2026-11-03 18:00", "1wd", WorkCalendar.DEFAULT));
    }

    @Test
    void aSundayToThursdayWeek() {
        WorkCalendar calendar = new WorkCalendar(WorkCalendar.parseWorkweek("sun-thu"), Set.of());
        assertEquals("2026-11-22", due("2026-11-19 17:00", "1wd", calendar)); // Thursday: Sunday
        assertEquals("2026-11-22", due("2026-11-20 12:00", "1wd", calendar)); // Friday: Sunday
    }

    @Test
    void elapsedTimeIgnoresTheCalendar() {
        assertEquals("2026-11-21 17:00", due("2026-11-20 17:00", "1d", WorkCalendar.DEFAULT));
        assertEquals("2026-11-20 21:00", due("2026-11-20 17:00", "4h", WorkCalendar.DEFAULT));
        assertEquals("2026-12-04 17:00", due("2026-11-20 17:00", "2w", WorkCalendar.DEFAULT));
    }

    @Test
    void workweeksAreNamesAndRangesThatMayWrap() {
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), WorkCalendar.parseWorkweek("mon-fri"));
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY), WorkCalendar.parseWorkweek("sat-wed"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                WorkCalendar.parseWorkweek("mon, tue,Thu"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                WorkCalendar.parseWorkweek("mon,wed-fri"));
        assertNull(WorkCalendar.parseWorkweek("mon-fry"));
        assertNull(WorkCalendar.parseWorkweek("monday"));
        assertNull(WorkCalendar.parseWorkweek(""));
        assertEquals("mon,tue,wed,thu,fri", WorkCalendar.DEFAULT.workweekText());
    }

    @Test
    void termsAreWrittenAsInTheLanguage() {
        assertEquals("1wd", Term.parse("1wd").toString());
        assertEquals("2w", Term.parse("2w").toString());
        assertNull(Term.parse("1dw"));
        assertNull(Term.parse("wd"));
        assertNull(Term.parse("-1d"));
        assertNull(Term.parse("1000001d"));
    }

    @Test
    void workingDaysAreCountedDayByDayForEveryWeekAndHoliday() {
        LocalDate first = LocalDate.of(1969, 12, 20);
        Set<LocalDate> holidays = Set.of(LocalDate.of(1970, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4));
        for (Set<DayOfWeek> week : List.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY), EnumSet.of(DayOfWeek.SATURDAY), EnumSet.allOf(DayOfWeek.class))) {
            for (WorkCalendar calendar : List.of(new WorkCalendar(week, Set.of()),
                    new WorkCalendar(week, holidays))) {
                for (LocalDate day : List.of(first, first.plusDays(1), first.plusDays(13),
                        LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))) {
                    for (int n = 0; n <= 9; n++) {
                        assertEquals(dayByDay(calendar, day, n), calendar.endOfWorkingDays(day, n),
                                () -> calendar + " from " + day);
                    }
                }
            }
        }
    }

    /** The end of the nth working day after {@code day}, counted one day at a time. */
    private static LocalDateTime dayByDay(WorkCalendar calendar, LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (calendar.isWorkingDay(current)) {
                counted++;
            }
        }
        return current.plusDays(1).atStartOfDay();
    }
}
