package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Message;

/** What the client owes ({@code expect}) and has not given yet; late ones are the {@code obligation-overdue} findings. */
final class ObligationItems implements AgendaSource {

    private static final String RULE = "obligation-overdue";

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Expectation expectation : context.project().expectations()) {
            if (expectation.isReceived() || expectation.due() == null || !expectation.due().valid()) {
                continue;
            }
            List<String> people = expectation.from() == null ? List.of() : List.of(context.name(expectation.from()));
            String identity = "expect:" + expectation.id().text();
            Finding late = context.finding(RULE, expectation);
            if (late != null) {
                context.overdue(late, expectation.due().date(), null, Kinds.OBLIGATION, identity, people);
                continue;
            }
            String title = expectation.title() == null ? expectation.id().text() : expectation.title().value();
            String from = expectation.from() == null ? "?" : expectation.from().text();
            Message rule = Message.of("finding.obligation-overdue", title, from,
                    expectation.due().date().toString(), expectation.id().text());
            context.due(expectation.due().date(), null, Kinds.OBLIGATION, identity, people,
                    Message.of("agenda.obligation", title, String.join(", ", people)), Message.fixOf(rule), List.of(),
                    expectation.file(), expectation.span());
        }
    }
}
