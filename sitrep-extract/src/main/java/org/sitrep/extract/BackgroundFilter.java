package org.sitrep.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/** Tells a specific event from background, generic statements, opinion and things that did not happen. */
public final class BackgroundFilter {
    private static final Pattern CAMPAIGN = Pattern.compile("(counter-?)?offensives?");
    private static final Pattern TOLL = Pattern.compile("\\b(killed|killing|dead|died|wounded|injured|casualties)\\b");
    private static final Pattern OPENING_QUOTES = Pattern.compile("[\"“‘«]+$");
    private static final Pattern ARREST = Pattern.compile("arrest\\w*|detain\\w*|(re)?captured|taken into custody|rounded up");
    /** A trigger that is only a weapon's name ("grenades", "81-mm mortars", "artillery"): its use must be told around it. */
    private static final Pattern WEAPON_NOUN = Pattern.compile("([\\w-]+ )?(grenades?|mortars?|artillery|rockets?|missiles?|(land)?mines?|explosives?|dynamite)");
    /** A bare seizure, which the sentence's nouns tell apart: ground held by arms, or goods. */
    private static final Pattern SEIZED = Pattern.compile("seiz(ed|e|ing)");
    private static final Pattern GROUND = Pattern.compile("\\b(towns?|city|cities|villages?|areas?|districts?|regions?|provinces?|territor(y|ies)|bases?|"
            + "positions?|posts?|checkpoints?|airports?|crossings?|hills?|neighbou?rhoods?|capital|ports?|islands?|camps?|barracks|garrisons?|headquarters)\\b");
    /** The use of a weapon: a sentence naming weapons with one of these tells an attack, not an inventory. */
    private static final Pattern WEAPON_USE = Pattern.compile("\\b(attack\\w*|fir(e|ed|es|ing)|threw|throw\\w*|hurl\\w*|launch(ed|es|ing)?|lob\\w*|explod\\w*|"
            + "detonat\\w*|blast\\w*|shell\\w*|struck|hit|hits|kill\\w*|wound\\w*|injur\\w*|bomb\\w*|ambush\\w*)\\b");
    /** Actors whose arrest ACLED codes whatever the charge, and the crimes a report about common crime leads with (crime.tsv). */
    private static final Map<String, Pattern> CRIME = new LinkedHashMap<>();
    static {
        for (String[] row : ResourceTable.read("crime.tsv")) CRIME.put(row[0].trim(), Pattern.compile(row[1].trim()));
    }
    /** A diplomatic step (sanctions, diplomats expelled, ties cut): the words of CASE 2021's DIPLO class in other-classes.tsv. */
    private static final Pattern DIPLOMATIC = OtherClasses.pattern("DIPLO");
    private static final Pattern POLITICAL = CRIME.get("political or armed");
    private static final Pattern COMMON_CRIME = CRIME.get("common crime lead");
    /**
     * How far (in characters, about six words) an "other sense" cue may lie from its trigger. Such a cue reads the words
     * of the trigger itself or of its phrase ("fought back tears", "the ministry protested to", "firefighters battled the
     * blaze"); read anywhere in the sentence, one cue dropped every act told beside it ("the ministry protested to the
     * ambassador hours after gunmen attacked a police post").
     */
    private static final int SENSE_REACH = 40;
    /** Damage a blast does as well as rioters: smashed or shattered windows. */
    private static final Pattern BROKEN = Pattern.compile("^(smash|shatter|overturn)\\w*");
    /** Fighting words a war is told with as a state ("has been fighting", going on across a country) or as the cause of displacement. */
    private static final Pattern FIGHTING = Pattern.compile("fighting|battling|clashing|clashes|violence|war|conflict|hostilities");
    /** A gerund with a bare plural object ("killing civilians"): a class of victims; a count or determiner names an act's. */
    private static final Pattern CLASS_OBJECT = Pattern.compile("[\\w-]+ing\\s+((and|or)\\s+[\\w-]+ing\\s+)?"
            + "(?!(the|a|an|this|that|these|those|his|her|its|their|our|my|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|\\d)\\b)[a-z-]+s\\b");
    /**
     * A day or a span of days told in the sentence: what keeps "have been fighting" and "has forced ... to flee" an act
     * (a battle going on since Tuesday), where without one they are the state of a war. Only the day words count here;
     * the dater reads the values.
     */
    private static final Pattern DAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
            + "last night|this (morning|afternoon|evening|week)|overnight|(on|since) \\d|(january|february|march|april|may|june|july|august|september|"
            + "october|november|december) \\d|\\d+ (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(for|in) (the )?(past |last )?(two|three|four|five|six|"
            + "seven|several|a few|\\d+) (days|hours|nights))\\b");
    private final Map<String, Pattern> cues = new LinkedHashMap<>();

    public BackgroundFilter() {
        for (String[] row : ResourceTable.read("background.tsv")) cues.put(row[0].trim(), Pattern.compile(row[1].trim()));
    }

    /**
     * Whether a report is about common crime, which ACLED does not code: its lead names a crime (a hit-and-run, a
     * murder, an escaped convict) and nothing in it names politics, armed groups, soldiers or unrest. Its arrests are
     * police work on a crime ("the driver was arrested"), not the political arrests of ACLED's Arrests.
     */
    public boolean commonCrime(String lead, String text) {
        return COMMON_CRIME.matcher(TriggerFinder.lowerFlat(lead)).find() && !POLITICAL.matcher(TriggerFinder.lowerFlat(text)).find();
    }

    /** Why the trigger is not an event, or empty where it is one. */
    public Optional<String> reason(String sentence, int sentenceStart, Span trigger) {
        String lower = TriggerFinder.lowerFlat(sentence);
        int t0 = trigger.start() - sentenceStart;
        int clauseStart = Math.max(Math.max(lower.lastIndexOf(';', t0), lower.lastIndexOf(" but ", t0)), 0);
        // an opening quote just before the trigger ("threats such as ... and “sabotage of ...”") is no word: the cues read past it
        String before = OPENING_QUOTES.matcher(lower.substring(clauseStart, t0)).replaceFirst("");
        int t1 = Math.min(lower.length(), trigger.end() - sentenceStart);
        String phrase = lower.substring(t0, t1);
        for (Map.Entry<String, Pattern> e : cues.entrySet()) {
            String key = e.getKey();
            boolean hit = switch (key) {
                case "irrealis", "negated", "stance", "earlier act", "grievance", "habitual", "displacement cause", "comparison", "state", "role", "indefinite" -> e.getValue().matcher(before).find();
                // "the response to the FMLN offensive in San Salvador": a campaign named as the setting of something else
                case "campaign" -> CAMPAIGN.matcher(phrase).matches()
                        && !TOLL.matcher(lower).find() && e.getValue().matcher(before).find();
                case "diplomatic response" -> DIPLOMATIC.matcher(lower).find() && e.getValue().matcher(before).find();
                case "criminal arrest" -> ARREST.matcher(phrase).matches()
                        && !POLITICAL.matcher(lower).find() && e.getValue().matcher(lower).find();
                case "repeated acts" -> GenericPlurals.ENDS_PLURAL.matcher(phrase.strip()).matches()
                        && !TOLL.matcher(lower).find() && e.getValue().matcher(before).find();
                case "noun modifier", "planned", "prevalent", "habit after" -> e.getValue().matcher(lower.substring(t1)).lookingAt();
                case "wish" -> e.getValue().matcher(before).find();
                case "ongoing" -> FIGHTING.matcher(phrase.strip()).matches() && !DAY.matcher(lower).find() && e.getValue().matcher(before).find();
                case "displacement result", "situation" -> FIGHTING.matcher(phrase.strip()).matches() && !DAY.matcher(lower).find()
                        && e.getValue().matcher(lower.substring(t1)).lookingAt();
                case "blast effect" -> BROKEN.matcher(phrase.strip()).find() && e.getValue().matcher(before).find();
                case "conduct charge" -> CLASS_OBJECT.matcher(lower.substring(t0)).lookingAt() && e.getValue().matcher(before).find();
                case "goods seized" -> SEIZED.matcher(phrase.strip()).matches() && !GROUND.matcher(lower).find() && e.getValue().matcher(lower).find();
                case "weapons held" -> WEAPON_NOUN.matcher(phrase.strip()).matches() && !WEAPON_USE.matcher(lower).find() && e.getValue().matcher(lower).find();
                case "other sense" -> near(e.getValue(), lower, t0, t1);
                default -> e.getValue().matcher(lower).find();
            };
            if (hit) return Optional.of(key);
        }
        return Optional.empty();
    }

    /** Whether a match of the cue overlaps the trigger or lies within {@link #SENSE_REACH} of it. */
    private static boolean near(Pattern cue, String lower, int t0, int t1) {
        var m = cue.matcher(lower);
        while (m.find()) {
            if (m.start() <= t1 + SENSE_REACH && m.end() >= t0 - SENSE_REACH) return true;
        }
        return false;
    }
}
