"""Bar charts over time, laid out here and drawn as inline SVG by the templates (no scripts).

Months between the first and the last are all present, so the axis is linear; a span over
:data:`MAX_BARS` months is shown by year instead.  Each bar may stack two series (events
dated by their own date, and events placed by their report's date).
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BARS = 120
HEIGHT = 110
BAR = 16
GAP = 4


@dataclass(frozen=True, slots=True)
class Bar:
    key: str  # YYYY-MM, or YYYY
    counts: tuple[int, int]
    x: int
    heights: tuple[float, float]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class Chart:
    bars: tuple[Bar, ...]
    width: int
    height: int
    peak: int
    ticks: tuple[tuple[int, str], ...]  # (x, label) under the axis
    by_year: bool


def time_chart(counts: dict[str, tuple[int, int]]) -> Chart | None:
    """A chart of ``{"2022-12": (dated, by report date)}``; None when nothing is dated."""
    months = sorted(k for k in counts if _is_month(k))
    if not months:
        return None
    keys = _months_between(months[0], months[-1])
    by_year = len(keys) > MAX_BARS
    if by_year:
        totals: dict[str, list[int]] = {}
        for m in months:
            pair = totals.setdefault(m[:4], [0, 0])
            pair[0] += counts[m][0]
            pair[1] += counts[m][1]
        keys = [str(y) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)][-MAX_BARS:]
        series = {k: tuple(totals.get(k, (0, 0))) for k in keys}
    else:
        series = {k: counts.get(k, (0, 0)) for k in keys}
    peak = max(sum(v) for v in series.values()) or 1
    bars = []
    for i, key in enumerate(keys):
        a, b = series[key]
        bars.append(Bar(key, (a, b), i * (BAR + GAP), (a * HEIGHT / peak, b * HEIGHT / peak)))
    step = max(1, len(keys) // 8)
    ticks = tuple((bar.x, bar.key) for i, bar in enumerate(bars) if i % step == 0)
    return Chart(tuple(bars), max(len(bars) * (BAR + GAP), 120), HEIGHT, peak, ticks, by_year)


def _is_month(key: str | None) -> bool:
    return bool(key) and len(key) == 7 and key[:4].isdigit() and key[4] == "-" and key[5:].isdigit() and 1 <= int(key[5:]) <= 12


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out: list[str] = []
    while (y, m) <= end and len(out) <= 12 * MAX_BARS:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
