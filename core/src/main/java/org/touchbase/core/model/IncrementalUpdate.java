package org.touchbase.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.RuleIds;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * Re-parses only the item an edit falls in. When an edit stays inside one
 * person, touch, goal, plan, expectation, source or scenario of a file that
 * parses cleanly, only that item's new text is parsed; the rest of the
 * document keeps its model, moved to the new offsets. Anything else — an
 * edit across items, at a block's own lines, in a file with syntax errors, or
 * one that leaves the item broken — is answered with null, and the caller
 * parses the whole file, which gives the same result the slow way.
 */
public final class IncrementalUpdate {

    private static final String SUPPRESSION_MARK = "touchbase-disable";

    private IncrementalUpdate() {
    }

    /**
     * The document after the text from {@code start} to {@code end} of
     * {@code old}'s file was replaced by {@code inserted}; {@code newFile} is
     * the file with the edit made. Null when the edit needs a full parse.
     */
    public static Document apply(Document old, SourceFile newFile, int start, int end, String inserted) {
        for (Finding finding : old.findings()) {
            if (finding.rule().equals(RuleIds.SYNTAX)) {
                return null;
            }
        }
        String oldText = old.file().text();
        if (start < 0 || end < start || end > oldText.length()
                || newFile.text().length() != oldText.length() - (end - start) + inserted.length()) {
            return null;
        }
        for (int i = 0; i < old.blocks().size(); i++) {
            Block block = old.blocks().get(i);
            Span item = itemAround(block, start, end);
            if (item != null) {
                return replaceItem(old, newFile, i, item, start, end, inserted);
            }
        }
        return null;
    }

    /** The span of the top-level item of the block that strictly contains the edit, or null. */
    private static Span itemAround(Block block, int start, int end) {
        Span[] candidates = {
            around(block.goals(), Goal::span, start, end),
            around(block.people(), Person::span, start, end),
            around(block.sources(), Source::span, start, end),
            around(block.plans(), span -> span, start, end),
            around(block.scenarios(), Scenario::span, start, end),
            around(block.touches(), Touch::span, start, end),
            around(block.expectations(), Expectation::span, start, end),
        };
        Span found = null;
        for (Span candidate : candidates) {
            if (candidate != null) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /** The span of the item of one kind that strictly contains the edit, or null. */
    private static <T> Span around(List<T> items, Function<T, Span> span, int start, int end) {
        int index = lastStartingBefore(items, span, start);
        if (index < 0) {
            return null;
        }
        Span candidate = span.apply(items.get(index));
        return candidate.start() < start && end < candidate.end() ? candidate : null;
    }

    /**
     * The index of the last item that starts before {@code offset}, or -1.
     * Items of one kind are in source order, so this is a binary search; should
     * they not be, the item is missed and the caller parses the whole file.
     */
    private static <T> int lastStartingBefore(List<T> items, Function<T, Span> span, int offset) {
        int low = 0;
        int high = items.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (span.apply(items.get(middle)).start() < offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private static Document replaceItem(Document old, SourceFile newFile, int blockIndex, Span item, int start,
            int end, String inserted) {
        String oldText = old.file().text();
        String removed = oldText.substring(start, end);
        if (removed.contains(SUPPRESSION_MARK) || inserted.contains(SUPPRESSION_MARK)
                || oldText.substring(item.start(), item.end()).contains(SUPPRESSION_MARK)) {
            return null;
        }
        int delta = inserted.length() - removed.length();
        String itemText = newFile.text().substring(item.start(), item.end() + delta);

        Block oldBlock = old.blocks().get(blockIndex);
        String prefix = (oldBlock.isProject() ? "project " : "log ") + oldBlock.name().text() + " {\n";
        Document parsedItem = ModelBuilder.build(new SourceFile(newFile.id(), prefix + itemText + "\n}\n"));
        if (parsedItem.blocks().size() != 1 || !parsedItem.suppressions().isEmpty()) {
            return null;
        }
        for (Finding finding : parsedItem.findings()) {
            if (finding.rule().equals(RuleIds.SYNTAX)) {
                return null;
            }
        }
        Block fresh = parsedItem.blocks().get(0);
        if (!sameKindOfSingleItem(oldBlock, item, fresh)) {
            return null;
        }

        // Lines as the file counts them (LF, CRLF and a lone CR each end one), whatever the edit split or joined.
        int lineDelta = newFile.lineCount() - old.file().lineCount();
        Rebase rest = new Rebase(newFile, end, delta, old.file().lineOf(end), lineDelta);
        Rebase moveIn = new Rebase(newFile, 0, item.start() - prefix.length(), 0, 0);

        List<Block> blocks = new ArrayList<>(old.blocks().size());
        for (int i = 0; i < old.blocks().size(); i++) {
            Block block = old.blocks().get(i);
            blocks.add(i == blockIndex ? merge(rest.block(block), item, moveIn.block(fresh), delta) : rest.block(block));
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : old.findings()) {
            Span span = finding.span();
            if (span.end() <= item.start() || span.start() >= item.end()) {
                findings.add(rest.finding(finding));
            }
        }
        for (Finding finding : parsedItem.findings()) {
            findings.add(moveIn.finding(finding));
        }
        findings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<Suppression> suppressions = new ArrayList<>();
        for (Suppression suppression : old.suppressions()) {
            suppressions.add(rest.suppression(suppression));
        }
        return new Document(newFile, List.copyOf(blocks), List.copyOf(findings), List.copyOf(suppressions));
    }

    /** The re-parsed text is one item of the same kind as the one it replaces, and nothing else. */
    private static boolean sameKindOfSingleItem(Block oldBlock, Span item, Block fresh) {
        int items = fresh.goals().size() + fresh.people().size() + fresh.sources().size() + fresh.plans().size()
                + fresh.scenarios().size() + fresh.touches().size() + fresh.expectations().size();
        if (items != 1 || fresh.client() != null || fresh.manager() != null || fresh.status() != null
                || fresh.starts() != null || fresh.launch() != null || fresh.respondWithin() != null
                || fresh.cadence() != null) {
            return false;
        }
        return (fresh.touches().size() == 1 && holds(oldBlock.touches(), Touch::span, item))
                || (fresh.people().size() == 1 && holds(oldBlock.people(), Person::span, item))
                || (fresh.goals().size() == 1 && holds(oldBlock.goals(), Goal::span, item))
                || (fresh.sources().size() == 1 && holds(oldBlock.sources(), Source::span, item))
                || (fresh.plans().size() == 1 && holds(oldBlock.plans(), span -> span, item))
                || (fresh.scenarios().size() == 1 && holds(oldBlock.scenarios(), Scenario::span, item))
                || (fresh.expectations().size() == 1 && holds(oldBlock.expectations(), Expectation::span, item));
    }

    /** One of the items spans exactly {@code item}. */
    private static <T> boolean holds(List<T> items, Function<T, Span> span, Span item) {
        int index = lastStartingBefore(items, span, item.start() + 1);
        return index >= 0 && span.apply(items.get(index)).equals(item);
    }

    /** The block (already moved) with the item at {@code item} replaced by the fresh one. */
    private static Block merge(Block block, Span item, Block fresh, int delta) {
        Span moved = new Span(item.start(), item.end() + delta);
        return new Block(block.file(), block.span(), block.kind(), block.name(), block.title(), block.client(),
                block.manager(), block.status(), block.starts(), block.launch(), block.respondWithin(),
                block.cadence(),
                swap(block.goals(), fresh.goals(), moved, Goal::span),
                swap(block.people(), fresh.people(), moved, Person::span),
                swap(block.sources(), fresh.sources(), moved, Source::span),
                replaceSteps(block, fresh, moved),
                swap(block.plans(), fresh.plans(), moved, span -> span),
                swap(block.scenarios(), fresh.scenarios(), moved, Scenario::span),
                swap(block.touches(), fresh.touches(), moved, Touch::span),
                swap(block.expectations(), fresh.expectations(), moved, Expectation::span));
    }

    private static <T> List<T> swap(List<T> items, List<T> fresh, Span moved, Function<T, Span> span) {
        if (fresh.isEmpty()) {
            return items;
        }
        int index = lastStartingBefore(items, span, moved.start() + 1);
        if (index < 0 || !span.apply(items.get(index)).equals(moved)) {
            return items;
        }
        Object[] result = items.toArray();
        result[index] = fresh.get(0);
        @SuppressWarnings("unchecked")
        List<T> swapped = (List<T>) List.of(result);
        return swapped;
    }

    /** A re-parsed plan brings its steps: the old plan's steps give way to them, in place. */
    private static List<Step> replaceSteps(Block block, Block fresh, Span moved) {
        if (fresh.plans().isEmpty()) {
            return block.steps();
        }
        List<Step> result = new ArrayList<>();
        for (Step step : block.steps()) {
            if (step.span().end() <= moved.start()) {
                result.add(step);
            }
        }
        result.addAll(fresh.steps());
        for (Step step : block.steps()) {
            if (step.span().start() >= moved.end()) {
                result.add(step);
            }
        }
        return List.copyOf(result);
    }
}
