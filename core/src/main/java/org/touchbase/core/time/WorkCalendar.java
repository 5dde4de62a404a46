package org.touchbase.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days: the days of the working week that are not
 * holidays. {@code touchbase.json} and the editor settings give it with
 * {@code workweek} ({@code "mon-fri"}, {@code "sun-thu"},
 * {@code "mon,tue,wed,thu"}, {@code "sat-wed"}: names and ranges, comma
 * separated, a range may wrap) and {@code holidays} (dates).
 */
public record WorkCalendar(Set<DayOfWeek> workweek, Set<LocalDate> holidays) {

    /** Monday to Friday, no holidays. */
    public static final WorkCalendar DEFAULT = new WorkCalendar(
            Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), Set.of());

    private static final String[] NAMES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    public WorkCalendar {
        if (workweek.isEmpty()) {
            throw new IllegalArgumentException("a working week needs at least one day");
        }
        workweek = Set.copyOf(workweek);
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workweek.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /**
     * The end of the {@code n}th working day after {@code day} (the start of
     * the next day); for {@code n = 0}, the end of {@code day} itself.
     */
    public LocalDateTime endOfWorkingDays(LocalDate day, long n) {
        // counted on epoch days, so that a deadline of every touch makes no date for each day it passes
        long current = day.toEpochDay();
        long counted = 0;
        boolean noHolidays = holidays.isEmpty();
        while (counted < n) {
            current++;
            // 1970-01-01, epoch day 0, was a Thursday
            DayOfWeek weekday = DayOfWeek.of((int) Math.floorMod(current + 3, 7L) + 1);
            if (workweek.contains(weekday) && (noHolidays || !holidays.contains(LocalDate.ofEpochDay(current)))) {
                counted++;
            }
        }
        return LocalDate.ofEpochDay(current + 1).atStartOfDay();
    }

    /**
     * Parses a working week: day names ({@code mon} … {@code sun}) and ranges
     * ({@code mon-fri}, {@code sat-wed} wraps), comma separated. Null when the
     * text is not one.
     */
    public static Set<DayOfWeek> parseWorkweek(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",", -1)) {
            String item = part.trim().toLowerCase(Locale.ROOT);
            int dash = item.indexOf('-');
            if (dash < 0) {
                DayOfWeek single = day(item);
                if (single == null) {
                    return null;
                }
                days.add(single);
                continue;
            }
            DayOfWeek from = day(item.substring(0, dash).trim());
            DayOfWeek to = day(item.substring(dash + 1).trim());
            if (from == null || to == null) {
                return null;
            }
            DayOfWeek current = from;
            days.add(current);
            while (current != to) {
                current = current.plus(1);
                days.add(current);
            }
        }
        return days;
    }

    /** The working week as the settings write it: {@code mon,tue,wed,thu,fri}. */
    public String workweekText() {
        StringBuilder out = new StringBuilder();
        for (DayOfWeek day : new TreeSet<>(workweek)) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(NAMES[day.ordinal()]);
        }
        return out.toString();
    }

    private static DayOfWeek day(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return DayOfWeek.of(i + 1);
            }
        }
        return null;
    }
}
