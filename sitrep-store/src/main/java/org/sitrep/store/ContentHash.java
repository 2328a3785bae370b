package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.sitrep.model.SitrepException;

/**
 * The identity of a report's content: SHA-256 of its text lowercased with whitespace collapsed, so the
 * same article read as plain text, as HTML (the readers already drop the tags) or re-cased is one report.
 */
final class ContentHash {
    String of(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "SHA-256 is missing from this JVM", e);
        }
    }
}
