package org.touchbase.core.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.IntStream;
import org.touchbase.core.diagnostics.Message;

/**
 * Dates in sentences, the one place that says them: "10 Nov", "10 Nov 2027"
 * when the year is not the year of "now", "10 Nov, 14:30", and in Russian
 * «10 ноября», «10 ноября 2027 г.», «10 ноября, 14:30» (the month in the
 * genitive, from the bundle). ISO dates stay in tables, machine formats, file
 * positions and the text a quick fix inserts.
 */
public final class Days {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /*
     * The months and the days of a month as every date says them, made once: a workspace's findings name
     * dates by the hundred thousand, and each used to hold a month and a day of its own.
     */
    private static final Message[] MONTHS = IntStream.rangeClosed(1, 12)
            .mapToObj(month -> Message.of("date.month." + month)).toArray(Message[]::new);
    private static final String[] DAYS = IntStream.rangeClosed(1, 31).mapToObj(Integer::toString)
            .toArray(String[]::new);
    private static final Message UNKNOWN = Message.of("date.unknown");

    private Days() {
    }

    /**
     * {@code date} in a sentence, with its year when that is not the year of {@code today} (always, when
     * {@code today} is null: for messages about the text, said before there is a "now"); "?" for none.
     */
    public static Message on(LocalDate date, LocalDate today) {
        if (date == null) {
            return UNKNOWN;
        }
        Message month = MONTHS[date.getMonthValue() - 1];
        String day = DAYS[date.getDayOfMonth() - 1];
        if (today != null && date.getYear() == today.getYear()) {
            return Message.of("date.day", day, month);
        }
        return Message.of("date.dayYear", day, month, Integer.toString(date.getYear()));
    }

    /** A moment in a sentence: the date as {@link #on} says it, then the time of day, "10 Nov, 14:30". */
    public static Message at(LocalDateTime at, LocalDate today) {
        if (at == null) {
            return UNKNOWN;
        }
        return Message.of("date.dayTime", on(at.toLocalDate(), today), TIME.format(at));
    }

    /**
     * A deadline in a sentence: one at midnight is the end of the day before ("10 Nov"), any other the
     * moment itself ("10 Nov, 14:30"); as {@link org.touchbase.core.time.Deadlines#text} says it in ISO.
     */
    public static Message deadline(LocalDateTime deadline, LocalDate today) {
        if (deadline == null) {
            return UNKNOWN;
        }
        if (deadline.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return on(deadline.toLocalDate().minusDays(1), today);
        }
        return at(deadline, today);
    }
}
