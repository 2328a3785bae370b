package org.sitrep.store;

import java.time.Instant;

/**
 * One analyst change, as the audit log keeps it. {@code targetKind} is {@code event} or
 * {@code incident}; {@code action} is edit, reject, merge or split; {@code before} and {@code after}
 * are JSON objects holding only the fields the change touched.
 */
public record AuditEntry(long seq, Instant at, String who, String targetKind, String targetId, String action,
                         String before, String after, String why) {}
