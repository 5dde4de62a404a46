package org.touchbase.core.config;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The contents of a {@code touchbase.json}: rule levels, "now", the language
 * of messages, defaults for {@code respond within} and {@code cadence}, and
 * the time zone of the dates in the files (for calendars). Anything not
 * given is null (or an empty map).
 */
public record Config(Map<String, org.touchbase.core.rules.RuleLevel> rules, LocalDateTime today, String locale,
        Duration respondWithin, Duration cadence, java.time.ZoneId timezone) {

    public static final String FILE_NAME = "touchbase.json";

    public static Config empty() {
        return new Config(Map.of(), null, null, null, null, null);
    }

    /** This configuration with {@code over}'s values on top. */
    public Config overlay(Config over) {
        Map<String, org.touchbase.core.rules.RuleLevel> merged = new java.util.HashMap<>(rules);
        merged.putAll(over.rules);
        return new Config(Map.copyOf(merged), over.today != null ? over.today : today,
                over.locale != null ? over.locale : locale,
                over.respondWithin != null ? over.respondWithin : respondWithin,
                over.cadence != null ? over.cadence : cadence,
                over.timezone != null ? over.timezone : timezone);
    }
}
