package org.touchbase.core.analysis;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.touchbase.core.config.Config;
import org.touchbase.core.rules.RuleLevel;
import org.touchbase.core.state.Deadlines;
import org.touchbase.core.workspace.Project;

/**
 * What the analysis of one file needs to know from outside: "now", the
 * defaults of the spans of time a project may set itself ({@code respond
 * within}, {@code cadence}, {@code remind every}, {@code confirm within}),
 * and the rule levels.
 */
public record Settings(LocalDateTime now, Duration respondWithin, Duration cadence, Duration remindEvery,
        Duration confirmWithin, Map<String, RuleLevel> rules) {

    public static final Duration DEFAULT_RESPOND_WITHIN = Duration.ofDays(1);
    public static final Duration DEFAULT_CADENCE = Duration.ofDays(14);
    public static final Duration DEFAULT_REMIND_EVERY = Duration.ofDays(7);
    public static final Duration DEFAULT_CONFIRM_WITHIN = Duration.ofDays(1);

    /** The defaults of the language, with {@code config} on top; {@code now} when the config sets no {@code today}. */
    public static Settings of(Config config, LocalDateTime now) {
        return new Settings(config.today() != null ? config.today() : now,
                config.respondWithin() != null ? config.respondWithin() : DEFAULT_RESPOND_WITHIN,
                config.cadence() != null ? config.cadence() : DEFAULT_CADENCE,
                config.remindEvery() != null ? config.remindEvery() : DEFAULT_REMIND_EVERY,
                config.confirmWithin() != null ? config.confirmWithin() : DEFAULT_CONFIRM_WITHIN, config.rules());
    }

    public static Settings defaults(LocalDateTime now) {
        return of(Config.empty(), now);
    }

    /** These settings with another "now". */
    public Settings withNow(LocalDateTime newNow) {
        return new Settings(newNow, respondWithin, cadence, remindEvery, confirmWithin, rules);
    }

    /** These settings with other rule levels. */
    public Settings withRules(Map<String, RuleLevel> newRules) {
        return new Settings(now, respondWithin, cadence, remindEvery, confirmWithin, newRules);
    }

    /** "Now" and the spans of time of {@code project}: its own, else these defaults. */
    public Deadlines deadlines(Project project) {
        return Deadlines.of(project, now, respondWithin, cadence, remindEvery, confirmWithin);
    }

    /** The same, at another moment. */
    public Deadlines deadlines(Project project, LocalDateTime at) {
        return Deadlines.of(project, at, respondWithin, cadence, remindEvery, confirmWithin);
    }
}
