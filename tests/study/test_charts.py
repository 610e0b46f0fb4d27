"""The SVG chart builders."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from quizapp.study.charts import bar_chart, line_chart

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
