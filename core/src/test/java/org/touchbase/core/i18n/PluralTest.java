package org.touchbase.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.touchbase.core.time.Term;

/** docs/messages.md, "Counts and plural forms" and "Durations": the tables of the guide, over both bundles. */
class PluralTest {

    private static final Messages EN = Messages.english();
    private static final Messages RU = Messages.forLanguage("ru");

    @Test
    void russianHasThreeFormsChosenByTheLastTwoDigits() {
        long[] numbers = {1, 2, 5, 11, 21, 22, 25, 0, 12, 14, 101, 111, 104};
        String[] forms = {"one", "few", "many", "many", "one", "few", "many", "many", "many", "many", "one", "many", "few"};
        for (int i = 0; i < numbers.length; i++) {
            assertEquals(forms[i], Plural.category("ru", numbers[i]), "ru " + numbers[i]);
        }
        assertEquals("one", Plural.category("en", 1));
        assertEquals("other", Plural.category("en", 21));
    }

    @Test
    void daysAreCountedAsTheGuideSays() {
        long[] numbers = {1, 2, 5, 11, 21, 22, 25};
        String[] russian = {"1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня", "25 дней"};
        String[] english = {"1 day", "2 days", "5 days", "11 days", "21 days", "22 days", "25 days"};
        for (int i = 0; i < numbers.length; i++) {
            assertEquals(russian[i], RU.format(Durations.of(Term.days(numbers[i]))));
            assertEquals(english[i], EN.format(Durations.of(Term.days(numbers[i]))));
        }
    }

    @Test
    void deadlinesPeriodsAndDelaysAreSaidInWords() {
        assertEquals("within 1 day", EN.format(Durations.within(Term.days(1))));
        assertEquals("в течение суток", RU.format(Durations.within(Term.days(1))));
        assertEquals("within 1 working day", EN.format(Durations.within(Term.workingDays(1))));
        assertEquals("в течение рабочего дня", RU.format(Durations.within(Term.workingDays(1))));
        assertEquals("within 3 working days", EN.format(Durations.within(Term.workingDays(3))));
        assertEquals("в течение 3 рабочих дней", RU.format(Durations.within(Term.workingDays(3))));
        assertEquals("в течение 21 рабочего дня", RU.format(Durations.within(Term.workingDays(21))));
        assertEquals("every 14 days", EN.format(Durations.every(Term.days(14))));
        assertEquals("раз в 14 дней", RU.format(Durations.every(Term.days(14))));
        assertEquals("every 7 days", EN.format(Durations.every(Term.days(7))));
        assertEquals("раз в 7 дней", RU.format(Durations.every(Term.days(7))));
        assertEquals("раз в 2 недели", RU.format(Durations.every(Term.parse("2w"))));
        assertEquals("2 weeks", EN.format(Durations.of(Term.parse("2w"))));
        assertEquals("2 недели", RU.format(Durations.of(Term.parse("2w"))));
        assertEquals("25 h late", EN.format(Durations.late(Duration.ofHours(25))));
        assertEquals("на 25 ч позже срока", RU.format(Durations.late(Duration.ofHours(25))));
        assertEquals("2 days late", EN.format(Durations.late(Duration.ofHours(48))));
        assertEquals("на 2 дня позже срока", RU.format(Durations.late(Duration.ofHours(48))));
        assertEquals("на 21 день позже срока", RU.format(Durations.late(Duration.ofDays(21))));
    }
}
