package org.touchbase.core.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.touchbase.core.diagnostics.Message;

/**
 * Every user-facing text of Touchbase, in English (the default) and Russian,
 * from the {@code messages} resource bundles.
 */
public final class Messages {

    private static final String BUNDLE = "org.touchbase.core.messages";
    private static final ConcurrentHashMap<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    /** A {@link MessageFormat} may not be shared between threads: each thread makes its own, once per pattern. */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);
    /**
     * The problem and the fix part of each rule message, by the message's key (empty: the message has no
     * fix); per thread, as {@link #formats}.
     */
    private final ThreadLocal<Map<String, Optional<MessageFormat>>> problems = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, Optional<MessageFormat>>> fixes = ThreadLocal.withInitial(HashMap::new);

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for a language tag such as {@code en} or {@code ru}; anything else gets English. */
    public static Messages forLanguage(String language) {
        String tag = isSupported(language) ? language : "en";
        return CACHE.computeIfAbsent(tag, t -> new Messages("en".equals(t) ? Locale.ROOT : Locale.forLanguageTag(t)));
    }

    public static Messages english() {
        return forLanguage("en");
    }

    public static boolean isSupported(String language) {
        return "en".equals(language) || "ru".equals(language);
    }

    /** The supported language closest to the system's: Russian for Russian systems, otherwise English. */
    public static String systemLanguage() {
        return "ru".equals(Locale.getDefault().getLanguage()) ? "ru" : "en";
    }

    public String language() {
        return locale == Locale.ROOT ? "en" : locale.getLanguage();
    }

    /**
     * The text of {@code key} with its arguments. A counted text has no
     * {@code key} of its own but variants chosen by its first argument, a
     * number: {@code key.n1} for exactly one when the language words it
     * apart («в течение суток»), else the plural form, {@code key.one},
     * {@code key.few}, {@code key.many} or {@code key.other} (see {@link Plural}).
     */
    public String get(String key, Object... args) {
        String chosen = choose(key, args);
        if (chosen == null) {
            return key;
        }
        String pattern = bundle.getString(chosen);
        MessageFormat format = formats.get().computeIfAbsent(chosen,
                k -> new MessageFormat(pattern, locale == Locale.ROOT ? Locale.ENGLISH : locale));
        return format.format(args);
    }

    private String choose(String key, Object[] args) {
        if (bundle.containsKey(key)) {
            return key;
        }
        if (args.length > 0 && args[0] instanceof Number number) {
            long n = number.longValue();
            String exact = key + ".n" + n;
            if (bundle.containsKey(exact)) {
                return exact;
            }
            String form = key + "." + Plural.category(language(), n);
            if (bundle.containsKey(form)) {
                return form;
            }
        }
        return null;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Whether there is a text {@code key} or one of its variants, {@code key.VARIANT}. */
    public boolean hasAny(String key) {
        for (String candidate : bundle.keySet()) {
            if (candidate.equals(key) || candidate.startsWith(key + ".")) {
                return true;
            }
        }
        return false;
    }

    public String format(Message message) {
        if (Message.PROBLEM.equals(message.key()) || Message.FIX.equals(message.key())) {
            return part(message);
        }
        List<Object> args = message.args();
        Object[] localized = new Object[args.size()];
        for (int i = 0; i < localized.length; i++) {
            Object arg = args.get(i);
            localized[i] = arg instanceof Message nested ? format(nested) : arg;
        }
        return get(message.key(), localized);
    }

    /**
     * One part of a rule's message: a finding says the problem, then, after
     * its last {@code ": "}, the fix. Both parts are formatted from the same
     * pattern, so the agenda says the fix in the rule's own words.
     */
    private String part(Message message) {
        Message whole = (Message) message.args().get(0);
        boolean fix = Message.FIX.equals(message.key());
        Map<String, Optional<MessageFormat>> parts = (fix ? fixes : problems).get();
        Optional<MessageFormat> format = parts.get(whole.key());
        if (format == null) {
            String pattern;
            try {
                pattern = bundle.getString(whole.key());
            } catch (MissingResourceException e) {
                return whole.key();
            }
            int split = fixStart(pattern);
            format = split < 0 ? Optional.empty() : Optional.of(new MessageFormat(
                    fix ? pattern.substring(split + 2) : pattern.substring(0, split),
                    locale == Locale.ROOT ? Locale.ENGLISH : locale));
            parts.put(whole.key(), format);
        }
        if (format.isEmpty()) {
            return fix ? "" : format(whole);
        }
        List<Object> args = whole.args();
        Object[] localized = new Object[args.size()];
        for (int i = 0; i < localized.length; i++) {
            Object arg = args.get(i);
            localized[i] = arg instanceof Message nested ? format(nested) : arg;
        }
        return format.get().format(localized);
    }

    /** Whether the message of {@code key} ends with a fix after its last {@code ": "}. */
    public boolean hasFix(String key) {
        return bundle.containsKey(key) && fixStart(bundle.getString(key)) >= 0;
    }

    /** The index of the last {@code ": "} outside an argument and outside parentheses, or -1. */
    private static int fixStart(String pattern) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i + 1 < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
            } else if (depth == 0 && c == ':' && pattern.charAt(i + 1) == ' ') {
                found = i;
            }
        }
        return found;
    }
}
