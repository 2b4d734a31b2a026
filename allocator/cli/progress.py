"""Progress of a solve on stderr: stage, current best, bound, elapsed and remaining time.

On a terminal one live line is redrawn every half second (so a long stage is never silent);
in a log (stderr not a terminal) plain lines are written: one per stage start and end, and at
most one per ``LOG_EVERY`` seconds for improvements and for the time passing. The engine's
progress callback (``solve_problem(progress=...)``) feeds it with the events 'compiled',
'built', 'stage_started', 'improved', 'handover' and 'stage'.
"""

from __future__ import annotations

import math
import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from allocator.i18n import Lang, decimal, text

LOG_EVERY = 10.0  # seconds between plain progress lines in a log
TICK = 0.5  # seconds between redraws of the live line


def _number(value: float | None, lang: Lang) -> str:
    if value is None or not math.isfinite(value):
        return "-"
    return f"{value:g}" if float(value).is_integer() else decimal(value, lang)


def _limit(data: dict, lang: Lang) -> str:
    """A stage's limit in wall-clock seconds: whole seconds, tenths below ten.

    ``wall_seconds`` when the engine gives it; ``time_limit`` is solver work with one worker
    (0.5 of it on 60 schools at --time-limit 5 read "up to 0 s" for a stage of 2.5 s).
    """
    seconds = float(data.get("wall_seconds") or data.get("time_limit") or 0.0)
    return decimal(seconds, lang) if seconds < 10 else f"{seconds:.0f}"


class SolveProgress:
    """A progress callback that writes what the solver is doing to ``stream``."""

    def __init__(self, time_limit: float, lang: Lang = "nl", stream: TextIO | None = None,
                 live: bool | None = None, verbose: bool = False,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = (bool(getattr(self.stream, "isatty", lambda: False)())
                     if live is None else live)
        self.time_limit, self.lang, self.verbose, self.clock = time_limit, lang, verbose, clock
        self.started = clock()
        self.stage: str | None = None
        self.best: float | None = None
        self.bound: float | None = None
        self.solver = ""
        self.last_line = -math.inf
        self.shown = ""  # the live line now on screen
        self.lock = threading.Lock()
        self.ticker: threading.Thread | None = None
        self.done = threading.Event()

    # --- lifecycle ---
    def start(self) -> None:
        """Say that Ctrl-C keeps the best plan, and start the clock of the progress lines.

        The clock redraws the live line (terminal) or writes a line now and then (log).
        """
        self._line(text("progress.ctrl_c", self.lang))
        if self.ticker is None:  # a log gets a line every LOG_EVERY seconds, even when quiet
            self.ticker = threading.Thread(target=self._tick, name="allocator-progress",
                                           daemon=True)
            self.ticker.start()

    def stop(self) -> None:
        """Stop the ticker and clear the progress line."""
        self.done.set()
        if self.ticker is not None:
            self.ticker.join(timeout=2)
        with self.lock:
            self._clear()

    def __enter__(self) -> SolveProgress:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- the callback ---
    def __call__(self, event: str, data: dict) -> None:
        """Show one engine progress event (``compiled``, ``stage_started``, ``improved``, ...)."""
        lang = self.lang
        if event == "compiled":
            self._line(text("progress.compiled", lang, instances=data["instances"],
                            arcs=data["arcs"], people=data["people"],
                            seconds=decimal(data["seconds"], lang)))
        elif event == "stage_started":
            self.stage, self.best, self.bound, self.solver = data["name"], None, None, ""
            self._line(text("progress.stage_started", lang, stage=self._stage_name(),
                            seconds=_limit(data, lang)), log_only=True)
            self._redraw()
        elif event == "improved":
            self.best, self.bound = data["objective"], data["bound"]
            if self.clock() - self.last_line >= LOG_EVERY:
                self._line(self._status(), log_only=True)
            self._redraw()
        elif event == "handover":
            self.solver = data.get("solver", "")
            self._line(text("progress.handover", lang, stage=self._stage_name(),
                            best=_number(data.get("objective"), lang),
                            bound=_number(data.get("bound"), lang)), log_only=not self.verbose)
            self._redraw()
        elif event == "stage":
            status = text(f"status.{data['status']}", lang) if data["status"] in (
                "optimal", "feasible", "infeasible", "unknown") else data["status"]
            self.stage = data["name"]
            self._line(text("progress.stage_done", lang, stage=self._stage_name(),
                            status=status, best=_number(data["objective"], lang),
                            bound=_number(data["bound"], lang),
                            seconds=decimal(data["seconds"], lang),
                            limit=_limit(data, lang)))
            self.stage = None
        elif self.verbose:
            self._line(f"{event}: {data}")

    # --- drawing ---
    def _stage_name(self) -> str:
        key = f"stage.{self.stage}"
        try:
            return text(key, self.lang)
        except KeyError:
            return str(self.stage)

    def _status(self) -> str:
        elapsed = self.clock() - self.started
        remaining = max(0.0, self.time_limit - elapsed)
        return text("progress.status", self.lang, stage=self._stage_name(),
                    best=_number(self.best, self.lang), bound=_number(self.bound, self.lang),
                    elapsed=f"{elapsed:.0f}", remaining=f"{remaining:.0f}")

    def _tick(self) -> None:
        while not self.done.wait(TICK):
            self._redraw()
            if not self.live and self.stage is not None \
                    and self.clock() - self.last_line >= LOG_EVERY:
                self._line(self._status(), log_only=True)

    def _redraw(self) -> None:
        if not self.live or self.stage is None:
            return
        with self.lock:
            line = self._status()
            padding = " " * max(0, len(self.shown) - len(line))
            self.stream.write(f"\r{line}{padding}")
            self.stream.flush()
            self.shown = line

    def _clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * len(self.shown) + "\r")
            self.stream.flush()
            self.shown = ""

    def _line(self, message: str, log_only: bool = False) -> None:
        """A line that stays.

        ``log_only`` lines are left out on a terminal (the live line shows the same).
        """
        if log_only and self.live:
            return
        with self.lock:
            self._clear()
            self.stream.write(message + "\n")
            self.stream.flush()
            self.last_line = self.clock()
