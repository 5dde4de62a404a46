package org.touchbase.lsp.services;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * Lenses above each project (its trust index, its open findings, the days
 * to launch) and each person (their trust index, how many touches they had,
 * the last one), all as of the project's "now". They are labels: they run
 * no command.
 */
public final class CodeLensService {

    public List<CodeLens> codeLenses(DocumentContext context) {
        Analysis analysis = context.analysis();
        Messages messages = context.messages();
        List<CodeLens> lenses = new ArrayList<>();
        for (Block block : context.document().blocks()) {
            Project project = analysis.knowledgeBase().projectOf(block);
            if (project == null) {
                continue;
            }
            LocalDateTime now = analysis.settings(project) == null ? null : analysis.now(project);
            if (project.declaration() == block) {
                Range at = TextEdits.range(context.file(), block.name().span());
                lenses.add(lens(at, trust(analysis.trust(project), messages)));
                lenses.add(lens(at, messages.get("lsp.lens.findings", analysis.findingsOf(project).size())));
                if (now != null && project.launch() != null && project.launch().valid()) {
                    long days = ChronoUnit.DAYS.between(now.toLocalDate(), project.launch().date());
                    lenses.add(lens(at, days > 0 ? messages.get("lsp.lens.launchIn", days)
                            : days == 0 ? messages.get("lsp.lens.launchToday")
                            : messages.get("lsp.lens.launchedAgo", -days)));
                }
            }
            for (Person person : block.people()) {
                if (project.person(person.id().text()) == person) {
                    person(lenses, context, analysis, project, person, now);
                }
            }
        }
        return lenses;
    }

    private static void person(List<CodeLens> lenses, DocumentContext context, Analysis analysis, Project project,
            Person person, LocalDateTime now) {
        Messages messages = context.messages();
        Range at = TextEdits.range(context.file(), person.id().span());
        lenses.add(lens(at, trust(analysis.trust(project, person), messages)));
        if (now == null) {
            return;
        }
        int count = project.touchesWith(person.id().text(), now);
        Touch last = project.lastTouchWith(person.id().text(), now);
        lenses.add(lens(at, messages.get("lsp.lens.touches", count)));
        if (last != null) {
            LocalDate day = last.at().toLocalDate();
            lenses.add(lens(at, messages.get("lsp.lens.lastTouch", messages.format(Days.on(day, now.toLocalDate())),
                    messages.get("lsp.card.daysAgo", ChronoUnit.DAYS.between(day, now.toLocalDate())))));
        }
    }

    private static String trust(Trust trust, Messages messages) {
        return trust.known() ? messages.get("lsp.lens.trust", trust.percent()) : messages.get("lsp.lens.trustUnknown");
    }

    private static CodeLens lens(Range range, String title) {
        return new CodeLens(range, new Command(title, ""), null);
    }
}
