package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;
import org.sitrep.model.Toponym;

/**
 * A village the gazetteer lacks, named as a settlement ("the town of X", "villages of X and Y"), is
 * put at the article's main town with precision 2, as ACLED codes an unlocatable village near a
 * known town. The main town is the populated place the article names most, the nearest before the
 * mention on a tie, among the towns named in the mention's sentence or the two before it: the text
 * relates a village to a town it has just named ("the town of X, east of the city"). A town named only
 * elsewhere may be far away, or a capital standing for its government ("Khartoum denied"): a refugee camp
 * in South Sudan is not near Khartoum, so such a village stays unplaced.
 */
final class NearbyTown {
    private NearbyTown() {}

    static void placeUnknown(List<Mention> mentions, List<Integer> unknown, List<Toponym> out, String text) {
        for (int i : unknown) {
            if (mentions.get(i).cue() != Mention.Cue.NAMED && mentions.get(i).cue() != Mention.Cue.NEAR) continue;
            Place town = mainTown(out, mentions.get(i).span().start(), mentions.get(i).sentenceIndex());
            if (town == null) continue;
            // "the village of Qana in southern Lebanon": a town of another country is not near it
            String country = countryNamedAfter(i, mentions, out, text);
            if (country != null && !country.equals(town.country())) continue;
            Mention m = mentions.get(i);
            Place near = new Place(m.text(), 0, town.country(), town.admin1(), town.admin2(), town.lat(), town.lon(), 2, null,
                    m.text(), m.span(), 0, List.of(new Place.Candidate(town.geonameId(), town.name(), town.country(),
                            town.lat(), town.lon(), town.score())));
            out.set(i, new Toponym(m.span(), m.text(), m.sentenceIndex(), near, "not in the gazetteer; placed near " + town.name(), m.role()));
        }
    }

    /** The country the sentence puts mention {@code i} in ("X in Y", "X in southern Y"), or null. */
    private static String countryNamedAfter(int i, List<Mention> mentions, List<Toponym> out, String text) {
        if (i + 1 >= mentions.size() || out.get(i + 1) == null || out.get(i + 1).place() == null) return null;
        Mention m = mentions.get(i);
        Mention next = mentions.get(i + 1);
        if (next.sentenceIndex() != m.sentenceIndex() || next.span().start() < m.span().end()) return null;
        Place area = out.get(i + 1).place();
        return area.countryOnly() && PlaceResolver.IN_AREA.matcher(text.substring(m.span().end(), next.span().start())).matches() ? area.country() : null;
    }

    /** Sentences before the mention's own in which a town it is placed near may be named. */
    static final int SENTENCES_BEFORE = 2;

    private static Place mainTown(List<Toponym> resolved, int before, int sentence) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, Place> byId = new HashMap<>();
        Map<Long, Integer> lastBefore = new HashMap<>();
        java.util.Set<Long> local = new java.util.HashSet<>();
        for (Toponym t : resolved) {
            Place p = t == null ? null : t.place();
            if (p == null || !"P".equals(p.featureClass()) || p.geoPrecision() != 1) continue;
            counts.merge(p.geonameId(), 1, Integer::sum);
            byId.putIfAbsent(p.geonameId(), p);
            if (t.span().start() < before) lastBefore.put(p.geonameId(), t.span().start());
            if (t.sentenceIndex() <= sentence && t.sentenceIndex() >= sentence - SENTENCES_BEFORE) local.add(p.geonameId());
        }
        counts.keySet().retainAll(local);
        return counts.keySet().stream()
                .max((a, b) -> counts.get(a).equals(counts.get(b))
                        ? Integer.compare(lastBefore.getOrDefault(a, -1), lastBefore.getOrDefault(b, -1))
                        : Integer.compare(counts.get(a), counts.get(b)))
                .map(byId::get).orElse(null);
    }
}
