package org.touchbase.core.analysis;

/**
 * The trust index: {@code 100 × right / (right + wrong)}. With nothing to
 * count it is unknown, not 0.
 */
public record Trust(int right, int wrong) {

    public static final Trust UNKNOWN = new Trust(0, 0);

    public boolean known() {
        return right + wrong > 0;
    }

    /** The index from 0 to 100, or null when unknown. */
    public Integer percent() {
        return known() ? (int) Math.round(100.0 * right / (right + wrong)) : null;
    }

    Trust plus(int moreRight, int moreWrong) {
        return new Trust(right + moreRight, wrong + moreWrong);
    }

    @Override
    public String toString() {
        return known() ? percent() + "%" : "—";
    }
}
