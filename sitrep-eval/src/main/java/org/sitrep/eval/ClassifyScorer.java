package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores classify.jsonl: accuracy over all gold records (no prediction or no label is wrong) and
 * macro-F1 averaged over the labels present in the gold, so a label the system invents lowers the
 * recall of the true label but does not add a zero of its own.
 */
final class ClassifyScorer implements Scorer {
    static final String NO_LABEL = "(none)";

    @Override
    public EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        Map<String, Map<String, Long>> confusion = new TreeMap<>(); // gold label -> predicted label -> count
        TreeSet<String> predictedLabels = new TreeSet<>();
        List<ObjectNode> errors = new ArrayList<>();
        long correct = 0;
        for (ObjectNode record : gold) {
            String id = JsonFields.id(record);
            String g = Objects.requireNonNullElse(JsonFields.text(record, "label"), NO_LABEL);
            String p = Objects.requireNonNullElse(JsonFields.text(predictedById.get(id), "label"), NO_LABEL);
            confusion.computeIfAbsent(g, k -> new TreeMap<>()).merge(p, 1L, Long::sum);
            predictedLabels.add(p);
            if (g.equals(p) && !g.equals(NO_LABEL)) {
                correct++;
            } else {
                ObjectNode e = JsonNodeFactory.instance.objectNode();
                e.put("id", id);
                e.put("kind", "wrong_label");
                e.put("gold", g);
                e.put("predicted", p);
                e.put("snippet", Markdown.shorten(JsonFields.raw(record, "text"), 300));
                ObjectNode prediction = predictedById.get(id);
                if (prediction != null && prediction.has("evidence")) e.set("evidence", prediction.get("evidence").deepCopy());
                errors.add(e);
            }
        }
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        ObjectNode perLabel = details.putObject("per_label");
        List<List<String>> labelRows = new ArrayList<>();
        double f1Sum = 0;
        int labels = 0;
        double acledF1Sum = 0;
        int acledLabels = 0;
        for (String label : confusion.keySet()) {
            if (label.equals(NO_LABEL)) continue;
            long support = confusion.get(label).values().stream().mapToLong(Long::longValue).sum();
            long tp = confusion.get(label).getOrDefault(label, 0L);
            long predicted = confusion.values().stream().mapToLong(row -> row.getOrDefault(label, 0L)).sum();
            Double f1 = Metrics.f1(tp, predicted, support);
            f1Sum += f1;
            labels++;
            // The issue's target is macro-F1 over ACLED's 25 sub-event types; sets may add out-of-taxonomy labels.
            if (org.sitrep.model.SubEventType.fromLabel(label) != null) {
                acledF1Sum += f1;
                acledLabels++;
            }
            ObjectNode row = perLabel.putObject(label);
            row.put("support", support);
            row.put("predicted", predicted);
            EventTally.putFraction(row, "precision", Metrics.ratio(tp, predicted));
            EventTally.putFraction(row, "recall", Metrics.ratio(tp, support));
            EventTally.putFraction(row, "f1", f1);
            labelRows.add(List.of(label, "" + support, "" + predicted, Markdown.fraction(Metrics.ratio(tp, predicted)),
                    Markdown.fraction(Metrics.ratio(tp, support)), Markdown.fraction(f1)));
        }
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("n", (long) gold.size());
        h.put("accuracy", Metrics.round(Metrics.ratio(correct, gold.size()), 4));
        h.put("macro_f1", Metrics.round(labels == 0 ? null : f1Sum / labels, 4));
        h.put("macro_f1_acled", Metrics.round(acledLabels == 0 ? null : acledF1Sum / acledLabels, 4));
        ObjectNode matrix = details.putObject("confusion");
        confusion.forEach((g, row) -> {
            ObjectNode r = matrix.putObject(g);
            row.forEach(r::put);
        });
        details.put("unknown_prediction_ids", UnknownIds.count(gold, predictedById));
        details.put("macro_f1_labels", labels);
        details.put("macro_f1_acled_labels", acledLabels);

        Markdown md = new Markdown().title("sitrep eval: classify");
        md.paragraph(gold.size() + " records, " + labels + " gold labels. Accuracy counts a missing prediction as "
                + "wrong; macro-F1 averages per-label F1 over the labels present in the gold.");
        md.heading("Headline").figures(h);
        md.heading("Per label").table(List.of("label", "support", "predicted", "P", "R", "F1"), labelRows);
        confusionTable(md, confusion, predictedLabels);
        md.heading("Most frequent confusions").table(List.of("gold", "predicted", "count"), topConfusions(confusion));
        return new EvalResult(EvalTask.CLASSIFY, h, md.toString(), errors, details);
    }

    /** Rows are gold labels; columns are numbered so 30 labels still fit on a screen. */
    private static void confusionTable(Markdown md, Map<String, Map<String, Long>> confusion, TreeSet<String> predicted) {
        List<String> columns = new ArrayList<>(predicted);
        List<String> header = new ArrayList<>(List.of("gold \\ predicted"));
        for (int i = 0; i < columns.size(); i++) header.add("" + (i + 1));
        List<List<String>> rows = new ArrayList<>();
        confusion.forEach((g, row) -> {
            List<String> cells = new ArrayList<>(List.of(g));
            for (String c : columns) {
                long n = row.getOrDefault(c, 0L);
                cells.add(n == 0 ? "" : "" + n);
            }
            rows.add(cells);
        });
        StringBuilder key = new StringBuilder("Columns: ");
        for (int i = 0; i < columns.size(); i++) key.append(i == 0 ? "" : "; ").append(i + 1).append(" = ").append(columns.get(i));
        md.heading("Confusion matrix").paragraph(key.toString()).table(header, rows);
    }

    private static List<List<String>> topConfusions(Map<String, Map<String, Long>> confusion) {
        List<List<String>> cells = new ArrayList<>();
        List<Object[]> all = new ArrayList<>();
        confusion.forEach((g, row) -> row.forEach((p, n) -> {
            if (!g.equals(p)) all.add(new Object[] {g, p, n});
        }));
        all.sort((a, b) -> Long.compare((Long) b[2], (Long) a[2]));
        for (Object[] c : all.subList(0, Math.min(15, all.size()))) cells.add(List.of((String) c[0], (String) c[1], "" + c[2]));
        return cells;
    }
}
