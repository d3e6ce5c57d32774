-- A month of an organisation's report as released (docs/adr/0016-disclosure-control.md): its lines
-- already through disclosure control, written once when the month's counts can no longer change and
-- read as stored ever after, so the same figure never moves. Holds no person's data: group and
-- programme names, and the counts as published ("*" where hidden).
CREATE TABLE report_release (
    organisation_id BIGINT      NOT NULL,
    period          CHAR(7)     NOT NULL,
    released_at     DATETIME(6) NOT NULL,
    body            MEDIUMTEXT  NOT NULL,
    CONSTRAINT pk_report_release PRIMARY KEY (organisation_id, period),
    CONSTRAINT fk_report_release_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);
