package org.touchbase.core.analysis;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.touchbase.core.config.Config;
import org.touchbase.core.rules.RuleLevel;

/**
 * What the analysis of one file needs to know from outside: "now", the
 * default reply deadline and cadence, and the rule levels.
 */
public record Settings(LocalDateTime now, Duration respondWithin, Duration cadence, Map<String, RuleLevel> rules) {

    public static final Duration DEFAULT_RESPOND_WITHIN = Duration.ofDays(1);
    public static final Duration DEFAULT_CADENCE = Duration.ofDays(14);

    /** The defaults of the language, with {@code config} on top; {@code now} when the config sets no {@code today}. */
    public static Settings of(Config config, LocalDateTime now) {
        return new Settings(config.today() != null ? config.today() : now,
                config.respondWithin() != null ? config.respondWithin() : DEFAULT_RESPOND_WITHIN,
                config.cadence() != null ? config.cadence() : DEFAULT_CADENCE, config.rules());
    }

    public static Settings defaults(LocalDateTime now) {
        return of(Config.empty(), now);
    }
}
