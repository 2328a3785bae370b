package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * ACLED's conventions that tie an event's sub-type to the kinds of its actors, applied once the actors are found.
 *
 * <p>Demonstrations (Codebook 2023, "Protests" and "Riots"): the crowd of a protest is
 * "Protesters (Country)" and of a riot "Rioters (Country)", whatever the words ("people joined a vigil", "children
 * throwing bottles"); a named group that marches with it is an associated actor; the police are never the protest's
 * actor 1, and stand as actor 2 only where they act on it (intervention, excessive force) or where rioters turn on them.
 * Position in the sentence cannot tell this ("Police intervened when more than a hundred people joined a vigil"
 * puts the police first), so the rule works on the kinds of the actors found.
 */
final class ActorConventions {
    static final String UNNAMED_CROWD = "the demonstration names no crowd; ACLED codes its participants as the country's protesters or rioters";
    static final String UNNAMED_ARRESTER = "the arrest names no arresting force; ACLED codes the country's police";
    private static final int STATE = 1;
    private static final int RIOTERS = 5;
    private static final int PROTESTERS = 6;

    private ActorConventions() {}

    /** An event's sub-type and actors once ACLED's conventions are applied to what the trigger and the sentence gave. */
    record Coded(SubEventType sub, ActorExtractor.Actors actors) {}

    static Coded code(SubEventType triggered, ActorExtractor.Actors found, Trigger t, String country, String countryName) {
        return code(triggered, found, t, country, countryName, null, 0);
    }

    /** As above, with the trigger's sentence (and where it starts in the report), which tells an act's object from its agent. */
    static Coded code(SubEventType triggered, ActorExtractor.Actors found, Trigger t, String country, String countryName, String sentence,
            int sentenceStart) {
        ActorExtractor.Actors a = triggered.type().politicalViolence() ? ActorExtractor.civiliansAsTargets(found) : found;
        SubEventType sub = bombedByArmy(onArmed(onCivilians(territorial(triggered, a), a, t), a, t, sentence, sentenceStart), a, t);
        sub = takenByArmedGroup(sub, a, t, sentence, sentenceStart);
        return new Coded(sub, arrest(sub, demonstration(sub, a, t, country, countryName), t, country, countryName));
    }

    // the words after an active verb that take an object ("captured another engineer"), not a preposition or a clause's end
    // ... also behind a time said first: "captured over 3 months ago another Mexican engineer"
    private static final java.util.regex.Pattern OBJECT_AFTER = java.util.regex.Pattern.compile(
            "(?i)^\\s+((over|some|about|nearly|more than)\\s+)?(\\w+\\s+(days?|weeks?|months?|years?)\\s+ago\\s+|yesterday\\s+|today\\s+|on\\s+\\w+day\\s+)?"
            + "(?!(?:in|at|on|by|near|during|after|before|for|over|from|with|while|when|and|or|but|yesterday|today)\\b)[a-z0-9]");

    /**
     * "ELN guerrilla fighters captured another Mexican engineer": ACLED's arrests are the state's; an armed group that seizes
     * a person abducts. Only an active verb with its object counts: in a headline's "three militants arrested in Kashmir" the
     * group named first is whom the arrest took.
     */
    private static SubEventType takenByArmedGroup(SubEventType sub, ActorExtractor.Actors a, Trigger t, String sentence, int sentenceStart) {
        if (sub != SubEventType.ARRESTS || sentence == null || a.actor1() == null || !armedNonState(a.actor1())) return sub;
        Actor agent = a.actor1();
        if (agent.span() == null || agent.span().end() > t.span().start()) return sub;
        String after = gap(sentence, sentenceStart, t.span().end(), t.span().end() + 40);
        return OBJECT_AFTER.matcher(after).lookingAt() ? SubEventType.ABDUCTION_FORCED_DISAPPEARANCE : sub;
    }

    /**
     * "Gang leader X was killed in a gun battle with police": a battle with one side named has it as actor 1 (ACLED fills
     * actor 1 first; in a battle neither side is the target that actor 2 is in an attack). Applied to the report's settled
     * events: while mentions are joined, who stood before or after the act still tells who is the same.
     */
    static org.sitrep.model.Event battleSides(org.sitrep.model.Event e) {
        if (e.type() != EventType.BATTLES || e.actor1() != null || e.actor2() == null) return e;
        List<org.sitrep.model.Evidence> evidence = new ArrayList<>();
        for (org.sitrep.model.Evidence x : e.evidence()) evidence.add(x.field().equals("actor2") ? new org.sitrep.model.Evidence("actor1", x.span(), x.text()) : x);
        return new org.sitrep.model.Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor2(), null, e.associated(), e.location(), e.date(),
                e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), evidence, e.notes());
    }

    /**
     * ACLED's arrests are made by the state (or whoever holds the area): the people arrested are actor 2 ("a journalist
     * arrested": the passive's subject), and an arrest whose text names no arresting force is the country's police.
     */
    static ActorExtractor.Actors arrest(SubEventType sub, ActorExtractor.Actors a, Trigger t, String country, String countryName) {
        if (sub != SubEventType.ARRESTS) return a;
        Actor first = a.actor1();
        Actor second = a.actor2();
        if (first != null && crowd(first) && (second == null || second.inter() == STATE)) {
            Actor arrested = first;
            first = second;
            second = arrested;
        }
        if (first == null && countryName != null) first = new Actor("Police Forces of " + countryName, country, STATE, "COP", t.phrase(), t.span(), false);
        return new ActorExtractor.Actors(first, second, a.associated());
    }

    /**
     * A battle is fought between two organized armed groups (ACLED); an armed clash whose other side is civilians
     * ("gunmen attacked villagers") is violence against civilians, an attack.
     */
    private static SubEventType onCivilians(SubEventType t, ActorExtractor.Actors a, Trigger trigger) {
        boolean civilians = a.actor2() != null && a.actor2().inter() == Actor.CIVILIANS;
        // "villagers are afraid ... and a deadly attack on a military base": a trigger that names its armed target
        // keeps it, whoever else the sentence names
        boolean armedTarget = ARMED_TARGET.matcher(trigger.phrase()).find();
        return t == SubEventType.ARMED_CLASH && civilians && !armedTarget ? SubEventType.ATTACK : t;
    }

    private static final java.util.regex.Pattern ARMED_TARGET = java.util.regex.Pattern.compile(
            "(?i)\\b(military|army|police) (bases?|posts?|camps?|convoys?|patrols?|positions?|barracks|checkpoints?)\\b|\\b(barracks|outposts?|garrisons?)\\b");

    // an assault on a position or patrol, not a killing word: "the murder of", "assassinated" name a victim, and the
    // actor found after them is too often another party of the sentence to re-type the act by it
    private static final java.util.regex.Pattern ASSAULT = java.util.regex.Pattern.compile(
            "(?i)\\b(attack\\w*|ambush\\w*|stormed|storming|raided|opened fire|fired on|shot dead|shot and killed|gunned down)\\b");

    // gunfire or an ambush: only an armed side does it, so the attacker need not be named
    private static final java.util.regex.Pattern GUNFIRE = java.util.regex.Pattern.compile(
            "(?i)\\b(ambush\\w*|opened fire|fired on|shot dead|shot and killed|gunned down)\\b");
    // the words a direct object may stand behind: "shot dead two militants", "ambushed at least 12 fighters"
    private static final int OBJECT_REACH = 16;
    // "the attack was staged by 10 terrorists": after "by" stands the agent; after a comma, another clause
    private static final java.util.regex.Pattern AGENT_OR_BREAK = java.util.regex.Pattern.compile("(?i)\\bby\\b|[,;:]");

    private static String gap(String sentence, int sentenceStart, int from, int to) {
        int a = Math.max(0, Math.min(sentence.length(), from - sentenceStart));
        int b = Math.max(a, Math.min(sentence.length(), to - sentenceStart));
        return sentence.substring(a, b);
    }

    /**
     * An attack whose target is a state force or a named armed group, by an armed side the sentence names ("gunmen
     * attacked a police post", "soldiers shot dead two al-Shabab fighters"), is a battle (ACLED: violence against
     * civilians targets unarmed people). Unidentified "militants" as a target count only as the act's direct object
     * (within a few characters after it): elsewhere the actor finder reads them from words after the act that are not
     * always its target. Gunfire at a state force ("he opened fire on a police patrol") is a battle whoever fired: only
     * an armed side fires, and ACLED codes an unnamed shooter as an unidentified armed group.
     */
    private static SubEventType onArmed(SubEventType t, ActorExtractor.Actors a, Trigger trigger, String sentence, int sentenceStart) {
        if (t != SubEventType.ATTACK || a.actor2() == null) return t;
        Actor target = a.actor2();
        boolean object = target.span() != null && target.span().start() >= trigger.span().end()
                && target.span().start() - trigger.span().end() <= OBJECT_REACH
                && (sentence == null || !AGENT_OR_BREAK.matcher(gap(sentence, sentenceStart, trigger.span().end(), target.span().start())).find());
        if (a.actor1() == null) {
            // the force must be what was fired on: the passive's subject before the act, or its object right after it
            // ("shot and killed by unidentified men, the police reported" names the police only as the source)
            boolean struck = object || target.span() != null && target.span().end() <= trigger.span().start();
            return struck && force(target) && GUNFIRE.matcher(trigger.phrase()).find() ? SubEventType.ARMED_CLASH : t;
        }
        boolean armedTarget = target.inter() == STATE || (armedNonState(target) && (!"UAF".equals(target.sector()) || object));
        boolean armedAgent = a.actor1().inter() == STATE || armedNonState(a.actor1());
        return armedTarget && armedAgent && ASSAULT.matcher(trigger.phrase()).find() ? SubEventType.ARMED_CLASH : t;
    }

    /** The state's armed forces or police, not its officials: a minister shot dead is a civilian target. */
    private static boolean force(Actor a) {
        return a.inter() == STATE && ("MIL".equals(a.sector()) || "COP".equals(a.sector()));
    }

    // "bombed", "bombing" and nothing more: the verb names no weapon ("a car bomb", "bombs exploded" do)
    private static final java.util.regex.Pattern BARE_BOMBING = java.util.regex.Pattern.compile("(?i)bomb(ed|ing|ings)");

    /** Whether the trigger is a bare "bombed" or "bombing", naming no weapon. */
    static boolean bareBombing(String trigger) {
        return trigger != null && BARE_BOMBING.matcher(trigger.strip()).matches();
    }

    /**
     * "The government of Sudan bombed the refugee camp": a state's armed forces that bomb do it from the air (ACLED's Air/drone
     * strike); a planted bomb is the weapon of armed groups, and the police plant none.
     */
    private static SubEventType bombedByArmy(SubEventType t, ActorExtractor.Actors a, Trigger trigger) {
        if (t != SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED || a.actor1() == null) return t;
        boolean army = a.actor1().inter() == STATE && "MIL".equals(a.actor1().sector());
        return army && bareBombing(trigger.phrase()) ? SubEventType.AIR_DRONE_STRIKE : t;
    }

    /** Territory changes are coded by who gains: the state and its allied militias regain, others overtake. */
    private static SubEventType territorial(SubEventType t, ActorExtractor.Actors a) {
        if (t != SubEventType.GOVERNMENT_REGAINS_TERRITORY && t != SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) return t;
        if (a.actor1() == null) return t;
        // named political militias (inter 3) fight beside governments; unidentified armed groups ("rebels",
        // "militants", sector UAF) are non-state whatever their inter code
        boolean unidentified = "UAF".equals(a.actor1().sector());
        boolean stateSide = a.actor1().inter() == 1 || (a.actor1().inter() == 3 && !unidentified);
        return stateSide ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    /** The actors of a demonstration coded as ACLED does (see the class comment); other events' actors unchanged. */
    static ActorExtractor.Actors demonstration(SubEventType sub, ActorExtractor.Actors a, Trigger t, String country, String countryName) {
        EventType type = sub.type();
        if (type != EventType.PROTESTS && type != EventType.RIOTS) return a;
        boolean riot = type == EventType.RIOTS;
        List<Actor> named = new ArrayList<>();
        if (a.actor1() != null) named.add(a.actor1());
        if (a.actor2() != null) named.add(a.actor2());
        // "a man was lynched": in a riot, civilians named only as the passive's subject are its victims, not its crowd
        boolean victims = riot && a.actor1() == null && a.actor2() != null && a.actor2().inter() == Actor.CIVILIANS;
        Actor crowd = victims ? null : named.stream().filter(ActorConventions::crowd).findFirst().orElse(null);
        Actor force = named.stream().filter(x -> x.inter() == STATE).findFirst().orElse(null);
        Actor other = named.stream().filter(x -> x != crowd && x != force).findFirst().orElse(null);
        List<Actor> associated = new ArrayList<>(a.associated());
        Actor first = crowd != null ? crowdActor(crowd, riot, country, countryName)
                : crowdActor(new Actor("crowd", country, 0, "CVL", t.phrase(), t.span(), false), riot, country, countryName);
        Actor second = null;
        if (riot) {
            // rioters turn on the police, or on a shop, a passer-by, another crowd: the riot's target
            second = force != null ? force : other != null && other.inter() == Actor.CIVILIANS ? other : null;
            if (other != null && other != second && other.inter() != Actor.CIVILIANS) associated.add(other);
        } else {
            if (sub != SubEventType.PEACEFUL_PROTEST) second = force;
            if (other != null && other.inter() != Actor.CIVILIANS) associated.add(other); // a party or union that marches
        }
        associated.removeIf(x -> x.inter() == STATE || crowd(x));
        return new ActorExtractor.Actors(first, second, associated);
    }

    private static boolean crowd(Actor x) {
        return x.inter() == RIOTERS || x.inter() == PROTESTERS || x.inter() == Actor.CIVILIANS;
    }

    /** A demonstration's crowd under ACLED's name: "Protesters (Country)" or "Rioters (Country)". */
    static boolean demonstrators(Actor x) {
        return x != null && (x.inter() == RIOTERS && x.name().startsWith("Rioters") || x.inter() == PROTESTERS && x.name().startsWith("Protesters"));
    }

    /** The crowd of a demonstration coded as {@code sub}: protesters whose demonstration turned violent are its rioters. */
    static Actor crowdOf(Actor x, SubEventType sub) {
        if (!demonstrators(x)) return x;
        boolean riot = sub == SubEventType.VIOLENT_DEMONSTRATION;
        if ((x.inter() == RIOTERS) == riot) return x;
        String name = (riot ? "Rioters" : "Protesters") + x.name().substring(x.inter() == RIOTERS ? "Rioters".length() : "Protesters".length());
        return new Actor(name, x.country(), riot ? RIOTERS : PROTESTERS, x.sector(), x.mention(), x.span(), x.hedged());
    }

    /** The demonstration's crowd under ACLED's name, with the words that named it (or the act's own words). */
    private static Actor crowdActor(Actor found, boolean riot, String country, String countryName) {
        String base = riot ? "Rioters" : "Protesters";
        String name = countryName == null ? base : base + " (" + countryName + ")";
        Span span = found.span();
        return new Actor(name, country, riot ? RIOTERS : PROTESTERS, "CVL", found.mention(), span, found.hedged());
    }

    /** The first mention's actor, unless it has none or only "gunmen" and the other names the armed group. */
    static Actor named(Actor first, Actor second) {
        if (first == null) return second;
        return second != null && unidentified(first) && !unidentified(second) && armedNonState(second) ? second : first;
    }

    /** "Gunmen", "militants", "attackers": an armed group the text does not name (ACLED's Unidentified Armed Group). */
    static boolean unidentified(Actor a) {
        return "UAF".equals(a.sector()) && a.name().startsWith("Unidentified");
    }

    /** A rebel group, a political or an identity militia (ACLED inter 2-4): who unidentified gunmen may turn out to be. */
    static boolean armedNonState(Actor a) {
        return a.inter() >= 2 && a.inter() <= 4;
    }

    /**
     * A mention with no place of its own named "militants" without a country ("Unidentified Armed Group"); once it has joined
     * a mention that places the act, the group is that country's, as ACLED names it ("Unidentified Armed Group (Somalia)").
     */
    static org.sitrep.model.Event genericActorsPlaced(org.sitrep.model.Event e, java.util.function.UnaryOperator<String> countryName) {
        String iso = e.location() == null ? null : e.location().country();
        String name = iso == null ? null : countryName.apply(iso);
        if (name == null || !unplacedGeneric(e.actor1()) && !unplacedGeneric(e.actor2())) return e;
        return new org.sitrep.model.Event(e.id(), e.reportId(), e.type(), e.subType(), placed(e.actor1(), iso, name), placed(e.actor2(), iso, name), e.associated(), e.location(),
                e.date(), e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), e.evidence(), e.notes());
    }

    private static final java.util.Set<String> COUNTRYLESS = java.util.Set.of("Unidentified Armed Group", "Civilians", "Protesters", "Rioters");

    private static boolean unplacedGeneric(Actor a) {
        return a != null && a.country() == null && COUNTRYLESS.contains(a.name());
    }

    private static Actor placed(Actor a, String iso, String name) {
        return unplacedGeneric(a) ? new Actor(a.name() + " (" + name + ")", iso, a.inter(), a.sector(), a.mention(), a.span(), a.hedged()) : a;
    }

    /**
     * An act has two sides: when both come out as one coded actor ("arrested by the police" read as arrester and arrested,
     * "reports by military sources" beside "the Salvadoran army"), the second is a misreading of the sentence, not a side.
     * It is left out with a note (a wrong actor 2 is worse than none); ACLED's rare intra-group events are lost with it.
     */
    static org.sitrep.model.Event oneActorOnce(org.sitrep.model.Event e) {
        if (e.actor1() == null || e.actor2() == null || !e.actor1().name().equals(e.actor2().name())) return e;
        List<org.sitrep.model.Evidence> evidence = e.evidence().stream().filter(x -> !x.field().equals("actor2")).toList();
        List<String> notes = new java.util.ArrayList<>(e.notes());
        notes.add("actor2: read as " + e.actor2().name() + " (\"" + e.actor2().mention() + "\"), the act's actor 1 as well: left out");
        return new org.sitrep.model.Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), null, e.associated(), e.location(),
                e.date(), e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), evidence, notes);
    }
}
