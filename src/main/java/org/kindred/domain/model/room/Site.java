package org.kindred.domain.model.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.organisation.Organisation;

/** A hospital site of an organisation; rooms belong to a site. */
@Entity
@Table(name = "site")
@NamedQuery(name = "Site.findByOrganisation",
        query = "select s from Site s where s.organisation.id = :organisationId order by s.name")
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
        if (name == null || name.isBlank()) {
            throw new RuleException("name", "Give the site a name.");
        }
        if (name.strip().length() > 200) {
            throw new RuleException("name", "Use at most 200 characters for the site's name.");
        }
        this.name = name.strip();
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
