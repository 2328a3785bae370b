package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Toponym;

/**
 * Chooses where an event happened among the places its sentence names: the resolved place nearest the
 * trigger, preferring towns over provinces and countries and places after "in/at/near/of". A sentence that
 * names none but says "the city"/"the town" inherits the report's focus place.
 */
public final class PlaceChooser {
    /** The chosen place and why; place may be null with a reason. */
    public record Choice(Place place, String reason) {}

    /** The reason of a place the event's own sentence names. */
    static final String NAMED_HERE = "named in the event's sentence";
    /** The reason of a place taken from the dateline because the sentence says "this city". */
    static final String DATELINE_CITY = "\"this city\": the dateline's city, where the report was filed";

    /** The resolved place of the report's dateline, if the geoparser resolved it; else null. */
    static Place datelinePlace(AnnotatedReport report, List<Toponym> toponyms) {
        var dateline = report.report().dateline();
        if (dateline == null || dateline.span() == null) return null;
        return toponyms.stream().filter(t -> t.place() != null && dateline.span().overlaps(t.span())).map(Toponym::place).findFirst().orElse(null);
    }

    /** The reason of a capital the sentence names by its country ("in Cameroon's capital", "in the capital"). */
    static final String CAPITAL = NAMED_HERE + ": the capital, named by its country";

    private final PlaceRoles roles = new PlaceRoles();
    private final CapitalPlaces capitals;

    public PlaceChooser() {
        this(CapitalPlaces.NONE);
    }

    public PlaceChooser(CapitalPlaces capitals) {
        this.capitals = capitals;
    }

    /**
     * {@code focus}: the report's main place, or null; {@code dateline}: the resolved place of the report's dateline, or null
     * ("in this city", "in this capital" is where the report was filed: "SAN SALVADOR, 3 JAN 90 -- ... in the southern part of
     * this city").
     */
    public Choice choose(AnnotatedReport report, int sentenceIndex, Span trigger, List<Toponym> toponyms, Place focus, Place dateline) {
        List<Toponym> here = candidates(report, sentenceIndex, trigger, toponyms, true).stream().filter(t -> t.place() != null).toList();
        if (!here.isEmpty()) {
            Toponym best = here.stream().min(Comparator.comparingDouble(t -> cost(report.text(), t, trigger, here))).orElseThrow();
            // "in Cameroon's capital", "the capital of Peru", or "in the capital" of a sentence that names only its country
            Optional<Place> capital = capitals.ownedBy(report.text(), best.place(), best.span())
                    .or(() -> capitals.unnamed(report.text(), sentenceSpan(report, sentenceIndex), best.place().countryOnly() ? best.place().country() : null));
            Optional<Place> town = capital.isEmpty() ? unnamedTownOf(report.text(), best, toponyms, sentenceIndex) : Optional.empty();
            if (town.isPresent()) return new Choice(town.get().withPrecision(2), UNNAMED_TOWN);
            return capital.map(c -> new Choice(c, CAPITAL)).orElseGet(() -> new Choice(best.place(), NAMED_HERE));
        }
        // "jihadists attacked an army convoy in the Sahel": the act's place spans several countries; the report's main place
        // would be a guess at one of them
        Optional<Toponym> wide = acrossCountries(report, sentenceIndex, trigger, toponyms);
        if (wide.isPresent()) return new Choice(null, "\"" + wide.get().text() + "\" is named: " + ACROSS_COUNTRIES);
        String sentence = TriggerFinder.lowerFlat(report.sentences().get(sentenceIndex).text());
        // "security forces killed dozens of militants elsewhere in Hirshabelle": the act is told as being away from the place
        // the report is about, so neither its main place nor its capital may stand in for the unplaced name
        if (ELSEWHERE.matcher(sentence).find()) return new Choice(null, "the sentence puts the act elsewhere than the report's main place, and names no place it knows");
        // "... a hotel in Beledweyne and later killed 50 militants in airstrikes": the act came after what the sentence places
        // there, so that place, the report's main one, says nothing of where the act was
        if (laterStep(report.text(), sentenceIndex, trigger, toponyms)) return new Choice(null, LATER_ELSEWHERE);
        if (dateline != null && sentence.matches(".*\\bthis (city|capital)\\b.*")) return new Choice(dateline, DATELINE_CITY);
        Optional<Place> capital = capitals.unnamed(report.text(), sentenceSpan(report, sentenceIndex), focus == null ? null : focus.country());
        if (capital.isPresent()) return new Choice(capital.get(), CAPITAL);
        if (sentence.matches(".*\\b(the|this|that) (city|town|village)\\b.*")) {
            // "Last month insurgents ambushed a bus in Kalat. Days later, a bomb killed 11 miners in the city": the town
            // just named, when the sentence or the one before it names one
            Toponym last = toponyms.stream().filter(PlaceChooser::namedTown)
                    .filter(t -> t.sentenceIndex() < sentenceIndex && t.sentenceIndex() >= sentenceIndex - 1)
                    .filter(t -> roles.notALocation(report.text(), t, trigger).isEmpty())
                    .max(Comparator.comparing(Toponym::span)).orElse(null);
            if (last != null) return new Choice(last.place(), "the sentence refers back to the town named just before");
        }
        // South Sudan: "Sudan bombed refugee camp": the report's main place came from this very sentence, where it is the act's agent
        if (focus != null && agentHere(report.text(), sentenceIndex, focus, trigger, toponyms)) return new Choice(null, AGENT_FOCUS);
        if (focus != null && sentence.matches(".*\\b(the|this|that) (city|town|village|area|district|region|province|outskirts|countryside)\\b.*")) {
            return new Choice(focus, "the sentence refers back to the report's main place");
        }
        if (focus != null) {
            return new Choice(focus.withPrecision(Math.max(2, focus.geoPrecision())), "no place in the sentence; the report's main place, precision lowered");
        }
        // "guerrillas attacked the command post in San Ramon", a village the gazetteer lacks: named, but not placed
        return mentions(report, sentenceIndex, trigger, toponyms).stream().filter(t -> t.place() == null).findFirst()
                .map(t -> new Choice(null, "\"" + t.text() + "\" is named but not placed: " + (t.reason() == null ? "unresolved" : t.reason())))
                .orElse(new Choice(null, "no place named in the sentence, and no main place of the report to fall back on"));
    }

    static final String AGENT_FOCUS = "the report's main place is named in this sentence as the act's agent, not where it happened";

    /** Whether the focus is a mention of this act's own sentence that acts in it ("Sudan bombed ..."). */
    private boolean agentHere(String text, int sentenceIndex, Place focus, Span trigger, List<Toponym> toponyms) {
        return focus.span() != null && toponyms.stream().filter(t -> t.sentenceIndex() == sentenceIndex && focus.span().equals(t.span()))
                .anyMatch(t -> roles.notALocation(text, t, trigger).filter(PlaceRoles.AGENT::equals).isPresent());
    }

    static final String UNNAMED_TOWN = "the sentence names a town of the country without its name; the town of that country the next sentences name, precision lowered";
    // "on the German consulate in a city in north Afghanistan": a town of the country named right after, left unnamed
    private static final java.util.regex.Pattern TOWN_OF = java.util.regex.Pattern.compile(
            "\\b(a|an|the)\\s+([\\w-]+\\s+)?(city|town|village)\\s+(in|of)\\s+((the\\s+)?(north|south|east|west|central|northern|southern|eastern|western"
            + "|north-?eastern|north-?western|south-?eastern|south-?western)(ern)?\\s+)?(part\\s+of\\s+)?$");
    /** How many sentences after an unnamed town's may name it ("... in a city in north Afghanistan. A car ... in Mazar-i-Sharif."). */
    private static final int NAMED_WITHIN = 2;

    /**
     * The town a sentence leaves unnamed: the chosen place is a country the sentence names as holding "a city" ("a city in north
     * Afghanistan"), and the next sentences name one town of that country (and only one): the report names it there.
     */
    private Optional<Place> unnamedTownOf(String text, Toponym best, List<Toponym> toponyms, int sentenceIndex) {
        if (!best.place().countryOnly()) return Optional.empty();
        String before = TriggerFinder.lowerFlat(text.substring(Math.max(0, best.span().start() - 60), best.span().start()));
        if (!TOWN_OF.matcher(before).find()) return Optional.empty();
        List<Place> towns = toponyms.stream().filter(t -> t.sentenceIndex() > sentenceIndex && t.sentenceIndex() <= sentenceIndex + NAMED_WITHIN)
                .filter(t -> namedTown(t) && best.place().country().equals(t.place().country()) && !roles.standsForParty(text, t) && !roles.home(text, t))
                .map(Toponym::place).toList();
        return towns.stream().map(Place::geonameId).distinct().count() == 1 ? Optional.of(towns.get(0)) : Optional.empty();
    }

    /** A populated place named as itself (not near it, nor a region). */
    private static boolean namedTown(Toponym t) {
        return t.place() != null && t.place().geoPrecision() == 1 && "P".equals(t.place().featureClass());
    }

    private static final java.util.regex.Pattern ELSEWHERE = java.util.regex.Pattern.compile("\\belsewhere\\b");
    static final String LATER_ELSEWHERE = "the act came later than what its sentence places, and the sentence names no place of its own";

    /** Whether a resolved place of the sentence lies before the act with a later step between them ("... in X and later ..."). */
    private static boolean laterStep(String text, int sentenceIndex, Span trigger, List<Toponym> toponyms) {
        return toponyms.stream().anyMatch(t -> t.sentenceIndex() == sentenceIndex && t.place() != null && t.span().end() <= trigger.start()
                && anotherClause(text, t, trigger));
    }

    private static Span sentenceSpan(AnnotatedReport report, int sentenceIndex) {
        return report.sentences().stream().filter(s -> s.index() == sentenceIndex).findFirst().map(s -> s.sentence().span())
                .orElse(new Span(0, report.text().length()));
    }

    /**
     * The words naming where the event at {@code trigger} happened: the best place name of its sentence (resolved
     * or not) and the names coordinated with it ("the cities of Palmyra and Quaryatayn"). Empty when none fits.
     */
    public List<Toponym> mentions(AnnotatedReport report, int sentenceIndex, Span trigger, List<Toponym> toponyms) {
        List<Toponym> here = candidates(report, sentenceIndex, trigger, toponyms, false);
        if (here.isEmpty()) return List.of();
        String text = report.text();
        Toponym best = here.stream().min(Comparator.comparingDouble(t -> cost(text, t, trigger, here))).orElseThrow();
        List<Toponym> out = new ArrayList<>(List.of(best));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Toponym t : here) {
                if (out.contains(t)) continue;
                for (Toponym o : List.copyOf(out)) {
                    Span gap = t.span().start() >= o.span().end() ? new Span(o.span().end(), t.span().start())
                            : t.span().end() <= o.span().start() ? new Span(t.span().end(), o.span().start()) : null;
                    if (gap != null && LIST_GAP.matcher(text.substring(gap.start(), gap.end())).matches()) {
                        out.add(t);
                        grew = true;
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Toponym::span));
        return out;
    }

    // "X and Y", "X, Y", "X (twice) and Y", "X and the nearby town of Y", "X, and Aleppo's districts of Y": names listed
    // together share the act
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
            "(\\s+(province|district|governorate|region|area))?\\s*-\\s*\\w+\\s*(times?)?\\s*(;|and)\\s*in\\s+(\\p{Ll}+\\s+)?"
            + "|\\s*(\\([^()]{0,25}\\)\\s*)?(,|and|or|, and|, or)\\s*(the\\s+|((the\\s+)?(nearby\\s+|neighbou?ring\\s+)?|\\p{Lu}[\\p{L}-]+(\\s+\\p{Lu}[\\p{L}-]+)?\\s*(['’]\\s*s|\\s+s)\\s+)"
            + "(towns?|villages?|cit(y|ies)|districts?|areas?|neighbou?rhoods?)\\s+of\\s+)?");

    static final String ACROSS_COUNTRIES = "a region or continent across several countries, which no one country's place stands for";

    /** The sentence's resolved name of a region across countries ("the Sahel", "the Middle East") that can be the act's place. */
    private Optional<Toponym> acrossCountries(AnnotatedReport report, int sentenceIndex, Span trigger, List<Toponym> toponyms) {
        return placeable(report, sentenceIndex, trigger, toponyms, true).stream().filter(t -> t.place() != null && t.place().country() == null)
                .min(Comparator.comparingInt(t -> Math.abs(t.span().start() - trigger.start())));
    }

    /** The place names of the sentence that can be where its event happened (not possessives, origins or agents). */
    private List<Toponym> candidates(AnnotatedReport report, int sentenceIndex, Span trigger, List<Toponym> toponyms, boolean resolvedOnly) {
        // a continent or world region ("in Africa") locates no event: ACLED codes a country at least
        return placeable(report, sentenceIndex, trigger, toponyms, resolvedOnly).stream().filter(t -> t.place() == null || t.place().country() != null).toList();
    }

    private List<Toponym> placeable(AnnotatedReport report, int sentenceIndex, Span trigger, List<Toponym> toponyms, boolean resolvedOnly) {
        List<Toponym> sentence = toponyms.stream().filter(t -> t.sentenceIndex() == sentenceIndex).toList();
        return sentence.stream()
                .filter(t -> roles.notALocation(report.text(), t, trigger).map(why -> resolvedOnly && why.equals(PlaceRoles.OWNS_NAMED_PLACE)
                        // "forces in Somalia's Puntland region": when the owned name does not resolve, the country is the place
                        && sentence.stream().noneMatch(o -> o.place() != null && o.span().start() > t.span().end() && o.span().start() - t.span().end() < 40))
                        .orElse(true))
                .filter(t -> !anotherClause(report.text(), t, trigger)).toList();
    }

    /**
     * Words between an act and a later name that put the name in another statement: a semicolon, a relative
     * clause on "which" ("troops which have their bases in Turkey"), a clause with a subject of its own ("was
     * captured last year and Varela was killed in Venezuela"), or what followed ("followed by another explosion in
     * Colombo"). Such a name is where something else is or happened, never the act's place; better none.
     */
    static boolean anotherClause(String text, Toponym t, Span trigger) {
        // "attackers who laid siege to a hotel in Beledweyne and later killed 50 militants in airstrikes": a name told
        // before a step that came later is the earlier step's place ("and then blew themselves up" is the same scene: kept)
        if (t.span().end() <= trigger.start()) return LATER_STEP.matcher(text.substring(t.span().end(), trigger.start())).find();
        if (t.span().start() < trigger.end()) return false;
        String between = text.substring(trigger.end(), t.span().start());
        // "shelled 23 times: in Aleppo - 6 times; in Latakia - 2 times": a list after a colon, one place per item
        if (COLON_LIST.matcher(between).matches()) return false;
        return ANOTHER_CLAUSE.matcher(between).find();
    }

    private static final java.util.regex.Pattern LATER_STEP = java.util.regex.Pattern.compile("(?i)(,|\\band)\\s+(later|subsequently|afterwards|afterward|days later|hours later)\\b");
    private static final java.util.regex.Pattern COLON_LIST = java.util.regex.Pattern.compile("(?s)[^;.]*:[^;.]*(;\\s*in\\s[^;.]*)*;\\s*in\\s+(\\S+\\s+)?");
    private static final java.util.regex.Pattern ANOTHER_CLAUSE = java.util.regex.Pattern.compile(
            ";|\\bwhich\\b|,\\s*where\\b|\\bwhile\\s+(many|most|some|thousands|hundreds|dozens)\\b|\\bfollowed by\\b"
            // "was captured and sent to Hoa Lo prison", "was shot and died later at a hospital in Nashville": where the victim went after
            + "|\\b(and|then)\\s+((was|were|is|are|later)\\s+)?(deported|taken|sent|moved|transferred|flown|driven|evacuated|rushed|brought|died|taken)\\b"
            + "|\\b(and|but|while|whereas)\\s+(\\p{Lu}[\\p{L}'-]+\\s+|he\\s+|she\\s+|they\\s+|it\\s+)"
            + "(\\w+\\s+)?(was|were|is|are|had|has|have|will|would)\\b");

    private static final java.util.regex.Pattern NEAR_REFERENCE = java.util.regex.Pattern.compile(",?\\s+(near|outside|close to)\\s+(the\\s+)?((town|city|village) of\\s+)?$");
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            ";|,\\s+(and|but|while|whereas)\\s+(in|at|near|on)\\b|\\s--\\s|\\b(and|while|but)\\s+(another|a second|two other|other)\\b");

    private static double cost(String text, Toponym t, Span trigger, List<Toponym> others) {
        // a place after the act ("demonstrated in Hamburg") beats one as close before it ("the embassy in Lima, demonstrated")
        int distance = t.span().start() >= trigger.end() ? t.span().start() - trigger.end() : (trigger.start() - t.span().end()) * 2 + 1;
        double c = Math.max(0, distance);
        String before = TriggerFinder.lowerFlat(text.substring(Math.max(0, t.span().start() - 12), t.span().start()));
        // "demonstrated across Turkey": the whole country is the place
        boolean whole = before.matches(".*\\b(across|throughout|all over)\\s+(the\\s+)?$");
        // provinces and countries only when nothing finer within them is named ("in the restive Diyala province,
        // north of Baghdad": Baghdad is no finer place of Diyala, so Diyala stands)
        if (t.place() != null && t.place().geoPrecision() == 3 && !whole && others.stream().anyMatch(o -> within(o, t.place()))) c += 400;
        if (before.matches(".*\\b(in|at|near|of|on|into|outside|around|across)\\s+(the\\s+)?(town of\\s+|city of\\s+|village of\\s+)?$")) c -= 30;
        if (before.matches(".*\\bfrom\\s+$")) c += 60;
        // "Amara, south of Baghdad" / "30 km from Kilinochchi": a reference point, not the place itself
        String wider = TriggerFinder.lowerFlat(text.substring(Math.max(0, t.span().start() - 30), t.span().start()));
        if (wider.matches("(?s).*\\b(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|km|kms|kilometres|kilometers|miles)(ern)?\\s+(of|from)\\s+(the\\s+)?(town of\\s+|city of\\s+)?$")) c += 150;
        // "the village of Jdeideh near Jenin": right after another name, "near X" places that name, X is the reference
        java.util.regex.Matcher near = NEAR_REFERENCE.matcher(wider);
        if (near.find() && others.stream().anyMatch(o -> o != t && o.span().end() <= t.span().start()
                && o.span().end() >= t.span().start() - (wider.length() - near.start()) - 2)) c += 150;
        // "in X, a merchant was killed, and in Y four people were hurt": a place across a clause break belongs to the other clause
        Span between = t.span().start() >= trigger.end() ? new Span(trigger.end(), t.span().start())
                : t.span().end() <= trigger.start() ? new Span(t.span().end(), trigger.start()) : null; // null: the name is in the trigger phrase
        if (between != null && CLAUSE_BREAK.matcher(text.substring(between.start(), between.end())).find()) c += 200;
        // "The Taliban, which control most of X and Y, captured the airport": a place in a relative clause before the act
        if (t.span().end() <= trigger.start() && text.substring(t.span().end(), trigger.start()).contains(",")) {
            int comma = text.lastIndexOf(',', t.span().start());
            String lead = comma < 0 ? "" : TriggerFinder.lowerFlat(text.substring(comma, t.span().start()));
            // ... or in an apposition to the subject ("Kupczyk, an officer of the brigade in the Baltic Sea port, was shot")
            if (lead.matches(",\\s+(which|who|whose|that|where|an?)\\b[^,]*")) c += 200;
        }
        return c;
    }

    /** Whether {@code o} is a finer resolved place inside {@code area} (its country, or its first-level region). */
    private static boolean within(Toponym o, Place area) {
        Place p = o.place();
        if (p == null || p.geoPrecision() == 3 || p.country() == null || !p.country().equals(area.country())) return false;
        return area.admin1() == null || area.admin1().equals(p.admin1()); // a country has no first-level region
    }

    /**
     * The report's focus, the place of an event whose sentence names none: the town-level place named most often,
     * earliest on ties, inside the lead's anchor; else the anchor itself. The anchor is the finest place of the first
     * lead sentence (of the first {@link org.sitrep.model.AnnotatedReport#LEAD_SENTENCES}) that names one: the lead
     * says where the happening is ("a refugee camp in South Sudan's Unity state was bombed"), and a town named later
     * across the border, for a side fight, is not where the report's unplaced events happened. Mentions in which a
     * place stands for its government ("Khartoum denied it"), opens a publication's name, modifies an actor
     * ("U.S. troops"), says where a person lives ("Subryan, 23, of Schenectady") or names a neighbour ("near the Cameroon
     * border") do not count.
     */
    public Place focus(String text, List<Toponym> toponyms) {
        List<Toponym> usable = toponyms.stream().filter(t -> t.place() != null && !roles.standsForParty(text, t) && !roles.home(text, t) && !roles.neighbour(text, t)
                && !roles.routeEnd(text, t) && !roles.runFrom(text, t)).toList();
        Place leadPlace = usable.stream().filter(t -> t.sentenceIndex() < org.sitrep.model.AnnotatedReport.LEAD_SENTENCES && t.place().country() != null)
                .min(Comparator.comparingInt(Toponym::sentenceIndex)).map(first -> usable.stream()
                        .filter(t -> t.sentenceIndex() == first.sentenceIndex() && t.place().country() != null).map(Toponym::place)
                        // a region before its country, the first named on a tie
                        .min(Comparator.comparingInt((Place p) -> p.geoPrecision() * 2 + (p.admin1() == null ? 1 : 0))).orElseThrow())
                .orElse(null);
        Place anchor = leadPlace != null ? leadPlace : homeCountryNamedAgain(text, toponyms, usable);
        Place town = usable.stream().filter(t -> t.place().geoPrecision() == 1 && !"A".equals(t.place().featureClass()))
                .filter(t -> anchor == null || inside(t.place(), anchor))
                .collect(java.util.stream.Collectors.groupingBy(t -> t.place().geonameId(), java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .values().stream().max(Comparator.comparingInt(List::size))
                // a town named once, past the lead ("officials met in the capital, Bangui"), is no evidence of where the report is
                .filter(l -> l.size() > 1 || l.get(0).sentenceIndex() < org.sitrep.model.AnnotatedReport.LEAD_SENTENCES)
                .map(l -> l.get(0).place()).orElse(null);
        return town != null ? town : anchor;
    }

    /**
     * "Central African Republic officials are pleading with civilians ...": a lead that names its country only as its
     * officials' home (or as the party that acts) still says where the report is, when the report names that country again
     * as a place.
     */
    private Place homeCountryNamedAgain(String text, List<Toponym> toponyms, List<Toponym> usable) {
        return toponyms.stream().filter(t -> t.place() != null && t.sentenceIndex() < org.sitrep.model.AnnotatedReport.LEAD_SENTENCES
                        && t.place().country() != null && t.place().countryOnly() && (roles.home(text, t) || roles.standsForParty(text, t)))
                .filter(t -> usable.stream().anyMatch(u -> u.place().countryOnly() && t.place().country().equals(u.place().country())))
                .min(Comparator.comparingInt(Toponym::sentenceIndex)).map(Toponym::place).orElse(null);
    }

    /** Whether a town lies in what the anchor covers: its country, or its province when the anchor is one. */
    private static boolean inside(Place town, Place lead) {
        if (lead.country() == null || !lead.country().equals(town.country())) return false;
        boolean region = lead.geoPrecision() == 3 && lead.admin1() != null;
        return !region || lead.admin1().equals(town.admin1());
    }
}
