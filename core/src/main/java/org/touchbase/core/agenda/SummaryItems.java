package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.Labels;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;

/**
 * Meetings and presentations to sum up: those of today that have taken
 * place, and the {@code meeting-without-summary} findings for earlier ones.
 */
final class SummaryItems implements AgendaSource {

    private static final String RULE = MeetingWithoutSummary.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Touch touch : context.project().touches()) {
            if (touch.kind() == null || !touch.kind().needsSummary() || touch.at() == null
                    || touch.summaries().stream().anyMatch(Summary::isFilledIn)) {
                continue;
            }
            List<String> people = context.names(touch.people());
            Finding late = context.finding(RULE, touch);
            if (late != null) {
                context.overdue(late, touch.at().toLocalDate(), null, Kinds.SUMMARY, context.identity(touch), people);
            } else if (touch.happenedBy(context.now()) && touch.at().toLocalDate().equals(context.today())) {
                Message rule = Message.of(touch.summaries().isEmpty() ? "finding." + RULE : "finding." + RULE + ".empty",
                        Labels.touch(touch, context.today()));
                context.due(context.today(), null, Kinds.SUMMARY, context.identity(touch), people,
                        Message.problemOf(rule), Message.fixOf(rule), List.of(), touch.file(), touch.header());
            }
        }
    }
}
