package org.touchbase.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.time.Term;

/** {@code remindEvery} and {@code confirmWithin} in {@code touchbase.json}: read, defaulted, checked. */
class RemindAndConfirmConfigTest {

    @Test
    void bothAreReadAndBecomeTheDefaults() throws ConfigException {
        Config config = ConfigReader.parse("touchbase.json", "{\"remindEvery\": \"14d\", \"confirmWithin\": \"2d\"}");
        Settings settings = Settings.of(config, LocalDateTime.of(2026, 11, 20, 0, 0));
        assertEquals(Term.days(14), settings.remindEvery());
        assertEquals(Term.days(2), settings.confirmWithin());
    }

    @Test
    void withoutThemTheLanguageDefaultsHold() throws ConfigException {
        Config config = ConfigReader.parse("touchbase.json", "{\"remindEvery\": \" \"}");
        assertNull(config.remindEvery());
        Settings settings = Settings.of(config, LocalDateTime.of(2026, 11, 20, 0, 0));
        assertEquals(Term.days(7), settings.remindEvery());
        assertEquals(Term.workingDays(1), settings.confirmWithin());
        assertEquals(Settings.DEFAULT_CONFIRM_WITHIN, settings.confirmWithin());
    }

    @Test
    void aBadValueNamesTheFileAndTheKey() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> ConfigReader.parse("touchbase.json", "{\"confirmWithin\": \"soon\"}"));
        assertEquals("touchbase.json:1:19: \"confirmWithin\" must be a duration such as 4h, 1d, 2w or 1wd, not \"soon\"",
                Messages.english().format(error.problem()));
    }
}
