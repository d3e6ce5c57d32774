-- An optional wellbeing measure per cohort (a group), before and after its programme. The same SQL runs
-- on MySQL/MariaDB and on H2 in MySQL mode.
--
-- Instruments are data, each with its licence text and credit, shown on the form as the licence asks.
-- Answers (wellbeing_response, wellbeing_score) carry the group, the phase and the day only: no person,
-- no IP address, no time of day, and not even the item answers, only the subscale sums the report
-- needs. That a member has answered is kept apart (wellbeing_responded) with no id, no time and no
-- order of its own, so nothing joins the two.

CREATE TABLE wellbeing_instrument (
    code         VARCHAR(40)   NOT NULL,
    short_name   VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    instructions VARCHAR(1000) NOT NULL,
    credit       VARCHAR(300)  NOT NULL,
    source_url   VARCHAR(200)  NOT NULL,
    licence_text VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_wellbeing_instrument PRIMARY KEY (code)
);

-- The answer scale, e.g. 1 = Never to 5 = Very Often. Reverse scoring maps a score s to min + max - s.
CREATE TABLE wellbeing_scale_point (
    instrument_code VARCHAR(40) NOT NULL,
    score           INT         NOT NULL,
    label           VARCHAR(40) NOT NULL,
    CONSTRAINT pk_wellbeing_scale_point PRIMARY KEY (instrument_code, score),
    CONSTRAINT fk_wellbeing_scale_point_instrument FOREIGN KEY (instrument_code) REFERENCES wellbeing_instrument (code)
);

-- A subscale is the sum of its items; its level is low up to low_at_most and high from high_from.
CREATE TABLE wellbeing_subscale (
    instrument_code VARCHAR(40)  NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(100) NOT NULL,
    low_at_most     INT          NOT NULL,
    high_from       INT          NOT NULL,
    CONSTRAINT pk_wellbeing_subscale PRIMARY KEY (instrument_code, code),
    CONSTRAINT fk_wellbeing_subscale_instrument FOREIGN KEY (instrument_code) REFERENCES wellbeing_instrument (code),
    CONSTRAINT ck_wellbeing_subscale_levels CHECK (low_at_most < high_from)
);

CREATE TABLE wellbeing_item (
    instrument_code VARCHAR(40)  NOT NULL,
    position        INT          NOT NULL,
    statement       VARCHAR(300) NOT NULL,
    subscale_code   VARCHAR(40)  NOT NULL,
    reversed        BOOLEAN      NOT NULL,
    CONSTRAINT pk_wellbeing_item PRIMARY KEY (instrument_code, position),
    CONSTRAINT fk_wellbeing_item_subscale FOREIGN KEY (instrument_code, subscale_code)
        REFERENCES wellbeing_subscale (instrument_code, code)
);

-- ProQOL 5, as printed: the [help]/[helper] placeholders are the instrument's own wording, and its
-- terms allow no other change. The licence text is the one on the measure; the credit names the
-- Center for Victims of Torture, which now holds the ProQOL, and links to proqol.org.
INSERT INTO wellbeing_instrument (code, short_name, name, instructions, credit, source_url, licence_text) VALUES
('proqol-5', 'ProQOL 5',
 'Professional Quality of Life Scale (ProQOL): Compassion Satisfaction and Compassion Fatigue, Version 5 (2009)',
 'When you [help] people you have direct contact with their lives. As you may have found, your compassion for those you [help] can affect you in positive and negative ways. Below are some questions about your experiences, both positive and negative, as a [helper]. Consider each of the following questions about you and your current work situation. Select the number that honestly reflects how frequently you experienced these things in the last 30 days.',
 'ProQOL 5 by B. Hudnall Stamm (2009). The ProQOL is now held by the Center for Victims of Torture: www.proqol.org.',
 'https://proqol.org',
 '© B. Hudnall Stamm, 2009-2012. Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). www.proqol.org. This test may be freely copied as long as (a) author is credited, (b) no changes are made, and (c) it is not sold. Those interested in using the test should visit www.proqol.org to verify that the copy they are using is the most current version of the test.');

INSERT INTO wellbeing_scale_point (instrument_code, score, label) VALUES
('proqol-5', 1, 'Never'),
('proqol-5', 2, 'Rarely'),
('proqol-5', 3, 'Sometimes'),
('proqol-5', 4, 'Often'),
('proqol-5', 5, 'Very Often');

-- Sums of 10 items each (10-50): 22 or less is low, 23 to 41 moderate, 42 or more high.
INSERT INTO wellbeing_subscale (instrument_code, code, position, name, low_at_most, high_from) VALUES
('proqol-5', 'CS', 1, 'Compassion Satisfaction', 22, 42),
('proqol-5', 'BO', 2, 'Burnout', 22, 42),
('proqol-5', 'STS', 3, 'Secondary Traumatic Stress', 22, 42);

INSERT INTO wellbeing_item (instrument_code, position, statement, subscale_code, reversed) VALUES
('proqol-5', 1, 'I am happy.', 'BO', TRUE),
('proqol-5', 2, 'I am preoccupied with more than one person I [help].', 'STS', FALSE),
('proqol-5', 3, 'I get satisfaction from being able to [help] people.', 'CS', FALSE),
('proqol-5', 4, 'I feel connected to others.', 'BO', TRUE),
('proqol-5', 5, 'I jump or am startled by unexpected sounds.', 'STS', FALSE),
('proqol-5', 6, 'I feel invigorated after working with those I [help].', 'CS', FALSE),
('proqol-5', 7, 'I find it difficult to separate my personal life from my life as a [helper].', 'STS', FALSE),
('proqol-5', 8, 'I am not as productive at work because I am losing sleep over traumatic experiences of a person I [help].', 'BO', FALSE),
('proqol-5', 9, 'I think that I might have been affected by the traumatic stress of those I [help].', 'STS', FALSE),
('proqol-5', 10, 'I feel trapped by my job as a [helper].', 'BO', FALSE),
('proqol-5', 11, 'Because of my [helping], I have felt "on edge" about various things.', 'STS', FALSE),
('proqol-5', 12, 'I like my work as a [helper].', 'CS', FALSE),
('proqol-5', 13, 'I feel depressed because of the traumatic experiences of the people I [help].', 'STS', FALSE),
('proqol-5', 14, 'I feel as though I am experiencing the trauma of someone I have [helped].', 'STS', FALSE),
('proqol-5', 15, 'I have beliefs that sustain me.', 'BO', TRUE),
('proqol-5', 16, 'I am pleased with how I am able to keep up with [helping] techniques and protocols.', 'CS', FALSE),
('proqol-5', 17, 'I am the person I always wanted to be.', 'BO', TRUE),
('proqol-5', 18, 'My work makes me feel satisfied.', 'CS', FALSE),
('proqol-5', 19, 'I feel worn out because of my work as a [helper].', 'BO', FALSE),
('proqol-5', 20, 'I have happy thoughts and feelings about those I [help] and how I could help them.', 'CS', FALSE),
('proqol-5', 21, 'I feel overwhelmed because my case [work] load seems endless.', 'BO', FALSE),
('proqol-5', 22, 'I believe I can make a difference through my work.', 'CS', FALSE),
('proqol-5', 23, 'I avoid certain activities or situations because they remind me of frightening experiences of the people I [help].', 'STS', FALSE),
('proqol-5', 24, 'I am proud of what I can do to [help].', 'CS', FALSE),
('proqol-5', 25, 'As a result of my [helping], I have intrusive, frightening thoughts.', 'STS', FALSE),
('proqol-5', 26, 'I feel "bogged down" by the system.', 'BO', FALSE),
('proqol-5', 27, 'I have thoughts that I am a "success" as a [helper].', 'CS', FALSE),
('proqol-5', 28, 'I can''t recall important parts of my work with trauma victims.', 'STS', FALSE),
('proqol-5', 29, 'I am a very caring person.', 'BO', TRUE),
('proqol-5', 30, 'I am happy that I chose to do this work.', 'CS', FALSE);

-- A group's BEFORE and AFTER windows, opened and closed by its facilitators. Each opens once and closes
-- once: reopening would let a mean shown at closing be compared with one over a single extra answer.
CREATE TABLE wellbeing_window (
    group_id        BIGINT      NOT NULL,
    phase           VARCHAR(6)  NOT NULL,
    instrument_code VARCHAR(40) NOT NULL,
    opened_on       DATE        NOT NULL,
    closed          BOOLEAN     NOT NULL,
    CONSTRAINT pk_wellbeing_window PRIMARY KEY (group_id, phase),
    CONSTRAINT fk_wellbeing_window_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_wellbeing_window_instrument FOREIGN KEY (instrument_code) REFERENCES wellbeing_instrument (code),
    CONSTRAINT ck_wellbeing_window_phase CHECK (phase IN ('BEFORE', 'AFTER'))
);

-- One member's answers, as subscale sums: the group, the phase and the day, nobody's.
CREATE TABLE wellbeing_response (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    group_id        BIGINT      NOT NULL,
    phase           VARCHAR(6)  NOT NULL,
    instrument_code VARCHAR(40) NOT NULL,
    answered_on     DATE        NOT NULL,
    CONSTRAINT pk_wellbeing_response PRIMARY KEY (id),
    CONSTRAINT fk_wellbeing_response_window FOREIGN KEY (group_id, phase)
        REFERENCES wellbeing_window (group_id, phase) ON DELETE CASCADE,
    CONSTRAINT fk_wellbeing_response_instrument FOREIGN KEY (instrument_code) REFERENCES wellbeing_instrument (code)
);

CREATE TABLE wellbeing_score (
    response_id   BIGINT      NOT NULL,
    subscale_code VARCHAR(40) NOT NULL,
    score         INT         NOT NULL,
    CONSTRAINT pk_wellbeing_score PRIMARY KEY (response_id, subscale_code),
    CONSTRAINT fk_wellbeing_score_response FOREIGN KEY (response_id) REFERENCES wellbeing_response (id) ON DELETE CASCADE,
    CONSTRAINT ck_wellbeing_score CHECK (score >= 0)
);

-- "This member has answered this phase for this group": one per person, nothing else. Deleted by the
-- retention job after the group ends.
CREATE TABLE wellbeing_responded (
    group_id  BIGINT     NOT NULL,
    phase     VARCHAR(6) NOT NULL,
    person_id BIGINT     NOT NULL,
    CONSTRAINT pk_wellbeing_responded PRIMARY KEY (group_id, phase, person_id),
    CONSTRAINT fk_wellbeing_responded_window FOREIGN KEY (group_id, phase)
        REFERENCES wellbeing_window (group_id, phase) ON DELETE CASCADE,
    CONSTRAINT fk_wellbeing_responded_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
