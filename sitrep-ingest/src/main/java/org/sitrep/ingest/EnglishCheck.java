package org.sitrep.ingest;

import java.lang.Character.UnicodeScript;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap, deliberately cautious test that a text is not English: either most of its letters are not
 * Latin, or among enough words almost none is a common English function word (English news runs at a
 * third or more; French, Spanish or German share only a few such words). Short texts always pass:
 * refusing an English report is worse than reading a foreign one.
 */
final class EnglishCheck {
    private static final int MIN_WORDS = 40;
    private static final int MIN_LETTERS = 100;
    private static final double MAX_FUNCTION_SHARE = 0.10;
    private static final double MIN_LATIN_SHARE = 0.3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> functionWords;

    EnglishCheck() {
        this.functionWords = new HashSet<>(ResourceLines.read("english-function-words.txt"));
    }

    boolean clearlyNotEnglish(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) return false;
        long latin = text.codePoints().filter(c -> Character.isLetter(c) && UnicodeScript.of(c) == UnicodeScript.LATIN).count();
        if (latin < MIN_LATIN_SHARE * letters) return true;
        int words = 0;
        int function = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            if (functionWords.contains(m.group())) function++;
        }
        return words >= MIN_WORDS && function < MAX_FUNCTION_SHARE * words;
    }
}
