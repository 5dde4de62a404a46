package org.touchbase.core.rules.practice;

import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Message;

/** How findings name a touch: its title or kind, and its date. */
public final class Labels {

    private Labels() {
    }

    public static Message touch(Touch touch) {
        Object kind = touch.kind() == null ? "touch" : Message.of("kind." + touch.kind().keyword());
        String date = touch.when() == null ? "?" : touch.when().date() == null ? "?" : touch.when().date().toString();
        if (touch.title() != null) {
            return Message.of("label.titledTouch", touch.title().value(), kind, date);
        }
        return Message.of("label.touch", kind, date);
    }

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

    /** A span of time as people say it: hours below two days, days above. */
    static String amount(java.time.Duration duration) {
        long hours = Math.max(1, (duration.toMinutes() + 59) / 60);
        return hours < 48 ? hours + "h" : (hours + 23) / 24 + "d";
    }
}
