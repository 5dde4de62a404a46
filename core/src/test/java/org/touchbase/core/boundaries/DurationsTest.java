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
import org.touchbase.core.time.Term;

/**
 * A duration is digits and a unit ({@code h}, {@code d}, {@code w},
 * {@code wd}), never signed, at most a million of its unit; it is written
 * back as it was written. A span of time is said in hours below two days and
 * in days from two days on, a part of an hour or a day counting as a whole.
 */
class DurationsTest {

    @Test
    void hoursDaysWeeksAndWorkingDays() {
        assertEquals(Term.hours(4), Term.parse("4h"));
        assertEquals(Term.days(1), Term.parse("1d"));
        assertEquals(new Term(2, Term.Unit.WEEKS), Term.parse("2w"));
        assertEquals(Term.workingDays(3), Term.parse("3wd"));
        assertEquals(Term.days(0), Term.parse("0d"));
        assertEquals(Term.hours(567890), Term.parse("567890h"));
        assertEquals(Term.hours(7), Term.parse("007h"));
        assertEquals(Term.hours(1), Term.parse("000000001h"));
        assertNull(Term.parse("0000000001h"));
    }

    @Test
    void theElapsedTimeOfADuration() {
        assertEquals(Duration.ofHours(4), Term.parse("4h").elapsed());
        assertEquals(Duration.ofDays(1), Term.parse("1d").elapsed());
        assertEquals(Duration.ofDays(14), Term.parse("2w").elapsed());
        assertNull(Term.parse("2wd").elapsed());
    }

    @Test
    void aMillionOfAUnitIsTheMost() {
        assertEquals(Term.hours(1_000_000), Term.parse("1000000h"));
        assertEquals(Duration.ofDays(7_000_000), Term.parse("1000000w").elapsed());
        assertNull(Term.parse("1000001h"));
        assertNull(Term.parse("999999999h"));
        assertNull(Term.parse("99999999999999999999d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-4h", "+4h", "4", "h", "", " 4h", "4 h", "4H", "4m", "4.5h", "/4h", ":4h", "4/h", "4:h",
        "1e3h", "0x4h", "4dw", "4hh", "w", "wd", "4wdx"})
    void anythingElseIsNotADuration(String text) {
        assertNull(Term.parse(text), text);
    }

    @Test
    void nothingIsNotADuration() {
        assertNull(Term.parse(null));
    }

    @Test
    void writtenBackAsWritten() {
        assertEquals("24h", Term.parse("24h").toString());
        assertEquals("14d", Term.parse("14d").toString());
        assertEquals("2w", Term.parse("2w").toString());
        assertEquals("1wd", Term.parse("1wd").toString());
    }

    @Test
    void saidInHoursBelowTwoDaysThenInDays() {
        assertEquals("0h", Length.spoken(Duration.ZERO).compact());
        assertEquals("1h", Length.spoken(Duration.ofMinutes(1)).compact());
        assertEquals("1h", Length.spoken(Duration.ofMinutes(60)).compact());
        assertEquals("2h", Length.spoken(Duration.ofMinutes(61)).compact());
        assertEquals("47h", Length.spoken(Duration.ofHours(47)).compact());
        assertEquals("2d", Length.spoken(Duration.ofHours(47).plusMinutes(1)).compact());
        assertEquals("2d", Length.spoken(Duration.ofHours(48)).compact());
        assertEquals("3d", Length.spoken(Duration.ofHours(48).plusMinutes(1)).compact());
        assertEquals("3d", Length.spoken(Duration.ofHours(72)).compact());
        assertEquals(new Length.Spoken(2, true), Length.spoken(Duration.ofHours(48)));
        assertEquals(new Length.Spoken(47, false), Length.spoken(Duration.ofHours(47)));
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
    void theProjectsDurationIsSaidAsWritten() {
        assertFindings(analyze("""
                project portal {
                  respond within 48h
                  person boris { contact }
                  touch q1 2026-11-10 09:40 letter from boris "Hosting?"
                }
                """, TODAY), f(4, 3, "unanswered").message("\"Hosting?\" (letter, 10 Nov) from boris has had "
                + "no answer within 48 hours: acknowledge receipt now and say when the answer will come"));
    }
}
