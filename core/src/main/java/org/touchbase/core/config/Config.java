package org.touchbase.core.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.touchbase.core.time.Term;

/**
 * The contents of a {@code touchbase.json}: rule levels, "now", the language
 * of messages, defaults for {@code respond within}, {@code cadence},
 * {@code remind every} and {@code confirm within}, and the working days
 * ({@code workweek}, {@code holidays}). Anything not given is null (or an
 * empty map).
 */
public record Config(Map<String, org.touchbase.core.rules.RuleLevel> rules, LocalDateTime today, String locale,
        Term respondWithin, Term cadence, Term remindEvery, Term confirmWithin, Set<DayOfWeek> workweek,
        Set<LocalDate> holidays) {

    public static final String FILE_NAME = "touchbase.json";

    public static Config empty() {
        return new Config(Map.of(), null, null, null, null, null, null, null, null);
    }

    /** This configuration with {@code over}'s values on top. */
    public Config overlay(Config over) {
        Map<String, org.touchbase.core.rules.RuleLevel> merged = new java.util.HashMap<>(rules);
        merged.putAll(over.rules);
        return new Config(Map.copyOf(merged), over.today != null ? over.today : today,
                over.locale != null ? over.locale : locale,
                over.respondWithin != null ? over.respondWithin : respondWithin,
                over.cadence != null ? over.cadence : cadence,
                over.remindEvery != null ? over.remindEvery : remindEvery,
                over.confirmWithin != null ? over.confirmWithin : confirmWithin,
                over.workweek != null ? over.workweek : workweek,
                over.holidays != null ? over.holidays : holidays);
    }
}
