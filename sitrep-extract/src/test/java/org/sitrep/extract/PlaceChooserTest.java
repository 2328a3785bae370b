package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Toponym;

class PlaceChooserTest {
    private final PlaceChooser chooser = new PlaceChooser();

    private static Toponym at(String text, String name) {
        int p = text.indexOf(name);
        return new Toponym(new Span(p, p + name.length()), name, 0, null, null);
    }

    @Test
    void a_place_across_a_clause_break_belongs_to_the_other_clause() {
        String text = "In Samarra, a merchant was killed by gunmen, and in Abu Ghraib four people were hurt by a bomb.";
        AnnotatedReport report = new AnnotatedReport(Report.of("r", text, LocalDate.of(2005, 1, 2)), List.of(), false);
        int t = text.indexOf("killed");
        List<Toponym> chosen = chooser.mentions(report, 0, new Span(t, t + "killed".length()), List.of(at(text, "Samarra"), at(text, "Abu Ghraib")));
        assertEquals(List.of("Samarra"), chosen.stream().map(Toponym::text).toList());
    }

    @Test
    void a_name_inside_the_trigger_phrase_is_a_candidate_like_any_other() {
        String text = "Shelling hit the villages of Marsh and Sands on Friday.";
        AnnotatedReport report = new AnnotatedReport(Report.of("r", text, LocalDate.of(2017, 11, 13)), List.of(), false);
        int t = text.indexOf("hit the villages of Marsh");
        List<Toponym> chosen = chooser.mentions(report, 0, new Span(t, t + "hit the villages of Marsh".length()), List.of(at(text, "Marsh"), at(text, "Sands")));
        assertEquals(List.of("Marsh", "Sands"), chosen.stream().map(Toponym::text).toList());
    }
}
