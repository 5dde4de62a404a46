package org.touchbase.core.text;

/** A half-open range {@code [start, end)} of UTF-16 offsets into a source text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public static Span cover(Span first, Span last) {
        return new Span(Math.min(first.start, last.start), Math.max(first.end, last.end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
