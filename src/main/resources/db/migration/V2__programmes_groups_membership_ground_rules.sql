-- Programme templates, groups, leaders, membership with seats and waitlists, ground-rules agreements.
-- The same SQL runs on MySQL/MariaDB and on H2 in MySQL mode.

-- Templates are data: seeded below, editable and copyable by organisers. Ground rules are one rule
-- per line; the line breaks are real ones inside the literals, which MySQL and H2 read alike.
CREATE TABLE programme_template (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    code                 VARCHAR(40)   NOT NULL,
    name                 VARCHAR(120)  NOT NULL,
    description          VARCHAR(1000) NOT NULL,
    min_members          INT           NOT NULL,
    max_members          INT           NOT NULL,
    min_leaders          INT           NOT NULL,
    max_leaders          INT           NOT NULL,
    session_minutes      INT           NOT NULL,
    cadence              VARCHAR(20)   NOT NULL,
    session_count        INT,
    closed_after_start   BOOLEAN       NOT NULL,
    intake_required      BOOLEAN       NOT NULL,
    open_audience        BOOLEAN       NOT NULL,
    online               BOOLEAN       NOT NULL,
    quorum               INT           NOT NULL,
    default_ground_rules VARCHAR(4000) NOT NULL,
    exercise_set_code    VARCHAR(60),
    CONSTRAINT pk_programme_template PRIMARY KEY (id),
    CONSTRAINT uq_programme_template_code UNIQUE (code),
    CONSTRAINT ck_template_members CHECK (min_members >= 1 AND min_members <= max_members AND max_members <= 500),
    CONSTRAINT ck_template_leaders CHECK (min_leaders >= 1 AND min_leaders <= max_leaders AND max_leaders <= 2),
    CONSTRAINT ck_template_minutes CHECK (session_minutes BETWEEN 15 AND 480),
    CONSTRAINT ck_template_quorum CHECK (quorum >= 1 AND quorum <= max_members),
    CONSTRAINT ck_template_cadence CHECK (cadence IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY'))
);

CREATE TABLE support_group (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id    BIGINT       NOT NULL,
    template_id        BIGINT       NOT NULL,
    name               VARCHAR(120) NOT NULL,
    min_members        INT          NOT NULL,
    max_members        INT          NOT NULL,
    quorum             INT          NOT NULL,
    session_minutes    INT          NOT NULL,
    closed_after_start BOOLEAN      NOT NULL,
    intake_required    BOOLEAN      NOT NULL,
    self_enrolment     BOOLEAN      NOT NULL,
    starts_on          DATE,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT pk_support_group PRIMARY KEY (id),
    CONSTRAINT uq_support_group_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_support_group_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_support_group_template FOREIGN KEY (template_id) REFERENCES programme_template (id),
    CONSTRAINT ck_group_members CHECK (min_members >= 1 AND min_members <= max_members),
    CONSTRAINT ck_group_quorum CHECK (quorum >= 1 AND quorum <= max_members)
);

-- One lead and at most one co-lead per group; a person leads a group in one role only.
CREATE TABLE group_leader (
    group_id  BIGINT     NOT NULL,
    person_id BIGINT     NOT NULL,
    role      VARCHAR(8) NOT NULL,
    CONSTRAINT pk_group_leader PRIMARY KEY (group_id, role),
    CONSTRAINT uq_group_leader_person UNIQUE (group_id, person_id),
    CONSTRAINT fk_group_leader_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_leader_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_group_leader_role CHECK (role IN ('LEAD', 'CO_LEAD'))
);

CREATE TABLE facilitator_profile (
    person_id        BIGINT       NOT NULL,
    training         VARCHAR(500),
    accredited_until DATE,
    max_groups       INT          NOT NULL DEFAULT 4,
    CONSTRAINT pk_facilitator_profile PRIMARY KEY (person_id),
    CONSTRAINT fk_facilitator_profile_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_facilitator_max_groups CHECK (max_groups BETWEEN 1 AND 50)
);

-- A person's place in a group. Leaving deletes the row: no reason, no history is kept.
CREATE TABLE membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    group_id   BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    status     VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (id),
    CONSTRAINT uq_membership_person UNIQUE (group_id, person_id),
    CONSTRAINT fk_membership_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_membership_status CHECK (status IN ('INVITED', 'REQUESTED', 'MEMBER', 'WAITLISTED'))
);
CREATE INDEX ix_membership_queue ON membership (group_id, status, id);

-- The hard limit on members, enforced by the database: a group has exactly max_members seat rows,
-- a member holds one, and a seat is claimed with one atomic UPDATE ... LIMIT 1. No seat, no membership.
CREATE TABLE group_seat (
    group_id      BIGINT NOT NULL,
    seat_no       INT    NOT NULL,
    membership_id BIGINT,
    CONSTRAINT pk_group_seat PRIMARY KEY (group_id, seat_no),
    CONSTRAINT uq_group_seat_membership UNIQUE (membership_id),
    CONSTRAINT fk_group_seat_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_seat_membership FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE SET NULL
);

CREATE TABLE ground_rules_version (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    group_id   BIGINT        NOT NULL,
    version    INT           NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_ground_rules_version PRIMARY KEY (id),
    CONSTRAINT uq_ground_rules_version UNIQUE (group_id, version),
    CONSTRAINT fk_ground_rules_version_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE
);

CREATE TABLE ground_rules_acceptance (
    rules_version_id BIGINT      NOT NULL,
    person_id        BIGINT      NOT NULL,
    accepted_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_ground_rules_acceptance PRIMARY KEY (rules_version_id, person_id),
    CONSTRAINT fk_rules_acceptance_version FOREIGN KEY (rules_version_id) REFERENCES ground_rules_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_rules_acceptance_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

-- Single-use, expiring links to accept a version of the rules from an email. Only the hash is kept.
CREATE TABLE ground_rules_link (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash       CHAR(64)    NOT NULL,
    rules_version_id BIGINT      NOT NULL,
    person_id        BIGINT      NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    used_at          DATETIME(6),
    CONSTRAINT pk_ground_rules_link PRIMARY KEY (id),
    CONSTRAINT uq_ground_rules_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_ground_rules_link_version FOREIGN KEY (rules_version_id) REFERENCES ground_rules_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_ground_rules_link_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

INSERT INTO programme_template (code, name, description, min_members, max_members, min_leaders, max_leaders,
    session_minutes, cadence, session_count, closed_after_start, intake_required, open_audience, online, quorum,
    default_ground_rules, exercise_set_code) VALUES
('balint', 'Balint group',
 'A closed group of clinicians who meet regularly, in the same room, time and day, to explore the clinician-patient relationship through cases presented without notes.',
 8, 12, 1, 2, 90, 'FORTNIGHTLY', NULL, TRUE, TRUE, FALSE, FALSE, 5,
 'What is said in the group stays in the group.
No names of patients or colleagues.
Nothing said here is attributed to anyone outside it.
We listen without judgement.
Cases are presented from memory, without notes.
We commit to attending every session, and send apologies if we cannot.',
 'balint-structure'),
('schwartz', 'Schwartz Round',
 'An open forum, usually monthly at lunchtime, where a panel of staff tell stories about the emotional side of care. Not a problem-solving forum.',
 1, 300, 1, 2, 60, 'MONTHLY', NULL, FALSE, FALSE, TRUE, FALSE, 1,
 'No names of patients or colleagues are used.
Nothing said is attributed to anyone afterwards.
The Round is for reflection, not for solving problems.
We listen to each story with respect.',
 NULL),
('hthp', 'Helping the Helper',
 'A six-week course for a small cohort of colleagues: in-session exercises and homework that build closeness through courageous self-disclosure answered with understanding and care.',
 4, 8, 1, 2, 90, 'WEEKLY', 6, TRUE, FALSE, FALSE, FALSE, 3,
 'What is shared in the group stays in the group.
No names of patients or colleagues.
Each of us shares only what we choose to share.
We respond to each other with understanding, validation and care.
We commit to all six sessions and to trying the homework.',
 'hthp-six-week'),
('cbt-act', 'CBT/ACT skills group',
 'Six short sessions every two weeks with sequential topics and worksheets between sessions, led by a licensed therapist.',
 4, 12, 1, 2, 30, 'FORTNIGHTLY', 6, TRUE, FALSE, FALSE, FALSE, 3,
 'What is shared in the group stays in the group.
No names of patients or colleagues.
We listen without judgement.
If we miss a session we catch up on its worksheet.',
 'cbt-act-six-session'),
('performance', 'Performance-improvement group',
 'Six virtual sessions every two weeks, led by a systems or quality lead; tasks between sessions are reported back at the next.',
 4, 12, 1, 2, 60, 'FORTNIGHTLY', 6, FALSE, FALSE, FALSE, TRUE, 3,
 'What is discussed stays in the group.
No names of patients or colleagues.
We look at systems, not at blaming people.',
 NULL),
('peer-support', 'Peer support / reflective practice / group supervision',
 'A structured group with ground rules and psychological safety, in time protected in the rota.',
 6, 12, 1, 2, 90, 'FORTNIGHTLY', NULL, FALSE, FALSE, FALSE, FALSE, 4,
 'What is said in the group stays in the group.
No names of patients or colleagues.
Nothing said here is attributed to anyone outside it.
We listen without judgement.
This time is protected: we do not take calls or bleeps unless we must.',
 NULL);
