package org.sitrep.model;

/**
 * A place name found in a report and, where it could be resolved, its place. {@code place} may be null.
 * {@code role}: {@link #PLACE} a place named as such; {@link #DEMONYM} a country adjective ("Syrian");
 * {@link #IN_NAME} a place inside another name ("The Washington Post"). Only the full geoparse reports
 * the last two; events take their places from the first alone.
 */
public record Toponym(Span span, String text, int sentenceIndex, Place place, String reason, String role) {
    public static final String PLACE = "place";
    public static final String DEMONYM = "demonym";
    public static final String IN_NAME = "in a name";

    public Toponym {
        if (role == null) role = PLACE;
    }

    public Toponym(Span span, String text, int sentenceIndex, Place place, String reason) {
        this(span, text, sentenceIndex, place, reason, PLACE);
    }
}
