package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML element as paragraphs separated by blank lines, one per block element. */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
            "figcaption", "address", "body");

    String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) current.append(text.getWholeText());
                else if (isBlock(node)) flush(current, paragraphs);
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) flush(current, paragraphs);
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!paragraph.isEmpty()) paragraphs.add(paragraph);
        current.setLength(0);
    }
}
