package org.sitrep.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.SitrepException;

/**
 * Decides how to read an input: by its extension when that is telling, else by its first bytes.
 * An .xml file is a feed only when its root element is one (rss, feed, rdf:RDF).
 */
final class FormatSniffer {
    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern HTML_FRAGMENT = Pattern.compile("<(head|body|article|main|div|p|section)[\\s>]");
    private static final int HEAD = 2048;

    InputFormat sniff(LoadedInput input) {
        InputFormat format = switch (input.extension()) {
            case "html", "htm", "xhtml" -> InputFormat.HTML;
            case "jsonl", "ndjson" -> InputFormat.JSON_LINES;
            case "rss", "atom" -> InputFormat.FEED;
            case "txt", "text" -> InputFormat.TEXT;
            default -> byContent(input.text());
        };
        if (format == null) {
            throw new SitrepException(SitrepException.Category.INPUT,
                    input.name() + " is XML but not an RSS or Atom feed; sitrep reads text, HTML, JSON Lines and RSS/Atom.");
        }
        return format;
    }

    /** Null for XML that is not a feed. */
    private static InputFormat byContent(String text) {
        String head = text.substring(0, Math.min(HEAD, text.length())).stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return InputFormat.HTML;
        if (head.startsWith("<") && FEED_ROOT.matcher(withoutComments(head)).find()) return InputFormat.FEED;
        if (head.startsWith("{")) return InputFormat.JSON_LINES;
        if (lower.startsWith("<?xml")) return lower.contains("<html") ? InputFormat.HTML : null;
        // An HTML fragment without <html> still reads best as HTML (tags dropped).
        if (HTML_FRAGMENT.matcher(lower).lookingAt()) return InputFormat.HTML;
        return InputFormat.TEXT;
    }

    private static String withoutComments(String head) {
        return head.replaceAll("(?s)<!--.*?-->", "");
    }
}
