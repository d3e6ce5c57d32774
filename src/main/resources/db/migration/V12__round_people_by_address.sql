-- Organisers ask a Round's clinical lead and panellists by typing a work email address, and are shown
-- that address, never the person's name: asking must not tell them who has an account (issue 18).
-- The address is kept as typed (normalised to lower case), so a later change of the person's own
-- address is not shown to the organiser either. Rows from before this version take the person's
-- current address, which is what the organiser would have typed.
ALTER TABLE schwartz_round ADD COLUMN clinical_lead_email VARCHAR(254);
UPDATE schwartz_round SET clinical_lead_email =
    (SELECT p.email FROM person p WHERE p.id = schwartz_round.clinical_lead_id);
ALTER TABLE schwartz_round MODIFY COLUMN clinical_lead_email VARCHAR(254) NOT NULL;

ALTER TABLE round_panellist ADD COLUMN email VARCHAR(254);
UPDATE round_panellist SET email = (SELECT p.email FROM person p WHERE p.id = round_panellist.person_id);
ALTER TABLE round_panellist MODIFY COLUMN email VARCHAR(254) NOT NULL;
