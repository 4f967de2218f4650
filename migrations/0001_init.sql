-- People, their channel identities, consents, stories, answers and conversation state.
-- Times are UTC ISO-8601 text. Ids of people are random and carry no Telegram data.

CREATE TABLE people (
    id          TEXT PRIMARY KEY,             -- pseudonymous, random
    role        TEXT NOT NULL DEFAULT 'participant'
                CHECK (role IN ('participant', 'worker', 'facilitator', 'admin')),
    language    TEXT NOT NULL DEFAULT 'en',
    created_at  TEXT NOT NULL
);

-- Kept apart from people so that an identity can be forgotten while stories stay.
CREATE TABLE identities (
    channel      TEXT NOT NULL,               -- 'telegram' | 'console'
    external_id  TEXT NOT NULL,               -- Telegram user id, console name
    person_id    TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (channel, external_id)
);
CREATE INDEX identities_person ON identities(person_id);

CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    decision        TEXT NOT NULL CHECK (decision IN ('given', 'declined')),
    scope           TEXT CHECK (scope IN ('team', 'sessions', 'reports')),
    notice_version  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    CHECK ((decision = 'given') = (scope IS NOT NULL))
);

CREATE TABLE stories (
    id            INTEGER PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    consent_id    INTEGER NOT NULL REFERENCES consents(id),
    author_role   TEXT NOT NULL CHECK (author_role IN ('participant', 'worker')),
    question_set  TEXT NOT NULL,
    language      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'pending', 'confirmed', 'withdrawn')),
    created_at    TEXT NOT NULL,
    submitted_at  TEXT,
    withdrawn_at  TEXT
);
CREATE INDEX stories_person ON stories(person_id);
CREATE INDEX stories_status ON stories(status, submitted_at);

CREATE TABLE answers (
    story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    position     INTEGER NOT NULL,            -- order asked
    text         TEXT NOT NULL,
    message_ref  TEXT,                        -- channel message id, so an edit finds its answer
    answered_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (story_id, question_id)
);
CREATE INDEX answers_message ON answers(message_ref);

-- Where each person is in a conversation. One row per person; the engine's only state.
CREATE TABLE conversations (
    person_id   TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    data        TEXT NOT NULL DEFAULT '{}',   -- JSON: story id, question index, pending choice
    updated_at  TEXT NOT NULL
);
