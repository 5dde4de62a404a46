package org.touchbase.core.rules.practice;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Status;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/**
 * 4 "does not know what changed at the client", 2.2 Plan B: a person who
 * decides or is the contact now (or was, until leaving less than the
 * cadence ago) has a {@code left} date, and nobody else holds that part
 * from that date on.
 */
public final class KeyPersonLeaving extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("key-person-leaving", Severity.WARNING, "4, 2.2",
            Status.ACTIVE, Status.PAUSED);

    private static final Part.Kind[] KEY = {Part.Kind.DECIDES, Part.Kind.CONTACT};

    public KeyPersonLeaving() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        LocalDateTime now = context.now();
        for (Person person : context.project().people()) {
            LocalDateTime gone = person.left() == null ? null : person.left().at();
            if (gone == null) {
                continue;
            }
            boolean future = now.isBefore(gone);
            if (!future && !now.isBefore(context.after(gone, context.cadence()))) {
                continue;
            }
            List<Part.Kind> uncovered = new ArrayList<>();
            for (Part.Kind kind : KEY) {
                boolean held = future ? person.holds(kind, now) : heldUntilLeaving(person, kind, gone);
                if (held && !takenOver(context, person, kind, gone)) {
                    uncovered.add(kind);
                }
            }
            if (uncovered.isEmpty()) {
                continue;
            }
            Message part = Message.of(uncovered.size() == 2 ? "leaving.both" : "leaving." + uncovered.get(0).keyword());
            context.report(person, person.left().span(), future ? "future" : "past", person.displayName(),
                    Days.on(gone.toLocalDate(), context.today()), part);
        }
    }

    /** The part held on the person's last day before leaving. */
    private static boolean heldUntilLeaving(Person person, Part.Kind kind, LocalDateTime gone) {
        Part part = person.part(kind);
        return part != null && part.holdsAt(gone.minusMinutes(1));
    }

    /** Another person holds the part on the day of leaving, or takes it up later. */
    private static boolean takenOver(RuleContext context, Person leaving, Part.Kind kind, LocalDateTime gone) {
        for (Person other : context.project().people()) {
            if (other == leaving || other.part(kind) == null) {
                continue;
            }
            LocalDateTime start = other.part(kind).start();
            if (other.holds(kind, gone) || (start != null && start.isAfter(gone) && other.holds(kind, start))) {
                return true;
            }
        }
        return false;
    }
}
