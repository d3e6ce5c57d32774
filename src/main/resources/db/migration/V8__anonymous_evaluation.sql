-- Anonymous evaluation after a session. The same SQL runs on MySQL/MariaDB and on H2 in MySQL mode.
--
-- The answers (evaluation_response, evaluation_answer) carry the session and the day only: no person,
-- no IP address, no time of day. That a member has answered is kept apart (evaluation_responded) with
-- no id, no time and no order of its own, so nothing joins the two.

-- Statements in our own words, after the themes of the Schwartz Round feedback form; 5-point agreement.
CREATE TABLE evaluation_item (
    code      VARCHAR(40)  NOT NULL,
    position  INT          NOT NULL,
    statement VARCHAR(300) NOT NULL,
    CONSTRAINT pk_evaluation_item PRIMARY KEY (code)
);
INSERT INTO evaluation_item (code, position, statement) VALUES
('colleagues', 1, 'I expect to work better with my colleagues after this session.'),
('understanding', 2, 'I understand more about what patients and families go through.'),
('non-clinical', 3, 'I feel more able to handle the non-clinical side of my work.'),
('sensitive', 4, 'The session helped me notice sensitive issues I might otherwise miss.'),
('feelings', 5, 'It was worthwhile to say how the work makes me feel.'),
('support', 6, 'I was able to give and to receive support.'),
('connected', 7, 'I feel more connected to the people I work with.'),
('emotional-care', 8, 'I will pay more attention to the emotional and social needs of the people I care for.'),
('compassion', 9, 'I feel more compassion for the patients I look after.');

CREATE TABLE evaluation_response (
    id            BIGINT  NOT NULL AUTO_INCREMENT,
    occurrence_id BIGINT  NOT NULL,
    group_id      BIGINT  NOT NULL,
    answered_on   DATE    NOT NULL,
    overall       INT,
    CONSTRAINT pk_evaluation_response PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_response_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE,
    CONSTRAINT ck_evaluation_overall CHECK (overall IS NULL OR overall BETWEEN 1 AND 5)
);
CREATE INDEX ix_evaluation_response_group ON evaluation_response (group_id);

CREATE TABLE evaluation_answer (
    response_id BIGINT      NOT NULL,
    item_code   VARCHAR(40) NOT NULL,
    score       INT         NOT NULL,
    CONSTRAINT pk_evaluation_answer PRIMARY KEY (response_id, item_code),
    CONSTRAINT fk_evaluation_answer_response FOREIGN KEY (response_id) REFERENCES evaluation_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_answer_item FOREIGN KEY (item_code) REFERENCES evaluation_item (code),
    CONSTRAINT ck_evaluation_score CHECK (score BETWEEN 1 AND 5)
);

-- "This member has answered about this session": one per person, nothing else. Deleted by the retention job.
CREATE TABLE evaluation_responded (
    occurrence_id BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    CONSTRAINT pk_evaluation_responded PRIMARY KEY (occurrence_id, person_id),
    CONSTRAINT fk_evaluation_responded_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_responded_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
