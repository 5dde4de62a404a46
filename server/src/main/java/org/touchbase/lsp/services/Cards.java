package org.touchbase.lsp.services;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.rules.practice.Replies;
import org.touchbase.core.rules.practice.UnrecordedAgreement;
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
    public static String personLine(Person person, Messages messages) {
        List<String> about = new ArrayList<>();
        if (person.role() != null) {
            about.add(person.role().value());
        }
        about.addAll(flags(person, messages));
        return about.isEmpty() ? person.displayName() : person.displayName() + " — " + String.join(", ", about);
    }

    /** "\"Which hosting?\" (letter, 2026-09-10) from boris". */
    public static String touchLine(Touch touch, Messages messages) {
        String label = messages.format(Labels.touch(touch));
        if (touch.direction() == null || touch.people().isEmpty()) {
            return label;
        }
        return label + " " + touch.direction().keyword() + " " + Labels.people(touch);
    }

    public static String expectationLine(Expectation expectation, Messages messages) {
        return messages.get("lsp.completion.expectation",
                expectation.title() == null ? expectation.id().text() : expectation.title().value(),
                expectation.from() == null ? "?" : expectation.from().text(),
                expectation.due() == null || expectation.due().date() == null ? "?" : expectation.due().date().toString());
    }

    private static List<String> flags(Person person, Messages messages) {
        List<String> flags = new ArrayList<>();
        if (person.decides()) {
            flags.add(messages.get("lsp.card.decides"));
        }
        if (person.backup()) {
            flags.add(messages.get("lsp.card.backup"));
        }
        if (person.contact()) {
            flags.add(messages.get("lsp.card.contact"));
        }
        return flags;
    }

    // ---- Markdown cards

    public String person(Project project, Person person) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(person.displayName())).append("** · ")
                .append(Markdown.code(person.id().text()));
        if (person.role() != null) {
            out.append("  \n").append(Markdown.escape(person.role().value()));
        }
        List<String> flags = flags(person, messages);
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
                : messages.get("kind." + person.prefers().keyword()));
        field(out, "lsp.card.email", person.email() == null ? null : person.email().value());
        field(out, "lsp.card.phone", person.phone() == null ? null : person.phone().value());
        if (project != null) {
            LocalDateTime now = now(project);
            Touch last = null;
            for (Touch touch : project.touches()) {
                if (touch.involves(person.id().text()) && touch.happenedBy(now)
                        && (last == null || touch.at().isAfter(last.at()))) {
                    last = touch;
                }
            }
            String lastTouch = messages.get("lsp.card.noTouch");
            if (last != null) {
                long days = ChronoUnit.DAYS.between(last.at().toLocalDate(), now.toLocalDate());
                lastTouch = touchLine(last, messages) + " — " + messages.get("lsp.card.daysAgo", days);
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
            out.append(' ').append(touch.direction().keyword()).append(' ').append(Markdown.escape(Labels.people(touch)));
        }
        if (touch.when() != null) {
            out.append(" · ").append(Markdown.escape(touch.at() == null ? "?" : touch.when().hasTime()
                    ? touch.at().toLocalDate() + " " + touch.at().toLocalTime() : touch.at().toLocalDate().toString()));
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
            if (touch.replyTo() != null) {
                Touch target = project.touch(touch.replyTo().text());
                field(out, "lsp.card.repliesTo", target == null ? touch.replyTo().text() : touchLine(target, messages));
                if (touch.isAck()) {
                    field(out, "lsp.card.ack", touch.eta() == null || touch.eta().date() == null
                            ? messages.get("lsp.card.ackNoEta")
                            : messages.get("lsp.card.ackEta", touch.eta().date().toString()));
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
            field(out, "lsp.card.madeIn", touchLine(touch, messages));
            out.append('\n').append(Markdown.escape(capitalize(recorded(project, touch, agreement))));
        }
        return out.toString().strip();
    }

    public String expectation(Project project, Expectation expectation) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(expectation.title() == null ? expectation.id().text()
                : expectation.title().value())).append("** · ").append(Markdown.code(expectation.id().text()))
                .append('\n');
        field(out, "lsp.card.expected", expectationLine(expectation, messages));
        if (expectation.isReceived()) {
            field(out, "lsp.card.received", expectation.received().date() == null ? "?"
                    : expectation.received().date().toString());
        } else if (project != null) {
            List<String> reminders = new ArrayList<>();
            for (Touch reminder : project.remindersOf(expectation)) {
                reminders.add(touchLine(reminder, messages));
            }
            field(out, "lsp.card.reminders", reminders.isEmpty() ? messages.get("lsp.card.none")
                    : String.join("; ", reminders));
        }
        return out.toString().strip();
    }

    public String project(Project project) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(Markdown.escape(project.title())).append("** · ").append(Markdown.code(project.id()))
                .append('\n');
        field(out, "lsp.card.client", project.client() == null ? null : project.client().value());
        field(out, "lsp.card.manager", project.manager() == null ? null : project.manager().value());
        field(out, "lsp.card.status", project.status().name().toLowerCase(Locale.ROOT));
        field(out, "lsp.card.launch", project.launch() == null || project.launch().date() == null ? null
                : project.launch().date().toString());
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
        Settings settings = analysis.settings(project);
        return settings != null ? settings.now() : LocalDateTime.now();
    }

    private String trust(Trust trust) {
        return trust.known() ? trust.percent() + "%" : messages.get("lsp.card.trustUnknown");
    }

    private String replyStatus(Project project, Touch incoming, LocalDateTime now) {
        if (incoming.at() == null || incoming.isPlannedAt(now)) {
            return null;
        }
        List<Touch> sent = Replies.sent(project, incoming, now);
        for (Touch reply : sent) {
            if (!reply.isAck()) {
                return messages.get("lsp.card.answered", date(reply));
            }
        }
        if (!sent.isEmpty()) {
            Touch ack = sent.get(sent.size() - 1);
            return ack.eta() == null || ack.eta().date() == null ? messages.get("lsp.card.acknowledged", date(ack))
                    : messages.get("lsp.card.acknowledgedEta", date(ack), ack.eta().date().toString());
        }
        Settings settings = analysis.settings(project);
        LocalDateTime deadline = incoming.at().plus(project.respondWithin(
                settings != null ? settings.respondWithin() : Settings.DEFAULT_RESPOND_WITHIN));
        String due = deadline.toLocalDate() + (deadline.toLocalTime().equals(LocalTime.MIDNIGHT) ? ""
                : " " + deadline.toLocalTime());
        return messages.get(now.isAfter(deadline) ? "lsp.card.waitingLate" : "lsp.card.waiting", due);
    }

    private static String date(Touch touch) {
        return touch.at() == null ? "?" : touch.at().toLocalDate().toString();
    }

    private String recorded(Project project, Touch touch, Agreement agreement) {
        if (touch.isWritten()) {
            return messages.get("lsp.card.madeInWriting");
        }
        Settings settings = analysis.settings(project);
        LocalDateTime now = now(project);
        RuleContext rules = new RuleContext(project, now,
                settings != null ? settings.respondWithin() : Settings.DEFAULT_RESPOND_WITHIN,
                settings != null ? settings.cadence() : Settings.DEFAULT_CADENCE, new ArrayList<>());
        if (UnrecordedAgreement.isRecorded(rules, touch, agreement)) {
            for (Touch confirmation : project.confirmationsOf(agreement)) {
                if (confirmation.isWritten()) {
                    return messages.get("lsp.card.recorded", touchLine(confirmation, messages));
                }
            }
        }
        return messages.get("lsp.card.notRecorded");
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
