package org.sitrep.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * A capital named by its country rather than by its name: "in Cameroon's capital", "the capital of Peru", "in the
 * Somali capital", or "in the capital" of the report's own country. ACLED codes such an act at the capital city
 * (precision 1; 2 for "near" or "outside" it), not at the country. The capital comes from the gazetteer (GeoNames
 * feature code PPLC); "12 km east of the capital" names a bearing from it, not the place, and "the provincial capital"
 * names a capital the gazetteer does not list by country, so neither is read; nor is "outside the capital's US embassy", where
 * the capital is only the owner of the place, and whose capital is left to the sentence before.
 */
public final class CapitalPlaces {
    /** The capital city of a country given by its ISO code, as a place with no mention yet. */
    @FunctionalInterface
    public interface Lookup {
        Optional<Place> capitalOf(String country);
    }

    /** No lookup: capitals named by their country stay unread. */
    public static final CapitalPlaces NONE = new CapitalPlaces(country -> Optional.empty(), null);

    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^\\s*['’]\\s*s\\s+(capital)\\b");
    private static final Pattern OF_BEFORE = Pattern.compile("\\b(capital)(\\s+city)?\\s+of\\s+(the\\s+)?$");
    private static final Pattern UNNAMED = Pattern.compile("\\b(in|at|inside|across|throughout|near|outside|around|on the outskirts of)\\s+the\\s+(?:([\\p{L}-]+)\\s+)?(capital)\\b(?!\\s*['’]\\s*s\\b)");
    private static final Pattern BEARING = Pattern.compile("\\b(north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western)\\w*\\s+(of|from)\\s+the\\s+$");
    private static final Pattern NEAR = Pattern.compile("^(near|outside|around|on the outskirts of)$");

    private final Lookup lookup;
    private final ActorDictionary countries;

    /** {@code countries}: reads "the Somali capital" (a demonym) or "the Afghanistan capital"; may be null. */
    public CapitalPlaces(Lookup lookup, ActorDictionary countries) {
        this.lookup = lookup;
        this.countries = countries;
    }

    /**
     * The capital when the place the sentence names is a country that owns it ("in Cameroon's capital", "the capital of
     * Peru"); else empty. {@code country}: the resolved country mention.
     */
    Optional<Place> ownedBy(String text, Place country, Span mention) {
        if (country == null || !country.countryOnly() || country.country() == null) return Optional.empty();
        String after = TriggerFinder.lowerFlat(text.substring(mention.end(), Math.min(text.length(), mention.end() + 16)));
        Matcher m = POSSESSIVE_AFTER.matcher(after);
        if (m.find()) return at(country.country(), new Span(mention.start(), mention.end() + m.end(1)), text, 1);
        String before = TriggerFinder.lowerFlat(text.substring(Math.max(0, mention.start() - 24), mention.start()));
        Matcher o = OF_BEFORE.matcher(before);
        if (o.find()) return at(country.country(), new Span(mention.start() - before.length() + o.start(1), mention.end()), text, 1);
        return Optional.empty();
    }

    /**
     * "in the capital", "in the Somali capital": the capital of the country the demonym names, or of {@code home} (the
     * report's own country) when none is named; empty when the sentence names no capital this way.
     */
    Optional<Place> unnamed(String text, Span sentence, String home) {
        String lower = TriggerFinder.lowerFlat(text.substring(sentence.start(), sentence.end()));
        Matcher m = UNNAMED.matcher(lower);
        while (m.find()) {
            if (BEARING.matcher(lower.substring(Math.max(0, m.start() - 30), m.start())).find()) continue;
            String country = home;
            if (m.group(2) != null) {
                String[] named = countries == null ? null : countries.countryOfWord(m.group(2));
                if (named == null) continue; // "the provincial capital", "the federal capital"
                country = named[0];
            }
            if (country == null) continue;
            int precision = NEAR.matcher(m.group(1)).matches() ? 2 : 1;
            return at(country, new Span(sentence.start() + m.start(1) + m.group(1).length() + 1, sentence.start() + m.end(3)), text, precision);
        }
        return Optional.empty();
    }

    private Optional<Place> at(String country, Span span, String text, int precision) {
        return lookup.capitalOf(country).map(c -> new Place(c.name(), c.geonameId(), c.country(), c.admin1(), c.admin2(), c.lat(), c.lon(), precision,
                c.featureClass(), text.substring(span.start(), span.end()), span, c.score(), c.candidates()));
    }
}
