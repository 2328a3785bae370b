package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sitrep.model.TimeSpan;
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
        double bomb = EventConfidence.confidence(report, sentences.get(0), new Trigger(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, new Span(2, 17), "bomb exploded", 70));
        double strikes = EventConfidence.confidence(report, sentences.get(4), new Trigger(SubEventType.AIR_DRONE_STRIKE, new Span(0, 1), "air strikes", 80));
        assertTrue(bomb > strikes, bomb + " vs " + strikes);
        double leadStrikes = EventConfidence.confidence(report, sentences.get(1), new Trigger(SubEventType.AIR_DRONE_STRIKE, new Span(0, 1), "air strikes", 80));
        assertTrue(leadStrikes > bomb, "within the lead the more specific word still wins");
    }

    @Test
    void an_act_dated_years_before_publication_is_history_and_counts_for_half() {
        TimeSpan old = new TimeSpan(LocalDate.of(1999, 6, 1), LocalDate.of(1999, 6, 30), 2, "June 1999", null, false, null);
        TimeSpan recent = new TimeSpan(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 2), 1, "Monday", null, false, null);
        assertTrue(EventConfidence.history(old, LocalDate.of(2020, 3, 3)));
        assertFalse(EventConfidence.history(recent, LocalDate.of(2020, 3, 3)));
        assertFalse(EventConfidence.history(TimeSpan.unknown("none"), LocalDate.of(2020, 3, 3)), "an undated act is not history");
        assertFalse(EventConfidence.history(old, null), "without a publication date nothing is old");
    }
}
