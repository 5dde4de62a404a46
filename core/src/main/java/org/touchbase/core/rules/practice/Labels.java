package org.touchbase.core.rules.practice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.workspace.Project;

/**
 * How findings, hover cards and completion name a touch (its title or kind,
 * and its date) and its people: one wording everywhere.
 */
public final class Labels {

    /* Each kind of touch as sentences name it, made once: a workspace's findings name kinds by the ten thousand. */
    private static final Message[] KINDS = Arrays.stream(TouchKind.values())
            .map(kind -> Message.of("kind." + kind.keyword())).toArray(Message[]::new);
    private static final Message OTHER = Message.of("kind.other");

    private Labels() {
    }

    /** The kind of a touch in a sentence: "letter", «письмо». */
    public static Message kind(TouchKind kind) {
        return KINDS[kind.ordinal()];
    }

    /**
     * {@code "Which hosting?" (letter, 10 Sep)}, or {@code the letter of 10 Sep} without a title; the date
     * as {@link Days#on} says it, with its year when that is not the year of {@code today}.
     */
    public static Message touch(Touch touch, LocalDate today) {
        Message kind = touch.kind() == null ? OTHER : kind(touch.kind());
        Message date = Days.on(touch.when() == null ? null : touch.when().date(), today);
        if (touch.title() != null) {
            return Message.of("label.titledTouch", touch.title().value(), kind, date);
        }
        return Message.of("label.touch", kind, date);
    }

    /**
     * The touch's people by display name: {@code Anna Ivanova, Boris Petrov} (see {@link Project#nameOf});
     * by id when the touch is in no project.
     */
    public static String people(Project project, Touch touch) {
        return project == null ? ids(touch) : project.namesOf(touch.people());
    }

    /** Who the touch was from, to or with, by display name: "from Anna Ivanova", «автор: Анна Иванова». */
    public static Message direction(Project project, Touch touch) {
        return Message.of("label.direction." + touch.direction().keyword(), people(project, touch));
    }

    /** The ids of the touch's people, as written: {@code anna, boris}; for completion, where the id is what one types. */
    public static String ids(Touch touch) {
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
    public static Object parts(List<Expectation.Receipt> parts, LocalDate today) {
        if (parts.isEmpty()) {
            return "";
        }
        Message out = null;
        for (Expectation.Receipt part : parts) {
            Message one = part.date() != null && part.date().valid()
                    ? Message.of("label.part.dated", part.partly().value(), Days.on(part.date().date(), today))
                    : Message.of("label.part", part.partly().value());
            out = out == null ? one : Message.of("label.part.more", out, one);
        }
        return Message.of("label.parts", out);
    }

}
