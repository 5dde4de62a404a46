package org.touchbase.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Message;

/** docs/messages.md, "Dates and times": a date in a sentence, in both bundles. */
class DaysTest {

    private static final Messages EN = Messages.english();
    private static final Messages RU = Messages.forLanguage("ru");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    private static String en(LocalDate date) {
        return EN.format(Days.on(date, TODAY));
    }

    private static String ru(LocalDate date) {
        return RU.format(Days.on(date, TODAY));
    }

    @Test
    void aDateOfThisYearIsTheDayAndTheMonth() {
        assertEquals("10 Nov", en(LocalDate.parse("2026-11-10")));
        assertEquals("10 ноября", ru(LocalDate.parse("2026-11-10")));
        assertEquals("1 Jan", en(LocalDate.parse("2026-01-01")));
    }

    @Test
    void theRussianMonthIsInTheGenitive() {
        String[] months = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"};
        String[] english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int month = 1; month <= 12; month++) {
            LocalDate date = LocalDate.of(2026, month, 3);
            assertEquals("3 " + months[month - 1], ru(date));
            assertEquals("3 " + english[month - 1], en(date));
        }
    }

    @Test
    void datesShareTheirMonthAndDayInsteadOfHoldingTheirOwn() {
        Message first = Days.on(LocalDate.parse("2026-11-10"), TODAY);
        Message second = Days.on(LocalDate.parse("2027-11-10"), TODAY);
        assertSame(first.args().get(0), second.args().get(0), "the day");
        assertSame(first.args().get(1), second.args().get(1), "the month");
        assertEquals("31 Dec 2027", en(LocalDate.parse("2027-12-31")));
        assertEquals("1 Jan", en(LocalDate.parse("2026-01-01")));
    }

    @Test
    void anotherYearIsSaid() {
        assertEquals("15 Jan 2027", en(LocalDate.parse("2027-01-15")));
        assertEquals("15 января 2027 г.", ru(LocalDate.parse("2027-01-15")));
        assertEquals("30 Dec 2025", en(LocalDate.parse("2025-12-30")));
    }

    @Test
    void withoutNowTheYearIsAlwaysSaid() {
        assertEquals("10 Nov 2026", EN.format(Days.on(LocalDate.parse("2026-11-10"), null)));
    }

    @Test
    void aTimeOfDayFollowsAComma() {
        LocalDateTime at = LocalDateTime.parse("2026-11-10T14:30");
        assertEquals("10 Nov, 14:30", EN.format(Days.at(at, TODAY)));
        assertEquals("10 ноября, 14:30", RU.format(Days.at(at, TODAY)));
    }

    @Test
    void aDeadlineAtMidnightIsTheEndOfTheDayBefore() {
        assertEquals("16 Nov", EN.format(Days.deadline(LocalDateTime.parse("2026-11-17T00:00"), TODAY)));
        assertEquals("17 Nov, 09:30", EN.format(Days.deadline(LocalDateTime.parse("2026-11-17T09:30"), TODAY)));
    }

    @Test
    void noDateIsAQuestionMark() {
        assertEquals("?", EN.format(Days.on(null, TODAY)));
        assertEquals("?", RU.format(Days.at(null, TODAY)));
    }
}
