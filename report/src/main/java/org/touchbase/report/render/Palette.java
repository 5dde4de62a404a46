package org.touchbase.report.render;

/** The colours of chart series, in order; readable on white and in print. */
final class Palette {

    private static final String[] COLOURS = {
        "#1c7ed6", "#e8590c", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599", "#d6336c", "#5c940d", "#495057",
        "#4263eb",
    };

    private Palette() {
    }

    static String colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    static int size() {
        return COLOURS.length;
    }
}
