package org.readingcorpus.exporter.html;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn as inline SVG: horizontal bars with their label and number written out, so
 * they read without colour, print, and need no script or library.
 */
final class SvgCharts {

    /** One bar: its label, value, and the CSS class that gives its fill and pattern. */
    record Bar(String label, int value, String style) {
    }

    private static final int WIDTH = 320;
    private static final int LABEL = 130;
    private static final int ROW = 22;

    private SvgCharts() {
    }

    /** A bar per row, scaled to the largest value; {@code title} is what a screen reader says. */
    static String bars(String title, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int height = ROW * bars.size() + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\"><title>").append(Html.escape(title)).append(": ");
        for (int i = 0; i < bars.size(); i++) {
            svg.append(i > 0 ? ", " : "").append(Html.escape(bars.get(i).label())).append(' ').append(bars.get(i).value());
        }
        svg.append("</title>");
        int span = WIDTH - LABEL - 40;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 2 + i * ROW;
            int length = bar.value() == 0 ? 0 : Math.max(2, (int) Math.round((double) bar.value() / max * span));
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" class=\"label\">").append(Html.escape(bar.label()))
                    .append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(length)
                    .append("\" height=\"16\" class=\"bar ").append(bar.style()).append("\"/>");
            svg.append("<text x=\"").append(LABEL + length + 6).append("\" y=\"").append(y + 15)
                    .append("\" class=\"value\">").append(bar.value()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** One bar from 0 to 100 %: the share of the article's words that someone is reported as saying. */
    static String share(String title, double share) {
        int width = WIDTH - 50;
        int filled = (int) Math.round(share * width);
        String percent = String.format(Locale.ROOT, "%.0f%%", share * 100);
        return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + WIDTH
                + " 24\" width=\"" + WIDTH + "\" height=\"24\"><title>" + Html.escape(title) + ": " + percent
                + "</title><rect x=\"0\" y=\"4\" width=\"" + width + "\" height=\"16\" class=\"bar track\"/>"
                + "<rect x=\"0\" y=\"4\" width=\"" + filled + "\" height=\"16\" class=\"bar attributed\"/>"
                + "<text x=\"" + (width + 6) + "\" y=\"17\" class=\"value\">" + percent + "</text></svg>";
    }
}
