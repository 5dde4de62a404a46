package org.touchbase.report.render;

import org.touchbase.report.doc.Block;

/** A stacked bar chart of counts as inline SVG: one bar per label, one colour per series. */
final class BarChartSvg {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 32;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private BarChartSvg() {
    }

    static void render(Block.BarChart chart, StringBuilder out) {
        int n = chart.labels().size();
        int max = 1;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, total(chart, i));
        }
        int step = Math.max(1, (max + 3) / 4);
        int top = ((max + step - 1) / step) * step;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Escape.html(chart.title()))
                .append("\">\n");
        out.append("<title>").append(Escape.html(chart.title())).append("</title>\n");
        for (int tick = 0; tick <= top; tick += step) {
            double y = TOP + plotHeight * (1 - (double) tick / top);
            out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(LineChartSvg.fmt(y))
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(LineChartSvg.fmt(y))
                    .append("\" stroke=\"#dee2e6\" stroke-width=\"1\"/>\n");
            out.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(LineChartSvg.fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#6c757d\">").append(tick)
                    .append("</text>\n");
        }
        double slot = n == 0 ? plotWidth : plotWidth / n;
        double bar = Math.max(2, slot * 0.7);
        int every = Math.max(1, (n + 9) / 10);
        for (int i = 0; i < n; i++) {
            double x = LEFT + slot * i + (slot - bar) / 2;
            double base = TOP + plotHeight;
            for (int s = 0; s < chart.series().size(); s++) {
                Block.Series series = chart.series().get(s);
                Integer value = i < series.values().size() ? series.values().get(i) : null;
                if (value == null || value <= 0) {
                    continue;
                }
                double h = plotHeight * value / top;
                base -= h;
                out.append("<rect x=\"").append(LineChartSvg.fmt(x)).append("\" y=\"")
                        .append(LineChartSvg.fmt(base)).append("\" width=\"").append(LineChartSvg.fmt(bar))
                        .append("\" height=\"").append(LineChartSvg.fmt(h)).append("\" fill=\"")
                        .append(Palette.colour(s)).append("\"><title>")
                        .append(Escape.html(chart.labels().get(i) + " · " + series.name() + ": " + value))
                        .append("</title></rect>\n");
            }
            if (i % every == 0) {
                out.append("<text x=\"").append(LineChartSvg.fmt(LEFT + slot * i + slot / 2)).append("\" y=\"")
                        .append(HEIGHT - 8).append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#6c757d\">")
                        .append(Escape.html(chart.labels().get(i))).append("</text>\n");
            }
        }
        out.append("</svg>\n");
        LineChartSvg.legend(chart.series(), out);
    }

    static int total(Block.BarChart chart, int index) {
        int sum = 0;
        for (Block.Series series : chart.series()) {
            Integer value = index < series.values().size() ? series.values().get(index) : null;
            sum += value == null ? 0 : value;
        }
        return sum;
    }
}
