package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds candidate toponyms: NER place mentions, plus names the tagger missed or mislabelled that
 * stand in a place context ("in X", "the town of X", "east of X", "X province") and match the
 * gazetteer. Drops organizations and the stop list; demonyms become country evidence.
 */
final class ToponymFinder {
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "his", "her", "their", "its", "this", "that",
            "these", "those", "our", "my", "your", "which", "who", "what", "and", "or", "of", "in", "on", "at", "to", "by");
    private static final int MAX_NAME_TOKENS = 4;

    private final Gazetteer gazetteer;
    private final PlaceCues cues;
    private final boolean demonymsAsToponyms;
    private final PlaceSpanParts parts;
    private final NameRuns runs;

    ToponymFinder(Gazetteer gazetteer, PlaceCues cues, boolean demonymsAsToponyms) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.runs = new NameRuns(gazetteer, cues, FUNCTION_WORDS, MAX_NAME_TOKENS);
        this.parts = new PlaceSpanParts(gazetteer, cues);
        this.demonymsAsToponyms = demonymsAsToponyms;
    }

    /** Mentions in text order, and the demonym countries seen (into {@code demonymCountries}). */
    List<Mention> find(AnnotatedReport report, List<String> demonymCountries) {
        List<Mention> found = new ArrayList<>();
        List<Mention> notTaken = new ArrayList<>();
        Set<String> personWords = new java.util.HashSet<>();
        for (AnnotatedSentence s : report.sentences()) find(s, found, demonymCountries, notTaken, personWords, report.truecased());
        found.addAll(SameNameAsPlace.more(found, notTaken, personWords, gazetteer::knows));
        found.removeIf(m -> SameNameAsPlace.personAgain(report.text(), m, personWords, gazetteer));
        found.sort(Comparator.comparing(Mention::span));
        return found;
    }

    /**
     * {@code notTaken}: single names tagged as persons or organizations that no cue made places; {@code personWords}:
     * the words of people's full names, for {@link SameNameAsPlace}; {@code caseless}: the report came without case (all
     * capitals, all lower), so raw capitals say nothing of a name.
     */
    private void find(AnnotatedSentence s, List<Mention> found, List<String> demonymCountries, List<Mention> notTaken, Set<String> personWords,
            boolean caseless) {
        List<Token> tokens = s.tokens();
        List<String> words = tokens.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        boolean[] taken = new boolean[tokens.size()];
        boolean[] other = new boolean[tokens.size()]; // MISC: a demonym or a name, but no toponym by context
        boolean[] inOrganization = new boolean[tokens.size()];
        int first = tokens.isEmpty() ? 0 : tokens.get(0).index();
        Map<Integer, Mention> endingAt = new HashMap<>(); // last token index -> place mention, for "X and Y"
        for (EntityMention e : s.entities()) {
            int from = e.firstToken() - first;
            int to = e.lastToken() - first; // inclusive
            if (from < 0 || to >= tokens.size() || from > to) continue;
            boolean place = PLACE_TYPES.contains(e.type());
            boolean person = "PERSON".equals(e.type());
            boolean placed = false;
            // "Deir Al Zor Province" tagged whole: the name without the admin word, with the hint.
            int nameEnd = to;
            while (place && nameEnd > from && cues.isAdminTerm(words.get(nameEnd))) nameEnd--;
            String text = joined(tokens, from, nameEnd + 1);
            List<PlaceSpanParts.Part> inside = place && nameEnd == to ? parts.of(tokens, from, nameEnd) : List.of();
            if (!inside.isEmpty()) {
                for (PlaceSpanParts.Part p : inside) {
                    Mention m = mention(s, tokens, words, p.from(), p.to(), true);
                    found.add(m);
                    endingAt.put(to, m);
                }
            } else if (place && !cues.isNotPlace(text) && !cues.isNotPlace(e.text()) && (!demonym(text) || wholeArea(text))) {
                // a country whose name is its own adjective too ("in Vatican") is a place when tagged as one
                Mention m = mention(s, tokens, words, from, nameEnd + 1, true);
                if (nameEnd < to) m = new Mention(m.span(), m.text(), m.sentenceIndex(), m.cue(), true, true, false, false);
                found.add(m);
                endingAt.put(to, m);
            } else if (person && !cues.isNotPlace(text)) {
                Mention m = personAsPlace(s, tokens, words, from, to, endingAt);
                if (m != null) {
                    found.add(m);
                    endingAt.put(to, m);
                    placed = true; // not found a second time by its cue below
                } else if (from == to && runs.nameLike(tokens.get(from), words.get(from))) {
                    notTaken.add(mention(s, tokens, words, from, to + 1, true));
                }
                if (to > from) for (int i = from; i <= to; i++) personWords.add(words.get(i));
            } else if ("ORGANIZATION".equals(e.type()) && from == to && !cues.isNotPlace(text)) {
                // "rebels in Afrin": NER takes an unfamiliar town for an organization. After a strong place cue, a
                // single word the gazetteer knows is a place, but weakly: the resolver keeps it only as an exact
                // populated place of a country the article is about (as for person-tagged names).
                PlaceCues.Cue cue = cues.cueBefore(words, from);
                if (strong(cue) && runs.nameLike(tokens.get(from), words.get(from)) && gazetteer.knows(text)) {
                    Mention m = mention(s, tokens, words, from, to + 1, true).asWeak();
                    found.add(m);
                    endingAt.put(to, m);
                } else if (runs.nameLike(tokens.get(from), words.get(from))) {
                    notTaken.add(mention(s, tokens, words, from, to + 1, true));
                }
            } else if ("MISC".equals(e.type())) {
                Mention m = miscAsPlace(s, tokens, words, from, to, text);
                if (m != null) {
                    found.add(m);
                    endingAt.put(to, m);
                    placed = true;
                }
            }
            // (a miscellaneous name found above as a place is found once)
            boolean orgOrMisc = ("ORGANIZATION".equals(e.type()) || "MISC".equals(e.type())) && !placed;
            if (demonymsAsToponyms && orgOrMisc && !demonym(text) && wholeArea(text)) {
                // "the EU said", "a visit to the Holy See": a country or union taken for an organization or a
                // miscellaneous name is still a place
                found.add(mention(s, tokens, words, from, to + 1, true));
            } else if (demonymsAsToponyms && orgOrMisc) {
                Mention inName = placeInName(s, tokens, words, from, to);
                if (inName != null) found.add(inName);
            }
            boolean misc = "MISC".equals(e.type()) || "NATIONALITY".equals(e.type());
            if ("ORGANIZATION".equals(e.type())) for (int i = from; i <= to; i++) inOrganization[i] = true;
            for (int i = from; i <= to; i++) {
                taken[i] = taken[i] || !person && !misc || placed;
                other[i] = other[i] || misc;
            }
        }
        if (!demonymsAsToponyms) found.addAll(BorderMentions.in(s, tokens, this::country));
        for (int i = 0; i < tokens.size(); i++) {
            // the full geoparse also reports an adjective inside an organization's name ("the Nigerian Army")
            boolean free = !taken[i] || demonymsAsToponyms && inOrganization[i];
            if (free && i + 1 < tokens.size() && twoWordAdjective(s, tokens, i, inOrganization[i], demonymCountries, found)) {
                taken[i] = taken[i + 1] = true;
                i++;
                continue;
            }
            String country = free ? demonymCountry(tokens.get(i)) : null;
            if (country != null) {
                demonymCountries.add(country);
                taken[i] = true;
                if (demonymsAsToponyms) {
                    Token t = tokens.get(i);
                    found.add(Mention.adjective(t.span(), t.word(), s.index(), inOrganization[i]));
                }
            } else if (free && demonymsAsToponyms) {
                List<Mention> parts = WordParts.in(s, tokens.get(i), this::demonym, this::countryByAnyName);
                if (parts.isEmpty()) parts = WordParts.hyphenedCountries(s, tokens, i, taken, this::countryByAnyName);
                found.addAll(parts);
                for (Mention m : parts) for (int k = i; k < tokens.size() && tokens.get(k).span().start() < m.span().end(); k++) taken[k] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) taken[i] = taken[i] || other[i];
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i]) continue;
            PlaceCues.Cue cue = cues.cueBefore(words, i);
            int run = runs.nameRun(tokens, words, taken, i);
            // "in the Holy See", "to the West Bank": a place cue before "the" counts for a known name of two words or more
            // (one word after "the" is too often something else: "in the Obama administration")
            if (cue == null && i >= 2 && words.get(i - 1).equals("the") && run >= 2 && runs.longestKnown(tokens, i, run) >= 2) cue = cues.cueBefore(words, i - 1);
            boolean settlementAfter = run > 0 && settlementAfter(words, i + run);
            if (cue == null) {
                boolean adminAfter = run > 0 && i + run < tokens.size() && cues.isAdminTerm(words.get(i + run));
                // "the Yida camp": a settlement word after the name is a cue of its own
                if (!adminAfter && !(settlementAfter && i > 0 && words.get(i - 1).equals("the"))) continue;
            }
            Mention.Cue kind = cue == null ? Mention.Cue.PLACE : cue.kind();
            // "in al-Tijara neighbourhood": an unknown name before a settlement word is still a place
            if (settlementAfter && kind == Mention.Cue.PLACE) kind = Mention.Cue.NAMED;
            i = contextNames(s, tokens, words, taken, i, kind, found, caseless);
        }
    }

    /**
     * A person-tagged span is a place when a place cue precedes it, when it continues a list of
     * places ("villages of X and Y"), or (weakly) when it is several words that name a known place.
     */
    private Mention personAsPlace(AnnotatedSentence s, List<Token> tokens, List<String> words, int from, int to,
            Map<Integer, Mention> endingAt) {
        for (int i = from; i <= to; i++) if (!runs.nameLike(tokens.get(i), words.get(i))) return null; // "his", "he"
        Mention m = mention(s, tokens, words, from, to + 1, true);
        Mention before = from >= 2 && (words.get(from - 1).equals("and") || words.get(from - 1).equals(",")) ? endingAt.get(from - 2) : null;
        if (before != null && (before.cue() == Mention.Cue.NAMED || gazetteer.knows(m.text()))) return m.withCue(before.cue());
        if (!gazetteer.knows(m.text())) return null;
        // People's names follow "to", "from", "at" often enough: only strong cues make them places.
        PlaceCues.Cue cue = cues.cueBefore(words, from);
        if (strong(cue)) return m;
        return to > from ? m.asWeak() : null;
    }

    /**
     * A name NER called miscellaneous ("in Jabaliya/MISC", "the Bureij/MISC camp"): a place when a settlement word follows
     * ("camp", "refugee camp"; then even one the gazetteer lacks), or, weakly as for organizations, after a strong cue when
     * the gazetteer knows it. Never a demonym ("Israeli") nor a language ("in Arabic"), which MISC mostly holds.
     */
    private Mention miscAsPlace(AnnotatedSentence s, List<Token> tokens, List<String> words, int from, int to, String text) {
        if (demonym(text) || cues.isNotPlace(text) || LANGUAGES.contains(text.toLowerCase(Locale.ROOT))) return null;
        // "Deir ez-Zor": the hyphen between a name's parts is no word of it
        for (int i = from; i <= to; i++) if (!words.get(i).equals("-") && !runs.nameLike(tokens.get(i), words.get(i))) return null;
        if (settlementAfter(words, to + 1)) return mention(s, tokens, words, from, to + 1, true).withCue(Mention.Cue.NAMED);
        if (NameRuns.words(tokens, from, to - from + 1) > MAX_NAME_TOKENS || !strong(cues.cueBefore(words, from)) || !gazetteer.knows(text)) return null;
        return mention(s, tokens, words, from, to + 1, true).asWeak();
    }

    private static final Set<String> LANGUAGES = WordList.read("languages.txt");

    /** Whether a settlement word starts at {@code k}: "camp", or one after "refugee"/"displacement" ("the Jabaliya refugee camp"). */
    private boolean settlementAfter(List<String> words, int k) {
        if (k >= words.size()) return false;
        if (CAMP_QUALIFIERS.contains(words.get(k))) k++;
        // "the Champions League quarter-final": a settlement word starting a hyphenated compound is none
        return k < words.size() && cues.isSettlementTerm(words.get(k)) && !(k + 1 < words.size() && words.get(k + 1).equals("-"));
    }

    private static final Set<String> CAMP_QUALIFIERS = Set.of("refugee", "refugees", "displacement", "idp", "displaced", "transit");

    /** A cue strong enough to make a person- or organization-tagged name a place: a settlement word, "near", or "in". */
    private static boolean strong(PlaceCues.Cue cue) {
        return cue != null && (cue.kind() != Mention.Cue.PLACE || cue.words().equals(List.of("in")));
    }

    /**
     * A well-known place inside an organization's or other name ("The Washington Post", "Air Canada", "the
     * Kidney Foundation of Canada", "US Census Bureau"): gold sets such as GeoWebNews count these toponyms,
     * so the full geoparse reports them; the event pipeline never sees them (they only come with
     * {@code demonymsAsToponyms}). Only countries, first-level regions and towns of 100,000 or more count,
     * at the name's start, its end, or after its "of": a small village's name is too often a word.
     */
    private Mention placeInName(AnnotatedSentence s, List<Token> tokens, List<String> words, int from, int to) {
        while (from < to && FUNCTION_WORDS.contains(words.get(from))) from++; // "The Washington Post"
        // "Liverpool have gained fans": a club or company called by its town's name alone
        if (from == to) {
            // not an adjective (found by the demonym pass) nor initials ("BA", "GM" are codes of countries too)
            String word = joined(tokens, from, to + 1);
            return word.length() > 3 && !demonym(word) && major(word) ? mention(s, tokens, words, from, to + 1, true).withCue(Mention.Cue.IN_NAME) : null;
        }
        for (int k = to - 1; k > from; k--) {
            if (words.get(k).equals("of") && major(joined(tokens, k + 1, to + 1))) return mention(s, tokens, words, k + 1, to + 1, true).withCue(Mention.Cue.IN_NAME);
        }
        for (int len = Math.min(3, to - from); len >= 1; len--) {
            if (demonym(joined(tokens, from, from + len)) || demonym(joined(tokens, to - len + 1, to + 1))) continue;
            if (major(joined(tokens, from, from + len))) return mention(s, tokens, words, from, from + len, true).withCue(Mention.Cue.IN_NAME);
            if (major(joined(tokens, to - len + 1, to + 1))) return mention(s, tokens, words, to - len + 1, to + 1, true).withCue(Mention.Cue.IN_NAME);
        }
        return null; // a demonym inside the name ("BBC Russian Service") is found by the demonym pass
    }

    /**
     * A country or a continent (or union) by one of its exact names. Short capitals ("BA", "GM") are more often
     * a company's initials than a country's code: up to three letters only a union's ("EU") counts.
     */
    private boolean wholeArea(String text) {
        boolean initials = text.replace(".", "").length() <= 3;
        return !cues.isNotPlace(text) && gazetteer.lookup(text, 5).stream()
                .anyMatch(g -> g.exact() && ("CONT".equals(g.featureCode()) || !initials && g.isCountry()));
    }

    /** A town this large is known by its name alone, inside other names too ("Air Canada", "Tianjin No. 2 Detention Centre"). */
    static final long MAJOR_TOWN = 100_000;

    private boolean major(String text) {
        if (cues.isNotPlace(text) || text.length() < 2) return false;
        // A country by any of its names ("US"); a region or town only by its own name: alternate names hold words ("Day", "Union").
        return gazetteer.lookup(text, 5).stream().anyMatch(g -> g.exact()
                && (g.isCountry() || (g.isAdminRegion() || g.population() >= MAJOR_TOWN) && ownName(g, text)));
    }

    static boolean ownName(GazetteerEntry g, String text) {
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return t.equals(g.asciiName() == null ? "" : g.asciiName().toLowerCase(Locale.ROOT)) || text.equalsIgnoreCase(g.name());
    }

    /** Names from {@code start} on after a cue, with "X and Y" / "X, Y" lists; returns the last index used. */
    private int contextNames(AnnotatedSentence s, List<Token> tokens, List<String> words, boolean[] taken, int start,
            Mention.Cue kind, List<Mention> found, boolean caseless) {
        int i = start;
        int last = start;
        while (i < tokens.size()) {
            int run = runs.nameRun(tokens, words, taken, i);
            if (run == 0) break;
            int len = runs.longestKnown(tokens, i, run);
            if (len == 0 && kind == Mention.Cue.NAMED && !cues.isNotPlace(words.get(i))) len = run;
            if (len == 0 || runs.cutInCompound(tokens, words, i + len)) break;
            Mention m = mention(s, tokens, words, i, i + len, false);
            // an all-capitals report's sentence left untagged ("A WAREHOUSE USED TO STORE DRUGS"): a word read as a name only
            // by its capitals is a place only as a town of the article's country (Štore, Slovenia, is no place of a Colombian report)
            boolean guessed = caseless && !s.full();
            found.add(new Mention(m.span(), m.text(), m.sentenceIndex(), kind, m.adminHint(), false, false, guessed));
            for (int k = i; k < i + len; k++) taken[k] = true;
            last = i + len - 1;
            int next = i + len;
            if (next + 1 < tokens.size() && (words.get(next).equals("and") || words.get(next).equals(","))) {
                i = next + 1;
            } else {
                break;
            }
        }
        return last;
    }

    private Mention mention(AnnotatedSentence s, List<Token> tokens, List<String> words, int from, int to, boolean fromEntity) {
        PlaceCues.Cue cue = cues.cueBefore(words, from);
        // "Wadi Nur province" and "the province of Wadi Nur" both ask for the region ("the territory of Georgia" is the country)
        boolean after = to < tokens.size() && cues.isAdminTerm(words.get(to));
        boolean admin = after || from >= 2 && "of".equals(words.get(from - 1)) && DIVISIONS_BEFORE_OF.contains(words.get(from - 2))
                && !capitalized(tokens.get(from - 2));
        // "Suffolk County", "Washington State": an admin word written with a capital is part of the name (the
        // resolver looks the name up without it when the whole is unknown); "Helmand province" is not.
        // A capitalized word after it makes an organization's name instead ("Maryland State Police", "U.S. District Court").
        if (after && NAME_ADMIN_WORDS.contains(words.get(to)) && capitalized(tokens.get(to)) && capitalized(tokens.get(to - 1))
                && !(to + 1 < tokens.size() && capitalized(tokens.get(to + 1)))) to++;
        Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        Mention.Cue kind = cue == null ? Mention.Cue.PLACE : cue.kind();
        if (kind == Mention.Cue.PLACE && settlementAfter(words, to)) kind = Mention.Cue.NAMED;
        return new Mention(span, joined(tokens, from, to), s.index(), kind, admin, fromEntity, false, false);
    }

    private static final Set<String> DIVISIONS_BEFORE_OF = Set.of("province", "governorate", "department", "district", "county", "prefecture",
            "oblast", "state", "emirate", "wilayat");
    private static final Set<String> NAME_ADMIN_WORDS = Set.of("county", "state", "province", "governorate", "oblast", "parish", "prefecture", "emirate");

    private static boolean capitalized(Token t) {
        return Character.isUpperCase(t.word().codePointAt(0));
    }

    private static final Set<String> REGION_QUALIFIERS = Set.of("north", "south", "east", "west", "central", "latin");

    /**
     * Adjectives of two words: "South African" and "North Korean" are those countries', not Africa's or Korea's;
     * "North American" is the continent's; "Central American" and "Latin American" name regions with no point
     * of their own (reported unresolved by the full geoparse), never the United States.
     */
    private boolean twoWordAdjective(AnnotatedSentence s, List<Token> tokens, int i, boolean inName, List<String> demonymCountries, List<Mention> found) {
        Token first = tokens.get(i);
        Token second = tokens.get(i + 1);
        String qualifier = first.word().toLowerCase(Locale.ROOT);
        if (!REGION_QUALIFIERS.contains(qualifier) || !Character.isUpperCase(first.word().codePointAt(0)) || !WordParts.adjective(second)) return false;
        String pair = first.word() + " " + second.word();
        String country = gazetteer.countryOfDemonym(pair).orElse(null);
        boolean region = country == null && (WordParts.continentOfDemonym(pair) != null || demonym(second.word()) || WordParts.continentOfDemonym(second.word()) != null);
        if (country == null && !region) return false;
        if (country != null) demonymCountries.add(country);
        if (demonymsAsToponyms) {
            Span span = new Span(first.span().start(), second.span().end());
            found.add(Mention.adjective(span, pair, s.index(), inName));
        }
        return true;
    }

    private String demonymCountry(Token t) {
        return WordParts.adjective(t) ? gazetteer.countryOfDemonym(t.word()).orElse(null) : null;
    }

    /** A country's adjective or name, capitalized ("Syrian", "Turkey"). */
    private boolean country(String word) {
        return word.length() > 2 && Character.isUpperCase(word.codePointAt(0)) && (demonym(word) || wholeArea(word));
    }

    private boolean countryByAnyName(String w) {
        return !cues.isNotPlace(w) && gazetteer.lookup(w, 5).stream().anyMatch(g -> g.exact() && g.isCountry());
    }

    private boolean demonym(String text) {
        return gazetteer.countryOfDemonym(text.replaceAll("-+$", "")).isPresent();
    }

    static String joined(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).span().start() > tokens.get(k - 1).span().end()) b.append(' ');
            b.append(tokens.get(k).word());
        }
        return b.toString();
    }
}
