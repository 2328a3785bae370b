package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/**
 * Picks an event's actors from the actor mentions of its sentence: the agent before the trigger (or after
 * "by" in the passive) is actor 1, the target after it actor 2. Generic actors take the event's country
 * ("Civilians (Syria)"). Hedges ("believed to be russian") are kept on the actor.
 */
public final class ActorExtractor {
    /** The actors of one event. Any may be null where the text does not say. */
    public record Actors(Actor actor1, Actor actor2, List<Actor> associated) {}

    private static final Pattern HEDGE = Pattern.compile("\\b(believed to be|suspected|reportedly|allegedly|thought to be|presumably|likely)\\b[^,.;]{0,25}$");
    private static final Pattern HEDGE_INSIDE = Pattern.compile("\\b(believed to be|suspected|reportedly|thought to be|said to be)\\b");
    // "by the army", "by unidentified terrorists", "by a group of unidentified persons": the agent after "by" and its modifiers
    private static final Pattern PASSIVE_BY = Pattern.compile("^\\s*(?:\\w+\\s+){0,6}?by\\s+(?:the\\s+|an?\\s+)?(?:[\\w'’-]+\\s+){0,3}?$");
    // the agent of a trigger stands in the trigger's own clause
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|\\b(but|said|says|told|while|whereas|although|which|who said)\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Pattern BY_END = Pattern.compile("\\s+by(\\s|$)");
    private static final Pattern NONE_BEFORE = Pattern.compile("(^|\\s)no\\s+$");
    private static final Pattern EMBEDDED_BY = Pattern.compile("\\b[a-z]+\\s+by\\s+(the\\s+|an?\\s+)?$");
    private static final Pattern EMBEDDED_BY_TAIL = Pattern.compile("(\\s+[\\w'’-]+){0,4}?\\s*,\\s*(was|were|had been|has been|have been)\\s+(\\w+ly\\s+)?");
    private static final Pattern PASSIVE_AUX = Pattern.compile("\\b(was|were|been|being|is|are|got)\\s+(\\w+ly\\s+)?$");
    private static final Pattern VICTIM_BEFORE = Pattern.compile(
            "\\b(killed|killing|kills|kill|wounded|wounding|injured|injuring|targeted|targeting|struck|hit)\\s+((at least|more than|about|some|nearly|up to|dozens of|scores of|hundreds of)\\s+)?([\\d,]+\\s+|[a-z-]+\\s+)?$");
    private static final Pattern MEANS_AFTER = Pattern.compile("\\s*(in|by|with|during|through|using)\\s+(an?\\s+|the\\s+)?([\\w-]+\\s+){0,2}");
    private static final Pattern COORDINATED = Pattern.compile("\\s*(,\\s*)?(and|&|,)\\s+((the|its|their|allied|pro-government|pro-[\\w-]+)\\s+)*");
    private static final Pattern BETWEEN = Pattern.compile("\\s*between\\s+(the\\s+)?");
    private static final Pattern BETWEEN_AND = Pattern.compile("\\s+and\\s+(the\\s+)?([\\w'’.-]+\\s+){0,2}?");
    private static final Pattern KILLING_OPENS = Pattern.compile("(killed|killing|kills|kill|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing)\\b");
    private static final Pattern SAID_IT = Pattern.compile("\\s+(said|says|claimed|announced|reported|stated|added)\\s+(that\\s+)?(it|they)\\s+((had|has|have)\\s+)?");
    private static final Pattern REPORTING = Pattern.compile("\\b(said|says|told|according to|reported|added|claimed|stated|announced)\\b");

    private final ActorDictionary dictionary;

    public ActorExtractor(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public Actors extract(String sentence, int sentenceStart, Span trigger, String eventCountry, String countryName) {
        List<ActorDictionary.Match> mentions = dictionary.find(sentence);
        int t0 = trigger.start() - sentenceStart;
        String lower = TriggerFinder.lowerFlat(sentence);
        // "a school attacked by Israeli forces", "killed today by unidentified gunmen": a trigger phrase that took in its "by"
        // (and perhaps its agent) ends before it, so the passive test below reads "by" between the act and its agent
        java.util.regex.Matcher by = BY_END.matcher(lower.substring(t0, trigger.end() - sentenceStart));
        int t1 = by.find() ? t0 + by.start() : trigger.end() - sentenceStart;
        ActorDictionary.Match before = null;
        ActorDictionary.Match after = null;
        ActorDictionary.Match byAgent = null;
        // "killed 30 terrorists": a trigger that opens with the killing names whom it struck, not who struck
        boolean killing = KILLING_OPENS.matcher(lower.substring(t0, t1)).lookingAt();
        for (ActorDictionary.Match m : mentions) {
            if (isSource(lower, m)) {
                // "the Pakistan military said it killed 33 BLA terrorists": the pronoun right after the speaker's verb is the speaker
                if (m.end() <= t0 && SAID_IT.matcher(lower.substring(m.end(), t0)).matches()) before = m;
                continue;
            }
            // "no militants were inside the school": a group said to be absent takes no part
            if (NONE_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 4), m.start())).find()) continue;
            if (m.end() <= t0) {
                // "Gray, sister of the teen killed by police, was arrested": the agent of a participle inside the subject's
                // description takes no part in this act, and the passive's subject is the one described
                if (EMBEDDED_BY.matcher(lower.substring(Math.max(0, m.start() - 40), m.start())).find()
                        && EMBEDDED_BY_TAIL.matcher(lower.substring(m.end(), t0)).matches()) continue;
                // the nearest mention before the trigger, within the same clause
                if (!CLAUSE_BREAK.matcher(lower.substring(m.end(), t0)).find()) before = m;
            } else if (m.start() >= t1) {
                String between = lower.substring(t1, m.start());
                if (byAgent == null && PASSIVE_BY.matcher(between).find()) byAgent = m;
                // the target stands in the trigger's own clause ("killed 11 miners, while the BLA took credit")
                // ... and "then" opens the next step, whose subject is no target ("attacked the hotel ... and then gunmen stormed it")
                else if (after == null && between.length() < 80 && !CLAUSE_BREAK.matcher(between).find() && !THEN.matcher(between).find()) after = m;
            } else if (m.start() >= t0 && m.end() <= t1) {
                // the trigger names its agent ("warplanes", "suicide bomber"), or, after a verb of killing, its target
                if (killing && after == null) after = m;
                else if (!killing && before == null) before = m;
            }
        }
        // "rescued 190 passengers and killed 30 terrorists": civilians named before a killing whose target it names are
        // the rescued, the bystanders, never its agent
        // ... the agent is the armed side named before them in the clause ("a military operation rescued ... and killed")
        if (killing && after != null && after.start() < t1 && before != null && before.entry().inter() == Actor.CIVILIANS) {
            ActorDictionary.Match agent = null;
            for (ActorDictionary.Match m : mentions) {
                if (m.end() > before.start() || isSource(lower, m) || m.entry().inter() == Actor.CIVILIANS) continue;
                if (!CLAUSE_BREAK.matcher(lower.substring(m.end(), t0)).find()) agent = m;
            }
            before = agent;
        }
        // "militias ... were ambushed": the subject of a passive trigger is its target
        boolean passive = before != null && before.end() <= t0 && PASSIVE_AUX.matcher(lower.substring(before.end(), t0)).find();
        // "killed at least 50 al-Shabab militants in airstrikes": the object of a verb of harm, told before the act's
        // noun, is whom the act struck
        passive = passive || before != null && before.end() <= t0
                && VICTIM_BEFORE.matcher(lower.substring(Math.max(0, before.start() - 40), before.start())).find()
                && MEANS_AFTER.matcher(lower.substring(before.end(), t0)).matches();
        ActorDictionary.Match a1 = byAgent != null ? byAgent : passive ? null : before;
        ActorDictionary.Match a2 = byAgent != null || passive ? before : after;
        // "fighting between rebels and C.A.R. forces", "clashes between the army and the militia": the two sides in order
        if (after != null && after.start() >= t1 && BETWEEN.matcher(lower.substring(t1, after.start())).matches()) {
            int k = mentions.indexOf(after);
            if (k + 1 < mentions.size() && BETWEEN_AND.matcher(lower.substring(after.end(), mentions.get(k + 1).start())).matches()) {
                a1 = after;
                a2 = mentions.get(k + 1);
            }
        }
        List<Actor> associated = new ArrayList<>();
        // "Syrian army and allied fighters captured ...": in a coordinated subject the first named leads and the
        // others are its associated actors (ACLED's assoc_actor_1)
        if (a1 != null && a1 == before && !passive) {
            int k = mentions.indexOf(a1);
            while (k > 0 && COORDINATED.matcher(lower.substring(mentions.get(k - 1).end(), mentions.get(k).start())).matches()
                    && !isSource(lower, mentions.get(k - 1))) {
                Actor joined = toActor(mentions.get(k), lower, sentenceStart, eventCountry, countryName);
                if (joined != null) associated.add(0, joined);
                k--;
            }
            a1 = mentions.get(k);
        }
        if (a1 != null && a2 != null && a1.entry().name().equals(a2.entry().name())) a2 = null;
        Actor first = toActor(a1, lower, sentenceStart, eventCountry, countryName);
        if (first != null) associated.removeIf(x -> x.name().equals(first.name()));
        return new Actors(first, toActor(a2, lower, sentenceStart, eventCountry, countryName), associated);
    }

    /**
     * ACLED codes civilians as the target (actor 2) of political violence, never its agent: "refugees ... where rebels
     * have been fighting" names the refugees first, but they are whom it is done to. Only for violent events: in a
     * protest the civilians who march are its actors.
     */
    static Actors civiliansAsTargets(Actors a) {
        Actor first = a.actor1();
        if (first == null || first.inter() != Actor.CIVILIANS) return a;
        Actor second = a.actor2();
        return second == null || second.inter() == Actor.CIVILIANS ? new Actors(null, first, a.associated()) : new Actors(second, first, a.associated());
    }

    private static final java.util.regex.Pattern OFFICER_SPEAKS = java.util.regex.Pattern.compile(
            "^\\s+(chief|commander|head|official|officer|spokes\\w+)\\s+([\\w.'’-]+\\s+){1,4}(said|says|told|stated|added)\\b");
    private static final java.util.regex.Pattern SPOKESPERSON = java.util.regex.Pattern.compile("^['’]?s?\\s*(spokes(man|men|woman|women|person|people)|press (office|officer|service)|statement|communiqu|sources?\\b|reports\\b|bulletin|radio\\b)");

    private boolean isSource(String lower, ActorDictionary.Match m) {
        // "the army said" / "according to the police": a speaker, not a participant
        String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 12));
        String before = lower.substring(Math.max(0, m.start() - 14), m.start());
        // "allegations by the army spokesperson", "a police spokesman said", "reports by military sources": the group's voice,
        // not the group acting
        // "local police chief Sayed Kamal Sadat told AFP": the group's officer, named, speaking
        return REPORTING.matcher(after).lookingAt() || after.matches("^\\s+(said|says|told).*") || before.endsWith("according to ")
                || OFFICER_SPEAKS.matcher(lower.substring(m.end(), Math.min(lower.length(), m.end() + 60))).lookingAt()
                || before.endsWith("according to the ") || SPOKESPERSON.matcher(lower.substring(m.end(), Math.min(lower.length(), m.end() + 30))).lookingAt();
    }

    private Actor toActor(ActorDictionary.Match m, String lower, int sentenceStart, String country, String countryName) {
        if (m == null) return null;
        String name = m.displayName();
        String actorCountry = m.country();
        if (m.entry().generic()) {
            actorCountry = country;
            if (name.equals("Military Forces") || name.equals("Police Forces")) {
                if (countryName == null) return null; // "the army" of which country? the text does not say.
                name = name + " of " + countryName;
            } else if (countryName != null) {
                name = name + " (" + countryName + ")";
            }
        }
        boolean hedged = HEDGE.matcher(lower.substring(0, m.start())).find() || HEDGE_INSIDE.matcher(m.text().toLowerCase(Locale.ROOT)).find();
        return new Actor(name, actorCountry, m.entry().inter(), m.entry().sector(), m.text(),
                new Span(m.start() + sentenceStart, m.end() + sentenceStart), hedged);
    }
}
