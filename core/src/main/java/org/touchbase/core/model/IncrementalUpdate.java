package org.touchbase.core.model;

import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * Re-parses only the item an edit falls in. When an edit stays inside one
 * person, member, touch, goal, plan, expectation, source or scenario of a file that
 * parses cleanly, only that item's new text is parsed; the rest of the
 * document keeps its model, moved to the new offsets. Anything else — an
 * edit across items, at a block's own lines, in a file with syntax errors, or
 * one that leaves the item broken — is answered with null, and the caller
 * parses the whole file, which gives the same result the slow way.
 */
public final class IncrementalUpdate {

    private IncrementalUpdate() {
    }

    /**
     * The document after the text from {@code start} to {@code end} of
     * {@code old}'s file was replaced by {@code inserted}; {@code newFile} is
     * the file with the edit made. Null when the edit needs a full parse.
     */
    public static Document apply(Document old, SourceFile newFile, int start, int end, String inserted) {
        Update update = update(old, null, newFile, start, end, inserted);
        return update == null ? null : update.document();
    }

    /**
     * The document after an edit, and when the edit changed nothing but prose, the run of prose edits it
     * ends ({@link ProseEdit}; null otherwise).
     */
    public record Update(Document document, ProseEdit prose) {
    }

    /**
     * As {@link #apply}, with the run of prose edits that made {@code old} ({@code pending}, null when
     * {@code old} was not made by one): a prose edit continues it, or starts one from {@code old}.
     */
    public static Update update(Document old, ProseEdit pending, SourceFile newFile, int start, int end,
            String inserted) {
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
                return replaceItem(old, pending, newFile, i, item, start, end, inserted);
            }
        }
        return null;
    }

    /** The span of the top-level item of the block that strictly contains the edit, or null. */
    private static Span itemAround(Block block, int start, int end) {
        Span found = null;
        for (BlockItems.Kind<?> kind : BlockItems.KINDS) {
            Span candidate = around(kind, block, start, end);
            if (candidate != null) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /**
     * The span of the item of one kind that strictly contains the edit, or
     * null. Should the items not be in source order, the item is missed and
     * the caller parses the whole file.
     */
    private static <T> Span around(BlockItems.Kind<T> kind, Block block, int start, int end) {
        int index = kind.lastStartingBefore(block, start);
        if (index < 0) {
            return null;
        }
        Span candidate = kind.span().apply(kind.items().apply(block).get(index));
        return candidate.start() < start && end < candidate.end() ? candidate : null;
    }

    private static Update replaceItem(Document old, ProseEdit pending, SourceFile newFile, int blockIndex,
            Span item, int start, int end, String inserted) {
        String oldText = old.file().text();
        String removed = oldText.substring(start, end);
        if (removed.contains(Suppression.MARK) || inserted.contains(Suppression.MARK)
                || oldText.substring(item.start(), item.end()).contains(Suppression.MARK)) {
            return null;
        }
        int delta = inserted.length() - removed.length();
        String itemText = newFile.text().substring(item.start(), item.end() + delta);

        Block oldBlock = old.blocks().get(blockIndex);
        String prefix = BlockItems.standInHeader(oldBlock);
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
        Rebase rest = new Rebase(newFile, end, delta, lineDelta);
        Rebase moveIn = new Rebase(newFile, 0, item.start() - prefix.length(), 0);

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
        Document document = new Document(newFile, List.copyOf(blocks), List.copyOf(findings),
                List.copyOf(suppressions));
        ProseEdit prose = null;
        if (onlyProse(oldBlock, blocks.get(blockIndex), item, rest)) {
            prose = pending == null ? ProseEdit.of(old, end, delta) : pending.then(end, delta);
        }
        return new Update(document, prose);
    }

    /** The item at {@code item} was a touch, and the edit changed only its prose. */
    private static boolean onlyProse(Block oldBlock, Block newBlock, Span item, Rebase rest) {
        int index = BlockItems.TOUCHES.lastStartingBefore(oldBlock, item.start() + 1);
        if (index < 0 || !oldBlock.touches().get(index).span().equals(item)) {
            return false;
        }
        return ProseEdit.onlyProse(rest.touch(oldBlock.touches().get(index)), newBlock.touches().get(index));
    }

    /** The re-parsed text is one item of the same kind as the one it replaces, and nothing else. */
    private static boolean sameKindOfSingleItem(Block oldBlock, Span item, Block fresh) {
        if (BlockItems.count(fresh) != 1 || fresh.client() != null || fresh.manager() != null || fresh.status() != null
                || fresh.starts() != null || fresh.launch() != null || fresh.respondWithin() != null
                || fresh.cadence() != null || fresh.remindEvery() != null || fresh.confirmWithin() != null) {
            return false;
        }
        for (BlockItems.Kind<?> kind : BlockItems.KINDS) {
            if (kind.count(fresh) == 1) {
                return holds(kind, oldBlock, item);
            }
        }
        return false;
    }

    /** One of the block's items of this kind spans exactly {@code item}. */
    private static <T> boolean holds(BlockItems.Kind<T> kind, Block block, Span item) {
        int index = kind.lastStartingBefore(block, item.start() + 1);
        return index >= 0 && kind.span().apply(kind.items().apply(block).get(index)).equals(item);
    }

    /** The block (already moved) with the item at {@code item} replaced by the fresh one. */
    private static Block merge(Block block, Span item, Block fresh, int delta) {
        Span moved = new Span(item.start(), item.end() + delta);
        return new Block(block.file(), block.span(), block.kind(), block.name(), block.title(), block.client(),
                block.manager(), block.status(), block.starts(), block.launch(), block.respondWithin(),
                block.cadence(), block.remindEvery(), block.confirmWithin(),
                swap(BlockItems.GOALS, block, fresh, moved),
                swap(BlockItems.PEOPLE, block, fresh, moved),
                swap(BlockItems.SOURCES, block, fresh, moved),
                replaceSteps(block, fresh, moved),
                swap(BlockItems.PLANS, block, fresh, moved),
                swap(BlockItems.SCENARIOS, block, fresh, moved),
                swap(BlockItems.TOUCHES, block, fresh, moved),
                swap(BlockItems.EXPECTATIONS, block, fresh, moved),
                swap(BlockItems.MEMBERS, block, fresh, moved), block.pause(), block.launchWas());
    }

    /** The block's items of one kind, with the one at {@code moved} replaced by the fresh block's only item. */
    private static <T> List<T> swap(BlockItems.Kind<T> kind, Block block, Block fresh, Span moved) {
        List<T> items = kind.items().apply(block);
        List<T> replacement = kind.items().apply(fresh);
        if (replacement.isEmpty()) {
            return items;
        }
        int index = kind.lastStartingBefore(block, moved.start() + 1);
        if (index < 0 || !kind.span().apply(items.get(index)).equals(moved)) {
            return items;
        }
        Object[] result = items.toArray();
        result[index] = replacement.get(0);
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
