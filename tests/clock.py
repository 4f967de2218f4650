"""A clock tests move by hand: pass it to `Database.open(..., clock=clock)`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.moment = start.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        """Move time on, e.g. `clock.advance(hours=24)`, and return the new moment."""
        self.moment += timedelta(**delta)
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment.astimezone(UTC)
