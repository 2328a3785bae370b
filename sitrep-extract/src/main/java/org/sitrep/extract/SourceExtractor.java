package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/**
 * Who says so: speakers of reporting verbs ("..., the monitor said", "said X, a tribal leader",
 * "according to X", "X told reuters"), each with a kind (monitor, residents, military...).
 */
public final class SourceExtractor {
    private static final String VERB = "(said|says|say|told \\w+|reported|added|claimed|stated|announced|confirmed|denied|quoted)";
    private static final Pattern TRAILING = Pattern.compile(",\\s*(?<src>[^,;]{3,140}?)\\s+" + VERB + "(?:\\s+on \\w+)?\\s*[.!]?\\s*$");
    private static final Pattern INVERTED = Pattern.compile(",\\s*" + VERB + "\\s+(?<src>[^.;]{3,140}?)\\s*[.!]?\\s*$");
    private static final Pattern REPORTED_CLAUSE = Pattern.compile("^[^,]*\\b(was|were|is|are|has|have|had|will|would|could|can|did|does|do)\\b");
    private static final Pattern ACCORDING = Pattern.compile("according to\\s+(?<src>[^,.;]{3,140})");
    private static final Pattern LEADING = Pattern.compile("^(?<src>(?:the\\s+)?[a-z][^,;]{2,80}?)\\s+" + VERB + "\\b");
    // unnamed "officials" or "sources" are still sources (weak ones); only pronouns point back to an earlier speaker
    private static final Pattern PRONOUN = Pattern.compile("^(they|he|she|it|we|i)$");

    private final Map<String, Pattern> kinds = new LinkedHashMap<>();

    public SourceExtractor() {
        for (String[] row : ResourceTable.read("source-kinds.tsv")) kinds.put(row[0].trim(), Pattern.compile(row[1].trim()));
    }

    /** The sources named in a sentence; an empty list where it names none or only a pronoun. */
    public List<Source> extract(String sentence, int offset) {
        String lower = TriggerFinder.lowerFlat(sentence);
        List<Source> out = new ArrayList<>();
        for (Pattern p : new Pattern[] {TRAILING, INVERTED, ACCORDING}) {
            Matcher m = p.matcher(lower);
            // ", said al-Rufay'i was killed Thursday in ...": what follows "said" is what was said (a clause with its own verb), not who said it
            if (m.find() && !(p == INVERTED && REPORTED_CLAUSE.matcher(m.group("src")).find())) addSource(out, sentence, m, offset);
        }
        if (out.isEmpty()) {
            Matcher m = LEADING.matcher(lower);
            if (m.find() && m.group("src").split("\\s+").length <= 8) addSource(out, sentence, m, offset);
        }
        return out;
    }

    /** True where the sentence attributes by pronoun only ("they added"): the previous sentence's sources hold. */
    public boolean attributesByPronoun(String sentence) {
        Matcher m = TRAILING.matcher(TriggerFinder.lowerFlat(sentence));
        return m.find() && PRONOUN.matcher(m.group("src").trim()).matches();
    }

    private void addSource(List<Source> out, String sentence, Matcher m, int offset) {
        String src = m.group("src").trim();
        if (PRONOUN.matcher(src).matches()) return;
        String verb = m.groupCount() >= 1 && m.group(0).contains("according to") ? "according to" : verbOf(m);
        // "tribal leaders , residents and a war monitor" names three sources
        for (String part : src.split("\\s*(?:,|\\band\\b)\\s*")) {
            String p = part.trim().replaceFirst("^(the|a|an|two|three|several|some)\\s+", "");
            if (p.length() < 3 || PRONOUN.matcher(p).matches()) continue;
            int at = TriggerFinder.lowerFlat(sentence).indexOf(part.trim(), m.start("src"));
            Span span = at < 0 ? new Span(m.start("src") + offset, m.end("src") + offset) : new Span(at + offset, at + part.trim().length() + offset);
            out.add(new Source(p, kindOf(p), verb, span));
        }
    }

    private static String verbOf(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String v = m.group(g);
            if (v != null && v.matches(VERB)) return v;
        }
        return "said";
    }

    String kindOf(String speaker) {
        for (Map.Entry<String, Pattern> e : kinds.entrySet()) if (e.getValue().matcher(speaker).find()) return e.getKey();
        return "other";
    }
}
