package org.sitrep.incident;

/** The story a report joins, with the weighted cosine that decided it and the names both share. */
public record StoryMatch(String storyId, double score, double nameScore, String reason) {}
