package org.touchbase.core.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * {@code person ID [STRING] [{...}]}: a stakeholder on the client's side.
 * Their parts ({@code decides}, {@code backup}, {@code contact}) may have a
 * period, {@code left} ends them all, and {@code away} marks absences. The
 * methods here are the one place that says which part a person has at a
 * moment: rules, editors and documents all ask them.
 */
public record Person(SourceFile file, Span span, Name id, Text fullName, Text role, Part decides, Part backup,
        Part contact, List<Goal> goals, Text motivation, Text speaks, TouchKind prefers, Text prefersChannel,
        Text email, Text phone, List<Text> notes, Departure left, List<Absence> away) implements Element {

    /** The person's full name, or the id when none is given. */
    public String displayName() {
        return fullName != null ? fullName.value() : id.text();
    }

    /** The part of this kind as written, whatever its period; null when the person never had it. */
    public Part part(Part.Kind kind) {
        return switch (kind) {
            case DECIDES -> decides;
            case BACKUP -> backup;
            case CONTACT -> contact;
        };
    }

    /** The parts written for this person, in the order decides, backup, contact. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>(3);
        for (Part.Kind kind : Part.Kind.values()) {
            if (part(kind) != null) {
                parts.add(part(kind));
            }
        }
        return parts;
    }

    /** The person has had, has or will have this part at some time. */
    public boolean ever(Part.Kind kind) {
        return part(kind) != null;
    }

    /** The person has the part at {@code moment}: its period holds and they have not left. */
    public boolean holds(Part.Kind kind, LocalDateTime moment) {
        Part part = part(kind);
        return part != null && part.holdsAt(moment) && !leftBy(moment);
    }

    public boolean decidesAt(LocalDateTime moment) {
        return holds(Part.Kind.DECIDES, moment);
    }

    public boolean backupAt(LocalDateTime moment) {
        return holds(Part.Kind.BACKUP, moment);
    }

    public boolean contactAt(LocalDateTime moment) {
        return holds(Part.Kind.CONTACT, moment);
    }

    /** A decision-maker or the contact at {@code moment}: the people the cadence is kept with. */
    public boolean isKeyAt(LocalDateTime moment) {
        return decidesAt(moment) || contactAt(moment);
    }

    /** The first moment after the part: the end of its period or the person's {@code left}, whichever is first. */
    public LocalDateTime partEnd(Part.Kind kind) {
        Part part = part(kind);
        if (part == null) {
            return null;
        }
        LocalDateTime end = part.end();
        LocalDateTime gone = left == null ? null : left.at();
        if (gone != null && (end == null || gone.isBefore(end))) {
            return gone;
        }
        return end;
    }

    /** The person has left by {@code moment} ({@code left} at or before it). */
    public boolean leftBy(LocalDateTime moment) {
        LocalDateTime gone = left == null ? null : left.at();
        return gone != null && !moment.isBefore(gone);
    }

    /** The absence that holds at {@code moment}, or null. */
    public Absence awayAt(LocalDateTime moment) {
        for (Absence absence : away) {
            if (absence.holdsAt(moment)) {
                return absence;
            }
        }
        return null;
    }

    /** The end of the latest absence that has ended by {@code moment}, or null. */
    public LocalDateTime lastAbsenceEnd(LocalDateTime moment) {
        LocalDateTime latest = null;
        for (Absence absence : away) {
            LocalDateTime end = absence.end();
            if (end != null && !end.isAfter(moment) && (latest == null || end.isAfter(latest))) {
                latest = end;
            }
        }
        return latest;
    }

    @Override
    public Span focus() {
        return id.span();
    }
}
