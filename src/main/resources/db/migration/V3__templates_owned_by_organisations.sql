-- The seeded templates are a library shared by every organisation, so no organiser may change them;
-- an organiser copies one to adapt it, and the copy belongs to their organisation.
ALTER TABLE programme_template ADD COLUMN organisation_id BIGINT;
ALTER TABLE programme_template ADD CONSTRAINT fk_programme_template_organisation
    FOREIGN KEY (organisation_id) REFERENCES organisation (id);
