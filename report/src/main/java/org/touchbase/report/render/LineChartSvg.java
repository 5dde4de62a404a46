package org.touchbase.report.render;

import java.util.List;
import org.touchbase.report.doc.Block;

/** A line chart from 0 to 100% as inline SVG: one line per series, gaps where a value is unknown. */
final class LineChartSvg {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private LineChartSvg() {
    }

    static void render(Block.LineChart chart, StringBuilder out) {
        int n = chart.labels().size();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Escape.html(chart.title()))
                .append("\">\n");
        out.append("<title>").append(Escape.html(chart.title())).append("</title>\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            double y = TOP + plotHeight * (1 - tick / 100.0);
            out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(y))
                    .append("\" stroke=\"#dee2e6\" stroke-width=\"1\"/>\n");
            out.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#6c757d\">").append(tick)
                    .append("%</text>\n");
        }
        int every = Math.max(1, (n + 11) / 12);
        for (int i = 0; i < n; i++) {
            if (i % every != 0 && i != n - 1) {
                continue;
            }
            out.append("<text x=\"").append(fmt(x(i, n, plotWidth))).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#6c757d\">")
                    .append(Escape.html(chart.labels().get(i))).append("</text>\n");
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Block.Series series = chart.series().get(s);
            String colour = Palette.colour(s);
            int width = s == 0 ? 3 : 2;
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n && i < series.values().size(); i++) {
                Integer value = series.values().get(i);
                if (value == null) {
                    pen = false;
                    continue;
                }
                path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(fmt(x(i, n, plotWidth))).append(' ')
                        .append(fmt(y(value, plotHeight)));
                pen = true;
            }
            if (!path.isEmpty()) {
                out.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"").append(width).append("\" stroke-linejoin=\"round\"")
                        .append(s == 0 ? "" : " stroke-dasharray=\"" + (s % 2 == 0 ? "2 3" : "6 3") + "\"")
                        .append("/>\n");
            }
            for (int i = 0; i < n && i < series.values().size(); i++) {
                Integer value = series.values().get(i);
                if (value == null) {
                    continue;
                }
                out.append("<circle cx=\"").append(fmt(x(i, n, plotWidth))).append("\" cy=\"")
                        .append(fmt(y(value, plotHeight))).append("\" r=\"").append(s == 0 ? 4 : 3)
                        .append("\" fill=\"").append(colour).append("\"><title>")
                        .append(Escape.html(series.name() + " · " + chart.labels().get(i) + ": " + value + "%"))
                        .append("</title></circle>\n");
            }
        }
        out.append("</svg>\n");
        legend(chart.series(), out);
    }

    static void legend(List<Block.Series> series, StringBuilder out) {
        out.append("<figcaption class=\"legend\">");
        for (int s = 0; s < series.size(); s++) {
            out.append("<span><span class=\"swatch c").append(Math.floorMod(s, Palette.size())).append("\"></span>")
                    .append(Escape.html(series.get(s).name())).append("</span>");
        }
        out.append("</figcaption>\n");
    }

    private static double x(int i, int n, double plotWidth) {
        return n <= 1 ? LEFT + plotWidth / 2 : LEFT + 8 + (plotWidth - 16) * i / (n - 1);
    }

    private static double y(int value, double plotHeight) {
        return TOP + plotHeight * (1 - Math.max(0, Math.min(100, value)) / 100.0);
    }

    static String fmt(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : (rounded / 10) + "." + Math.abs(rounded % 10);
    }
}
