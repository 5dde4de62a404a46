package org.touchbase.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.touchbase.core.text.Span;

/**
 * A run of edits to one document that changed nothing but prose: the words of
 * a touch's purpose, benefit, notes, reason for needing no reply, agreed
 * texts, and its summaries' decisions and questions, each of which stays
 * given and stays blank or not blank. No rule reads those words, only whether
 * each is given and blank (docs/reference.md, *Findings*, "Prose"), so what the
 * rules found in the document {@link #before()} still holds: moved with the
 * text ({@link #moved}) and pointing at the same elements in the new document
 * ({@link #relocate}). Everything else, a title or an action's text included,
 * is not prose here, as findings quote it.
 */
public final class ProseEdit {

    private final Document before;
    /** Each edit in turn: offsets at or after {@code from} moved by {@code delta}, as {@link Rebase} moves them. */
    private final int[] froms;
    private final int[] deltas;

    private ProseEdit(Document before, int[] froms, int[] deltas) {
        this.before = before;
        this.froms = froms;
        this.deltas = deltas;
    }

    /** One prose edit of {@code before}: offsets at or after {@code from} move by {@code delta}. */
    static ProseEdit of(Document before, int from, int delta) {
        return new ProseEdit(before, new int[] {from}, new int[] {delta});
    }

    /** This run followed by one more prose edit. */
    ProseEdit then(int from, int delta) {
        int[] nextFroms = Arrays.copyOf(froms, froms.length + 1);
        int[] nextDeltas = Arrays.copyOf(deltas, deltas.length + 1);
        nextFroms[froms.length] = from;
        nextDeltas[deltas.length] = delta;
        return new ProseEdit(before, nextFroms, nextDeltas);
    }

    /** The document the edits started from. */
    public Document before() {
        return before;
    }

    /** Where a span of {@link #before()} is after the edits, as the document's own elements moved. */
    public Span moved(Span span) {
        int start = span.start();
        int end = span.end();
        for (int i = 0; i < froms.length; i++) {
            int from = froms[i];
            int delta = deltas[i];
            if (delta == 0) {
                continue;
            }
            if (start >= from) {
                start += delta;
                end += delta;
            } else if (end >= from) {
                end = Math.max(start, end + delta);
            }
        }
        return start == span.start() && end == span.end() ? span : new Span(start, end);
    }

    /**
     * The element of {@code now} at the place {@code old} has in {@link #before()}: prose edits keep every
     * block and item, and every list in them, at its index. Null when {@code old} is not an element of
     * {@link #before()} or {@code now} is not shaped like it.
     */
    public Element relocate(Element old, Document now) {
        List<Block> blocks = before.blocks();
        if (now.blocks().size() != blocks.size()) {
            return null;
        }
        int at = old.span().start();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block == old) {
                return now.blocks().get(b);
            }
            if (block.span().start() <= at && at < block.span().end()) {
                Element found = relocate(old, block, now.blocks().get(b));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Element relocate(Element old, Block before, Block now) {
        int at = old.span().start() + 1;
        if (old instanceof Touch || old instanceof Agreement || old instanceof Summary
                || old instanceof Summary.Action) {
            int i = BlockItems.TOUCHES.lastStartingBefore(before, at);
            if (i < 0 || before.touches().size() != now.touches().size()) {
                return null;
            }
            Touch was = before.touches().get(i);
            Touch is = now.touches().get(i);
            return old == was ? is : inTouch(old, was, is);
        }
        if (old instanceof Goal) {
            Element goal = same(old, before.goals(), now.goals());
            if (goal != null) {
                return goal;
            }
            int i = BlockItems.PEOPLE.lastStartingBefore(before, at);
            return i < 0 || before.people().size() != now.people().size() ? null
                    : same(old, before.people().get(i).goals(), now.people().get(i).goals());
        }
        if (old instanceof Person) {
            return at(old, BlockItems.PEOPLE, before, now);
        }
        if (old instanceof Member) {
            return at(old, BlockItems.MEMBERS, before, now);
        }
        if (old instanceof Source) {
            return at(old, BlockItems.SOURCES, before, now);
        }
        if (old instanceof Scenario) {
            return at(old, BlockItems.SCENARIOS, before, now);
        }
        if (old instanceof Expectation) {
            return at(old, BlockItems.EXPECTATIONS, before, now);
        }
        if (old instanceof Step) {
            return same(old, before.steps(), now.steps());
        }
        return null;
    }

    private static Element inTouch(Element old, Touch was, Touch is) {
        if (old instanceof Agreement) {
            return same(old, was.agreements(), is.agreements());
        }
        if (old instanceof Summary) {
            return same(old, was.summaries(), is.summaries());
        }
        List<Summary> summaries = was.summaries();
        if (summaries.size() != is.summaries().size()) {
            return null;
        }
        int at = old.span().start();
        for (int s = 0; s < summaries.size(); s++) {
            Span span = summaries.get(s).span();
            if (span.start() <= at && at < span.end()) {
                return same(old, summaries.get(s).actions(), is.summaries().get(s).actions());
            }
        }
        return null;
    }

    private static <T extends Element> Element at(Element old, BlockItems.Kind<T> kind, Block before, Block now) {
        int i = kind.lastStartingBefore(before, old.span().start() + 1);
        List<T> was = kind.items().apply(before);
        List<T> is = kind.items().apply(now);
        return i >= 0 && was.size() == is.size() && was.get(i) == old ? is.get(i) : null;
    }

    /** The element at {@code old}'s index in {@code was}, taken from {@code is}; null when it is not there. */
    private static Element same(Element old, List<? extends Element> was, List<? extends Element> is) {
        if (was.size() != is.size()) {
            return null;
        }
        for (int i = 0; i < was.size(); i++) {
            if (was.get(i) == old) {
                return is.get(i);
            }
        }
        return null;
    }

    /**
     * Whether {@code fresh} differs from {@code moved} (the touch before the edit, moved as the edit moved
     * the text) in prose alone: every offset, name, date and word that is not prose the same, and every
     * prose text still given or not, blank or not.
     */
    static boolean onlyProse(Touch moved, Touch fresh) {
        return moved.start() == fresh.start() && moved.end() == fresh.end()
                && moved.headerStart() == fresh.headerStart() && moved.headerEnd() == fresh.headerEnd()
                && moved.bodyStart() == fresh.bodyStart() && moved.bodyEnd() == fresh.bodyEnd()
                && Objects.equals(moved.id(), fresh.id()) && Objects.equals(moved.when(), fresh.when())
                && moved.kind() == fresh.kind() && moved.direction() == fresh.direction()
                && moved.people().equals(fresh.people()) && Objects.equals(moved.title(), fresh.title())
                && prose(moved.purpose(), fresh.purpose()) && prose(moved.benefit(), fresh.benefit())
                && agreements(moved.agreements(), fresh.agreements())
                && moved.confirms().equals(fresh.confirms()) && Objects.equals(moved.replyTo(), fresh.replyTo())
                && Objects.equals(moved.ack(), fresh.ack()) && Objects.equals(moved.eta(), fresh.eta())
                && moved.reminds().equals(fresh.reminds()) && prose(moved.notes(), fresh.notes())
                && summaries(moved.summaries(), fresh.summaries())
                && Objects.equals(moved.noreply(), fresh.noreply())
                && prose(moved.noreplyReason(), fresh.noreplyReason())
                && Objects.equals(moved.missed(), fresh.missed());
    }

    private static boolean agreements(List<Agreement> moved, List<Agreement> fresh) {
        if (moved.size() != fresh.size()) {
            return false;
        }
        for (int i = 0; i < moved.size(); i++) {
            Agreement a = moved.get(i);
            Agreement b = fresh.get(i);
            if (!a.span().equals(b.span()) || !Objects.equals(a.id(), b.id())
                    || !Objects.equals(a.replaces(), b.replaces()) || !prose(a.text(), b.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean summaries(List<Summary> moved, List<Summary> fresh) {
        if (moved.size() != fresh.size()) {
            return false;
        }
        for (int i = 0; i < moved.size(); i++) {
            Summary a = moved.get(i);
            Summary b = fresh.get(i);
            if (!a.span().equals(b.span()) || a.kind() != b.kind() || !a.next().equals(b.next())
                    || !prose(a.decisions(), b.decisions()) || !prose(a.questions(), b.questions())
                    || !actions(a.actions(), b.actions())) {
                return false;
            }
        }
        return true;
    }

    private static boolean actions(List<Summary.Action> moved, List<Summary.Action> fresh) {
        if (moved.size() != fresh.size()) {
            return false;
        }
        for (int i = 0; i < moved.size(); i++) {
            Summary.Action a = moved.get(i);
            Summary.Action b = fresh.get(i);
            if (!a.span().equals(b.span()) || !Objects.equals(a.id(), b.id()) || !Objects.equals(a.text(), b.text())
                    || !Objects.equals(a.owner(), b.owner()) || !Objects.equals(a.due(), b.due())
                    || a.done() != b.done() || !Objects.equals(a.doneOn(), b.doneOn())) {
                return false;
            }
        }
        return true;
    }

    private static boolean prose(List<Text> moved, List<Text> fresh) {
        if (moved.size() != fresh.size()) {
            return false;
        }
        for (int i = 0; i < moved.size(); i++) {
            if (!prose(moved.get(i), fresh.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Both missing, or both at the same place and both blank or both not. */
    private static boolean prose(Text moved, Text fresh) {
        if (moved == null || fresh == null) {
            return moved == fresh;
        }
        return moved.start() == fresh.start() && moved.end() == fresh.end() && moved.isBlank() == fresh.isBlank();
    }
}
