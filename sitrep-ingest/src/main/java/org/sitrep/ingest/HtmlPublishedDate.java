package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page's publication date, from the places publishers put it, most explicit first: meta tags
 * (Open Graph, Dublin Core, plain "date"/"pubdate"), then JSON-LD {@code datePublished}, then the
 * first {@code <time datetime>}. A value that does not parse is skipped, not guessed.
 */
final class HtmlPublishedDate {
    private static final List<String> META_KEYS = List.of("article:published_time", "og:published_time",
            "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "date", "pubdate",
            "publishdate", "publish-date", "parsely-pub-date", "sailthru.date");

    private final PublishedDateParser dates;
    private final ObjectMapper json;

    HtmlPublishedDate(PublishedDateParser dates, ObjectMapper json) {
        this.dates = dates;
        this.json = json;
    }

    Optional<LocalDate> find(Document document) {
        for (String key : META_KEYS) {
            for (Element meta : document.select("meta[content]")) {
                String name = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
                if (!name.toLowerCase(Locale.ROOT).equals(key)) continue;
                Optional<LocalDate> date = dates.parse(meta.attr("content"));
                if (date.isPresent()) return date;
            }
        }
        for (Element script : document.select("script[type=application/ld+json]")) {
            Optional<LocalDate> date = fromJsonLd(script.data());
            if (date.isPresent()) return date;
        }
        for (Element time : document.select("time[datetime]")) {
            Optional<LocalDate> date = dates.parse(time.attr("datetime"));
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private Optional<LocalDate> fromJsonLd(String data) {
        try {
            JsonNode value = json.readTree(data).findValue("datePublished");
            return value != null && value.isTextual() ? dates.parse(value.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // broken JSON-LD is common on the web; the other sources still count
        }
    }
}
