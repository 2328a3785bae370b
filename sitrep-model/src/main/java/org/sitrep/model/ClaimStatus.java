package org.sitrep.model;

/** How an event is asserted across its sources. */
public enum ClaimStatus {
    REPORTED, CLAIMED, DISPUTED, CONFIRMED
}
