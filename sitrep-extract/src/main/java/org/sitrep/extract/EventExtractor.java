package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Claim;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Toponym;

/**
 * The extraction stage: event mentions from trigger phrases, then for each its actors, place, date,
 * fatalities, sources and claim, each with its evidence span. Mentions of one action at one place and
 * time in the same report are merged into one event (ACLED: one event per action, place and day).
 */
public final class EventExtractor {
    static final String INHERITED_DATE = "no date in the sentence; taken from the event of sentence ";
    private final TriggerFinder triggers;
    private final TriggerCombiner combiner = new TriggerCombiner();
    private final BackgroundFilter background = new BackgroundFilter();
    private final ReportDomain domains = new ReportDomain();
    private final ActorExtractor actors;
    private final ActorDictionary dictionary;
    private final FatalityExtractor fatalities = new FatalityExtractor(new NumberParser());
    private final SourceExtractor sources = new SourceExtractor();
    private final PlaceChooser places;
    private final ClaimAssessor claims = new ClaimAssessor();
    private final OtherClasses others = new OtherClasses();
    private final EventDater dater;

    public EventExtractor(TriggerFinder triggers, ActorDictionary dictionary, EventDater dater) {
        this(triggers, dictionary, dater, CapitalPlaces.NONE);
    }

    /** {@code capitals}: reads a capital named by its country ("in Cameroon's capital", "in the capital"). */
    public EventExtractor(TriggerFinder triggers, ActorDictionary dictionary, EventDater dater, CapitalPlaces capitals) {
        this.places = new PlaceChooser(capitals);
        this.triggers = triggers;
        this.dictionary = dictionary;
        this.actors = new ActorExtractor(dictionary);
        this.dater = dater;
    }

    public List<Event> extract(AnnotatedReport report, List<Toponym> toponyms) {
        return extractWithReasons(report, toponyms).events();
    }

    /** The report's events, and the candidate acts left out of them with the reason for each. */
    public Extraction extractWithReasons(AnnotatedReport report, List<Toponym> toponyms) {
        List<LeftOut> left = new ArrayList<>();
        Place focus = places.focus(report.text(), eventPlaces(report, toponyms, List.of()));
        List<Event> events = new ArrayList<>();
        java.util.Set<String> generic = new java.util.HashSet<>();
        java.util.Set<EventType> recalled = java.util.EnumSet.noneOf(EventType.class);
        List<Source> previousSources = List.of();
        List<Fatalities> earlyTolls = new ArrayList<>();
        String domain = domains.of(report.text()).orElse(null);
        int leadEnd = report.leadEnd(AnnotatedReport.LEAD_SENTENCES);
        boolean crime = background.commonCrime(report.sentences().stream().filter(x -> x.index() < leadEnd).map(AnnotatedSentence::text)
                .collect(java.util.stream.Collectors.joining("\n")), report.text());
        for (AnnotatedSentence s : report.sentences()) {
            int start = s.sentence().span().start();
            List<Source> said = sources.extract(s.text(), start);
            if (said.isEmpty() && sources.attributesByPronoun(s.text())) said = previousSources;
            previousSources = said.isEmpty() ? previousSources : said;
            ResponsibilityClaims.apply(s.text(), start, s.index(), events, actors, span -> dater.date(report, s.index(), span));
            CustodySince.apply(s.text(), s.index(), start, events, span -> dater.date(report, s.index(), span));
            // a sentence the first pass left unannotated matched no trigger of this same lexicon: no need to look again
            List<Trigger> raw = s.full() ? withoutBackground(outsideNames(s, start, triggers.find(s.text(), start)), s.text(), start, left) : List.of();
            List<Trigger> combined = TriggerCombiner.separateAnchoredActs(combiner.combine(raw), s.text(), start);
            List<Trigger> kept = onePerType(combined);
            List<Trigger> found = kept.stream().map(t -> CapturedWho.retype(t, s.text(), start, toponyms)).toList();
            // an act named again ("the scene of the airstrike") is no new act, nor does it make the sentence's arrest a strike's side
            // ... and so is an act the report recalled as history ("Trial Opens in 2004 Bombing ... when the bombing took place")
            List<Trigger> retold = found.stream().filter(t -> ToldAgain.refersBack(s.text(), start, t, events)).toList();
            found = found.stream().filter(t -> !retold.contains(t) && !(recalled.contains(t.subType().type()) && ToldAgain.definiteAct(s.text(), start, t)))
                    .toList();
            RetoldMeans.apply(retold, events);
            // ... a retelling's day counts even when another act of its type in the sentence took its place ("the bombing late
            // Thursday was revenge for US air strikes")
            RetoldDates.apply(report.text(), combined.stream().filter(t -> retold.contains(t) || !kept.contains(t) && ToldAgain.refersBack(s.text(), start, t, events)).toList(),
                    events, t -> dater.date(report, s.index(), t.span()));
            boolean violent = found.stream().anyMatch(EventExtractor::violent);
            Fatalities toll = fatalities.extract(s.text(), start);
            Fatalities early = found.isEmpty() ? RetoldTolls.apply(s.text(), s.index(), retold, toll, events) : null;
            if (early != null) earlyTolls.add(early);
            Trigger tollOwner = tollOwner(found, toll, violent);
            for (Trigger t : found) {
                if (violent && t.subType().type() == EventType.STRATEGIC_DEVELOPMENTS) continue;
                Optional<String> why = crime && t.subType() == SubEventType.ARRESTS ? Optional.of("police work on a common crime")
                        : background.reason(s.text(), start, t.span());
                if (why.isPresent() && RECALLING.contains(why.get())) recalled.add(t.subType().type());
                if (why.isEmpty() && domain != null && domains.figurative(domain, t.phrase(), s.text())) why = Optional.of("figurative: a conflict word in other news");
                if (why.isPresent()) {
                    left.add(LeftOuts.of(t, why.get()));
                    continue;
                }
                Event e = event(report, s, t, toponyms, focus, said, t == tollOwner ? toll : null, events.size());
                if (Campaigns.whole(t, e)) {
                    left.add(LeftOuts.of(t, Campaigns.REASON));
                    continue;
                }
                if (GenericPlurals.generic(t, e)) generic.add(e.id());
                events.add(e);
                events.addAll(atOtherPlaces(report, s, t, e, toponyms, said, events.size()));
            }
        }
        List<Event> joined = EventCoreference.join(mergeSameEvent(InheritedDates.apply(events, report.report().published(), InheritedDates.yearsNamed(report),
                InheritedDates.yearsSetIn(report))),
                report.report().published()).stream().map(e -> ActorConventions.oneActorOnce(ActorConventions.genericActorsPlaced(e, this::countryName))).toList();
        // a generic plural that joined no told act, and that no later mention joined, is talk of violence, not an event;
        // acts a year or more older than the report are history it recalls ("the 1985 killing of another teenager", the
        // shooting a trial hears): coded from the reports of their day, not again from this one; nor are acts ACLED could
        // not place or date, or periods of more than a year
        LocalDate published = report.report().published();
        List<Event> kept = new ArrayList<>();
        for (Event e : joined) {
            Optional<String> why = generic.contains(e.id()) && e.notes().stream().noneMatch(n -> n.startsWith(Events.ALSO_REPORTED))
                    ? Optional.of(GenericPlurals.REASON) : EventConfidence.whyLeftOut(e, published);
            if (why.isPresent()) left.add(LeftOuts.of(e, why.get()));
            else kept.add(e);
        }
        kept = RetoldTolls.applyForward(earlyTolls, kept);
        kept = ReportWeek.apply(kept, published, report.leadEnd(AnnotatedReport.LEAD_SENTENCES));
        return new Extraction(claims.markDisputes(kept.stream().map(ActorConventions::battleSides).toList()), left);
    }

    /**
     * "Protesters marched against the plan for mass arrests", "the demonstrators were not arrested": an act the background
     * filter rejects does not combine with the sentence's other act (the march is no protest with intervention); it is
     * left out before the sentence's acts are combined. Only a trigger that would combine is read here: the others are left to
     * the main loop, where one trigger per type stands for a list ("plan to burn vehicles, destroy stores and step up sabotage");
     * so is one the filter reads as background of another kind ("the arrest of an activist who played a role in last year's
     * protests": the clause describes a person, and its time and place are not the arrest's).
     */
    private List<Trigger> withoutBackground(List<Trigger> raw, String text, int start, List<LeftOut> left) {
        if (raw.size() < 2) return raw;
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : raw) {
            Optional<String> why = combiner.pairs(t, raw) ? background.reason(text, start, t.span()).filter(NOT_HAPPENED::contains) : Optional.empty();
            if (why.isEmpty()) {
                kept.add(t);
                continue;
            }
            left.add(LeftOuts.of(t, why.get()));
        }
        return kept;
    }

    /**
     * "Farabundo Marti National Liberation Front", "the Sudan People's Liberation Army": a trigger word inside a
     * group's name (a multi-word organization the tagger found, or a named group of the actor dictionary) is no act.
     * Dictionary matches built from an army's nationality ("Syrian artillery") are no names and keep their words.
     */
    private List<Trigger> outsideNames(AnnotatedSentence s, int start, List<Trigger> found) {
        if (found.isEmpty()) return found;
        List<Span> names = new ArrayList<>();
        for (EntityMention m : s.entities()) {
            if ("ORGANIZATION".equals(m.type()) && m.lastToken() > m.firstToken()) names.add(m.span());
        }
        for (ActorDictionary.Match m : dictionary.find(s.text())) {
            String name = m.entry().name();
            if (m.entry().generic() || !m.text().contains(" ") || name.startsWith("Military Forces of") || name.startsWith("Police Forces of")) continue;
            names.add(new Span(start + m.start(), start + m.end()));
        }
        return found.stream().filter(t -> names.stream().noneMatch(n -> n.start() <= t.span().start() && t.span().end() <= n.end())).toList();
    }

    /**
     * One event per event type and sentence: "jets intensified their bombing" is one air strike, not an air
     * strike and a bombing. Territorial changes and clashes are different actions and both stay.
     */
    static List<Trigger> onePerType(List<Trigger> found) {
        boolean specific = found.stream().anyMatch(t -> t.priority() >= WEAK && violent(t));
        boolean remote = found.stream().anyMatch(t -> t.priority() >= WEAK && t.subType().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : found) {
            if (specific && t.priority() < WEAK) continue; // "killed militants" beside "air strikes" is the strike's toll
            // "warplanes bombed a camp, killing 12 people", "the murder of 10 union members in a dynamite attack": ACLED codes
            // one air strike or bombing whose toll is civilian, not an attack too
            if (remote && t.subType() == SubEventType.ATTACK && KILLING_TOLL.matcher(TriggerFinder.lowerFlat(t.phrase())).lookingAt()) continue;
            String key = key(t);
            Trigger same = out.stream().filter(o -> key(o).equals(key)).findFirst().orElse(null);
            if (same == null) out.add(t);
            else if (t.priority() > same.priority()) out.set(out.indexOf(same), t);
        }
        return out;
    }

    private static final int WEAK = TriggerCombiner.WEAK;
    private static final Pattern KILLING_TOLL = Pattern.compile("(killed|killing|kills|kill|murder(s|ed|ing)?|assassinat(ed|ion|ions|ing))\\b");
    /** Background reasons that say an act did not happen (yet): such an act is read before it combines with another. */
    private static final java.util.Set<String> NOT_HAPPENED = java.util.Set.of("irrealis", "negated", "planned", "question");
    /** Background reasons that recall a past act: a later "the bombing" names that act again. */
    private static final java.util.Set<String> RECALLING = java.util.Set.of("earlier act", "judicial");

    private static boolean violent(Trigger t) {
        return t.subType().type() != EventType.STRATEGIC_DEVELOPMENTS && t.subType().type() != EventType.PROTESTS;
    }

    private static String key(Trigger t) {
        return switch (t.subType()) {
            // a claimed capture and a retaking in one sentence are two actions: each territorial trigger stands
            case GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY -> "territory@" + t.span().start();
            default -> t.subType().type().name();
        };
    }

    private static Trigger tollOwner(List<Trigger> found, Fatalities toll, boolean violent) {
        if (toll == null) return null;
        Trigger owner = null;
        for (Trigger t : found) {
            if (violent && !violent(t)) continue;
            if (owner == null || Math.abs(t.span().start() - toll.span().start()) < Math.abs(owner.span().start() - toll.span().start())) owner = t;
        }
        return owner;
    }

    private Event event(AnnotatedReport report, AnnotatedSentence s, Trigger t, List<Toponym> toponyms, Place focus,
            List<Source> said, Fatalities toll, int n) {
        int start = s.sentence().span().start();
        List<Evidence> ev = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ev.add(new Evidence("sentence", s.sentence().span(), s.text()));
        ev.add(new Evidence("event_type", t.span(), t.phrase()));
        PlaceChooser.Choice choice = places.choose(report, s.index(), t.span(), eventPlaces(report, toponyms, said), focus,
                PlaceChooser.datelinePlace(report, toponyms));
        Place place = choice.place();
        if (place != null && place.span() != null) ev.add(new Evidence("location", place.span(), place.mention() == null ? "" : place.mention()));
        notes.add("location: " + choice.reason());
        String iso = place == null ? null : place.country();
        String countryName = iso == null ? null : countryName(iso);
        ActorConventions.Coded coded = ActorConventions.code(t.subType(), actors.extract(s.text(), start, t.span(), iso, countryName), t, iso, countryName,
                s.text(), start);
        ActorExtractor.Actors a = coded.actors();
        SubEventType sub = coded.sub();
        if (a.actor1() != null) ev.add(new Evidence("actor1", a.actor1().span(), a.actor1().mention()));
        // the actor read from the trigger itself: the country's police for an arrest, its protesters or rioters for a
        // demonstration; a "suicide bomber" is its own agent and needs no note
        if (a.actor1() != null && a.actor1().span().equals(t.span()) && (sub == SubEventType.ARRESTS || sub.type() == EventType.PROTESTS || sub.type() == EventType.RIOTS)) {
            notes.add("actor1: " + (sub == SubEventType.ARRESTS ? ActorConventions.UNNAMED_ARRESTER : ActorConventions.UNNAMED_CROWD));
        }
        if (a.actor2() != null) ev.add(new Evidence("actor2", a.actor2().span(), a.actor2().mention()));
        TimeSpan date = dater.date(report, s.index(), t.span());
        if (BorrowedDay.borrowed(sub, s.text(), start, t.span(), date.span())) {
            // an act whose account came out that day is older than the account, by however long: no week is assumed
            boolean lead = s.index() < report.leadEnd(BorrowedDay.LEAD_SENTENCES) && !BorrowedDay.revealedDay(s.text(), start, t.span(), date.span());
            date = BorrowedDay.withoutBorrowedDay(date, report.report().published(), lead);
            notes.add("date: " + date.reason());
        }
        if (date.span() != null) ev.add(new Evidence("date", date.span(), date.text() == null ? "" : date.text()));
        if (toll != null) {
            ev.add(new Evidence("fatalities", toll.span(), toll.text()));
            if (toll.cumulative()) notes.add("fatalities: a cumulative total over several days; single strikes reported beside it may be inside it");
        }
        for (Source src : said) ev.add(new Evidence("source", src.span(), src.name()));
        boolean admits = a.actor1() != null && said.stream().anyMatch(x -> x.name().contains(a.actor1().mention().toLowerCase()));
        Claim claim = claims.assess(s.text(), t.span().start() - start, said, admits);
        String id = report.report().id() + "-e" + (n + 1);
        return new Event(id, report.report().id(), sub.type(), sub, a.actor1(), a.actor2(), a.associated(), place, date, toll, claim,
                s.sentence(), t.phrase(), EventConfidence.of(report, s, t, date), ev, notes);
    }

    /**
     * "air strikes hit the villages of X and Y": one event per place (ACLED), for places named
     * side by side with the event's own. A toll said of them together is not split, so such an act stays one event.
     */
    private List<Event> atOtherPlaces(AnnotatedReport report, AnnotatedSentence s, Trigger t, Event e, List<Toponym> toponyms,
            List<Source> said, int n) {
        if (e.fatalities() != null || e.location() == null) return List.of();
        List<Event> out = new ArrayList<>();
        for (Toponym other : places.mentions(report, s.index(), t.span(), eventPlaces(report, toponyms, said))) {
            if (other.place() == null || e.location().span() != null && other.span().overlaps(e.location().span())) continue;
            if (other.place().geonameId() != 0 && other.place().geonameId() == e.location().geonameId()) continue;
            // "a tunnel in Sibi district of Balochistan": the province holding the place is no second place of the act
            if (holds(other.place(), e.location())) continue;
            out.add(Events.atPlace(e, report.report().id() + "-e" + (n + out.size() + 1), other));
        }
        return out;
    }

    /** Whether a coarse place (a country, or a first-level region) contains a finer one. */
    static boolean holds(Place coarse, Place fine) {
        if (coarse.geoPrecision() < 3 || fine.geoPrecision() > coarse.geoPrecision() || coarse.country() == null || !coarse.country().equals(fine.country())) return false;
        return coarse.admin1() == null || coarse.admin1().equals(fine.admin1());
    }

    /** Places that can be where an event happened: not the dateline's city, not a source's base ("u.k.-based monitor"). */
    private static List<Toponym> eventPlaces(AnnotatedReport report, List<Toponym> toponyms, List<Source> said) {
        var dateline = report.report().dateline();
        String text = report.text();
        return toponyms.stream()
                .filter(t -> dateline == null || dateline.span() == null || !dateline.span().overlaps(t.span()))
                .filter(t -> said.stream().noneMatch(s -> s.span().overlaps(t.span())))
                .filter(t -> !text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 7)).matches("(?s)-based.*"))
                .toList();
    }

    private String countryName(String iso) {
        String[] c = dictionary.countryByIso(iso);
        return c == null ? null : c[1];
    }

    private static List<Event> mergeSameEvent(List<Event> events) {
        List<Event> out = new ArrayList<>();
        outer:
        for (Event e : events) {
            for (int i = 0; i < out.size(); i++) {
                Event o = out.get(i);
                if (o.subType() == e.subType() && samePlace(o, e) && overlaps(o.date(), e.date()) && sameActor(o, e)) {
                    out.set(i, Events.merge(o, e));
                    continue outer;
                }
            }
            out.add(e);
        }
        return out;
    }

    private static boolean samePlace(Event a, Event b) {
        if (a.location() == null || b.location() == null) return a.location() == b.location();
        if (a.location().geonameId() != b.location().geonameId()) return false;
        // two villages both placed "near" the same town are still two places
        boolean near = a.location().geoPrecision() > 1 || b.location().geoPrecision() > 1;
        return !near || String.valueOf(a.location().mention()).equalsIgnoreCase(String.valueOf(b.location().mention()));
    }

    private static boolean sameActor(Event a, Event b) {
        if (a.actor1() == null || b.actor1() == null) return a.actor1() == b.actor1();
        return a.actor1().name().equals(b.actor1().name());
    }

    /** Within one report, only mentions dated to overlapping days are one event; undated ones stay apart. */
    private static boolean overlaps(TimeSpan a, TimeSpan b) {
        if (!a.known() || !b.known()) return false;
        return !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
    }

    /** The test of background, irrealis and other senses that every trigger passes before it becomes an event. */
    public BackgroundFilter background() {
        return background;
    }

    /**
     * The most specific sub-event type a short report names, for classifying a snippet that is known to report
     * an event: the event with the most specific trigger, else the most specific trigger even where the
     * background filter doubted it, else empty.
     */
    public Optional<SubEventType> mainType(List<Event> events, String text) {
        return mainEvent(events).map(Event::subType).or(() -> doubted(text));
    }

    private static Optional<Event> mainEvent(List<Event> events) {
        return events.stream().max(Comparator.comparingDouble(Event::confidence));
    }

    private Optional<SubEventType> doubted(String text) {
        return combiner.combine(triggers.find(text, 0)).stream().max(Comparator.comparingInt(Trigger::priority)).map(Trigger::subType);
    }

    /**
     * A snippet's class: its main event's sub-event type; with no event, a disaster it reports ({@link OtherClasses}:
     * ACLED leaves those out), else the most specific trigger the background filter doubted, else "NONE".
     */
    public String classify(List<Event> events, String text) {
        Optional<Event> main = mainEvent(events);
        if (main.isPresent() && OtherClasses.attributed(main.get())) return OtherClasses.ATTRIB;
        return main.map(e -> e.subType().label()).or(() -> others.of(text))
                .orElseGet(() -> doubted(text).map(SubEventType::label).orElse("NONE"));
    }

    /** The first pass of the pipeline: whether a sentence may hold an event (before NER and parsing). */
    public boolean mayHoldEvent(String sentence) {
        return triggers.mayHoldEvent(sentence);
    }

}
