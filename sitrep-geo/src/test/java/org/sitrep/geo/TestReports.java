package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Builds annotated reports by hand: each sentence is a list of tokens written "word", "word/NER" or
 * "word/NER/POS"; consecutive tokens with the same NER tag form one entity mention. A token written "^word" follows
 * the one before without a space ("Hit", "^-", "^And": the tokenizer's pieces of a hyphenated word).
 */
final class TestReports {
    private TestReports() {}

    static AnnotatedReport report(String... sentences) {
        return report(null, sentences);
    }

    static AnnotatedReport report(Report.Dateline dateline, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> annotated = new ArrayList<>();
        for (int si = 0; si < sentences.length; si++) {
            if (si > 0) text.append(' ');
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            String[] parts = sentences[si].trim().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                boolean glued = parts[i].startsWith("^") && parts[i].length() > 1;
                String[] f = (glued ? parts[i].substring(1) : parts[i]).split("/");
                if (i > 0 && !glued) text.append(' ');
                int start = text.length();
                text.append(f[0]);
                String ner = f.length > 1 ? f[1] : "O";
                String pos = f.length > 2 ? f[2] : Character.isUpperCase(f[0].charAt(0)) ? "NNP" : "NN";
                tokens.add(new Token(i, f[0], f[0], f[0].toLowerCase(), pos, ner, new Span(start, text.length())));
            }
            List<EntityMention> entities = new ArrayList<>();
            for (int i = 0; i < tokens.size(); ) {
                String tag = tokens.get(i).ner();
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)) j++;
                if (!tag.equals("O")) {
                    Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
                    String t = text.substring(span.start(), span.end());
                    entities.add(new EntityMention(tag, span, t, t, si, i, j));
                }
                i = j + 1;
            }
            Span sentenceSpan = new Span(sentenceStart, text.length());
            annotated.add(new AnnotatedSentence(new Sentence(si, sentenceSpan, text.substring(sentenceStart)), tokens, entities,
                    List.of(), List.of(), true));
        }
        Report r = Report.of("test", text.toString(), null).withDateline(dateline);
        return new AnnotatedReport(r, annotated, false);
    }
}
