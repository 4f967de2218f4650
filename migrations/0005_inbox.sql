-- Durable intake: every update fetched from Telegram is written here, committed, before
-- the next getUpdates confirms it. A row moves received -> applied -> done:
--   applied_at/replies are written in the SAME transaction as the conversation engine's
--     own writes, so a replay after a crash never applies an answer twice;
--   done_at is written once the replies went out (or could not be sent for good).
-- Rows keep the raw update (it may carry story text) only until done; then it is cleared.
CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,         -- Telegram's update_id: idempotency key
    lane         TEXT NOT NULL,               -- who it is from: updates of one lane run in order
    payload      TEXT,                        -- the update as JSON; NULL once done
    received_at  TEXT NOT NULL,
    applied_at   TEXT,
    replies      TEXT,                        -- JSON: the engine's replies, to resend on replay
    done_at      TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_pending ON inbox(done_at, update_id);
