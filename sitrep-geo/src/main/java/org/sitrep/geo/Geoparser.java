package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Toponym;

/**
 * Finds the toponyms of an annotated report and resolves each to a GeoNames place with an ACLED
 * geo_precision: 1 the place itself, 2 near it, 3 only its province or country.
 */
public final class Geoparser {
    /**
     * @param demonymsAsToponyms also report country adjectives ("Syrian") as toponyms of their
     *     country, as GeoWebNews annotates them; off for event places, where they are false places
     */
    public record Options(boolean demonymsAsToponyms) {
        public static Options defaults() {
            return new Options(false);
        }
    }

    private final Gazetteer gazetteer;
    private final ToponymFinder finder;
    private final PlaceResolver resolver;

    public Geoparser(Gazetteer g) {
        this(g, Options.defaults());
    }

    public Geoparser(Gazetteer g, Options options) {
        Gazetteer cached = new CachingGazetteer(g, 50_000);
        this.gazetteer = cached;
        PlaceCues cues = PlaceCues.standard();
        this.finder = new ToponymFinder(cached, cues, options.demonymsAsToponyms());
        this.resolver = new PlaceResolver(cached, cues, PlaceResolver.standardPasses(), options.demonymsAsToponyms());
    }

    public List<Toponym> parse(AnnotatedReport r) {
        List<String> demonymCountries = new ArrayList<>();
        List<Mention> mentions = GroupAcronyms.withoutAcronyms(finder.find(r, demonymCountries), r.text());
        ArticleContext context = new ArticleContext();
        for (String country : demonymCountries) context.addCountry(country, 0.5);
        Report.Dateline dateline = r.report().dateline();
        if (dateline != null && dateline.place() != null) {
            gazetteer.lookup(dateline.place(), 10).stream().filter(GazetteerEntry::exact).findFirst()
                    .ifPresent(e -> context.datelineCountry(e.country()));
        }
        return resolver.resolve(mentions, context, r.text());
    }

    /** How many mentions each resolution pass changed, by the pass's description. */
    public Map<String, Integer> passCounts() {
        return resolver.passCounts();
    }
}
