package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.SitrepException;

/** Reads a tab-separated lexicon from the classpath; lines starting with # are its header and comments. */
final class ResourceTable {
    private ResourceTable() {}

    static List<String[]> read(String name) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "lexicon missing from the build: " + name);
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read lexicon " + name, e);
        }
    }
}
