package org.touchbase.core.model;

import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** {@code person ID [STRING] [{...}]}: a stakeholder on the client's side. */
public record Person(SourceFile file, Span span, Name id, Text fullName, Text role, boolean decides,
        boolean backup, boolean contact, List<Goal> goals, Text motivation, Text speaks, TouchKind prefers,
        Text email, Text phone, List<Text> notes) implements Element {

    /** The person's full name, or the id when none is given. */
    public String displayName() {
        return fullName != null ? fullName.value() : id.text();
    }

    /** A decision-maker or the everyday contact: the people the cadence is kept with. */
    public boolean isKey() {
        return decides || contact;
    }

    @Override
    public Span focus() {
        return id.span();
    }
}
