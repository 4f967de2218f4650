-- Facilitator review (leases, decisions, the confirmed themes and redacted text), the
-- teller's own view of their story, inquiry sessions and the story sets used at them.
-- Ids and times only, except reviewed_answers, which holds the redacted text that sets use.

-- Who is reviewing which story, until when. One row per story; an expired row is free.
CREATE TABLE review_leases (
    story_id    INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    expires_at  TEXT NOT NULL
);

-- Every decision a reviewer made, as it was made: the record the agreement report and
-- retraining read. `target` is a theme id, a redaction suggestion id or a question id.
CREATE TABLE review_decisions (
    id             INTEGER PRIMARY KEY,
    story_id       INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    person_id      TEXT REFERENCES people(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('theme', 'redaction', 'text', 'story')),
    target         TEXT,
    decision       TEXT NOT NULL CHECK (decision IN (
                       'accepted', 'rejected', 'added', 'corrected', 'confirmed', 'skipped', 'sent_back')),
    model_version  TEXT,
    decided_at     TEXT NOT NULL
);
CREATE INDEX review_decisions_story ON review_decisions(story_id);
CREATE INDEX review_decisions_person ON review_decisions(person_id, decision);

-- The themes a facilitator confirmed for a story (suggested and accepted, or added).
CREATE TABLE story_themes (
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    theme_id    TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('suggested', 'added')),
    PRIMARY KEY (story_id, theme_id)
);
CREATE INDEX story_themes_theme ON story_themes(theme_id);

-- The text a set may show: each answer with the reviewer's redactions applied (or the
-- reviewer's own corrected wording). Deleted, like the answers, when a story is withdrawn.
CREATE TABLE reviewed_answers (
    story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (story_id, question_id)
);

-- Who confirmed a story and when: story sets require this row.
CREATE TABLE story_reviews (
    story_id      INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    confirmed_by  TEXT REFERENCES people(id) ON DELETE SET NULL,
    confirmed_at  TEXT NOT NULL,
    words         INTEGER NOT NULL
);

-- What the teller said their own story is about (codebook ids, at most three) and how
-- telling it felt (1 = very hard ... 5 = very good). Optional, after submitting.
CREATE TABLE teller_views (
    story_id    INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    themes      TEXT NOT NULL DEFAULT '[]',
    felt        INTEGER CHECK (felt BETWEEN 1 AND 5),
    created_at  TEXT NOT NULL
);

-- Whether the teller would like to hear if their story is shared at a session. NULL: not asked.
ALTER TABLE stories ADD COLUMN hear_back INTEGER CHECK (hear_back IN (0, 1));

-- Inquiry events (sense-making sessions).
CREATE TABLE inquiry_sessions (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    themes      TEXT NOT NULL DEFAULT '[]',
    created_by  TEXT REFERENCES people(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
);

-- A built story set and the stories in it, in card order.
CREATE TABLE story_sets (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER REFERENCES inquiry_sessions(id) ON DELETE SET NULL,
    theme_id    TEXT,
    built_by    TEXT REFERENCES people(id) ON DELETE SET NULL,
    built_at    TEXT NOT NULL
);
CREATE TABLE story_set_items (
    set_id    INTEGER NOT NULL REFERENCES story_sets(id) ON DELETE CASCADE,
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (set_id, story_id)
);
CREATE INDEX story_set_items_story ON story_set_items(story_id);

-- Kind notes to tellers that their story was shared at a session (an outbox, as
-- team_notices): one per teller per session, written with the set.
CREATE TABLE teller_notices (
    id          INTEGER PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    session_id  INTEGER NOT NULL REFERENCES inquiry_sessions(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    UNIQUE (person_id, session_id)
);
CREATE INDEX teller_notices_unsent ON teller_notices(sent_at);
