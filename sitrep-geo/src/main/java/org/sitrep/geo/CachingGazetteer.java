package org.sitrep.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Remembers recent lookups: news repeats the same few hundred names, article after article. */
final class CachingGazetteer implements Gazetteer {
    private final Gazetteer inner;
    private final Map<String, List<GazetteerEntry>> lookups;
    private final Map<String, Boolean> known;
    private final Map<String, Integer> maxAsked;

    CachingGazetteer(Gazetteer inner, int capacity) {
        this.inner = inner;
        this.lookups = lru(capacity);
        this.known = lru(capacity);
        this.maxAsked = lru(capacity);
    }

    @Override
    public synchronized List<GazetteerEntry> lookup(String name, int max) {
        List<GazetteerEntry> cached = lookups.get(name);
        if (cached != null && (cached.size() >= max || cached.size() < lastMax(name))) {
            return cached.size() > max ? cached.subList(0, max) : cached;
        }
        List<GazetteerEntry> found = inner.lookup(name, max);
        lookups.put(name, found);
        maxAsked.put(name, max);
        return found;
    }

    @Override
    public synchronized boolean knows(String name) {
        return known.computeIfAbsent(name, inner::knows);
    }

    @Override
    public java.util.Set<String> neighboursOf(String country) {
        return inner.neighboursOf(country);
    }

    @Override
    public Optional<String> countryOfDemonym(String word) {
        return inner.countryOfDemonym(word);
    }

    @Override
    public Optional<GazetteerEntry> capitalOf(String country) {
        return inner.capitalOf(country);
    }

    /** A cached list shorter than the max it was asked with is complete. */
    private int lastMax(String name) {
        return maxAsked.getOrDefault(name, 0);
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
