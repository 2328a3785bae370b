package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS and Atom feeds through Rome: one report per entry, with its title, link, guid as id (Rome falls
 * back to the link, which is as stable; a content hash only when both are missing), and its
 * content (or else description, or else title) as text, HTML turned into paragraphs.
 *
 * <p>Dates are read from the entry's own date string where possible: Rome turns them into instants,
 * which would move a late-evening story onto the next day in UTC.
 */
final class FeedReader implements ReportReader {
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*[a-zA-Z][^>]*>|&[a-z]+;|&#\\d+;");

    private final PublishedDateParser dates;
    private final HtmlText html;
    private final ReportFinisher finisher;

    FeedReader(PublishedDateParser dates, HtmlText html, ReportFinisher finisher) {
        this.dates = dates;
        this.html = html;
        this.finisher = finisher;
    }

    @Override
    public List<ReadResult> read(LoadedInput input) {
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false); // no external entities from a file we were handed
            feed = parser.build(new StringReader(input.text()));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(new ReadResult.Failed(input.name(), input.name() + " is not a readable RSS or Atom feed (" + e.getMessage() + ")."));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) return List.of(new ReadResult.Failed(input.name(), input.name() + " is a feed without entries."));
        List<String> rawDates = rawEntryDates(input.text());
        String source = blankToNull(feed.getTitle());
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String origin = input.name() + "#" + (i + 1);
            String title = blankToNull(entry.getTitle());
            String text = firstNonBlank(contents(entry), entry.getDescription() == null ? null : asText(entry.getDescription()), title);
            if (text == null) {
                results.add(new ReadResult.Failed(origin, input.name() + " entry " + (i + 1) + " has no title, description or content."));
                continue;
            }
            LocalDate published = rawDates.size() == entries.size() && rawDates.get(i) != null
                    ? dates.parse(rawDates.get(i)).orElse(utcDay(entry))
                    : utcDay(entry);
            results.add(finisher.finish(new ReportDraft(blankToNull(entry.getUri()), title, text, published, source,
                    blankToNull(entry.getLink()), List.of(), origin)));
        }
        return results;
    }

    private String contents(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            String text = asText(content);
            if (text != null && !text.isBlank()) parts.add(text);
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private String asText(SyndContent content) {
        String value = content.getValue();
        if (value == null) return null;
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || LOOKS_LIKE_HTML.matcher(value).find()) return html.paragraphs(Jsoup.parseBodyFragment(value).body());
        return value.strip();
    }

    /** Each entry's date string in document order (null where it has none), as Rome orders entries. */
    private static List<String> rawEntryDates(String xml) {
        List<String> raw = new ArrayList<>();
        for (Element item : Jsoup.parse(xml, Parser.xmlParser()).select("item, entry")) {
            String value = null;
            for (String tag : List.of("pubDate", "published", "dc|date", "updated")) {
                Element date = item.selectFirst("> " + tag);
                if (date != null && !date.text().isBlank()) {
                    value = date.text();
                    break;
                }
            }
            raw.add(value);
        }
        return raw;
    }

    private static LocalDate utcDay(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) return value;
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
