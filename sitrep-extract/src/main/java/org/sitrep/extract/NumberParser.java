package org.sitrep.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads counts written in digits or words ("30", "1,200", "thirty", "twenty-five", "two dozen", "dozens"), with a
 * scale word after either ("2 million", "1.5 million", "three thousand"): "some 2 million died" is two million, not two.
 */
public final class NumberParser {
    private final Map<String, Integer> words = new HashMap<>();

    public NumberParser() {
        for (String[] row : ResourceTable.read("numbers.tsv")) words.put(row[0].trim(), Integer.parseInt(row[1].trim()));
    }

    /** The regex alternation of every number form this parser reads, longest first. */
    public String pattern() {
        List<String> keys = words.keySet().stream().filter(k -> !k.equals("a") && !k.equals("an"))
                .sorted((a, b) -> b.length() - a.length()).toList();
        String word = String.join("|", keys.stream().map(k -> k.replace(" ", "\\s+")).toList());
        String tens = "(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-]+(one|two|three|four|five|six|seven|eight|nine)";
        return "(\\d+\\.\\d+\\s+(thousand|million)|(\\d{1,3}(,\\d{3})+|\\d+)(\\s+(hundred|thousand|million)\\b)?|" + tens
                + "|(" + word + ")(\\s+(hundred|thousand|million)\\b)?)";
    }

    private static final java.util.regex.Pattern SCALED_DIGITS = java.util.regex.Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?) (hundred|thousand|million)");

    public OptionalInt parse(String text) {
        String s = text.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (s.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            try {
                return OptionalInt.of(Integer.parseInt(s.replace(",", "")));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        java.util.regex.Matcher scaled = SCALED_DIGITS.matcher(s);
        if (scaled.matches()) {
            double n = Double.parseDouble(scaled.group(1).replace(",", ""));
            double v = n * switch (scaled.group(2)) {
                case "hundred" -> 100;
                case "thousand" -> 1_000;
                default -> 1_000_000;
            };
            return v > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) Math.round(v));
        }
        Integer direct = words.get(s);
        if (direct != null) return OptionalInt.of(direct);
        String[] parts = s.split("[ -]");
        int total = 0;
        int current = 0;
        for (String p : parts) {
            if (p.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (p.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (p.equals("million")) {
                total += Math.max(current, 1) * 1_000_000;
                current = 0;
            } else if (p.equals("and")) {
                continue;
            } else {
                Integer v = words.get(p);
                if (v == null) return OptionalInt.empty();
                current += v;
            }
        }
        return OptionalInt.of(total + current);
    }
}
