-- What the NLP pipeline suggested for each story, and safeguarding flags.
-- Suggestions carry their score, evidence and versions; only a person sets a decision.

CREATE TABLE analyses (
    story_id          INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    model_version     TEXT NOT NULL,
    codebook_version  TEXT NOT NULL,
    safeguarding      INTEGER NOT NULL CHECK (safeguarding IN (0, 1)),
    analysed_at       TEXT NOT NULL
);

CREATE TABLE theme_suggestions (
    story_id          INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    theme_id          TEXT NOT NULL,
    score             REAL NOT NULL,
    evidence          TEXT NOT NULL DEFAULT '[]',  -- JSON list of phrases from the story
    rank              INTEGER NOT NULL,            -- 0 = best
    model_version     TEXT NOT NULL,
    codebook_version  TEXT NOT NULL,
    decision          TEXT CHECK (decision IN ('accepted', 'rejected')),
    decided_by        TEXT REFERENCES people(id) ON DELETE SET NULL,
    decided_at        TEXT,
    PRIMARY KEY (story_id, theme_id)
);

CREATE TABLE redaction_suggestions (
    id             INTEGER PRIMARY KEY,
    story_id       INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    start          INTEGER NOT NULL,   -- Python str offsets in that answer's text
    end            INTEGER NOT NULL,
    label          TEXT NOT NULL,
    model_version  TEXT NOT NULL,
    decision       TEXT CHECK (decision IN ('accepted', 'rejected')),
    decided_by     TEXT REFERENCES people(id) ON DELETE SET NULL,
    decided_at     TEXT,
    CHECK (start < end)
);
CREATE INDEX redaction_suggestions_story ON redaction_suggestions(story_id);

CREATE TABLE safeguarding_flags (
    id                 INTEGER PRIMARY KEY,
    person_id          TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    story_id           INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    source             TEXT NOT NULL CHECK (source IN ('conversation', 'analysis')),
    reasons            TEXT NOT NULL,      -- JSON list of kinds of risk, never the words
    contact_requested  INTEGER CHECK (contact_requested IN (0, 1)),  -- NULL: not answered
    raised_at          TEXT NOT NULL,
    acknowledged_at    TEXT,
    acknowledged_by    TEXT REFERENCES people(id) ON DELETE SET NULL
);
CREATE INDEX safeguarding_flags_open ON safeguarding_flags(acknowledged_at);

-- Messages to the team waiting to be sent by a channel (an outbox: written in the same
-- transaction as what caused them, so none is lost to a crash).
CREATE TABLE team_notices (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('safeguarding', 'contact_requested')),
    flag_id     INTEGER NOT NULL REFERENCES safeguarding_flags(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    sent_at     TEXT
);
CREATE INDEX team_notices_unsent ON team_notices(sent_at);
