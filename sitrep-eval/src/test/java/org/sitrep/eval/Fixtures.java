package org.sitrep.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Locates the JSONL fixtures under src/test/resources. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String resource) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(Fixtures.class.getClassLoader().getResource(resource), resource).toURI());
    }
}
