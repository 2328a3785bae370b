package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.SitrepException;

/**
 * Reads the analysts' bearer tokens: one "NAME TOKEN" a line, '#' starts a comment. Tokens need at
 * least 16 characters (e.g. from {@code openssl rand -hex 16}); the name goes into the audit log.
 */
final class AnalystTokens {
    Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.CONFIGURATION, "cannot read the tokens file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> byToken = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || parts[1].length() < 16) {
                throw new SitrepException(SitrepException.Category.CONFIGURATION,
                        file + " line " + (i + 1) + ": write NAME TOKEN, with a token of at least 16 characters (e.g. openssl rand -hex 16)");
            }
            if (byToken.put(parts[1], parts[0]) != null) {
                throw new SitrepException(SitrepException.Category.CONFIGURATION, file + " line " + (i + 1) + ": this token is already given to another analyst");
            }
        }
        return byToken;
    }
}
