package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Splits a report into sentences: at the input's own breaks where it has them (one sentence a line),
 * else with CoreNLP's tokenizer and splitter. Paragraph breaks (blank lines) always end a sentence.
 */
public final class SentenceSplitter {
    private final StanfordCoreNLP splitter;

    public SentenceSplitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        this.splitter = new StanfordCoreNLP(p, false);
    }

    public List<Sentence> split(Report report) {
        String text = report.text();
        List<Sentence> out = new ArrayList<>();
        if (!report.sentenceBreaks().isEmpty()) {
            int start = 0;
            List<Integer> breaks = new ArrayList<>(report.sentenceBreaks());
            if (breaks.get(breaks.size() - 1) < text.length()) breaks.add(text.length());
            for (int end : breaks) {
                add(out, text, start, Math.min(end, text.length()));
                start = Math.min(end, text.length());
            }
            return out;
        }
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            add(out, text, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(out.size(), new Span(start, end), text.substring(start, end)));
    }
}
