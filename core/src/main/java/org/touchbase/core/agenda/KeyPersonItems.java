package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.practice.KeyPersonLeaving;

/**
 * A decision-maker or contact who leaves (or left) with nobody to take
 * over: the {@code key-person-leaving} findings, by the day of leaving.
 */
final class KeyPersonItems implements AgendaSource {

    private static final String RULE = KeyPersonLeaving.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Person person : context.project().people()) {
            Finding finding = context.finding(RULE, person);
            if (finding != null && person.left() != null && person.left().at() != null) {
                context.overdue(finding, person.left().at().toLocalDate().minusDays(1), null, Kinds.KEY_PERSON_LEAVING,
                        "left:" + person.id().text(), List.of(person.displayName()));
            }
        }
    }
}
