package org.touchbase.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context, as
 * {@code diff -u} and {@code git diff} print it ({@code --- a/NAME},
 * {@code +++ b/NAME}, {@code @@ -l,n +l,n @@} hunks; deletions before
 * additions).
 *
 * <p>The lines are matched by a longest common subsequence of the part
 * between the common head and tail; when that part is too large to match
 * line by line, it is shown as replaced whole.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000;

    private enum Kind { SAME, DELETED, ADDED }

    private record Line(Kind kind, String text, int oldLine, int newLine) {
    }

    private UnifiedDiff() {
    }

    /** The diff, or the empty string when the texts are equal. */
    static String of(String name, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Line> script = script(a, b);
        StringBuilder out = new StringBuilder();
        // git's a/ and b/ before a relative name; an absolute one as it is.
        boolean absolute = name.startsWith("/");
        out.append(absolute ? "--- " : "--- a/").append(name).append('\n')
                .append(absolute ? "+++ " : "+++ b/").append(name).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < script.size()) {
                if (script.get(end).kind() != Kind.SAME) {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + CONTEXT + 1);
            hunk(out, script.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Line> lines) {
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (Line line : lines) {
            if (line.kind() != Kind.ADDED) {
                if (oldCount++ == 0) {
                    oldStart = line.oldLine();
                }
            }
            if (line.kind() != Kind.DELETED) {
                if (newCount++ == 0) {
                    newStart = line.newLine();
                }
            }
        }
        if (oldCount == 0) {
            oldStart = lines.get(0).oldLine() - 1;
        }
        if (newCount == 0) {
            newStart = lines.get(0).newLine() - 1;
        }
        out.append("@@ -").append(oldStart).append(',').append(oldCount)
                .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
        for (Line line : lines) {
            out.append(switch (line.kind()) {
                case SAME -> ' ';
                case DELETED -> '-';
                case ADDED -> '+';
            }).append(line.text()).append('\n');
        }
    }

    /** Every line of both texts in order, each kept, deleted or added, with its 1-based numbers. */
    private static List<Line> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        List<Line> script = new ArrayList<>();
        int oldLine = 1;
        int newLine = 1;
        for (int k = 0; k < head; k++) {
            script.add(new Line(Kind.SAME, a.get(k), oldLine++, newLine++));
        }
        if ((long) (n + 1) * (m + 1) <= MAX_CELLS) {
            int[][] common = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    common[x][y] = a.get(head + x).equals(b.get(head + y))
                            ? common[x + 1][y + 1] + 1 : Math.max(common[x + 1][y], common[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(head + x).equals(b.get(head + y))) {
                    script.add(new Line(Kind.SAME, a.get(head + x++), oldLine++, newLine++));
                    y++;
                } else if (x < n && (y == m || common[x + 1][y] >= common[x][y + 1])) {
                    script.add(new Line(Kind.DELETED, a.get(head + x++), oldLine++, newLine));
                } else {
                    script.add(new Line(Kind.ADDED, b.get(head + y++), oldLine, newLine++));
                }
            }
        } else {
            for (int x = 0; x < n; x++) {
                script.add(new Line(Kind.DELETED, a.get(head + x), oldLine++, newLine));
            }
            for (int y = 0; y < m; y++) {
                script.add(new Line(Kind.ADDED, b.get(head + y), oldLine, newLine++));
            }
        }
        for (int k = a.size() - tail; k < a.size(); k++) {
            script.add(new Line(Kind.SAME, a.get(k), oldLine++, newLine++));
        }
        return script;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
