package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.sitrep.model.SitrepException;

/**
 * A stable id for a report that brings none: "r-" and the first 16 hex digits of the SHA-256 of the
 * text lowercased with whitespace collapsed, so reading the same story again gives the same id even
 * when it was re-wrapped or re-cased.
 */
final class ContentHashId {

    String idFor(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return "r-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "this Java runtime has no SHA-256.", e);
        }
    }
}
