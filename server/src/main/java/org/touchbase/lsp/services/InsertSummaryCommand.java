package org.touchbase.lsp.services;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;
import org.touchbase.lsp.services.actions.SummaryAction;

/**
 * {@code touchbase.insertSummary [uri, {line, character}, "interim"|"final"]}:
 * the summary template in the meeting or presentation at the position, or
 * the nearest one before it.
 */
public final class InsertSummaryCommand {

    public static final String ID = "touchbase.insertSummary";

    /** The command's arguments, read from JSON or plain values. */
    public record Arguments(String uri, Position position, Summary.Kind kind) {
    }

    private InsertSummaryCommand() {
    }

    /** Reads the arguments; throws {@link IllegalArgumentException} when they are not usable. */
    public static Arguments parse(List<Object> arguments) {
        List<JsonElement> args = new ArrayList<>();
        if (arguments != null) {
            for (Object argument : arguments) {
                args.add(json(argument));
            }
        }
        if (args.size() == 1 && args.get(0).isJsonArray()) {
            JsonArray array = args.get(0).getAsJsonArray();
            args.clear();
            array.forEach(args::add);
        }
        if (args.size() < 2 || !args.get(0).isJsonPrimitive() || !args.get(1).isJsonObject()) {
            throw new IllegalArgumentException("expected [uri, {line, character}, \"interim\"|\"final\"]");
        }
        JsonObject at = args.get(1).getAsJsonObject();
        if (!at.has("line") || !at.has("character")) {
            throw new IllegalArgumentException("the position needs line and character");
        }
        Position position = new Position(at.get("line").getAsInt(), at.get("character").getAsInt());
        Summary.Kind kind = Summary.Kind.FINAL;
        if (args.size() > 2 && args.get(2).isJsonPrimitive()) {
            String name = args.get(2).getAsString().toLowerCase(Locale.ROOT);
            if (!name.equals("final") && !name.equals("interim")) {
                throw new IllegalArgumentException("the kind is \"interim\" or \"final\", not \"" + name + "\"");
            }
            kind = name.equals("interim") ? Summary.Kind.INTERIM : Summary.Kind.FINAL;
        }
        return new Arguments(args.get(0).getAsString(), position, kind);
    }

    private static JsonElement json(Object argument) {
        if (argument instanceof JsonElement element) {
            return element;
        }
        if (argument instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    return JsonParser.parseString(trimmed);
                } catch (RuntimeException e) {
                    // a plain string after all
                }
            }
        }
        if (argument instanceof Position position) {
            JsonObject object = new JsonObject();
            object.addProperty("line", position.getLine());
            object.addProperty("character", position.getCharacter());
            return object;
        }
        if (argument instanceof Map<?, ?> || argument instanceof List<?>) {
            return new Gson().toJsonTree(argument);
        }
        return new JsonPrimitive(String.valueOf(argument));
    }

    /** The edit that inserts the summary, or null when there is no meeting at or before the position. */
    public static WorkspaceEdit edit(DocumentContext context, Arguments arguments) {
        int offset = TextEdits.offset(context.file(), arguments.position());
        Touch meeting = SummaryAction.meetingAt(context, offset);
        return meeting == null ? null : SummaryAction.edit(context, meeting, arguments.kind());
    }
}
