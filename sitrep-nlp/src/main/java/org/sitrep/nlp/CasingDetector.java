package org.sitrep.nlp;

/**
 * Decides whether text needs truecasing: NER models trained on edited news fail on lowercased wire copy
 * and on all-caps telegrams (MUC), so those go through CoreNLP's truecaser first.
 */
public final class CasingDetector {
    private static final int SAMPLE = 20_000;

    public boolean needsTruecasing(String text) {
        int upper = 0;
        int lower = 0;
        int sentenceStartsUpper = 0;
        int sentenceStarts = 0;
        boolean atStart = true;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) upper++;
                else if (Character.isLowerCase(c)) lower++;
                if (atStart) {
                    sentenceStarts++;
                    if (Character.isUpperCase(c)) sentenceStartsUpper++;
                    atStart = false;
                }
            } else if (c == '.' || c == '\n' || c == '?' || c == '!') {
                atStart = true;
            }
        }
        int letters = upper + lower;
        if (letters < 20) return false;
        double upperShare = (double) upper / letters;
        // all caps: telegram style; almost no capitals: lowercased wire copy.
        if (upperShare > 0.8) return true;
        if (upperShare < 0.01) return true;
        // Edited prose capitalizes most sentence starts; lowercased text with a few acronyms does not.
        return sentenceStarts >= 3 && sentenceStartsUpper * 4 < sentenceStarts && upperShare < 0.03;
    }
}
