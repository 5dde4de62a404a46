package org.touchbase.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.touchbase.core.diagnostics.Message;

/** Messages come in English and Russian; anything else is English, and a missing text shows its key. */
class LanguagesTest {

    @Test
    void englishAndRussianAreSupported() {
        assertTrue(Messages.isSupported("en"));
        assertTrue(Messages.isSupported("ru"));
        assertFalse(Messages.isSupported("de"));
        assertFalse(Messages.isSupported("EN"));
        assertFalse(Messages.isSupported(null));
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        assertEquals("en", Messages.forLanguage("de").language());
        assertEquals("en", Messages.forLanguage(null).language());
        assertEquals("ru", Messages.forLanguage("ru").language());
        assertEquals("en", Messages.english().language());
        assertSame(Messages.english(), Messages.forLanguage("fr"));
    }

    @Test
    void eachLanguageHasItsOwnTexts() {
        assertEquals("letter", Messages.english().get("kind.letter"));
        assertEquals("письмо", Messages.forLanguage("ru").get("kind.letter"));
        assertEquals("`2026-02-30` is not a real calendar date",
                Messages.english().format(Message.of("invalidDate.date", "2026-02-30")));
    }

    @Test
    void aTextThatDoesNotExistShowsItsKey() {
        assertEquals("no.such.key", Messages.english().get("no.such.key", 1));
        assertFalse(Messages.english().has("no.such.key"));
        assertTrue(Messages.english().has("kind.letter"));
    }

    @Test
    void nestedMessagesAreFormattedInTheSameLanguage() {
        Message kind = Message.of("kind.call");
        assertEquals("\"Scope\" (call, 2026-11-02)",
                Messages.english().format(Message.of("label.titledTouch", "Scope", kind, "2026-11-02")));
        assertTrue(Messages.forLanguage("ru").format(Message.of("label.titledTouch", "Scope", kind, "2026-11-02"))
                .contains("звонок"));
    }

    @Test
    void theSystemLanguageIsRussianOnlyOnRussianSystems() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            assertEquals("ru", Messages.systemLanguage());
            Locale.setDefault(Locale.GERMANY);
            assertEquals("en", Messages.systemLanguage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aGroupOfTextsIsKnownByItsPrefix() {
        assertTrue(Messages.english().hasAny("kind"));
        assertTrue(Messages.english().hasAny("kind.letter"));
        assertFalse(Messages.english().hasAny("kin"));
        assertFalse(Messages.english().hasAny("no.such.group"));
    }
}
