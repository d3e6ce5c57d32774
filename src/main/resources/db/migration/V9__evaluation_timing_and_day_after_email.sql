-- When a group is evaluated, and the day-after evaluation email. The same SQL runs on MySQL/MariaDB
-- and on H2 in MySQL mode.

-- EACH_SESSION: members may answer the anonymous evaluation after every session (as before).
-- END_OF_PROGRAMME: only after the group's last scheduled session, for courses evaluated as a whole.
ALTER TABLE support_group ADD COLUMN evaluation_timing VARCHAR(20) NOT NULL DEFAULT 'EACH_SESSION';
ALTER TABLE support_group ADD CONSTRAINT ck_group_evaluation_timing
    CHECK (evaluation_timing IN ('EACH_SESSION', 'END_OF_PROGRAMME'));

-- "The day-after evaluation emails of this session are settled": written with INSERT IGNORE in the
-- transaction that queues them, so that a second run, or a second server instance, sends none again.
-- No person and no time: only the session.
CREATE TABLE evaluation_mailing (
    occurrence_id BIGINT NOT NULL,
    CONSTRAINT pk_evaluation_mailing PRIMARY KEY (occurrence_id),
    CONSTRAINT fk_evaluation_mailing_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE
);
