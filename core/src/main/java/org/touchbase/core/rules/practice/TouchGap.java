package org.touchbase.core.rules.practice;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 3.3, 4: touches have a frequency; silence with the decision-maker or the contact loses the project. */
public final class TouchGap extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("touch-gap", Severity.WARNING, "3.3, 4");

    public TouchGap() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        Map<String, LocalDateTime> last = lastTouches(context);
        LocalDateTime now = context.now();
        String cadence = Length.format(context.cadence());
        for (Person person : context.project().people()) {
            if (!person.isKey()) {
                continue;
            }
            LocalDateTime lastTouch = last.get(person.id().text());
            if (lastTouch != null) {
                Duration silence = Duration.between(lastTouch, now);
                if (silence.compareTo(context.cadence()) > 0) {
                    context.report(person, person.focus(), null, person.displayName(), silence.toDays(),
                            lastTouch.toLocalDate().toString(), cadence);
                }
            } else if (context.project().starts() != null && context.project().starts().valid()) {
                Duration since = Duration.between(context.project().starts().date().atStartOfDay(), now);
                if (since.compareTo(context.cadence()) > 0) {
                    context.report(person, person.focus(), "never", person.displayName(), since.toDays(), cadence);
                }
            }
        }
    }

    /** The latest touch that has happened with each person. */
    public static Map<String, LocalDateTime> lastTouches(RuleContext context) {
        Map<String, LocalDateTime> last = new HashMap<>();
        for (Touch touch : context.project().touches()) {
            if (!touch.happenedBy(context.now())) {
                continue;
            }
            for (Name person : touch.people()) {
                last.merge(person.text(), touch.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }
}
