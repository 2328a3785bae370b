package org.sitrep.model;

/**
 * An actor normalized through the actor dictionary. {@code inter} is ACLED's inter code (1-8, 0 when
 * unknown). {@code hedged} is true where the text only believes or suspects it ("jets believed to be
 * russian"). {@code mention} and {@code span} point at the words in the report.
 */
public record Actor(String name, String country, int inter, String sector, String mention, Span span, boolean hedged) {
    /** ACLED's inter code of civilians. */
    public static final int CIVILIANS = 7;

    public Actor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("actor needs a name");
        if (inter < 0 || inter > 8) throw new IllegalArgumentException("ACLED inter code out of range: " + inter);
    }
}
