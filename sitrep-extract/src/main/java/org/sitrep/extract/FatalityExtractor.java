package org.sitrep.extract;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Span;

/**
 * Death tolls by ACLED's conservative convention: the lowest figure reported, bounds kept ("at least 30"
 * has min 30), killed kept apart from wounded, and totals over a period ("since friday", "so far")
 * marked cumulative so the single strikes inside them are not counted twice.
 */
public final class FatalityExtractor {
    private static final String HEDGE = "(?<q>at least|more than|over|nearly|almost|about|around|some|up to|as many as|approximately|roughly|an estimated)?\\s*";
    private static final String WHO = "(?<who>(?:[a-z'-]+,?\\s+){0,6}?)";
    private static final Pattern CUMULATIVE = Pattern.compile(
            "\\b(since (mon|tues|wednes|thurs|fri|satur|sun)day|since (the|last|early|late)\\b|so far|in total|total of|over the (past|last)|in recent|this year|since the (start|beginning)|toll (has )?(risen|rose|climbed))");
    private static final Pattern CIVILIAN = Pattern.compile("\\b(civilians?|women|children|villagers|residents|worshippers|passengers|students|farmers|families|people)\\b");

    // One victim, named or singular, without a number: "was assassinated", "the murder of the mayor", "killed
    // attorney general X", "his assassination". English agreement ("was", a singular object) says one; ACLED codes 1.
    private static final Pattern ONE_PASSIVE = Pattern.compile("\\b(?<!\\bnot )(?<!\\bno one )(?<!\\bno-one )(?<!\\bnobody )(?<!\\bno one else )(?<!\\bnearly )(?<!\\balmost )was (?:reportedly |allegedly "
            + "|apparently |later |then |subsequently |brutally |also |reported |found )?(?:killed|murdered|assassinated|slain|shot dead|gunned down"
            + "|found dead|shot to death|stabbed to death|beaten to death|hacked to death|burned to death|strangled|shot and killed|lynched|beheaded)\\b");
    private static final Pattern ONE_ACTIVE = Pattern.compile("\\b(?:killed|murdered|assassinated|shot dead|gunned down|shot to death"
            // "they murdered, at gunpoint, a soldier": a short phrase set off by commas may stand between the verb and its victim
            + "|stabbed to death|shot and killed|beheaded|slew)(?:,\\s*(?:at|with|in|on|by)\\s[^,;:.]{1,30},)? (?!(?:or|and|nor) )(?<obj>[^,;:.()\"\\[\\]]{3,80})");
    // "the assassination on 22 March of Bernardo Jaramillo": a day or place may sit between the noun and its victim
    private static final Pattern ONE_NOMINAL = Pattern.compile("\\b(?:assassination|murder|killing|slaying)(?: (?:on|in|at|last) [\\w ]{1,25}?)? of (?<obj>[^,;:.()\"\\[\\]]{3,80})"
            + "|(?:'s?|\\bhis|\\bher) (?:assassination|murder|killing|slaying)\\b");
    // the object's end: a preposition, clause word or verb that no name or title runs into
    private static final Pattern OBJECT_END = Pattern.compile("\\s(?:in|on|at|by|near|last|this|who|which|that|when|while|during|after|before|because|for|to|from"
            + "|with|as|was|were|is|has|had|and (?:wounded|injured|fled|escaped|kidnapped|abducted|took|set|burned|stole|later|then|subsequent|subsequently)|yesterday|today|tonight)\\b");
    // a plural or counted object ("the two missionaries", "several peasants") is no single victim
    private static final Pattern MANY = Pattern.compile("\\b(?:people|persons|civilians|soldiers|troops|policemen|police|officers|guerrillas|rebels|militants|fighters"
            + "|members|peasants|villagers|residents|children|women|men|students|workers|priests|nuns|missionaries|journalists|leaders|officials|agents"
            + "|guards|bodyguards|passengers|others|individuals|terrorists|insurgents|family|families|relatives|youths|farmers|employees|judges|all|several"
            + "|many|some|number|unspecified|undetermined|dozens|scores|hundreds|thousands|both|two|three|four|five|six|seven|eight|nine|ten|\\d+"
            // plural endings of people ("suicide bombers", "separatists", "insurgents", "guardsmen"); a surname so ending costs a count, no more
            + "|[a-z]+(?:ers|ists|ants|ents|ians|ies|men|ees|ors))\\b");
    private static final String PERSONS = "(?:people|persons|civilians|soldiers|troops|militants|fighters|policemen|police officers|members|children"
            + "|women|men|others|villagers|residents|worshippers|passengers|students|peasants|farmers|leaders|priests|jesuits|nuns|missionaries|guards"
            + "|watchmen|workers|officials|journalists|reporters|judges|prisoners|hostages|employees|guerrillas|rebels|insurgents|terrorists|youths"
            + "|bodyguards|escorts|companions|colleagues|relatives|drivers|pilots|nurses|doctors|teachers|engineers|tourists|pilgrims"
            + "|mayors|prosecutors|magistrates|councilors|councillors|lawyers|activists|politicians|candidates|senators|governors|merchants|traders"
            + "|[a-z]+men|[a-z]+ans|[a-z]+ese|[a-z]{3,}is)"; // and nationalities: "two Afghans", "four Sudanese", "three Iraqis"
    /** One person of a kind: "one civilian and one soldier were killed" counts two in two groups. */
    private static final String PERSON = "(?:person|civilian|soldier|militant|fighter|policeman|police officer|member|child|woman|man|villager|resident"
            + "|worshipper|passenger|student|peasant|farmer|leader|priest|jesuit|nun|missionary|guard|watchman|worker|official|journalist|reporter"
            + "|judge|prisoner|hostage|employee|guerrilla|rebel|insurgent|terrorist|youth|bodyguard|escort|companion|colleague|relative|driver|pilot"
            + "|nurse|doctor|teacher|engineer|tourist|pilgrim|mayor|prosecutor|magistrate|councilor|councillor|lawyer|activist|politician|candidate"
            + "|senator|governor|merchant|trader|[a-z]+man)";
    private static final String PERSON_GROUP = "(?:" + PERSONS + "|" + PERSON + ")";
    private static final Pattern NONE_KILLED = Pattern.compile("\\b(?:(?:no one|no-one|nobody)\\s+(?:was\\s+|were\\s+)?(?:reportedly\\s+)?(?:killed|died|hurt|injured|wounded)"
            + "|no\\s+(?:deaths|fatalities|casualties)\\s+(?:were\\s+|was\\s+|have been\\s+|had been\\s+)?(?:reported|caused)"
            + "|(?:there were|caused|causing|without)\\s+no\\s+(?:deaths|fatalities|casualties))\\b");
    // "a peasant woman died when a bomb exploded": one person, the article its number; "he was taken to the hospital, where he
    // died": one, the victim told before; not a death of natural causes
    private static final Pattern ONE_DIED = Pattern.compile("\\b(?:(?:a|an)\\s+(?:[a-z'-]+\\s+){0,3}?|(?<!\\bhad )(?:he|she|the victim)\\s+"
            + "(?:later\\s+|subsequently\\s+|eventually\\s+|then\\s+|also\\s+)?)died\\b(?!\\s+(?:down|out|away|off)\\b)"
            + "(?!\\s+(?:of|from)\\s+(?:natural causes|cancer|old age|a heart attack|heart failure|an illness|illness|a long illness|covid))");
    // "Inspector Eulogio Flores died in the explosion": one named person, dying in the act the report tells
    private static final Pattern ONE_DIED_IN_ACT = Pattern.compile("\\b(?:[a-z'.-]+\\s+){1,4}?died\\s+(?:in|during)\\s+the\\s+"
            + "(?:explosion|attack|blast|bombing|shooting|ambush|clash|raid|fighting|incident)\\b");
    private static final Pattern PLURAL_SUBJECT = Pattern.compile("\\b(they|their|we|our|those|these|them|you|your)\\b");
    private static final Pattern ALSO = Pattern.compile("\\balso\\b");
    private static final Pattern JOINED = Pattern.compile("\\band\\b");
    private static final Pattern MORE_FOLLOW = Pattern.compile("^[\\s,]*(?:and|as well as|along with|together with|plus)\\b");
    private static final Pattern NOT_DONE = Pattern.compile("\\b(?:attempt\\w*|tried|try|trying|plot\\w*|plan\\w*|threat\\w*|conspir\\w*|would|failed|foil\\w*|thwart\\w*)\\W+(?:\\w+\\W+){0,3}$");

    // "six jesuit priests assassinated at the university" counts the dead; "six gunmen assassinated a judge" the killers
    private static final Pattern ACTIVE_END = Pattern.compile("(?<!were |was |been |are |being |reportedly |brutally |later |subsequently )"
            + "(killed|assassinated|murdered|massacred|executed)$");
    private static final Pattern OBJECT_NEXT = Pattern.compile("\\s+(?!(?:in|on|at|by|near|during|when|while|after|before|as|and|or|since|last|this|yesterday"
            + "|today|tonight|overnight|early|late|outright|instantly|including|among|with|from|inside|across|around|following|because|amid|so|but|the next"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
            + "|november|december|earlier|recently|there|here|too|as well|each|apiece)\\b)[a-z]");

    // The toll of an era, not of an act: "decades of military regimes during which more than 100,000 people were killed",
    // "the beginning of the decade, when thousands were killed", "... were killed during the civil war", "... as a
    // result of political violence"
    private static final Pattern ERA_BEFORE = Pattern.compile("\\b(?:decades?|years|era|rule|regimes?|dictatorships?|occupation|war|conflict),?"
            + "\\s+(?:during which|in which|when)\\b[^.;:]{0,60}$");
    private static final Pattern ERA_AFTER = Pattern.compile("^\\s+(?:\\w+ly\\s+)?(?:(?:in|across|throughout) (?:[\\w-]+ ){1,3}?)?(?:(?:during|in the course of|over) (?:the |its |their )?(?:[\\w-]+ ){0,2}?"
            + "(?:military regimes?|regimes?|dictatorships?|decades|years|war|civil war|conflict)"
            + "|(?:as a result of|due to|because of|in|by) (?:the )?(?:political violence|(?:armed |civil )?(?:conflict|war|insurgency)))\\b(?!['’])");

    private final NumberParser numbers;
    private final Pattern[] patterns;
    private final Pattern[] joinedCounts;
    private final Pattern countedPart;

    public FatalityExtractor(NumberParser numbers) {
        this.numbers = numbers;
        // "no one was killed", "not one soldier died": a negated count is no count
        String n = "(?<!\\bno\\s)(?<!\\bnot\\s)(?<n>" + numbers.pattern() + ")";
        // "at least 21 passengers and four paramilitary troops died": two counts before one verb of dying add up
        // ... and "six priests and two women who worked for them were assassinated", "the murder of six priests and their two
        // employees": the victims of one act counted in two groups
        // ... and "five policemen and a civilian were killed": the article of a single person counts one
        String second = ",?\\s+and\\s+(?:at least\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?<m>" + numbers.pattern() + "|an?(?=\\s+" + PERSON
                + "\\b))\\s+(?:[a-z'-]+\\s+){0,2}?" + PERSON_GROUP;
        this.countedPart = Pattern.compile("(?<n>" + numbers.pattern() + ")\\s+(?:of\\s+(?:his|her|their)\\s+)?(?:[a-z'-]+\\s+){0,2}?" + PERSON_GROUP);
        this.joinedCounts = new Pattern[] {
            Pattern.compile("\\b" + HEDGE + n + "\\s+(?:[a-z'-]+\\s+){0,2}?" + PERSON_GROUP + second
                    + "(?:\\s+(?:who|that)\\s+[^,.;]{0,40}?)?\\s+(?:were\\s+|have been\\s+|had been\\s+)?(?:\\w+ly\\s+)?"
                    + "(?:killed|died|dead|slain|murdered|assassinated|massacred|executed|shot dead|gunned down)\\b"),
            // "the minister and his two bodyguards died": one named person and a counted group
            Pattern.compile("\\b(?<n>the|a|an)\\s+(?:[a-z'-]+\\s+){0,2}?[a-z'-]+\\s+and\\s+(?:his|her)\\s+(?<m>" + numbers.pattern()
                    + ")\\s+(?:[a-z'-]+\\s+){0,1}?" + PERSONS + "\\s+(?:were\\s+|have been\\s+|had been\\s+)?(?:killed|died|slain|murdered|assassinated|shot dead|gunned down)\\b"),
            // "a judge and a prosecutor from the higher court were assassinated": two single persons, each with its article
            Pattern.compile("\\b(?<n>the|a|an)\\s+(?:[a-z'-]+\\s+){0,2}?" + PERSON + "(?:\\s+(?:from|of)\\s+[^,;.]{1,50}?)?\\s+and\\s+(?<m>the|a|an)\\s+"
                    + "(?:[a-z'-]+\\s+){0,2}?" + PERSON + "(?:\\s+(?:from|of)\\s+[^,;.]{1,50}?)?\\s+(?:were\\s+|have been\\s+|had been\\s+)(?:\\w+ly\\s+)?"
                    + "(?:killed|slain|murdered|assassinated|executed|shot dead|gunned down)\\b"),
            // "killed six Jesuit priests and two companions": an active verb of killing with two counted groups
            Pattern.compile("\\b(?:killed|killing|murdered|murdering|massacred|assassinated|executed|shot dead|gunned down)\\s+" + HEDGE + n
                    + "\\s+(?:[a-z'-]+\\s+){0,2}?" + PERSON_GROUP + second + "\\b"),
            Pattern.compile("\\b(?:massacres?|murders?|killings?|assassinations?|slayings?|executions?) of (?:the )?" + HEDGE + n
                    + "\\s+(?:[a-z'-]+\\s+){0,2}?" + PERSON_GROUP + second + "\\b"),
        };
        this.patterns = new Pattern[] {
            // "at least 30 people were killed", "50 civilians , mostly women and children , killed"; not "rescued 190
            // passengers and killed 30 terrorists", where "and" opens another act of the subject
            Pattern.compile("\\b" + HEDGE + n + "\\s+" + WHO + "(?:(?:[a-z'-]+)?\\s*,[^,]{0,40},\\s*|(?:[a-z'-]+)?\\s*,\\s*(?:including|among them|most of them|mostly|mainly)\\b[^,]{0,90},\\s*)?(?<!\\band\\s)(?<!\\bor\\s)(?:(?:were |was |have been |had been |has been |are |being )?(?:reportedly |brutally |later |subsequently )?(?:killed|dead|died|slain"
                    + "|lost their lives|perished|assassinated|murdered|massacred|executed)|(?:were|was|have been|had been|has been|are|being) (?:reportedly |brutally |later |subsequently )?"
                    // other verbs of killing only in the passive: "five individuals shot to death a watchman" names the killers
                    + "(?:murdered|assassinated|massacred|shot dead|shot to death|gunned down|executed|beheaded|stabbed to death|beaten to death"
                    + "|hacked to death|burned to death))\\b"),
            // "two policemen guarding the Ecuadoran consulate in Medellin were killed": a participle phrase between the counted
            // persons and the passive verb of killing
            Pattern.compile("\\b" + HEDGE + n + "\\s+(?:[a-z'-]+\\s+){0,2}?" + PERSON_GROUP + "\\s+(?<who>(?:[a-z]+ing|assigned|stationed|based|posted)\\s+[^,;.]{1,60}?)\\s+"
                    + "(?:were|have been|had been)\\s+(?:reportedly |brutally |later |subsequently )?(?:killed|slain|murdered|assassinated|massacred|executed"
                    + "|shot dead|shot to death|gunned down)\\b"),
            // "killing 6 civilians", "killed at least 12 people", a headline's "airstrikes kill 50 militants"
            Pattern.compile("\\b(?:killing|killed|kills|kill|left)\\s+" + HEDGE + n + "\\s+" + WHO + "(?:people|persons|civilians|soldiers|troops|militants|fighters|policemen|police officers|members|children|women|men|others|villagers|residents|worshippers|passengers|students)?\\b(?!\\s+(?:wounded|injured|hurt))"),
            // "murdered two watchmen", "assassinated 10 labor leaders": other verbs of killing take a person as object
            Pattern.compile("\\b(?:murdered|murdering|murder|assassinated|assassinating|massacred|massacring|executed|executing|shot dead|gunned down"
                    + "|shot and killed)\\s+" + HEDGE + n + "\\s+(?:[a-z'-]+\\s+){0,2}?" + PERSONS + "\\b"),
            // "the massacre of six jesuit priests", "the murder of 17 peasants"
            Pattern.compile("\\b(?:massacres?|murders?|killings?|assassinations?|slayings?|executions?) of (?:the )?" + HEDGE + n
                    + "\\s+(?:[a-z'-]+\\s+){0,2}?(?:[a-z'-]+s|people|men|women|children|police)\\b"),
            // "the death toll rose to 25"
            Pattern.compile("\\bdeath toll\\s+(?:\\w+\\s+){0,3}?(?:to|at|of|reached|is|was)\\s+" + HEDGE + n + "\\b"),
            // "the death toll from a powerful Taliban truck bombing at the German consulate ... rose to at least six": the toll of
            // the act it names, updated
            Pattern.compile("\\bdeath toll\\s+(?:from|of|in)\\s+(?:[\\w'’.,-]+\\s+){1,14}?(?:rose|climbed|jumped|increased|reached|grew)\\s+(?:to\\s+)?"
                    + HEDGE + n + "\\b"),
        };
    }

    /** The toll stated in this sentence, or null when it gives none. */
    public Fatalities extract(String sentence, int offset) {
        String lower = TriggerFinder.lowerFlat(sentence);
        Fatalities joined = joinedToll(sentence, lower, offset);
        if (joined != null) return joined;
        Fatalities best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(lower);
            int from = 0;
            while (m.find(from)) {
                from = m.end();
                OptionalInt v = numbers.parse(m.group("n"));
                if (v.isEmpty()) continue;
                String who = groupOrEmpty(m, "who");
                if (who.matches(".*\\b(wounded|injured|hurt|arrested|detained|missing)\\b.*")) continue;
                if (isYearOrTime(lower, m.start("n"), m.end("n"))) {
                    from = m.end("n"); // "at 1210 gmt, four pedestrians were killed": the count may follow the time
                    continue;
                }
                if (eraToll(lower, m.start(), m.end())) continue;
                // "several gunmen killed Roberto Sarasty": an active verb with its object counts the killers, not the dead
                if (p == patterns[0] && ACTIVE_END.matcher(m.group()).find() && OBJECT_NEXT.matcher(lower.substring(m.end())).lookingAt()) continue;
                String q = groupOrEmpty(m, "q").trim();
                int value = v.getAsInt();
                Integer min = q.matches("at least|more than|over") ? value : null;
                Integer max = q.matches("up to|as many as|nearly|almost") ? value : null;
                boolean cumulative = CUMULATIVE.matcher(lower).find();
                boolean civilians = CIVILIAN.matcher(who + " " + lower.substring(m.start(), Math.min(lower.length(), m.end() + 40))).find();
                Fatalities f = new Fatalities(value, min, max, cumulative, civilians, sentence.substring(m.start(), m.end()),
                        new Span(m.start() + offset, m.end() + offset));
                // Several tolls in one sentence: keep the largest single statement, ACLED codes one event per toll.
                if (best == null || value > best.best()) best = f;
            }
            if (best != null) break;
        }
        if (best == null) {
            Fatalities pair = pairOfVictims(sentence, lower, offset);
            if (pair != null) return pair;
            Fatalities one = oneVictim(sentence, lower, offset);
            if (one != null) return one;
            // "no one was killed or injured in the attack": an explicit toll of none, which ACLED codes as 0
            Matcher none = NONE_KILLED.matcher(lower);
            return none.find() ? new Fatalities(0, null, null, false, false, sentence.substring(none.start(), none.end()),
                    new Span(none.start() + offset, none.end() + offset)) : null;
        }
        // "X was assassinated in an attack in which two members of his escort were also killed": the named victim and the others
        boolean also = ALSO.matcher(lower).region(best.span().start() - offset, best.span().end() - offset).find();
        Fatalities named = also ? oneVictim(sentence, lower, offset) : null;
        if (named == null || named.span().end() > best.span().start()) return best;
        int more = named.best();
        return new Fatalities(best.best() + more, best.min() == null ? null : best.min() + more, best.max() == null ? null : best.max() + more,
                best.cumulative(), best.civilians() || named.civilians(), best.text(), best.span());
    }

    /** Two counts joined before one verb of dying or after one noun of killing, added up; or null. */
    private Fatalities joinedToll(String sentence, String lower, int offset) {
        for (Pattern p : joinedCounts) {
            Matcher m = p.matcher(lower);
            if (!m.find() || isYearOrTime(lower, m.start("n"), m.end("n"))) continue;
            Fatalities f = joinedToll(sentence, lower, offset, m);
            if (f != null) return f;
        }
        return null;
    }

    private Fatalities joinedToll(String sentence, String lower, int offset, Matcher m) {
        OptionalInt a = countOf(m.group("n"));
        OptionalInt b = countOf(m.group("m"));
        if (a.isEmpty() || b.isEmpty()) return null;
        int sum = a.getAsInt() + b.getAsInt();
        String q = groupOrEmpty(m, "q").trim();
        return new Fatalities(sum, q.matches("at least|more than|over") ? sum : null, null, CUMULATIVE.matcher(lower).find(),
                CIVILIAN.matcher(m.group()).find(), sentence.substring(m.start(), m.end()), new Span(m.start() + offset, m.end() + offset));
    }

    private static final String PLURAL_KILLED = "\\s+were\\s+(?:reportedly\\s+|allegedly\\s+|later\\s+|brutally\\s+)?(?:killed|murdered|assassinated|shot to death"
            + "|gunned down|shot dead|slain|executed)\\b";
    /** "Roa and Saavedra were gunned down": two single names or words joined before a plural passive verb of killing. */
    private static final Pattern TWO_NAMED = Pattern.compile("(?:^\\s*|[;:]\\s*|\\b(?:when|after|as|that|where)\\s+)(?<a>[a-z'.-]+(?:\\s+[a-z'.-]+)?)\\s+and\\s+"
            + "(?<b>[a-z'.-]+(?:\\s+[a-z'.-]+)?)" + PLURAL_KILLED);
    /** "X, candidate for mayor, and his brother-in-law Norberto Saavedra were shot to death": a person and a relative or aide of theirs. */
    private static final Pattern AND_HIS = Pattern.compile(",?\\s+and\\s+(?:his|her)\\s+(?:wife|husband|son|daughter|brother|sister|father|mother|(?:brother|sister|son|daughter|father|mother)\\s*-\\s*in\\s*-\\s*law"
            + "|nephew|niece|cousin|bodyguard|driver|escort|assistant|secretary|companion|friend|child|aide|partner|fiancee?)(?:\\s+[a-z'.-]+){0,3}?" + PLURAL_KILLED);

    /** Two victims told without a number, or null. */
    private static Fatalities pairOfVictims(String sentence, String lower, int offset) {
        Matcher m = AND_HIS.matcher(lower);
        boolean found = m.find();
        if (!found) {
            m = TWO_NAMED.matcher(lower);
            found = m.find() && !MANY.matcher(m.group("a") + " " + m.group("b")).find() && !PLURAL_SUBJECT.matcher(m.group("a") + " " + m.group("b")).find()
                    && !m.group("a").matches(".*\\d.*") && !m.group("b").matches(".*\\d.*");
        }
        if (!found || NOT_DONE.matcher(lower.substring(Math.max(0, m.start() - 40), m.start())).find()) return null;
        return new Fatalities(2, null, null, false, false, sentence.substring(m.start(), m.end()).strip(), new Span(m.start() + offset, m.end() + offset));
    }

    /** Victims stated without a number (one, or each of several named), or null; a plural or counted object is left alone. */
    private Fatalities oneVictim(String sentence, String lower, int offset) {
        for (Pattern p : new Pattern[] {ONE_PASSIVE, ONE_DIED, ONE_DIED_IN_ACT, ONE_ACTIVE, ONE_NOMINAL}) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                if (NOT_DONE.matcher(lower.substring(Math.max(0, m.start() - 40), m.start())).find()) continue;
                if ((p == ONE_DIED || p == ONE_DIED_IN_ACT) && MANY.matcher(m.group()).find()) continue; // "a number of people died"
                if (p == ONE_DIED_IN_ACT && PLURAL_SUBJECT.matcher(m.group()).find()) continue; // "they died in the attack"
                String raw = " " + groupOrEmpty(m, "obj");
                Matcher end = OBJECT_END.matcher(raw);
                int cut = end.find() ? end.start() : raw.length();
                // an age is no count ("the murder of the 39-year-old Pizarro")
                String obj = raw.substring(0, cut).trim().replaceAll("\\b\\d+-year-old\\b", "");
                // no object ("were killed in the raid"), a plural, counted or joined one, or one that is no person
                if (obj.isEmpty() && raw.length() > 1) continue;
                int victims = JOINED.matcher(obj).find() ? joinedVictims(obj) : MANY.matcher(obj).find() ? 0 : 1;
                if (victims == 0 || obj.matches("(?s)(?:them|it|themselves)\\b.*")) continue;
                // "killed the mayor of X, as well as two peasants": more victims follow the first
                if (raw.length() > 1 && cut == raw.length()
                        && MORE_FOLLOW.matcher(lower.substring(m.end(), Math.min(lower.length(), m.end() + 20))).find()) continue;
                // the evidence ends with the victim, not with the 80 characters the object was read from
                int to = raw.length() > 1 ? m.start("obj") + raw.substring(0, cut).stripTrailing().length() - 1 : m.end();
                return new Fatalities(victims, null, null, false, CIVILIAN.matcher(obj).find(), sentence.substring(m.start(), to),
                        new Span(m.start() + offset, to + offset));
            }
        }
        return null;
    }

    /**
     * "the murder of Hector Oqueli and Gilda Flores", "killed the mayor and his bodyguard": victims named one by one and
     * joined by "and" or commas count one each; 0 when a part is no single person ("the burning of the town hall").
     */
    int joinedVictims(String object) {
        int victims = 0;
        for (String part : object.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
            String p = part.strip();
            // "... and two of his bodyguards": a counted group among the named
            Matcher counted = countedPart.matcher(p);
            OptionalInt n = counted.matches() ? numbers.parse(counted.group("n")) : OptionalInt.empty();
            if (n.isPresent()) {
                victims += n.getAsInt();
                continue;
            }
            if (p.isEmpty() || p.split("\\s+").length > 6 || MANY.matcher(p).find() || NO_PERSON.matcher(p).find()) return 0;
            victims++;
        }
        return victims;
    }

    private static final Pattern NO_PERSON = Pattern.compile(
            "\\b(?:the|an?)\\s+[a-z]+(?:ing|tion|ment)s?\\s+of\\b|\\b(?:it|its|them|property|house|houses|home|homes|vehicle|car|bus)\\b");

    private static String groupOrEmpty(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean eraToll(String lower, int start, int end) {
        return ERA_BEFORE.matcher(lower.substring(Math.max(0, start - 120), start)).find()
                || ERA_AFTER.matcher(lower.substring(end)).find();
    }

    /** A count, or one for the article of a single person ("a civilian", "the minister"). */
    private OptionalInt countOf(String words) {
        return words.matches("the|an?") ? OptionalInt.of(1) : numbers.parse(words);
    }

    private static boolean isYearOrTime(String text, int start, int end) {
        String n = text.substring(start, end);
        // "M-19", "F-16", "AK-47": a designation, no count
        if (start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) return true;
        if (n.matches("(19|20)\\d\\d")) return true;
        // "at 1210 gmt, four pedestrians were killed": a clock time
        if (n.matches("\\d{3,4}") && text.substring(Math.max(0, start - 3), start).equals("at ")) return true;
        String after = text.substring(end, Math.min(text.length(), end + 16));
        // "am", "pm" as whole words: "three americans were killed" is a count
        return after.matches("(?s)\\s*((am|pm)\\b|a\\.m|p\\.m|gmt|utc|hrs|percent|%|km|kilomet|mile|hours|days|years"
                + "|(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b"
                + "|may\\b(?!\\s+(?:have|be|not|also|still|well|rise|increase|never)\\b)).*");
    }
}
