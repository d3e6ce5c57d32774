-- People imported from a CSV file by an admin (issue 21, ADR 0019). An import is a job: its rows are
-- stored when the admin confirms, then applied in batches, each row marked done in the transaction
-- that applies it, so an interrupted import resumes from the first row not done and applies none
-- twice. Only the rows that change something are stored.
--   content_sha256: the file's digest, to recognise the same file uploaded again (no content kept);
--   people_import_row: the email, name and roles of a row, kept only until the import finishes,
--   when its rows are deleted (docs/privacy.md).
CREATE TABLE people_import (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT       NOT NULL,
    started_by       BIGINT       NULL,
    content_sha256   CHAR(64)     NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    total_rows       INT          NOT NULL,
    done_rows        INT          NOT NULL DEFAULT 0,
    created_count    INT          NOT NULL DEFAULT 0,
    changed_count    INT          NOT NULL DEFAULT 0,
    unchanged_count  INT          NOT NULL DEFAULT 0,
    deactivated_count INT         NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_people_import_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_people_import_status CHECK (status IN ('RUNNING', 'FINISHED'))
);
CREATE INDEX ix_people_import_organisation ON people_import (organisation_id, created_at);

CREATE TABLE people_import_row (
    import_id     BIGINT       NOT NULL,
    line_no       INT          NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    roles         VARCHAR(64)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    done          BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (import_id, line_no),
    CONSTRAINT fk_people_import_row_import FOREIGN KEY (import_id) REFERENCES people_import (id) ON DELETE CASCADE
);
