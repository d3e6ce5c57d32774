-- The audit log grows from named attendance to the changes made to people (issue 21): role changes,
-- deactivation and reactivation, bulk imports, SCIM provisioning and its tokens, a person's export of
-- their own data, erasure, and exports of the log itself.
--   subject_id: the person acted upon, by id only (never a name), where there is one;
--   actor_id:   may be empty for changes made by a SCIM client (no person), and once an erased
--               person's entries have lost their ids (the fact stays, the person does not).
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_action;
ALTER TABLE audit_entry MODIFY COLUMN action VARCHAR(32) NOT NULL;
ALTER TABLE audit_entry MODIFY COLUMN actor_id BIGINT NULL;
ALTER TABLE audit_entry ADD COLUMN subject_id BIGINT;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_action CHECK (action IN (
    'VIEW_ATTENDANCE', 'EXPORT_ATTENDANCE', 'RECORD_ATTENDANCE', 'VIEW_OWN_ATTENDANCE',
    'CHANGE_ROLES', 'DEACTIVATE_PERSON', 'REACTIVATE_PERSON', 'IMPORT_PEOPLE',
    'EXPORT_OWN_DATA', 'ERASE_PERSON', 'EXPORT_AUDIT',
    'CREATE_SCIM_TOKEN', 'REVOKE_SCIM_TOKEN', 'SCIM_PROVISION'));
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id);
