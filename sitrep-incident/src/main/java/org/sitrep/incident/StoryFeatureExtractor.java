package org.sitrep.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.EntityMention;
import org.sitrep.model.SitrepException;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.model.Toponym;

/**
 * Builds a report's {@link StoryFeatures}. Names and places come from every sentence that has NER (a
 * story's names recur through the text, and their counts say which matter). Key lemmas and numbers
 * come from the lead only ({@link #LEAD_SENTENCES} prose sentences, with any heading lines above them): news leads name the happening, its
 * place and toll, while later paragraphs drift to background that other stories share. Mentioned
 * dates are the time expressions that resolve to a day.
 */
public final class StoryFeatureExtractor {
    /** How many first sentences make the lead; the pipeline annotates them fully for this reason. */
    public static final int LEAD_SENTENCES = AnnotatedReport.LEAD_SENTENCES;
    private static final int HEADLINE_CHARS = 100;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]+");
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
            "his", "its", "our", "their", "my", "your");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private final Set<String> stopLemmas;

    public StoryFeatureExtractor() {
        this.stopLemmas = readList("story-stop-lemmas.txt");
    }

    public StoryFeatures extract(AnnotatedReport annotated) {
        return extract(annotated, List.of());
    }

    /**
     * As {@link #extract(AnnotatedReport)}, with the report's resolved places: a place the gazetteer found in a fully
     * annotated sentence where NER saw no name counts as a name too. NER misses places in title-case headlines and
     * after a lower-case line break ("Woman Killed In Queens Hit-And-Run"), and a short brief may name nothing else.
     */
    public StoryFeatures extract(AnnotatedReport annotated, List<Toponym> toponyms) {
        Map<String, Integer> terms = new HashMap<>();
        Map<Integer, List<Toponym>> placesBySentence = new HashMap<>();
        for (Toponym t : toponyms) {
            if (t.place() != null && Toponym.PLACE.equals(t.role())) placesBySentence.computeIfAbsent(t.sentenceIndex(), k -> new ArrayList<>()).add(t);
        }
        int leadEnd = annotated.leadEnd(LEAD_SENTENCES);
        for (AnnotatedSentence s : annotated.sentences()) {
            if (!s.full()) continue;
            Set<Integer> inEntity = new HashSet<>();
            for (EntityMention m : s.entities()) {
                TermKind kind = kindOf(m.type());
                if (kind == null) continue;
                for (int i = m.firstToken(); i <= m.lastToken(); i++) inEntity.add(i);
                String written = m.cased() != null ? m.cased() : m.text();
                // A name is capitalized somewhere; an all-lower-case mention ("her") is a tagging slip.
                if (written.chars().noneMatch(Character::isUpperCase)) continue;
                String name = normalizeName(written);
                if (name.isEmpty() || PRONOUNS.contains(name)) continue; // "She says ..." tagged a person
                terms.merge(kind.term(name), 1, Integer::sum);
                String surname = surname(name);
                if (m.type().equals("PERSON") && surname != null) terms.merge(kind.term(surname), 1, Integer::sum);
                // "Matanuska Maid Dairy" and "Mat-Maid": reports shorten a name's other words too; each distinctive
                // word of a multi-word name counts once (IDF weighs down the common ones)
                if (!m.type().equals("PERSON")) nameWords(name, kind, terms);
            }
            untaggedNames(s, inEntity, terms);
            for (Toponym t : placesBySentence.getOrDefault(s.index(), List.of())) {
                if (s.entities().stream().anyMatch(m -> overlaps(s, m, t))) continue;
                String name = normalizeName(t.text());
                if (!name.isEmpty()) terms.merge(TermKind.NAME.term(name), 1, Integer::sum);
            }
            for (TimeExpression t : s.timexes()) {
                if (t.value() != null && DAY.matcher(t.value()).lookingAt()) terms.merge(TermKind.DATE.term(t.value().substring(0, 10)), 1, Integer::sum);
                java.util.regex.Matcher md = t.value() == null ? null : YEARLESS_DAY.matcher(t.value());
                if (md != null && md.lookingAt()) terms.put(TermKind.MONTH_DAY.term(md.group(1)), 1);
            }
            if (s.index() >= leadEnd) continue;
            for (Token t : s.tokens()) {
                if (inEntity.contains(t.index()) || t.pos() == null) continue;
                if (t.pos().equals("CD")) {
                    String n = number(t.word());
                    if (n != null) terms.merge(TermKind.NUMBER.term(n), 1, Integer::sum);
                } else if ((t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) || t.pos().startsWith("VB")) {
                    String lemma = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
                    if (lemma.length() >= 3 && WORD.matcher(lemma).matches() && !stopLemmas.contains(lemma)) {
                        terms.merge(TermKind.KEY.term(lemma), 1, Integer::sum);
                    }
                }
            }
        }
        java.util.regex.Matcher y = YEAR.matcher(annotated.text());
        while (y.find()) terms.put(TermKind.YEAR.term(y.group(1)), 1);
        // the time tagger skips heading lines, so a date line that dropped its year ("Jul. 7 5:59 PM EDT") is read here
        String head = annotated.text().substring(0, Math.min(annotated.text().length(), HEAD_CHARS));
        java.util.regex.Matcher d = YEARLESS_DATE_LINE.matcher(head);
        while (d.find()) {
            int month = org.sitrep.model.MonthNames.number(d.group(1));
            int day = Integer.parseInt(d.group(2));
            if (day >= 1 && day <= 31) terms.put(TermKind.MONTH_DAY.term(String.format(Locale.ROOT, "%02d-%02d", month, day)), 1);
        }
        return new StoryFeatures(annotated.report().published(), headline(annotated), terms);
    }

    private static final int HEAD_CHARS = 300;

    /**
     * Proper nouns NER left untagged ("fire destroyed the historic Matanuska Maid warehouse": the tagger knows no dairy):
     * a run of two or more capitalized NNP tokens outside every entity is a name too, with its distinctive words, as for tagged
     * names. Not in a title-case line, where the tagger calls every capitalized word a proper noun.
     */
    private void untaggedNames(AnnotatedSentence s, Set<Integer> inEntity, Map<String, Integer> terms) {
        List<Token> tokens = s.tokens();
        long words = tokens.stream().filter(t -> WORD.matcher(t.word()).matches()).count();
        long capitalized = tokens.stream().filter(t -> WORD.matcher(t.word()).matches() && Character.isUpperCase(written(t).charAt(0))).count();
        if (words == 0 || capitalized * 2 > words) return;
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Token t = i < tokens.size() ? tokens.get(i) : null;
            // not a capitalized function word after a lost sentence break ("... 8:57 AM CDT An 18-year-old"), nor a short
            // all-capital abbreviation (a time zone, "AM")
            boolean proper = t != null && !inEntity.contains(i) && "NNP".equals(t.pos()) && (t.ner() == null || t.ner().equals("O"))
                    && WORD.matcher(t.word()).matches() && Character.isUpperCase(written(t).charAt(0)) && i > 0
                    && !FUNCTION_WORD.matcher(t.word()).matches() && !(t.word().length() <= 3 && t.word().equals(t.word().toUpperCase(Locale.ROOT)));
            if (proper) {
                run.add(written(t));
                continue;
            }
            // a lone capitalized word NER passed over is as often an adjective in a heading ("Free") as a name: runs only
            if (run.size() >= 2) {
                String name = normalizeName(String.join(" ", run));
                if (!stopLemmas.contains(name) && !PRONOUNS.contains(name) && name.length() >= 3) {
                    terms.merge(TermKind.NAME.term(name), 1, Integer::sum);
                    nameWords(name, TermKind.NAME, terms);
                }
            }
            run.clear();
        }
    }

    /** Each distinctive word of a multi-word name, once (a one-word name is its own term already). */
    private void nameWords(String name, TermKind kind, Map<String, Integer> terms) {
        for (String w : name.split("[\\s-]+")) {
            if (w.length() >= 4 && !w.equals(name) && !stopLemmas.contains(w)) terms.merge(kind.term(w), 1, Integer::sum);
        }
    }

    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)a|an|the|this|that|these|those|in|on|at|of|for|by|to|from|with|and|or|but|as"
            + "|after|before|when|while|if|it|its|his|her|their|our|we|they|he|she|you|i|there|here|what|who|which|why|how");

    private static String written(Token t) {
        return t.cased() != null && !t.cased().isEmpty() ? t.cased() : t.word();
    }

    /** Whether a toponym lies on the tokens of an entity mention of its sentence. */
    private static boolean overlaps(AnnotatedSentence s, EntityMention m, Toponym t) {
        int start = s.tokens().get(m.firstToken()).span().start();
        int end = s.tokens().get(m.lastToken()).span().end();
        return t.span().start() < end && start < t.span().end();
    }

    /** A line that starts with a month and day and names no year: a date line ("Jul. 7 5:59 PM EDT", "Saturday, March 9"). */
    private static final Pattern YEARLESS_DATE_LINE = Pattern.compile("(?im)^[ \\t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?!\\s*(?:%|percent))");

    /** A timex value of a day without its year: "XXXX-07-07" (and "XXXX-07-07T17:59"). */
    private static final Pattern YEARLESS_DAY = Pattern.compile("XXXX-(\\d\\d-\\d\\d)(?![\\d-])");

    /** A year as news writes it; not a count ("2000 people") nor an amount. */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.,$])\\b(19[5-9]\\d|20[0-4]\\d)\\b(?![.,]\\d)(?!\\s*(?:%|percent|people|persons|troops|soldiers|men|women|children|km|kilomet|miles|feet|meters|metres|dollars|euros|tons|tonnes))");

    private static TermKind kindOf(String nerType) {
        return switch (nerType) {
            // One kind for all: NER tags the same word differently from report to report ("Palmer" the town as a
            // PERSON in one, a LOCATION in the next; "Mat Maid" as ORGANIZATION or LOCATION), and the reports of
            // one happening must still share the name.
            case "PERSON", "ORGANIZATION", "MISC", "LOCATION" -> TermKind.NAME;
            default -> null;
        };
    }

    /** Lower case, one space, no possessive, no leading article, no trailing dot: "the Promises Center's" → "promises center". */
    static String normalizeName(String raw) {
        String s = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        s = s.replaceAll("['’]s?$", "").replaceAll("^the ", "").replaceAll("[.,]+$", "").strip();
        return s;
    }

    /** The family name of a multi-word person name, so "Tara Reid" and a later "Reid" share a term. */
    private static String surname(String name) {
        String[] words = name.split(" ");
        for (int i = words.length - 1; i >= 1; i--) {
            String w = words[i].replace(".", "");
            if (!NAME_SUFFIXES.contains(w)) return w.length() > 1 ? w : null;
        }
        return null;
    }

    /** A number written with digits, without thousands commas; clock times and slashed dates are no count. */
    private static String number(String word) {
        if (word.indexOf(':') >= 0 || word.indexOf('/') >= 0) return null;
        String n = word.replace(",", "");
        return n.chars().anyMatch(Character::isDigit) ? n : null;
    }

    private static String headline(AnnotatedReport annotated) {
        String title = annotated.report().title();
        String line = title != null && !title.isBlank() ? title : annotated.sentences().isEmpty() ? annotated.text() : annotated.sentences().get(0).text();
        line = line.replaceAll("\\s+", " ").strip();
        return line.length() <= HEADLINE_CHARS ? line : line.substring(0, HEADLINE_CHARS - 1) + "…";
    }

    private static Set<String> readList(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = StoryFeatureExtractor.class.getResourceAsStream(name)) {
            if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read " + name, e);
        }
        return out;
    }
}
