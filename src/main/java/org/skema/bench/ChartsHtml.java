package org.skema.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page (no scripts, no network) with an SVG chart per instance: each run's
 * best feasible cost over time, and the best known value as a dashed line.
 */
public final class ChartsHtml {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int MARGIN = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private ChartsHtml() {
    }

    public static String of(Suite suite, List<BenchRun> runs, String summaryMarkdown) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Benchmark ")
                .append(escape(suite.name())).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("svg{background:#fafafa;border:1px solid #ddd}figure{display:inline-block;margin:0 1em 1em 0}")
                .append("figcaption{font-weight:600;margin-bottom:.3em}pre{background:#f4f4f4;padding:1em;overflow:auto}")
                .append("</style></head><body>\n<h1>Benchmark ").append(escape(suite.name())).append("</h1>\n");
        Map<String, List<BenchRun>> byInstance = new LinkedHashMap<>();
        runs.forEach(run -> byInstance.computeIfAbsent(run.instance(), k -> new ArrayList<>()).add(run));
        byInstance.forEach((instance, list) -> html.append(chart(instance, list)));
        html.append("<h2>Summary</h2>\n<pre>").append(escape(summaryMarkdown)).append("</pre>\n</body></html>\n");
        return html.toString();
    }

    private static String chart(String instance, List<BenchRun> runs) {
        double maxSeconds = runs.stream().mapToDouble(BenchRun::timeLimitSeconds).max().orElse(1);
        List<List<double[]>> series = new ArrayList<>();
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (BenchRun run : runs) {
            List<double[]> points = new ArrayList<>();
            for (SolveStats.Point point : run.history()) {
                Long cost = feasibleCost(point.score());
                if (cost != null) {
                    points.add(new double[] {point.seconds(), cost});
                    low = Math.min(low, cost);
                    high = Math.max(high, cost);
                }
            }
            series.add(points);
        }
        Long bestKnown = runs.get(0).bestKnown();
        if (bestKnown != null && low != Double.MAX_VALUE) {
            low = Math.min(low, bestKnown);
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><figcaption>").append(escape(instance)).append("</figcaption>")
                .append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                        WIDTH, HEIGHT, escape("best cost over time for " + instance)));
        if (low == Double.MAX_VALUE) {
            svg.append("<text x=\"20\" y=\"40\">no feasible solution in any run</text></svg></figure>\n");
            return svg.toString();
        }
        if (high == low) {
            high = low + 1;
        }
        axes(svg, maxSeconds, low, high);
        for (int i = 0; i < series.size(); i++) {
            List<double[]> points = series.get(i);
            if (points.isEmpty()) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            double lastY = 0;
            for (int p = 0; p < points.size(); p++) {
                double x = x(points.get(p)[0], maxSeconds);
                double y = y(points.get(p)[1], low, high);
                // A step line: the best cost holds until the next improvement.
                path.append(p == 0 ? "M" : String.format(Locale.ROOT, " L%.1f,%.1f L", x, lastY))
                        .append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                lastY = y;
            }
            path.append(String.format(Locale.ROOT, " L%.1f,%.1f", x(maxSeconds, maxSeconds), lastY));
            svg.append("<path fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(COLOURS[i % COLOURS.length])
                    .append("\" d=\"").append(path).append("\"><title>seed ").append(runs.get(i).seed())
                    .append("</title></path>");
        }
        if (bestKnown != null) {
            double y = y(bestKnown, low, high);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" "
                    + "stroke-dasharray=\"4 3\"><title>best known %d</title></line>", MARGIN, WIDTH - 10, y, y, bestKnown));
        }
        svg.append("</svg></figure>\n");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, double maxSeconds, double low, double high) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", MARGIN,
                HEIGHT - 30, WIDTH - 10, HEIGHT - 30));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", MARGIN,
                MARGIN, HEIGHT - 30));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">0 s</text>", MARGIN, HEIGHT - 12));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s s</text>",
                WIDTH - 10, HEIGHT - 12, trim(maxSeconds)));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"16\" font-size=\"11\">%,d</text>", (long) high));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\">%,d</text>", HEIGHT - 34, (long) low));
    }

    private static double x(double seconds, double maxSeconds) {
        return MARGIN + (WIDTH - 10 - MARGIN) * Math.min(1, seconds / maxSeconds);
    }

    private static double y(double cost, double low, double high) {
        return 10 + (HEIGHT - 40) * (high - cost) / (high - low);
    }

    /** The soft cost of a feasible "0hard/0medium/-123soft" score, else null. */
    static Long feasibleCost(String score) {
        String[] parts = score.split("/");
        if (parts.length != 3 || !parts[0].equals("0hard") || !parts[1].equals("0medium")) {
            return null;
        }
        return -Long.parseLong(parts[2].replace("soft", ""));
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
