package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.CodedReport;

/**
 * Seeded synthetic reports for the store benchmark, no NLP: 1 to 3 events each, ACLED types, towns
 * scattered inside a dozen countries' boxes, days over three years, a few actors per country, and
 * skewed tolls. The same seed gives the same events.
 */
final class SyntheticEvents {
    /** ISO2 and a rough box (west, south, east, north) inside the country. */
    private record Country(String iso2, double west, double south, double east, double north) {}

    static final LocalDate FIRST_DAY = LocalDate.parse("2021-01-01");
    static final int DAYS = 3 * 365;
    private static final List<Country> COUNTRIES = List.of(new Country("SY", 36.0, 32.8, 41.5, 37.0), new Country("IQ", 39.5, 29.5, 47.5, 36.8),
            new Country("YE", 43.0, 13.0, 51.5, 17.5), new Country("UA", 23.0, 45.5, 39.5, 51.8), new Country("SD", 22.5, 9.0, 36.5, 21.5),
            new Country("ML", -11.0, 11.0, 3.5, 24.0), new Country("NG", 3.5, 5.0, 14.0, 13.5), new Country("CD", 13.0, -12.0, 30.5, 4.5),
            new Country("SO", 41.5, -1.5, 50.5, 11.0), new Country("AF", 61.5, 30.0, 71.0, 38.0), new Country("MM", 93.0, 10.5, 100.5, 27.5),
            new Country("ET", 34.0, 4.0, 46.0, 14.5));
    private static final int TOWNS_PER_COUNTRY = 300;
    private static final String[] GROUPS = {"Military Forces", "Police Forces", "Rebel Front", "Militia", "Unidentified Armed Group", "Protesters", "Rioters", "Civilians"};
    private static final int[] INTER = {1, 1, 2, 3, 3, 6, 5, 7};
    private static final String[] OUTLETS = {"Wire A", "Wire B", "Monitor C", "Local Radio D", "Daily E"};
    private final Random random;
    private final List<List<Place>> towns = new ArrayList<>();
    private int reports;

    SyntheticEvents(long seed) {
        this.random = new Random(seed);
        for (int c = 0; c < COUNTRIES.size(); c++) {
            Country country = COUNTRIES.get(c);
            List<Place> list = new ArrayList<>();
            for (int t = 0; t < TOWNS_PER_COUNTRY; t++) {
                double lat = country.south() + random.nextDouble() * (country.north() - country.south());
                double lon = country.west() + random.nextDouble() * (country.east() - country.west());
                String name = "Town " + country.iso2() + "-" + t;
                list.add(new Place(name, 90_000_000L + c * 1000L + t, country.iso2(), country.iso2() + "-R" + (t % 12), null, lat, lon, 1 + random.nextInt(2) * (t % 3 == 0 ? 1 : 0),
                        "P", name, new Span(0, name.length()), 0.9, List.of()));
            }
            towns.add(list);
        }
    }

    /** The next batch of reports holding {@code events} events in all (the last report may hold fewer). */
    List<CodedReport> next(int events) {
        List<CodedReport> out = new ArrayList<>();
        int left = events;
        while (left > 0) {
            int n = Math.min(left, 1 + random.nextInt(3));
            out.add(report(n));
            left -= n;
        }
        return out;
    }

    private CodedReport report(int events) {
        String id = "syn-" + (++reports);
        int c = random.nextInt(COUNTRIES.size());
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        StringBuilder text = new StringBuilder();
        List<Event> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            SubEventType sub = SubEventType.values()[random.nextInt(SubEventType.values().length)];
            Place town = towns.get(c).get(random.nextInt(TOWNS_PER_COUNTRY));
            int a1 = random.nextInt(GROUPS.length);
            int a2 = random.nextInt(GROUPS.length);
            String iso = COUNTRIES.get(c).iso2();
            Actor actor1 = new Actor(GROUPS[a1] + " of " + iso, iso, INTER[a1], null, GROUPS[a1], new Span(0, 4), false);
            Actor actor2 = a1 == a2 ? null : new Actor(GROUPS[a2] + " of " + iso, iso, INTER[a2], null, GROUPS[a2], new Span(5, 9), false);
            // Most events kill no one; a few kill many (a rough power law, as in ACLED).
            int deaths = random.nextInt(3) == 0 ? (int) Math.floor(Math.pow(random.nextDouble(), -1.2)) - 1 : 0;
            String sentence = sub.label() + " in " + town.name() + " involving " + actor1.name() + ", " + deaths + " killed.";
            int start = text.length();
            text.append(sentence).append(' ');
            Span toll = new Span(start, start + sentence.length());
            list.add(new Event(id + "-e" + (i + 1), id, sub.type(), sub, actor1, actor2, List.of(), town, TimeSpan.day(day, "on " + day, toll),
                    new Fatalities(deaths, deaths, deaths, false, false, deaths + " killed", toll),
                    new Claim(ClaimStatus.REPORTED, List.of(new Source(outlet, "outlet", "said", toll)), "weak", null),
                    new Sentence(i, toll, sentence), "synthetic", 0.5, List.of(new Evidence("location", toll, town.name())), List.of("synthetic benchmark event")));
        }
        Report report = new Report(id, "Synthetic report " + reports, text.toString().strip(), day, outlet, null, null, List.of(), "synthetic");
        return new CodedReport(report, list);
    }

    /** A country code used by the generator, for queries. */
    String country(int i) {
        return COUNTRIES.get(Math.floorMod(i, COUNTRIES.size())).iso2();
    }

    /** A 1-degree box around a generated town, for queries. */
    double[] boxAround(int i) {
        Place p = towns.get(Math.floorMod(i, towns.size())).get(Math.floorMod(i * 31, TOWNS_PER_COUNTRY));
        return new double[] {p.lon() - 0.5, p.lat() - 0.5, p.lon() + 0.5, p.lat() + 0.5};
    }
}
