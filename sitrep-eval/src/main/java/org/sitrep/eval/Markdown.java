package org.sitrep.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the readable report.md: headings, paragraphs and pipe tables. */
final class Markdown {
    private final StringBuilder out = new StringBuilder();

    Markdown heading(String text) {
        out.append("## ").append(text).append("\n\n");
        return this;
    }

    Markdown title(String text) {
        out.append("# ").append(text).append("\n\n");
        return this;
    }

    Markdown paragraph(String text) {
        out.append(text).append("\n\n");
        return this;
    }

    /** The headline as a two-column table, in its own order. */
    Markdown figures(Map<String, Object> headline) {
        return table(List.of("metric", "value"),
                headline.entrySet().stream().map(e -> List.of(e.getKey(), cell(e.getValue()))).toList());
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) return paragraph("(none)");
        row(header);
        out.append('|');
        for (int i = 0; i < header.size(); i++) out.append(" --- |");
        out.append('\n');
        for (List<String> r : rows) row(r);
        out.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        out.append('|');
        for (String c : cells) out.append(' ').append(escape(c)).append(" |");
        out.append('\n');
    }

    private static String escape(String cell) {
        return cell == null ? "" : cell.replace("|", "\\|").replace('\n', ' ');
    }

    /** A headline value: fractions and km with fixed places, counts as integers, undefined as "n/a". */
    static String cell(Object value) {
        if (value == null) return "n/a";
        if (value instanceof Double d) return String.format(Locale.ROOT, "%.4f", d);
        return value.toString();
    }

    static String fraction(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String km(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String shorten(String text, int max) {
        if (text == null) return "";
        String flat = text.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
