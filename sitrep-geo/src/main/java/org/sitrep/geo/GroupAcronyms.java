package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a report defines for a group: "the Movement of the Revolutionary Left, MIR,", "the Farabundo Marti National
 * Liberation Front (FMLN)". Such a word names the group wherever the report uses it ("the MIR spokesman"), never a place,
 * though a town somewhere may bear it (Mir, Belarus). Only a name holding a group's word (movement, front, party, army,
 * ...) defines one, so "the national police headquarters, LIMA," keeps Lima a place. Written here because the
 * tagger's entity types do not link an acronym to the name it abbreviates.
 */
final class GroupAcronyms {
    private static final Pattern DEFINED = Pattern.compile(
            "\\b((?:movement|front|party|army|union|command|organi[sz]ation|council|alliance|forces|group|committee|association|league"
            + "|federation|confederation|brigades?|commandos?|squads?|militia|coalition|guerrillas?)\\b[^,;()\\[\\].]{0,60}?)"
            + "(?:,\\s*|\\s*[(\\[]\\s*)([A-Za-z]{2,6})\\s*[,)\\]]", Pattern.CASE_INSENSITIVE);

    private GroupAcronyms() {}

    /** The acronyms (upper-cased) the text defines for groups. */
    static Set<String> in(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String acronym = m.group(2);
            // an acronym is written in capitals, whatever the casing of the text around it, and opens with the initial of a
            // word of its name ("Movement ..., MIR"; in all-capitals copy "NATIONAL POLICE FORCES, LIMA," names a place)
            String name = text.substring(Math.max(0, m.start() - 40), m.end(1)).toUpperCase(Locale.ROOT);
            boolean initial = java.util.Arrays.stream(name.split("[^\\p{L}]+")).anyMatch(w -> !w.isEmpty() && w.charAt(0) == acronym.charAt(0));
            if (acronym.equals(acronym.toUpperCase(Locale.ROOT)) && initial) out.add(acronym);
        }
        return out;
    }

    /** The mentions that are not a group's acronym. */
    static List<Mention> withoutAcronyms(List<Mention> mentions, String text) {
        Set<String> acronyms = in(text);
        if (acronyms.isEmpty()) return mentions;
        return mentions.stream().filter(m -> !acronyms.contains(m.text().toUpperCase(Locale.ROOT))).toList();
    }
}
