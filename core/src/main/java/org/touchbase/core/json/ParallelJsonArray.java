package org.touchbase.core.json;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes the elements of a JSON array on every core. Each element is written by a writer of its own with the
 * document's formatting, inside as many arrays as the element is deep, so that it comes out as the document's
 * writer would write it there; the document's writer takes the elements in order as raw values, a block at a
 * time: the output is the same as writing them one by one, and a large array is never held whole in memory.
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
        String probe = one(null, json, depth, (none, writer) -> writer.nullValue(), 0, 0);
        int before = probe.indexOf("null");
        int after = probe.length() - before - "null".length();
        for (int from = 0; from < items.size(); from += BLOCK) {
            IntStream indexes = IntStream.range(from, Math.min(items.size(), from + BLOCK));
            String[] written = (items.size() > PARALLEL_FROM ? indexes.parallel() : indexes)
                    .mapToObj(i -> one(items.get(i), json, depth, element, before, after))
                    .toArray(String[]::new);
            for (String text : written) {
                json.jsonValue(text);
            }
        }
    }

    /** The element as written inside {@code depth} arrays, less the first {@code before} and last {@code after} characters. */
    private static <T> String one(T item, JsonWriter document, int depth, Element<T> element, int before, int after) {
        Text text = new Text();
        try {
            JsonWriter json = new JsonWriter(text);
            json.setFormattingStyle(document.getFormattingStyle());
            json.setHtmlSafe(document.isHtmlSafe());
            json.setSerializeNulls(document.getSerializeNulls());
            json.setStrictness(document.getStrictness());
            for (int i = 0; i < depth; i++) {
                json.beginArray();
            }
            element.write(item, json);
            for (int i = 0; i < depth; i++) {
                json.endArray();
            }
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.text.substring(before, text.text.length() - after);
    }

    /** A writer into a string, without the locking of {@code StringWriter}: each belongs to one element. */
    private static final class Text extends Writer {

        private final StringBuilder text = new StringBuilder(256);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(String string, int offset, int length) {
            if (offset == 0 && length == string.length()) {
                text.append(string);
            } else {
                text.append(string, offset, offset + length);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
