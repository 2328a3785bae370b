package org.sitrep.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.SitrepException;

/** The word lists (time-words.tsv) and the recognition patterns (patterns.tsv), read from resources. */
final class TimeLexicon {
    private final Map<String, Map<String, String>> words = new LinkedHashMap<>();
    private final List<TimexPattern> patterns = new ArrayList<>();

    TimeLexicon() {
        for (String[] row : rows("time-words.tsv", 2)) {
            words.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(row[1], row.length > 2 ? row[2] : "");
        }
        for (String[] row : rows("patterns.tsv", 3)) {
            patterns.add(new TimexPattern(row[0], row[1], Pattern.compile(expand(row[2]))));
        }
    }

    /** Words of a category mapped to their values; empty when the category is absent. */
    Map<String, String> words(String category) {
        return words.getOrDefault(category, Map.of());
    }

    String value(String category, String word) {
        return word == null ? null : words(category).get(normalizeSpaces(word));
    }

    List<TimexPattern> patterns() {
        return List.copyOf(patterns);
    }

    static String normalizeSpaces(String word) {
        return word.trim().replaceAll("\\s+", " ");
    }

    private String expand(String regex) {
        String out = regex;
        out = out.replace("{safemonth}", alternation(safeMonths()));
        for (String category : List.of("weekday", "month", "number", "ordinal", "unit", "season", "daypart", "deictic", "reference", "relation", "holiday")) {
            out = out.replace("{" + category + "}", alternation(new ArrayList<>(words(category).keySet())));
        }
        if (Pattern.compile("\\{[a-z]+\\}").matcher(out).find()) {
            throw new SitrepException(SitrepException.Category.CONFIGURATION, "patterns.tsv: unknown placeholder in " + regex);
        }
        return out;
    }

    private List<String> safeMonths() {
        List<String> safe = new ArrayList<>();
        for (String month : words("month").keySet()) {
            if (!words("ambiguous-month").containsKey(month)) safe.add(month);
        }
        return safe;
    }

    // Longest first, so "a few" wins over "a" and "september" over "sep".
    private static String alternation(List<String> list) {
        List<String> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = new ArrayList<>();
        for (String w : sorted) quoted.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        return "(?:" + String.join("|", quoted) + ")";
    }

    private static List<String[]> rows(String resource, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TimeLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new SitrepException(SitrepException.Category.CONFIGURATION, "missing resource org/sitrep/time/" + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] row = line.split("\t", -1);
                if (row.length < minColumns) {
                    throw new SitrepException(SitrepException.Category.CONFIGURATION, resource + ": expected " + minColumns + " tab-separated columns in: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.CONFIGURATION, "cannot read org/sitrep/time/" + resource, e);
        }
        return rows;
    }
}
