package org.kindred.application.disclosure;

/** What a {@link Publication} may show, as decided by {@link DisclosureControl}. */
public final class Disclosure {

    private final Publication publication;
    private final boolean[] hidden;
    private final boolean[] withheld;

    Disclosure(Publication publication, boolean[] hidden, boolean[] withheld) {
        this.publication = publication;
        this.hidden = hidden.clone();
        this.withheld = withheld.clone();
    }

    /** Not shown as a number: "*" or withheld. */
    public boolean isHidden(int cell) {
        return hidden[cell];
    }

    /** Not shown at all, not even as "*": a hidden total made only of hidden counts. */
    public boolean isWithheld(int cell) {
        return withheld[cell];
    }

    /** The cell as published: its number, "*", or ".." when withheld. */
    public String show(int cell) {
        if (publication.isUnpublished(cell)) {
            throw new IllegalArgumentException("cell " + cell + " is never published");
        }
        if (withheld[cell]) {
            return SmallNumbers.WITHHELD;
        }
        return hidden[cell] ? SmallNumbers.SUPPRESSED : String.valueOf(publication.value(cell));
    }

    /**
     * A mean of {@code scores} answers summing to {@code sum}: shown to one decimal place only where the
     * count of answers it comes from is shown, and over {@link SmallNumbers#THRESHOLD} or more answers.
     */
    public String mean(int countCell, long scores, long sum) {
        return hidden[countCell] ? SmallNumbers.SUPPRESSED : SmallNumbers.showMean(sum, scores);
    }

    /** A copy of the hidden flags, for the auditor. */
    public boolean[] hidden() {
        return hidden.clone();
    }

    /** A copy of the withheld flags, for the auditor. */
    public boolean[] withheld() {
        return withheld.clone();
    }
}
