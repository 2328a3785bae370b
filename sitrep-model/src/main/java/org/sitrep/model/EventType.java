package org.sitrep.model;

/** ACLED's six event types. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Battles, explosions/remote violence and violence against civilians: ACLED's political violence. */
    public boolean politicalViolence() {
        return this == BATTLES || this == EXPLOSIONS_REMOTE_VIOLENCE || this == VIOLENCE_AGAINST_CIVILIANS;
    }

    public static EventType fromLabel(String label) {
        if (label == null) return null;
        for (EventType t : values()) if (t.label.equalsIgnoreCase(label.trim())) return t;
        return null;
    }
}
