package org.touchbase.core.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchbase.core.model.Length;

/**
 * A duration is digits and a unit ({@code h}, {@code d}, {@code w}), never
 * signed, at most a million of its unit; it is written back in days when it
 * is whole days, otherwise in hours.
 */
class DurationsTest {

    @Test
    void hoursDaysAndWeeks() {
        assertEquals(Duration.ofHours(4), Length.parse("4h"));
        assertEquals(Duration.ofDays(1), Length.parse("1d"));
        assertEquals(Duration.ofDays(14), Length.parse("2w"));
        assertEquals(Duration.ZERO, Length.parse("0d"));
        assertEquals(Duration.ofHours(567890), Length.parse("567890h"));
    }

    @Test
    void aMillionOfAUnitIsTheMost() {
        assertEquals(Duration.ofHours(1_000_000), Length.parse("1000000h"));
        assertEquals(Duration.ofDays(7_000_000), Length.parse("1000000w"));
        assertNull(Length.parse("1000001h"));
        assertNull(Length.parse("99999999999999999999d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-4h", "+4h", "4", "h", "", " 4h", "4 h", "4H", "4m", "4.5h", "/4h", ":4h", "4/h", "4:h",
        "1e3h", "0x4h"})
    void anythingElseIsNotADuration(String text) {
        assertNull(Length.parse(text), text);
    }

    @Test
    void nothingIsNotADuration() {
        assertNull(Length.parse(null));
    }

    @Test
    void writtenInDaysWhenWholeDaysOtherwiseInHours() {
        assertEquals("1d", Length.format(Duration.ofHours(24)));
        assertEquals("14d", Length.format(Duration.ofDays(14)));
        assertEquals("25h", Length.format(Duration.ofHours(25)));
        assertEquals("4h", Length.format(Duration.ofHours(4)));
        assertEquals("0h", Length.format(Duration.ZERO));
    }

    @Test
    void aDurationOverTheLimitInAFileIsASyntaxError() {
        String text = """
                project portal {
                  respond within %s
                }
                """;
        assertNoFinding(text.formatted("1000000h"), TODAY, "syntax");
        assertFindings(text.formatted("1000001h"), TODAY, f(2, 18, "syntax").to(2, 26)
                .message("`1000001h` is not a duration that can be counted"));
    }

    @Test
    void theProjectsDurationsAreSaidAsWritten() {
        assertFindings(analyze("""
                project portal {
                  respond within 48h
                  person boris { contact }
                  touch q1 2026-11-10 09:40 letter from boris "Hosting?"
                }
                """, TODAY), f(4, 3, "unanswered").message("\"Hosting?\" (letter, 2026-11-10) from boris has had "
                + "no answer within 2d: acknowledge receipt now and say when the answer will come"));
    }
}
