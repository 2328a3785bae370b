package org.sitrep.model;

/** The one exception type: a category and a message a user can act on. */
public final class SitrepException extends RuntimeException {
    public enum Category { INPUT, CONFIGURATION, DATA, INTERNAL }

    private final Category category;

    public SitrepException(Category category, String message) {
        super(message);
        this.category = category;
    }

    public SitrepException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
