package org.touchbase.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.touchbase.core.Parallel;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.rules.practice.ActionOverdue;
import org.touchbase.core.rules.practice.AimlessTouch;
import org.touchbase.core.rules.practice.ContactMotivationUnknown;
import org.touchbase.core.rules.practice.DecisionMakerGoalsUnknown;
import org.touchbase.core.rules.practice.EmptyText;
import org.touchbase.core.rules.practice.KeyPersonLeaving;
import org.touchbase.core.rules.practice.LateConfirmation;
import org.touchbase.core.rules.practice.LateReply;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;
import org.touchbase.core.rules.practice.MisdirectedReply;
import org.touchbase.core.rules.practice.NoDecisionMaker;
import org.touchbase.core.rules.practice.NoGoals;
import org.touchbase.core.rules.practice.NoInfoSource;
import org.touchbase.core.rules.practice.NoPlan;
import org.touchbase.core.rules.practice.NoPlanB;
import org.touchbase.core.rules.practice.NoScenarios;
import org.touchbase.core.rules.practice.ObligationOverdue;
import org.touchbase.core.rules.practice.OpenQuestion;
import org.touchbase.core.rules.practice.StaleStatus;
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
            new AimlessTouch(), new TouchGap(),
            // version 2: people, working days, pauses
            new KeyPersonLeaving(), new StaleStatus(),
            // version 2: replies, obligations, agreements
            new MisdirectedReply(), new OpenQuestion(), new ActionOverdue(), new LateConfirmation(), new EmptyText());

    public static final RuleInfo SYNTAX = RuleInfo.language(RuleIds.SYNTAX);
    public static final RuleInfo UNKNOWN_REFERENCE = RuleInfo.language(RuleIds.UNKNOWN_REFERENCE);
    public static final RuleInfo DUPLICATE_ID = RuleInfo.language(RuleIds.DUPLICATE_ID);
    public static final RuleInfo INVALID_DATE = RuleInfo.language(RuleIds.INVALID_DATE);
    public static final RuleInfo INVALID_USE = RuleInfo.language(RuleIds.INVALID_USE);

    public static final RuleInfo UNUSED_SUPPRESSION =
            RuleInfo.practice(RuleIds.UNUSED_SUPPRESSION, Severity.INFO, "");

    private static final Map<String, RuleInfo> ALL = new LinkedHashMap<>();

    static {
        for (RuleInfo language : List.of(SYNTAX, UNKNOWN_REFERENCE, DUPLICATE_ID, INVALID_DATE, INVALID_USE)) {
            ALL.put(language.id(), language);
        }
        for (Rule rule : PRACTICE) {
            ALL.put(rule.info().id(), rule.info());
        }
        ALL.put(UNUSED_SUPPRESSION.id(), UNUSED_SUPPRESSION);
    }

    private Rules() {
    }

    /** The practice rules, in the order of docs/reference.md, Practice rules. */
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

    /** The ids of the date-driven rules, from the rules' own info. */
    public static Set<String> dateDriven() {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleInfo info : ALL.values()) {
            if (info.dateDriven()) {
                ids.add(info.id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Runs every practice rule on one project and returns what they found, in
     * rule order. The rules of a large project run side by side, each with a
     * context of its own (they only read the project), and their findings are
     * joined in rule order: the same list as {@link #check(RuleContext)} makes.
     */
    public static List<Finding> check(Project project, Settings settings) {
        if (project.touches().size() < Parallel.LARGE_PROJECT) {
            List<Finding> found = new ArrayList<>();
            check(new RuleContext(project, settings, found));
            return found;
        }
        List<Rule> applicable = new ArrayList<>();
        for (Rule rule : PRACTICE) {
            if (rule.info().appliesTo(project.status())) {
                applicable.add(rule);
            }
        }
        List<List<Finding>> found = IntStream.range(0, applicable.size()).parallel().mapToObj(i -> {
            List<Finding> sink = new ArrayList<>();
            RuleContext context = new RuleContext(project, settings, sink);
            context.use(applicable.get(i).info());
            applicable.get(i).check(context);
            return sink;
        }).toList();
        List<Finding> all = new ArrayList<>();
        for (List<Finding> one : found) {
            all.addAll(one);
        }
        return all;
    }

    /** Runs every practice rule on one project, skipping the rules that do not look at its status. */
    public static void check(RuleContext context) {
        check(context, null);
    }

    /**
     * Runs the practice rules of {@code ids} (null: every one) on one project,
     * skipping the rules that do not look at its status: what a question about
     * some findings alone needs (trust counts the findings of a few rules).
     */
    public static void check(RuleContext context, Set<String> ids) {
        for (Rule rule : PRACTICE) {
            if (ids != null && !ids.contains(rule.info().id()) || !rule.info().appliesTo(context.project().status())) {
                continue;
            }
            context.use(rule.info());
            rule.check(context);
        }
    }
}
