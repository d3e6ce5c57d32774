-- The exercise and homework library, each group's plan per session, and homework self-reports.
-- The same SQL runs on MySQL/MariaDB and on H2 in MySQL mode.
-- The library text is Kindred's own, written from the programmes' principles (docs: product brief,
-- section 2); it copies no published manual.

-- One session's worth of a programme's collection: collection_code is a programme template's
-- exercise_set_code. session_no NULL means the same structure serves every session (Balint).
CREATE TABLE exercise_set (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    code             VARCHAR(60)   NOT NULL,
    collection_code  VARCHAR(60)   NOT NULL,
    session_no       INT,
    title            VARCHAR(120)  NOT NULL,
    homework_title   VARCHAR(120),
    homework_task    VARCHAR(1000),
    CONSTRAINT pk_exercise_set PRIMARY KEY (id),
    CONSTRAINT uq_exercise_set_code UNIQUE (code),
    CONSTRAINT uq_exercise_set_session UNIQUE (collection_code, session_no),
    CONSTRAINT ck_exercise_set_session CHECK (session_no IS NULL OR session_no BETWEEN 1 AND 52),
    CONSTRAINT ck_exercise_set_homework CHECK ((homework_title IS NULL) = (homework_task IS NULL))
);

CREATE TABLE exercise (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    set_id           BIGINT        NOT NULL,
    position         INT           NOT NULL,
    code             VARCHAR(60)   NOT NULL,
    title            VARCHAR(120)  NOT NULL,
    aim              VARCHAR(500)  NOT NULL,
    instructions     VARCHAR(2000) NOT NULL,
    duration_minutes INT           NOT NULL,
    format           VARCHAR(12)   NOT NULL,
    safety_note      VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_exercise PRIMARY KEY (id),
    CONSTRAINT uq_exercise_code UNIQUE (code),
    CONSTRAINT uq_exercise_position UNIQUE (set_id, position),
    CONSTRAINT fk_exercise_set FOREIGN KEY (set_id) REFERENCES exercise_set (id),
    CONSTRAINT ck_exercise_minutes CHECK (duration_minutes BETWEEN 1 AND 240),
    CONSTRAINT ck_exercise_format CHECK (format IN ('PAIRS', 'ROUND', 'WHOLE_GROUP'))
);

-- A group's own plan for one occurrence: which set, and its exercises in the group's order. The
-- library is never changed by a plan. Without a row, the occurrence follows its default set.
CREATE TABLE session_plan (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    occurrence_id BIGINT      NOT NULL,
    group_id      BIGINT      NOT NULL,
    set_id        BIGINT,
    changed_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_session_plan PRIMARY KEY (id),
    CONSTRAINT uq_session_plan_occurrence UNIQUE (occurrence_id),
    CONSTRAINT fk_session_plan_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_plan_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_plan_set FOREIGN KEY (set_id) REFERENCES exercise_set (id)
);

-- Keyed by exercise, not position: an exercise appears once per plan, and reordering then only
-- updates positions, never briefly holding two rows at one key.
CREATE TABLE session_plan_exercise (
    plan_id     BIGINT NOT NULL,
    position    INT    NOT NULL,
    exercise_id BIGINT NOT NULL,
    CONSTRAINT pk_session_plan_exercise PRIMARY KEY (plan_id, exercise_id),
    CONSTRAINT fk_session_plan_exercise_plan FOREIGN KEY (plan_id) REFERENCES session_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_plan_exercise_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id)
);

-- Self-reported homework: done or not, per member and occurrence. Nothing else: no content, no
-- reflection text, no time. The row goes with the membership (a member who leaves takes their
-- answers with them) and with the occurrence; the attendance retention job deletes the rest.
CREATE TABLE homework_report (
    occurrence_id BIGINT  NOT NULL,
    group_id      BIGINT  NOT NULL,
    person_id     BIGINT  NOT NULL,
    done          BOOLEAN NOT NULL,
    CONSTRAINT pk_homework_report PRIMARY KEY (occurrence_id, person_id),
    CONSTRAINT fk_homework_report_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE,
    CONSTRAINT fk_homework_report_membership FOREIGN KEY (group_id, person_id)
        REFERENCES membership (group_id, person_id) ON DELETE CASCADE
);
CREATE INDEX ix_homework_report_membership ON homework_report (group_id, person_id);

-- ---------------------------------------------------------------------------------------------
-- Helping the Helper: six weeks following awareness, then courage, then responsiveness, then
-- taking the practice to work. Each week fits in 90 minutes with a check-in and a close.
-- ---------------------------------------------------------------------------------------------
INSERT INTO exercise_set (code, collection_code, session_no, title, homework_title, homework_task) VALUES
('hthp-week-1', 'hthp-six-week', 1, 'Week 1: Noticing what matters',
 'Three moments that mattered',
 'Once a day, pause for a minute and notice one moment at work when something mattered to you: a patient, a colleague, a task. Notice what you felt and where you felt it. Keep it in your head or on paper of your own; nothing is handed in.'),
('hthp-week-2', 'hthp-six-week', 2, 'Week 2: A small step towards openness',
 'One small step',
 'Tell one person you trust, at work or at home, something slightly more personal than you usually would. Afterwards notice what it was like before, during and after.'),
('hthp-week-3', 'hthp-six-week', 3, 'Week 3: Responding with understanding, validation and care',
 'Catch a good response',
 'Notice one time when you responded to a colleague, and one time when someone responded to you. Which of understanding, validation and care was there, and which was missing?'),
('hthp-week-4', 'hthp-six-week', 4, 'Week 4: A larger step',
 'Let someone in',
 'Choose a colleague you would like to be closer to and share something that matters to you, at a pace that feels safe. If they respond with care, let it land before moving on.'),
('hthp-week-5', 'hthp-six-week', 5, 'Week 5: Here and now, and asking for what we need',
 'Make one ask',
 'Ask a colleague for one thing you need: help, time, a listening ear or feedback. Notice the urge to hold back and what happens when you ask anyway.'),
('hthp-week-6', 'hthp-six-week', 6, 'Week 6: Taking the practice to work',
 'Keep it going',
 'Carry out the plan you made today within the next two weeks. If you paired up with a buddy, check in with each other once.');

INSERT INTO exercise (set_id, position, code, title, aim, instructions, duration_minutes, format, safety_note) VALUES
((SELECT id FROM exercise_set WHERE code = 'hthp-week-1'), 1, 'hthp-1-check-in', 'Arriving',
 'Help everyone land in the room and hear each voice early.',
 'Invite each person in turn to give their first name, their role and one word for how they are arriving today. The facilitator goes first to model brevity.',
 10, 'ROUND', 'Anyone may pass. A word is enough.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-1'), 2, 'hthp-1-agreement', 'How we will work together',
 'Agree the ground rules and the shape of the six weeks, so that the group feels safe enough to take risks.',
 'Read the ground rules aloud and ask what each means in practice. Explain the arc of the course: noticing, taking small risks, responding with care, and taking it to work. Invite questions and additions.',
 15, 'WHOLE_GROUP', 'Say clearly that nobody has to share more than they choose, and how to leave the room if they need to.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-1'), 3, 'hthp-1-why-this-work', 'What keeps me in this work',
 'Connect each person with what they value about their work.',
 'In pairs, each person has five minutes to talk about what drew them to this work and what keeps them in it, while the other listens without interrupting. Then swap. Finish with two minutes on what each noticed while speaking.',
 20, 'PAIRS', 'Keep to the person''s own experience; no patient or colleague names.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-1'), 4, 'hthp-1-noticing', 'Noticing in the moment',
 'Practise noticing thoughts, feelings and body sensations as they happen in a conversation.',
 'Lead a short pause: feet on the floor, notice breath, body, feelings and thoughts. Then ask what people noticed during the pair exercise, especially the moments they wanted to say more, or less.',
 20, 'WHOLE_GROUP', 'Offer eyes-open options. Someone who finds the pause uncomfortable can simply sit quietly.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-1'), 5, 'hthp-1-homework', 'Introducing the week''s practice',
 'Make the homework feel possible and personal.',
 'Describe the homework and ask each person when in their day they could take a minute to notice. Agree that next week everyone will say only whether they tried it.',
 10, 'WHOLE_GROUP', 'Homework is an invitation, not a test.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-1'), 6, 'hthp-1-close', 'Closing round',
 'End together and notice what each person takes away.',
 'Each person says one thing they are taking away from today, in a sentence.',
 10, 'ROUND', 'Anyone may pass. Remind people of the support available after the session.'),

((SELECT id FROM exercise_set WHERE code = 'hthp-week-2'), 1, 'hthp-2-check-in', 'Check-in and last week''s practice',
 'Reconnect, and normalise both trying and not trying the homework.',
 'In turn, each person says how they are today and, if they wish, one thing they noticed during the week.',
 15, 'ROUND', 'Anyone may pass. Not having done the homework is fine and worth saying.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-2'), 2, 'hthp-2-opening-up', 'What helps me open up, and what holds me back',
 'Become aware of our own patterns of hiding and showing at work.',
 'As a whole group, gather on a flipchart what makes it easier to open up to colleagues and what makes it harder. Invite people to say which ones they recognise in themselves.',
 15, 'WHOLE_GROUP', 'Keep the focus on patterns, not on particular workplaces or people.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-2'), 3, 'hthp-2-small-disclosure', 'A small disclosure',
 'Take a first, small risk of being known, and experience being listened to.',
 'In pairs, the speaker shares something small they would not usually share at work, for three minutes. The listener listens, then says back in a sentence or two what they heard. Swap. Then talk together about what it was like.',
 25, 'PAIRS', 'Choose something small on purpose: the point is the step, not the size. Either person may stop at any time.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-2'), 4, 'hthp-2-debrief', 'What it was like',
 'Turn the pair experience into learning about courage.',
 'Ask the whole group what it was like to speak and to be heard. What did people notice just before they spoke? Draw out that a small risk is still a risk.',
 15, 'WHOLE_GROUP', 'Ask about the experience of sharing, never about what was shared.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-2'), 5, 'hthp-2-close', 'Closing round',
 'End together and name the week''s step.',
 'Describe the homework, then each person names, in a few words, the small step they might take this week.',
 10, 'ROUND', 'Anyone may pass.'),

((SELECT id FROM exercise_set WHERE code = 'hthp-week-3'), 1, 'hthp-3-check-in', 'Check-in',
 'Reconnect and hear how the small step went.',
 'In turn, each person says how they are and whether they tried last week''s step.',
 10, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-3'), 2, 'hthp-3-three-responses', 'Three ways to respond',
 'Understand what responding with understanding, validation and care looks and sounds like.',
 'Explain the three: understanding (I get what you mean), validation (it makes sense that you feel this) and care (I am with you). With a co-facilitator or a volunteer, show a short exchange answered first without them and then with them. Ask what the difference felt like.',
 15, 'WHOLE_GROUP', 'Use a made-up example for the demonstration.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-3'), 3, 'hthp-3-respond-and-check', 'Respond, then check',
 'Practise responding well, and hear from the speaker what actually helped.',
 'In pairs, the speaker shares a moderate worry for three minutes. The listener responds using the three ways. The speaker then says which response landed best. Swap, and repeat once more if time allows.',
 30, 'PAIRS', 'A moderate worry, not the hardest thing. The listener does not give advice or fix.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-3'), 4, 'hthp-3-debrief', 'What landed',
 'Collect what the group has learnt about responding.',
 'As a whole group, gather examples of phrases and gestures that people found helpful, and ones that missed.',
 15, 'WHOLE_GROUP', 'Keep to the responses, not the worries that were shared.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-3'), 5, 'hthp-3-close', 'Closing round',
 'End together.',
 'Describe the homework, then each person says one response they want to practise this week.',
 10, 'ROUND', 'Anyone may pass.'),

((SELECT id FROM exercise_set WHERE code = 'hthp-week-4'), 1, 'hthp-4-check-in', 'Check-in',
 'Reconnect and notice how people arrive.',
 'In turn, each person says how they are and one response they noticed during the week.',
 10, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-4'), 2, 'hthp-4-choosing', 'Choosing what to share',
 'Help each person choose a disclosure that is a stretch but safe.',
 'Talk about the difference between a stretch and a strain. Invite everyone to think quietly of something that matters more than last time, and to check it against their own limits before the pairs begin.',
 10, 'WHOLE_GROUP', 'Remind the group of the right to pass and to change their mind.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-4'), 3, 'hthp-4-bigger-step', 'A larger step',
 'Experience a more vulnerable disclosure answered with understanding, validation and care.',
 'In pairs, the speaker shares something that matters for five minutes. The listener responds with understanding, validation and care, then asks what it was like to share. Swap.',
 30, 'PAIRS', 'If either person becomes distressed, pause, slow down and call the facilitator over. No patient or colleague names.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-4'), 4, 'hthp-4-noticed', 'What we noticed',
 'Name the courage in the room and how it was met.',
 'In turn, each person says one thing they noticed in themselves as speaker and one as listener.',
 20, 'ROUND', 'Ask about the experience, never the content of what was shared.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-4'), 5, 'hthp-4-close', 'Closing round',
 'End together and settle before returning to work.',
 'Describe the homework. Then a short grounding pause, and each person says how they are leaving.',
 10, 'ROUND', 'Check in individually with anyone who seems shaken before they leave.'),

((SELECT id FROM exercise_set WHERE code = 'hthp-week-5'), 1, 'hthp-5-check-in', 'Check-in',
 'Reconnect.',
 'In turn, each person says how they are and, if they wish, how letting someone in went.',
 10, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-5'), 2, 'hthp-5-here-and-now', 'Here and now',
 'Practise awareness, courage and care with the people in the room, as it happens.',
 'Invite people to say what it is like to be in this group right now: something they appreciate about someone here, or something that has been hard. The facilitator models a short, genuine example first and responds to each contribution with care.',
 25, 'WHOLE_GROUP', 'Appreciations are specific and about behaviour. Nobody is asked to respond to a difficulty on the spot.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-5'), 3, 'hthp-5-asking', 'Asking for what I need',
 'Rehearse asking a colleague for support.',
 'In pairs, each person thinks of something they need at work and practises asking for it, with the partner responding warmly. Swap, then talk about what made asking hard or easy.',
 25, 'PAIRS', 'Practise the asking, not the negotiation. Keep workplace details general.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-5'), 4, 'hthp-5-debrief', 'What we learnt about asking',
 'Gather what helps people ask.',
 'As a whole group, share what made asking easier and what the listener did that helped.',
 10, 'WHOLE_GROUP', 'Keep to the experience of asking.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-5'), 5, 'hthp-5-close', 'Closing round',
 'End together and look ahead to the last session.',
 'Describe the homework and mention that next week is the last session. Each person names one ask they might make.',
 10, 'ROUND', 'Anyone may pass.'),

((SELECT id FROM exercise_set WHERE code = 'hthp-week-6'), 1, 'hthp-6-check-in', 'Check-in',
 'Reconnect for the last session.',
 'In turn, each person says how they are and whether they made an ask.',
 10, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-6'), 2, 'hthp-6-what-changed', 'What has changed',
 'Notice what the six weeks have changed.',
 'In turn, each person says one thing that is different in how they notice, share or respond since the first week.',
 20, 'ROUND', 'Small changes count. Nobody needs to report a transformation.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-6'), 3, 'hthp-6-at-work', 'My practice at work',
 'Plan how to bring awareness, courage and care to colleagues at work.',
 'In pairs, each person makes one specific plan: with whom, when, and what they will do. The partner helps make it small enough to happen. Pairs may agree to be each other''s buddy.',
 25, 'PAIRS', 'Plans are about the person''s own behaviour, not about changing others.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-6'), 4, 'hthp-6-appreciations', 'Appreciations',
 'Close the group''s work with care for one another.',
 'In turn, each person says one thing they appreciated about the group or about someone in it.',
 20, 'ROUND', 'Anyone may pass. Keep appreciations specific.'),
((SELECT id FROM exercise_set WHERE code = 'hthp-week-6'), 5, 'hthp-6-close', 'Ending',
 'End the course well.',
 'Describe the homework and any follow-up. Thank the group and close with a moment of quiet.',
 10, 'WHOLE_GROUP', 'Say where support is available now that the group has ended.');

-- ---------------------------------------------------------------------------------------------
-- Balint group: the same structure every session (session_no NULL). No homework.
-- ---------------------------------------------------------------------------------------------
INSERT INTO exercise_set (code, collection_code, session_no, title, homework_title, homework_task) VALUES
('balint-session', 'balint-structure', NULL, 'A Balint session', NULL, NULL);

INSERT INTO exercise (set_id, position, code, title, aim, instructions, duration_minutes, format, safety_note) VALUES
((SELECT id FROM exercise_set WHERE code = 'balint-session'), 1, 'balint-arrive', 'Arriving',
 'Settle, and remind everyone of the frame.',
 'Welcome the group and briefly restate confidentiality and that cases are told from memory.',
 5, 'WHOLE_GROUP', 'Start on time; latecomers join quietly.'),
((SELECT id FROM exercise_set WHERE code = 'balint-session'), 2, 'balint-choose-case', 'Who has a case?',
 'Choose a patient relationship to work on.',
 'Ask who has a patient on their mind. If several, let the group choose, or agree to hear one and keep the other for next time.',
 5, 'WHOLE_GROUP', 'It is fine if nobody has a case at first; sit with the silence.'),
((SELECT id FROM exercise_set WHERE code = 'balint-session'), 3, 'balint-presentation', 'Case presentation',
 'Hear the story of a clinician-patient relationship as the presenter carries it.',
 'The presenter tells the story without notes, including what they felt. The group listens without interrupting.',
 10, 'WHOLE_GROUP', 'No patient names or identifying details.'),
((SELECT id FROM exercise_set WHERE code = 'balint-session'), 4, 'balint-questions', 'Questions of fact',
 'Fill gaps in the picture, without starting the discussion.',
 'Invite short factual questions only. Gently stop questions that are really advice or interpretation.',
 10, 'WHOLE_GROUP', 'Protect the presenter from cross-examination.'),
((SELECT id FROM exercise_set WHERE code = 'balint-session'), 5, 'balint-pushback', 'Discussion with the presenter pushed back',
 'Let the group imagine the relationship freely while the presenter listens.',
 'The presenter moves their chair back and stays silent. The group wonders aloud about the patient, the clinician and what passes between them: feelings, fantasies, what is not said. The leader keeps the focus on the relationship rather than on solutions.',
 35, 'WHOLE_GROUP', 'Nobody judges the presenter''s care. Steer away from problem-solving and from personal therapy.'),
((SELECT id FROM exercise_set WHERE code = 'balint-session'), 6, 'balint-return', 'Return of the presenter',
 'Give the presenter space to say what struck them.',
 'Invite the presenter back in to say what they heard and what resonated. The group does not argue or add new ideas.',
 10, 'WHOLE_GROUP', 'The presenter does not have to answer anything.'),
((SELECT id FROM exercise_set WHERE code = 'balint-session'), 7, 'balint-close', 'Close',
 'End together.',
 'A brief round on how people are leaving. Leaders remember to debrief together afterwards.',
 10, 'ROUND', 'Anyone may pass.');

-- ---------------------------------------------------------------------------------------------
-- CBT/ACT skills group: six sessions with a worksheet between each. The template's sessions last
-- 30 minutes, so each outline fits in 30 (and so in 90).
-- ---------------------------------------------------------------------------------------------
INSERT INTO exercise_set (code, collection_code, session_no, title, homework_title, homework_task) VALUES
('cbt-act-1', 'cbt-act-six-session', 1, 'Session 1: Stress and how it shows up',
 'Worksheet: My stress signature',
 'Fill in the worksheet on your own: the early signs of stress in your body, thoughts and behaviour. Keep it; it is not handed in.'),
('cbt-act-2', 'cbt-act-six-session', 2, 'Session 2: Thoughts are not facts',
 'Worksheet: Catching a thought',
 'Twice this fortnight, note a stressful thought, how strongly you believed it, and what happened when you named it as a thought.'),
('cbt-act-3', 'cbt-act-six-session', 3, 'Session 3: Making room for feelings',
 'Worksheet: Willingness diary',
 'Note one difficult feeling each day and one small thing you did while letting it be there.'),
('cbt-act-4', 'cbt-act-six-session', 4, 'Session 4: Coming back to the present',
 'Worksheet: Three-minute pause log',
 'Take a three-minute pause once a day and tick it off on the log.'),
('cbt-act-5', 'cbt-act-six-session', 5, 'Session 5: What matters to me',
 'Worksheet: My values compass',
 'Write a few words for what matters to you at work, at home, in relationships and in your own health.'),
('cbt-act-6', 'cbt-act-six-session', 6, 'Session 6: Small steps that count',
 'Worksheet: My next-steps plan',
 'Choose one small value-led action for each of the next four weeks and write when you will do it.');

INSERT INTO exercise (set_id, position, code, title, aim, instructions, duration_minutes, format, safety_note) VALUES
((SELECT id FROM exercise_set WHERE code = 'cbt-act-1'), 1, 'cbt-1-check-in', 'Check-in', 'Arrive and meet the group.',
 'Each person gives their name and one word for today.', 3, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-1'), 2, 'cbt-1-topic', 'How stress works', 'Understand the stress response and its early signs.',
 'Explain the link between situations, thoughts, feelings, body and behaviour with a simple everyday example.', 10, 'WHOLE_GROUP', 'Use a made-up example, not a clinical case.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-1'), 3, 'cbt-1-practice', 'Spotting my signs', 'Recognise personal early warning signs.',
 'In pairs, each person names two or three signs that stress is building for them.', 10, 'PAIRS', 'Share only what you are comfortable with.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-1'), 4, 'cbt-1-close', 'Worksheet and close', 'Set up the worksheet and end together.',
 'Walk through the worksheet, then a one-sentence round on what people take away.', 5, 'ROUND', 'The worksheet stays with each person.'),

((SELECT id FROM exercise_set WHERE code = 'cbt-act-2'), 1, 'cbt-2-check-in', 'Check-in', 'Reconnect.',
 'Each person says how they are and, if they wish, one sign of stress they noticed.', 3, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-2'), 2, 'cbt-2-topic', 'Noticing thoughts as thoughts', 'Learn to step back from unhelpful thoughts.',
 'Introduce naming a thought ("I am having the thought that...") and show how it changes its grip.', 10, 'WHOLE_GROUP', 'Avoid dismissing thoughts as wrong; the aim is distance, not argument.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-2'), 3, 'cbt-2-practice', 'Naming practice', 'Try the technique with a mild thought.',
 'In pairs, each person picks a mild, common work thought and practises naming it, then notices the difference.', 10, 'PAIRS', 'Choose a mild thought.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-2'), 4, 'cbt-2-close', 'Worksheet and close', 'Set up the worksheet and end together.',
 'Walk through the worksheet, then a brief closing round.', 5, 'ROUND', 'The worksheet stays with each person.'),

((SELECT id FROM exercise_set WHERE code = 'cbt-act-3'), 1, 'cbt-3-check-in', 'Check-in', 'Reconnect.',
 'Each person says how they are today.', 3, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-3'), 2, 'cbt-3-topic', 'Struggling with feelings, or making room', 'Understand willingness as an alternative to fighting feelings.',
 'Use a simple metaphor, such as a tug of war you can choose to stop, to show what making room means.', 10, 'WHOLE_GROUP', 'Willingness is not liking or giving up; say so.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-3'), 3, 'cbt-3-practice', 'Breathing around a feeling', 'Practise making room for a mild feeling.',
 'Guide a short exercise: notice a mild feeling, where it sits in the body, and breathe around it. Pairs then share what they noticed.', 10, 'PAIRS', 'Eyes open is fine. Stop if it becomes too much.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-3'), 4, 'cbt-3-close', 'Worksheet and close', 'Set up the worksheet and end together.',
 'Walk through the worksheet, then a brief closing round.', 5, 'ROUND', 'The worksheet stays with each person.'),

((SELECT id FROM exercise_set WHERE code = 'cbt-act-4'), 1, 'cbt-4-check-in', 'Check-in', 'Reconnect.',
 'Each person says how they are today.', 3, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-4'), 2, 'cbt-4-topic', 'Attention on purpose', 'Understand how present-moment attention helps under pressure.',
 'Describe the three-minute pause: notice, gather on the breath, widen to the whole body.', 8, 'WHOLE_GROUP', 'Keep it practical; no special posture is needed.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-4'), 3, 'cbt-4-practice', 'A three-minute pause together', 'Experience the pause once, together.',
 'Lead the pause, then invite a few comments on what people noticed.', 12, 'WHOLE_GROUP', 'Offer eyes-open and moving options.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-4'), 4, 'cbt-4-close', 'Worksheet and close', 'Set up the worksheet and end together.',
 'Walk through the log, then a brief closing round.', 5, 'ROUND', 'The log stays with each person.'),

((SELECT id FROM exercise_set WHERE code = 'cbt-act-5'), 1, 'cbt-5-check-in', 'Check-in', 'Reconnect.',
 'Each person says how they are today.', 3, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-5'), 2, 'cbt-5-topic', 'Values as a compass', 'Distinguish values from goals.',
 'Explain that values are directions rather than destinations, with a short example.', 8, 'WHOLE_GROUP', 'Values are personal; nobody is told what should matter.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-5'), 3, 'cbt-5-practice', 'What I want to stand for', 'Name one value at work.',
 'In pairs, each person describes a moment at work when they felt most like themselves, and names the value in it.', 12, 'PAIRS', 'Share only what you are comfortable with.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-5'), 4, 'cbt-5-close', 'Worksheet and close', 'Set up the worksheet and end together.',
 'Walk through the worksheet, then a brief closing round.', 5, 'ROUND', 'The worksheet stays with each person.'),

((SELECT id FROM exercise_set WHERE code = 'cbt-act-6'), 1, 'cbt-6-check-in', 'Check-in', 'Reconnect for the last session.',
 'Each person says how they are and one thing from the course they have used.', 3, 'ROUND', 'Anyone may pass.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-6'), 2, 'cbt-6-topic', 'From values to action', 'Turn values into small, concrete steps.',
 'Show how to make a step small, specific and scheduled, and how to expect obstacles.', 8, 'WHOLE_GROUP', 'Small is the point.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-6'), 3, 'cbt-6-practice', 'My first step', 'Plan one step for the coming week.',
 'In pairs, each person plans one step and names one likely obstacle and how they will meet it.', 12, 'PAIRS', 'Plans are about one''s own behaviour.'),
((SELECT id FROM exercise_set WHERE code = 'cbt-act-6'), 4, 'cbt-6-close', 'Worksheet and ending', 'End the course well.',
 'Walk through the plan worksheet, thank the group and say where further support is available.', 5, 'ROUND', 'Say where support is available now that the group has ended.');
