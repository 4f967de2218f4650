-- Roles, invitations, worker narratives' consent basis and credit, and imported stories.
-- Admins are not stored: they come from STORYBOT_ADMIN_IDS at every start.

-- A short label an admin may give a team member when inviting them ("Sam, Leeds team"),
-- shown only to admins in /team and /revoke. Never taken from Telegram.
ALTER TABLE people ADD COLUMN team_label TEXT;
ALTER TABLE people ADD COLUMN role_since TEXT;

-- Single-use invitation codes. Only a salted hash of the code is stored, so a copy of the
-- database cannot be used to join: the code itself is shown once, to the admin.
CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    salt        BLOB NOT NULL,                -- random, 16 bytes, one per invitation
    code_hash   BLOB NOT NULL,                -- HMAC-SHA256(salt, normalised code)
    role        TEXT NOT NULL CHECK (role IN ('worker', 'facilitator')),
    label       TEXT,                         -- the admin's label for the invitee, if any
    created_by  TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_by     TEXT REFERENCES people(id) ON DELETE SET NULL,
    used_at     TEXT
);
CREATE INDEX invitations_created ON invitations(created_at);

-- Wrong codes sent to /join, for the limit of 5 an hour. Ids and times only.
CREATE TABLE join_failures (
    id          INTEGER PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    failed_at   TEXT NOT NULL
);
CREATE INDEX join_failures_person ON join_failures(person_id, failed_at);

-- Whom a story is about and on what basis it may be shared. A participant's own story is
-- 'self'. A worker's narrative is about a 'person' (who agreed: `basis` says how) or about
-- 'no_one' identifiable. Imports carry the CSV's consent_basis text.
ALTER TABLE consents ADD COLUMN about TEXT NOT NULL DEFAULT 'self'
    CHECK (about IN ('self', 'person', 'no_one'));
ALTER TABLE consents ADD COLUMN basis TEXT
    CHECK (about <> 'person' OR basis IS NOT NULL);

-- A worker is never named in any output unless they chose to be: the name they chose, or NULL.
ALTER TABLE stories ADD COLUMN credit TEXT;
-- Where the story came from, and for imports the day it was told and a hash of the row,
-- so that importing the same file again adds nothing (also after a story is withdrawn).
ALTER TABLE stories ADD COLUMN source TEXT NOT NULL DEFAULT 'chat' CHECK (source IN ('chat', 'import'));
ALTER TABLE stories ADD COLUMN told_on TEXT;
ALTER TABLE stories ADD COLUMN import_hash TEXT;
CREATE UNIQUE INDEX stories_import_hash ON stories(import_hash) WHERE import_hash IS NOT NULL;
