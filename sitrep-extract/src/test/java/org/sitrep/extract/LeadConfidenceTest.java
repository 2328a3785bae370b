package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** The lead's act outranks a more specific word further down, so it becomes the report's main event. */
class LeadConfidenceTest {
    private static final List<String> LINES = List.of(
            "A bomb exploded at a market in the town on Monday, killing five people.",
            "The governor condemned the blast.",
            "Shops stayed closed on Tuesday.",
            "Residents said they feared more violence.",
            "Last year warplanes carried out air strikes on a nearby village.");

    @Test
    void an_act_past_the_lead_counts_for_less_than_the_leads_own() {
        List<AnnotatedSentence> sentences = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < LINES.size(); i++) {
            String line = LINES.get(i);
            sentences.add(new AnnotatedSentence(new Sentence(i, new Span(at, at + line.length()), line), List.of(), List.of(), List.of(), List.of(), true));
            at += line.length() + 1;
        }
        AnnotatedReport report = new AnnotatedReport(Report.of("r", String.join("\n", LINES), LocalDate.of(2020, 3, 3)), sentences, false);
        double bomb = EventExtractor.confidence(report, sentences.get(0), new Trigger(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, new Span(2, 17), "bomb exploded", 70));
        double strikes = EventExtractor.confidence(report, sentences.get(4), new Trigger(SubEventType.AIR_DRONE_STRIKE, new Span(0, 1), "air strikes", 80));
        assertTrue(bomb > strikes, bomb + " vs " + strikes);
        double leadStrikes = EventExtractor.confidence(report, sentences.get(1), new Trigger(SubEventType.AIR_DRONE_STRIKE, new Span(0, 1), "air strikes", 80));
        assertTrue(leadStrikes > bomb, "within the lead the more specific word still wins");
    }
}
