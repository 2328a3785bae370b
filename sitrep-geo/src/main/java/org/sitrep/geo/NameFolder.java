package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.SitrepException;

/**
 * Folds a place name to a key that transliteration variants share ("Deir ez-Zor", "deir al zor" and
 * "Dayr az Zawr" all fold to "dayr zor"). The rules are data: {@code folding-rules.tsv}.
 */
public final class NameFolder {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʻʼ‛′]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Rule> rules;

    public NameFolder(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The folder with the rules shipped in this module. */
    public static NameFolder standard() {
        return new NameFolder(readRules(NameFolder.class.getResourceAsStream("folding-rules.tsv")));
    }

    /** Lowercase, no diacritics, apostrophes or punctuation: the "literal" form used to tell exact from folded matches. */
    public String plain(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(java.util.Locale.ROOT)
                .replace('ı', 'i').replace("ß", "ss").replace('ø', 'o').replace("æ", "ae")
                .replace('ł', 'l').replace('đ', 'd').replace('ð', 'd').replace("þ", "th");
        s = APOSTROPHES.matcher(s).replaceAll("");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }

    /** The folded key; empty when the name has no letters or digits. */
    public String fold(String name) {
        String s = plain(name);
        for (Rule rule : rules) {
            s = rule.pattern().matcher(s).replaceAll(rule.replacement());
        }
        return s.strip();
    }

    /** One rewrite: a regex and its replacement. */
    public record Rule(Pattern pattern, String replacement) {}

    static List<Rule> readRules(InputStream in) {
        if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "folding-rules.tsv missing from the classpath");
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String regex = tab < 0 ? line : line.substring(0, tab);
                String replacement = tab < 0 ? "" : line.substring(tab + 1);
                rules.add(new Rule(Pattern.compile(regex), replacement));
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read folding rules", e);
        }
        return rules;
    }
}
