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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.Message;
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

    private ConfigReader() {
    }

    public static Config read(Path file) throws ConfigException {
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
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | StackOverflowError e) {
            Matcher position = JSON_POSITION.matcher(String.valueOf(e.getMessage()));
            throw new ConfigException(position.find()
                    ? Message.of("config.badJsonAt", name, position.group(1), position.group(2))
                    : Message.of("config.badJson", name));
        }
        if (!root.isJsonObject()) {
            throw new ConfigException(Message.of("config.notObject", name));
        }
        return fromJson(name, root.getAsJsonObject());
    }

    /**
     * Reads a settings object: {@code rules}, {@code today}, {@code locale},
     * {@code respondWithin}, {@code cadence}, {@code remindEvery},
     * {@code confirmWithin}, {@code workweek}, {@code holidays}.
     */
    public static Config fromJson(String name, JsonObject object) throws ConfigException {
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        LocalDateTime today = null;
        String locale = null;
        Term respondWithin = null;
        Term cadence = null;
        Term remindEvery = null;
        Term confirmWithin = null;
        Set<DayOfWeek> workweek = null;
        Set<LocalDate> holidays = null;
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonElement value = entry.getValue();
            if (value.isJsonNull()) {
                continue;
            }
            switch (key) {
                case "rules" -> rules = rules(name, value);
                case "today" -> {
                    String text = string(name, key, value);
                    if (!text.isBlank()) {
                        today = Dates.parseMoment(text);
                        if (today == null) {
                            throw new ConfigException(Message.of("config.badToday", name, text));
                        }
                    }
                }
                case "locale" -> {
                    String text = string(name, key, value);
                    if (!text.isBlank()) {
                        if (!Messages.isSupported(text)) {
                            throw new ConfigException(Message.of("config.badLocale", name, text));
                        }
                        locale = text;
                    }
                }
                case "respondWithin" -> respondWithin = duration(name, key, value);
                case "cadence" -> cadence = duration(name, key, value);
                case "remindEvery" -> remindEvery = duration(name, key, value);
                case "confirmWithin" -> confirmWithin = duration(name, key, value);
                case "workweek" -> workweek = workweek(name, key, value);
                case "holidays" -> holidays = holidays(name, key, value);
                case "$schema" -> {
                }
                default -> throw new ConfigException(Message.of("config.unknownKey", name, key));
            }
        }
        return new Config(Map.copyOf(rules), today, locale, respondWithin, cadence, remindEvery, confirmWithin,
                workweek, holidays);
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
        Set<LocalDate> days = new java.util.HashSet<>();
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
