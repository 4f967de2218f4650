"""`storybot bench`: load, NLP speed, latency under a backfill, memory, and the crash test.

Everything runs on this machine: a fake Bot API (storybot.testing.fakebotapi) on 127.0.0.1,
and the bot as its own process (`python -m storybot run`, the real Application), so the
bot and the simulated people do not share one interpreter. Figures are printed as they
are measured, including where they fall short of the targets in issue 7.
"""

from __future__ import annotations

import asyncio
import heapq
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import storybot
from storybot.config import Settings
from storybot.db import Database
from storybot.prompts import load_prompts
from storybot.testing.fakebotapi import FakeBotAPI

log = logging.getLogger(__name__)

TOKEN = "777000:BENCH-token"
PACKAGE_PARENT = Path(storybot.__file__).resolve().parent.parent
Message = dict[str, Any]
Check = Callable[[Message], bool]


@dataclass
class Step:
    """One thing a person does, and how to tell the reply they wait for."""

    action: str  # "say" or "press"
    value: str  # text to say, or the callback data to press
    expect: Check


@dataclass
class Person:
    user_id: int
    steps: list[Step]
    index: int = 0
    pushed_at: float = 0.0
    last: Message = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    said: list[str] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.index >= len(self.steps)


def _has_button(prefix: str) -> Check:
    def check(message: Message) -> bool:
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        return any(str(b.get("callback_data", "")).startswith(prefix) for row in rows for b in row)

    return check


def _contains(text: str) -> Check:
    return lambda message: text in message.get("text", "")


def answer_text(user_id: int, number: int) -> str:
    """Return a person's answer, unique to them and to the question, long enough to need no follow-up."""
    return f"Person {user_id} answer {number}: the people at the hub listened and helped ✨"


def story_script(settings: Settings, user_id: int) -> list[Step]:
    """Return the steps of a whole story: start, consent, every question, submit."""
    en = load_prompts(settings.prompts_dir).for_language("en")
    questions = en.question_sets["participant"].questions
    steps = [Step("say", "/start", _has_button("consent:sessions")),
             Step("press", "consent:sessions", _has_button(f"skip:{questions[0].id}"))]
    for number, _ in enumerate(questions):
        following = _has_button(f"skip:{questions[number + 1].id}") if number + 1 < len(questions) else _has_button("submit:")
        steps.append(Step("say", answer_text(user_id, number), following))
    steps.append(Step("press", "submit:", _contains(en.messages.submitted.strip()[:30])))
    return steps


def echo_script(user_id: int, count: int) -> list[Step]:
    """Return `count` texts, each waiting for its echo."""
    return [Step("say", f"echo {user_id} {n}", _contains(f"echo {user_id} {n}")) for n in range(count)]


class Pauses:
    """Run callbacks after a delay, on one thread: people pausing before their next step."""

    def __init__(self) -> None:
        self._due: list[tuple[float, int, Callable[[], None]]] = []
        self._count = 0
        self._wake = threading.Condition()
        threading.Thread(target=self._run, name="bench-pauses", daemon=True).start()

    def after(self, seconds: float, callback: Callable[[], None]) -> None:
        """Call `callback` once `seconds` have passed."""
        with self._wake:
            self._count += 1  # ties in time keep their order and never compare callbacks
            heapq.heappush(self._due, (time.monotonic() + seconds, self._count, callback))
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._due or self._due[0][0] > time.monotonic():
                    self._wake.wait(self._due[0][0] - time.monotonic() if self._due else None)
                _, _, callback = heapq.heappop(self._due)
            callback()


class Crowd:
    """Simulated people: each reply they wait for makes them take their next step.

    At once (pause=0: the most the bot can take, a closed loop where latency is queueing),
    or after a pause of 0.5-1.5 times `pause` seconds (a pace set by the people, where
    latency is the bot's own).
    """

    def __init__(self, fake: FakeBotAPI, people: list[Person], pause: float = 0.0, seed: int = 1) -> None:
        self.fake = fake
        self.people = {p.user_id: p for p in people}
        self.finished = threading.Event()
        self._lock = threading.Lock()
        self._remaining = len(people)
        self._pause = pause
        self._pauses = Pauses() if pause > 0 else None
        self._rng = random.Random(seed)
        self.started = 0.0
        self.ended = 0.0
        fake.on_message(self._on_message)

    def start(self) -> None:
        """Let every person take their first step (spread over one pause when paced)."""
        self.started = time.monotonic()
        for person in self.people.values():
            if self._pauses is None:
                self._act(person)
            else:
                self._pauses.after(self._rng.uniform(0, self._pause), partial(self._act_now, person))

    def _act_now(self, person: Person) -> None:
        with self._lock:
            self._act(person)

    def _act(self, person: Person) -> None:
        step = person.steps[person.index]
        person.pushed_at = time.monotonic()
        if step.action == "say":
            person.said.append(step.value)
            self.fake.send_text(person.user_id, step.value)
            return
        data = step.value
        if data.endswith(":"):  # the target is on the button: "submit:" -> "submit:12"
            rows = person.last.get("reply_markup", {}).get("inline_keyboard", [])
            data = next(b["callback_data"] for row in rows for b in row if b["callback_data"].startswith(data))
        self.fake.press_button(person.user_id, data, message_id=person.last["message_id"])

    def _on_message(self, chat_id: int, message: Message) -> None:
        with self._lock:
            person = self.people.get(chat_id)
            if person is None or person.done or not person.steps[person.index].expect(message):
                return
            person.latencies.append(time.monotonic() - person.pushed_at)
            person.last = message
            person.index += 1
            if person.done:
                self._remaining -= 1
                if self._remaining == 0:
                    self.ended = time.monotonic()
                    self.finished.set()
                return
            if self._pauses is None:
                self._act(person)
            else:
                self._pauses.after(self._rng.uniform(0.5, 1.5) * self._pause, partial(self._act_now, person))

    def progress(self) -> int:
        """Return how many steps have been answered, across everyone."""
        with self._lock:
            return sum(p.index for p in self.people.values())

    def report(self) -> dict[str, Any]:
        """Summarise throughput and latency of a finished (or stopped) run."""
        latencies = sorted(x for p in self.people.values() for x in p.latencies)
        wall = (self.ended or time.monotonic()) - self.started
        return {
            "people": len(self.people),
            "completed": sum(p.done for p in self.people.values()),
            "updates": len(latencies),
            "seconds": round(wall, 3),
            "updates_per_s": round(len(latencies) / wall, 1) if wall > 0 else None,
            "p50_ms": round(_quantile(latencies, 0.50) * 1000, 1),
            "p99_ms": round(_quantile(latencies, 0.99) * 1000, 1),
        }


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(q * len(values)))]


# --- the bot as its own process ------------------------------------------------------


def bot_environment(fake: FakeBotAPI, database: Path, **extra: str) -> dict[str, str]:
    """Return the environment of a bot process pointed at the fake, with Telegram's limits off."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    env.update(
        STORYBOT_TELEGRAM_TOKEN=fake.token,
        STORYBOT_TELEGRAM_API_URL=fake.base_url,
        STORYBOT_DATABASE=str(database),
        # The bench measures our capacity, not Telegram's pace (1/s per chat, 30/s overall).
        STORYBOT_TELEGRAM_CHAT_RATE="0",
        STORYBOT_TELEGRAM_OVERALL_RATE="0",
        PTB_TIMEDELTA="true",
        # The bot process imports the same storybot as this one (a worktree, or site-packages).
        PYTHONPATH=str(PACKAGE_PARENT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    env.update(extra)
    return env


@contextmanager
def bot_process(command: list[str], env: dict[str, str], log_path: Path, fake: FakeBotAPI) -> Iterator[subprocess.Popen[bytes]]:
    """Start a bot process, wait until it polls, and stop it (SIGTERM, then SIGKILL) after."""
    with open(log_path, "ab") as stderr:
        process = subprocess.Popen([sys.executable, *command], env=env, stderr=stderr, stdout=subprocess.DEVNULL)
        try:
            wait_polling(fake, process)
            yield process
        finally:
            if process.poll() is None:
                stop(process)


def stop(process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    """Ask a bot process to stop (SIGTERM); kill it if it has not stopped in time."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_polling(fake: FakeBotAPI, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    """Wait until the process has sent a getUpdates the fake has not seen before."""
    seen = len(fake.calls("getUpdates"))
    deadline = time.monotonic() + timeout
    while len(fake.calls("getUpdates")) <= seen:
        if process.poll() is not None:
            raise RuntimeError(f"the bot process exited with {process.returncode} before polling")
        if time.monotonic() > deadline:
            raise RuntimeError("the bot process did not start polling in time")
        time.sleep(0.02)


def run_crowd(
    fake: FakeBotAPI, people: list[Person], timeout: float, pause: float = 0.0, bot_pid: int | None = None
) -> dict[str, Any]:
    """Run people to the end of their scripts; report throughput, latency and CPU spent.

    CPU per update says what the bot costs whatever limits the run: when the bench process
    (fake Bot API and people, one interpreter) is near one core, it is the bench that is full.
    """
    crowd = Crowd(fake, people, pause)
    bot_before, bench_before = _cpu_seconds(bot_pid), time.process_time()
    crowd.start()
    crowd.finished.wait(timeout)
    report = crowd.report()
    bot_cpu, bench_cpu = _cpu_seconds(bot_pid) - bot_before, time.process_time() - bench_before
    if bot_pid is not None and report["updates"]:
        report["bot_cpu_ms_per_update"] = round(bot_cpu * 1000 / report["updates"], 2)
        report["bot_busy"] = round(bot_cpu / report["seconds"], 2)
    report["bench_busy"] = round(bench_cpu / report["seconds"], 2)
    return report


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process (all its threads, not its children)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(settings: Settings, people: int, workdir: Path, pause: float = 10.0, timeout: float = 300.0) -> dict[str, Any]:
    """(a) Our bot and an echo bot under the same crowds, flat out and at a human pace."""
    steps = len(story_script(settings, 1))
    found: dict[str, dict[str, Any]] = {}
    for name, command, script in (
        ("storybot", ["-m", "storybot", "run"], lambda uid: story_script(settings, uid)),
        ("echo", ["-m", "storybot.channels.telegram_bench", "echo"], lambda uid: echo_script(uid, steps)),
    ):
        with FakeBotAPI(token=TOKEN) as fake:
            env = bot_environment(fake, workdir / f"{name}.db")
            with bot_process(command, env, workdir / f"{name}.log", fake) as process:
                found[name] = run_crowd(
                    fake, [Person(10_000 + i, script(10_000 + i)) for i in range(people)], timeout, bot_pid=process.pid)
                found[f"{name}_paced"] = run_crowd(
                    fake, [Person(50_000 + i, script(50_000 + i)) for i in range(people)], timeout, pause, process.pid)
    ours, echo = found["storybot"], found["echo"]
    ratio = ours["updates_per_s"] / echo["updates_per_s"] if ours["updates_per_s"] and echo["updates_per_s"] else None
    cpu_ratio = echo["bot_cpu_ms_per_update"] / ours["bot_cpu_ms_per_update"] if ours.get("bot_cpu_ms_per_update") else None
    paced, echo_paced = found["storybot_paced"], found["echo_paced"]
    return {
        "storybot": ours,
        "echo": echo,
        "ratio_of_echo": round(ratio, 3) if ratio else None,
        # The same comparison by what each bot costs: echo's CPU per update / ours.
        "cpu_ratio_of_echo": round(cpu_ratio, 3) if cpu_ratio else None,
        "at_a_human_pace": {
            "pause_s": [round(0.5 * pause, 3), round(1.5 * pause, 3)],
            "storybot": paced,
            "echo": echo_paced,
            "p99_ratio_to_echo": round(paced["p99_ms"] / echo_paced["p99_ms"], 2) if echo_paced["p99_ms"] else None,
        },
        "targets": {"updates_per_s": 300, "ratio_of_echo": 0.5, "p99_ms": 50},
        "note": "bot in its own process (python -m storybot run, durable intake, SQLite with fsync per commit); "
                "fake Bot API and simulated people in the bench process; Telegram's pace turned off. "
                "Flat out, each person's next step follows the reply at once, so latency there is "
                "queueing (people / throughput); at a human pace it is the bot's own.",
    }


def backfill_texts(count: int) -> list[str]:
    """Return `count` story-like texts made from the shipped starter corpus."""
    corpus = Path(__file__).resolve().parent / "nlp" / "data" / "starter_corpus.jsonl"
    base = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [base[i % len(base)] for i in range(count)]


async def seed_pending(database: Path, texts: list[str]) -> None:
    """Store told stories that no one has analysed yet, as a backlog for the analysis service."""
    db = await Database.open(database)
    try:
        async with db.transaction() as store:
            person = await store.person_for("bench", "backlog", "en")
            consent = await store.record_consent(person.id, "given", "sessions", "bench")
            for text in texts:
                story = await store.create_story(person.id, consent, "participant", "participant", "en")
                await store.save_answer(story, "what_matters", 0, text, None)
                await store.submit_story(story)
    finally:
        await db.close()


def _analysed(database: Path) -> int:
    async def count() -> int:
        db = await Database.open(database)
        try:
            async with db.transaction() as store:
                return await store.count_analysed()
        finally:
            await db.close()

    return asyncio.run(count())


def backfill(settings: Settings, people: int, stories: int, workdir: Path, timeout: float = 300.0) -> dict[str, Any]:
    """(c) and (d): p99 latency idle and while the analysis service works through a backlog."""
    database = workdir / "backfill.db"
    with FakeBotAPI(token=TOKEN) as fake:
        env = bot_environment(fake, database)
        with bot_process(["-m", "storybot", "run"], env, workdir / "backfill.log", fake):
            idle = run_crowd(fake, [Person(30_000 + i, story_script(settings, 30_000 + i)) for i in range(people)], timeout)
        before = _analysed(database)
        asyncio.run(seed_pending(database, backfill_texts(stories)))
        # Started again with the backlog waiting: the service begins on it at once.
        with bot_process(["-m", "storybot", "run"], env, workdir / "backfill.log", fake) as process:
            deadline = time.monotonic() + 120
            while _analysed(database) <= before and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.05)
            busy = run_crowd(fake, [Person(40_000 + i, story_script(settings, 40_000 + i)) for i in range(people)], timeout)
            analysed = _analysed(database) - before
            memory = peak_memory(process.pid)
    ratio = busy["p99_ms"] / idle["p99_ms"] if idle["p99_ms"] else None
    return {
        "latency": {
            "idle": idle,
            "during_backfill": busy,
            "backlog": stories,
            "analysed_by_the_end": analysed,
            "backfill_still_running_at_end": analysed < stories,
            "p99_ratio": round(ratio, 2) if ratio else None,
            "target_ratio": 2,
            "note": "storybot run's own analysis service working through a backlog of told stories "
                    "(one child process, batches of 32) while the crowd tells stories",
        },
        "memory": {**memory, "target_mb": 400,
                   "note": "VmHWM of the bot process and its children (the analysis worker holds the "
                           "spaCy model), summed, while serving and analysing"},
    }


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def peak_memory(pid: int) -> dict[str, Any]:
    """Peak RSS of the bot process and of each process it started (the analysis worker)."""
    bot = _peak_rss_mb(pid)
    children = [m for m in (_peak_rss_mb(c) for c in _descendants(pid)) if m is not None]
    # Peaks need not coincide, so the sum is an upper bound of the whole bot's peak.
    total = round((bot or 0) + sum(children), 1) if bot is not None else None
    return {"peak_rss_mb": total, "bot_process_mb": bot, "child_processes_mb": children}


# --- (e) story sets ---------------------------------------------------------------------

_SET_TEXTS = (
    "We waited <weeks> for the & assessment, then the support worker sorted the flat in a day. " * 3,
    "Paperwork and hand-offs between teams got in the way, but the key worker stayed with us. " * 2,
)
_SET_THEMES = ("housing", "money", "system_barriers", "connection", "being_heard")


async def seed_confirmed(db: Database, count: int) -> None:
    """Store `count` confirmed stories, half told by participants and half by workers."""
    from storybot.db import ImportedStory

    roles = ("participant", "worker")
    async with db.transaction() as store:
        await store.import_stories([
            ImportedStory(_SET_TEXTS[i % 2], roles[i % 2], roles[i % 2],
                          "support_helped" if i % 2 == 0 else "got_in_way", "sessions", "agreed", None, f"bench-{i}")
            for i in range(count)
        ], "en")
        told = await store.stories(statuses=("pending",))
        for number, story_id in enumerate(sorted(s.id for s in told)):
            text = _SET_TEXTS[number % 2]
            themes = [(_SET_THEMES[number % 5], "added"), (_SET_THEMES[(number + 2) % 5], "added")]
            await store.confirm_story(story_id, None, themes, [("q", 0, text)], len(text.split()))  # type: ignore[arg-type]


def story_set_html(settings: Settings, stories: int, workdir: Path) -> dict[str, Any]:
    """(e): build a set of every confirmed story and render it to HTML; seconds for both."""
    from storybot.nlp.codebook import CODEBOOK_FILE, load_codebook
    from storybot.storysets import build_set, render

    async def measure() -> dict[str, Any]:
        db = await Database.open(workdir / "storyset.db")
        try:
            await seed_confirmed(db, stories)
            codebook = load_codebook(settings.prompts_dir / CODEBOOK_FILE)
            locale = load_prompts(settings.prompts_dir).for_language(None)
            started = time.perf_counter()
            async with db.transaction() as store:
                story_set = await build_set(store, codebook, "All", budget_words=None)
            built = time.perf_counter()
            page = render(story_set, "html", locale, codebook)
            done = time.perf_counter()
        finally:
            await db.close()
        return {
            "built": True, "stories": stories, "cards": len(story_set.cards),
            "build_s": round(built - started, 2), "render_s": round(done - built, 2),
            "seconds": round(done - started, 2), "html_mb": round(len(page.encode()) / 1e6, 1), "target_s": 10,
        }

    return asyncio.run(measure())


# --- the crash test -------------------------------------------------------------------


def crash(settings: Settings, people: int, kills: int, workdir: Path, *, seed: int = 7, timeout: float = 300.0) -> dict[str, Any]:
    """Kill the bot (SIGKILL) at random moments while people talk; check nothing was lost or doubled."""
    rng = random.Random(seed)
    script = [Person(50_000 + i, story_script(settings, 50_000 + i)) for i in range(people)]
    total = sum(len(p.steps) for p in script)
    thresholds = sorted(rng.sample(range(max(1, total // 20), max(2, total * 19 // 20)), kills))
    database = workdir / "crash.db"
    log_path = workdir / "crash.log"
    killed = 0
    started = time.monotonic()
    with FakeBotAPI(token=TOKEN) as fake:
        env = bot_environment(fake, database)
        crowd = Crowd(fake, script)
        process = _spawn(env, log_path)
        wait_polling(fake, process)
        crowd.start()
        for threshold in thresholds:
            while crowd.progress() < threshold and not crowd.finished.is_set():
                if time.monotonic() - started > timeout:
                    break
                time.sleep(0.001)
            time.sleep(rng.uniform(0, 0.03))  # land anywhere in a turn: fetch, engine, replies
            process.kill()
            process.wait()
            killed += 1
            process = _spawn(env, log_path)
            wait_polling(fake, process)
        crowd.finished.wait(max(1.0, timeout - (time.monotonic() - started)))
        stop(process)
        report = crowd.report()
        confirmed = fake.confirmed_offset
    problems = check_stories(database, script)
    log_text = log_path.read_text(errors="replace")
    if TOKEN in log_text:
        problems.append("the token appears in the bot's log")
    if any(answer_text(p.user_id, 0) in log_text for p in script):
        problems.append("story text appears in the bot's log")
    return {
        "people": people, "kills": killed, "seconds": round(time.monotonic() - started, 1),
        "completed": report["completed"], "updates": report["updates"], "confirmed_offset": confirmed,
        "problems": problems, "ok": not problems and report["completed"] == people,
    }


def _spawn(env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with open(log_path, "ab") as stderr:
        return subprocess.Popen([sys.executable, "-m", "storybot", "run"], env=env, stderr=stderr, stdout=subprocess.DEVNULL)


def check_stories(database: Path, people: list[Person]) -> list[str]:
    """Check each person has exactly one submitted story holding each answer once, exactly as said."""
    return asyncio.run(_check_stories(database, people))


async def _check_stories(database: Path, people: list[Person]) -> list[str]:
    problems: list[str] = []
    db = await Database.open(database)
    try:
        async with db.transaction() as store:
            for person in people:
                found = await store.person_for("telegram", str(person.user_id), "en")
                stories = await store.stories(person_id=found.id, statuses=("draft", "pending", "confirmed", "withdrawn"))
                if len(stories) != 1 or stories[0].status != "pending":
                    problems.append(f"person {person.user_id}: stories {[(s.id, s.status) for s in stories]}")
                    continue
                stored = [a.text for a in await store.answers(stories[0].id)]
                expected = [s for s in person.said if not s.startswith("/")]
                if stored != expected:
                    problems.append(f"person {person.user_id}: {len(stored)} answers stored, {len(expected)} given, or not as given")
            counts = await store.inbox_counts()
    finally:
        await db.close()
    if counts["done"] != counts["total"]:
        problems.append(f"{counts['total'] - counts['done']} updates still waiting in the inbox")
    return problems


# --- the command ----------------------------------------------------------------------


def run(settings: Settings, *, people: int, nlp_texts: int, backfill_stories: int, crash_people: int,
        crash_kills: int, do_crash: bool, skip_nlp: bool, set_stories: int = 10_000, pause: float = 10.0) -> dict[str, Any]:
    """Run every measurement and return the report."""
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory(prefix="storybot-bench-") as tmp:
        workdir = Path(tmp)
        log.info("bench (a): %d people against storybot and an echo bot", people)
        report["a_conversation_load"] = load(settings, people, workdir, pause)
        if skip_nlp:
            report["b_nlp"] = {"skipped": True}
            report["c_latency_during_backfill"] = {"skipped": True}
            report["d_memory"] = {"skipped": True}
        else:
            from storybot.nlp.speed import compare_with_raw_pipe

            log.info("bench (b): NLP words/s, %d texts", nlp_texts)
            report["b_nlp"] = compare_with_raw_pipe(settings, nlp_texts)
            log.info("bench (c, d): latency during a %d-story backfill, peak RSS", backfill_stories)
            measured = backfill(settings, people, backfill_stories, workdir)
            report["c_latency_during_backfill"] = measured["latency"]
            report["d_memory"] = measured["memory"]
        log.info("bench (e): a story set of %d stories to HTML", set_stories)
        report["e_story_set_html"] = story_set_html(settings, set_stories, workdir)
        if do_crash:
            log.info("bench --crash: %d people, %d SIGKILLs", crash_people, crash_kills)
            report["crash"] = crash(settings, crash_people, crash_kills, workdir)
    return report


def print_report(report: dict[str, Any]) -> None:
    """Write the report to stdout as JSON."""
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
