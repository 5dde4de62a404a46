package org.touchbase.core.rules.practice;

import java.time.Duration;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Message;

/** How findings name a touch: its title or kind, and its date. */
final class Labels {

    private Labels() {
    }

    static Message touch(Touch touch) {
        Object kind = touch.kind() == null ? "touch" : Message.of("kind." + touch.kind().keyword());
        String date = touch.when() == null ? "?" : touch.when().date() == null ? "?" : touch.when().date().toString();
        if (touch.title() != null) {
            return Message.of("label.titledTouch", touch.title().value(), kind, date);
        }
        return Message.of("label.touch", kind, date);
    }

    static String people(Touch touch) {
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
    static Object parts(java.util.List<org.touchbase.core.model.Expectation.Receipt> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (org.touchbase.core.model.Expectation.Receipt part : parts) {
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
    static String amount(Duration duration) {
        return Length.spoken(duration).compact();
    }
}
