package org.touchbase.core.agenda;

/** The kinds of agenda item, as they appear in JSON and in message keys. */
public final class Kinds {

    /** An incoming touch to acknowledge or answer. */
    public static final String REPLY = "reply";
    /** An answer we promised for a date ({@code eta}). */
    public static final String PROMISED_ANSWER = "promised-answer";
    /** What the client owes ({@code expect}): to remind them of. */
    public static final String OBLIGATION = "obligation";
    /** A step of the plan. */
    public static final String STEP = "step";
    /** A meeting to sum up. */
    public static final String SUMMARY = "summary";
    /** A touch planned for a date (a meeting, a call …). */
    public static final String PLANNED_TOUCH = "planned-touch";
    /** The next touch a summary agreed on ({@code next}). */
    public static final String NEXT_TOUCH = "next-touch";
    /** A key person to touch before the cadence runs out. */
    public static final String CADENCE = "cadence";
    /** The project's launch. */
    public static final String LAUNCH = "launch";

    private Kinds() {
    }
}
