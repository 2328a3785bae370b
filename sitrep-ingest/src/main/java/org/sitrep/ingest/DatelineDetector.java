package org.sitrep.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Report.Dateline;
import org.sitrep.model.Span;

/**
 * Finds a wire dateline at the head of a story ("AMMAN (Reuters) -", "BEIRUT, Nov 13 (Reuters) -",
 * "KABUL — ", "SAN SALVADOR, 3 JAN 90 -- [TEXT]", "amman ( reuters ) -") and reports its place, agency
 * and span; the text itself is never changed so every offset still points into what the user gave.
 *
 * <p>Capitals are the main evidence that a head word is a place: a place in capitals needs only a
 * dash after it, while a place in lower or title case counts only when a known agency follows it,
 * because "Kabul - " in running prose is not evidence enough. Text that is all in capitals needs a
 * date or an agency too. Agencies and non-place labels are read from resource files.
 */
public final class DatelineDetector {
    private static final String WORD = "\\p{L}[\\p{L}'’./\\-]*";
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
    private static final String DATE = "(?i:\\d{1,2}\\s+" + MONTH + "\\.?(?:\\s+\\d{2,4})?|" + MONTH + "\\.?\\s+\\d{1,2}(?:(?:\\s?,\\s?|\\s+)\\d{2,4})?|no date)";
    private static final String AGENCY = "(?<paren>\\(\\s*(?<agency>[^()\\n]{1,40}?)\\s*\\))";
    private static final String SEPARATOR = "\\s*(?<sep>--|—|–|-|_|−|\\uFFFD)(?=\\s|\\[|$|(?<=[—–])\\p{Lu})";
    /** "ATLANTA (AP) An aide ...": some copy drops the dash after the agency. */
    private static final String NO_SEPARATOR = "(?<=\\))(?=\\s+[\\p{Lu}\"“])";
    private static final Pattern WITH_PLACE = Pattern.compile(
            "^\\s*(?<place>" + WORD + "(?: " + WORD + "){0,3})"
                    // transcripts put the country in parentheses: "ROME (ITALY), 11 JAN 90 --"
                    + "(?:\\s?\\(\\s*(?<country>" + WORD + "(?: " + WORD + "){0,2})\\s*\\)(?=\\s?,))?"
                    + "(?:\\s?,\\s?(?!(?i:no date))(?<region>" + WORD + "(?: " + WORD + "){0,2}))?"
                    + "(?:\\s?,\\s?(?<date>" + DATE + "))?"
                    + "(?:\\s*" + AGENCY + ")?"
                    + "(?:" + SEPARATOR + "|" + NO_SEPARATOR + ")");
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\s*" + AGENCY + SEPARATOR);
    /** Bracketed all-capitals tags after a transcript dateline ("[REPORT] [TEXT]") belong to it. */
    private static final Pattern TAGS = Pattern.compile("(?:\\s*\\[[^\\]a-z]{1,80}\\])+");
    private static final Set<String> MINOR_WORDS = Set.of("and", "of", "the", "de", "del", "da", "la", "du", "des", "es", "al", "on");
    private static final int SHOUTING_WINDOW = 300;

    private final Map<String, String> agencies = new HashMap<>();
    private final Set<String> notPlaces = new HashSet<>();
    private final Set<String> noPlaces = new HashSet<>();

    public DatelineDetector() {
        for (String line : ResourceLines.read("dateline-agencies.txt")) {
            String[] names = line.split("\\|");
            for (String name : names) agencies.put(key(name), names[0].strip());
        }
        for (String line : ResourceLines.read("dateline-not-places.txt")) notPlaces.add(key(line));
        for (String line : ResourceLines.read("dateline-no-place.txt")) noPlaces.add(key(line));
    }

    /** How many lines after the first may hold the dateline (a headline and a standfirst before the body). */
    private static final int LATER_LINES = 3;
    /** ... and how far into the text their starts may lie. */
    private static final int LATER_WINDOW = 600;

    /**
     * The dateline at the head of {@code text}, or at the head of one of its next few lines (a scraped story starts with its
     * headline and standfirst, the body with "KUNDUZ, Afghanistan --"); empty when there is none or the evidence is weak.
     */
    public Optional<Dateline> detect(String text) {
        Optional<Dateline> found = detectAt(text, 0);
        int line = 0;
        for (int at = text.indexOf('\n'); found.isEmpty() && at >= 0 && at < LATER_WINDOW && line < LATER_LINES; at = text.indexOf('\n', at + 1)) {
            if (at + 1 < text.length() && text.charAt(at + 1) == '\n') continue; // a blank line is no line of its own
            line++;
            found = detectAt(text, at + 1);
        }
        return found;
    }

    private Optional<Dateline> detectAt(String text, int from) {
        Matcher m = WITH_PLACE.matcher(text).region(from, text.length());
        if (m.lookingAt()) {
            Optional<Dateline> found = withPlace(m, text);
            if (found.isPresent()) return found;
        }
        m = AGENCY_ONLY.matcher(text).region(from, text.length());
        if (m.lookingAt() && agencies.containsKey(key(m.group("agency")))) {
            return Optional.of(new Dateline(null, agencies.get(key(m.group("agency"))), span(m.start("paren"), m.end("sep"), text)));
        }
        return Optional.empty();
    }

    private Optional<Dateline> withPlace(Matcher m, String text) {
        String place = m.group("place");
        int placeStart = m.start("place");
        // A byline before the dateline ("By Jane Doe. BOSTON (Reuters) -"): the place is the capitals at the end.
        String[] words = place.split(" ");
        int firstCapital = words.length;
        while (firstCapital > 0 && inCapitals(words[firstCapital - 1])) firstCapital--;
        if (firstCapital > 0 && firstCapital < words.length) {
            String capitals = String.join(" ", java.util.Arrays.copyOfRange(words, firstCapital, words.length));
            placeStart = m.end("place") - capitals.length();
            place = capitals;
        }
        String region = m.group("country") != null ? m.group("country") : m.group("region");
        String rawAgency = m.group("agency");
        String knownAgency = rawAgency == null ? null : agencies.get(key(rawAgency));
        boolean capitals = inCapitals(place) && (region == null || !region.equals(region.toLowerCase(Locale.ROOT)));
        if (notPlaces.contains(key(place)) || place.codePoints().filter(Character::isLetter).count() < 2) return Optional.empty();
        if (m.group("sep") == null && !(capitals && knownAgency != null)) return Optional.empty();
        if (capitals) {
            boolean weak = m.group("date") == null && rawAgency == null;
            if (weak && shouting(text)) return Optional.empty();
        } else if (knownAgency == null) {
            return Optional.empty();
        }
        String agency = knownAgency != null ? knownAgency : rawAgency == null ? null : agencyName(rawAgency);
        String name;
        if (noPlaces.contains(key(place))) name = region == null ? null : regionName(region);
        else name = titleCase(place) + (region == null ? "" : ", " + regionName(region));
        return Optional.of(new Dateline(name, agency, span(placeStart, m.end(), text)));
    }

    /** Call signs stay as written ("WMBF", "ABC7"); longer names in capitals are title-cased. */
    private static String agencyName(String raw) {
        String name = raw.strip().replaceAll("\\s*-\\s*", "-");
        return !name.contains(" ") && inCapitals(name) ? name : titleCase(name);
    }

    /** Codes of two or three capitals stay as written ("SC", "UK", "PRC"); other regions are title-cased. */
    private static String regionName(String region) {
        return region.strip().matches("\\p{Lu}{2,3}") ? region.strip() : titleCase(region);
    }

    private static Span span(int start, int separatorEnd, String text) {
        Matcher tags = TAGS.matcher(text).region(separatorEnd, text.length());
        int end = tags.lookingAt() ? tags.end() : separatorEnd;
        return new Span(start, end);
    }

    private static boolean inCapitals(String words) {
        return words.codePoints().anyMatch(Character::isUpperCase) && words.codePoints().noneMatch(Character::isLowerCase);
    }

    /** Whole stories in capitals (old transcripts) make capitals no evidence of a place. */
    private static boolean shouting(String text) {
        String head = text.substring(0, Math.min(SHOUTING_WINDOW, text.length()));
        long letters = head.codePoints().filter(Character::isLetter).count();
        long upper = head.codePoints().filter(Character::isUpperCase).count();
        return letters > 40 && upper > 0.8 * letters;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").strip().replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ");
    }

    /** "SAN SALVADOR" → "San Salvador", "O'SMACH" → "O'Smach", "ST. LOUIS" → "St. Louis". */
    private static String titleCase(String words) {
        String[] parts = words.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < parts.length; w++) {
            String lower = parts[w].toLowerCase(Locale.ROOT);
            if (w > 0) out.append(' ');
            if (w > 0 && MINOR_WORDS.contains(lower)) {
                out.append(lower);
                continue;
            }
            boolean startOfPart = true;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                out.append(startOfPart ? Character.toUpperCase(c) : c);
                startOfPart = !Character.isLetter(c);
            }
        }
        return out.toString();
    }
}
