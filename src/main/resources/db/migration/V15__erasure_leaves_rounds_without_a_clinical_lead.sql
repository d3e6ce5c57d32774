-- Erasure (issue 21, ADR 0020): when a Round's clinical lead is erased, the Round stays (its headcount
-- is in released reports) but no longer names them: the person's id goes and the address the organiser
-- typed is emptied. The same SQL runs on MySQL/MariaDB and on H2 in MySQL mode.
ALTER TABLE schwartz_round MODIFY COLUMN clinical_lead_id BIGINT NULL;
