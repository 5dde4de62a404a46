package org.touchbase.core.i18n;

/**
 * The plural form a number takes, by the CLDR rules: English has two
 * ({@code one}, {@code other}); Russian three, chosen by the last two digits
 * ({@code one}: 1, 21, 101; {@code few}: 2–4, 22–24; {@code many}: 0, 5–20, 25).
 */
public final class Plural {

    private Plural() {
    }

    /** {@code one}, {@code few}, {@code many} or {@code other} for {@code n} in {@code language}. */
    public static String category(String language, long n) {
        long abs = Math.abs(n);
        if (!"ru".equals(language)) {
            return abs == 1 ? "one" : "other";
        }
        long ten = abs % 10;
        long hundred = abs % 100;
        if (ten == 1 && hundred != 11) {
            return "one";
        }
        return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "few" : "many";
    }
}
