"""Who only tells the story rather than acts in it: "according to historian ____", "____ argues that"."""

from __future__ import annotations

import re

_CALLED = r"(?:calls|called)(?!\s+(?:on|upon|for|out|up|in|off|together|back)\b)"  # a name, not "called on them"
TRIVIA_BEFORE = re.compile(
    r"\b(?:according to|in the words of|historians?|biographers?|scholars?|writers?|critics?|authors?|commentators?|wrote|"
    r"medievalists?|specialists?|experts?|researchers?|"
    r"quoted|cited|translated by|edited by|painted by|portrayed by|played by|directed by),?\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}(?:(?:[A-Z][\w.'’-]*\s+){1,3}(?:and|,)\s+)?$", re.I)  # "writers such as Toole and ____"
ESTIMATE = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:and\s+others\s+)?estimate[sd]?\b")  # whoever the historian
TRIVIA_AFTER = re.compile(
    r"^(?:['’]s\s+(?:research|study|book|biography|account|view|analysis))?\s*(?:,[^,]{0,40},\s*)?"
    r"(?:(?:and\s+others\s+)?(?:estimate|estimates|estimated)\b|"  # "____ and others estimate the strength at"
    r"(?:has\s+|had\s+)?(?:ascribes|ascribed|attributes|attributed|credits|credited)\b[^.;:]{0,120}?\bto\b|"  # a cause
    r",?\s*in\s+(?:his|her|their)\s+(?:memoirs?|diary|diaries|autobiography|letters?|chronicle)\b|"  # "____ in
    # his memoirs mentioned this event as ...": what a witness wrote of it later
    r"(?:(?:also|nevertheless|generally|further|then)\s+)?(?:records|recounts|relates|narrates|mentions|references"
    r"|cites|chronicles|credits\s+[^.;:]{0,60}?\bwith)\b|"  # a writer's present: "____ records Boudica giving a
    # speech", "____ generally credits Shaka with"; the story's own acts are told in the past
    r"(?:has\s+|had\s+)?(?:says|said|wrote|writes|argued|argues|notes|noted|states|stated|quotes|quoted|details"
    r"|suggests|suggested|claims|claimed|describes|described|" + _CALLED + r"|believes|believed|observes"
    r"|observed|concludes|concluded|commented|comments|remarked|recalled|recalls|declares|asserts|contends"
    r"|maintains|insists)\b"
    # an opinion, not an act: "wrote that", "says of the execution:", "said, \"...", "described the trial as so
    # unfair", or nothing after the verb
    r"(?:(?:\s+[\w'’,]+){0,6}?\s+(?:that|how|whether|why)\b|(?:\s+of\b[^.;:]{0,40})?\s*[:\"“]|,\s*[\"“]"
    r"|(?<=describe[sd])(?:\s+[\w'’,]+){1,6}?\s+as\b|\s*[.;]?$))")


# writing or judging at all, whatever follows: "Wordsworth wrote the sonnet", "Spence notes", "Padua's webcomic"
_WRITING_AFTER = re.compile(
    r"^(?:['’]s\s+(?:webcomic|novel|play|film|poem|opera|documentary|graphic novel)\b|['’]s\s+[\"“][A-Z]|"
    r",?\s*in\s+(?:his|her|their)\s+(?:memoirs?|diary|diaries|autobiography|letters?|chronicle)\b|"
    r",\s+writing\s+(?:in|between|about|after|some|long|years|decades|a\s+century)\b|"  # "William of Tyre, writing
    # between 1170 and 1184": when he wrote is no date of the story
    r"(?:['’]s\s+(?:book|study|biography|research|account|analysis|view))?\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+)?"
    r"(?:and\s+others\s+|and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+)?"  # "Kim and Betty Toole consider"
    r"(?:(?:then|also|later|further|instead|nevertheless|generally|however|rightly)\s+)?"
    r"(?:writes|wrote|argues|argued|notes|noted|suggests|suggested|concludes|concluded|comments"
    r"|commented|contends|contended|observes|observed|estimates?|estimated|believes|" + _CALLED + r"|describes"
    r"|described|states|says|ascribes|ascribed|attributes|attributed|credits|credited|defends|defended"
    r"|considers?|considered|theori[sz]es|theori[sz]ed|disputes|disputed|dismisses|dismissed|questions|questioned"
    r"|regards|regarded|portrays|pointed out|points out|declares|declared|asserts|asserted|maintains|insists"
    r"|records|recounts|relates|narrates|mentions|references|cites|chronicles)\b"
    # "Doron Swade, a specialist on ...", "Gregory Black, military historian and author of ..."
    r"|,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:historian|biographer|scholar|specialist|medievalist|critic|writer"
    r"|journalist|professor|researcher|scientist|author|novelist|playwright|actress|actor)\b)")


def commenting(text: str, start: int, end: int) -> bool:
    """Does the name at ``text[start:end]`` stand as someone writing about the story ("the historian ____",
    "according to ____", "____ wrote", "____ argues"), not acting in it? Looser than the trivia test of a
    question: any writing counts, not only an opinion ("Wordsworth wrote the sonnet")."""
    return bool(TRIVIA_BEFORE.search(text[:start]) or _WRITING_AFTER.match(text[end:]))
