"""Moodle XML: reading a teacher's Moodle XML question file into a bank and writing a bank as Moodle XML.

Parsed with defusedxml (no DTDs, entities or external references). A ``multichoice`` question with one right
answer (fraction 100, the others 0) is ours; question text in HTML is reduced to its text. ``<name>`` carries our
id, kind and date (``d-1 (date 1947)``), ``<idnumber>`` the id, ``<generalfeedback>`` the source sentence and
``<tags>`` the tags. ``truefalse`` comes in as multiple choice, ``shortanswer`` with a date answer and whole-year
``numerical`` as date questions; ``category`` entries are skipped; every other type is reported with its line.
"""

from __future__ import annotations

import html
import xml.sax
from dataclasses import dataclass, field
from typing import Any

import defusedxml.sax
from defusedxml import DefusedXmlException

from quizapp.bank.formats.foreign import (choice_fields, finish_bank, html_to_text, question_name,
                                          short_answer_fields, typed_date_fields)
from quizapp.bank.formats.interchange import MAX_QUESTIONS
from quizapp.bank.formats.partial_dates import format_partial
from quizapp.bank.types import BankFormatError, BankQuestion, QuestionBank, QuestionType, RowProblem

HTML_FORMATS = ("html", "moodle_auto_format", "")


@dataclass
class Node:
    """An XML element with the line it starts on."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    def find(self, tag: str) -> Node | None:
        """The first child named ``tag``."""
        return next((c for c in self.children if c.tag == tag), None)

    def text_of(self, tag: str) -> str:
        """The text of the child ``tag`` (``<tag><text>…</text></tag>``, or its own text), ``""`` if absent."""
        child = self.find(tag)
        if child is None:
            return ""
        inner = child.find("text")
        return "".join((inner or child).parts).strip()


class _TreeBuilder(xml.sax.ContentHandler):
    """Builds ``Node``s from SAX events, noting each element's line."""

    def __init__(self) -> None:
        super().__init__()
        self.root: Node | None = None
        self.stack: list[Node] = []
        self.locator: Any = None

    def setDocumentLocator(self, locator: Any) -> None:  # noqa: N802 - the SAX interface's name
        self.locator = locator

    def startElement(self, name: str, attrs: Any) -> None:  # noqa: N802
        node = Node(name, dict(attrs), self.locator.getLineNumber() if self.locator else 0)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def endElement(self, name: str) -> None:  # noqa: N802
        self.stack.pop()

    def characters(self, content: str) -> None:
        if self.stack:
            self.stack[-1].parts.append(content)


def parse_tree(text: str) -> Node:
    """Parse XML text safely into ``Node``s.

    Raises:
        BankFormatError: the XML is malformed (with its line) or uses a DTD, entities or external references.
    """
    builder = _TreeBuilder()
    data = text.encode("utf-8")
    if text.lstrip().startswith("<?xml"):
        declaration_end = text.find("?>")
        data = ('<?xml version="1.0" encoding="UTF-8"?>' + text[declaration_end + 2:]).encode("utf-8")
    try:
        defusedxml.sax.parseString(data, builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except xml.sax.SAXParseException as error:
        raise BankFormatError([RowProblem(error.getLineNumber(), f"the XML is malformed: {error.getMessage()}")]) from None
    except DefusedXmlException:
        raise BankFormatError([RowProblem(0, "the XML declares a DTD or entities, which are refused")]) from None
    if builder.root is None:
        raise BankFormatError([RowProblem(0, "the file holds no XML")])
    return builder.root


def _text(node: Node, tag: str) -> str:
    """The text of a ``<tag format="…"><text>`` child as plain text (HTML reduced to text)."""
    child = node.find(tag)
    if child is None:
        return ""
    raw = node.text_of(tag)
    return html_to_text(raw) if child.attrs.get("format", "") in HTML_FORMATS else " ".join(raw.split())


def _answers(node: Node) -> list[tuple[float, str]]:
    """Each ``<answer>`` as ``(fraction, text)``."""
    found = []
    for answer in (c for c in node.children if c.tag == "answer"):
        try:
            fraction = float(answer.attrs.get("fraction", "0"))
        except ValueError:
            fraction = -1.0
        inner = answer.find("text")
        raw = "".join((inner or answer).parts).strip()
        text = html_to_text(raw) if answer.attrs.get("format", "") in HTML_FORMATS else " ".join(raw.split())
        found.append((fraction, text))
    return found


def _question(node: Node) -> tuple[dict[str, Any] | None, str | None]:
    """One ``<question>``'s interchange fields, or why it cannot be represented (None, None: a category)."""
    kind = node.attrs.get("type", "")
    if kind == "category":
        return None, None
    name = node.text_of("name")
    idnumber = node.text_of("idnumber")
    prompt = _text(node, "questiontext")
    feedback = _text(node, "generalfeedback")
    tags_node = node.find("tags")
    tags = [t.text_of("text") or "".join(t.parts).strip() for t in (tags_node.children if tags_node else []) if t.tag == "tag"]
    answers = _answers(node)
    if kind == "multichoice":
        if (node.text_of("single") or "true").lower() not in ("true", "1"):  # Moodle's default is one answer
            return None, "a multiple-choice question with several right answers cannot be represented"
        if any(fraction not in (0, 100) for fraction, _ in answers):
            return None, "partial credit cannot be represented: a question has one right answer (fraction 100)"
        right = [text for fraction, text in answers if fraction == 100]
        if len(right) != 1:
            return None, "a multiple-choice question needs exactly one answer with fraction 100"
        wrong = [text for fraction, text in answers if fraction == 0]
        return choice_fields(name, idnumber, prompt, right[0], wrong, feedback, tags), None
    if kind == "truefalse":
        right = [text.capitalize() for fraction, text in answers if fraction == 100]
        if right not in (["True"], ["False"]):
            return None, "a true/false question needs one answer, true or false, with fraction 100"
        return choice_fields(name, idnumber, prompt, right[0], ["False" if right[0] == "True" else "True"], feedback, tags), None
    if kind == "shortanswer":
        return short_answer_fields(name, idnumber, prompt, [t for f, t in answers if f == 100], feedback, tags)
    if kind == "numerical":
        right = [t for f, t in answers if f == 100]
        tolerance = next((c for c in node.children if c.tag == "answer"), None)
        margin = tolerance.text_of("tolerance") if tolerance else ""
        whole_year = len(right) == 1 and right[0].isdigit() and len(right[0]) <= 4 and margin in ("", "0", "0.0")
        fields = typed_date_fields(name, idnumber, prompt, [right[0].zfill(4)], feedback, tags) if whole_year else None
        return fields, None if fields else "a numerical question cannot be represented unless it asks for one whole year"
    return None, f"Moodle's {kind or 'untyped'} questions cannot be represented"


def read(text: str, *, title: str, source: str = "") -> QuestionBank:
    """Read a Moodle XML file into a bank, collecting every problem with the line of its ``<question>``.

    Args:
        text: the decoded file.
        title: the set's title.
        source: where the questions came from (a file name).

    Returns:
        The bank.

    Raises:
        BankFormatError: malformed or unsafe XML, or every question that cannot be represented or is invalid.
    """
    root = parse_tree(text)
    if root.tag != "quiz":
        raise BankFormatError([RowProblem(root.line, f"expected Moodle's <quiz> element, not <{root.tag[:40]}>")])
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[RowProblem] = []
    for node in root.children:
        if len(rows) + len(problems) >= MAX_QUESTIONS:
            problems.append(RowProblem(0, f"the file holds more than {MAX_QUESTIONS} questions"))
            break
        if node.tag != "question":
            continue
        fields, reason = _question(node)
        if reason is not None:
            problems.append(RowProblem(node.line, reason))
        elif fields is not None:
            rows.append((node.line, fields))
    if not rows and not problems:
        problems.append(RowProblem(0, "the file holds no questions"))
    return finish_bank(title, source, rows, problems)


def _cdata(value: str) -> str:
    """Text as Moodle's HTML inside CDATA (escaped, so ``]]>`` cannot occur)."""
    return f"<![CDATA[{html.escape(value, quote=False)}]]>" if value else ""


def _answer(fraction: int, value: str) -> list[str]:
    return [
        f'    <answer fraction="{fraction}" format="html">',
        f"      <text>{_cdata(value)}</text>",
        '      <feedback format="html">',
        "        <text></text>",
        "      </feedback>",
        "    </answer>",
    ]


def _question_xml(number: int, q: BankQuestion) -> list[str]:
    typed = not q.distractors  # a date or a name typed in
    out = [
        f"<!-- question: {number}  -->",
        f'  <question type="{"shortanswer" if typed else "multichoice"}">',
        "    <name>",
        f"      <text>{html.escape(question_name(q), quote=False)}</text>",
        "    </name>",
        '    <questiontext format="html">',
        f"      <text>{_cdata(q.prompt)}</text>",
        "    </questiontext>",
        '    <generalfeedback format="html">',
        f"      <text>{_cdata(q.source_sentence)}</text>",
        "    </generalfeedback>",
        "    <defaultgrade>1.0000000</defaultgrade>",
        "    <penalty>0.3333333</penalty>",
        "    <hidden>0</hidden>",
        f"    <idnumber>{html.escape(q.id, quote=False)}</idnumber>",
    ]
    if typed:
        out.append("    <usecase>0</usecase>")
        out.extend(_answer(100, q.answer))
        if q.date and q.date != q.answer:
            out.extend(_answer(100, q.date))
    else:
        out += [
            "    <single>true</single>",
            "    <shuffleanswers>true</shuffleanswers>",
            "    <answernumbering>abc</answernumbering>",
            "    <showstandardinstruction>0</showstandardinstruction>",
        ]
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            out += [f'    <{tag} format="html">', "      <text></text>", f"    </{tag}>"]
        out.extend(_answer(100, q.answer))
        wrong = [format_partial(d) for d in q.distractors] if q.type is QuestionType.DATE else q.distractors
        for distractor in wrong:
            out.extend(_answer(0, distractor))
    if q.tags:
        out.append("    <tags>")
        out.extend(f"      <tag><text>{html.escape(t, quote=False)}</text>\n      </tag>" for t in q.tags)
        out.append("    </tags>")
    out.append("  </question>")
    out.append("")
    return out


def write(bank: QuestionBank) -> str:
    """Write a bank as Moodle XML, laid out as Moodle's own export (a category, then the questions).

    Args:
        bank: the bank.

    Returns:
        The XML document; Moodle imports it with Question bank › Import › Moodle XML format.
    """
    category = html.escape(f"$course$/top/{bank.title.replace('/', '-')}", quote=False)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<quiz>",
        "<!-- question: 0  -->",
        '  <question type="category">',
        "    <category>",
        f"      <text>{category}</text>",
        "    </category>",
        '    <info format="moodle_auto_format">',
        f"      <text>{html.escape(bank.source, quote=False)}</text>",
        "    </info>",
        "  </question>",
        "",
    ]
    for number, question in enumerate(bank.questions, start=1):
        out.extend(_question_xml(number, question))
    out.append("</quiz>")
    return "\n".join(out) + "\n"
