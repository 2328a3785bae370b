package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Toponym;

/** Copy-with helpers for the immutable Event record. */
final class Events {
    private Events() {}

    static Event withClaim(Event e, Claim c) {
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), e.date(),
                e.fatalities(), c, e.sentence(), e.trigger(), e.confidence(), e.evidence(), e.notes());
    }

    /** The event with another date, its note saying why in place of any earlier date note. */
    static Event redated(Event e, org.sitrep.model.TimeSpan date) {
        List<String> notes = new ArrayList<>(e.notes());
        notes.removeIf(n -> n.startsWith("date:"));
        notes.add("date: " + date.reason());
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), date,
                e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), e.evidence(), notes);
    }

    /** The event with actor 1 and toll as given, one more piece of evidence and one more note (what a later sentence told of it). */
    static Event amended(Event e, org.sitrep.model.Actor actor1, Fatalities toll, Evidence added, String note) {
        List<Evidence> evidence = new ArrayList<>(e.evidence());
        evidence.add(added);
        List<String> notes = new ArrayList<>(e.notes());
        notes.add(note);
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), actor1, e.actor2(), e.associated(), e.location(), e.date(), toll, e.claim(),
                e.sentence(), e.trigger(), e.confidence(), evidence, notes);
    }

    /** The same act at another place named beside the first ("strikes hit the villages of X and Y"). */
    static Event atPlace(Event e, String id, Toponym where) {
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence x : e.evidence()) if (!x.field().equals("location")) evidence.add(x);
        evidence.add(new Evidence("location", where.span(), where.text()));
        List<String> notes = new ArrayList<>(e.notes());
        notes.add("location: one of several places the sentence names for this act; one event per place (ACLED)");
        return new Event(id, e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), where.place(), e.date(),
                e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), evidence, notes);
    }

    /** The note a merged event carries for each mention joined to it. */
    static final String ALSO_REPORTED = "also reported in sentence ";

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\b" + new NumberParser().pattern() + "\\b");

    /**
     * Folds a second mention of the same event into the first: fills gaps, keeps the conservative toll, and the day the second's
     * own words (or a later retelling, RetoldDates) state over one the first's own words do not ("Demonstrators flooded the
     * streets", undated in the lead, and "Demonstrators chanted as they march in Khartoum Thursday"). A victim named
     * without a number ("the strikes killed Mansoor X, a senior leader") is one of the dead, not a lower count of them:
     * a counted toll of the same act wins over it.
     */
    static Event merge(Event a, Event b) {
        Fatalities f = a.fatalities();
        Fatalities g = b.fatalities();
        List<String> notes = new ArrayList<>(a.notes());
        if (f == null) f = g;
        // the dead of different sides ("five soldiers were also killed", "killed 33 militants") are all the act's dead
        else if (g != null && !g.cumulative() && !f.cumulative() && counted(f) && counted(g) && VictimGroups.distinct(a, f, b, g)) {
            notes.add("fatalities: " + f.best() + " and " + g.best() + " added up: the tolls count different sides");
            f = VictimGroups.sum(f, g);
        }
        // a counted toll wins over one inferred from a named victim; between two of one kind, ACLED keeps the lower
        else if (g != null && !g.cumulative() && (counted(g) != counted(f) ? counted(g) : g.best() < f.best())) f = g;
        List<Evidence> ev = new ArrayList<>(a.evidence());
        ev.addAll(b.evidence());
        LinkedHashSet<Source> sources = new LinkedHashSet<>(a.claim().sources());
        sources.addAll(b.claim().sources());
        boolean admitted = "confirmed".equals(a.claim().grade()) || "confirmed".equals(b.claim().grade());
        Claim c = new Claim(a.claim().status(), List.copyOf(sources), ClaimAssessor.grade(sources, admitted), a.claim().note());
        notes.add(ALSO_REPORTED + (b.sentence().index() + 1));
        var actor1 = ActorConventions.named(a.actor1(), b.actor1());
        var actor2 = ActorConventions.named(a.actor2(), b.actor2());
        if (actor1 != null && actor2 != null && actor1.name().equals(actor2.name())) actor2 = a.actor2();
        return new Event(a.id(), a.reportId(), a.type(), a.subType(), actor1, actor2, a.associated(), a.location() != null ? a.location() : b.location(),
                !a.date().known() || !EventCoreference.ownDate(a) && (b.notes().contains(RetoldDates.NOTE) || ownDayBeside(b)) ? b.date() : a.date(), f, c, a.sentence(), a.trigger(), Math.max(a.confidence(), b.confidence()), ev, notes);
    }

    /** How far from its act's words a mention's own day may be to date the act it tells again. */
    private static final int DAY_BESIDE = 60;

    /**
     * Whether the mention's date is a day its own words state right after its act's words, in the act's clause ("Demonstrators
     * chanted as they march in Khartoum Thursday"): not the stamp of a tweet quoted in the sentence ("-- Seattle Police Dept.
     * November 10, 2016"), the day of another verb ("the kidnapped man, today read a statement") or a day the act came before
     * or after ("up until 2200 on Wednesday, hours before the massacre").
     */
    private static boolean ownDayBeside(Event b) {
        if (!EventCoreference.ownDate(b) || b.sentence() == null) return false;
        Span d = b.date().span();
        Span s = b.sentence().span();
        return b.evidence().stream().filter(x -> "event_type".equals(x.field())).map(Evidence::span).findFirst()
                .filter(t -> t.end() <= d.start() && d.start() - t.end() <= DAY_BESIDE && t.end() >= s.start() && d.start() <= s.end())
                .map(t -> !OTHER_CLAUSE.matcher(b.sentence().text().substring(t.end() - s.start(), d.start() - s.start())).find()).orElse(false);
    }

    private static final java.util.regex.Pattern OTHER_CLAUSE = java.util.regex.Pattern.compile("(?i)[,;:]|\\b(before|after|until|since|prior to|following)\\b");

    /** Whether a toll is stated with a number ("killed 50 militants"), not inferred from one named victim. */
    static boolean counted(Fatalities f) {
        return f.text() != null && NUMBER.matcher(f.text().toLowerCase(java.util.Locale.ROOT)).find();
    }
}
