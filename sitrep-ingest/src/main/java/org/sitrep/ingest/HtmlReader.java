package org.sitrep.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A web page is one report: its main text (navigation, scripts, headers, footers, asides, figures and
 * the h1 headline dropped; the {@code <article>} if there is a substantial one, else the element holding the most
 * paragraph text), its title and its publication date from the page's metadata.
 */
final class HtmlReader implements ReportReader {
    private static final String NOT_TEXT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, figure, [hidden], [aria-hidden=true]";
    /** An article that holds less than this share of the best paragraph block is likely a teaser. */
    private static final double ARTICLE_SHARE = 0.5;

    private final HtmlPublishedDate dates;
    private final HtmlText html;
    private final ReportFinisher finisher;

    HtmlReader(HtmlPublishedDate dates, HtmlText html, ReportFinisher finisher) {
        this.dates = dates;
        this.html = html;
        this.finisher = finisher;
    }

    @Override
    public List<ReadResult> read(LoadedInput input) {
        Document document = Jsoup.parse(input.text());
        String title = firstNonBlank(meta(document, "og:title"), document.title(), document.select("h1").text());
        String url = firstNonBlank(document.select("link[rel=canonical]").attr("href"), meta(document, "og:url"));
        String source = firstNonBlank(meta(document, "og:site_name"));
        var published = dates.find(document).orElse(null);
        document.select(NOT_TEXT).remove();
        // The headline is the title; kept in the text it would hide the dateline that opens the story.
        document.select("h1").remove();
        String text = html.paragraphs(mainBlock(document));
        if (text.isBlank()) {
            return List.of(new ReadResult.Failed(input.name(), input.name() + " is HTML without readable text."));
        }
        return List.of(finisher.finish(new ReportDraft(null, title, text, published, source, url, List.of(), input.name())));
    }

    private static Element mainBlock(Document document) {
        Element best = document.body();
        int bestLength = 0;
        for (Element paragraph : document.select("p")) {
            Element parent = paragraph.parent();
            if (parent == null) continue;
            int length = parent.children().stream().filter(child -> child.normalName().equals("p")).mapToInt(p -> p.text().length()).sum();
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        Elements articles = document.select("article");
        Element article = null;
        for (Element candidate : articles) {
            if (article == null || candidate.text().length() > article.text().length()) article = candidate;
        }
        if (article != null && article.text().length() >= ARTICLE_SHARE * bestLength) return article;
        return best;
    }

    private static String meta(Document document, String property) {
        Element meta = document.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) return value.strip();
        }
        return null;
    }
}
