package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * One act told several times in one report ("Sudan accuses of air strike on refugee camp" in the headline, "a
 * refugee camp in Unity state was bombed Thursday" in the lead, "the bombing" and "three further explosions" further
 * down) is one event, as ACLED and MUC code it, not one per sentence. A later mention joins an earlier event of the
 * same type when it adds nothing that sets it apart: where its own sentence names no place, or names the same one;
 * where it carries no date of its own, or an overlapping one; where their actors do not differ; and where its
 * sentence does not mark another act ("another", "separately", "a second"). Strategic developments join only
 * within one sub-type (an arrest is never an agreement). The joined event keeps the place and date its own
 * sentences named, the sub-type of its most confident mention, the lower toll, and every mention's evidence.
 */
final class EventCoreference {
    private static final Pattern ANOTHER_ACT = Pattern.compile(
            "\\b(another|other|separate(ly)?|second|third|elsewhere|meanwhile|earlier|later|previous(ly)?|last (week|month|year)|in addition|(hours|minutes|days|moments|shortly) before)\\b"
            // "also" marks another act, but not in "X also said" (another speaker on the same act)
            + "|\\balso\\b(?!\\s+(said|says|told|tells|noted|notes|added|adds|stated|states|warned|urged|called|argued|argues|wrote|insisted))");
    /** Sub-types of remote violence that are never one act told twice (a suicide bombing is no air strike, shelling no air strike). */
    private static final java.util.Set<SubEventType> DISTINCT_MEANS = java.util.EnumSet.of(SubEventType.SUICIDE_BOMB, SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.CHEMICAL_WEAPON, SubEventType.GRENADE);

    private EventCoreference() {}

    static List<Event> join(List<Event> events) {
        return join(events, null);
    }

    /**
     * As {@link #join(List)}, knowing the publication day: a mention dated a year or more before it ("withdrew ambassadors
     * in 2018 over Israel's crackdown on protests") is history the report recalls and never joins an undated act told as
     * news (it would lend the act its old date, and the act would be dropped as history).
     */
    static List<Event> join(List<Event> events, java.time.LocalDate published) {
        List<Event> out = new ArrayList<>();
        // the sub-types each joined event's mentions were told as: one coded by its most confident mention still holds
        // the means its other mentions named (a bombing joined with a mortar telling is no air strike's telling too)
        List<java.util.Set<SubEventType>> toldAs = new ArrayList<>();
        outer:
        for (Event e : events) {
            for (int i = 0; i < out.size(); i++) {
                Event o = out.get(i);
                if (same(o, toldAs.get(i), e) && EventConfidence.history(o.date(), published) == EventConfidence.history(e.date(), published)) {
                    out.set(i, joined(o, e));
                    toldAs.get(i).add(e.subType());
                    continue outer;
                }
            }
            out.add(e);
            toldAs.add(e.subType() == null ? java.util.EnumSet.noneOf(SubEventType.class) : java.util.EnumSet.of(e.subType()));
        }
        return out;
    }

    /**
     * One demonstration told as peaceful in one sentence and as met by police or turned violent in another: ACLED codes it
     * once, by its most violent form (Codebook: protests and riots), in this order from the least violent.
     */
    private static final List<SubEventType> DEMONSTRATION = List.of(SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, SubEventType.VIOLENT_DEMONSTRATION);

    static boolean same(Event earlier, Event later) {
        return same(earlier, earlier.subType() == null ? java.util.Set.of() : java.util.Set.of(earlier.subType()), later);
    }

    private static boolean same(Event earlier, java.util.Set<SubEventType> toldAs, Event later) {
        boolean demonstration = DEMONSTRATION.contains(earlier.subType()) && DEMONSTRATION.contains(later.subType());
        if (earlier.type() == null || earlier.type() != later.type() && !demonstration) return false;
        if (earlier.type() == EventType.STRATEGIC_DEVELOPMENTS && earlier.subType() != later.subType()) return false;
        if (DISTINCT_MEANS.contains(later.subType()) && toldAs.stream().anyMatch(t -> t != later.subType() && DISTINCT_MEANS.contains(t))) return false;
        if (ANOTHER_ACT.matcher(triggerClause(later)).find() && !sameCount(earlier, later)) return false;
        boolean placeA = ownPlace(earlier);
        boolean placeB = ownPlace(later);
        if (placeA && placeB && !samePlace(earlier.location(), later.location()) && nested(earlier, later) == null) return false;
        boolean dateA = ownDate(earlier);
        boolean dateB = ownDate(later);
        if (dateA && dateB && !overlaps(earlier.date(), later.date())) return false;
        // the crowd of one demonstration is named as protesters where it marched and as rioters where it threw stones
        boolean sameCrowd = demonstration && ActorConventions.demonstrators(earlier.actor1()) && ActorConventions.demonstrators(later.actor1())
                && java.util.Objects.equals(earlier.actor1().country(), later.actor1().country());
        return (sameCrowd || compatible(earlier.actor1(), later.actor1())) && compatible(earlier.actor2(), later.actor2());
    }

    /**
     * The lowercased sentence of the event up to the end of its trigger's clause: a cue for another act in a later clause
     * of its own ("... was killed in a precision airstrike Thursday, and that his body was later identified using DNA
     * recovered during a previous raid") is about that clause's act, not this one.
     */
    static String triggerClause(Event e) {
        String text = TriggerFinder.lowerFlat(e.sentence().text());
        int s0 = e.sentence().span().start();
        Span trigger = e.evidence().stream().filter(x -> "event_type".equals(x.field()) && within(x.span(), e.sentence().span()))
                .map(Evidence::span).findFirst().orElse(null);
        if (trigger == null) return text;
        int end = Math.min(text.length(), trigger.end() - s0);
        java.util.regex.Matcher next = NEXT_CLAUSE.matcher(text);
        int cut = next.find(end) ? next.start() : text.length();
        // "the bombings began shortly after the second aircraft arrived": a time clause after the act tells what the act came
        // after or before; its own words ("second") are about that happening (the conjunction, "hours before", stays). Looked for
        // from the trigger's start: a long trigger phrase may run into the clause ("bombings reportedly began shortly after the")
        java.util.regex.Matcher when = TIME_CLAUSE.matcher(text);
        if (when.find(Math.max(0, Math.min(end, trigger.start() - s0))) && when.end() < cut) cut = when.end();
        return text.substring(0, cut);
    }

    private static final Pattern NEXT_CLAUSE = Pattern.compile(",\\s+and\\b|;|\\b(which|who|whose)\\b");
    private static final Pattern TIME_CLAUSE = Pattern.compile("\\b(after|before|when|while|until|once)\\s+(?=(the|a|an|its|their|his|her)\\s)");

    private static Event joined(Event a, Event b) {
        Event m = Events.merge(a, b);
        Place place = ownPlace(a) || !ownPlace(b) ? m.location() : b.location();
        // "a passenger train in Balochistan" and "near Sibi": the finer of two nested places the mentions name
        if (ownPlace(a) && ownPlace(b) && nested(a, b) != null) place = nested(a, b);
        TimeSpan date = ownDate(a) || !ownDate(b) ? m.date() : b.date();
        // a toll in a mention that names neither place nor day ("more than 1,000 people have died") sums the conflict:
        // it is not this act's, unless the act had none and the mention is its own
        Fatalities toll = a.fatalities() == null && !ownPlace(b) && !ownDate(b) ? null : m.fatalities();
        // the most specific telling names the sub-type ("air strike" in the headline over "was bombed" in the lead)
        var subType = b.confidence() > a.confidence() ? b.subType() : a.subType();
        // ... unless that telling is a bare "bombed": the mention that names the means (planes, shells) says how it was done
        if (meansUnnamed(a) && DISTINCT_MEANS.contains(b.subType())) subType = b.subType();
        else if (meansUnnamed(b) && DISTINCT_MEANS.contains(a.subType())) subType = a.subType();
        if (DEMONSTRATION.contains(a.subType()) && DEMONSTRATION.contains(b.subType()))
            subType = DEMONSTRATION.get(Math.max(DEMONSTRATION.indexOf(a.subType()), DEMONSTRATION.indexOf(b.subType())));
        List<Evidence> evidence = new ArrayList<>(m.evidence());
        List<String> notes = new ArrayList<>(m.notes());
        if (place != a.location() && place == b.location()) keptFrom(b, a, "location", evidence, notes);
        if (date != a.date() && date == b.date()) keptFrom(b, a, "date", evidence, notes);
        return new Event(m.id(), m.reportId(), subType.type(), subType, ActorConventions.crowdOf(m.actor1(), subType), m.actor2(), m.associated(), place, date,
                toll, m.claim(), m.sentence(), m.trigger(), m.confidence(), evidence, notes);
    }

    /**
     * The later mention's value of a field was kept: its evidence and note say where the value came from, not the earlier
     * mention's (the report's main place lent to "scenes of protests", replaced by the "Trump Tower" a later mention names).
     */
    private static void keptFrom(Event kept, Event dropped, String field, List<Evidence> evidence, List<String> notes) {
        evidence.removeIf(x -> field.equals(x.field()) && dropped.evidence().contains(x) && !kept.evidence().contains(x));
        notes.removeIf(n -> n.startsWith(field + ":"));
        kept.notes().stream().filter(n -> n.startsWith(field + ":")).forEach(notes::add);
    }

    /**
     * A bombing told only by the bare word ("was bombed", "the bombing"): coded as a planted explosive for want of a named
     * means, which a mention naming planes or shells overrides.
     */
    static boolean meansUnnamed(Event e) {
        List<String> told = e.evidence().stream().filter(x -> "event_type".equals(x.field())).map(Evidence::text).toList();
        return e.subType() == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED && !told.isEmpty() && told.stream().allMatch(ActorConventions::bareBombing);
    }

    /** The place was named in one of the event's own sentences (not the report's focus lent to it). */
    static boolean ownPlace(Event e) {
        Place p = e.location();
        return p != null && p.span() != null && told(e, p.span());
    }

    /**
     * The date was said in one of the event's own sentences (not inherited or assumed from publication, nor guessed as the
     * week before the day "police said Monday": a later mention that names the act's own day, "the attack took place at
     * 2100 on 15 January", gives the joined act that day).
     */
    static boolean ownDate(Event e) {
        TimeSpan d = e.date();
        // ... or the day a later sentence naming the act again gave it (RetoldDates)
        return statedDate(d) && (told(e, d.span()) || e.notes().contains(RetoldDates.NOTE));
    }

    /** A date its sentence's words give: known, with a span, neither inherited from a neighbour nor the week before a reporting day. */
    static boolean statedDate(TimeSpan d) {
        return d != null && d.known() && d.span() != null
                && (d.reason() == null || !d.reason().startsWith(EventExtractor.INHERITED_DATE) && !d.reason().startsWith(TimeSpan.REPORTING_WEEK));
    }

    /** Whether the span lies in a sentence that tells the event: its own, or one of a mention joined to it. */
    private static boolean told(Event e, Span span) {
        if (within(span, e.sentence().span())) return true;
        return e.evidence().stream().anyMatch(x -> "sentence".equals(x.field()) && within(span, x.span()));
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    private static boolean samePlace(Place a, Place b) {
        if (a.geonameId() != 0 && a.geonameId() == b.geonameId()) return true;
        return a.name() != null && a.name().equals(b.name()) && String.valueOf(a.country()).equals(String.valueOf(b.country()));
    }

    /**
     * Of two mentions' places where one holds the other (a province and a town in it), the town, when its sentence named
     * it as where the act happened (not the report's main place lent to a sentence that named none); else null.
     */
    private static Place nested(Event a, Event b) {
        if (EventExtractor.holds(a.location(), b.location()) && placeNamedHere(b)) return b.location();
        if (EventExtractor.holds(b.location(), a.location()) && placeNamedHere(a)) return a.location();
        return null;
    }

    private static boolean placeNamedHere(Event e) {
        return e.notes().stream().anyMatch(n -> n.startsWith("location: " + PlaceChooser.NAMED_HERE));
    }

    private static boolean overlaps(TimeSpan a, TimeSpan b) {
        return !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
    }

    /** The same actor, or one side unnamed: none, or gunmen the other mention names as an armed group. */
    /**
     * The same count of dead, ten or more, told of one sub-type of act: the same act, though the later sentence sets it
     * apart from some other act ("Airstrikes kill 50 militants hours after ending this week's hotel siege ... elsewhere"
     * sets the strikes apart from the siege, and the lead's "killed at least 50 al-Shabab militants in airstrikes" is
     * the same strikes). Two acts of one kind in one report rarely share a toll that large.
     */
    static boolean sameCount(Event earlier, Event later) {
        Fatalities a = earlier.fatalities();
        Fatalities b = later.fatalities();
        return a != null && b != null && earlier.subType() == later.subType() && a.best() != null && a.best() >= SAME_COUNT_MIN
                && a.best().equals(b.best()) && Events.counted(a) && Events.counted(b);
    }

    private static final int SAME_COUNT_MIN = 10;

    private static boolean compatible(Actor a, Actor b) {
        return a == null || b == null || a.name().equals(b.name()) || ActorConventions.named(a, b) != a || ActorConventions.named(b, a) != b;
    }
}
