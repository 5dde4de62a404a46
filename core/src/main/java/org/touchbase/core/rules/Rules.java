package org.touchbase.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.rules.practice.AimlessTouch;
import org.touchbase.core.rules.practice.ContactMotivationUnknown;
import org.touchbase.core.rules.practice.DecisionMakerGoalsUnknown;
import org.touchbase.core.rules.practice.LateReply;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;
import org.touchbase.core.rules.practice.NoDecisionMaker;
import org.touchbase.core.rules.practice.NoGoals;
import org.touchbase.core.rules.practice.NoInfoSource;
import org.touchbase.core.rules.practice.NoPlan;
import org.touchbase.core.rules.practice.NoPlanB;
import org.touchbase.core.rules.practice.NoScenarios;
import org.touchbase.core.rules.practice.ObligationOverdue;
import org.touchbase.core.rules.practice.StepOverdue;
import org.touchbase.core.rules.practice.TouchGap;
import org.touchbase.core.rules.practice.Unanswered;
import org.touchbase.core.rules.practice.UnrecordedAgreement;
import org.touchbase.core.workspace.Project;

/** The registry of every rule: the language rules, the practice rules and {@code unused-suppression}. */
public final class Rules {

    private static final List<Rule> PRACTICE = List.of(
            new NoDecisionMaker(), new NoGoals(), new Unanswered(), new LateReply(), new UnrecordedAgreement(),
            new NoPlanB(), new NoInfoSource(), new DecisionMakerGoalsUnknown(), new ContactMotivationUnknown(),
            new NoPlan(), new NoScenarios(), new StepOverdue(), new MeetingWithoutSummary(), new ObligationOverdue(),
            new AimlessTouch(), new TouchGap());

    public static final RuleInfo UNUSED_SUPPRESSION =
            RuleInfo.practice(RuleIds.UNUSED_SUPPRESSION, Severity.INFO, "");

    private static final Map<String, RuleInfo> ALL = new LinkedHashMap<>();

    static {
        for (String id : List.of(RuleIds.SYNTAX, RuleIds.UNKNOWN_REFERENCE, RuleIds.DUPLICATE_ID,
                RuleIds.INVALID_DATE, RuleIds.INVALID_USE)) {
            ALL.put(id, RuleInfo.language(id));
        }
        for (Rule rule : PRACTICE) {
            ALL.put(rule.info().id(), rule.info());
        }
        ALL.put(UNUSED_SUPPRESSION.id(), UNUSED_SUPPRESSION);
    }

    private Rules() {
    }

    /** The practice rules, in the order of LANGUAGE.md §4. */
    public static List<Rule> practiceRules() {
        return PRACTICE;
    }

    /** Every rule's info: language rules first, then the practice, then {@code unused-suppression}. */
    public static List<RuleInfo> all() {
        return new ArrayList<>(ALL.values());
    }

    public static RuleInfo info(String id) {
        return ALL.get(id);
    }

    public static boolean exists(String id) {
        return ALL.containsKey(id);
    }

    /** Whether a rule looks at a project: date-driven rules look at active projects only. */
    public static boolean appliesTo(String ruleId, Project project) {
        RuleInfo info = ALL.get(ruleId);
        return info != null && (!info.dateDriven() || project.isActive());
    }

    /** Runs every practice rule on one project, skipping date-driven rules unless the project is active. */
    public static void check(RuleContext context) {
        for (Rule rule : PRACTICE) {
            if (!appliesTo(rule.info().id(), context.project())) {
                continue;
            }
            context.use(rule.info());
            rule.check(context);
        }
    }
}
