package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as publishers write it: ISO dates and date-times (the date is taken as
 * written, not shifted to UTC: it is the publisher's calendar day), RFC 1123 as in RSS, and English
 * month-name dates. Anything else gives empty rather than a guess.
 */
final class PublishedDateParser {
    private static final Pattern ISO_HEAD = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s])");
    private static final List<DateTimeFormatter> WORDED = List.of(
            formatter("EEE, d MMM yyyy HH:mm[:ss] [z][Z][X]"),
            formatter("EEE, d MMM yyyy"),
            formatter("MMMM d, yyyy"),
            formatter("MMM d, yyyy"),
            formatter("MMM. d, yyyy"),
            formatter("d MMMM yyyy"),
            formatter("d MMM yyyy"));

    Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String text = value.strip();
        Matcher iso = ISO_HEAD.matcher(text);
        if (iso.lookingAt()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter formatter : WORDED) {
            try {
                return Optional.of(formatter.parse(text, LocalDate::from));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
