"""Small server-rendered SVG charts (no JavaScript, no CDN); every text is escaped.

Drawn on a 600 x 300 canvas with 20-unit text, so a chart squeezed to a 390 px phone (about 0.6 scale) still
has 12 px text; colours come from CSS classes, so the dark theme restyles them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

WIDTH = 600
HEIGHT = 300
MARGIN_LEFT = 70
MARGIN_RIGHT = 12
MARGIN_TOP = 24
MARGIN_BOTTOM = 52
FONT = 20
MAX_X_LABELS = 6
TICKS = 4


def axis_ticks(top: float, whole: bool) -> list[float]:
    """Tick values from 0 to at least ``top``: round steps, whole numbers when counting things.

    Args:
        top: the largest value to show (at least 1 is used).
        whole: whether values are counts (no tick of 1.25 cards).

    Returns:
        ``TICKS + 1`` evenly spaced values starting at 0.
    """
    raw = max(top, 1.0) / TICKS
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(1.0, math.ceil(step))
    return [step * i for i in range(TICKS + 1)]


def _frame(title: str, body: list[str], ticks: list[float], y_unit: str) -> str:
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    top = ticks[-1]
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(title)}" font-size="{FONT}">',
        f"<title>{escape(title)}</title>",
    ]
    for value in ticks:
        y = MARGIN_TOP + plot_h - plot_h * value / top
        parts.append(f'<line class="grid" x1="{MARGIN_LEFT}" y1="{y:.1f}" x2="{WIDTH - MARGIN_RIGHT}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{MARGIN_LEFT - 8}" y="{y + 7:.1f}" text-anchor="end">{value:g}{escape(y_unit)}</text>')
    parts.extend(body)
    parts.append("</svg>")
    return "".join(parts)


def _label(x: float, text: str) -> str:
    y = HEIGHT - MARGIN_BOTTOM + 28
    short = text if len(text) <= 9 else text[:8] + "…"
    return f'<text class="axis" x="{x:.1f}" y="{y}" text-anchor="middle">{escape(short)}</text>'


def line_chart(points: Sequence[tuple[str, float]], title: str, y_max: float = 100.0, y_unit: str = "%") -> str:
    """A line chart of values over labelled points (such as quiz scores over time).

    Args:
        points: (label, value) pairs in order; values are clamped to 0..``y_max``.
        title: the accessible name of the chart.
        y_max: the top of the vertical axis.
        y_unit: appended to the axis numbers.

    Returns:
        An ``<svg>`` element as text.
    """
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT - 20
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    ticks = axis_ticks(y_max if y_max > 0 else 1.0, whole=False)
    top = ticks[-1]
    n = len(points)
    coords: list[tuple[float, float]] = []
    for i, (_, value) in enumerate(points):
        x = MARGIN_LEFT + 10 + (plot_w / 2 if n == 1 else plot_w * i / (n - 1))
        y = MARGIN_TOP + plot_h - plot_h * max(0.0, min(value, top)) / top
        coords.append((x, y))
    body: list[str] = []
    if len(coords) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        body.append(f'<polyline class="series" points="{path}" fill="none" stroke-width="3"/>')
    step = max(1, math.ceil(n / MAX_X_LABELS))
    for i, ((label, value), (x, y)) in enumerate(zip(points, coords, strict=True)):
        body.append(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="6"><title>{escape(label)}: {value:g}{escape(y_unit)}</title></circle>')
        if i % step == 0 and (i + step < n or i == n - 1) or i == n - 1:
            body.append(_label(x, label))
    return _frame(title, body, ticks, y_unit)


def bar_chart(bars: Sequence[tuple[str, float]], title: str, y_max: float | None = None, y_unit: str = "", whole: bool = False) -> str:
    """A bar chart (such as mastery per set, or cards due per day), each bar labelled with its value and unit.

    Args:
        bars: (label, value) pairs; negative values are drawn as zero.
        title: the accessible name of the chart.
        y_max: the top of the vertical axis (default: the largest value, at least 1).
        y_unit: appended to the axis numbers and the bar values.
        whole: the values are counts: whole-number ticks.

    Returns:
        An ``<svg>`` element as text.
    """
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    ticks = axis_ticks(y_max if y_max and y_max > 0 else max([1.0, *(v for _, v in bars)]), whole)
    top = ticks[-1]
    n = max(len(bars), 1)
    slot = plot_w / n
    width = slot * 0.7
    body: list[str] = []
    for i, (label, value) in enumerate(bars):
        h = plot_h * max(0.0, min(value, top)) / top
        x = MARGIN_LEFT + slot * i + (slot - width) / 2
        y = MARGIN_TOP + plot_h - h
        body.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}">'
            f"<title>{escape(label)}: {value:g}{escape(y_unit)}</title></rect>"
        )
        body.append(
            f'<text class="value" x="{x + width / 2:.1f}" y="{max(y - 6, MARGIN_TOP + 14):.1f}" text-anchor="middle">{value:g}{escape(y_unit)}</text>'
        )
        body.append(_label(x + width / 2, label))
    return _frame(title, body, ticks, y_unit)
