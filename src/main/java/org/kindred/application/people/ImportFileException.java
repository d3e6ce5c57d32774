package org.kindred.application.people;

/** An import file refused as a whole (too big, not CSV, no header): the message is safe to show. */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String message) {
        super(message);
    }
}
