package org.touchbase.lsp.services;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Absence;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.state.ActionState;
import org.touchbase.core.state.AgreementState;
import org.touchbase.core.state.ObligationState;
import org.touchbase.core.state.QuestionState;
import org.touchbase.core.state.ReplyState;
import org.touchbase.core.state.Timing;
import org.touchbase.core.workspace.Project;

/**
 * What the editor says about a person, a touch, an agreement, an
 * expectation, a project or a rule: one line for completion details, a
 * Markdown card for hovers. Everything the user wrote is escaped.
 */
public final class Cards {

    private final Analysis analysis;
    private final Messages messages;

    public Cards(Analysis analysis, Messages messages) {
        this.analysis = analysis;
        this.messages = messages;
    }

    // ---- one line

    /** "Anna Smirnova — CEO, decision-maker". */
    public static String personLine(Person person, Messages messages, LocalDate today) {
        List<String> about = new ArrayList<>();
        if (person.role() != null) {
            about.add(person.role().value());
        }
        about.addAll(flags(person, messages, null, today));
        return about.isEmpty() ? person.displayName() : person.displayName() + " — " + String.join(", ", about);
    }

    /** "\"Which hosting?\" (letter, 10 Sep) from boris": by id, for completion, where the id is what one types. */
    public static String touchLine(Touch touch, Messages messages, LocalDate today) {
        String label = messages.format(Labels.touch(touch, today));
        if (touch.direction() == null || touch.people().isEmpty()) {
            return label;
        }
        return label + " " + messages.get("label.direction." + touch.direction().keyword(), Labels.ids(touch));
    }

    /** "\"Which hosting?\" (letter, 10 Sep) from Boris Petrov": people by display name, for cards. */
    public static String touchLine(Project project, Touch touch, Messages messages, LocalDate today) {
        String label = messages.format(Labels.touch(touch, today));
        if (touch.direction() == null || touch.people().isEmpty()) {
            return label;
        }
        return label + " " + messages.format(Labels.direction(project, touch));
    }

    public static String expectationLine(Expectation expectation, Messages messages, LocalDate today) {
        return messages.get("lsp.completion.expectation",
                expectation.title() == null ? expectation.id().text() : expectation.title().value(),
                expectation.from() == null ? "?" : expectation.from().text(),
                day(expectation.due() == null ? null : expectation.due().date(), messages, today));
    }

    /** "\"Send the brand book\" — boris, due 20 Sep". */
    public static String actionLine(Summary.Action action, Messages messages, LocalDate today) {
        return messages.get("lsp.completion.action", action.text() == null ? "" : action.text().value(),
                action.owner() == null ? "?" : action.owner().text(),
                day(action.due() == null ? null : action.due().date(), messages, today));
    }

    /** A date in a sentence (see {@link Days#on}): "10 Sep", «10 сентября». */
    public static String day(LocalDate date, Messages messages, LocalDate today) {
        return messages.format(Days.on(date, today));
    }

    /**
     * The parts over time ("decision-maker since 2026-10-12"), then "left on
     * …" (or "leaves on …" when {@code now} is before it) and the absences
     * ("away until …" while it lasts, else "away from … until …").
     */
    private static List<String> flags(Person person, Messages messages, LocalDateTime now, LocalDate today) {
        List<String> flags = new ArrayList<>();
        for (Part part : person.parts()) {
            flags.add(partLabel(part, messages, "lsp.card." + part.kind().keyword(), today));
        }
        if (person.left() != null && person.left().at() != null) {
            boolean ahead = now != null && !person.leftBy(now);
            flags.add(messages.get(ahead ? "lsp.card.leavesOn" : "lsp.card.leftOn",
                    day(person.left().day().date(), messages, today)));
        }
        for (Absence absence : person.away()) {
            if (absence.valid()) {
                flags.add(now != null && absence.holdsAt(now)
                        ? messages.get("lsp.card.awayUntil", day(absence.until().date(), messages, today))
                        : messages.get("lsp.card.awayFromTo", day(absence.from().date(), messages, today),
                                day(absence.until().date(), messages, today)));
            }
        }
        return flags;
    }

    /** "decision-maker", "decision-maker since 12 Oct", "… until …", "… from … until …"; {@code key} names the part. */
    public static String partLabel(Part part, Messages messages, String key, LocalDate today) {
        String since = part.since() == null || part.since().date() == null ? null
                : day(part.since().date(), messages, today);
        String until = part.until() == null || part.until().date() == null ? null
                : day(part.until().date(), messages, today);
        String cardKey = "lsp.card." + part.kind().keyword();
        if (since != null && until != null) {
            return messages.get(cardKey + "FromTo", since, until);
        }
        if (since != null) {
            return messages.get(cardKey + "Since", since);
        }
        if (until != null) {
            return messages.get(cardKey + "Until", until);
        }
        return messages.get(key);
    }

    /** "Alexei Petrov — designer, member of our team". */
    public static String memberLine(Member member, Messages messages) {
        List<String> about = new ArrayList<>();
        if (member.role() != null) {
            about.add(member.role().value());
        }
        about.add(messages.get("lsp.card.member"));
        return member.displayName() + " — " + String.join(", ", about);
    }

    public String member(Member member) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(member.displayName())).append("** · ")
                .append(Markdown.code(member.id().text()));
        if (member.role() != null) {
            out.append("  \n").append(Markdown.escape(member.role().value()));
        }
        out.append("\n\n").append(capitalize(messages.get("lsp.card.member"))).append('\n');
        field(out, "lsp.card.email", member.email() == null ? null : member.email().value());
        field(out, "lsp.card.phone", member.phone() == null ? null : member.phone().value());
        return out.toString().strip();
    }

    // ---- Markdown cards

    public String person(Project project, Person person) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(person.displayName())).append("** · ")
                .append(Markdown.code(person.id().text()));
        if (person.role() != null) {
            out.append("  \n").append(Markdown.escape(person.role().value()));
        }
        LocalDateTime now = project == null ? null : now(project);
        List<String> flags = flags(person, messages, now, now == null ? null : now.toLocalDate());
        if (!flags.isEmpty()) {
            out.append("\n\n").append(capitalize(String.join(" · ", flags)));
        }
        out.append("\n");
        if (!person.goals().isEmpty()) {
            out.append("\n**").append(messages.get("lsp.card.goals")).append("**\n");
            for (Goal goal : person.goals()) {
                out.append("- ").append(Markdown.escape(goal.text().value())).append('\n');
            }
        }
        field(out, "lsp.card.motivation", person.motivation() == null ? null : person.motivation().value());
        field(out, "lsp.card.speaks", person.speaks() == null ? null : person.speaks().value());
        field(out, "lsp.card.prefers", person.prefers() == null ? null
                : messages.get("kind." + person.prefers().keyword())
                        + (person.prefersChannel() == null ? "" : " (" + person.prefersChannel().value() + ")"));
        field(out, "lsp.card.email", person.email() == null ? null : person.email().value());
        field(out, "lsp.card.phone", person.phone() == null ? null : person.phone().value());
        if (project != null) {
            Touch last = project.lastTouchWith(person.id().text(), now);
            String lastTouch = messages.get("lsp.card.noTouch");
            if (last != null) {
                long days = ChronoUnit.DAYS.between(last.at().toLocalDate(), now.toLocalDate());
                lastTouch = line(project, last) + " — " + messages.get("lsp.card.daysAgo", days);
            }
            out.append('\n').append("**").append(messages.get("lsp.card.lastTouch")).append(":** ")
                    .append(Markdown.escape(lastTouch)).append("  ");
            out.append('\n').append("**").append(messages.get("lsp.card.trust")).append(":** ")
                    .append(trust(analysis.trust(project, person)));
        }
        return out.toString().strip();
    }

    public String touch(Project project, Touch touch) {
        StringBuilder out = new StringBuilder();
        String kind = touch.kind() == null ? messages.get("kind.other") : messages.get("kind." + touch.kind().keyword());
        out.append("**").append(Markdown.escape(capitalize(kind))).append("**");
        if (touch.direction() != null) {
            out.append(' ').append(Markdown.escape(messages.format(Labels.direction(project, touch))));
        }
        if (touch.when() != null) {
            LocalDate today = project == null ? null : now(project).toLocalDate();
            out.append(" · ").append(Markdown.escape(messages.format(touch.at() == null ? Days.on(null, today)
                    : touch.when().hasTime() ? Days.at(touch.at(), today) : Days.on(touch.at().toLocalDate(), today))));
        }
        if (touch.id() != null) {
            out.append(" · ").append(Markdown.code(touch.id().text()));
        }
        if (touch.title() != null) {
            out.append("  \n").append(Markdown.escape("\"" + touch.title().value() + "\""));
        }
        out.append('\n');
        if (touch.direction() != null) {
            out.append("\n*").append(messages.get("lsp.card.direction." + touch.direction().keyword())).append("*\n");
        }
        field(out, "lsp.card.purpose", touch.purpose() == null ? null : touch.purpose().value());
        field(out, "lsp.card.benefit", touch.benefit() == null ? null : touch.benefit().value());
        if (project != null) {
            LocalDateTime now = now(project);
            if (touch.isPlannedAt(now)) {
                out.append("\n*").append(messages.get("lsp.card.planned")).append("*\n");
            }
            if (touch.isIncoming()) {
                field(out, "lsp.card.reply", replyStatus(project, touch, now));
            }
            if (QuestionState.isOurQuestion(touch)) {
                field(out, "lsp.card.answer", questionStatus(project, touch, now));
            }
            if (touch.replyTo() != null) {
                Touch target = project.touch(touch.replyTo().text());
                field(out, "lsp.card.repliesTo", target == null ? touch.replyTo().text() : line(project, target));
                if (touch.isAck()) {
                    field(out, "lsp.card.ack", touch.eta() == null || touch.eta().date() == null
                            ? messages.get("lsp.card.ackNoEta")
                            : messages.get("lsp.card.ackEta", day(touch.eta().date(), project)));
                }
            }
            if (!touch.agreements().isEmpty()) {
                out.append("\n**").append(messages.get("lsp.card.agreements")).append("**\n");
                for (Agreement agreement : touch.agreements()) {
                    out.append("- ").append(Markdown.code(agreement.id().text()));
                    if (agreement.text() != null) {
                        out.append(' ').append(Markdown.escape("\"" + agreement.text().value() + "\""));
                    }
                    out.append(" — ").append(Markdown.escape(recorded(project, touch, agreement))).append('\n');
                }
            }
        }
        if (!touch.summaries().isEmpty()) {
            int decisions = 0;
            int actions = 0;
            for (var summary : touch.summaries()) {
                decisions += summary.decisions().size();
                actions += summary.actions().size();
            }
            field(out, "lsp.card.summary", messages.get("lsp.card.summaryCounts", touch.summaries().size(), decisions,
                    actions));
        }
        return out.toString().strip();
    }

    public String agreement(Project project, Agreement agreement) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(messages.get("lsp.card.agreement")).append("** ")
                .append(Markdown.code(agreement.id().text()));
        if (agreement.text() != null) {
            out.append("  \n").append(Markdown.escape("\"" + agreement.text().value() + "\""));
        }
        out.append('\n');
        Touch touch = project == null ? null : project.touchOf(agreement);
        if (touch != null) {
            field(out, "lsp.card.madeIn", line(project, touch));
            out.append('\n').append(Markdown.escape(capitalize(recorded(project, touch, agreement))));
        }
        return out.toString().strip();
    }

    public String expectation(Project project, Expectation expectation) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(expectation.title() == null ? expectation.id().text()
                : expectation.title().value())).append("** · ").append(Markdown.code(expectation.id().text()))
                .append('\n');
        field(out, "lsp.card.expected", expectationLine(expectation, messages, project == null ? null
                : now(project).toLocalDate()));
        if (project == null) {
            return out.toString().strip();
        }
        ObligationState state = ObligationState.of(project, expectation, deadlines(project));
        List<String> parts = new ArrayList<>();
        for (Expectation.Receipt part : state.parts()) {
            parts.add(part.partly().value() + " (" + day(part.date() == null ? null : part.date().date(), project)
                    + ")");
        }
        if (!parts.isEmpty()) {
            field(out, "lsp.card.parts", String.join("; ", parts));
        }
        if (state.closed()) {
            field(out, "lsp.card.received", day(state.closedOn() == null ? null : state.closedOn().date(), project));
        } else {
            obligationStatus(project, out, state);
        }
        return out.toString().strip();
    }

    /** An action of a summary: its owner, due day, state and, for the client's, the reminders. */
    public String action(Project project, Summary.Action action) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(messages.get("lsp.card.action")).append("**");
        if (action.id() != null) {
            out.append(" · ").append(Markdown.code(action.id().text()));
        }
        if (action.text() != null) {
            out.append("  \n").append(Markdown.escape("\"" + action.text().value() + "\""));
        }
        out.append('\n');
        field(out, "lsp.card.owner", action.owner() == null ? null : action.owner().text());
        field(out, "lsp.card.due", action.due() == null || action.due().date() == null ? null
                : day(action.due().date(), project));
        if (project == null) {
            return out.toString().strip();
        }
        ActionState state = ActionState.of(project, action, deadlines(project));
        String status;
        if (state.done()) {
            status = action.doneOn() == null || action.doneOn().date() == null ? messages.get("lsp.card.done")
                    : messages.get("lsp.card.doneOn", day(action.doneOn().date(), project));
        } else if (state.overdue()) {
            status = messages.get(state.clientOwned() ? "lsp.card.actionOverdue" : "lsp.card.actionOursOverdue");
        } else if (state.pastDue()) {
            status = messages.get("lsp.card.actionReminded",
                    day(deadlines(project).remindAgain(state.obligation().lastReminder().at()).toLocalDate(), project));
        } else {
            status = messages.get("lsp.card.actionOpen");
        }
        field(out, "lsp.card.state", status);
        if (state.clientOwned() && !state.done()) {
            obligationStatus(project, out, state.obligation());
        }
        return out.toString().strip();
    }

    private void obligationStatus(Project project, StringBuilder out, ObligationState state) {
        List<String> reminders = new ArrayList<>();
        for (Touch reminder : state.reminders()) {
            reminders.add(line(project, reminder));
        }
        field(out, "lsp.card.reminders", reminders.isEmpty() ? messages.get("lsp.card.none")
                : String.join("; ", reminders));
        if (state.overdue()) {
            field(out, "lsp.card.overdueSince", day(state.overdueSince().toLocalDate(), project));
        }
    }

    public String project(Project project) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(project.title())).append("** · ").append(Markdown.code(project.id()))
                .append('\n');
        field(out, "lsp.card.client", project.client() == null ? null : project.client().value());
        field(out, "lsp.card.manager", project.manager() == null ? null : project.manager().value());
        if (project.pause() == null) {
            field(out, "lsp.card.status", project.status().name().toLowerCase(Locale.ROOT));
        }
        if (project.pause() != null && project.pause().until() != null && project.pause().until().valid()) {
            field(out, "lsp.card.status", messages.get("lsp.card.pausedUntil",
                    day(project.pause().until().date(), project)));
        }
        String launch = project.launch() == null || project.launch().date() == null ? null
                : day(project.launch().date(), project);
        if (launch != null && !project.launchWas().isEmpty()) {
            List<String> was = new ArrayList<>();
            for (var day : project.launchWas()) {
                was.add(day(day.date(), project));
            }
            launch += " (" + messages.get("lsp.card.launchWas", String.join(", ", was)) + ")";
        }
        field(out, "lsp.card.launch", launch);
        int errors = 0;
        int warnings = 0;
        for (Finding finding : analysis.findingsOf(project)) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        field(out, "lsp.card.findings", messages.get("lsp.card.findingCounts", errors, warnings));
        out.append('\n').append("**").append(messages.get("lsp.card.trust")).append(":** ")
                .append(trust(analysis.trust(project)));
        return out.toString().strip();
    }

    public String rule(RuleInfo info) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(messages.get(info.titleKey()))).append("** · ")
                .append(Markdown.code(info.id())).append("\n\n");
        out.append(Markdown.escape(messages.get(info.descriptionKey()))).append("\n\n");
        out.append("**").append(messages.get("lsp.card.defaultSeverity")).append(":** ")
                .append(messages.get("severity." + info.defaultSeverity().name().toLowerCase(Locale.ROOT)));
        if (!info.practice().isEmpty()) {
            out.append(" · **").append(messages.get("lsp.card.practice")).append(":** ").append(info.practice());
        }
        out.append("\n\n[").append(messages.get("lsp.card.docs")).append("](").append(info.docsUrl()).append(')');
        return out.toString();
    }

    // ---- helpers

    private void field(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append('\n').append("**").append(messages.get(key)).append(":** ").append(Markdown.escape(value))
                    .append("  ");
        }
    }

    private LocalDateTime now(Project project) {
        return analysis.now(project);
    }

    private String trust(Trust trust) {
        return trust.known() ? trust.percent() + "%" : messages.get("lsp.card.trustUnknown");
    }

    private Timing deadlines(Project project) {
        return analysis.context(project).deadlines();
    }

    private String replyStatus(Project project, Touch incoming, LocalDateTime now) {
        if (incoming.at() == null || incoming.isPlannedAt(now)) {
            return null;
        }
        ReplyState replies = ReplyState.of(project, incoming, deadlines(project));
        if (incoming.isNoReply()) {
            return incoming.noreplyReason() == null || incoming.noreplyReason().isBlank()
                    ? messages.get("lsp.card.noreply")
                    : messages.get("lsp.card.noreplyBecause", incoming.noreplyReason().value());
        }
        if (!replies.needed()) {
            return messages.get(ReplyState.answersOurQuestion(project, incoming) ? "lsp.card.answersOurQuestion"
                    : "lsp.card.inConversation");
        }
        Touch answer = replies.answer();
        if (answer != null) {
            return messages.get("lsp.card.answered", date(answer, project));
        }
        Touch ack = replies.ack();
        if (ack != null) {
            return replies.eta() == null || replies.eta().date() == null
                    ? messages.get("lsp.card.acknowledged", date(ack, project))
                    : messages.get("lsp.card.acknowledgedEta", date(ack, project), day(replies.eta().date(), project));
        }
        LocalDateTime deadline = replies.deadline();
        String due = messages.format(Days.deadline(deadline, now.toLocalDate()));
        return messages.get(replies.status() == ReplyState.Status.NO_ACK ? "lsp.card.waitingLate"
                : "lsp.card.waiting", due);
    }

    /** A question we sent: answered when and by what, or open and when to ask again. */
    private String questionStatus(Project project, Touch question, LocalDateTime now) {
        if (question.at() == null || question.isPlannedAt(now)) {
            return null;
        }
        QuestionState state = QuestionState.of(project, question, deadlines(project));
        if (state.answer() != null) {
            return messages.get("lsp.card.questionAnswered", line(project, state.answer()));
        }
        return messages.get(state.overdue() ? "lsp.card.questionOverdue" : "lsp.card.questionOpen",
                day(state.askAgain().toLocalDate(), project));
    }

    private String date(Touch touch, Project project) {
        return day(touch.at() == null ? null : touch.at().toLocalDate(), project);
    }

    /** A touch by its label and its people's display names, its date said relative to the project's "now". */
    private String line(Project project, Touch touch) {
        return touchLine(project, touch, messages, project == null ? null : now(project).toLocalDate());
    }

    /** A date in a sentence, with its year when that is not the year of the project's "now". */
    private String day(LocalDate date, Project project) {
        return day(date, messages, project == null ? null : now(project).toLocalDate());
    }

    private String recorded(Project project, Touch touch, Agreement agreement) {
        AgreementState state = AgreementState.of(project, agreement, deadlines(project));
        List<String> parts = new ArrayList<>();
        if (state.replacedBy() != null) {
            parts.add(messages.get("lsp.card.replacedBy", state.replacedBy().id().text(),
                    line(project, state.replacedIn())));
        }
        if (state.madeInWriting()) {
            parts.add(messages.get("lsp.card.madeInWriting"));
        } else if (state.recorded()) {
            String recorded = messages.get("lsp.card.recorded", line(project, state.firstConfirmation()));
            parts.add(state.confirmedLate() ? messages.get("lsp.card.recordedLate", recorded,
                    messages.format(Durations.within(deadlines(project).confirmWithin()))) : recorded);
        } else if (state.replacedBy() == null) {
            parts.add(messages.get("lsp.card.notRecorded"));
        }
        if (agreement.replaces() != null) {
            parts.add(messages.get("lsp.card.replaces", agreement.replaces().text()));
        }
        return String.join("; ", parts);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
