package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor names and their aliases across spellings ("daesh", "isis" → Islamic State), with country, ACLED
 * inter code and PLOVER sector; demonyms turn "russian jets" or "syrian army" into
 * "Military Forces of Russia" / "Military Forces of Syria".
 */
public final class ActorDictionary {
    /** One dictionary entry. Generic entries (no country) take the event's country in their name. */
    public record Entry(String name, String country, int inter, String sector, boolean generic) {}

    /** A matched actor mention in a sentence (offsets within the sentence). */
    public record Match(Entry entry, String displayName, String country, int start, int end, String text) {}

    private final Map<String, Entry> aliases = new HashMap<>();
    private final Map<String, String[]> demonyms = new HashMap<>();
    private final Map<String, String[]> countriesByIso = new HashMap<>();
    private final Pattern aliasPattern;
    private final Pattern forcesPattern;
    private final Pattern strikesPattern;
    private final Pattern hedgedForcesPattern;
    private final Pattern fromCountryPattern;
    private final Pattern stateAgentPattern;

    /** The bundled dictionary, read once per JVM: it holds no state past its tables, so the pipeline and the toll reader share it. */
    public static ActorDictionary standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ActorDictionary INSTANCE = new ActorDictionary();
    }

    public ActorDictionary() {
        for (String[] row : ResourceTable.read("actors.tsv")) {
            String country = row[1].trim().equals("-") ? null : row[1].trim();
            boolean generic = row[0].trim().matches("Unidentified Armed Group|Civilians|Protesters|Rioters|Police Forces|Military Forces");
            Entry e = new Entry(row[0].trim(), country, Integer.parseInt(row[2].trim()), row[3].trim(), generic);
            for (String a : row[4].split("\\|")) aliases.putIfAbsent(a.trim(), e);
        }
        List<String> names = new ArrayList<>(aliases.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String a : names) alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(a));
        this.aliasPattern = Pattern.compile("(?<![\\w-])(" + alt + ")(?![\\w-])");
        StringBuilder dem = new StringBuilder();
        List<String> forms = new ArrayList<>();
        for (String[] row : ResourceTable.read("demonyms.tsv")) {
            String[] country = {row[0].trim(), row[1].trim()};
            countriesByIso.putIfAbsent(country[0].toUpperCase(Locale.ROOT), country);
            for (String d : row[2].split("\\|")) {
                demonyms.put(d.trim(), country);
                forms.add(d.trim());
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        for (String f : forms) dem.append(dem.isEmpty() ? "" : "|").append(Pattern.quote(f));
        // "jets believed to be russian": the nationality follows the aircraft, behind a hedge.
        this.hedgedForcesPattern = Pattern.compile("(?<![\\w-])(?<force>warplanes|war planes|jets|fighter jets|aircraft|planes|drones|helicopters)\\s+"
                + "(?:believed to be|thought to be|suspected to be|suspected of being|said to be|reportedly)\\s+(?<dem>" + dem + ")(?![\\w-])");
        // "the school bombed by Israel": a state named as the agent of an armed act is its forces (the name alone matches)
        this.stateAgentPattern = Pattern.compile("(?<=\\b(?:bombed|bombarded|attacked|shelled|struck|hit|targeted|raided|invaded|captured|seized|retaken|recaptured)"
                + "\\s{1,3}by\\s{1,3}(?:the\\s{1,3})?)(?<dem>" + dem + ")(?<force>)(?![\\w-])(?!\\s*['’]s?\\b)");
        // "military aircraft from Sudan crossed the border": forces named by where they come from, not by the event's country;
        // not troops withdrawn or pulled "from Mali", which are another country's
        this.fromCountryPattern = Pattern.compile("(?<!\\b(?:withdr\\w{0,8}|pull\\w{0,3}|remov\\w{0,4}|evacuat\\w{0,4}|bring\\w{0,3}|brought|redeploy\\w{0,4}|recall\\w{0,3})\\s(?:[\\w'’-]{1,20}\\s)?(?:[\\w'’-]{1,20}\\s)?(?:[\\w'’-]{1,20}\\s)?)"
                + "(?<![\\w-])(?<force>(?:military\\s+)?(?:aircraft|warplanes|war planes|fighter jets|jets|planes|bombers|drones|helicopters|gunships|troops|soldiers))"
                + "\\s+from\\s+(?:neighbou?ring\\s+)?(?<dem>" + dem + ")(?![\\w-])");
        // "US airstrikes", "Israeli shelling", "Russian drone strikes": a state named on a strike from the air or by artillery is
        // its forces (states strike from the air); only the name is the mention, so that it stands before the act's trigger
        this.strikesPattern = Pattern.compile("(?<![\\w-])(?<dem>" + dem + ")(?<force>)(?=\\s+(?:air\\s*strikes?|air\\s*raids?|drone\\s+strikes?|missile\\s+strikes?"
                + "|shelling|bombardments?|artillery\\s+fire)\\b)");
        this.forcesPattern = Pattern.compile("(?<![\\w-])(?<dem>" + dem + ")(?:\\s+(?:government|regime|state|led|backed|-led|-backed))?\\s+(?<force>army|troops|soldiers|military|armed forces|forces|defen[cs]e forces?|units|ground forces|ground troops|infantry|commandos|warships?|gunboats?|naval forces|government forces|regime forces|warplanes|war planes|jets|fighter jets|aircraft|air force|navy|police|security forces|special forces|artillery|drones?|helicopters?|gunships?|tanks?|border guards?|marines|paratroopers|coalition)(?![\\w-])");
    }

    /** Actor mentions in the sentence, left to right, longest match first where they overlap. */
    public List<Match> find(String sentence) {
        String lower = TriggerFinder.lowerFlat(sentence);
        List<Match> out = new ArrayList<>();
        for (Matcher f : List.of(forcesPattern.matcher(lower), hedgedForcesPattern.matcher(lower), fromCountryPattern.matcher(lower), stateAgentPattern.matcher(lower),
                strikesPattern.matcher(lower))) {
          while (f.find()) {
            if (out.stream().anyMatch(x -> x.start() < f.end() && f.start() < x.end())) continue;
            String[] c = demonyms.get(f.group("dem"));
            String force = f.group("force");
            boolean police = force.contains("police") || force.contains("security");
            Entry e = new Entry(police ? "Police Forces of " + c[1] : "Military Forces of " + c[1], c[0], 1, police ? "COP" : "MIL", false);
            out.add(new Match(e, e.name(), c[0], f.start(), f.end(), sentence.substring(f.start(), f.end())));
          }
        }
        Matcher m = aliasPattern.matcher(lower);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (out.stream().anyMatch(x -> x.start() < e && s < x.end())) continue;
            Entry entry = aliases.get(m.group(1));
            out.add(new Match(entry, entry.name(), entry.country(), s, e, sentence.substring(s, e)));
        }
        out.sort(Comparator.comparingInt(Match::start));
        // "daesh fighters", "al-shabab militants": a generic noun right after a named group is that group.
        List<Match> merged = new ArrayList<>();
        for (Match x : out) {
            Match prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && !prev.entry().generic() && x.entry().generic() && x.entry().inter() != 7
                    && lower.substring(prev.end(), x.start()).isBlank()) {
                merged.set(merged.size() - 1, new Match(prev.entry(), prev.displayName(), prev.country(), prev.start(), x.end(),
                        sentence.substring(prev.start(), x.end())));
            } else {
                merged.add(x);
            }
        }
        return merged;
    }

    /** The {ISO2, name} of the country a demonym or country name ("somali", "afghanistan") names, or null. */
    public String[] countryOfWord(String word) {
        return word == null ? null : demonyms.get(word.toLowerCase(Locale.ROOT));
    }

    /** The {ISO2, name} of a country by its code, or null. */
    public String[] countryByIso(String iso) {
        return iso == null ? null : countriesByIso.get(iso.toUpperCase(Locale.ROOT));
    }
}
