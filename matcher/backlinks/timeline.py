"""Links over time: new and lost links per month (for charts), bursts of new links, and how fast links
disappear."""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from matcher.backlinks.reading import Link

BURST_DAYS = 7
BURST_MIN_LINKS = 20
BURST_RATIO = 3.0  # a window holding more than 3x the median week's new links
MIN_HISTORY_WEEKS = 8  # a burst needs a normal rate to stand out from
MAX_BURSTS = 5
MAX_MONTHS = 240


def monthly(links: list[Link]) -> list[dict]:
    """[{"month": "2024-03", "new": n, "lost": n}], every month from the first to the last, gaps as 0."""
    new = Counter((d.year, d.month) for d in (ln.first_seen for ln in links) if d)
    lost = Counter((d.year, d.month) for d in (ln.lost_on for ln in links) if d)
    months = sorted(set(new) | set(lost))
    if not months:
        return []
    (year, month), last = months[0], months[-1]
    out = []
    while len(out) < MAX_MONTHS:
        key = (year, month)
        out.append({"month": f"{year:04d}-{month:02d}", "new": new.get(key, 0), "lost": lost.get(key, 0)})
        if key >= last:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass
class Burst:
    start: date
    end: date
    links: list[Link]
    median_week: float

    @property
    def ratio(self) -> float:
        return len(self.links) / max(self.median_week, 1.0)


def bursts(links: list[Link]) -> tuple[list[Burst], float | None]:
    """7-day windows with at least BURST_MIN_LINKS new links and more than BURST_RATIO times the median
    week (zero weeks included) of the whole history; the largest first, not overlapping."""
    dated = sorted((ln for ln in links if ln.first_seen), key=lambda ln: ln.first_seen)
    if len(dated) < BURST_MIN_LINKS:
        return [], None
    first, last = dated[0].first_seen, dated[-1].first_seen
    weeks = (last - first).days // 7 + 1
    if weeks < MIN_HISTORY_WEEKS:
        return [], None
    per_week = Counter((ln.first_seen - first).days // 7 for ln in dated)
    median_week = statistics.median(per_week.get(i, 0) for i in range(weeks))
    bar = BURST_RATIO * max(median_week, 1.0)
    days = [ln.first_seen for ln in dated]
    windows = []
    for start_day in sorted(set(days)):
        end_day = start_day + timedelta(days=BURST_DAYS - 1)
        count = bisect_right(days, end_day) - bisect_left(days, start_day)
        if count >= BURST_MIN_LINKS and count > bar:
            windows.append((count, start_day, end_day))
    found: list[Burst] = []
    for _count, start_day, end_day in sorted(windows, key=lambda w: (-w[0], w[1])):
        if any(start_day <= b.end and end_day >= b.start for b in found):
            continue
        lo, hi = bisect_left(days, start_day), bisect_right(days, end_day)
        found.append(Burst(start_day, end_day, dated[lo:hi], median_week))
        if len(found) == MAX_BURSTS:
            break
    return found, median_week


@dataclass
class LossSummary:
    known: int  # links whose export says whether they are lost
    lost: list[Link]
    median_days: float | None  # first seen -> lost, where both dates exist

    def as_dict(self) -> dict:
        return {
            "lost": len(self.lost),
            "share": round(len(self.lost) / self.known, 4) if self.known else None,
            "median_days_to_lost": self.median_days,
        }


def losses(links: list[Link]) -> LossSummary | None:
    known = [ln for ln in links if ln.lost is not None]
    if not known:
        return None
    lost = [ln for ln in known if ln.lost]
    spans = [(ln.lost_on - ln.first_seen).days for ln in lost
             if ln.lost_on and ln.first_seen and ln.lost_on >= ln.first_seen]
    return LossSummary(known=len(known), lost=lost, median_days=statistics.median(spans) if spans else None)
