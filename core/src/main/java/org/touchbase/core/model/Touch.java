package org.touchbase.core.model;

import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * {@code touch [ID] DATE KIND DIRECTION PERSON {, PERSON} [re TOUCH-ID] [STRING] [{ items }]}.
 *
 * <p>{@code header} runs from the keyword to the end of the title: it is where
 * touch findings point. {@code kind} and {@code direction} are null only when
 * the text is broken there.
 */
public record Touch(SourceFile file, int start, int end, int headerStart, int headerEnd, Name id, When when,
        TouchKind kind, Direction direction, List<Name> people, Text title, Text purpose, Text benefit,
        List<Agreement> agreements, List<Name> confirms, Name replyTo, Span ack, Day eta, List<Name> reminds,
        List<Text> notes, List<Summary> summaries, int bodyStart, int bodyEnd, Span noreply, Text noreplyReason,
        Span missed) implements Element {

    /**
     * A touch with its extent, header and body ({@code null} when it has no braces) as spans; the offsets are
     * kept inline (a start of -1 for none), as a model holds hundreds of thousands of touches.
     */
    public Touch(SourceFile file, Span span, Span header, Name id, When when, TouchKind kind, Direction direction,
            List<Name> people, Text title, Text purpose, Text benefit, List<Agreement> agreements,
            List<Name> confirms, Name replyTo, Span ack, Day eta, List<Name> reminds, List<Text> notes,
            List<Summary> summaries, Span body, Span noreply, Text noreplyReason, Span missed) {
        this(file, span.start(), span.end(), header == null ? -1 : header.start(), header == null ? -1 : header.end(),
                id, when, kind, direction, people, title, purpose, benefit, agreements, confirms, replyTo, ack, eta,
                reminds, notes, summaries, body == null ? -1 : body.start(), body == null ? -1 : body.end(), noreply,
                noreplyReason, missed);
    }

    @Override
    public Span span() {
        return new Span(start, end);
    }

    /** From the keyword to the end of the title: where touch findings point. */
    public Span header() {
        return headerStart < 0 ? null : new Span(headerStart, headerEnd);
    }

    /** The braces and what is between them, or null. */
    public Span body() {
        return bodyStart < 0 ? null : new Span(bodyStart, bodyEnd);
    }

    /** {@code noreply}: an incoming touch that needs no answer (a thank-you, an FYI). */
    public boolean isNoReply() {
        return noreply != null;
    }

    /** {@code missed}: an incoming call or meeting that did not take place and must be called back. */
    public boolean isMissed() {
        return missed != null;
    }

    public boolean isAck() {
        return ack != null;
    }

    public boolean isIncoming() {
        return direction == Direction.FROM;
    }

    public boolean isWritten() {
        return kind != null && kind.isWritten();
    }

    public boolean isSpoken() {
        return kind != null && kind.isSpoken();
    }

    public LocalDateTime at() {
        return when == null ? null : when.at();
    }

    /** Dated after {@code now}: shown, but it counts for nothing until its time comes. */
    public boolean isPlannedAt(LocalDateTime now) {
        return at() != null && at().isAfter(now);
    }

    /** Has a real date that is not after {@code now}. */
    public boolean happenedBy(LocalDateTime now) {
        return at() != null && !at().isAfter(now);
    }

    public boolean involves(String personId) {
        for (Name person : people) {
            if (person.text().equals(personId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Span focus() {
        return header();
    }
}
