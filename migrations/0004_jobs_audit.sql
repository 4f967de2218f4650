-- Scheduled jobs, reminders, the data lifecycle and the audit log (issue 6).

-- When the person last did anything (retention and reminders count from here), whether
-- they said "no more reminders", and whether Telegram refused a message (they blocked us).
ALTER TABLE people ADD COLUMN last_seen_at TEXT;
ALTER TABLE people ADD COLUMN reminders_off_at TEXT;
ALTER TABLE people ADD COLUMN inactive_at TEXT;
UPDATE people SET last_seen_at = created_at;

-- The next due time of each periodic job. Kept here, not in memory, so a restart neither
-- loses a job nor runs it twice.
CREATE TABLE schedule (
    job         TEXT PRIMARY KEY,             -- 'reminders' | 'retention' | 'digest' | 'backup'
    due_at      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- One row per run, claimed before the work starts: (job, slot) is unique, so a slot runs
-- at most once even across restarts or two processes.
CREATE TABLE job_runs (
    id           INTEGER PRIMARY KEY,
    job          TEXT NOT NULL,
    slot         TEXT NOT NULL,               -- the due time this run was for
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    outcome      TEXT NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'done', 'failed')),
    detail       TEXT NOT NULL DEFAULT '{}',  -- JSON counts and ids, never story text
    UNIQUE (job, slot)
);

-- Reminders about an unfinished story; claimed before sending, so never sent twice.
CREATE TABLE reminders (
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    number    INTEGER NOT NULL CHECK (number >= 1),
    sent_at   TEXT NOT NULL,
    outcome   TEXT NOT NULL DEFAULT 'sending'
              CHECK (outcome IN ('sending', 'sent', 'blocked', 'failed')),
    PRIMARY KEY (story_id, number)
);

-- Who did what, when. Ids and counts only: never story text, never Telegram ids.
CREATE TABLE audit (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,                   -- a person id, 'operator' or 'scheduler'
    action   TEXT NOT NULL,                   -- such as 'consent.given', 'backup.created'
    subject  TEXT NOT NULL DEFAULT '',        -- such as 'story:12', 'person:ab12...'
    detail   TEXT NOT NULL DEFAULT '{}'       -- JSON
);
CREATE INDEX audit_at ON audit(at);
CREATE INDEX audit_action ON audit(action, at);
