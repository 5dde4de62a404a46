package org.touchbase.core.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.touchbase.core.text.Span;

/**
 * The kinds of top-level item a block holds, enumerated once: whatever walks
 * a block's items by kind (the incremental re-parse, completion's window on a
 * large block) walks this list, so a new kind of item is added here.
 */
public final class BlockItems {

    /**
     * One kind of item: how to get a block's items of that kind, in source order, where each is, and
     * where each starts (without making its span, for the searches).
     */
    public record Kind<T>(String name, Function<Block, List<T>> items, Function<T, Span> span,
            ToIntFunction<T> start) {

        Kind(String name, Function<Block, List<T>> items, Function<T, Span> span) {
            this(name, items, span, item -> span.apply(item).start());
        }

        /** The index of the last item of this kind in the block that starts before {@code offset}, or -1. */
        public int lastStartingBefore(Block block, int offset) {
            return BlockItems.lastStartingBefore(items.apply(block), start, offset);
        }

        /** The start of the last item of this kind that starts before {@code offset}, or -1. */
        public int lastStartBefore(Block block, int offset) {
            List<T> list = items.apply(block);
            int index = BlockItems.lastStartingBefore(list, start, offset);
            return index < 0 ? -1 : start.applyAsInt(list.get(index));
        }

        public int count(Block block) {
            return items.apply(block).size();
        }
    }

    public static final Kind<Goal> GOALS = new Kind<>("goal", Block::goals, Goal::span);
    public static final Kind<Person> PEOPLE = new Kind<>("person", Block::people, Person::span);
    public static final Kind<Source> SOURCES = new Kind<>("source", Block::sources, Source::span);
    public static final Kind<Span> PLANS = new Kind<>("plan", Block::plans, span -> span);
    public static final Kind<Scenario> SCENARIOS = new Kind<>("scenario", Block::scenarios, Scenario::span);
    public static final Kind<Touch> TOUCHES = new Kind<>("touch", Block::touches, Touch::span, Touch::start);
    public static final Kind<Expectation> EXPECTATIONS = new Kind<>("expect", Block::expectations, Expectation::span);
    public static final Kind<Member> MEMBERS = new Kind<>("member", Block::members, Member::span);

    /** Every kind of top-level item (steps live inside plans). */
    public static final List<Kind<?>> KINDS = List.of(GOALS, PEOPLE, SOURCES, PLANS, SCENARIOS, TOUCHES, EXPECTATIONS,
            MEMBERS);

    private BlockItems() {
    }

    /**
     * The index of the last item that starts before {@code offset}, or -1.
     * Items of one kind are in source order, so this is a binary search.
     */
    public static <T> int lastStartingBefore(List<T> items, ToIntFunction<T> start, int offset) {
        int low = 0;
        int high = items.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (start.applyAsInt(items.get(middle)) < offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /** The start of the last top-level item of any kind that starts before {@code offset}, or -1. */
    public static int lastItemStartBefore(Block block, int offset) {
        int start = -1;
        for (Kind<?> kind : KINDS) {
            start = Math.max(start, kind.lastStartBefore(block, offset));
        }
        return start;
    }

    /** All the block's top-level items, of every kind. */
    public static int count(Block block) {
        int count = 0;
        for (Kind<?> kind : KINDS) {
            count += kind.count(block);
        }
        return count;
    }

    /**
     * A first line that opens a block like {@code block}, to parse one of its
     * items on its own: {@code project ID {} or {@code log ID {}.
     */
    public static String standInHeader(Block block) {
        return (block.isProject() ? "project " : "log ") + block.name().text() + " {\n";
    }
}
