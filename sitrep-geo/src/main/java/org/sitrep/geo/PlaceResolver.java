package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;
import org.sitrep.model.Toponym;

/**
 * Resolves the mentions of one article: gathers candidates, builds the article's country context
 * and anchors from unambiguous mentions, then runs the passes in order and picks the best candidate.
 */
final class PlaceResolver {
    private static final int CANDIDATES = 60;
    private static final int KEPT_FOR_REVIEW = 5;

    private final Gazetteer gazetteer;
    private final List<ResolutionPass> passes;
    // the pipeline's worker threads share one resolver: the diagnostic counts are merged from all of them
    private final Map<String, Integer> passCounts = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean namesInside;
    private final PlaceCues cues;

    /**
     * {@code namesInside}: an unknown name that holds a country's or a large town's is placed there ({@link NameInside});
     * the full geoparse does, events do not (a building's town is no better than the report's own, measured on event-location).
     */
    PlaceResolver(Gazetteer gazetteer, PlaceCues cues, List<ResolutionPass> passes, boolean namesInside) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.passes = List.copyOf(passes);
        this.namesInside = namesInside;
    }

    static List<ResolutionPass> standardPasses() {
        return List.of(new ExactNamePass(), new CountryContextPass(), new AdminHintPass(), new ProximityPass(), new PopulationPass());
    }

    /** How many mentions each pass changed so far, by description. */
    Map<String, Integer> passCounts() {
        return Map.copyOf(passCounts);
    }

    List<Toponym> resolve(List<Mention> mentions, ArticleContext context, String text) {
        List<List<GazetteerEntry>> found = new ArrayList<>();
        Map<String, List<GazetteerEntry>> looked = new HashMap<>(); // names repeat within an article
        for (Mention m : mentions) {
            String state = US_STATES.get(dotted(m, text));
            Landmarks.Town landmark = m.demonym() ? null : Landmarks.townOf(m.text());
            List<GazetteerEntry> entries = BORDER.matcher(m.text()).matches() || sea(m) ? List.<GazetteerEntry>of() // no point of its own
                    : landmark != null
                    ? looked.computeIfAbsent("landmark " + landmark.geonameId(), k -> gazetteer.lookup(landmark.name(), CANDIDATES).stream()
                            .filter(e -> e.geonameId() == landmark.geonameId()).toList())
                    : state != null
                    ? looked.computeIfAbsent("US state " + state, k -> gazetteer.lookup(state, CANDIDATES).stream()
                            .filter(e -> e.isAdminRegion() && "US".equals(e.country())).toList())
                    : looked.computeIfAbsent(lookupName(m), this::lookupWithoutAdminWord);
            if (m.demonym()) entries = entries.stream().filter(e -> e.isCountry() || "CONT".equals(e.featureCode())).toList();
            found.add(entries);
        }
        java.util.Set<Integer> bound = withinNamedArea(mentions, found, text);
        CoordinatedRegions.apply(mentions, found, text);
        for (int i = 0; i < mentions.size(); i++) gatherContext(mentions.get(i), found.get(i), context);
        List<Toponym> out = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        // a small town found only under another of its names ("Buckhead", an old name of Sweet Home, Oregon) in the country
        // of the towns the article names by their own names, but far from all of them, is a namesake by accident
        List<Integer> otherNamed = new ArrayList<>();
        List<GazetteerEntry> ownNamed = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Candidate best = choose(m, found.get(i), context, bound.contains(i));
            if (m.weak() && !strongEnough(best, context)) {
                out.add(null); // a person after all
                continue;
            }
            java.util.Optional<Toponym> inside = namesInside && best == null && found.get(i).isEmpty() && !sea(m) && !BORDER.matcher(m.text()).matches()
                    ? NameInside.place(m, gazetteer, context) : java.util.Optional.empty();
            if (inside.isPresent()) {
                out.add(inside.get());
            } else if (best == null) {
                unknown.add(i);
                out.add(new Toponym(m.span(), m.text(), m.sentenceIndex(), null,
                        sea(m) ? "a sea or ocean: the gazetteer has no point for it" : found.get(i).isEmpty() ? "no gazetteer entry"
                                : "only weak fuzzy matches or namesakes in countries the article never points to", m.role()));
            } else {
                out.add(new Toponym(m.span(), m.text(), m.sentenceIndex(), place(m, best, found.get(i), context), null, m.role()));
                boolean town = "P".equals(best.entry.featureClass());
                if (town && !ownName(best.entry, m.text()) && best.entry.population() < SMALL_TOWN) otherNamed.add(i);
                if (town && ownName(best.entry, m.text())) ownNamed.add(best.entry);
            }
        }
        for (int i : otherNamed) {
            Place p = out.get(i).place();
            List<GazetteerEntry> home = ownNamed.stream().filter(e -> e.country() != null && e.country().equals(p.country())).toList();
            if (!home.isEmpty() && home.stream().allMatch(e -> ArticleContext.km(e.lat(), e.lon(), p.lat(), p.lon()) > FAR_FROM_ANCHORS_KM)) {
                Mention m = mentions.get(i);
                out.set(i, new Toponym(m.span(), m.text(), m.sentenceIndex(), null,
                        "found only as another name of " + p.name() + ", far from the towns the article names in " + p.country(), m.role()));
                unknown.add(i);
            }
        }
        NearbyTown.placeUnknown(mentions, unknown, out, text);
        return out.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** "the Iraqi-Syrian border" (ToponymFinder.borders): named, never looked up. */
    private static final java.util.regex.Pattern BORDER = java.util.regex.Pattern.compile("(?i)\\S+\\s*-\\s*\\S+\\s+(border|borders|frontier)");

    private static final java.util.Set<String> SEAS = WordList.read("seas.txt");

    /** An ocean or sea by name ("the Atlantic"): no gazetteer point of its own, and no town of its name either. */
    private static boolean sea(Mention m) {
        return SEAS.contains(WordList.bare(m.text()));
    }

    /** "N.C." → North Carolina: wire copy's state abbreviations (resource file, AP Stylebook). */
    private static final Map<String, String> US_STATES = readStates();

    private static Map<String, String> readStates() {
        Map<String, String> out = new HashMap<>();
        for (String[] f : WordList.readPairs("us-state-abbreviations.tsv")) out.put(f[0], f[1]);
        return Map.copyOf(out);
    }

    /** The mention as written, with the period the tokenizer may have split off ("Va" + "." → "Va."). */
    private static String dotted(Mention m, String text) {
        String t = m.text();
        return !t.endsWith(".") && m.span().end() < text.length() && text.charAt(m.span().end()) == '.' ? t + "." : t;
    }

    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile("\\s*,\\s*");
    /** "X in Y", "X in southern Y", "X in the north of Y": the area that holds the place named before it. */
    static final java.util.regex.Pattern IN_AREA = java.util.regex.Pattern.compile(
            "(?i)\\s+in\\s+(the\\s+)?((north|south|east|west|central|(north|south)-?(east|west))(ern)?\\s+|(the\\s+)?(north|south|east|west)\\s+of\\s+(the\\s+)?)?");

    /**
     * "Bogota, Colombia", "Gainesville, Florida", "Calamba City, Laguna": a place followed by a comma and a
     * country or first-level region is in that area; its candidates elsewhere go (when any are left), and so do
     * the area's own candidates that hold none of the place's (the towns and namesakes of the area's name). "X in Y" and
     * "X in southern Y" say the same; there a country that holds none of the candidates, and none found under its own
     * name, leaves the place unknown. Returns the indices of the places so bound to their area.
     */
    static java.util.Set<Integer> withinNamedArea(List<Mention> mentions, List<List<GazetteerEntry>> found, String text) {
        java.util.Set<Integer> bound = new java.util.HashSet<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention area = mentions.get(i + 1);
            if (m.demonym() || area.sentenceIndex() != m.sentenceIndex() || area.span().start() < m.span().end()) continue;
            String gap = text.substring(m.span().end(), area.span().start());
            boolean in = IN_AREA.matcher(gap).matches();
            if (!in && !APPOSITION.matcher(gap).matches()) continue;
            // after "in", only a country or first-level region: "the village of San Jacinto in San Diego municipality" (Colombia) is
            // not bound to a county of that name abroad
            List<GazetteerEntry> areas = found.get(i + 1).stream().filter(e -> e.exact() && (e.isCountry() || (in ? "ADM1".equals(e.featureCode()) : e.isAdminRegion())))
                    .toList();
            if (areas.isEmpty()) continue;
            List<GazetteerEntry> inside = found.get(i).stream().filter(e -> !e.isCountry() && areas.stream().anyMatch(a -> contains(a, e))).toList();
            // "the village of Qana in southern Lebanon", "the town of Aungban in eastern Shan state": the sentence says which country
            // or first-level region holds the place, so a namesake found only under another spelling elsewhere (Qinā, Egypt; a
            // Magway town listing "Aungban" among its names) is not it; the name stays unknown ("X, Y" may be a list)
            if (inside.isEmpty() && in && found.get(i).stream().noneMatch(e -> ownName(e, m.text()))) found.set(i, List.of());
            if (inside.isEmpty()) continue;
            found.set(i, inside);
            bound.add(i);
            // and the area is the one that holds the place: "Tacoma, Washington" names the state, not the capital
            // (only for a place found under its exact name: a fuzzy namesake says nothing of which area is meant)
            List<GazetteerEntry> holding = areas.stream().filter(a -> inside.stream().anyMatch(e -> e.exact() && contains(a, e))).toList();
            List<GazetteerEntry> firstLevel = holding.stream().filter(a -> a.isCountry() || "ADM1".equals(a.featureCode())).toList();
            if (!firstLevel.isEmpty()) found.set(i + 1, firstLevel);
        }
        return bound;
    }

    /** Whether the country or region {@code area} holds {@code e} (same country; same first-level region unless a country). */
    static boolean contains(GazetteerEntry area, GazetteerEntry e) {
        if (area.country() == null || !area.country().equals(e.country())) return false;
        if (area.isCountry()) return true;
        return area.admin1Code() != null && area.admin1Code().equals(e.admin1Code())
                || area.admin1Name() != null && area.admin1Name().equals(e.admin1Name());
    }

    /** A person-tagged name counts as a place only as an exact populated place of the article's main country. */
    private static boolean strongEnough(Candidate best, ArticleContext context) {
        return best != null && best.entry.exact() && "P".equals(best.entry.featureClass())
                && context.countryShare(best.entry.country()) >= 0.3;
    }

    /** Countries named exactly and places with a single exact candidate are evidence for the others. */
    private static void gatherContext(Mention m, List<GazetteerEntry> entries, ArticleContext context) {
        List<GazetteerEntry> exact = entries.stream().filter(GazetteerEntry::exact).toList();
        if (exact.isEmpty()) return;
        GazetteerEntry first = exact.get(0);
        if (first.isCountry()) {
            context.addCountry(first.country(), 1.0);
        } else if (!ownName(first, m.text())) {
            return; // found only under another spelling: no evidence of where the article is
        } else if (exact.size() == 1 || exact.stream().allMatch(e -> sameCountryNear(first, e))) {
            context.addTown(first.country(), 0.5, PLAIN.plain(m.text()));
            context.addAnchor(first, m.span());
        }
    }

    private static boolean sameCountryNear(GazetteerEntry a, GazetteerEntry b) {
        return a.country() != null && a.country().equals(b.country()) && ArticleContext.km(a.lat(), a.lon(), b.lat(), b.lon()) < 50;
    }

    /** {@code inNamedArea}: the text names the area that holds the place ("Pleasanton, Calif."; {@link #withinNamedArea}). */
    private Candidate choose(Mention m, List<GazetteerEntry> entries, ArticleContext context, boolean inNamedArea) {
        if (entries.isEmpty()) return null;
        List<Candidate> candidates = new ArrayList<>();
        for (GazetteerEntry e : entries) candidates.add(new Candidate(e));
        for (ResolutionPass pass : passes) {
            if (pass.apply(m, candidates, context)) passCounts.merge(pass.description(), 1, Integer::sum);
        }
        Candidate best = candidates.stream().filter(c -> !c.dropped).max(Comparator.comparingDouble(c -> c.score)).orElse(null);
        // A fuzzy match with no article context to support it is a guess: leave it unresolved.
        if (best != null && !best.entry.exact() && !context.hasCountryEvidence()) return null;
        // A town found only under another spelling ("Yida" as Jeddah's "Yidda") in a country the article never
        // points to is a namesake by accident: better unresolved (and placed near the report's town) than abroad.
        // Not in a country bordering one it points to: "Jabaliya" (Jabalia's other spelling) in a story that names Israel is Gaza's.
        if (best != null && "P".equals(best.entry.featureClass()) && !ownName(best.entry, m.text()) && context.hasCountryEvidence()
                && context.countryShare(best.entry.country()) == 0 && !besidePointed(best.entry.country(), context)) return null;
        // "SAN SALVADOR, 3 MAY 89 -- guerrillas attacked the command post in San Ramon": the dateline says where the story is;
        // a town of the name in a country the article never points to (San Ramon, California) is the namesake of a village
        // the gazetteer lacks: better unresolved than abroad. Capitals and cities are named without their country.
        // The same for a district or municipality (ADM2, ADM3): "Miraflores" in a story filed from Lima is no Colombian municipality.
        // Without a dateline, an article that names a country or two unambiguous towns says as much (an Albany trial report's
        // "West Hill" is no Toronto neighbourhood); GeoWebNews: 6 wrong places left unresolved, 2 right ones lost (local news
        // naming only ambiguous towns of its own country). A lone town of the name is no evidence for its own country ("the
        // riot at Church and Snyder" in a Brooklyn story is no Church, Lancashire), unless the text names its area.
        if (best != null && !inNamedArea && ("P".equals(best.entry.featureClass()) || LOCAL_UNIT.contains(String.valueOf(best.entry.featureCode())))
                && (context.datelineCountry() != null || context.totalWeightBesides(PLAIN.plain(m.text())) >= 1.0)
                && context.countryShareBesides(best.entry.country(), PLAIN.plain(m.text())) == 0
                // a district found under part of its name is a namesake however many live there ("West Coast" in a US story is
                // no South African "West Coast District Municipality" of 400,000); one named in full ("Orange County") may be known
                && (best.entry.population() < NAMESAKE_TOWN || LOCAL_UNIT.contains(String.valueOf(best.entry.featureCode())) && !ownName(best.entry, m.text()))
                && !String.valueOf(best.entry.featureCode()).startsWith("PPLC")) return null;
        // ... and so is one far from every place the article names by its own name ("Buckhead", an Atlanta district,
        // is an old name of Sweet Home, Oregon, 3,500 km from the Atlanta of the story); not a city, which the world knows under
        // many names ("St. Petersburg" is Saint Petersburg's, in a story about the US consulate there)
        if (best != null && "P".equals(best.entry.featureClass()) && !ownName(best.entry, m.text()) && best.entry.population() < NAMESAKE_TOWN
                && farFromAnchors(best.entry, context)) return null;
        // "Montana": the state by its own name, not Montana City inside it found under a shortened name
        if (best != null && "P".equals(best.entry.featureClass()) && !ownName(best.entry, m.text())) {
            GazetteerEntry town = best.entry;
            Candidate region = candidates.stream().filter(c -> !c.dropped && c.entry.isAdminRegion() && ownName(c.entry, m.text()) && contains(c.entry, town))
                    .findFirst().orElse(null);
            if (region != null) best = region;
        }
        if (best != null) candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
        return best;
    }

    /** Whether the article points to a country that borders this one. */
    private boolean besidePointed(String country, ArticleContext context) {
        return gazetteer.neighboursOf(country).stream().anyMatch(n -> context.countryShare(n) > 0);
    }

    private static final java.util.Set<String> LOCAL_UNIT = java.util.Set.of("ADM2", "ADM3", "ADM4");

    /** Below this population a town in a country the article never points to, in a story with a dateline, is a namesake. */
    static final long NAMESAKE_TOWN = 100_000;

    /** Below this population a town found only under another of its names can be dropped for its distance. */
    static final long SMALL_TOWN = 50_000;

    /** Beyond this from every anchor, a town found only under another spelling is not the article's. */
    static final double FAR_FROM_ANCHORS_KM = 500;

    private static boolean farFromAnchors(GazetteerEntry e, ArticleContext context) {
        List<ArticleContext.Anchor> anchors = context.anchors();
        return !anchors.isEmpty() && anchors.stream().allMatch(a -> ArticleContext.km(a.place().lat(), a.place().lon(), e.lat(), e.lon()) > FAR_FROM_ANCHORS_KM);
    }

    /** "Suffolk County" as a name of its own when the gazetteer has it, else "Suffolk" (the admin hint then asks for a region). */
    private List<GazetteerEntry> lookupWithoutAdminWord(String name) {
        List<GazetteerEntry> found = gazetteer.lookup(name, CANDIDATES);
        int space = name.lastIndexOf(' ');
        if (space < 0 || found.stream().anyMatch(GazetteerEntry::exact) || !cues.isAdminTerm(name.substring(space + 1))) return found;
        return gazetteer.lookup(name.substring(0, space), CANDIDATES);
    }

    /** What to look up: a continent's adjective by the continent's name ("European" → "Europe"), else the text. */
    private static String lookupName(Mention m) {
        String continent = m.demonym() ? WordParts.continentOfDemonym(m.text()) : null;
        return continent != null ? continent : m.text();
    }

    private static final NameFolder PLAIN = NameFolder.standard();
    private static final long BIG_CITY = 100_000;

    /**
     * The mention spells the entry's own name (case, marks and separators aside), not an alternate or folded one.
     * "New York" is New York City's own name too: a trailing "City" is the part of a great city's name people drop
     * (not of Montana City, a village of 2,700 in Montana).
     */
    private static boolean ownName(GazetteerEntry e, String text) {
        String t = PLAIN.plain(text);
        for (String name : new String[] {e.name(), e.asciiName()}) {
            if (name == null) continue;
            String own = PLAIN.plain(name);
            if (t.equals(own) || own.endsWith(" city") && e.population() >= BIG_CITY && t.equals(own.substring(0, own.length() - 5))) return true;
        }
        return false;
    }

    private static Place place(Mention m, Candidate best, List<GazetteerEntry> entries, ArticleContext context) {
        GazetteerEntry e = best.entry;
        // a continent or world region ("Africa", "Western Asia") is at most as precise as a country
        int precision = e.isCountry() || e.isAdminRegion() || "L".equals(e.featureClass()) ? 3 : m.cue() == Mention.Cue.NEAR ? 2 : 1;
        List<Place.Candidate> review = new ArrayList<>();
        review.add(candidate(e, best.score));
        for (GazetteerEntry other : entries) {
            if (review.size() >= KEPT_FOR_REVIEW) break;
            if (other != e) review.add(candidate(other, other.matchScore()));
        }
        return new Place(e.name(), e.geonameId(), e.country(), e.admin1Name(), e.admin2Name(), e.lat(), e.lon(), precision,
                e.featureClass(), m.text(), m.span(), best.score, review);
    }

    private static Place.Candidate candidate(GazetteerEntry e, double score) {
        return new Place.Candidate(e.geonameId(), e.name(), e.country(), e.lat(), e.lon(), score);
    }
}
