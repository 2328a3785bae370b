package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * The annotation stage: Stanford CoreNLP with truecasing for lowercased or all-caps text. Sentences are
 * annotated one by one so the cheap first pass can skip the costly annotators where no event can be;
 * SUTime runs only where a sentence has a time cue. Offsets always point into the original text.
 * Thread-safe: one instance is shared by all worker threads (the truecaser, which is not, is called by one at a time).
 */
public final class CoreNlpAnnotator {
    // Words that may start a time expression; SUTime is skipped on sentences without any.
    private static final Pattern TIME_CUE = Pattern.compile(
            "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
                    + "|\\b(today|tonight|yesterday|tomorrow|now|currently|recent|recently|ago|earlier|later|week|weeks|month|months"
                    + "|year|years|day|days|hour|hours|minute|minutes|morning|afternoon|evening|night|noon|midnight|weekend"
                    + "|decade|decades|century|quarter|season|spring|summer|autumn|fall|winter|since|until|past|last|next|former|once)\\b"
                    + "|\\b\\d{4}\\b|\\d{1,2}[:/.-]\\d{1,2}");

    private final AnnotatorOptions options;
    private final CasingDetector casing = new CasingDetector();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP truecaser;
    private final StanfordCoreNLP full;
    private final TimeAnnotator sutime;

    public CoreNlpAnnotator(AnnotatorOptions options) {
        this.options = options;
        this.tokenizer = pipeline("tokenize,ssplit");
        this.truecaser = pipeline("tokenize,ssplit,truecase");
        this.full = pipeline(options.parse() ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
        Properties t = new Properties();
        t.setProperty("sutime.includeRange", "true");
        t.setProperty("sutime.markTimeRanges", "true");
        this.sutime = options.timeTagging() == AnnotatorOptions.TimeTagging.NONE ? null : new TimeAnnotator("sutime", t, true);
    }

    private static StanfordCoreNLP pipeline(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("truecase.overwriteText", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return new StanfordCoreNLP(p, false);
    }

    public AnnotatedReport annotate(Report report, SentenceSelector selector) {
        boolean truecase = switch (options.casing()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> casing.needsTruecasing(report.text());
        };
        String docDate = report.published() == null ? null : report.published().toString();
        List<AnnotatedSentence> out = new ArrayList<>();
        for (Sentence s : splitter.split(report)) {
            out.add(selector.needsFullAnnotation(s) ? annotateFully(s, truecase, docDate, selector.needsTimeTagging(s)) : tokenizeOnly(s));
        }
        return new AnnotatedReport(report, out, truecase);
    }

    private AnnotatedSentence tokenizeOnly(Sentence s) {
        Annotation a = new Annotation(s.text());
        tokenizer.annotate(a);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel l : a.get(CoreAnnotations.TokensAnnotation.class)) {
            Span span = new Span(l.beginPosition(), l.endPosition()).shift(s.span().start());
            String w = s.text().substring(l.beginPosition(), l.endPosition());
            tokens.add(new Token(tokens.size(), w, w, null, null, "O", span));
        }
        return new AnnotatedSentence(s, tokens, List.of(), List.of(), List.of(), false);
    }

    private AnnotatedSentence annotateFully(Sentence s, boolean truecase, String docDate, boolean timeWanted) {
        String cased = truecase ? truecase(s.text()) : s.text();
        Annotation a = new Annotation(cased);
        if (docDate != null) a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        full.annotate(a);
        boolean timeTag = sutime != null && timeWanted && (options.timeTagging() == AnnotatorOptions.TimeTagging.ALL || TIME_CUE.matcher(s.text()).find());
        if (timeTag) sutime.annotate(a);
        int base = s.span().start();
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        List<TimeExpression> timexes = new ArrayList<>();
        int tokenOffset = 0;
        for (CoreMap sent : sentences) {
            List<CoreLabel> labels = sent.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel l : labels) {
                Span span = new Span(l.beginPosition() + base, l.endPosition() + base);
                String word = s.text().substring(l.beginPosition(), l.endPosition());
                String casedWord = cased.substring(l.beginPosition(), l.endPosition());
                tokens.add(new Token(tokens.size(), word, casedWord, l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(), span));
            }
            List<CoreMap> mentions = sent.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                    int first = tokenOffset + mt.get(0).index() - 1;
                    int last = tokenOffset + mt.get(mt.size() - 1).index() - 1;
                    entities.add(new EntityMention(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), new Span(b + base, e + base),
                            s.text().substring(b, e), cased.substring(b, e), s.index(), first, last));
                }
            }
            if (options.parse()) {
                SemanticGraph g = sent.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                if (g != null) {
                    for (var root : g.getRoots()) deps.add(new Dependency("root", -1, tokenOffset + root.index() - 1));
                    for (SemanticGraphEdge edge : g.edgeIterable()) {
                        deps.add(new Dependency(edge.getRelation().toString(), tokenOffset + edge.getGovernor().index() - 1,
                                tokenOffset + edge.getDependent().index() - 1));
                    }
                }
            }
            List<CoreMap> tx = sent.get(TimeAnnotations.TimexAnnotations.class);
            if (tx != null) {
                for (CoreMap t : tx) {
                    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                    int b = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    if (timex == null || e <= b) continue;
                    timexes.add(new TimeExpression(new Span(b + base, e + base), s.text().substring(b, e), s.index(),
                            timex.timexType(), timex.value() != null ? timex.value() : timex.altVal(), null));
                }
            }
            tokenOffset += labels.size();
        }
        return new AnnotatedSentence(s, tokens, entities, deps, timexes, true);
    }

    /** The sentence with each token recased by CoreNLP's truecaser; same length, so offsets hold. */
    private String truecase(String text) {
        Annotation a = new Annotation(text);
        // CoreNLP's truecaser is not safe to call from two threads at once (measured: a group's name in all-caps copy now and
        // then lost its NER tags under 2-4 workers, ConcurrentExtractIT); it is a small part of a sentence's cost
        synchronized (truecaser) {
            truecaser.annotate(a);
        }
        char[] chars = text.toCharArray();
        for (CoreLabel l : a.get(CoreAnnotations.TokensAnnotation.class)) {
            String tc = l.get(CoreAnnotations.TrueCaseTextAnnotation.class);
            int b = l.beginPosition();
            int e = l.endPosition();
            if (tc == null || e - b != tc.length() || !tc.equalsIgnoreCase(text.substring(b, e))) continue;
            tc.getChars(0, tc.length(), chars, b);
        }
        return new String(chars);
    }
}
