package org.touchbase.core.agenda;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
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
     * @param limit at most this many items of each group (the first ones, in
     *              the agenda's order), or null for all; {@code counts} always
     *              counts them all
     */
    public static JsonObject of(Agenda agenda, Messages messages, Function<SourceFile, String> fileName,
            Integer limit) {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        root.addProperty("now", agenda.now().toString());
        root.addProperty("days", agenda.days());
        root.add("limit", limit == null ? JsonNull.INSTANCE : new JsonPrimitive(limit));
        JsonObject counts = new JsonObject();
        agenda.counts().forEach((urgency, count) -> counts.addProperty(urgency.id(), count));
        root.add("counts", counts);
        JsonArray items = new JsonArray();
        Map<Urgency, Integer> taken = new EnumMap<>(Urgency.class);
        for (AgendaItem item : agenda.items()) {
            if (limit == null || taken.merge(item.urgency(), 1, Integer::sum) <= limit) {
                items.add(item(item, messages, fileName));
            }
        }
        root.add("items", items);
        return root;
    }

    private static JsonObject item(AgendaItem item, Messages messages, Function<SourceFile, String> fileName) {
        JsonObject json = new JsonObject();
        json.addProperty("id", item.project().id() + "/" + item.identity());
        json.addProperty("urgency", item.urgency().id());
        json.addProperty("date", item.date().toString());
        json.add("time", item.time() == null ? JsonNull.INSTANCE
                : new JsonPrimitive(item.time().toString()));
        JsonObject project = new JsonObject();
        project.addProperty("id", item.project().id());
        project.addProperty("title", item.project().title());
        project.addProperty("status", item.project().status().keyword());
        json.add("project", project);
        json.addProperty("kind", item.kind());
        json.add("rule", item.rule() == null ? JsonNull.INSTANCE : new JsonPrimitive(item.rule()));
        JsonArray people = new JsonArray();
        item.people().forEach(people::add);
        json.add("people", people);
        json.addProperty("what", messages.format(item.what()));
        String action = item.action() == null ? null : messages.format(item.action());
        json.add("action", action == null || action.isEmpty() ? JsonNull.INSTANCE
                : new JsonPrimitive(action));
        JsonArray prepare = new JsonArray();
        for (Message message : item.prepare()) {
            prepare.add(messages.format(message));
        }
        json.add("prepare", prepare);
        json.addProperty("file", fileName.apply(item.file()));
        Position start = item.file().position(item.span().start());
        Position end = item.file().position(item.span().end());
        json.addProperty("line", start.line() + 1);
        json.addProperty("column", start.column() + 1);
        json.addProperty("endLine", end.line() + 1);
        json.addProperty("endColumn", end.column() + 1);
        return json;
    }
}
