"""Turn a sentence into a stand-alone prompt: cut a closing quotation, name who "he" is, blank the answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizapp.bank.mentions.index import Mention
from quizapp.bank.mentions.kinds import PERSON_NOUNS
from quizapp.bank.mentions.lexicons import first_name_gender
from quizapp.bank.mentions.names import fold
from quizapp.bank.mentions.spans import HONORIFICS
from quizapp.bank.mentions.references import PRONOUN_GENDER, ROLE_GENDER, Reference
from quizapp.bank.nlp.parse import EMPTY, Parse, Token
from quizapp.bank.text.dates import MONTH_NAMES
from quizapp.bank.text.sentences import Sentence

BLANK = "____"
_VAGUE_START = re.compile(
    r"^(?:(?:However|But|And|Yet|Still|Then|Later|Meanwhile|Soon|Instead|Nevertheless|Thus|So|Also|Here"
    r"|Finally|Eventually),?\s+)?"
    r"(?:[Tt]hey|[Tt]hem|[Tt]heir|[Tt]hese|[Tt]hose|[Tt]his|[Bb]oth|[Ss]uch|[Ii]ts|[Ii]t(?!\s+(?:is|was)\s+(?:in|on|at)\b)"
    r"|[Hh]ere|[Tt]here(?!\s+(?:is|was|are|were)\b)|[Tt]he couple|[Tt]he two|[Tt]he latter|[Tt]he former|[Ee]ach"
    r"|[Nn]either|[Ee]ither|[Aa]nother|[Oo]thers|[Oo]ne of them|[Oo]ne was|[Tt]he other|[Tt]he rest|As with"
    r"|(?:[Aa]ll|[Tt]he) (?:three|four|five|six|seven|eight|nine|ten)(?! (?:hundred|thousand|million)|\s+\w+,))\b")
# "All three were born within eight years of each other": which three, only the sentence before says (not "The
# three boats, Anna, David and Sophia,", named at once)
# "As with the Household Cavalry, the officers ...": as with whom before, only the sentence before says
# "The following month, on 25th March", "Just days later", "Again": when, only the sentence before can tell
_RELATIVE_TIME = re.compile(
    r"(?:Just |Only |A few |Some |Several |Two |Three |Four |Five |Six |Ten |\w+ )?(?:days|weeks|months|years) later\b"
    r"|(?:The|On the) (?:following|next|same) (?:day|week|month|year|morning|evening|night)\b"
    r"|(?:Later|Earlier) (?:that|the same) (?:day|week|month|year)\b|That (?:same )?(?:day|week|month|year)\b"
    r"|Again\b|Afterwards\b|Shortly (?:after|afterwards)\b|Soon after(?:wards)?\b"
    r"|As a result\b|In response\b|In turn\b|By contrast\b|In contrast\b|On the other hand\b"
    r"|Then\b|From there\b|After (?:that|this)\b|Thereafter\b|Thereupon\b"
    r"|(?:That|The same|Later that) (?:same )?(?:evening|night|morning|afternoon)\b|Meantime\b|In the meantime\b"
    r"|In the same (?:spirit|way|manner|vein)\b")  # "From there he went to ____"
# "Female colonists of South Australia were awarded suffrage 5 years later": later than what?
_ASIDE = re.compile(r",\s+(?:on the contrary|however|therefore|moreover|nevertheless|nonetheless|in turn|in fact"
                    r"|indeed|likewise|too|in the meantime|meanwhile|for (?:his|her|their|its) part"
                    r"|for (?:example|instance)),(?=\s)", re.I)  # "The Scots Greys, for example, had not been in action
# since 1795": an example of what, only the sentence before says
_LATER = re.compile(r"\b(?:\d+|a few|some|several|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+"
                    r"(?:days|weeks|months|years)\s+(?:later|afterwards|earlier|before(?=\s*[,.;:)]|\s*$))\b",
                    re.I)  # "had died ten
# days before": before what, only the sentence before says


def _unanchored_later(text: str) -> bool:
    """Does "ten days later" or "some years before" reckon from what only the sentence before tells? Not where it opens
    a later clause of its own sentence ("after he returned to the Zulu but, some years later, Dingiswayo was
    ambushed"): the clause before it is the time it counts from."""
    return any(not (re.search(r"(?:,|\b(?:but|and))\s*,?\s*$", text[:m.start()]) and re.match(r"\s*,", text[m.end():])
                    and re.search(r"\w", text[:m.start()]))
               for m in _LATER.finditer(text))


_OPENS_ON_PRONOUN = re.compile(r"[\s,;]*(?:(?:and|but)\s+)?(?:[Hh]is|[Hh]er|[Tt]heir|[Hh]e|[Ss]he|[Tt]hey)\b")  # a
# clause asked alone may not open on a pronoun whose person the clause before named
def _unresolved_next(text: str, at: int, reference: Reference | None) -> bool:
    """Would what is left of a sentence cut before ``at`` open on a pronoun nobody resolved ("In October of the same
    year the emperor Charles VI died, and his daughter ...": "his" is the clause before's)? Not on the sentence's own
    resolved pronoun ("That same evening she gathered ...": she is named)."""
    found = _OPENS_ON_PRONOUN.match(text, at)
    return found is not None and not (reference is not None and reference.key is not None
                                      and at <= reference.start < found.end())


_LINK = re.compile(
    r"(?:However|Nevertheless|Nonetheless|Moreover|Furthermore|In addition|Instead|Meanwhile|Indeed|Consequently"
    r"|Therefore|Thus|Still|Besides|Also|Likewise|Similarly|More importantly|Importantly|Illustratively|Notably"
    r"|Additionally|Specifically|Ultimately|In fact|Of course|As a result|Hence|For instance|For example|Accordingly"
    r"|(?:Shortly |Soon )?(?:thereafter|afterwards?)|Thereafter|Afterwards?|In response|In turn|As such),\s+"
    r"|(?:[Bb]ut|[Aa]nd|[Yy]et)\s+(?=[\w\"“])"
    r"|(?:Later|Earlier|Previously|Subsequently),?\s+(?=[A-Z])"  # "Later Zinoviev and Kamenev joined": asked alone
    r"|(?:Meanwhile|Again|Then|Also),?\s+(?=(?:on|in|at|during)\s)")  # "Meanwhile on 16 June, Napoleon attacked", "Then
# in 1556, he destroyed", "Also in 1573, Nobunaga destroyed": also, beside what?
_SPEECH_END = re.compile(
    r"\b(?:said|says|wrote|writes|argued|argues|pointed out|recalled|commented|remarked|explained|added|claimed"
    r"|noted|notes|observed|replied|declared|stated|states|says of [\w\s]+|told (?:him|her|them|us|me)"
    r"|(?:by|when|while|after)\s+(?:\w+ing)|,\s*(?:saying|remarking|writing|declaring|noting|adding|stating))\W*$")
# "The Qianlong Emperor once bemoaned the country's situation by remarking.": the remark was the cut quotation
_NUMBERING = re.compile(r"^\(\d{1,3}\)\s+")
# "over a front of about, against": a figure lost when the text was copied
_GAP = re.compile(r"\b(?:of|over|for|by|to)\s+(?:about|approximately|nearly|roughly|some|around|almost)\s*[,;.)]")
# "disinterred and mutilated. to atone for": a full stop inside a sentence, where a copy lost its words
_RUN_ON = re.compile(r"\b(?!(?:etc|viz|approx|ca|cf|vol|vols|no|nos|pp|ed|eds|al|vs|esp|incl|fig|figs|st|ft|mt|jr"
                     r"|sr)\.)[a-z]{2,}\.\s+[a-z]{2,}\b|(?:[a-z],|\))\s+(?:She|He|They|It)\s+[a-z]")
# "married in 1539 to Damat Rüstem Pasha, She had issue", "Raziye Sultan (buried in Yahya Efendi Türbe) She died in
# childhood": two sentences run together (a list's notes), not one to ask
# "finished his speech with these remarkable words.": the words are the next sentence's
_ANNOUNCES = re.compile(r"\b(?:these|the following)\s+(?:\w+\s+)?(?:words|terms|lines|remarks)\W*$|\bas follows\W*$"
                        r"|\b(?:as\s+(?:discussed|described|mentioned|noted|shown)|see)\s+(?:below|above)\b")
# "... the following year, as discussed below": the rest is elsewhere in the text
_LEAD_IN = re.compile(
    r"\b(?:said|says|wrote|writes|complained|argued|recalled|declared|added|noted|remarked|explained|insisted"
    r"|warned|commented|replied|stated|observed|concluded|told\s+\w+|asked|answered|relate|relates|related|reported"
    r"|reports|records|recorded|describes|described|quoted|quotes|tells|shouted|cried|exclaimed|proclaimed"
    r"|announced|quote|words\s+of)\b(?:\s+[\w'’()]+){0,10}[\s,:]*$")
_AND_SAID = re.compile(  # "..., and later stated that "the success ...": the statement before it stands alone
    r",?\s+and\s+(?:\w+\s+){0,2}(?:stated|said|wrote|declared|added|remarked|noted|argued|claimed|insisted"
    r"|recalled|explained|complained)\s+that\s*$")
_OPENER = re.compile(
    r"^(?:On|In|At|After|Before|During|When|While|Although|Though|Since|Despite|Following|Upon|By|From|Until"
    r"|Early|Later|Finally|Eventually|Meanwhile|Aside|Faced|Throughout|Within|Without|Under|Between)\b")
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latter", "former", "other", "rest"})
_SHORT_QUOTE_WORDS = 6
_TITLE_BEFORE = re.compile(r"\b(?:known\s+as|entitled|titled|called|named|his\s+paper|her\s+paper|the\s+paper"
                           r"|poem|hymn|song|novel|play|pamphlet|essay|article|lecture|speech)\s*,?\s*$")
_MIN_WORDS, _MAX_WORDS = 6, 60
_EDITORIAL = re.compile(r"\s*\((?:see|pictured|illustrated|shown)\b[^()]{0,40}\)|\s*\((?:left|right|above|below|centre"
                        r"|center|top|bottom)\)", re.I)  # "(see map below)", "(pictured)": the page's, not the story's
_MAX_FRAMED = 110  # words: a longer sentence is asked, if at all, without its asides
_MAX_WITH_CONTEXT = 70  # a question and the sentence before it: a student reads no more at once
_MAX_WITH_TWO = 55  # a question and the two sentences before it, where the nearer needs the farther
_QUANTITIES = frozenset({"As", "Most", "Some", "Many", "One", "All", "Part", "Both", "Each", "None", "Much", "Few", "Several",
                         "Two", "Three", "Four", "Five", "Half", "Outside", "Instead", "Because", "Out", "In", "On",
                         "At", "By", "For", "From", "North", "South", "East", "West"})
OFFICES = frozenset({"Speaker", "President", "Governor", "Secretary", "Minister", "Chairman", "Member", "Leader",
                      "Commander", "Mayor", "Director", "Chancellor"})  # "the Speaker of the ____": an office's body
_TITLE_NOUN_ON = re.compile(r"\b(?:Symposium|Essays?|Treatise|Notes|Reflections|Observations|Lectures?|Report|Letters"
                            r"|Thoughts|Discourse|Inquiry|Enquiry|Dissertation|Commentary|Remarks|Sketches)"
                            r"\s+(?:on|upon|concerning|about)\s+(?:the\s+)?$")
_DEMONYMS = frozenset({"French", "Dutch", "Greek", "Swiss", "Welsh", "Czech", "Scots", "Thai", "Basque", "Irish",
                       "Flemish", "Danish", "Polish", "Turkish", "Spanish", "Swedish", "Finnish"})
_EVENTS_OF = frozenset({"Battle", "Siege", "Treaty", "Peace", "Sack", "Fall", "Capture", "Relief", "Congress",
                        "Edict", "Convention", "Bishop", "Archbishop"})


@dataclass(frozen=True)
class Frame:
    """A sentence made ready for prompts: edits to apply, the range questions may blank, and how it was resolved."""

    sentence: Sentence
    edits: tuple[tuple[int, int, str], ...]
    usable_end: int
    resolved: Reference | None
    context: str = ""
    parse: Parse = EMPTY
    names: tuple[tuple[int, int, str], ...] = ()  # a person's short name, met first here, given in full ("Bréhal":
    # "Jean Bréhal"), wherever the blank is not
    it_names: str = ""  # what an opening "It" stands for and is written as: the text's subject ("The Qing dynasty")
    clause_only: bool = False  # the sentence points back and has no context to give: only a later clause of its own
    # may be asked ("They accepted, and the battle of ____ lasted until the evening")

    def focus(self, start: int, end: int) -> float:
        """How close a span stands to the sentence's main verb: 1 for its subject or object, less for a
        name deep inside a description ("a small town in the part of Poland ruled by ...")."""
        head = self.parse.head_of(start, end)
        if head is None:
            return 0.6
        depth, seen = 0, {head.i}
        while self.parse.tokens[head.i].dep != "ROOT" and depth < 8:
            if head.dep not in ("prep", "agent", "compound", "case"):
                depth += 1  # "in Alpena", "by Cauchon": the preposition is no step away from the verb
            head = self.parse.tokens[head.head]
            if head.i in seen:
                break
            seen.add(head.i)
        return max(0.0, 1.0 - 0.2 * max(0, depth - 1))


_LOST_WORDS = re.compile(r"\b(?:of|the|a|an|to|at|in|from|by|with|into|near|and)\s+(?:[,.;:)]|\((?:modern|now|today|"
                         r"present-day)\b)|\(\s*\)|,\s*,")  # "hurried to (modern London)": the Latin name lost


def frame(s: Sentence, reference: Reference | None, previous: Sentence | None = None,
          parse: Parse = EMPTY, previous_reference: Reference | None = None,
          topic: frozenset[str] = frozenset(), earlier: Sentence | None = None,
          previous_parse: Parse = EMPTY, previous_it: str | None = None,
          timed: tuple[tuple[int, int], ...] = ()) -> Frame | None:
    """Prepare a sentence for prompts, or refuse it when it cannot stand alone.

    A sentence that opens with a vague subject ("They met the royal family at Epernay") or whose
    pronoun cannot be resolved is given the sentence before it as context, when that one is short
    and of the same paragraph or the one just before it (no heading between); without such a sentence it is
    refused.

    Args:
        s: a narrative sentence.
        reference: its first pronoun and the person it refers to, if it has one.
        previous: the sentence before it, if any.
        parse: its parse.
        previous_reference: the resolved pronoun of the sentence before, named in the context too.
        topic: the words of the text's title: "the battle" of a text called "Battle of Waterloo" needs no context.
        earlier: the sentence before ``previous``: when that one needs context of its own ("She brought with her the
            basics. They were married on ..."), the two are the context, if short enough together.
        previous_parse: the parse of ``previous``: a context cut to its first clause keeps its verb.
        previous_it: what the opening "It" of ``previous`` was written as, where it stood for the text's subject ("It
            was established in 1636. It was preceded by the Ming dynasty": the Qing dynasty both times).
        timed: where it says "the following year" of a year the sentences before give: it points back no more.

    Returns:
        The frame; None for a sentence with a long quotation inside it, a length out of bounds, or
        a vague opening or unresolved pronoun with no context to give.
    """
    text = s.text
    if _LOST_WORDS.search(text):
        return None  # "The prefect of , Poenius Postumus": a name lost from the text (a dump's dropped template)
    edits: list[tuple[int, int, str]] = []
    numbering = _NUMBERING.match(text)
    start = numbering.end() if numbering else 0
    if numbering:
        edits.append((0, start, ""))
    end = len(text)
    close = len(text.rstrip()) - 1
    if text[start:start + 1] == "(" and _closed_at(text, start, close):
        edits.append((start, start + 1, ""))  # "(Slaves in Union-held areas were freed ... on December 6, 1865.)": a
        start += 1  # sentence the text set in brackets reads as any other, asked alone
        end = close - (text[close - 1] in ".!?")  # its full stop comes back with the cut
    for qa, qb in s.quotes:
        if len(text[qa:qb].split()) <= _SHORT_QUOTE_WORDS and qb < len(text) or _TITLE_BEFORE.search(text[:qa]):
            continue  # a short quotation, or a title ('became known as "What to the Slave Is the Fourth of July?"')
        lead = re.search(r"[:,]\s*$", text[:qa]) or _AND_SAID.search(text[:qa]) or re.search(r";[^;\"“”]*$", text[:qa])
        if lead and text[qb:].strip(" .!?\"”") == "":  # "...; one biographer called it "perhaps the greatest ...":
            # the quotation and what leads to it are left out
            end = min(end, lead.start())
            break
        return None
    if len(text[start:end].split()) > _MAX_WORDS:
        end = _first_clause_end(text, start, end)  # a long sentence is asked of its first whole clause
    if end < len(text):
        if len(text[start:end].split()) < 8 or _LEAD_IN.search(text[start:end]):
            return None  # "In the words of Stephen Richey:", "Serge complained in his Memoirs:": only a lead-in
        edits.append((end, len(text), "."))
    for t in parse.tokens:
        if t.lower == "same" and t.i > 0 and parse.tokens[t.i - 1].lower == "the" and t.i + 1 < len(parse.tokens) \
                and parse.tokens[t.i + 1].pos == "PROPN" and t.head == t.i + 1 and start <= t.start < end:
            edits.append((parse.tokens[t.i - 1].start, parse.tokens[t.i + 1].start, ""))  # "The same Mussolini
            # declared": the same as whom the sentence before names; the name alone says who
    edits += [(m.start(), m.end(), "") for m in _EDITORIAL.finditer(text, start, end)]  # "(see map below)"
    body = text[start:end].strip()
    words = len(body.split())
    if parse.tokens and not any(t.pos in ("VERB", "AUX") for t in parse.tokens if t.start < end):
        return None  # "establishment of the Imperial Maritime Customs Service;": an item of a list, no statement
    if (text.rstrip().endswith(";") or text[:1].islower()) and parse.tokens and not any(
            t.dep == "ROOT" and t.pos in ("VERB", "AUX") and t.tag not in ("VB", "VBG") for t in parse.tokens):
        return None  # "Russia, that it might execute the partition of Poland;", "Prussia to strengthen the absolute
        # power;": a clause whose verb is the sentence's, or only an infinitive
    if (text.rstrip().endswith(";") or text[:1].islower()) and parse.tokens and parse.tokens[0].dep == "mark":
        return None  # "Claims include: ...; that she was secretly the half sister of King Charles VII;": a claim reported
        # by a verb of the sentence before, not a fact
    if words < _MIN_WORDS or words > _MAX_FRAMED or body.endswith(":") or _ANNOUNCES.search(body) or _GAP.search(body) \
            or _RUN_ON.search(body):
        return None

    def unclear_from(begin: int, skip: tuple[tuple[int, int], ...] = (), stop: int = -1) -> bool:  # does the
        # sentence from ``begin`` on (to ``stop``), less the phrases in ``skip``, need the sentence before?
        upto = end if stop < 0 else stop
        part = text[begin:upto]
        for a, b in sorted(skip, reverse=True):
            part = part[:a - begin] + part[b - begin:]
        part = part.strip()
        opens = part[:1].upper() + part[1:]  # "...; in the same spirit, it prohibited": a clause cut at a semicolon
        if named is not None and begin == 0:
            opens = named + opens[2:]  # "It took place": the text's subject, named by the sentence before
        relative = not any(a <= begin + 3 for a, _ in timed) and (_RELATIVE_TIME.match(opens) is not None or (
            _unanchored_later(re.sub(r"\([^)]*\)", "", part))
            and not re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+\d{1,2}\b", part))) \
            and not re.search(r"\b1\d{3}\b", part)  # "The following month, on 25th March": when, only before says
        vague = _vague_subject(parse, upto) and not (named and begin == 0)
        pointer = _pointing_back(parse, upto, begin, topic, skip)
        if pointer is not None and any(a <= pointer.start < b for a, b in timed):
            pointer = None  # "The following year she received ...": the year it means is the question's answer
        return bool(_VAGUE_START.match(opens)) or vague or relative or pointer is not None \
            or (_event_told_before(parse, upto, previous, topic, begin) and not _pinned(parse, begin, upto)) \
            or _shell(parse, upto, topic, begin) or _dangling(parse, upto, reference, begin) or (
            reference is not None and begin <= reference.start < upto and reference.key is None
            and not any(a <= reference.start < b for a, b in skip))

    headless = text[:1].islower() and bool(parse.tokens) and parse.tokens[0].pos == "VERB" and parse.tokens[0].tag in (
        "VBD", "VBZ", "VBP", "VBN") and parse.tokens[0].dep == "ROOT"  # "seized on the executive power, commissioned
    # Montmorin ...;": a clause whose subject is the sentence before's
    if headless:
        return None  # the clause before it has no subject either, mostly: a list of what one body did
    named = _topic_named(parse, previous, previous_parse, topic, previous_it) if start == 0 else None
    if named is not None:  # "The October Revolution ... was a revolution in Russia. It took place through an armed
        # insurrection in Petrograd": "it" is what the text is about, named by the sentence before
        edits.append((0, 2, named))
    later = _RELATIVE_TIME.match(text, start)
    dated_after = re.match(r",\s*(?=(?:on|in|by)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+"
                           r"|[A-Z][a-z]+\s+\d{1,2}\b))", text[later.end():]) if later else None
    if later and dated_after:  # "Three days later, on 28 September, William landed": the date says when; "later" than
        edits.append((start, later.end() + dated_after.end(), ""))  # what, only the sentence before says
        start = later.end() + dated_after.end()
    unclear = unclear_from(start)
    lead = _leading_phrase(parse, start, end) if unclear else None
    if lead is not None and not unclear_from(lead) and (reference is None or reference.start >= lead) \
            and not _unresolved_next(text, lead, reference):  # not "... Charles VI died, and his daughter ____"
        edits.append((start, lead, ""))  # "When these were repulsed, Kellermann's corps was added": what points back
        start, unclear = lead, False  # stands in an opening phrase the question does without
    if unclear:
        cuts: tuple[tuple[int, int], ...] = ()
        for _ in range(2):  # "... bringing the shogunate to an end in the same year": the phrase that points back is
            # left out where the sentence says its fact without it
            pointer = _pointing_back(parse, end, start, topic, cuts)
            span = _adjunct(parse, pointer, start, end) if pointer is not None else None
            if span is None or (reference is not None and span[0] <= reference.start < span[1]) or (
                    span[0] <= start and (_unresolved_next(text, span[1], reference) or _inverted(parse, span[1]))):
                break  # "In addition to his travel abroad during these years, he also lectured": the pronoun the
                # sentence was resolved by would go, and the next one would stand unresolved; "At its centre was
                # Alfred Dreyfus": what is left would open on its verb
            cuts += (span,)
            if not unclear_from(start, cuts):
                edits += [(a, b, "") for a, b in cuts]
                unclear = False
                break
    context = ""
    if unclear:
        two = previous is not None and earlier is not None and not _fits_as_context(previous, s) \
            and _fits_as_context(earlier, previous) and _may_follow(previous, s) \
            and len(earlier.text.split()) + len(previous.text.split()) + words <= _MAX_WITH_TWO
        if not two and (not _fits_as_context(previous, s) or len(previous.text.split()) + words > _MAX_WITH_CONTEXT):
            first = next((m.start() for m in _CLAUSE_END.finditer(text, start, end)
                          if len(text[start:m.start()].split()) >= _MIN_KEPT), end)
            if first < end and not unclear_from(start, stop=first) and _balanced(text[start:first]) and any(
                    t.dep in ("nsubj", "nsubjpass") and t.lower not in ("who", "which", "that")
                    and start <= t.start < first and 0 <= t.head < len(parse.tokens)
                    and parse.tokens[t.head].start < first for t in parse.tokens):
                return Frame(s, (*edits, (first, len(text), ".")), first, reference, "", parse)  # "Harun was born at
                # Rayy, in northern Iran, in either 763 or 766; the sources do not agree": what needs the sentence
                # before stands in a later clause, and the first says its fact alone
            return Frame(s, tuple(edits), end, reference, "", parse, clause_only=True)
        assert previous is not None
        context = previous.text
        r = previous_reference
        changes: list[tuple[int, int, str]] = []
        if r is not None and r.key is not None and not r.cataphoric and not _role_before(r, previous.text):
            changes.append((r.start, r.end, r.key + ("'s" if r.possessive else "")))
        if not two and len(previous.text.split()) + words > _LONG_PROMPT and previous_parse.tokens:
            whole = len(previous.text)  # a long context does without its own asides, as a long prompt does:
            # "(28–30 June 1922)", ", who possessed only small arms,"
            changes += [(a, b, " ") for a, b in _asides(Frame(previous, (), whole, None, "", previous_parse),
                                                         (whole, whole), whole)
                        if not any(a < y and x < b for x, y, _ in changes)]
        for a, b, rep in sorted(changes, reverse=True):
            context = context[:a] + rep + context[b:]
        context = re.sub(r"\s+([.,;:])", r"\1", " ".join(context.split()))
        if two:
            assert earlier is not None
            context = f"{earlier.text} {context}"  # "Douglass sent for Murray. She brought the basics. They married"
        context = _NUMBERING.sub("", " ".join(context.split()))
        linked = _LINK.match(context)
        if linked and linked.end() < len(context):
            context = context[linked.end():]  # "Hence, Babur ... drew much of his support": the link points back
        context = context[:1].upper() + context[1:]
        context = re.sub(r"\s*[;,:]$", ".", context)  # "... was deceived or overruled; When the ministry ...": a clause
        # of a long sentence, cut where the sentence splits, ends as a sentence before the next
        if context and not re.search(r"[.!?\"”’)]$", context):
            context += "."  # "... remarked on her beauty and graciousness (He called her Marina ... name.)": the aside
            # that went took the sentence's full stop with it
        if not two and len(context.split()) + words > _CONTEXT_TOO_LONG and not _PRONOUN.search(body):
            verbs = {t.text for t in previous_parse.tokens if t.pos in ("VERB", "AUX")}
            cut = next((m.start() for m in _CONTEXT_END.finditer(context) if len(context[:m.start()].split()) >= 6
                        and _balanced(context[:m.start()]) and (not previous_parse.tokens or verbs & set(
                            re.findall(r"[\w'’-]+", context[:m.start()])))), len(context))
            # never "In addition, Free State troops, particularly in County Kerry." without their verb ("began")
            if cut < len(context):
                context = context[:cut].rstrip(" ,;") + "."  # "The last Ming ruler committed suicide when the city fell
                # to the rebels, marking the end of the dynasty. ____ then led ...": the context's first clause will do
        if re.match(r"(?:[A-Z]\w+,\s+)?(?:He|She|His|Her|Him|he|she|his|her)\b", context) or (
                _bare_pronoun(context) and _PERSONAL.search(text[start:end])):
            return None  # "He now decided to defect to Canada."; "On 26 September he was sentenced to death. He was
            # executed ...": a context whose "he" nobody resolved, opening the prompt or needed by the question
    else:
        link = _LINK.match(text, start)
        if link and link.end() < end:
            joined = [e for e in edits if e[0] < link.end() and start < e[1] and not e[2]]  # a phrase cut after it
            edits = [e for e in edits if e not in joined]
            stop = max([link.end(), *(b for _, b, _ in joined)])
            if joined:
                stop += len(re.match(r"[\s,]*", text[stop:]).group())  # "However, in early June of that year, ..."
            edits.append((start, stop, ""))  # "However, the British held": asked alone, the link points nowhere
        for t in parse.tokens:
            if t.lower in ("himself", "herself", "themselves") and start <= t.start < end and t.i > 0 \
                    and t.dep not in ("dobj", "pobj", "dative", "attr") \
                    and (parse.tokens[t.i - 1].pos in ("PROPN", "NOUN") or parse.tokens[t.i - 1].text[:1].isupper()) \
                    and re.match(r" \w", text[t.start - 1:t.end]) \
                    and not any(a < t.end and t.start - 1 < b for a, b, _ in edits):  # "Rede himself": a name,
                # whatever the model says
                edits.append((t.start - 1, t.end, ""))  # "Leclerc himself died": the stress points at a sentence unseen
            if t.lower in ("also", "too", "again", "therefore", "thus", "consequently", "accordingly", "likewise") \
                    and start <= t.start < end and t.i > 0 and t.dep == "advmod" \
                    and 0 <= t.head < len(parse.tokens) and parse.tokens[t.head].pos in ("VERB", "AUX") \
                    and parse.tokens[t.i - 1].lower not in ("but", "and", "not", "only") and text[t.start - 1] == " " \
                    and not (t.lower == "again" and (_negated(parse, parse.tokens[t.head])
                                                     or text[t.end:t.end + 10] == " and again")) \
                    and not any(a < t.end and t.start - 1 < b for a, b, _ in edits):
                once = t.lower == "again" and parse.tokens[t.i - 1].lower == "once" and text[t.start - 6:t.start - 1]
                aside = text[t.start - 2:t.start] == ", " and text[t.end:t.end + 1] == ","  # "the Congress, therefore,
                # decided": the commas go with it
                edits.append((t.start - (6 if once else 2 if aside else 1), t.end + aside, ""))
                # "Krivitsky also arranged a meeting": also, beside what unseen? "Lafayette again repaired to ...":
                # again after what? (never "never ... again", nor "again and again")
        for aside in _ASIDE.finditer(text, start, end):
            if not any(a < aside.end() and aside.start() < b for a, b, _ in edits):
                edits.append((aside.start(), aside.end(), ""))  # "Louis XVI. and the queen, on the contrary,
                # pursued ...": contrary to what, only the sentence before says
        if reference is not None and reference.start < end and reference.key is not None \
                and not any(a <= reference.start < b for a, b, _ in edits) and not reference.cataphoric \
                and not _named_before(reference.key, text[:reference.start]) \
                and not _role_before(reference, text):
            name = reference.key + ("'s" if reference.possessive else "")
            edits.append((reference.start, reference.end, name))
    return Frame(s, tuple(sorted(edits)), end, reference if reference and reference.key else None, context, parse,
                 it_names=named or "")


_ROLE_SUBJECT = re.compile(r"(?:The|His|Her|Their)\s+(?:[a-z-]+\s+){0,2}?((?i:" + "|".join(ROLE_GENDER) + r"))\b"
                           r"(?!,?\s+[A-Z])")  # "The victorious Emperor limited his demands": not "Menelik II's"


def _role_before(reference: Reference, text: str) -> bool:
    """Does the sentence open with a person named by a role of the pronoun's gender ("The previous king had believed
    he was made of glass")? The pronoun then reads as that person's; a name in its place would read as another's
    ("The previous king had believed Charles VI was made of glass")."""
    role = _ROLE_SUBJECT.match(text)
    return role is not None and role.end() <= reference.start \
        and ROLE_GENDER[role.group(1).lower()] == PRONOUN_GENDER.get(reference.pronoun.lower(), "")


def _named_before(key: str, before: str) -> bool:
    """Does the sentence name the person before their pronoun, whole or by surname ("Seekamp was arrested in his
    office": the "his" needs no name), but not as another's surname ("Ida McKinley told him")?"""
    last = re.escape(key.split()[-1])
    return re.search(rf"(?<![\w'’-]){re.escape(key)}\b|(?:^|[^\w\s'’-]\s*|\b[a-z]+\s+){last}\b", before) is not None


_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?=[a-z]+\s)|,\s+(?:which|where|who)\s")


_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|his|their|them|it|its)\b", re.I)  # one the context's cut may orphan
_CONTEXT_END = re.compile(r";|,\s+(?:which|where|who)\s|,\s+(?:and|but)\s+(?=(?:he|she|they|it|his|her|their)\s)"
                          r"|,\s+(?=[a-z]+ing\s)")  # where a context too long may end: a main clause stays whole


def _first_clause_end(text: str, start: int, end: int) -> int:
    """Where a long sentence's first clause ends (a semicolon, ", and ...", ", which ..."), when that clause is
    of a question's length (12 to 45 words); else ``end`` unchanged."""
    for m in _CLAUSE_END.finditer(text, start, end):
        words = len(text[start:m.start()].split())
        if words > 45:
            break
        if words >= 12 and text[start:m.start()].count("(") == text[start:m.start()].count(")"):
            return m.start()
    return end


_LONG_PROMPT = 28  # words: past it, a prompt ends with the clause of its blank (in a reading of 340 questions, 9 % of
# those of 30 to 39 words were judged good, 23 % of those of 20 to 29)
_CUT_FROM = 24  # words: a prompt longer than this ends with the clause of its blank (of 600 questions read later, 1 of
# 57 with 40 words or more was judged good)
_TAIL = re.compile(_CLAUSE_END.pattern + r"|,\s+(?:whose|although|though)\s|\s+(?:while|whereas)\s+(?=[A-Z]|[a-z]+\s)"
                   r"|\s+(?:—|--|–)\s+|—|:\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z])|,\s+then\s+(?=[a-z]+\s)"
                   r"|,\s+(?:as|when)\s+(?=[a-z]+\s)")
# the clause ends a long sentence is cut at, and those after a blank: "whose ...", "although ...", "... while ...",
# a dash ("a minority -- only 16% in 1648"), a colon before what it lists or says, ", then converged on Beijing",
# ", as it was still reforming"
_OPEN_END = re.compile(r"\b(?:and|or|but|nor|of|the|a|an|to|with|by|in|on|at|for|that|which|who|whom|whose)\W*$",
                       re.I)  # "Nobunaga's entourage was soon overwhelmed and, as the troops closed in, ...": never cut
_MIN_KEPT = 9  # words a cut prompt keeps at least ("The Zulu monarch was killed by three assassins sometime in ____.")


def _clause_cut(fr: Frame, blank: tuple[int, int]) -> int:
    """Where a long prompt may end: after the clause that holds its blank ("... is given as ____ while Barbero and
    others estimate ...": the estimate is another clause), when the prompt with its context is over ``_CUT_FROM``
    words and what is kept has ``_MIN_KEPT`` words or more; else where the frame ends."""
    text = fr.sentence.text
    if len(fr.context.split()) + len(text[:fr.usable_end].split()) <= _CUT_FROM:
        return fr.usable_end
    root = next((t for t in fr.parse.tokens if t.dep == "ROOT"), None)
    for m in _TAIL.finditer(text, blank[1], fr.usable_end):
        if not text[blank[1]:m.start()].strip(" '’s") and re.match(r",\s+(?:which|where|who|whose)\s", m.group(0)):
            continue  # "her attack on ____, who believed that socialism could come by reform": the clue to the answer
        kept = text[:m.start()]  # never "other major cities in Ethiopia, including Bahir Dar, ... and the town of
        # Adwa itself." without their verb ("celebrate"); after a dash or a colon, what it adds may be a clause
        if len(kept.split()) >= _MIN_KEPT and _balanced(kept) and not _OPEN_END.search(kept) \
                and _clause_follows(fr.parse, m, text) and (
                root is None or root.start < m.start()) and not _inside_quote(fr, m.start()) \
                and _one_phrase(fr.parse, m.start(), fr.usable_end, re.match(r"\s*(?:—|--|–|:)", m.group(0)) is None):
            return m.start()
    if len(fr.context.split()) + len(text[:fr.usable_end].split()) > _TOO_LONG:
        return _phrase_cut(fr, blank)
    return fr.usable_end


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis"})
_TOO_LONG = 28  # words: a prompt still longer drops a phrase after its blank that the fact does not need
_CONTEXT_TOO_LONG = 32  # words: a question and its context still longer keep the context's first clause only


def _closed_at(text: str, opening: int, close: int) -> bool:
    """Does the bracket opened at ``opening`` close at ``close`` ("(Slaves ... on December 6, 1865.)"), not earlier
    ("(see above) The king ... (1815)")?"""
    depth = 0
    for i in range(opening, close + 1):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i == close
    return False


def _balanced(kept: str) -> bool:
    return kept.count("(") == kept.count(")") and kept.count('"') % 2 == 0 and kept.count("“") == kept.count("”")


def _phrase_cut(fr: Frame, blank: tuple[int, int]) -> int:
    """Where a prompt still too long may end: at the first comma after its blank that opens a phrase the clause
    does without and that runs to the sentence's end (" to confront Wu Sangui, the general commanding ..." an
    apposition; ", marking the end of the dynasty" a participle; ", along with ..."), or a second verb of the
    sentence's own ("had assisted at the partition of ____ without opposing it, had raised no obstacle ..."), keeping
    12 words or more and the sentence's verb; else where the frame ends."""
    text, toks = fr.sentence.text, fr.parse.tokens
    root = next((t for t in toks if t.dep == "ROOT"), None)
    words = [t for t in toks if t.start < fr.usable_end and t.pos != "PUNCT"]
    if root is None or not words:
        return fr.usable_end
    last = words[-1]
    for t in toks:
        if t.text != "," or t.start < max(blank[1], root.end) or t.start >= fr.usable_end or t.i + 1 >= len(toks):
            continue
        n = toks[t.i + 1]
        head = toks[n.head] if 0 <= n.head < len(toks) else n
        phrase = n if n.dep in ("appos", "advcl", "acl", "prep") or n.lower in _LOOSE else head
        to_end = _subtree(fr.parse, phrase)[1].i >= last.i
        named = toks[t.i - 1].pos == "PROPN" and toks[t.i - 1].start >= blank[1]  # "... Wu Sangui, the general"
        loose = (n.tag in ("VBG", "VBN") and n.dep in ("advcl", "acl", "xcomp")) or n.lower in _LOOSE \
            or (named and (n.dep == "appos" or (n.dep == "det" and head.dep == "appos")))
        second_verb = head.dep == "conj" and _chain_to_root(fr.parse, head) and head.pos in ("VERB", "AUX") \
            and not _listed_deed(fr.parse, t.start) \
            and (n is head or n.dep == "aux") and not any(c.dep in ("nsubj", "nsubjpass") for c in fr.parse.children(head))
        kept = text[:t.start]
        finite = any(u.tag in _FINITE and kept.rfind(";") < u.start < t.start for u in toks)  # never "...; and the
        # ____, by forsaking it." without the verb of its own clause ("had left it to its true leaders")
        if ((loose and to_end) or second_verb) and finite and len(kept.split()) >= _MIN_KEPT and _balanced(kept) \
                and not _OPEN_END.search(kept) \
                and not _inside_quote(fr, t.start) and _one_phrase(fr.parse, t.start, fr.usable_end):
            return t.start
    return fr.usable_end


def _chain_to_root(parse: Parse, verb: Token) -> bool:
    """Is a verb a conjunct of the sentence's main verb, directly or through other conjuncts?"""
    seen: set[int] = set()
    t = verb
    while t.dep == "conj" and 0 <= t.head < len(parse.tokens) and t.head not in seen:
        seen.add(t.i)
        t = parse.tokens[t.head]
    return t.dep == "ROOT"


def _listed_deed(parse: Parse, before: int) -> bool:
    """Is there a second deed of the main verb's subject before ``before`` ("occupied Delhi and Agra, took the throne
    of Lodi, and laid ..."): a cut there would leave a list without its "and"?"""
    return any(t.start < before and t.pos in ("VERB", "AUX") and (
        (t.dep == "conj" and _chain_to_root(parse, t)) or (
            t.dep == "advcl" and t.tag in ("VBD", "VBZ", "VBP") and t.i > 0 and parse.tokens[t.i - 1].text == ","
            and not any(c.dep in ("nsubj", "nsubjpass", "mark") for c in parse.children(t))))
        for t in parse.tokens)  # "amounted to 14,000 men by August, was 38,000 strong by ..., and": the parser's
    # reading of a second deed


def _one_phrase(parse: Parse, cut: int, end: int, core: bool = True) -> bool:
    """Does a cut leave out only what hangs on the clause it keeps, never the main verb or what the kept clause needs
    ("..., which included 40 galleys, once more laid siege to Malacca"; "the spirit of his brother Raúl, who had died
    at age 4, was communicating with him": the relative clause interrupts its sentence)? With ``core`` false only the
    main verb counts (what a dash or a colon adds). Unparsed text passes."""
    return not any(cut <= t.start < end and (t.dep == "ROOT" or (
        core and t.dep in _CORE and 0 <= t.head < len(parse.tokens) and parse.tokens[t.head].start < cut))
        for t in parse.tokens)


_CORE = frozenset({"ccomp", "csubj", "csubjpass", "nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd"})


def _inside_quote(fr: Frame, at: int) -> bool:
    return any(a < at < b for a, b in fr.sentence.quotes)


_LOOSE = frozenset({"along", "including", "mostly", "mainly", "chiefly"})  # ", along with ...": a phrase to spare


def _clause_follows(parse: Parse, m: re.Match[str], text: str) -> bool:
    """Does a clause of its own follow the boundary, not the next item of a list ("the German lease of Jiazhou Bay,
    the Russian acquisition of Liaodong, and the British lease of ...": no verb; "an English, the 1st (The Royals);
    a Scottish, 2nd ...": no verb)? A relative clause ("which", "who") is one; "and"/"but"/";" need a verb with
    its own subject before the next comma or semicolon."""
    word = m.group(0).strip(" ,;").split()
    if word and word[0] in ("which", "where", "who", "whose", "although", "though", "while", "whereas"):
        return True
    if not word or word[0] in ("—", "--", "–", ":"):
        return True  # what a dash or a colon adds to a whole clause: an aside, a list, an example
    if word[0] == "then" or (word[0] in ("and", "but") and m.group(0).startswith(",")):
        verb = next((t for t in parse.tokens if t.start >= m.end()), None)
        deed = verb is not None and verb.tag in ("VBD", "VBZ", "VBP") and verb.dep == "conj" \
            and _chain_to_root(parse, verb)
        then = verb is not None and word[0] == "then" and verb.tag in ("VBD", "VBN") and verb.dep == "advcl" \
            and 0 <= verb.head < len(parse.tokens) and parse.tokens[verb.head].dep == "ROOT"  # the parser's reading
        if verb is not None and (deed or then) and not _listed_deed(parse, m.start()):
            return True  # ", then converged on Beijing", ", and fired on the Emir's troops": the next deed of the same
            # subject, a fact of its own
    if not parse.tokens:
        return False
    stop = len(text)
    nxt = re.search(r"[;]|,\s+(?:and|but)\s", text[m.end():])
    if nxt:
        stop = m.end() + nxt.start()
    verbs = [t for t in parse.tokens if m.end() <= t.start < stop and t.pos in ("VERB", "AUX")
             and t.tag in ("VBD", "VBZ", "VBP", "MD")]
    first = next((t for t in parse.tokens if t.start >= m.end() and t.pos in ("VERB", "AUX") and t.dep != "aux"), None)
    if first is not None and first.start < stop and any(c.dep == "aux" and c.tag in ("VBD", "VBZ", "VBP", "MD")
                                                        for c in parse.children(first)):
        verbs.append(first)  # "as it was still burning": the verb of the clause that follows, after its auxiliary
    return any(c.dep in ("nsubj", "nsubjpass", "expl") for v in verbs for c in parse.children(v))


_PLACES = ("GPE", "LOC", "FAC")
_WORKS = ("WORK_OF_ART", "LAW", "ORG", "PERSON")
_EVENTS = ("EVENT", "GPE", "LOC", "NORP", "PERSON", "ORG")
_ANAPHORIC_NOUNS = {"city": _PLACES, "town": _PLACES, "village": _PLACES, "island": _PLACES, "fortress": _PLACES,
                    "book": _WORKS, "novel": _WORKS, "play": _WORKS, "pamphlet": _WORKS, "poem": _WORKS,
                    "article": _WORKS, "essay": _WORKS, "machine": _WORKS, "speech": _WORKS, "program": _WORKS,
                    "constitution": _WORKS, "case": _EVENTS, "relationship": _EVENTS, "visit": _EVENTS,
                    **dict.fromkeys(("treaty", "agreement", "statue"), _WORKS),
                    **dict.fromkeys(("alliance", "attack", "assault", "offensive", "plan", "proposal", "decision",
                                     "meeting", "conference", "ceremony", "expedition", "episode", "incident",
                                     "affair"), _EVENTS)}
# nouns that mean one named just before ("By February, the attack had ground down": which attack?), and the names that
# say which one in their own sentence; not one the title names ("the treaty" in a history of a treaty), nor one written
# as a name ("the Treaty"). Not "the rebellion", "the revolt" or "the campaign": mostly what the whole text is about,
# whatever its title says.


CONFLICTS = frozenset(
    "battle war wars siege campaign conquest rebellion revolt rising uprising invasion armada".split())
# a title with one of these names a fight, whose two sides are "the two armies"
_SIDES = frozenset("armies sides forces fleets".split())


def _pointing_back(parse: Parse, end: int, begin: int = 0, topic: frozenset[str] = frozenset(),
                   skip: tuple[tuple[int, int], ...] = ()) -> Token | None:
    """The word by which the sentence points back at what only the sentence before names ("these internal divisions",
    "that situation", "the latter", "the couple", "that day" in a sentence with no year), or None. "this" mostly points
    within its own sentence ("this right", "at this crucial juncture"), and "at the same time" is no time at all.
    Words inside the ``skip`` spans (phrases the prompt leaves out) do not count."""
    toks = [t for t in parse.tokens if begin <= t.start < end and not any(a <= t.start < b for a, b in skip)]
    dated = any(t.tag == "CD" and re.fullmatch(r"1\d{3}|20\d\d|\d{1,2}", t.text) and (
        t.ent == "DATE" or len(t.text) == 4) for t in toks)  # "in 1435", "on 15 June": the sentence names its time
    for i, t in enumerate(toks):
        if t.lower in ("latter", "former", "couple") and i > 0 and toks[i - 1].lower == "the":
            return t
        if t.lower in ("these", "those", "that") and t.dep == "det" and 0 <= t.head < len(parse.tokens):
            noun = parse.tokens[t.head]
            if noun.lower in _TIME_NOUNS:
                if (noun.lower != "time" or noun.dep in ("dobj", "nsubj", "nsubjpass")) and not dated:
                    return t  # "stood close to the platform that day", "in these years", "chose that time to
                    # attack": which? ("at that time" is only "then")
            elif noun.i > t.i and not any(c.dep in ("relcl", "acl", "appos") or (c.dep == "prep" and c.lower == "of")
                                          for c in parse.children(noun)) and not any(
                    _same_word(u.lower, noun.lower) for u in toks[:t.i]):
                return t  # "These external defeats forced", "from these regions"; not "a meeting ... that meeting"
        if t.lower in ("these", "those") and t.dep in ("nsubj", "nsubjpass", "pobj", "dobj") and not any(
                c.dep in ("relcl", "acl", "amod", "prep") for c in parse.children(t)) and not any(
                u.tag in ("NNS", "NNPS") for u in toks[:t.i]):
            return t  # "When these were repulsed", "The chief of these was"; not "those who ...", "3 squadrons,
            # though these countercharged"
        if t.lower == "this" and t.pos == "PRON" and t.dep in ("dobj", "pobj") and t.i > 0 and not any(
                u.text == ";" for u in parse.tokens[:t.i]) and not _in_later_clause(parse, t):
            return t  # "Douglass did not favor this", "spent a year doing this"; not "... tutoring; he called this"
        if t.lower in ("following", "next", "previous", "preceding") and i > 0 and toks[i - 1].lower == "the" \
                and 0 <= t.head < len(parse.tokens) and parse.tokens[t.head].lower in _TIME_NOUNS and not dated:
            return t  # "... met on the following day": following what?
        if t.dep == "ROOT" and t.lower in _ANSWERING and not any(
                c.dep in ("dobj", "xcomp", "ccomp", "advcl", "agent") or (c.dep == "prep" and c.lower != "by")
                for c in parse.children(t)):
            return t  # "Rede responded by ordering a search", "A formal appeal followed": to what, after what?
        if t.lower in ("resulting", "ensuing", "aforementioned") and i > 0 and toks[i - 1].lower == "the":
            return t  # "India was victorious in the resulting Siachen conflict": resulting from what?
        if t.lower in ("two", "three", "four", "both") and t.dep == "nummod" and i > 0 and toks[i - 1].lower == "the" \
                and 0 <= t.head < len(parse.tokens) and parse.tokens[t.head].pos == "NOUN" and not any(
                    c.dep in ("prep", "relcl", "acl") for c in parse.children(parse.tokens[t.head])) and sum(
                    label == "PERSON" and a < t.start for a, _, label in parse.ents) < 2 and not (
                    topic & CONFLICTS and parse.tokens[t.head].lower in _SIDES):
            return t  # "the two armies clashed": which two? (not "Douglass visited Auld, and the two men"; nor, in a
            # text on a battle or a war, "the two armies met on Senlac Hill": the two sides of the text's own fight)
        if t.lower == "further" and i > 0 and toks[i - 1].lower == "a" and not (
                i + 1 < len(toks) and toks[i + 1].text == "-"):
            return t  # "A further two hundred Americans": further to whom? (not "a further-education college")
        if t.lower == "same" and i > 0 and toks[i - 1].lower == "the" and 0 <= t.head < len(parse.tokens) \
                and parse.tokens[t.head].lower in _TIME_NOUNS - {"time"} and not dated:
            return t  # "The Duke of Bedford died the same year": which year?
        if t.lower == "this" and t.dep == "det" and 0 <= t.head < len(parse.tokens) and t.i > 0:
            noun = parse.tokens[t.head]
            if noun.lower not in _TIME_NOUNS and noun.pos == "NOUN" and not any(
                    u.lower == noun.lower for u in toks[:t.i]) and not any(
                    c.dep == "prep" and c.lower == "of" for c in parse.children(noun)):
                return t  # "apprised of this fatal event", "At this meeting"; not "... a right, ... this right"
        nouns = _ANAPHORIC_NOUNS.get(t.lower) if t.lower not in topic and t.text.islower() else None
        if nouns and i > 0 and toks[i - 1].lower == "the" and _of_the_verb(parse, t) \
                and not _said_which(parse, t) and not any(
                label in nouns and a < t.start for a, _, label in parse.ents):
            return t  # "McKinley and his wife arrived in the city on 5 September": which city? "The book, first
            # published in 1855": which book? (not "in Buffalo ... the city", "the city of Paris")
        if t.lower == "there" and t.dep == "advmod" and t.i > 0 and not any(
                label in ("GPE", "LOC", "FAC") and a < t.start for a, _, label in parse.ents):
            return t  # "Rosa Luxemburg was arrested there in March 1906": where? (not "in Edinburgh ... there")
        if t.lower == "this" and t.dep == "det" and i > 0 and toks[i - 1].lower in ("during", "by", "since", "until",
                                                                                    "about", "around") \
                and 0 <= t.head < len(parse.tokens) and parse.tokens[t.head].lower in _SPANS:
            return t  # "During this time she wrote ...", "At about this time, the 15th Brigade ...": which time?
        if t.lower in ("they", "them", "their", "theirs", "its") and not any(
                u.pos in ("NOUN", "PROPN") or u.ent == "NORP" for u in toks[:i]):
            return t  # "To their left, the Union Brigade swept ...": who they were, only the sentence before says;
            # "In its wake, Hungarian resistance collapsed": in the wake of what?
        if t.lower == "then" and t.dep == "advmod" and 0 <= t.head < len(parse.tokens) \
                and parse.tokens[t.head].dep == "ROOT" and t.start < parse.tokens[t.head].start + 40 and not dated:
            return t  # "Toussaint then turned on Rigaud": after what? (not "Then in 1556, he destroyed ...")
    return None


def _adjunct(parse: Parse, token: Token, begin: int, end: int) -> tuple[int, int] | None:
    """The span of the phrase, hanging from a verb, that holds ``token`` and that the sentence can do without ("in the
    same year", "at the end of the three-month campaign", ", although this date is not known ...", "then"), with a
    comma that sets it off; None where there is none, or where leaving it out would change what the sentence says
    ("did not return until the following year")."""
    node, seen = token, set()
    while node.dep != "ROOT" and 0 <= node.head < len(parse.tokens) and node.i not in seen:
        seen.add(node.i)
        head = parse.tokens[node.head]
        if head.pos in ("VERB", "AUX") and (node.dep in ("prep", "npadvmod", "advcl") or (
                node.dep == "advmod" and node.i == token.i)):
            first, last = _subtree(parse, node)
            kept = node.dep != "advcl" and first.i < node.i and first.lower in _SUBORDINATORS
            if kept:
                first = parse.tokens[first.i + 1]  # "When in the following year Suleiman made ...": the "when" stays
            words = last.i - first.i + 1
            timed = any(t.lower in _WHEN_NOUNS for t in parse.tokens[first.i:last.i + 1])
            if node.dep in ("prep", "npadvmod") and not timed and (node.i > head.i or node.lower in _ARGUMENT):
                return None  # "provided her with such clothing", "took advantage of these divisions": what follows
                # the verb is mostly part of what the sentence says; a time ("in the same year") is not
            if node.lower in _BINDING or _negated(parse, head) or words > _ADJUNCT_WORDS or not (
                    begin <= first.start and last.end <= end) or first.i <= head.i <= last.i or any(
                    c.dep == "mark" and c.lower in _BINDING for c in parse.children(node)):
                return None
            a, b = first.start, last.end
            before = parse.tokens[first.i - 1] if first.i > 0 else None
            after = parse.tokens[last.i + 1] if last.i + 1 < len(parse.tokens) else None
            if first.i == head.i + 1 and (head.dep == "acl" or head.lower in _WHEN_VERBS) and not any(
                    c.i > last.i and c.pos != "PUNCT" for c in parse.children(head)):
                return None  # "His death, on 23 September, came three days after the city fell", "The People of the
                # East, published in the same year,": "came." or "published," alone says nothing
            if before is not None and not kept and (before.pos in ("ADP", "SCONJ", "DET") or before.lower == "as"):
                return None  # "..., as the latter had been persecuting ...": a word of the phrase the parse hung
                # elsewhere would be left dangling
            if before is not None and before.text == "," and (after is None or after.text in (",", ".", ";")):
                a = before.start  # ", although this date is not known with absolute certainty."
            elif after is not None and after.text == "," and before is None:
                b = after.end  # "In the same year, ..."
            return a, b
        node = head
    return None


_ADJUNCT_WORDS = 14
_WHEN_VERBS = frozenset("came comes occurred happened followed ensued".split())  # their time is what they say
_SUBORDINATORS = frozenset("when while as once after before since".split())
_ARGUMENT = frozenset("of for as about".split())  # "apprised of this, ...": a verb's argument, not a circumstance
_BINDING = frozenset("until till unless without except but if only".split())


def _negated(parse: Parse, verb: Token) -> bool:
    """Is a verb denied ("never tried to beat him again", "did not return again")?"""
    return any(c.dep == "neg" or c.lower in ("never", "no") for c in parse.children(verb)) or any(
        t.lower == "never" for t in parse.tokens)


def _said_which(parse: Parse, noun: Token) -> bool:
    """Does the noun's own phrase say which one it is ("the city of Paris", "the book that he wrote", "the old town",
    "the town called Lindau"; not "The book, first published in 1855")?"""
    for c in parse.children(noun):
        if c.dep in ("prep", "relcl", "appos", "compound", "amod"):
            return True
        if c.dep == "acl":
            first, last = _subtree(parse, c)
            if any(u.pos == "PROPN" for u in parse.tokens[first.i:last.i + 1]):
                return True
    return False


def _topic_named(parse: Parse, previous: Sentence | None, previous_parse: Parse, topic: frozenset[str],
                 previous_it: str | None = None) -> str | None:
    """The name a sentence's opening "It" stands for, where it is the subject of the main verb and the sentence before
    has the text's own subject for its subject ("The October Revolution, ..., was a revolution ... It took place"):
    that subject as written; else None."""
    first = parse.tokens[0] if parse.tokens else None
    if first is None or first.text != "It" or first.dep not in ("nsubj", "nsubjpass") or not 0 <= first.head < len(
            parse.tokens) or parse.tokens[first.head].dep != "ROOT" or previous is None or not topic:
        return None
    root = parse.tokens[first.head]
    if any(c.dep in ("ccomp", "xcomp", "csubj", "acomp") for c in parse.children(root)):
        return None  # "It was decided that ...", "It seemed likely": no thing of the story
    subject = next((t for t in previous_parse.tokens if t.dep in ("nsubj", "nsubjpass")
                    and 0 <= t.head < len(previous_parse.tokens) and previous_parse.tokens[t.head].dep == "ROOT"), None)
    if subject is None:
        return None
    if previous_it is not None and subject.i == 0 and subject.text == "It":
        return previous_it  # a second "It" in a row, the first standing for the text's subject
    left = [c for c in previous_parse.children(subject) if c.i < subject.i and c.dep in ("det", "compound", "amod")]
    begin = min([subject, *left], key=lambda t: t.i)
    phrase = previous.text[begin.start:subject.end]
    if begin.lower != "the" or subject.ent == "PERSON":
        return None  # "Shaka had made enough enemies ... It came quickly": "it" is no person; "the" names a thing
    words = set(fold(phrase).split()) - {"the", "of", "a", "an"}
    if not words or not words <= topic | {"the"} or not topic - {"the", "of", "a", "an"} <= words:
        return None
    return phrase[:1].upper() + phrase[1:]


def _of_the_verb(parse: Parse, t: Token) -> bool:
    """Is a noun a verb's subject or object, or the object of a preposition of a verb ("arrived in the city"; not "in
    the north of the city")?"""
    if t.dep in ("nsubj", "nsubjpass", "dobj"):
        return True
    if t.dep != "pobj" or not 0 <= t.head < len(parse.tokens):
        return False
    prep = parse.tokens[t.head]
    return 0 <= prep.head < len(parse.tokens) and parse.tokens[prep.head].pos in ("VERB", "AUX")


def _leading_phrase(parse: Parse, start: int, end: int) -> int | None:
    """Where the main clause begins after a short opening phrase that names nothing ("When these were repulsed, ...",
    "Throughout the following weeks, ...", "During this trip ...,"): a phrase of at most 12 words, set off by a comma,
    that hangs from the sentence's verb and holds no name and no number; None where there is none."""
    toks = [t for t in parse.tokens if start <= t.start < end]
    root = next((t for t in toks if t.dep == "ROOT"), None)
    comma = next((t for t in toks if t.text == "," and root is not None and t.i < root.i), None)
    if root is None or comma is None or not start < comma.start or len(parse.tokens) <= comma.i + 1:
        return None
    inside = [t for t in toks if t.i < comma.i]
    if not inside or len(inside) > 12 or any(t.pos in ("PROPN", "NUM") for t in inside) \
            or parse.tokens[comma.i + 1].pos in ("CCONJ", "PUNCT"):
        return None  # "Then 23 years old, ...", "On the western side of the road, and in front of ...": none to spare
    tops = [t for t in inside if not (t.i > 0 and inside[0].i <= t.head < comma.i)]
    if not all(t.head == root.i and (t.dep in ("advcl", "npadvmod", "advmod") or t.dep == "prep" and t.lower not in (
            "of", "like", "unlike", "besides", "except")) for t in tops):
        return None  # "Of these, 25,000 were British": a part of what the sentence before counts
    if not any(t.head == root.i and t.dep in ("nsubj", "nsubjpass") and t.i > comma.i for t in parse.tokens):
        return None  # the clause after it must have its own subject
    return parse.tokens[comma.i + 1].start


def _inverted(parse: Parse, at: int) -> bool:
    """Does the sentence go on at ``at`` with its verb before its subject ("[At its centre] was Alfred Dreyfus")?"""
    nxt = next((t for t in parse.tokens if t.start >= at and t.pos != "PUNCT"), None)
    return nxt is not None and nxt.pos in ("VERB", "AUX") and nxt.tag != "VBG"


def _in_later_clause(parse: Parse, token: Token) -> bool:
    """Does the token stand in a clause joined after the main one ("Auld disapproved, and Douglass referred to this
    as ...")? Its "this" may be the first clause's."""
    head, seen = token, set()
    while 0 <= head.head < len(parse.tokens) and head.dep != "ROOT" and head.i not in seen:
        seen.add(head.i)
        if head.dep in ("conj", "parataxis", "relcl") and head.pos in ("VERB", "AUX"):
            return True
        head = parse.tokens[head.head]
    return False


def _event_told_before(parse: Parse, end: int, previous: Sentence | None, topic: frozenset[str],
                       begin: int = 0) -> bool:
    """Does the sentence speak of "the" thing, or "her" event, that the sentence before names ("... a group of
    anarchists. The group became known as ..."; "She was released in 1918. After her release ...")? Asked alone,
    which group is unclear; where the sentence before does not name it either, that sentence would not help, and
    the question stands as it is."""
    if previous is None:
        return False
    told = {w.lower() for w in re.findall(r"[A-Za-z]+", previous.text)}
    toks = [t for t in parse.tokens if begin <= t.start < end]
    dated = any(re.fullmatch(r"1\d{3}|20\d\d", t.text) for t in toks)
    return any(_the_event(parse, toks, t, topic) and (any(_same_word(t.lower, w) or _synonyms(t.lower, w)
                                                          for w in told) or (
        _main_subject(parse, t) and not dated)) for t in toks)


_ANCHOR_ENTS = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "DATE"})
PINNED = 3  # names and dates that pin a sentence to its story, whatever "the" thing it names besides


def _pinned(parse: Parse, begin: int, end: int) -> bool:
    """Does the sentence name enough people, places, bodies and dates of its own that "the" thing it speaks of is no
    riddle ("The column's commander, Henry Havelock, retook Kanpur on 17 July": whichever column, the question stands
    with any one of the three blanked)?"""
    spans, last = 0, ""
    for t in parse.tokens:
        label = t.ent if begin <= t.start < end and t.ent in _ANCHOR_ENTS and (
            t.ent != "DATE" or any(u.ent == "DATE" and u.text[:1].isdigit() for u in parse.tokens
                                   if abs(u.i - t.i) <= 3)) else ""
        spans += bool(label) and label != last
        last = label
    return spans >= PINNED


def _main_subject(parse: Parse, t: Token) -> bool:
    """Is ``t`` the subject or object of the sentence's main verb ("The farmhouse was defended by ...", "Wellington's
    army defended the house")? A thing the sentence is about, named by "the" alone, is one the text named before."""
    kids = parse.children(t)
    return t.dep in ("nsubj", "nsubjpass", "dobj") and 0 <= t.head < len(parse.tokens) \
        and parse.tokens[t.head].dep == "ROOT" \
        and any(c.lower == "the" and c.dep == "det" for c in kids) and not any(c.lower in _RANKING for c in kids)
    # "Her mother": whose, the pronoun says; "The first trial was a charge of sedition against ...": the first of the
    # story's trials, which the sentence goes on to tell


_RANKING = frozenset({"first", "second", "third", "last", "final", "only", "earliest", "latest"})


_ENDINGS = ("", "s", "es", "d", "ed", "ing")


def _same_word(a: str, b: str) -> bool:
    """Are two words one word in another form ("release", "released"; "group", "groups"), not merely alike
    ("oratory", "orator")?"""
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or not long.startswith(short[:-1] if short.endswith("e") else short):
        return False
    return long[len(short):] in _ENDINGS or (short.endswith("e") and long[len(short) - 1:] in _ENDINGS)


_POSSESSIVE = frozenset({"his", "her", "their"})
_ONE_OF_A_KIND = frozenset(  # "the police", "the king", "the assembly": the one there is, wherever the text is
    "police government army navy king queen emperor empress pope church state public people press crown court"
    " parliament congress senate assembly nation country world enemy president prosecution jury".split())
_NAMING = frozenset({"NORP", "GPE", "LOC", "ORG"})  # "the French army" is pinned down; "the first trial" is not


def _the_event(parse: Parse, toks: list[Token], t: Token, topic: frozenset[str]) -> bool:
    """Is ``t`` a thing named only by "the" or a pronoun's "her" ("the group", "after the shooting", "her
    release")? One the text is about (a word of its title), one its own sentence names first, or one a phrase pins
    down ("the battle at Ligny", "the Eureka rebellion", "the trial of Czolgosz", "the attack that followed") is
    no such thing; nor is a time ("the year")."""
    kids = parse.children(t)
    gerund = t.pos == "VERB" and t.lower.endswith("ing") and any(c.lower == "the" and c.dep == "det" for c in kids)
    if (t.pos != "NOUN" and not gerund) or t.lower in _TIME_NOUNS | _ONE_OF_A_KIND or t.lower in topic \
            or t.lower.rstrip("s") in topic:
        return False  # "The rising was crushed": a noun the tagger took for a verb
    if not any((c.lower == "the" and c.dep == "det") or (c.lower in _POSSESSIVE and c.dep == "poss" and not any(
            u.pos in ("PROPN", "NOUN") for u in toks[:c.i])) for c in kids):
        return False  # "her release" opening the sentence; not "France had a right to revise its constitution"
    if any(c.dep in ("prep", "acl", "relcl", "compound", "nmod", "appos", "nummod") or c.pos == "PROPN"
           or c.tag == "CD" or (c.dep == "amod" and (c.ent in _NAMING or c.text[:1].isupper()))
           or (c.dep == "poss" and c.lower not in _POSSESSIVE) for c in kids):
        return False
    return not any(_same_word(u.lower, t.lower) for u in toks[:t.i])


_SYNONYMS = tuple(frozenset(g.split()) for g in (
    "rising uprising rebellion revolt insurrection insurgency mutiny",
    "battle fight fighting engagement clash",
    "war conflict",
    "murder killing assassination",
    "trial hearing",
    "strike walkout",
    "treaty agreement accord"))


def _synonyms(a: str, b: str) -> bool:
    """Do two words name one sort of event ("the Kronstadt Uprising ... his account of the rebellion")?"""
    return a != b and any(a in g and b.lower() in g for g in _SYNONYMS)


_SHELLS = frozenset("news report reports situation incident incidents affair matter episode murders murder killings"
                    " disturbances scandal crisis outcome decision move plan attempt proposal rumour rumours"
                    " complex building project revolt provisions".split())  # "The complex still exists", "As part of
# her research into this project", "during the revolt": which, only the sentence before says


def _shell(parse: Parse, end: int, topic: frozenset[str], begin: int = 0) -> bool:
    """Does the sentence speak of "the news", "the report" or "the murders", a noun that stands for what was told
    before it ("When he heard the news, he ...")? Asked alone, which news is unclear, whatever the sentence before
    says."""
    toks = [t for t in parse.tokens if begin <= t.start < end]
    return any(t.lower in _SHELLS and _the_event(parse, toks, t, topic) for t in toks)


def _dangling(parse: Parse, end: int, reference: Reference | None = None, begin: int = 0) -> bool:
    """Is an object "it" or "them" left with nothing before it in the sentence to stand for ("France had at length
    attained it", "According to them, ...", "Danton and Lafayette harangued them"), or a "this" standing for a
    whole thing told before ("Douglass did not favor this")? Its own clause's subject is no antecedent (that would
    be "itself", "themselves"); "made it possible" is no reference at all. So is an object "him" or "her" with no
    name before it but its own clause's subject ("Bailly accompanied him"), unless a resolved reference names it."""
    toks = [t for t in parse.tokens if begin <= t.start < end]
    for t in toks:
        if t.lower in ("him", "her") and t.tag == "PRP" and t.dep in ("dobj", "pobj", "dative") and not (
                reference is not None and reference.key and reference.start <= t.start
                and PRONOUN_GENDER.get(reference.pronoun.lower()) == PRONOUN_GENDER[t.lower]):  # "She married him in
            # Chicago": her name says nothing of who he was
            actor = _actor_of(parse, t)
            if not any(u.i < t.i and u.i not in actor and u.pos == "PROPN" for u in toks):
                return True  # "Bailly accompanied him": whom, only the sentence before says; not "Toussaint's
                # godfather taught him", nor "the village, near where Lovelace lived, is named after her"
            continue
        if t.lower in ("this", "these") and t.pos == "PRON" and t.dep in ("dobj", "pobj", "nsubj", "nsubjpass") \
                and not any(u.i < t.i and u.text in (",", ";", ":") for u in toks):
            return True  # "Douglass did not favor this", "This angered the miners": what it is, only before says; not
            # "..., and this helped him", whose clause before tells it
        if t.lower not in ("it", "them") or t.dep not in ("dobj", "pobj", "dative"):
            continue
        after = toks[t.i + 1] if t.i + 1 < len(toks) else None
        if t.lower == "it" and after is not None and (after.pos == "ADJ" or after.lower == "to"):
            continue  # "found it hard to", "made it possible"
        subjects = _subjects_of(parse, t)
        plural = ("NNS", "NNPS")
        if not any(u.i < t.i and u.i not in subjects and u.pos in ("NOUN", "PROPN") and (
                (u.tag in plural or u.dep == "conj") if t.lower == "them" else u.tag not in plural) for u in toks):
            return True
    return False


def _clause_verb(parse: Parse, token: Token) -> Token:
    """The verb of the clause a token stands in (the token itself when no verb is above it)."""
    head, seen = token, set()
    while head.pos not in ("VERB", "AUX") and 0 <= head.head < len(parse.tokens) and head.i not in seen:
        seen.add(head.i)
        head = parse.tokens[head.head]
    return head


def _actor_of(parse: Parse, token: Token) -> set[int]:
    """The name that is the subject of a token's clause, without the rest of its phrase ("Bailly" of "Bailly
    accompanied him"; not "Toussaint's" of "Toussaint's godfather taught him")."""
    return {t.i for subject in parse.children(_clause_verb(parse, token)) if subject.dep in ("nsubj", "nsubjpass")
            for t in (subject, *parse.children(subject)) if t is subject or t.dep in ("compound", "flat")}


def _subjects_of(parse: Parse, token: Token) -> set[int]:
    """The tokens of the subject of the clause a token stands in."""
    head = _clause_verb(parse, token)
    out: set[int] = set()
    for subject in (c for c in parse.children(head) if c.dep in ("nsubj", "nsubjpass")):
        a, b = _subtree(parse, subject)
        out |= set(range(a.i, b.i + 1))
        for clause in (c for c in parse.children(subject) if c.dep == "relcl"):
            a, b = _subtree(parse, clause)  # "Nurhaci, who gave concessions to Han subjects, turned against them"
            out -= set(range(a.i, b.i + 1))
    return out


_ANSWERING = frozenset("responded replied reacted retaliated followed ensued objected complied agreed appealed"
                       .split())
_SPANS = frozenset("time period year years decade decades century era month months week weeks".split())
_TIME_NOUNS = frozenset("time times period year years day days point moment stage era century decade month months week"
                        " weeks night morning evening afternoon summer winter spring autumn age way juncture".split())
_WHEN_NOUNS = _TIME_NOUNS | frozenset("end beginning start course wake aftermath".split())  # a time or its
# point: a phrase of it the sentence can do without


def _vague_subject(parse: Parse, end: int) -> bool:
    """Is the main clause's subject something only the sentence before could name ("For about six months, their
    study went unnoticed"; "The second is on the facade of ...")?"""
    root = next((t for t in parse.tokens if t.dep == "ROOT" and t.start < end), None)
    if root is None:
        return False
    for subject in (t for t in parse.tokens if t.head == root.i and t.dep in ("nsubj", "nsubjpass")):
        if subject.lower in ("they", "it", "this", "these", "those", "them"):
            return True
        words = {c.lower for c in parse.children(subject)}
        if words & {"their", "its"} or (words & {"the", "a"} and (subject.lower in _ORDINALS or (
                subject.pos in ("ADJ", "NUM") and subject.lower != "one"))):
            return True
    return False


_COMMON_FIRST = re.compile(  # capitalised only as a sentence's first word: no one's name
    r"On|In|At|After|Before|During|When|While|Although|Though|Since|Despite|Following|Upon|By|From|Until|The|A|An|It"
    r"|This|That|These|Those|But|And|However|Yet|So|Then|For|With|Under|Over|Some|Many|Most|All|One|Two|Three|Four"
    r"|Five|Six|Seven|Eight|Nine|Ten|Several|Later|Soon|Finally|Eventually|Meanwhile|Also|Thus|Here|There|Even|Only"
    r"|Just|As|If|Once|Whether|Because|Within|Without|Among|Between|Against|Through|Throughout|Instead|Belatedly"
    r"|His|Her|Their|Its|Our|My"
    r"|Afterwards|Still|Now|Such|Each|Both|Neither|Either|No|Not|Never|Nevertheless|Moreover|Indeed|Again|Perhaps"
    r"|[A-Z][a-z]+ly")
_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
           "|Wednesday|Thursday|Friday|Saturday|Sunday")


def _bare_pronoun(text: str) -> bool:
    """Does a context sentence use "he" or "she" before it names anyone ("On 26 September he was sentenced"), other
    than in an opening phrase the name follows?"""
    pronoun = _PERSONAL.search(text)
    comma = text.find(",")
    if pronoun is None or (0 < pronoun.start() < comma and re.match(
            r",\s*(?:[a-z]+\s+){0,2}[A-Z][a-z]", text[comma:])):
        return False  # "After telling his story, Douglass was encouraged": the name follows its opening phrase
    names = [m for m in re.finditer(r"\b[A-Z][\w'’-]+|\bthe (?:king|queen|emperor|empress|president|pope|prince"
                                    r"|princess|duke|duchess|tsar|sultan|shah|regent)\b", text[:pronoun.start()])
             if not re.fullmatch(_MONTHS, m.group()) and not (m.start() == 0 and (
                 _COMMON_FIRST.fullmatch(m.group()) or re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", m.group())))]  # "Having
    # lost the editorship, he founded": a participle, no name
    return not names


_THAT_TIME = re.compile(r"\b(?:[Tt]hat|[Tt]hese|[Tt]hose|[Tt]he same) (?:day|days|year|years|month|week|morning|evening"
                        r"|night|afternoon)\b")


_OPENS_WITH_PRONOUN = re.compile(r"(?:(?:However|But|And|Then|Soon|Later),?\s+)?(?:He|She|They|It|This|These)\b")


def _may_follow(previous: Sentence, s: Sentence) -> bool:
    """Can a sentence that needs context of its own stand between its context and the question: one that opens with
    the pronoun the sentence before it settles ("She brought the basics"; not "One of their friends, Lebrun, was
    arrested", whose "their" may be anyone's), in the same paragraph, short, with no long quotation or lead-in?"""
    if previous.paragraph != s.paragraph or not previous.narrative or not _OPENS_WITH_PRONOUN.match(previous.text):
        return False
    long_quote = any(len(previous.text[a:b].split()) > _SHORT_QUOTE_WORDS for a, b in previous.quotes)
    return not long_quote and len(previous.text.split()) <= 30 and not previous.text.rstrip().endswith(":")


def _fits_as_context(previous: Sentence | None, s: Sentence) -> bool:
    """Can the sentence before stand in front of this one as its context (short, same paragraph, no long quote)?"""
    if previous is None or not 0 <= s.paragraph - previous.paragraph <= 1 or not previous.narrative:
        return False
    if any(len(previous.text[a:b].split()) > _SHORT_QUOTE_WORDS for a, b in previous.quotes):
        return False
    plural = re.search(r"\b(?:they|them|their)\b", previous.text, re.I)
    if plural and (";" in previous.text or not any(
            w[:-1] in PERSON_NOUNS or w[:-3] + "y" in PERSON_NOUNS or w == "people"
            for w in re.findall(r"\b[a-z]{3,}s\b|\bpeople\b", previous.text[:plural.start()]))):
        return False  # "They had ...": who, only a sentence further back says; not "leaders met ... called on them"
        # (in one statement: a chain of clauses is cut to its first when it stands as context)
    if _VAGUE_START.match(previous.text) or re.search(
            r"\b[Ii]t\s+(?:had|has|was|is|would|could|did|became|remained)\b(?!\s+(?:not\s+)?\w+\s+(?:to|that)\b)",
            previous.text) or re.match(r"(?:So|Also|Likewise|Similarly)\b", previous.text) or re.search(
            r"\b(?:these|those)\s+(?!who\b|which\b|of\b)[a-z]+|\b[Tt]his\s*[,.;:]", previous.text) or (
            _THAT_TIME.search(previous.text) and not re.search(r"\b1\d{3}\b", previous.text)):
        return False  # a context that needs context of its own ("One of their friends ...", "Within three years, it had
        # been reprinted nine times", "So also were his novels ...", "In that year, Douglass was elector", "to commit
        # these forces", "Douglass did not favor this, nor ...")
    return _MIN_WORDS - 2 <= len(previous.text.split()) <= 45 and not previous.text.rstrip().endswith(":")


def render(fr: Frame, blank: tuple[int, int] | None) -> str:
    """Write the prompt of a frame, with a blank in place of the answer.

    Args:
        fr: the frame.
        blank: the ``(start, end)`` span of the answer in the sentence, or None.

    Returns:
        The prompt text, or an empty string if the blank overlaps an edit or the prompt is only
        the lead-in of a cut quotation.
    """
    own = _own_clause(fr, blank) if blank is not None and (fr.context or fr.clause_only) else None
    if own is None and blank is not None and len(fr.sentence.text[:fr.usable_end].split()) > _LONG_PROMPT:
        own = _own_clause(fr, blank, joined=True)  # a long sentence is asked, where it can be, of the clause of its
        # blank alone ("..., and upon Dingiswayo's death, Shaka moved southwards across the ____")
    if fr.clause_only and own is None:
        return ""
    if own is not None:  # "... this plan was agreed, and on ____ the rebel force arrived at Tarbert": the clause of the
        # blank says its fact alone, without the sentence before
        fr = replace(fr, context="", clause_only=False, edits=(
            *(e for e in fr.edits if own[0] <= e[0] and e[1] <= own[1]), (0, own[0], ""),
            (own[1], len(fr.sentence.text), ".")))
    edits = list(fr.edits)
    cut = fr.usable_end
    if blank is not None:
        if any(a < blank[1] and blank[0] < b for a, b, _ in edits):
            return ""
        cut = _clause_cut(fr, blank)
        if cut < fr.usable_end:
            edits = [e for e in edits if e[1] <= cut] + [(cut, len(fr.sentence.text), ".")]
        if len(fr.context.split()) + len(fr.sentence.text[:cut].split()) > _LONG_PROMPT:
            edits += [(a, b, " ") for a, b in _asides(fr, blank, cut) if not any(
                x < b and a < y for x, y, _ in edits) and not any(a < n[1] and n[0] < b for n in fr.names)]
        answer_words = {w.lower() for w in re.findall(r"[\w'’-]{4,}", fr.sentence.text[blank[0]:blank[1]])}
        edits += [(m.start(), m.end(), "") for m in re.finditer(r"\s*\([^()]*\)", fr.sentence.text[:cut])
                  if not (m.start() < blank[1] and blank[0] < m.end())
                  and answer_words & {w.lower() for w in re.findall(r"[\w'’-]{4,}", m.group())}
                  and not any(x < m.end() and m.start() < y for x, y, _ in edits)]  # "her future husband ____ (no
        # relation to Mahatma Gandhi)": a bracket that names the answer goes, however short the prompt
        opening = _opening_phrase(fr, blank, len(fr.context.split()) + len(fr.sentence.text[:cut].split()) > _CUT_FROM)
        if opening is not None and not any(x < opening < y for x, y, _ in edits):
            edits = [e for e in edits if e[0] >= opening] + [(0, opening, "")]
        edits.append((blank[0], blank[1], BLANK))
    edits += [n for n in fr.names if n[1] <= cut and not any(a < n[1] and n[0] < b for a, b, _ in edits)]
    text = fr.sentence.text
    for a, b, rep in sorted(edits, reverse=True):
        text = text[:a] + rep + text[b:]
    text = " ".join(text.split()).strip()
    if len(fr.sentence.text.split()) > _MAX_WORDS and len(text.split()) + len(fr.context.split()) > _MAX_ASKED:
        return ""  # a sentence of over sixty words is asked only where its asides leave a question's length
    text = re.sub(r"\s+([.,;:])", r"\1", text)
    text = re.sub(r"([,:;])(?:\s*,)+", r"\1", text)  # "Pino Suárez, on 22 February 1913, following": its date asked
    # apart; "with reforms: thus, on 25 November": the link left out
    text = re.sub(r"[,;]\s*\.?$", ".", text)
    if fr.usable_end < len(fr.sentence.text) and (
            re.search(r",\s*" + re.escape(BLANK) + r"(?:\s*\([^()]*\))?\W*$", text) or _SPEECH_END.search(text)):
        return ""  # "According to his biographer, ____." or "X has pointed out.": only a cut quotation's lead-in
    if text.endswith(":") or re.search(r"\(\s*" + re.escape(BLANK) + r"(?:['’]s?)?\s*\)", text):
        return ""  # "(____)", "IV Corps (____'s)", "24th Regiment (____')": a bracketed aside or a range's start
    if text and not re.search(r"[.!?\"”)]$", text):
        text += "."
    text = re.sub(r"\.\.$", ".", text)  # "the flight of Louis XVI.;" cut at its semicolon
    if blank is None or not fr.sentence.text[blank[0]:blank[1]][:1].isdigit():  # "a 1685 attempt": no name's vowel
        text = re.sub(r"\b([Aa])n? (?=" + re.escape(BLANK) + ")", r"\1(n) ", text)  # "an ____ conference" tells one
    text = re.sub(r"^[\s,;]+", "", text)  # "and in the same year, with Eliza, ...": what opened it cut, not its comma
    text = text[:1].upper() + text[1:] if text[:1] != "_" else text
    return f"{fr.context} {text}" if fr.context and text else text


_LINKS = frozenset("so thus hence therefore then also still yet instead however consequently accordingly".split())
_OPENING_ADVERBS = _LINKS | frozenset("meanwhile later soon finally eventually afterwards thereafter subsequently"
                                      " nevertheless nonetheless moreover furthermore".split())  # "Meanwhile Möngke
# had died": the parse may call the adverb part of the name


def _own_clause(fr: Frame, blank: tuple[int, int], joined: bool = False) -> tuple[int, int] | None:
    """Where the clause that holds a blank begins and ends, when it is a later clause of the sentence with a subject of
    its own ("..., and on ____ the rebel force arrived at Tarbert") and nothing in it points back: a pronoun, "this",
    "the latter"; else None. ``joined``: only a clause that "and", "but" or a semicolon joins to a clause before it
    with a verb of its own (not "quotes one source, ____, who noted", nor "Hampered by ..., and by a force under ____,
    the rebels began")."""
    toks = fr.parse.tokens
    head = fr.parse.head_of(*blank)
    for _ in range(8):
        if head is None or (head.pos in ("VERB", "AUX") and head.dep in ("ROOT", "conj")):
            break
        head = toks[head.head] if 0 <= head.head < len(toks) and head.head != head.i else None
    if head is None or head.dep != "conj" or not any(c.dep in ("nsubj", "nsubjpass") for c in fr.parse.children(head)):
        return None
    first, last = _subtree(fr.parse, head)
    while first.pos == "PUNCT" or first.dep in ("cc", "mark") or first.lower in _LINKS:
        if first.i + 1 >= len(toks) or first.i >= last.i or first.dep == "mark" or first.lower in _LINKS:
            return None  # "that ____ should seek ...", "So a longboat ...": a clause that leans on another
        first = toks[first.i + 1]
    if first.lower in ("who", "whom", "whose", "which", "that", "where", "when", "what"):
        return None  # "... once a staunch Royalist but who had fled Scotland in 1681": a relative clause
    finite = head.tag in ("VBD", "VBZ", "VBP") or any(c.dep in ("aux", "auxpass") for c in fr.parse.children(head))
    start, end = first.start, min(last.end, fr.usable_end)
    text = fr.sentence.text
    part = text[start:end]
    if not finite or len(part.split()) < 8 or not _balanced(part) or _orphaned(fr.parse, head, start, end) \
            or _OPENS_ON_PRONOUN.match(part) \
            or _VAGUE_START.match(part) or _RELATIVE_TIME.match(part) or _LATER.search(part) or re.search(
            r"\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Tt]he latter|[Tt]he former|[Tt]he same|there|then|such)\b", part) \
            or _pointing_back(fr.parse, end, start) is not None or not text[:start].rstrip().endswith(
            (",", ";", "and", "but")):
        return None
    if joined and (not re.search(r"(?:,\s*(?:and|but)|;)$", text[:start].rstrip()) or not any(
            c.dep in ("nsubj", "nsubjpass") and c.start < start and t.start < start
            for t in toks if t.pos in ("VERB", "AUX") for c in fr.parse.children(t))):
        return None
    return start, end


def _orphaned(parse: Parse, head: Token, start: int, end: int) -> bool:
    """Would a pronoun of a clause asked alone stand for no one in it? "his" and "him" after the clause's own named
    subject are the subject's ("upon Dingiswayo's death, Shaka moved southwards ..., establishing his capital"); a
    subject pronoun, "it" or "they", or one before any name, points back at the sentence before."""
    subject = next((c for c in parse.children(head) if c.dep in ("nsubj", "nsubjpass")), None)
    named_end = subject.end if subject is not None and subject.pos == "PROPN" and subject.ent == "PERSON" \
        and start <= subject.start else None
    return any(start <= t.start < end and _PRONOUN.fullmatch(t.text) and not (
        named_end is not None and t.start > named_end and t.lower in ("his", "him", "her")
        and t.dep in ("poss", "dobj", "pobj", "dative")) for t in parse.tokens)


def one_article(prompt: str, names: list[str]) -> str:
    """ "a(n) ____" as "a ____" or "an ____" where the answer and every option take the same article ("a(n) ____ on
    the goldfields' problems" (Royal Commission): "a ____"); left as it is where they differ."""
    if "a(n) " + BLANK not in prompt.lower():
        return prompt
    vowels = {bool(re.match(r"(?i)[ai]|e(?!u)|o(?!ne\b)|u(?!n[aeiou]|ni|s[aeu])|h(?:onou?r|eir|our)",
                            n.removeprefix("the "))) for n in names}  # "an Order", "a European", "a Union"
    if len(vowels) != 1:
        return prompt
    return re.sub(r"\b([Aa])\(n\) (?=" + re.escape(BLANK) + ")", r"\1n " if vowels.pop() else r"\1 ", prompt)


_NAMING_WORDS = frozenset("known called named nicknamed styled titled dubbed".split())
_MAX_ASKED = 40  # words: what a sentence of over sixty words must come down to, its asides left out


_OTHER_NAMES = re.compile(r"^[^,;()]{3,80}?(,\s+(?:[a-z]+\s+)?(?:known|called|referred\s+to|nicknamed|styled)\b[^;]*?,)"
                          r"\s+(?=(?:was|is|were|are)\b)")


def _asides(fr: Frame, blank: tuple[int, int], cut: int) -> list[tuple[int, int]]:
    """What a long prompt does without, away from its blank: a bracket ("(December 1570 – 1575)"), and a phrase set
    off by commas that says more of a name before it (", referred to by Portuguese historian António Pinto Pereira as
    the "league of kings of India"," and ", who ...,": a participle, an apposition or a relative clause) or opens the
    sentence before its subject ("Although skeptical at first, believing ... possible, the Portuguese Viceroy ...")."""
    text, toks = fr.sentence.text, fr.parse.tokens
    out = [(m.start(), m.end()) for m in re.finditer(r"\s*\([^()]*\)", text[:cut]) if not (
        m.start() < blank[1] and blank[0] < m.end()) and not re.match(r"\s*\((?:née|born|died|c\.)", m.group())]
    names = _OTHER_NAMES.match(text) if fr.sentence.index == 0 else None  # the text's first sentence: a lead's
    if names and names.end() <= cut and not (names.start(1) < blank[1] and blank[0] < names.end()):
        out.append((names.start(1), names.end() - 1))  # "The October Revolution, officially known ... as the Great
        # October Socialist Revolution and commonly referred to as the October Uprising, ..., was": its other names
    root = next((t for t in toks if t.dep == "ROOT"), None)
    for t in toks:
        if t.text != "," or t.i + 1 >= len(toks) or t.end > cut:
            continue
        n = toks[t.i + 1]
        if n.tag in ("VBN", "VBG") and n.dep in ("acl", "advcl") and n.lower not in _NAMING_WORDS:
            phrase = n  # not ", known as the Household Brigade,": what says which one it is
        elif n.lower in ("who", "which", "whose", "whom") and 0 <= n.head < len(toks) and toks[n.head].dep == "relcl":
            phrase = toks[n.head]
        else:
            continue
        first, last = _subtree(fr.parse, phrase)
        close = toks[last.i + 1] if last.i + 1 < len(toks) else None
        if first.i != n.i or close is None or close.text != "," or close.end > cut or (
                t.start < blank[1] and blank[0] < close.end) or (
                root is not None and t.start < root.start <= close.start):
            continue
        after = toks[close.i + 1] if close.i + 1 < len(toks) else None
        if after is None or after.lower in ("and", "or", "but", "nor"):
            continue  # ", who had been his mediator ..., and who had brought": one of two, not an aside
        if close.end <= blank[0] and not text[close.end:blank[0]].strip():
            continue  # "..., killing eight and only leaving one, ____, who was blown clear": the blank names the
            # aside's last word; without it the prompt read "tied to a landmine ____ to escape"
        subject = next((c for c in fr.parse.children(root) if c.dep in ("nsubj", "nsubjpass")), None) if root else None
        opening = subject is not None and close.end <= _subtree(fr.parse, subject)[0].start
        out.append((t.start, close.start if opening else close.end))  # "Aceh, referred to ... India", attempted":
        # "Aceh attempted"; "By August the 15th, with his army demoralised, afflicted by ..., the Adil Shah": a comma
        # still ends what opens the sentence
    if root is not None:
        subject = next((c for c in fr.parse.children(root) if c.dep in ("nsubj", "nsubjpass")), None)
        lead = re.match(r"(?:Although|Though|While|Because|Since|After|Before|When|As|Despite)\b[^;]*?,\s*(?=\S)",
                        text)
        if subject is not None and lead and len(text.split()) > _MAX_WORDS:  # "Although skeptical at first,
            # believing ... possible, the Viceroy sent": in a sentence too long to ask whole
            start = _subtree(fr.parse, subject)[0].start
            comma = text.rfind(",", 0, start)
            if comma > 0 and not text[comma + 1:start].strip() and blank[0] >= start:
                out.append((0, start))
    merged: list[tuple[int, int]] = []  # one aside inside another ("privateer, whom ... Marcá (Kutti ...), to"): the
    for a, b in sorted(out):  # outer one
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_OPENING = re.compile(
    r"(?:(?:Although|Though|Whilst|While|Because|Despite|In\s+spite\s+of|Unlike|Like|Thus|Hence|Nevertheless|Meanwhile"
    r"|To\s+[a-z]+|In\s+(?:an?\s+)?(?:attempt|effort|bid|order|show|response|retaliation|move)"
    r"|At\s+the\s+helm|As\s+a\s+result|Having|Unable|Determined|Eager|Anxious|Fearing|Hoping|Believing|Seeing"
    r"|Realising|Realizing)\b|[A-Z][a-z]+ed\s+by\b)[^;:\d]*?,\s*")
# an opening that tells why, how or despite what, and no when ("To make matters worse for Amanullah,", "Despite the
# Aceh defeat,", "Emboldened by the victory,"): a long prompt starts at its subject
_POINTING_OPENING = re.compile(
    r"(?:(?:At|In)\s+(?:the\s+same\s+time|the\s+meantime|this\s+(?:time|point|stage|way)|that\s+(?:time|point))"
    r"|Meanwhile|(?:In\s+(?:an?\s+)?(?:effort|attempt|response|reply|answer)|To|As\s+a\s+result\s+of|Because\s+of"
    r"|Despite|Following)\b[^,;:\d]*?\b(?:these|this|those|such|the\s+same)\b[^,;:\d]*?)\s*,\s*")
# an opening that points back ("At the same time,", "In an effort to combat these efforts,"): any prompt does without


def _opening_phrase(fr: Frame, blank: tuple[int, int], long: bool) -> int | None:
    """Where a prompt may start instead of its first word: at the subject of the main verb, after an opening phrase
    that points back to what the student has not read ("At the same time,", "In an effort to combat these efforts,")
    or, in a long prompt, one that says why, how or despite what (never when: "After the fall of Kabul," stays); an
    opening with no number, no blank, and no name the sentence was resolved by. Else None."""
    text = fr.sentence.text
    lead = _POINTING_OPENING.match(text) or (_OPENING.match(text) if long else None)
    root = next((t for t in fr.parse.tokens if t.dep == "ROOT"), None)
    subject = next((c for c in fr.parse.children(root) if c.dep in ("nsubj", "nsubjpass")), None) if root else None
    if lead is None or subject is None or subject.pos == "PRON":
        return None  # "Although ... colleagues, he paradoxically seems to": its "he" would open the prompt unnamed
    start = _subtree(fr.parse, subject)[0].start
    if start != lead.end() or blank[0] < start or (fr.resolved is not None and fr.resolved.start < start):
        return None
    return start


_FAMILIES_AFTER = re.compile(r"\s+(?:clans?|families|family|houses?|dynasty|dynasties|brothers|sisters)\b")
# "the Asakura and Azai clans": a family, not Azai Nagamasa


def full_names(mentions: list[Mention], people: set[str], known: set[str], text: str,
               parse: Parse = EMPTY) -> tuple[tuple[int, int, str], ...]:
    """Where a sentence names a person by a part of the full name the text gives elsewhere ("Bréhal conducted an
    investigation" for Jean Bréhal), the full name, at the first mention of that person in the sentence, so that a
    prompt introduces who it is; never for the names every reader of the text knows (its main subject).

    Args:
        mentions: the sentence's mentions, in order.
        people: the names of the text's people that may need an introduction.
        known: names that need none (the main subject).
        text: the sentence.
        parse: its parse: a name that qualifies the noun after it ("the Yuan dynasty") is no person there.

    Returns:
        ``(start, end, full name)`` edits.
    """
    out: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for m in sorted(mentions, key=lambda x: x.start):
        if m.key in seen or m.key not in people or m.key in known:
            continue
        seen.add(m.key)
        short = text[m.start:m.end]
        words = m.key.split()
        if " " not in short and short != m.key and short in words and m.blank_start == m.start \
                and m.key not in text and words[0].lower().rstrip(".") not in HONORIFICS \
                and not re.search(r"(?:\b(?:de|du|des|von|van|der|la|le|[Tt]he|an?)\s+|\bd['’])$", text[:m.start]) \
                and not {w.lower() for w in text[:m.start].split()[-1:]} & HONORIFICS \
                and not ((first := re.search(r"\b([A-Z][a-z]+)\s+$", text[:m.start])) and first.start() > 0
                         and first.group(1) not in MONTH_NAMES and first_name_gender(first.group(1)) in ("m", "f")) \
                and not any(t.start == m.start and t.dep == "compound" for t in parse.tokens) \
                and not _FAMILIES_AFTER.match(text[m.end:]):
            out.append((m.start, m.end, m.key))  # not "Marshal Grouchy" (a title adds no name), "Julius Caesar" (a
            # first name the model left out: never "Julius Ptolemy Caesar"), "the count de ____",
            # "the Scobie's death" (an article before it: "the James Scobie's death" reads wrong)
    return tuple(out)


def titled(fr: Frame, title: str, hero: str) -> Frame:
    """Write the main subject's title alone ("the President held a public reception") as the subject's name ("President
    William McKinley held ..."), in a sentence of their lifetime that does not name them: asked alone, which president
    is unclear."""
    m = re.search(rf"\b[Tt]he ({re.escape(title)})\b(?!\s+(?:of\s+)?[A-Z])", fr.sentence.text[:fr.usable_end])
    if m is None or any(a < m.end() and m.start() < b for a, b, _ in (*fr.edits, *fr.names)):
        return fr
    return replace(fr, edits=tuple(sorted((*fr.edits, (m.start(), m.end(), f"{title} {hero}")))))


def called(fr: Frame, calling: str, hero: str) -> Frame:
    """Write a calling of the main subject's own life ("the prisoner was carried south", "the reformer reached
    Constance") as their name, in a sentence that does not name them: asked alone, whose it is is unclear."""
    m = re.search(rf"\b[Tt]he {re.escape(calling)}\b(?![\s-]+(?:of\s+)?[A-Z])", fr.sentence.text[:fr.usable_end])
    word = fr.parse.token_at(m.end() - 1) if m is not None else None
    if m is None or word is None or word.dep in ("compound", "amod", "nmod") or any(
            a < m.end() and m.start() < b for a, b, _ in (*fr.edits, *fr.names)):
        return fr  # not "the pilgrim road": a calling that only qualifies a thing
    return replace(fr, edits=tuple(sorted((*fr.edits, (m.start(), m.end(), hero)))))


def in_list(text: str, start: int, end: int) -> bool:
    """Tell whether a span is one of a run of capitalised names ("Sun Sike, ____, and Zhao Liangdong"), whatever
    their kinds (blanking one would make a guessing game).

    Args:
        text: the sentence.
        start: where the blank would begin.
        end: where it would end.

    Returns:
        True for the first, a middle or the last name of "A, B and C".
    """
    name = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    middle = re.search(rf"{name},\s*$", text[:start]) and re.match(
        rf"\s*,?\s*(?:and|or|&)\s+[A-Z]|,\s*{name},", text[end:])
    last = re.search(rf"{name},\s*{name},?\s+(?:and|or|&)\s+$", text[:start])
    first = re.match(rf"(?:,\s*{name}){{1,8}},?\s+(?:and|or|&)\s+[A-Z]", text[end:])  # "____, Garnier, Valet and Carouy"
    return bool(middle or last or first)


def inside_name(text: str, start: int, end: int) -> bool:
    """Tell whether a span is only part of a longer name ("Santo" of "Santo Domingo", "Côte" of "Côte d'Azur").

    Args:
        text: the sentence.
        start: where the blank would begin.
        end: where it would end.

    Returns:
        True when a blank there would fall inside a name.
    """
    if re.match(r"[\w-]|–[^\W\d]", text[end:end + 2]) or re.search(r"[\w/-]$|[^\W\d]–$", text[:start]):
        return True  # "Santo____", "the 1/____ Nassau", "defeated at ____–Fushimi": one name joined by a dash
    if re.search(r"(?:\b(?:de|du|des|del|della|di|da|von|van|der|den|ter)\s+|\bd['’])$", text[:start]):
        return True  # "the count de ____", "the count d'____": the particle belongs to the name
    if re.search(r"\b(?:count|countess|duke|duchess|marquis|marquise|baron|baroness|prince|princess|abbé|abbe|comte"
                 r"|duc|vicomte|chevalier)\s+$", text[:start]) and re.match(r"(?:d['’]|de\b|du\b)", text[start:end]):
        return True  # "the count d'Artois": a particle opens the name, and the title before it is part of it
    if re.search(r"\b\d+(?:st|nd|rd|th|e|er)\s+$", text[:start]):
        return True  # "the 42nd ____", "the French 45e ____": a numbered unit's number is part of its name
    if re.match(r",\s*D\.\s?C\b", text[end:end + 8]):
        return True  # "moved to ____, D.C.": the district is part of the city's name
    owner = re.match(r"\s+of\s+([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)", text[end:])
    if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end:end + 14]) and not (owner and _personal(owner.group(1))):
        return True  # "the ____ of the Netherlands", "Louis XVI of France": the blank begins a longer name; not "the
        # ____ of Vladimir Lenin", a person's (his party)
    after = re.match(r"(?:['’]s)?\s+(?:d['’]|de |du |des |del |della |la |le |von |van |[auei][dlnrsz]-|ibn |bin "
                     r"|bint )?([^\W\d_])([^\W\d_])", text[end:end + 14])  # "____ ud-Dīn Muhammad", "____ ibn Saud"
    if after and after.group(1).isupper() and after.group(2).islower() and not re.match(r"['’]s\s", text[end:end + 3]):
        return True  # "____ Éireann", "Santo ____ Domingo": a capital after the blank goes on with the name
    of_name = re.search(r"\b([A-Z][\w'’-]*)(?:\s+[IVX]+)?\s+of\s+(?:the\s+)?$", text[:start])
    if of_name and of_name.group(1) not in _EVENTS_OF | _QUANTITIES | OFFICES and not _personal(text[start:end]):
        return True  # "Henry V of ____", "the Duke of ____": the blank would be part of a person's name
    if _TITLE_NOUN_ON.search(text[:start]):
        return True  # "Faster than Thought: A Symposium on ____": the end of a work's title
    if re.search(r"[A-Z][\w'’-]*:\s+$", text[:start]) and re.match(r"[A-Z]", text[start:end]):
        return True  # "a pamphlet, Southern Horrors: ____ in All Its Phases": a title's subtitle
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[:start])
    if before and (re.fullmatch(r"[A-Z][a-z]+(?:ist|ists|ian|an|ish|ese|ic)", before.group(1))
                   or before.group(1) in _DEMONYMS or re.fullmatch(r"[A-Z]\w+-(?:era|based|born|led)", before.group(1))):
        return False  # "Chartist ____", "Victorian ____", "French ____", "Reconstruction-era ____": an adjective
    first = before.group(1) if before else ""
    if first and not re.search(r"\w", text[:before.start()]) and not _COMMON_FIRST.fullmatch(first) and not re.search(
            r"['’]s?$|(?:ing|ed)$", first) and first.lower().rstrip("s") not in HONORIFICS:
        return True  # "Polydore ____ may have reintroduced her", "Congress ____ orchestrated": the sentence's first
        # word is no common opener, so the name goes on into the blank
    if before and before.group(1) in MONTH_NAMES and re.search(
            r"\b\d{1,2}(?:st|nd|rd|th)?\s+$|\b(?:[Ii]n|[Bb]y|[Ll]ate|[Ee]arly)\s+$", text[:before.start()]):
        return False  # "On 4 June ____ ran onto the course", "In May ____ was elected": a date, no part of the name
    if before and before.group(1).lower() in OFFICE_BEFORE:
        return False  # "cordial relations with Prime Minister ____", "US Ambassador ____": an office, no part of the
        # name (a rank or a title of address is: "General ____", "Lord ____")
    return bool(before) and not re.search(r"(?:^|[.!?:;\"“(]\s*)$", text[:before.start()])


OFFICE_BEFORE = frozenset("president minister ambassador governor chancellor senator judge secretary viceroy premier"
                          " consul envoy".split())


def _personal(name: str) -> bool:
    """Is a name a person's first name and surname ("Vladimir Lenin"), which no "X of" before it makes part of a longer
    name?"""
    words = name.split()
    return len(words) >= 2 and first_name_gender(words[0]) in ("m", "f")


def wh_question(fr: Frame, blank: tuple[int, int], word: str) -> str:
    """Ask a sentence's fact as a wh-question where the parse makes it safe ("Who invited Toussaint to a
    meeting?", "Where was Joan captured?", "When was the Treaty of Troyes signed?"), else return "".

    Two shapes are made: the blank is the subject of the main verb ("Who" + the rest, for a person), or it is the
    object of "in", "at" or "on" after the main verb with an auxiliary ("was captured at ____": the auxiliary
    goes before the subject).

    Args:
        fr: the sentence's frame (a sentence given context, cut or with names put in is left alone, except that a
            subject question keeps the names put in).
        blank: the answer's span in the sentence.
        word: "who", "where" or "when".

    Returns:
        The question, or "" when the parse does not give one of the two shapes cleanly.
    """
    parse, text = fr.parse, fr.sentence.text
    if fr.context or fr.clause_only or fr.usable_end < len(text.rstrip()) - 1 or not parse.tokens or fr.sentence.quotes:
        return ""
    head = parse.head_of(*blank)
    root = next((t for t in parse.tokens if t.dep == "ROOT"), None)
    if head is None or root is None or root.pos not in ("VERB", "AUX") or not text.rstrip().endswith("."):
        return ""
    if any(t.dep == "conj" and t.head == root.i and any(c.dep in ("nsubj", "nsubjpass") for c in parse.children(t))
           for t in parse.tokens):
        return ""  # "..., and Pabst was never brought to trial": a second clause with a subject of its own
    if word == "who":
        first, last = _subtree(parse, head)
        if head.dep not in ("nsubj", "nsubjpass") or head.head != root.i or first.start < blank[0] - 4 \
                or last.end > blank[1] + 1:
            return ""  # not the subject, or only part of it ("____ and the queen", "____'s army")
        cloze = render(fr, blank)
        if not cloze or cloze.count(BLANK) != 1:
            return ""
        before, after = cloze.split(BLANK)
        if re.match(r"\s*(?:[.,(]|himself|herself)", after):
            return ""  # "____, an African American waiter, struck", "____ himself died"
        if before and not (re.search(r",\s*$", before) and _OPENER.match(before) and not re.search(r"[;:]", before)):
            return ""  # "On 7 June 1802 ____ invited", "... the insurgents, ____ then ordered": no question order
        asked = f"{before}{'who' if before else 'Who'}{after}"
        if any(t.start >= blank[1] and t.pos == "PROPN" and t.i + 1 < len(parse.tokens)
               and parse.tokens[t.i + 1].tag in _FINITE and parse.tokens[t.i + 1].dep in _CLAUSE_DEPS
               and _joined_name(parse, t) for t in parse.tokens):
            return ""  # "Who committed suicide and Victoriano Huerta assumed control ...?": a second clause, its own
            # subject however the parse hangs it
        owners = sum(1 for t in parse.tokens if t.start >= blank[1] and t.tag == "PRP$" and t.lower in ("his", "her")
                     and t.head != root.i and not any(a <= t.start < b for a, b, _ in (*fr.edits, *fr.names)))
        if len(re.findall(r"\b(?:he|him|his|she|her|they|them|their)\b", asked, re.I)) > owners or owners > 1:
            return ""  # "Who prepared everything to receive him?": the cloze keeps the sentence's own words; but "Who
            # sent a third of his forces ...?", where the one "his" is the subject's own
        return re.sub(r"[.]$", "?", asked)
    if fr.edits or any(n[0] < n[1] for n in fr.names) or head.dep != "pobj" or not 0 <= head.head < len(parse.tokens):
        return ""  # never "Where was Ōkubo Toshimichi assassinated the following year?" for "... in 1878"
    prep = parse.tokens[head.head]
    if prep.lower not in ({"in", "at"} if word == "where" else {"in", "on"}) or prep.head != root.i:
        return ""
    subject = next((t for t in parse.tokens if t.head == root.i and t.dep in ("nsubj", "nsubjpass")), None)
    aux = [t for t in parse.tokens if t.head == root.i and t.dep in ("aux", "auxpass") and t.i < root.i]
    if subject is None or len(aux) != 1 or subject.pos == "PRON":
        return ""
    first, last = _subtree(parse, subject)
    if first.start != 0 or last.i + 1 != aux[0].i or first.pos == "ADV" or first.lower in _OPENING_ADVERBS:
        return ""  # an opening phrase, or a subject not just before its auxiliary; or an adverb the parse hung on the
        # subject ("When had Meanwhile Möngke died ...?")
    pp_first, pp_last = _subtree(parse, prep)
    if not (pp_first.start <= blank[0] and blank[1] <= pp_last.end) or pp_first.start < aux[0].end:
        return ""
    after_pp = next((t for t in parse.tokens if t.start >= pp_last.end), None)
    if after_pp is not None and (after_pp.tag in ("VBN", "VBG") or after_pp.pos == "VERB"):
        return ""  # "born in Zamość, a small town in the part of Poland ruled by ...": the parse lost the phrase
    if any(t.dep == "conj" and t.head == root.i and t.pos in ("VERB", "AUX") for t in parse.tokens):
        return ""  # "When was the Meiji Constitution promulgated and created the Imperial Diet?": a second verb of
        # the subject's, which the question's order does not fit
    if re.match(r",\s*(?:then|now|today|formerly|later|modern|present-day|an?|the)\b", text[pp_last.end:]):
        return ""  # "born in Nice, then part of the French Empire, to ...": an aside on the answer would hang on the
        # question's subject ("Where was Garibaldi born, then part of ...?")
    if word == "where" and any(
            t.i != prep.i and t.head == root.i and t.dep == "prep" and t.lower in ("in", "at")
            and not pp_first.start <= t.start < pp_last.end and not any(
                c.dep == "pobj" and (c.ent == "DATE" or c.tag == "CD") for c in parse.children(t))
            for t in parse.tokens):
        return ""  # "Where was Madero born in the hacienda of El Rosario?": the verb's other "in" says where too (not
        # "born in 1873")
    subject_text = text[first.start:last.end]
    opener = parse.tokens[0]
    if opener.pos == "DET" or opener.pos != "PROPN" and opener.text != "I" and not opener.ent and first_name_gender(
            opener.text) not in ("m", "f"):  # not "Eleanor", a name the parse tagged a common noun
        subject_text = subject_text[:1].lower() + subject_text[1:]  # "Several Ming princes" -> "several ..."
    rest = (text[aux[0].end:pp_first.start] + " " + text[pp_last.end:]).strip()
    rest = re.sub(r"\s*[.]\s*$", "", " ".join(rest.split()))
    rest = re.sub(r",(?:\s*,)+", ",", re.sub(r"\s+([,;])", r"\1", rest)).rstrip(",;")
    return f"{word.capitalize()} {aux[0].text} {subject_text} {rest}?"


def _joined_name(parse: Parse, token: Token) -> bool:
    """Does the name ending at ``token`` follow "and" or "but" ("... and Victoriano Huerta assumed")?"""
    i = token.i
    while i > 0 and parse.tokens[i - 1].pos == "PROPN":
        i -= 1
    return i > 0 and parse.tokens[i - 1].lower in ("and", "but")


def _subtree(parse: Parse, token: Token) -> tuple[Token, Token]:
    """The first and last tokens of a token's subtree (its phrase)."""
    inside = {token.i}
    grew = True
    while grew:
        grew = False
        for t in parse.tokens:
            if t.i not in inside and t.head in inside and t.head != t.i:
                inside.add(t.i)
                grew = True
    ordered = sorted(inside)
    return parse.tokens[ordered[0]], parse.tokens[ordered[-1]]
