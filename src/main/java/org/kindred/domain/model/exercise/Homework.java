package org.kindred.domain.model.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The task a set gives members until the next session. Its text is the library's, never a member's. */
@Embeddable
public class Homework {

    @Column(name = "homework_title", length = 120)
    private String title;

    @Column(name = "homework_task", length = 1000)
    private String task;

    protected Homework() {
        // for JPA
    }

    public Homework(String title, String task) {
        this.title = Objects.requireNonNull(title, "title");
        this.task = Objects.requireNonNull(task, "task");
    }

    public String title() { return title; }
    public String task() { return task; }
}
