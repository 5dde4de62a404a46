package org.touchbase.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The one marker dialect of every test that points into {@code .client}
 * text, core, report and server alike: {@code |} is a caret and
 * {@code [[…]]} a range. {@link #of} takes the markers out and says where
 * they were, as offsets into the text that remains.
 *
 * <pre>
 * Marked marked = Marked.of("person [[an|na]] { decides }");
 * marked.text();    // "person anna { decides }"
 * marked.caret();   // 9
 * marked.ranges();  // [Mark(7, 11)]
 * </pre>
 */
public record Marked(String text, List<Mark> marks) {

    /** A marked place: {@code end} is -1 for a caret. */
    public record Mark(int start, int end) {
        public boolean caret() {
            return end < 0;
        }
    }

    public static Marked of(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Mark> marks = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < marked.length(); i++) {
            if (marked.startsWith("[[", i)) {
                open.add(text.length());
                i++;
            } else if (marked.startsWith("]]", i) && !open.isEmpty()) {
                marks.add(new Mark(open.remove(open.size() - 1), text.length()));
                i++;
            } else if (marked.charAt(i) == '|') {
                marks.add(new Mark(text.length(), -1));
            } else {
                text.append(marked.charAt(i));
            }
        }
        marks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Marked(text.toString(), List.copyOf(marks));
    }

    /** The offset of the one caret, or -1 when there is none; more than one is a mistake in the test. */
    public int caret() {
        int caret = -1;
        for (Mark mark : marks) {
            if (mark.caret()) {
                if (caret >= 0) {
                    throw new IllegalArgumentException("the text has more than one | caret");
                }
                caret = mark.start();
            }
        }
        return caret;
    }

    /** The {@code [[…]]} ranges, in order of their starts. */
    public List<Mark> ranges() {
        List<Mark> ranges = new ArrayList<>();
        for (Mark mark : marks) {
            if (!mark.caret()) {
                ranges.add(mark);
            }
        }
        return ranges;
    }
}
