package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.SitrepException;

/**
 * Which gold topics are about armed violence or conflict, read from a resource table (topic, class,
 * description; '#' lines are comments naming the source). The clusters scorer reports those topics on
 * their own.
 */
final class TopicClasses {
    static final String ECBPLUS_CONFLICT = "ecbplus-conflict-topics.tsv";
    private final Map<Integer, String> classOf;

    private TopicClasses(Map<Integer, String> classOf) {
        this.classOf = Collections.unmodifiableMap(classOf);
    }

    static TopicClasses load(String resource) {
        Map<Integer, String> out = new TreeMap<>();
        try (InputStream in = TopicClasses.class.getResourceAsStream(resource)) {
            if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "resource " + resource + " is missing from sitrep-eval");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length < 2) throw new SitrepException(SitrepException.Category.INTERNAL, resource + " line " + n + ": expected topic<TAB>class");
                out.put(Integer.parseInt(cells[0].strip()), cells[1].strip());
            }
        } catch (IOException | NumberFormatException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read " + resource + ": " + e.getMessage(), e);
        }
        return new TopicClasses(out);
    }

    /** The class of a topic ("event", "aftermath"), or null when the topic is not a conflict topic. */
    String classOf(int topic) {
        return classOf.get(topic);
    }

    Map<Integer, String> all() {
        return classOf;
    }
}
