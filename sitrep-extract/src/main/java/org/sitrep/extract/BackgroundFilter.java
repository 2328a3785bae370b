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
    private static final Pattern ARREST = Pattern.compile("arrest\\w*|detain\\w*|(re)?captured|taken into custody|rounded up");
    /** Actors whose arrest ACLED codes whatever the charge: politics, armed groups, organized crime at war with the state, terrorism. */
    private static final Pattern POLITICAL = Pattern.compile("\\b(protest\\w*|demonstrat\\w*|activists?|opposition|journalists?|militants?|rebels?|insurgents?|"
            + "guerrillas?|terror\\w*|bomb\\w*|jihad\\w*|extremists?|separatists?|dissidents?|politicians?|political|ministers?|party|coup|soldiers|troops|army|military|"
            + "militia\\w*|paramilitar\\w*|war|riot\\w*|unrest|cartels?|traffick\\w*|assassin\\w*|death squads?|government|president|senator|governor|combatants)\\b");
    /** What a report about common crime leads with: a drunk driver, a murder, a robbery, an escaped convict. */
    private static final Pattern COMMON_CRIME = Pattern.compile("\\b(dui|dwi|drunk(en)?[\\s-]+driving|drink[\\s-]+driving|driving under the influence|"
            + "hit[\\s-]+and[\\s-]+run|manslaughter|murder(ed|s)?|homicides?|robber(y|ies)|burglar(y|ies)|stabbing|shooting|slaying|escaped?|escapees?|"
            + "fugitives?|inmates?|convicts?|convicted|sex offenders?|molest\\w*|rapists?)\\b");
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
        String before = lower.substring(clauseStart, t0);
        for (Map.Entry<String, Pattern> e : cues.entrySet()) {
            String key = e.getKey();
            boolean hit = switch (key) {
                case "irrealis", "negated", "earlier act", "grievance", "habitual", "displacement cause", "comparison" -> e.getValue().matcher(before).find();
                // "the response to the FMLN offensive in San Salvador": a campaign named as the setting of something else
                case "campaign" -> CAMPAIGN.matcher(lower.substring(t0, Math.min(lower.length(), trigger.end() - sentenceStart))).matches()
                        && !TOLL.matcher(lower).find() && e.getValue().matcher(before).find();
                case "criminal arrest" -> ARREST.matcher(lower.substring(t0, Math.min(lower.length(), trigger.end() - sentenceStart))).matches()
                        && !POLITICAL.matcher(lower).find() && e.getValue().matcher(lower).find();
                case "noun modifier" -> e.getValue().matcher(lower.substring(Math.min(lower.length(), trigger.end() - sentenceStart))).lookingAt();
                default -> e.getValue().matcher(lower).find();
            };
            if (hit) return Optional.of(key);
        }
        return Optional.empty();
    }
}
