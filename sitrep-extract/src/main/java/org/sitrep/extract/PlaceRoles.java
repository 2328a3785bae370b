package org.sitrep.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.model.Toponym;

/**
 * Says why a place name in an event's sentence is not where the event happened: a possessive or a
 * modifier ("Mexico's army", "U.S. troops"), a person's origin ("a driver from Abidjan"), or the agent of
 * the act ("Eritrea captured Badme"). Such names are kept as context, never as the event's location.
 */
final class PlaceRoles {
    private static final Pattern POSSESSIVE = Pattern.compile("^(\\s*'s?\\b|\\s*’s?\\b|\\s*['’](?=\\s)|\\s+s\\s)");
    private static final Pattern ORIGIN_HEAD = Pattern.compile("\\b(driver|photographer|journalist|reporter|resident|native|man|woman|official|lawmaker|student|worker|doctor|envoy|delegation|correspondent|spokesman|spokeswoman|militant|fighter|member|supporter)s?\\s+(from|of)\\s+$");
    // "a nurse from X", "a 45-year-old driver from X": an indefinite person phrase says where someone is from
    private static final Pattern SOMEONE_FROM = Pattern.compile("\\b(a|an)\\s+([\\w-]+\\s+){0,2}[\\w-]+\\s+from\\s+$");
    // "according to local media sources in X", "a statement from the foreign ministry in X": where a source sits
    // "Vishwanand Subryan, 23, of Schenectady", "a 23-year-old man from Queens": where a person lives, by the age news gives
    private static final Pattern AGE_OF = Pattern.compile("(\\b\\d{1,3}\\s*,\\s+|\\b\\d{1,3}-years?-old\\s+([\\w'’.-]+\\s+){0,4})(of|from)\\s+$");
    private static final Pattern SOURCE_IN = Pattern.compile("\\b(sources?|statement|media|spokes\\w*|ministry|officials?|agency|correspondents?|reporters?)\\b[^.;,]{0,25}\\b(in|from)\\s+$");
    // "the Sudanese government in Khartoum": where a government sits (not "government forces in X")
    // "forced a million to flee to neighboring countries, including Cameroon, the Democratic Republic of Congo and Chad"
    private static final Pattern FLED_TO = Pattern.compile("\\b(flee|flees|fled|fleeing)\\s+(\\w+\\s+){0,3}(to|into)\\s+"
            + "((the\\s+)?|[^.;]{0,40}\\b(including|such as)\\s+[^.;]{0,60})$");
    private static final Pattern NEAR_BEFORE = Pattern.compile("\\b(near|close to|along|by|toward|towards)\\s+(the\\s+)?$");
    private static final Pattern BORDER_AFTER = Pattern.compile("^\\s*(border|frontier)\\b");
    // "tunnels across the border with Egypt", "near the border with China": the country across the border, not where
    private static final Pattern BORDER_WITH = Pattern.compile("\\b(border|frontier)s?\\s+with\\s+(the\\s+)?$");
    // "in Unity State, which borders Sudan", "a town bordering Syria": the neighbour of a place named before
    private static final Pattern NEIGHBOUR = Pattern.compile("(\\b(which|that|it)\\s+borders|\\bbordering|\\bborders\\s+(with|on))\\s+$");
    // "direct confrontation between Sudan and South Sudan", "relations between X and Y": the parties, not a place
    private static final Pattern BETWEEN_PARTIES = Pattern.compile("\\b(confrontation|conflict|war|tensions?|relations|talks|negotiations|dispute|rivalry|hostilities|peace|accord|deal)"
            + "\\s+(\\w+\\s+){0,2}between\\s+(the\\s+)?(([\\w'’.-]+\\s+){1,3}and\\s+([\\w'’-]+\\s+){0,4})?$");
    // "the government of Sudan bombed a camp in Yida": the state an actor belongs to, not where it acted
    private static final Pattern ACTOR_OF = Pattern.compile("\\b(government|regime|army|military|armed forces|air force|navy|authorities)\\s+of\\s+(the\\s+)?$");
    // "allegations linking the attack on a train in Balochistan with Afghanistan": the party blamed, not where
    private static final Pattern LINKED = Pattern.compile("\\b(linking|links?|linked|tying|ties|tied|connecting|connects?|connected)\\b[^.;]{0,90}\\b(to|with)\\s+(the\\s+)?$");
    // a speaker's description and the verb of saying after it: "spokesman for the regional police zone in northern Afghanistan, said
    // that ...", "a spokesman for the command at its headquarters in Potsdam, Germany, said that ..."
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("\\b(spokes(man|woman|person|people|men|women)|officials?|commanders?|chief|governor"
            + "|statement|ministry|command|headquarters|agency|sources?)\\b"
            // no verb between: "sources have confirmed the attacks in San Salvador and eyewitnesses reported" puts the place in what was told
            + "((?!\\b(have|has|had|was|were|is|are|did|confirmed|reported|said|says|told|announced|stated)\\b)[^.;:\"“”]){0,90}$");
    private static final Pattern SAID_BETWEEN = Pattern.compile("^[^.;:\"“”]{0,60}?\\b(said|says|told|stated|announced|reported)\\b");
    private static final Pattern SEAT_IN = Pattern.compile("\\b(government|regime|leadership)\\s+(in|from)\\s+$");
    private static final Pattern REACHED_FROM = Pattern.compile("\\b(telephone|phone|speaking|reached|interview|statement|reporting|writing)\\b[^.;]{0,30}\\bfrom\\s+$");
    // "Brussels condemns the bombing", "Khartoum denied it": a capital or country that speaks stands for its government
    private static final Pattern SPEAKS = Pattern.compile("^\\s*(condemn|accus|says|said|report(s|ed)?\\b|submit|claim|threaten|refus|sign(s|ed)\\b|want(s|ed)?\\b|labels?\\b|warn|denie|deny|urge|call(s|ed) (for|on)|demand|blame(?:s|d)?+(?!\\w)(?!\\s+on\\b)|reject|welcome|vow|insist|announc|protest(s|ed) (to|against))\\w*\\b");
    // "South Sudan accuses Sudan of an air strike", "officials condemned Israel after...": the party accused, not where
    private static final Pattern ACCUSED = Pattern.compile("\\b(accus\\w*|blam\\w*|condemn\\w*|denounc\\w*|criticiz\\w*|criticis\\w*|sued|sues|su(e|ing))\\s+(the\\s+)?$");
    // "its battle against Beijing", "sanctions against Moscow": a city named as the opponent in a contest stands for its
    // government; an armed act against a place ("strikes against Kyiv", "the offensive against Mosul") names its target, so
    // only contest nouns, and only a town: "a proxy war against South Sudan" is fought in South Sudan
    private static final Pattern OPPONENT = Pattern.compile("\\b(battles?|fights?|struggles?|confrontations?|standoffs?|stand-offs?"
            + "|disputes?|rivalr(y|ies)|sanctions|tariffs|pressure|competition|case|lawsuit|complaints?|front|coalition|alliance)\\s+against\\s+(the\\s+)?$");
    // "They (Khartoum) don't want ...", "These people (Khartoum)": a name glossing a pronoun or a people is the party meant
    private static final Pattern GLOSS_BEFORE = Pattern.compile("\\b(they|he|she|we|it|these people|those people|the regime|the government|the authorities)\\s*\\(\\s*$");
    private static final Pattern GLOSS_AFTER = Pattern.compile("^\\s*\\)");
    // "a train traveling north from Quetta, Balochistan, to Peshawar when it came under attack": a journey's ends
    private static final Pattern ROUTE = Pattern.compile("\\b(travel\\w*|heading|headed|bound|en route|on (its|their|his|her) way|driving|flying|sailing"
            + "|going|returning|journey\\w*)\\b[^.;]{0,60}\\b(from|to|towards?)\\s+([a-z][a-z'’-]+(\\s+[a-z][a-z'’-]+)?,\\s+)?$");
    private static final Pattern OWNED_BY = Pattern.compile("\\b(operated|owned|run|funded|financed|backed|sponsored|supported|built|controlled|brokered|mediated)\\s+by\\s+(the\\s+)?$");
    // "The New York Times", "the Jerusalem Post": a place opening a publication's name
    private static final Pattern PUBLICATION_AFTER = Pattern.compile("^\\s+(Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Observer|Telegraph|Guardian"
            + "|Daily|Examiner|Inquirer|Globe|Mail|Express|Standard|Independent|Star|Sun|Bee|Courier|Dispatch|Enquirer|Register)\\b");
    private static final Pattern PLACE_PART = Pattern.compile("^\\s*['’]s?\\s+([\\w-]+\\s+){0,2}(streets|outskirts|cent(er|re)|suburbs?|borders?|capital|districts?|provinces?|"
            + "countryside|neighbou?rhoods?|airport|port|coast|coastline|desert|mountains|villages|towns|cities|(north|south|east|west)(ern)?\\s+(part|region|flank|edge))\\b"
            // "Baghdad's southern district of Saiydiah": the district named next is the place
            + "(?!\\s+of\\b)");
    private static final Pattern IN_BEFORE = Pattern.compile("\\b(in|at|inside|across|throughout|within)\\s+(the\\s+)?$");
    private static final Pattern OWNS_NAMED = Pattern.compile(
            "\\s*(['’]s?|\\s+s)\\s+((?!(on|in|at|of|to|from|by|with|for|and|or|the|a|an)\\b)[a-z-]+\\s+){0,3}\\p{Lu}");
    private static final Pattern FACILITY = Pattern.compile("\\s+(base|airbase|air base|airport|barracks|camp|headquarters|post|checkpoint|outpost|compound)\\b");
    // "MEXICO CITY -- ...", "BEIRUT, Lebanon (AP) -": a place opening a line before a dash or an agency (a line
    // break flattened to a run of spaces counts: "MEXICO-POLICE KILLED   MEXICO CITY -- ...")
    private static final Pattern DATELINE_BEFORE = Pattern.compile("(?s)(.*(\\n|\\s{3,}))?\\s*");
    private static final Pattern DATELINE_AFTER = Pattern.compile("(,\\s*[\\p{L}. ]{2,25})?\\s*(\\((AP|AFP|Reuters|Xinhua|UPI|dpa)\\)\\s*)?(--|—|–|-\\s)");
    private static final Pattern NOUN_PHRASE_WORD = Pattern.compile("([a-z][a-z-]*)\\s+");
    // words that end a noun phrase or start a clause: a modifier head beyond them belongs to something else
    private static final java.util.Set<String> FUNCTION = java.util.Set.of("on", "in", "at", "to", "from", "with", "by", "for", "of", "and", "or",
            "but", "the", "a", "an", "was", "were", "is", "are", "said", "says", "has", "have", "had", "when", "where", "after", "before", "as",
            "that", "which", "who", "while", "late", "early", "last", "this", "amid", "amidst", "during", "despite", "near", "against", "among",
            "under", "over", "into", "onto", "since", "until", "following", "including", "between", "through", "across", "around", "about",
            "inside", "outside", "within", "without", "toward", "towards", "upon", "via", "than", "because", "also", "then", "there", "now", "killing");
    private final List<String> modifiers = ResourceTable.read("place-roles.tsv").stream().map(r -> r[0].trim()).toList();

    /**
     * Whether the name stands for a government or a party wherever it is in its sentence ("Khartoum denied it",
     * "accused Sudan of", "the government in Khartoum", "They (Khartoum)"), opens a publication's name or modifies an
     * actor ("U.S. troops"): such a mention does not make a place the report's focus.
     */
    /** Whether the mention says where a person lives or comes from ("Subryan, 23, of Schenectady", "a driver from Queens"). */
    boolean home(String text, Toponym t) {
        String before = before(text, t, 50);
        return ORIGIN_HEAD.matcher(before).find() || SOMEONE_FROM.matcher(before).find() || AGE_OF.matcher(before).find()
                || TOLD_AFTER.matcher(after(text, t, 12)).lookingAt();
    }

    // "Muhammad Sharifullah in Quetta told VOA", "the railway superintendent in Quetta, told VOA": where the speaker sits
    private static final Pattern TOLD_AFTER = Pattern.compile("^\\s*,?\\s*told\\b");
    // "the hostage-taking was planned and directed from Afghan soil": where an act was run from, not where it happened
    private static final Pattern DIRECTED_FROM = Pattern.compile("\\b(planned|directed|orchestrated|masterminded|coordinated)"
            + "\\s+((and|or)\\s+[a-z]+\\s+)?from\\s+(the\\s+)?$");
    // "a train carrying security officials had departed Quetta": where a journey began
    private static final Pattern DEPARTED = Pattern.compile("\\b(departed|departing|departs)\\s+(from\\s+)?$");

    /** Whether the mention is where a journey began or was headed ("a train traveling north from Quetta to Peshawar"). */
    boolean routeEnd(String text, Toponym t) {
        return ROUTE.matcher(before(text, t, 120)).find() || DEPARTED.matcher(before(text, t, 20)).find();
    }

    /** Whether the mention is where an act was run from ("planned and directed from Afghan soil"), not where it happened. */
    boolean runFrom(String text, Toponym t) {
        return DIRECTED_FROM.matcher(before(text, t, 60)).find();
    }

    /**
     * Whether the mention names a neighbour of where things happen: "Unity State, which borders Sudan", or a country named
     * for its border ("in northeastern C.A.R., near the Cameroon border", "tunnels across the border with Egypt"), which is
     * the other side's.
     */
    boolean neighbour(String text, Toponym t) {
        String before = before(text, t, 50);
        String after = after(text, t, 24);
        boolean country = t.place() != null && t.place().countryOnly();
        // "an army post on the border with the Gaza Strip": a region across the border is the other side too
        boolean area = t.place() != null && t.place().geoPrecision() == 3;
        return NEIGHBOUR.matcher(before).find() || country && NEAR_BEFORE.matcher(before).find() && BORDER_AFTER.matcher(after).lookingAt()
                || area && BORDER_WITH.matcher(before).find();
    }

    boolean standsForParty(String text, Toponym t) {
        String after = after(text, t, 24);
        String before = before(text, t, 50);
        return forParty(text, t, before, after).isPresent() || SEAT_IN.matcher(before).find() || SOURCE_IN.matcher(before).find();
    }

    /**
     * The roles a name has wherever the act is in its sentence: it speaks, glosses a pronoun, opens a publication's
     * name, is accused, or modifies an actor. {@code before} and {@code after}: the lowercased text around it.
     */
    private Optional<String> forParty(String text, Toponym t, String before, String after) {
        if (SPEAKS.matcher(after).lookingAt()) return Optional.of("speaks for its government: a source, not where it happened");
        if (GLOSS_BEFORE.matcher(before).find() && GLOSS_AFTER.matcher(after).lookingAt()) return Optional.of("glosses a pronoun: the party meant, not where");
        if (publication(text, t)) return Optional.of("opens a publication's name (\"The New York Times\"), not where");
        if (ACCUSED.matcher(before).find()) return Optional.of("the party accused or condemned, not where it happened");
        if (OPPONENT.matcher(before).find() && (t.place() == null || "P".equals(t.place().featureClass()))) return Optional.of("the opponent in a contest (\"its battle against Beijing\"), not where");
        if (LINKED.matcher(before(text, t, 120)).find()) return Optional.of("the party an act is linked to (\"linking the attack with Afghanistan\"), not where");
        if (ACTOR_OF.matcher(before).find()) return Optional.of("names the state of an actor (\"the government of Sudan\"), not where");
        return modifies(text, t);
    }

    /** "U.S. troops", "UAE Foreign Ministry": the name modifies a noun of the actor or thing, it is not a location. */
    private Optional<String> modifies(String text, Toponym t) {
        // "U.S. and British troops": a modifier coordinated with another modifies the same noun
        String next = after(text, t, 48)
                .replaceFirst("^[\\s-]+", "").replaceFirst("^(and|or)\\s+[a-z-]+\\s+(?=[a-z])", "");
        // "U.S. troops", and with up to two words of the same noun phrase between: "U.S. fighter jets", "UAE Foreign Ministry"
        String phrase = next;
        for (int skipped = 0; skipped <= 2 && !phrase.isEmpty(); skipped++) {
            for (String m : modifiers) {
                if (phrase.startsWith(m + " ") || phrase.startsWith(m + ",") || phrase.startsWith(m + ".") || phrase.equals(m)) {
                    // "the Kawkab army base", "the Shkin police post": the name of a facility's place
                    if (FACILITY.matcher(phrase.substring(m.length())).lookingAt()) break;
                    return Optional.of("modifies \"" + m + "\": an actor's or thing's origin, not a location");
                }
            }
            java.util.regex.Matcher word = NOUN_PHRASE_WORD.matcher(phrase);
            if (!word.lookingAt() || FUNCTION.contains(word.group(1))) break;
            phrase = phrase.substring(word.end());
        }
        return Optional.empty();
    }

    private static boolean publication(String text, Toponym t) {
        return PUBLICATION_AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 14))).lookingAt();
    }

    /** The reason given for "Eritrea captured Badme": the name right before the act is its agent. */
    static final String AGENT = "the agent of the act";

    /** The reason given for "in Syria's northern Aleppo province": the named place it owns is finer, when it resolves. */
    static final String OWNS_NAMED_PLACE = "owns the named place after it, which is finer";

    /** Why {@code t} cannot be the location of the event named at {@code trigger}, or empty if it can. */
    Optional<String> notALocation(String text, Toponym t, Span trigger) {
        String after = after(text, t, 24);
        String before = before(text, t, 50);
        // "Grozny's streets", "Lebanon's southern border": a possessive of a part of the place is still the place
        // ... and so is one after a place preposition or as the act's object ("killed in Syria's civil war", "patrolled
        // Venezuela's oil installations"): what the place owns is inside it
        // - unless it owns a named place ("in Syria's northern Aleppo province", "Jerusalem's walled Old City")
        String afterCased = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 40));
        boolean inPlace = IN_BEFORE.matcher(before).find() || t.span().start() >= trigger.end() && text.substring(trigger.end(), t.span().start()).isBlank();
        boolean ownsNamed = OWNS_NAMED.matcher(afterCased).lookingAt();
        // "Balochistan's Kalat district": a part with a name of its own is a named place, not an unnamed part ("Grozny's streets")
        boolean unnamedPart = PLACE_PART.matcher(after).lookingAt() && !ownsNamed;
        if (POSSESSIVE.matcher(after).lookingAt() && !unnamedPart && !(inPlace && !ownsNamed)) {
            return Optional.of(inPlace ? OWNS_NAMED_PLACE : "possessive: names whose place, not where");
        }
        if (DATELINE_BEFORE.matcher(text.substring(Math.max(0, t.span().start() - 40), t.span().start())).matches()
                && DATELINE_AFTER.matcher(afterCased).lookingAt()) {
            return Optional.of("the dateline: where the story was filed");
        }
        Optional<String> party = forParty(text, t, before, after);
        if (party.isPresent()) return party;
        if (OWNED_BY.matcher(before).find()) return Optional.of("owns or runs something (\"operated by China\"), not where");
        if (FLED_TO.matcher(before(text, t, 160)).find()) {
            return Optional.of("where people fled to (\"to flee to neighboring countries, including Cameroon\"), not where");
        }
        if (neighbour(text, t)) return Optional.of("a neighbour of the place (\"which borders Sudan\", \"near the Cameroon border\"), not where");
        if (BETWEEN_PARTIES.matcher(before(text, t, 100)).find()) return Optional.of("a party to a conflict (\"confrontation between Sudan and South Sudan\"), not where");
        if (routeEnd(text, t)) return Optional.of("where a journey began or was headed, not where it happened");
        if (runFrom(text, t)) return Optional.of("where the act was planned or directed from, not where it happened");
        if (home(text, t) || REACHED_FROM.matcher(before).find() || SOURCE_IN.matcher(before).find() || SEAT_IN.matcher(before).find()) {
            return Optional.of("where a person is from or speaks from");
        }
        // "a spokesman for the special forces command at its headquarters in Potsdam, Germany, said that Afghan police fought
        // ...": a place in the speaker's description, before the verb of saying that opens the act's clause
        if (t.span().end() <= trigger.start() && SAID_BETWEEN.matcher(TriggerFinder.lowerFlat(text.substring(t.span().end(), trigger.start()))).lookingAt()
                && SPEAKER_BEFORE.matcher(before(text, t, 120)).find()) {
            return Optional.of("in the description of who speaks, before the verb of saying that opens the act's clause; not where");
        }
        // "Eritrea captured Badme": a country or town right before the act, with no preposition, is its agent
        if (t.span().end() <= trigger.start()) {
            String between = TriggerFinder.lowerFlat(text.substring(t.span().end(), trigger.start()));
            // ... or opening a quoted headline: South Sudan: "Sudan bombed refugee camp"
            boolean atSentenceStartOrAfterComma = before.isBlank() || before.matches("(?s).*([.,;:]\\s*[\"“‘']?|\\b(after|when|as|since|that))\\s*(the\\s+)?$")
                    || before.matches("(?s)\\s*the\\s+$");
            if (between.matches("\\s*(has |have |had )?(\\w+ly )?") && atSentenceStartOrAfterComma) return Optional.of(AGENT);
        }
        return Optional.empty();
    }

    /** The lowercased text of up to {@code chars} characters before the mention. */
    private static String before(String text, Toponym t, int chars) {
        return TriggerFinder.lowerFlat(text.substring(Math.max(0, t.span().start() - chars), t.span().start()));
    }

    /** The lowercased text of up to {@code chars} characters after the mention. */
    private static String after(String text, Toponym t, int chars) {
        return TriggerFinder.lowerFlat(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + chars)));
    }
}
