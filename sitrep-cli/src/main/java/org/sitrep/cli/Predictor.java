package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.eval.EvalTask;
import org.sitrep.extract.PlaceChooser;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Toponym;

/** Turns the pipeline's output for one gold record into a prediction record of the task's format. */
final class Predictor {
    private final ObjectMapper json;
    private final EventJson events;
    private final Pipeline pipeline;
    private final PlaceChooser places = new PlaceChooser();

    Predictor(ObjectMapper json, Pipeline pipeline) {
        this.json = json;
        this.events = new EventJson(json);
        this.pipeline = pipeline;
    }

    ObjectNode predict(EvalTask task, ObjectNode gold, ReportResult r) {
        ObjectNode o = json.createObjectNode();
        o.put("id", gold.path("id").asText());
        switch (task) {
            case EVENTS -> {
                ArrayNode arr = o.putArray("events");
                for (Event e : r.events()) arr.add(events.toJson(e));
            }
            case GEOPARSE -> {
                ArrayNode arr = o.putArray("toponyms");
                for (Toponym t : r.toponyms()) {
                    ObjectNode x = arr.addObject().put("start", t.span().start()).put("end", t.span().end()).put("text", t.text());
                    if (t.place() != null) x.put("name", t.place().name()).put("lat", t.place().lat()).put("lon", t.place().lon());
                }
            }
            case TIMEX -> {
                ArrayNode arr = o.putArray("timexes");
                for (TimeExpression t : pipeline.timeResolver().expressions(r.annotated())) {
                    arr.addObject().put("start", t.span().start()).put("end", t.span().end()).put("text", t.text()).put("type", t.type()).put("value", t.value());
                }
            }
            case CLASSIFY -> o.put("label", pipeline.extractor().classify(r.events(), r.annotated().text()));
            case EVENTLOC -> {
                ArrayNode arr = o.putArray("locations");
                Span trigger = new Span(gold.path("trigger").path("start").asInt(), gold.path("trigger").path("end").asInt());
                int sentence = sentenceOf(r, trigger);
                // a trigger word in another sense ("Hosts Canada captured the silver", "captured the imagination")
                // names no act, so no place of one: the extractor's own test of the word's sense
                String sense = sentence < 0 ? null : otherSense(r, sentence, trigger);
                if (sense != null) o.put("no_event", sense);
                if (sentence >= 0 && sense == null) {
                    for (var t : places.mentions(r.annotated(), sentence, trigger, r.toponyms())) {
                        arr.addObject().put("start", t.span().start()).put("end", t.span().end()).put("text", t.text());
                    }
                }
            }
            case CLUSTERS -> throw new IllegalStateException("clusters are scored from the incident store");
            case FIVE_W_ONE_H -> {
                o.put("main_type", pipeline.extractor().mainType(r.events(), r.annotated().text()).map(t -> t.label()).orElse("NONE"));
                o.set("main_event", ClusterPredictor.primary(r.events()).map(this::mainEvent).orElse(null));
            }
        }
        return o;
    }

    private static final java.util.Set<String> OTHER_SENSES = java.util.Set.of("other sense", "sport", "figurative");

    private String otherSense(ReportResult r, int sentence, Span trigger) {
        var s = r.annotated().sentences().get(sentence);
        return pipeline.extractor().background().reason(s.text(), s.sentence().span().start(), trigger).filter(OTHER_SENSES::contains).orElse(null);
    }

    /** The main event's date range and place (its location evidence phrase and place name), and its sentence. */
    private ObjectNode mainEvent(Event e) {
        ObjectNode m = json.createObjectNode();
        m.put("event_type", e.type() == null ? null : e.type().label());
        m.put("sub_event_type", e.subType() == null ? null : e.subType().label());
        ObjectNode date = m.putObject("date");
        boolean known = e.date() != null && e.date().known();
        date.put("earliest", known ? e.date().earliest().toString() : null);
        date.put("latest", known ? e.date().latest().toString() : null);
        date.put("text", e.date() == null ? null : e.date().text());
        ObjectNode location = m.putObject("location");
        String phrase = e.evidence().stream().filter(x -> x.field().equals("location")).map(Evidence::text).filter(t -> !t.isBlank())
                .findFirst().orElse(e.location() == null ? null : e.location().mention());
        location.put("phrase", phrase);
        location.put("name", e.location() == null ? null : e.location().name());
        m.put("sentence", e.sentence() == null ? null : e.sentence().text());
        m.put("confidence", e.confidence());
        return m;
    }

    private static int sentenceOf(ReportResult r, Span s) {
        for (var sentence : r.annotated().sentences()) if (sentence.sentence().span().overlaps(s)) return sentence.index();
        return -1;
    }
}
