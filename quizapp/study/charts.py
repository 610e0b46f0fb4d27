"""Small server-rendered SVG charts (no JavaScript, no CDN); every text is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH = 600
HEIGHT = 240
MARGIN_LEFT = 44
MARGIN_RIGHT = 12
MARGIN_TOP = 16
MARGIN_BOTTOM = 44


def _frame(title: str, body: list[str], y_max: float, y_unit: str) -> str:
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i in range(5):
        value = y_max * i / 4
        y = MARGIN_TOP + plot_h - plot_h * i / 4
        parts.append(f'<line class="grid" x1="{MARGIN_LEFT}" y1="{y:.1f}" x2="{WIDTH - MARGIN_RIGHT}" y2="{y:.1f}" stroke="#dcd8cf"/>')
        parts.append(
            f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12" fill="#5b6575">'
            f"{value:g}{escape(y_unit)}</text>"
        )
    parts.extend(body)
    parts.append("</svg>")
    return "".join(parts)


def _label(x: float, text: str) -> str:
    y = HEIGHT - MARGIN_BOTTOM + 16
    short = text if len(text) <= 14 else text[:13] + "…"
    return f'<text x="{x:.1f}" y="{y}" text-anchor="middle" font-size="11" fill="#5b6575">{escape(short)}</text>'


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
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    y_max = y_max if y_max > 0 else 1.0
    n = len(points)
    coords: list[tuple[float, float]] = []
    for i, (_, value) in enumerate(points):
        x = MARGIN_LEFT + (plot_w / 2 if n == 1 else plot_w * i / (n - 1))
        y = MARGIN_TOP + plot_h - plot_h * max(0.0, min(value, y_max)) / y_max
        coords.append((x, y))
    body: list[str] = []
    if len(coords) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        body.append(f'<polyline points="{path}" fill="none" stroke="#2f5fb3" stroke-width="2.5"/>')
    step = max(1, n // 8)
    for i, ((label, value), (x, y)) in enumerate(zip(points, coords, strict=True)):
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#2f5fb3"><title>{escape(label)}: {value:g}{escape(y_unit)}</title></circle>'
        )
        if i % step == 0 or i == n - 1:
            body.append(_label(x, label))
    return _frame(title, body, y_max, y_unit)


def bar_chart(bars: Sequence[tuple[str, float]], title: str, y_max: float | None = None, y_unit: str = "") -> str:
    """A bar chart (such as mastery per set, or cards due per day).

    Args:
        bars: (label, value) pairs; negative values are drawn as zero.
        title: the accessible name of the chart.
        y_max: the top of the vertical axis (default: the largest value, at least 1).
        y_unit: appended to the axis numbers.

    Returns:
        An ``<svg>`` element as text.
    """
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    top = y_max if y_max and y_max > 0 else max([1.0, *(v for _, v in bars)])
    n = max(len(bars), 1)
    slot = plot_w / n
    width = slot * 0.7
    body: list[str] = []
    for i, (label, value) in enumerate(bars):
        h = plot_h * max(0.0, min(value, top)) / top
        x = MARGIN_LEFT + slot * i + (slot - width) / 2
        y = MARGIN_TOP + plot_h - h
        body.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}" fill="#2f5fb3">'
            f"<title>{escape(label)}: {value:g}{escape(y_unit)}</title></rect>"
        )
        body.append(
            f'<text x="{x + width / 2:.1f}" y="{max(y - 4, MARGIN_TOP + 10):.1f}" text-anchor="middle" font-size="12" fill="#1d2430">{value:g}</text>'
        )
        body.append(_label(x + width / 2, label))
    return _frame(title, body, top, y_unit)
