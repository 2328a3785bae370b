package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the article tells about where it is: country weights and the places resolved so far. */
final class ArticleContext {
    private final Map<String, Double> countryWeights = new HashMap<>();
    private final List<Anchor> anchors = new ArrayList<>();
    private final Map<TownVote, Double> townVotes = new HashMap<>();

    /** Whose vote: a town's name and the country it voted for. */
    private record TownVote(String country, String name) {}

    /** A place resolved with confidence, and the mention it came from. */
    record Anchor(GazetteerEntry place, org.sitrep.model.Span source) {}
    private String datelineCountry;

    void addCountry(String country, double weight) {
        if (country != null) countryWeights.merge(country, weight, Double::sum);
    }

    /** An unambiguous town's vote for its country, remembered by name so that the name's own votes can be left out. */
    void addTown(String country, double weight, String name) {
        if (country == null) return;
        addCountry(country, weight);
        townVotes.merge(new TownVote(country, name), weight, Double::sum);
    }

    /**
     * The country's share of the evidence the article gives besides the towns named {@code name}: a lone small namesake
     * abroad ("Church" in "the riot at Church and Snyder", a Brooklyn story) votes for its own country, and must not
     * count as the article pointing there.
     */
    double countryShareBesides(String country, String name) {
        if (country == null) return 0;
        double own = townVotes.getOrDefault(new TownVote(country, name), 0.0);
        double total = totalWeight() - own;
        return total <= 0 ? 0 : (countryWeights.getOrDefault(country, 0.0) - own) / total;
    }

    /** The article's evidence besides the towns named {@code name} (see {@link #countryShareBesides}). */
    double totalWeightBesides(String name) {
        return totalWeight() - townVotes.entrySet().stream().filter(e -> e.getKey().name().equals(name)).mapToDouble(Map.Entry::getValue).sum();
    }

    /** The country of the dateline's place: where the story was filed, some evidence of where it is. */
    void datelineCountry(String country) {
        this.datelineCountry = country;
        addCountry(country, 0.5);
    }

    String datelineCountry() {
        return datelineCountry;
    }

    /** The country's share of the article's country evidence, in [0, 1]. */
    double countryShare(String country) {
        double total = totalWeight();
        return total == 0 || country == null ? 0 : countryWeights.getOrDefault(country, 0.0) / total;
    }

    /** The sum of the article's country evidence: 1 for each country named, 0.5 for each unambiguous town. */
    double totalWeight() {
        return countryWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    boolean hasCountryEvidence() {
        return !countryWeights.isEmpty();
    }

    void addAnchor(GazetteerEntry place, org.sitrep.model.Span source) {
        anchors.add(new Anchor(place, source));
    }

    /** Places resolved with confidence in the article, for the distance pass. */
    List<Anchor> anchors() {
        return anchors;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
