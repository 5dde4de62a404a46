package org.touchbase.core.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.RuleLevel;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.time.Term;
import org.touchbase.core.time.WorkCalendar;

/**
 * Reads {@code touchbase.json} files and settings objects of the same shape
 * (the language server's settings). Every problem is a {@link ConfigException}
 * that names the file and says what is wrong.
 */
public final class ConfigReader {

    private static final Pattern JSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    private static final Set<String> KNOWN_KEYS = Set.of("rules", "today", "locale", "respondWithin", "cadence",
            "remindEvery", "confirmWithin", "workweek", "holidays", "ourAddresses", "timezone", "$schema");

    private ConfigReader() {
    }

    public static Config read(Path file) throws ConfigException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a pipe or a device could block or never end
            throw new ConfigException(Message.of("config.notRegularFile", file.toString()));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(Message.of("config.unreadable", file.toString()));
        }
        return parse(file.toString(), text);
    }

    public static Config parse(String name, String text) throws ConfigException {
        JsonElement root;
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | StackOverflowError e) {
            throw badJson(name, e, 0);
        }
        try {
            // One JSON value and nothing after it: a strict reader refuses anything but the end here.
            reader.peek();
        } catch (IOException | RuntimeException e) {
            // the reader has read the first character it refuses: the column it gives is one past it
            throw badJson(name, e, 1);
        }
        if (!root.isJsonObject()) {
            throw new ConfigException(Message.of("config.notObject", name));
        }
        return fromJson(name, root.getAsJsonObject(), places(text));
    }

    /**
     * Where each top-level setting is in the text, 1-based: its value, or for
     * an unknown key the key itself. Read again with a streaming reader, which
     * knows positions; the text is valid JSON by now.
     */
    private static Map<String, Place> places(String text) {
        Map<String, Place> places = new HashMap<>();
        JsonReader reader = new JsonReader(new StringReader(text));
        try {
            reader.beginObject();
            while (reader.hasNext()) {
                reader.peek();
                // the reader is past the key's opening quote
                Position key = place(reader, 1);
                String name = reader.nextName();
                // and now past its closing quote: the value starts after the colon and the blanks
                Position after = place(reader, 0);
                places.put(name, new Place(key, key == null || after == null ? null : valueAfter(text, after)));
                reader.skipValue();
            }
        } catch (IOException | RuntimeException e) {
            // no places: the messages name the file alone
        }
        return places;
    }

    private static Position place(JsonReader reader, int columnsPast) {
        Matcher position = JSON_POSITION.matcher(reader.toString());
        return position.find() ? new Position(Integer.parseInt(position.group(1)),
                Math.max(1, Integer.parseInt(position.group(2)) - columnsPast)) : null;
    }

    /** The first character after {@code from} that is neither blank nor the colon. */
    private static Position valueAfter(String text, Position from) {
        int line = from.line();
        int column = from.column();
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        offset += column - 1;
        while (offset < text.length() && (Character.isWhitespace(text.charAt(offset)) || text.charAt(offset) == ':')) {
            if (text.charAt(offset) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            offset++;
        }
        return new Position(line, column);
    }

    /** A 1-based line and column in a configuration file. */
    private record Position(int line, int column) {
    }

    /** Where a setting's key and its value are. */
    private record Place(Position key, Position value) {
    }

    private static ConfigException badJson(String name, Throwable e, int columnsPast) {
        Matcher position = JSON_POSITION.matcher(String.valueOf(e.getMessage()));
        return new ConfigException(position.find()
                ? Message.of("config.badJsonAt", name, position.group(1),
                        String.valueOf(Math.max(1, Integer.parseInt(position.group(2)) - columnsPast)))
                : Message.of("config.badJson", name));
    }

    /**
     * Reads a settings object: {@code rules}, {@code today}, {@code locale},
     * {@code respondWithin}, {@code cadence}, {@code remindEvery},
     * {@code confirmWithin}, {@code workweek}, {@code holidays}, {@code timezone}.
     */
    public static Config fromJson(String name, JsonObject object) throws ConfigException {
        return fromJson(name, object, Map.of());
    }

    private static Config fromJson(String name, JsonObject object, Map<String, Place> places)
            throws ConfigException {
        Settings settings = new Settings();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonElement value = entry.getValue();
            if (value.isJsonNull()) {
                continue;
            }
            Place place = places.get(key);
            Position at = place == null ? null : KNOWN_KEYS.contains(key) ? place.value() : place.key();
            // "touchbase.json:3:15" when the text is known, as a finding's position is written; else the file alone
            String where = at == null ? name : name + ":" + at.line() + ":" + at.column();
            try {
                settings.read(key, value, where);
            } catch (ConfigException e) {
                throw at == null ? e : new ConfigException(e.problem(), at.line(), at.column());
            }
        }
        return settings.config();
    }

    /** The settings read so far. */
    private static final class Settings {
        private Map<String, RuleLevel> rules = new LinkedHashMap<>();
        private LocalDateTime today;
        private String locale;
        private Term respondWithin;
        private Term cadence;
        private Term remindEvery;
        private Term confirmWithin;
        private Set<DayOfWeek> workweek;
        private Set<LocalDate> holidays;
        private ZoneId timezone;

        /** Reads one setting; {@code where} names the file, and the place in it when known. */
        void read(String key, JsonElement value, String where) throws ConfigException {
            switch (key) {
                case "rules" -> rules = rules(where, value);
                case "today" -> {
                    String text = string(where, key, value);
                    if (!text.isBlank()) {
                        today = Dates.parseMoment(text);
                        if (today == null) {
                            throw new ConfigException(Message.of("config.badToday", where, text));
                        }
                    }
                }
                case "locale" -> {
                    String text = string(where, key, value);
                    if (!text.isBlank()) {
                        if (!Messages.isSupported(text)) {
                            throw new ConfigException(Message.of("config.badLocale", where, text));
                        }
                        locale = text;
                    }
                }
                case "respondWithin" -> respondWithin = duration(where, key, value);
                case "cadence" -> cadence = duration(where, key, value);
                case "remindEvery" -> remindEvery = duration(where, key, value);
                case "confirmWithin" -> confirmWithin = duration(where, key, value);
                case "workweek" -> workweek = workweek(where, key, value);
                case "holidays" -> holidays = holidays(where, key, value);
                case "ourAddresses" -> ourAddresses(where, value);
                case "timezone" -> {
                    String text = string(where, key, value);
                    if (!text.isBlank()) {
                        try {
                            timezone = ZoneId.of(text.strip());
                        } catch (DateTimeException e) {
                            throw new ConfigException(Message.of("config.badTimezone", where, text));
                        }
                    }
                }
                case "$schema" -> {
                }
                default -> throw new ConfigException(Message.of("config.unknownKey", where, key));
            }
        }

        Config config() {
            return new Config(Map.copyOf(rules), today, locale, respondWithin, cadence, remindEvery, confirmWithin,
                    workweek, holidays, timezone);
        }
    }

    private static Map<String, RuleLevel> rules(String name, JsonElement value) throws ConfigException {
        if (!value.isJsonObject()) {
            throw new ConfigException(Message.of("config.rulesNotObject", name));
        }
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> rule : value.getAsJsonObject().entrySet()) {
            RuleInfo info = Rules.info(rule.getKey());
            if (info == null) {
                throw new ConfigException(Message.of("config.unknownRule", name, rule.getKey()));
            }
            if (info.language()) {
                throw new ConfigException(Message.of("config.languageRule", name, rule.getKey()));
            }
            JsonElement level = rule.getValue();
            RuleLevel parsed = level.isJsonPrimitive() && ((JsonPrimitive) level).isString()
                    ? RuleLevel.fromId(level.getAsString()) : null;
            if (parsed == null) {
                throw new ConfigException(Message.of("config.badLevel", name, rule.getKey(), level.toString()));
            }
            rules.put(rule.getKey(), parsed);
        }
        return rules;
    }

    /** Our own addresses, for {@code touchbase import}: a list of addresses or {@code @domain}s. */
    private static void ourAddresses(String name, JsonElement value) throws ConfigException {
        boolean valid = value.isJsonArray();
        if (valid) {
            for (JsonElement item : value.getAsJsonArray()) {
                valid &= item.isJsonPrimitive() && ((JsonPrimitive) item).isString() && item.getAsString().contains("@");
            }
        }
        if (!valid) {
            throw new ConfigException(Message.of("config.badOurAddresses", name));
        }
    }

    private static String string(String name, String key, JsonElement value) throws ConfigException {
        if (!value.isJsonPrimitive() || !((JsonPrimitive) value).isString()) {
            throw new ConfigException(Message.of("config.notString", name, key));
        }
        return value.getAsString();
    }

    /** A duration such as {@code 4h}, {@code 1d}, {@code 2w} or {@code 1wd}; blank, like an absent key, leaves the default. */
    private static Term duration(String name, String key, JsonElement value) throws ConfigException {
        String text = string(name, key, value);
        if (text.isBlank()) {
            return null;
        }
        Term duration = Term.parse(text.trim());
        if (duration == null) {
            throw new ConfigException(Message.of("config.badDuration", name, key, text));
        }
        return duration;
    }

    /** Day names and ranges, comma separated ({@code "mon-fri"}, {@code "sat-wed"}); blank leaves the default. */
    private static Set<DayOfWeek> workweek(String name, String key, JsonElement value) throws ConfigException {
        String text = string(name, key, value);
        if (text.isBlank()) {
            return null;
        }
        Set<DayOfWeek> days = WorkCalendar.parseWorkweek(text);
        if (days == null || days.isEmpty()) {
            throw new ConfigException(Message.of("config.badWorkweek", name, key, text));
        }
        return Set.copyOf(days);
    }

    /** An array of dates such as {@code "2026-11-04"}. */
    private static Set<LocalDate> holidays(String name, String key, JsonElement value) throws ConfigException {
        if (!value.isJsonArray()) {
            throw new ConfigException(Message.of("config.holidaysNotArray", name, key));
        }
        Set<LocalDate> days = new HashSet<>();
        for (JsonElement element : value.getAsJsonArray()) {
            String text = element.isJsonPrimitive() && ((JsonPrimitive) element).isString() ? element.getAsString()
                    : element.toString();
            LocalDateTime day = text.trim().length() == 10 ? Dates.parseMoment(text) : null;
            if (day == null) {
                throw new ConfigException(Message.of("config.badHoliday", name, key, text));
            }
            days.add(day.toLocalDate());
        }
        return Set.copyOf(days);
    }
}
