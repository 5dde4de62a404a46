package org.touchbase.core.analysis;

import java.time.LocalDateTime;
import java.util.Map;
import org.touchbase.core.config.Config;
import org.touchbase.core.rules.RuleLevel;
import org.touchbase.core.state.Timing;
import org.touchbase.core.time.Term;
import org.touchbase.core.time.WorkCalendar;
import org.touchbase.core.workspace.Project;

/**
 * What the analysis of one file needs to know from outside: "now", the
 * defaults of the terms a project may set itself ({@code respond within},
 * {@code cadence}, {@code remind every}, {@code confirm within}), the working
 * days, and the rule levels.
 */
public record Settings(LocalDateTime now, Term respondWithin, Term cadence, Term remindEvery, Term confirmWithin,
        WorkCalendar calendar, Map<String, RuleLevel> rules) {

    public static final Term DEFAULT_RESPOND_WITHIN = Term.workingDays(1);
    public static final Term DEFAULT_CADENCE = Term.days(14);
    public static final Term DEFAULT_REMIND_EVERY = Term.days(7);
    public static final Term DEFAULT_CONFIRM_WITHIN = Term.workingDays(1);

    /** The defaults of the language, with {@code config} on top; {@code now} when the config sets no {@code today}. */
    public static Settings of(Config config, LocalDateTime now) {
        WorkCalendar calendar = WorkCalendar.DEFAULT;
        if (config.workweek() != null || config.holidays() != null) {
            calendar = new WorkCalendar(config.workweek() != null ? config.workweek() : calendar.workweek(),
                    config.holidays() != null ? config.holidays() : calendar.holidays());
        }
        return new Settings(config.today() != null ? config.today() : now,
                config.respondWithin() != null ? config.respondWithin() : DEFAULT_RESPOND_WITHIN,
                config.cadence() != null ? config.cadence() : DEFAULT_CADENCE,
                config.remindEvery() != null ? config.remindEvery() : DEFAULT_REMIND_EVERY,
                config.confirmWithin() != null ? config.confirmWithin() : DEFAULT_CONFIRM_WITHIN,
                calendar, config.rules());
    }

    public static Settings defaults(LocalDateTime now) {
        return of(Config.empty(), now);
    }

    /** These settings with other rule levels. */
    public Settings withRules(Map<String, RuleLevel> newRules) {
        return new Settings(now, respondWithin, cadence, remindEvery, confirmWithin, calendar, newRules);
    }

    /** These settings with another "now". */
    public Settings withNow(LocalDateTime newNow) {
        return new Settings(newNow, respondWithin, cadence, remindEvery, confirmWithin, calendar, rules);
    }

    /** "Now", the terms of {@code project} (its own, else these defaults) and the working days. */
    public Timing deadlines(Project project) {
        return Timing.of(project, this);
    }
}
