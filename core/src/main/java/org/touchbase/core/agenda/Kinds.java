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
    /** What the client owes, reminded before and due to be reminded again ({@code remind every}). */
    public static final String REMIND_AGAIN = "remind-again";
    /** An action of a meeting summary owned by a person of the client. */
    public static final String CLIENT_ACTION = "client-action";
    /** An action of a meeting summary owned by a member of our team: what we promised. */
    public static final String OUR_ACTION = "our-action";
    /** A question we sent that has no answer: to ask again after {@code remind every}. */
    public static final String QUESTION = "question";
    /** A pause that ends ({@code status paused until}). */
    public static final String PAUSE_ENDS = "pause-ends";
    /** A decision-maker or contact who leaves with nobody to take over. */
    public static final String KEY_PERSON_LEAVING = "leaving";
    /** The project's launch. */
    public static final String LAUNCH = "launch";

    private Kinds() {
    }
}
