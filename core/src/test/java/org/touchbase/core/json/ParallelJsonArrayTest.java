package org.touchbase.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The array written on every core is the array written one element after another, byte for byte. */
class ParallelJsonArrayTest {

    private static void element(Integer n, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("n").value(n);
        json.name("text").value("«line\nbreak» <" + n + ">");
        json.name("none").nullValue();
        json.name("list").beginArray().value(n).value(-n).endArray();
        json.endObject();
    }

    private static String document(List<Integer> items, FormattingStyle style, boolean parallel) throws IOException {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.setFormattingStyle(style);
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("before").value(true);
        json.name("items").beginArray();
        if (parallel) {
            ParallelJsonArray.write(json, items, 2, ParallelJsonArrayTest::element);
        } else {
            for (Integer item : items) {
                element(item, json);
            }
        }
        json.endArray();
        json.name("after").value(false);
        json.endObject();
        json.flush();
        return out.toString();
    }

    @Test
    void theSameDocumentInEveryStyleAndSize() throws IOException {
        for (FormattingStyle style : List.of(FormattingStyle.PRETTY, FormattingStyle.COMPACT,
                FormattingStyle.PRETTY.withIndent("\t").withNewline("\r\n"))) {
            for (int size : List.of(0, 1, 2, 999, 1001, 4096, 4097, 10_000)) {
                List<Integer> items = IntStream.range(0, size).boxed().toList();
                assertEquals(document(items, style, false), document(items, style, true), size + " items");
            }
        }
    }
}
