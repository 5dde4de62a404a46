package org.touchbase.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.touchbase.core.rules.Message;

/**
 * Every user-facing text of Touchbase, in English (the default) and Russian,
 * from the {@code messages} resource bundles.
 */
public final class Messages {

    private static final String BUNDLE = "org.touchbase.core.messages";
    private static final ConcurrentHashMap<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

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

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        MessageFormat format = formats.computeIfAbsent(key,
                k -> new MessageFormat(pattern, locale == Locale.ROOT ? Locale.ENGLISH : locale));
        synchronized (format) {
            return format.format(args);
        }
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
        List<Object> args = message.args();
        Object[] localized = new Object[args.size()];
        for (int i = 0; i < localized.length; i++) {
            Object arg = args.get(i);
            localized[i] = arg instanceof Message nested ? format(nested) : arg;
        }
        return get(message.key(), localized);
    }
}
