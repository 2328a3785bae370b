package org.sitrep.geo;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Place;
import org.sitrep.model.Toponym;

/**
 * A named place the gazetteer lacks (a building, an estate, a prison, a company tagged as a place) whose name holds
 * a place it has: "Tianjin No. 2 Detention Centre", "South Kilburn Estate", "Manila Cathedral". Placed at that
 * place, with the precision of a place near a town (2) or of a region or country (3), never as that place itself:
 * the mention keeps its own name. Only countries, and towns of 100,000 or more in a country the article is about,
 * count, each by its own name: a village's or a region's name is too often a word ("South", "Eastern", "Nile").
 */
final class NameInside {
    private static final int MAX_WORDS = 3;

    private NameInside() {}

    static Optional<Toponym> place(Mention m, Gazetteer gazetteer, ArticleContext context) {
        String[] words = m.text().split("\\s+");
        if (words.length < 2) return Optional.empty();
        for (int len = Math.min(MAX_WORDS, words.length - 1); len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len));
                if (!Character.isUpperCase(part.codePointAt(0))) continue;
                Optional<GazetteerEntry> e = gazetteer.lookup(part, 10).stream().filter(g -> g.exact() && ToponymFinder.ownName(g, part)
                        && (g.isCountry() || "P".equals(g.featureClass()) && g.population() >= ToponymFinder.MAJOR_TOWN && context.countryShare(g.country()) > 0)).findFirst();
                if (e.isPresent()) return Optional.of(toponym(m, e.get()));
            }
        }
        return Optional.empty();
    }

    private static Toponym toponym(Mention m, GazetteerEntry e) {
        int precision = e.isCountry() || e.isAdminRegion() ? 3 : 2;
        Place p = new Place(m.text(), 0, e.country(), e.admin1Name(), e.admin2Name(), e.lat(), e.lon(), precision, null, m.text(), m.span(), 0,
                List.of(new Place.Candidate(e.geonameId(), e.name(), e.country(), e.lat(), e.lon(), e.matchScore())));
        return new Toponym(m.span(), m.text(), m.sentenceIndex(), p, "not in the gazetteer; placed at " + e.name() + ", whose name it holds", m.role());
    }
}
