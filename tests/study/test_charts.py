"""The SVG chart builders."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from quizapp.study.charts import axis_ticks, bar_chart, line_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_line_chart_is_valid_svg_with_points() -> None:
    """Is a line chart well-formed SVG with one point per value and an accessible title?"""
    svg = line_chart([("1 Mar", 50), ("2 Mar", 80), ("3 Mar", 100)], "Scores")
    root = ET.fromstring(svg)
    assert root.get("aria-label") == "Scores"
    assert len(root.findall(f"{SVG}circle")) == 3
    assert root.find(f"{SVG}polyline") is not None


def test_bar_chart_heights_follow_values() -> None:
    """Is a bar twice the value drawn twice as tall?"""
    root = ET.fromstring(bar_chart([("a", 2), ("b", 4)], "Due"))
    heights = [float(r.get("height", "0")) for r in root.findall(f"{SVG}rect")]
    assert heights[1] == 2 * heights[0] > 0


def test_chart_text_is_escaped() -> None:
    """Is markup in labels and titles escaped, so a set title cannot inject elements?"""
    svg = bar_chart([("<script>alert(1)</script>", 1)], 'A "title" & <b>')
    assert "<script>" not in svg and "<b>" not in svg
    ET.fromstring(svg)


def test_empty_charts_render() -> None:
    """Do charts with no data still render as valid SVG?"""
    ET.fromstring(line_chart([], "Nothing"))
    ET.fromstring(bar_chart([], "Nothing"))


def test_count_axes_have_whole_ticks() -> None:
    """Are the ticks of a count axis whole numbers (never 1.25 cards), and percent ticks round?"""
    assert axis_ticks(5, whole=True) == [0, 2, 4, 6, 8]
    assert all(t == int(t) for t in axis_ticks(3, whole=True))
    assert axis_ticks(100, whole=False) == [0, 25, 50, 75, 100]


def test_bar_values_carry_their_unit_and_text_is_phone_sized() -> None:
    """Does a percent bar read "6%" rather than a bare "6", with text large enough at 390 px (12 px or more)?"""
    svg = bar_chart([("Ada", 6)], "Recall", y_max=100, y_unit="%")
    root = ET.fromstring(svg)
    assert "6%" in [t.text for t in root.iter(f"{SVG}text")]
    width = float(root.get("viewBox", "0 0 600 300").split()[2])
    assert float(root.get("font-size", "0")) * 358 / width >= 11.9
