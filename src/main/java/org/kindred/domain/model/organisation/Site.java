package org.kindred.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A hospital site of an organisation; rooms belong to a site. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    protected Site() {
        // for JPA
    }

    public Site(Organisation organisation, String name) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.name = Organisation.requireText(name, "name", 200);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Organisation organisation() {
        return organisation;
    }
}
