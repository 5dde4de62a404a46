package org.touchbase.core.rules.practice;

import java.time.Duration;
import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Touch;

/**
 * How findings, hover cards and completion name a touch (its title or kind,
 * and its date) and its people: one wording everywhere.
 */
public final class Labels {

    private Labels() {
    }

    /** {@code "Which hosting?" (letter, 2026-09-10)}, or {@code the letter of 2026-09-10} without a title. */
    public static Message touch(Touch touch) {
        Message kind = Message.of(touch.kind() == null ? "kind.other" : "kind." + touch.kind().keyword());
        String date = touch.when() == null ? "?" : touch.when().date() == null ? "?" : touch.when().date().toString();
        if (touch.title() != null) {
            return Message.of("label.titledTouch", touch.title().value(), kind, date);
        }
        return Message.of("label.touch", kind, date);
    }

    /** The ids of the touch's people, as written: {@code anna, boris}. */
    public static String people(Touch touch) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < touch.people().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(touch.people().get(i).text());
        }
        return out.toString();
    }

    /** What came of an obligation so far ({@code received … partly}), or an empty text when nothing did. */
    public static Object parts(List<Expectation.Receipt> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Expectation.Receipt part : parts) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(part.partly().value());
            if (part.date() != null && part.date().valid()) {
                out.append(" (").append(part.date().date()).append(')');
            }
        }
        return Message.of("label.parts", out.toString());
    }

    /** A span of time as people say it: hours below two days, days above. */
    public static String amount(Duration duration) {
        return Length.spoken(duration).compact();
    }
}
