package org.touchbase.core.json;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes the elements of a JSON array on every core. Each element is written by a writer of its own with the
 * document's formatting, indented to its depth, and the document's writer takes the elements in order as raw
 * values, a block at a time: the output is the same as writing them one by one, and a large array is never
 * held whole in memory. Strings never hold a raw line break (JSON escapes it), so indenting an element is
 * adding the indent after each of its line breaks.
 */
public final class ParallelJsonArray {

    /** Writes one element. */
    @FunctionalInterface
    public interface Element<T> {
        void write(T item, JsonWriter json) throws IOException;
    }

    private static final int BLOCK = 4096;
    private static final int PARALLEL_FROM = 1000;

    private ParallelJsonArray() {
    }

    /**
     * Writes {@code items} into the array {@code json} has just begun, whose elements stand at {@code depth}
     * (1 for an array at the top, 2 for an array in the top object…).
     */
    public static <T> void write(JsonWriter json, List<T> items, int depth, Element<T> element) throws IOException {
        String newline = json.getFormattingStyle().getNewline();
        String indented = newline + json.getFormattingStyle().getIndent().repeat(depth);
        for (int from = 0; from < items.size(); from += BLOCK) {
            IntStream indexes = IntStream.range(from, Math.min(items.size(), from + BLOCK));
            String[] written = (items.size() > PARALLEL_FROM ? indexes.parallel() : indexes)
                    .mapToObj(i -> one(items.get(i), json, element))
                    .map(text -> newline.isEmpty() ? text : text.replace(newline, indented))
                    .toArray(String[]::new);
            for (String text : written) {
                json.jsonValue(text);
            }
        }
    }

    private static <T> String one(T item, JsonWriter document, Element<T> element) {
        StringWriter text = new StringWriter(256);
        try {
            JsonWriter json = new JsonWriter(text);
            json.setFormattingStyle(document.getFormattingStyle());
            json.setHtmlSafe(document.isHtmlSafe());
            json.setSerializeNulls(document.getSerializeNulls());
            json.setStrictness(document.getStrictness());
            element.write(item, json);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
