package org.touchbase.core.agenda;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.json.ParallelJsonArray;
import org.touchbase.core.text.Position;
import org.touchbase.core.text.SourceFile;

/**
 * The agenda as JSON, the shape {@code touchbase agenda --format json} and
 * the language server's {@code touchbase/agenda} request share (documented
 * in docs/agenda.md; version 1). Lines and columns are 1-based.
 */
public final class AgendaJson {

    public static final int VERSION = 1;

    private AgendaJson() {
    }

    /**
     * @param fileName how a file is named: a path on the command line, a URI in the editor
     */
    public static JsonObject of(Agenda agenda, Messages messages, Function<SourceFile, String> fileName) {
        return of(agenda, messages, fileName, null);
    }

    /**
     * The agenda as a JSON tree, for a reply of the language server.
     *
     * @param limit at most this many items of each group (the first ones, in
     *              the agenda's order), or null for all; {@code counts} always
     *              counts them all
     */
    public static JsonObject of(Agenda agenda, Messages messages, Function<SourceFile, String> fileName,
            Integer limit) {
        StringWriter text = new StringWriter();
        try {
            write(agenda, messages, fileName, limit, new JsonWriter(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonParser.parseString(text.toString()).getAsJsonObject();
    }

    /**
     * Writes the agenda item by item, never holding the whole document: the
     * agenda of a large workspace is tens of megabytes of JSON.
     */
    public static void write(Agenda agenda, Messages messages, Function<SourceFile, String> fileName, Integer limit,
            JsonWriter json) throws IOException {
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("version").value(VERSION);
        json.name("now").value(agenda.now().toString());
        json.name("days").value(agenda.days());
        json.name("limit").value(limit);
        json.name("counts").beginObject();
        for (Map.Entry<Urgency, Integer> count : agenda.counts().entrySet()) {
            json.name(count.getKey().id()).value(count.getValue());
        }
        json.endObject();
        json.name("items").beginArray();
        Map<Urgency, Integer> taken = new EnumMap<>(Urgency.class);
        List<AgendaItem> shown = new ArrayList<>();
        for (AgendaItem item : agenda.items()) {
            if (limit == null || taken.merge(item.urgency(), 1, Integer::sum) <= limit) {
                shown.add(item);
            }
        }
        ParallelJsonArray.write(json, shown, 2, (item, object) -> item(item, messages, fileName, object));
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static void item(AgendaItem item, Messages messages, Function<SourceFile, String> fileName,
            JsonWriter json) throws IOException {
        json.beginObject();
        json.name("id").value(item.project().id() + "/" + item.identity());
        json.name("urgency").value(item.urgency().id());
        json.name("date").value(item.date().toString());
        json.name("time").value(item.time() == null ? null : item.time().toString());
        json.name("project").beginObject();
        json.name("id").value(item.project().id());
        json.name("title").value(item.project().title());
        json.name("status").value(item.project().status().keyword());
        json.endObject();
        json.name("kind").value(item.kind());
        json.name("rule").value(item.rule());
        json.name("people").beginArray();
        for (String person : item.people()) {
            json.value(person);
        }
        json.endArray();
        json.name("what").value(messages.format(item.what()));
        String action = item.action() == null ? null : messages.format(item.action());
        json.name("action").value(action == null || action.isEmpty() ? null : action);
        json.name("prepare").beginArray();
        for (Message message : item.prepare()) {
            json.value(messages.format(message));
        }
        json.endArray();
        json.name("file").value(fileName.apply(item.file()));
        Position start = item.file().position(item.span().start());
        Position end = item.file().position(item.span().end());
        json.name("line").value(start.line() + 1);
        json.name("column").value(start.column() + 1);
        json.name("endLine").value(end.line() + 1);
        json.name("endColumn").value(end.column() + 1);
        json.endObject();
    }
}
