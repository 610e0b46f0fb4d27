"""One test for each cause of bad questions found on unseen texts (issue: question bank, second generation)."""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from typing import Any

import pytest

from quizapp.bank.derive import derive_bank, resolve_dates
from quizapp.bank.formats.partial_dates import parse_iso
from quizapp.bank.questions.numbers import bound_side, find_amounts
from quizapp.bank.mentions.places import is_country
from quizapp.bank.questions.prompts import frame, inside_name, render
from quizapp.bank.text.dates import find_dates
from quizapp.bank.text.sentences import clean_text, sentences_of, split_paragraphs
from quizapp.bank.types import AnswerKind, QuestionBank, QuestionType

MARIE = """Marie Duval

Marie Duval was born in Lyon on 3 May 1850. Her mother, Jeanne Roux, was a seamstress from Grenoble.
Her father, Paul Duval, was a printer in Lyon. In 1868 she moved to Paris with her brother, Louis Duval.
She studied painting at the Académie Julian in Paris. In 1872 she married the engraver Henri Blanc in Marseille.
She won the Salon medal in 1874. Her friend Claire Morel admired her work. In 1876 she exhibited in Brussels.
She travelled to Geneva in 1878 and to Turin in 1879. According to historian Anne Petit, she was the finest
engraver of her time. She founded the Cercle des Graveurs in Lyon in 1881. She died in Lyon on 9 June 1899.
Henri Blanc died in Marseille in 1901. Louis Duval died in Grenoble in 1905. Claire Morel lived in Geneva.
Jeanne Roux died in Grenoble in 1880. Paul Duval died in Lyon in 1883. The Cercle des Graveurs closed in 1910.
"""


@pytest.fixture(scope="module")
def marie(nlp: Any) -> QuestionBank:
    """The bank of a short biography of a woman, with relatives and places of the same first letters."""
    return derive_bank(MARIE, title="Marie Duval", source="marie.txt")


def test_kinds_from_evidence(marie: QuestionBank) -> None:
    """(1) Is a person never offered among places, and a place never among people?"""
    people = {"Jeanne Roux", "Paul Duval", "Louis Duval", "Henri Blanc", "Claire Morel", "Anne Petit"}
    places = {"Lyon", "Grenoble", "Paris", "Marseille", "Brussels", "Geneva", "Turin"}
    for q in marie.questions:
        if q.answer_kind is AnswerKind.PLACE:
            assert not people & {q.answer, *q.distractors}, q
        if q.answer_kind is AnswerKind.PERSON:
            assert not places & {q.answer, *q.distractors}, q


def test_short_names_merge_only_when_unambiguous(nlp: Any) -> None:
    """(2) Is a bare "Charles" never answered with one of two kings named Charles, and a faction's name
    never fused to the leader beside it?"""
    text = ("Charles VI of France went mad in 1392. His son Charles VII was crowned at Reims in 1429. "
            "Charles fled to Bourges in 1418. The Bolshevik Joseph Stalin rose in 1922. "
            "Joseph Stalin ruled from Moscow until 1953. Charles VII died at Mehun in 1461. "
            "Charles VI died in Paris in 1422.")
    bank = derive_bank(text, title="Kings", source="k.txt")
    for q in bank.questions:
        assert not ("Charles fled" in q.source_sentence and q.answer in {"Charles VI", "Charles VII"}), q.prompt
        assert "Bolshevik Joseph Stalin" not in {q.answer, *q.distractors}


def test_names_with_of_merge_by_their_head() -> None:
    """(2) Does a bare "Joan" stand for "Joan of Arc", "Frederick Douglass" stay apart from "Frederick Douglass
    Jr", "Bavaria" never become "Isabeau of Bavaria", and a "Charles" between two kings stay ambiguous?"""
    from collections import Counter  # noqa: PLC0415

    from quizapp.bank.mentions.names import aliases  # noqa: PLC0415

    person, place = AnswerKind.PERSON, AnswerKind.PLACE
    kinds = {"Joan": person, "Joan of Arc": person, "Isabeau of Bavaria": person, "Bavaria": place,
             "Frederick Douglass": person, "Frederick Douglass Jr": person, "Charles": person,
             "Charles VI": person, "Charles VII": person, "Douglass": person}
    votes = {name: Counter({kind: 3}) for name, kind in kinds.items()}
    alias, ambiguous = aliases(votes, kinds, hint="")
    assert alias.get("Joan") == "Joan of Arc"
    assert "Bavaria" not in alias and "Frederick Douglass" not in alias
    assert alias.get("Douglass") == "Frederick Douglass"
    assert "Charles" in ambiguous and "Charles" not in alias


def test_pronoun_sentences_are_kept_and_named(marie: QuestionBank) -> None:
    """(3) Are "She ..." sentences asked (named, or with the sentence before as context), and is no "she"
    ever given to another woman of the text?"""
    asked = {q.date for q in marie.questions if q.type is QuestionType.DATE}
    assert {"1868", "1874", "1876", "1881"} <= asked
    named = [q.prompt for q in marie.questions if "Marie Duval moved" in q.prompt or "Marie Duval studied" in q.prompt]
    assert named and not [p for p in named if p.startswith("Her father")]  # named, not given the sentence before
    others = ("Jeanne Roux", "Claire Morel")
    assert not any(q.prompt.startswith(tuple(f"{o} {v}" for o in others for v in ("won", "exhibited", "founded",
                                                                                       "travelled", "studied")))
                   for q in marie.questions)


def test_main_subject_is_no_answer_and_no_option(marie: QuestionBank) -> None:
    """(4) Is the text's main subject neither an answer nor an option?"""
    assert all("Marie Duval" not in {q.answer, *q.distractors} for q in marie.questions)


def test_no_over_mining(marie: QuestionBank) -> None:
    """(5) At most two questions per sentence, and a death date asked once?"""
    per: dict[str, int] = {}
    for q in marie.questions:
        per[q.source_sentence] = per.get(q.source_sentence, 0) + 1
    assert max(per.values()) <= 2
    assert sum(q.date == "1899-06-09" for q in marie.questions) <= 1


def test_no_trivia_or_giveaways(nlp: Any, marie: QuestionBank) -> None:
    """(6) No "according to historian ____", and no count given away by the list after it?"""
    assert not any(q.answer == "Anne Petit" for q in marie.questions)
    text = "The army fought its traditional three battles: vanguard, centre and rearguard, at Arques in 1589."
    assert [a.text for a in find_amounts(text, [])] == []


def test_prompts_stand_alone(nlp: Any) -> None:
    """(7) No prompt ending in a colon, no blank inside a name, no "(____)" and no "On the sixth of ____"?"""
    text = ("Pedro Alvares took Santo Domingo in 1586. Lord Palmerston's fleet sailed in 1840. "
            "The treaty (1866) ended the war. On the sixth of September, 1901, the president was shot. "
            "Marshal Ney says of the execution: \"It was a crime, and I shall never forget it as long as I live.\" "
            "Ney fought at Waterloo in 1815.")
    bank = derive_bank(text, title="t", source="t.txt")
    for q in bank.questions:
        assert not q.prompt.rstrip().endswith(":"), q.prompt
        assert "Santo ____" not in q.prompt and "Lord ____" not in q.prompt and "(____)" not in q.prompt
        assert "sixth of ____" not in q.prompt


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On the sixth of September, 1901, the president was shot.", "1901-09-06"),
        ("The Anschluss took place on 2–13 March 1938 in stages.", "1938-03-02"),
        ("He left Vienna in 1938 and arrived in Paris on 17 November of that year.", "1938-11-17"),
    ],
)
def test_dates_in_more_forms(text: str, iso: str) -> None:
    """(8) Are ordinal words, day ranges and "of that year" read as dates?"""
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    found = [d.iso for ds in resolve_dates(split_paragraphs(clean_text(text)), sentences).values() for d in ds]
    assert iso in found


def test_calendar_and_world_war_one(nlp: Any) -> None:
    """(8) Is 29 February accepted only in a leap year, a "$5,000" amount found, and a sentence about
    World War I kept as narrative (its "I" is no first person)?"""
    assert [d.iso for d in find_dates("On 29 February 1900 it rained.")] == []
    assert [d.iso for d in find_dates("On 29 February 1904 it rained.")] == ["1904-02-29"]
    assert [a.text for a in find_amounts("Congress voted $5,000 for the widow.", [])] == ["$5,000"]
    sentence = sentences_of(split_paragraphs("He served in World War I until his wound in 1917."))[0]
    assert sentence.narrative
    bank = derive_bank("Harold Blake served in World War I until he was wounded at Arras in 1917.",
                       title="t", source="t.txt")
    assert any(q.type is QuestionType.DATE and q.date == "1917" for q in bank.questions)


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [
        ("Kangxi sent generals Sun Sike, Wang Jinbao, and Zhao Liangdong to crush the rebels.", "Sun Sike", True),
        ("Kangxi sent generals Sun Sike, Wang Jinbao, and Zhao Liangdong to crush the rebels.", "Wang Jinbao", True),
        ("Kangxi sent generals Sun Sike, Wang Jinbao, and Zhao Liangdong to crush the rebels.", "Zhao Liangdong", True),
        ("In 1420 the queen of France, Isabeau of Bavaria, signed the treaty.", "France", False),
        ("Douglass met Anna Murray, a free black woman in Baltimore.", "Anna Murray", False),
    ],
)
def test_a_name_in_a_run_of_names_is_no_blank(text: str, name: str, listed: bool) -> None:
    """(5) Is any member of "A, B and C" refused as a blank, whatever the kinds of the others, and an
    apposition not taken for a list?"""
    from quizapp.bank.questions.prompts import in_list  # noqa: PLC0415

    start = text.index(name)
    assert in_list(text, start, start + len(name)) is listed


def test_sentence_rules(nlp: Any) -> None:
    """(5, 7) One date per sentence, no region after a town, no pronoun given to a person the same sentence
    names after it, and no prompt that is only a quotation's lead-in?"""
    text = ("Pierre Marchand was born in Niles, Ohio, on 3 May 1843 and moved to Lyon on 9 June 1861. "
            "Pierre Marchand studied law in Lyon in 1862. He asked Jules Favre to defend Pierre Marchand in 1870. "
            'Pierre Marchand later complained in his memoirs (1890): "They never understood what we wanted." '
            "Pierre Marchand died in Lyon in 1899.")
    bank = derive_bank(text, title="t", source="t.txt")
    first = [q for q in bank.questions if q.source_sentence.startswith("Pierre Marchand was born")]
    assert sum(q.type is QuestionType.DATE for q in first) <= 1
    assert not any(q.answer == "Ohio" for q in bank.questions)
    assert not any(q.prompt.startswith("Pierre Marchand asked") for q in bank.questions)
    assert not any("complained in" in q.prompt for q in bank.questions)


def test_place_options_come_from_the_gazetteer_when_the_text_names_too_few(nlp: Any) -> None:
    """(1) When a text names one German town only, are its options other real towns of Germany (never people,
    never made-up names), and a country's other countries of its continent?"""
    text = ("Rosa Marx was born in Warsaw in 1871. In 1904 Rosa Marx served a prison sentence in Zwickau. "
            "Her friend Clara Vogt edited a paper in Stuttgart. Rosa Marx moved to Spain in 1910. "
            "Rosa Marx wrote to Clara Vogt every week.")
    bank = derive_bank(text, title="Rosa Marx", source="r.txt")
    zwickau = next(q for q in bank.questions if q.answer == "Zwickau")
    assert set(zwickau.distractors) <= {"Dresden", "Leipzig", "Chemnitz", "Plauen", "Görlitz", "Freiberg",
                                        "Bautzen", "Hoyerswerda", "Stuttgart", "Warsaw"}, zwickau
    spain = next(q for q in bank.questions if q.answer == "Spain")
    assert "Clara Vogt" not in spain.distractors and not {"Zwickau", "Warsaw"} & set(spain.distractors), spain


def test_a_town_the_model_calls_an_organisation(nlp: Any) -> None:
    """(1) Is a town the small model labels an organisation ("met the royal family at Epernay") asked as a place
    when the sentence says so, and a one-word name with nothing but the model's label never asked?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("The commissioners met the royal family at Epernay and returned with them to Paris. "
            "The king had been recognised at Varennes by the postmaster.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert index.kinds.get("Epernay") is AnswerKind.PLACE
    assert index.confidence["Epernay"] < 0.9  # less sure than a name the model and the text agree on


def test_what_someone_wrote_is_asked_but_not_who_said_so(nlp: Any) -> None:
    """(6) Is the author of a sonnet a fair answer, while "____ wrote that ..." stays trivia?"""
    from quizapp.bank.questions.trivia import TRIVIA_AFTER

    assert not TRIVIA_AFTER.match(' wrote the sonnet "To Toussaint" in 1802')
    assert not TRIVIA_AFTER.match(" called on them to rise")
    assert TRIVIA_AFTER.match(" wrote in his diary that the miners were armed")
    assert TRIVIA_AFTER.match(' has commented, "Every government would have attacked."')
    assert TRIVIA_AFTER.match(" says of the execution:")


def test_a_title_keeps_its_article_and_a_bracketed_short_form_goes_with_its_name(corpus: dict[str, Any]) -> None:
    """(7) Is "The Columbian Orator" asked with the whole title blanked (never "The ____"), and is a name with
    its short form in brackets ("the British Computer Society (BCS)") never blanked leaving "(BCS)"?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.candidates import _bracketed_alias

    douglass = corpus["wiki_frederick_douglass"].bank
    orator = [q for q in douglass.questions if q.answer in ("Columbian Orator", "The Columbian Orator")]
    assert orator and all("The ____" not in q.prompt for q in orator)
    assert not [q.prompt for c in corpus.values() for q in c.bank.questions if re.search(r"[,;]\s+The ____", q.prompt)]
    text = "Since 1998, the British Computer Society (BCS) has awarded the Lovelace Medal."
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    mentions = index.by_sentence[0]
    society = next(m for m in mentions if m.key == "British Computer Society")
    assert _bracketed_alias(society, mentions, index, text) == text.index(")") + 1


def test_a_surname_alone_in_the_prompt_gives_the_person_away(corpus: dict[str, Any]) -> None:
    """(6) Is a person never asked where the prompt writes their surname alone, however short ("The Qing forces were
    crushed by Wu from 1673-1674. ... they refused to join ____ in the revolt": Wu Sangui)? A surname inside another
    name is no giveaway ("Li Hongzhang" for Li Zicheng), nor is a first name ("William McKinley" for William Jennings
    Bryan)."""
    from quizapp.bank.questions.candidates import _surname_shown

    person = AnswerKind.PERSON
    assert _surname_shown("Wu Sangui", person, "The Qing were crushed by Wu. They refused to join ____ in the revolt.")
    assert not _surname_shown("Li Zicheng", person, "Li Hongzhang signed it. ____ took Beijing.")
    assert not _surname_shown("William Jennings Bryan", person, "William McKinley won against ____.")
    for c in corpus.values():
        for q in c.bank.questions:
            if q.answer_kind is person and len(q.answer.split()) > 1:
                assert not _surname_shown(q.answer, person, q.prompt), (c.name, q.prompt)


def test_the_title_state_under_another_word_is_no_answer(nlp: Any) -> None:
    """(4) In a text called "The Song Dynasty", is "the Song Empire" neither an answer nor an option, as "the Song
    dynasty" is not ("The Western Xia fought the ____": the title gives it away)? Other empires stay answers."""
    text = ("The Song dynasty ruled China from 960. In 1005 the Song Empire signed the Chanyuan Treaty with the Liao. "
            "The Liao Empire controlled the north. The Jin Empire took Kaifeng in 1127. The Western Xia fought the "
            "Song Empire in 1040. The Song Empire moved its capital to Hangzhou in 1138. The Mongol Empire conquered "
            "the Song Empire in 1279.")
    bank = derive_bank(text, title="The Song Dynasty", source="song.txt")
    assert bank.questions
    assert not [q.prompt for q in bank.questions if "Song Empire" in (q.answer, *q.distractors)]


def test_a_numbered_sovereign_is_offered_beside_a_sovereign_or_typed(nlp: Any) -> None:
    """(1) Is "Nicholas II" never offered beside three plain names, whose lack of a numeral gives him away (the default
    text: Bruce Lockhart, Alexander Berkman, Felix Dzerzhinsky)? With another sovereign in the text, one option is
    a sovereign; with none, he is typed."""
    text = ("Anna Weber met Karl Brandt in Berlin in 1901. Anna Weber met Paul Keller in Munich in 1902. Hans Richter "
            "wrote to Anna Weber in 1903. Fritz Lang visited Anna Weber in 1904. Karl Brandt and Paul Keller quarrelled "
            "in 1905. In 1917 Anna Weber wrote a letter to Nicholas II about the war prisoners.")
    alone = [q for q in derive_bank(text, title="Anna Weber", source="w.txt").questions if q.answer == "Nicholas II"]
    assert alone and all(not q.distractors for q in alone)
    text += " Her father had fled Russia after the murder of Alexander II in 1881."
    beside = [q for q in derive_bank(text, title="Anna Weber", source="w.txt").questions if q.answer == "Nicholas II"]
    assert beside and all("Alexander II" in q.distractors for q in beside)


def test_a_structure_named_like_a_person_is_a_place(nlp: Any) -> None:
    """(1) Is "Willow Palisade" (a first name and a structure's noun) a place, and a site beside "the Great Wall",
    never a person offered beside Lin Zexu?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.places import place_grain
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("Han Chinese then streamed into Manchuria, both illegally and legally, over the Great Wall and Willow "
            "Palisade. Lin Zexu was sent to Canton in 1839.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert index.kinds["Willow Palisade"] is AnswerKind.PLACE and index.kinds["Lin Zexu"] is AnswerKind.PERSON
    assert place_grain("Willow Palisade") == place_grain("Great Wall") == "site"


def test_options_keep_to_the_level_calling_and_grain_the_prompt_names(corpus: dict[str, Any]) -> None:
    """(1) Are a regiment's options regiments where the text names enough ("the eagle of the ____": the 105th Ligne
    had the 3rd Division and VI Corps beside it), a judge's judges ("two retired judges named ____" had Abraham
    Lincoln), and a house's houses ("____, the house where he had spent the night", Le Caillou, had Charleroi), or
    none?"""
    from quizapp.bank.mentions.places import place_grain

    def options(name: str, answer: str, words: str = "") -> list[tuple[str, ...]]:
        found = [q.distractors for q in corpus[name].bank.questions if q.answer == answer and words in q.prompt]
        assert found, answer
        return found

    assert all(not re.search(r"\b(?:Corps|Division)$", o) for d in options("wiki_battle_of_waterloo", "105th Ligne")
               for o in d)
    assert all("Abraham Lincoln" not in d for d in options("handout_mckinley_assassination", "Loran L. Lewis"))
    assert all(all(place_grain(o) == "site" for o in d) for d in options("wiki_battle_of_waterloo", "Le Caillou",
                                                                                  "the house where"))
    assert place_grain("Barnimstrasse") == place_grain("Warsaw Citadel") == "site"


def test_a_reply_set_off_by_commas_is_a_work(corpus: dict[str, Any]) -> None:
    """(8) Is "Her reply, Reform or Revolution, appeared as a pamphlet" asked for the title, which the model does not
    see ("or" inside it), while "In reply, Grant ordered" and "His reply, Grant said," make no work of Grant?"""
    from quizapp.bank.mentions.titles import title_spans

    text = "Her reply, Reform or Revolution, appeared as a pamphlet in 1899."
    assert [text[a:b] for a, b in title_spans(text)] == ["Reform or Revolution"]
    assert not title_spans("In reply, Grant ordered an attack on the fort.")
    assert not title_spans("His reply, Grant said, was late.")  # one word set off by commas is a name, not a title
    assert "Reform or Revolution" in {q.answer for q in corpus["essay_rosa_luxemburg"].bank.questions}


def test_a_quoted_title_is_a_work_and_no_quotation(nlp: Any) -> None:
    """(8) Is 'This speech eventually became known as "What to the Slave Is the Fourth of July?"' a work of nine words
    ending in a question mark, and is the sentence asked, without the verdict quoted after its semicolon ("; one
    biographer called it "perhaps the greatest ..."), rather than refused as a long quotation?"""
    from quizapp.bank.mentions.spans import plausible
    from quizapp.bank.mentions.titles import title_spans
    from quizapp.bank.nlp.parse import parse_sentences

    text = ('On 5 July 1852 Douglass spoke to the Rochester Anti-Slavery Sewing Society. This speech eventually became '
            'known as "What to the Slave Is the Fourth of July?"; one biographer called it "perhaps the greatest '
            'antislavery oration ever given."')
    title = "What to the Slave Is the Fourth of July?"
    assert [text[a:b] for a, b in title_spans(text)] == [title] and plausible(title, work=True)
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    parses = parse_sentences([s.text for s in sentences])
    fr = frame(sentences[1], None, sentences[0], parses[1])
    assert fr is not None and "biographer" not in sentences[1].text[:fr.usable_end]


def test_a_town_is_offered_towns_of_its_country_before_towns_abroad(corpus: dict[str, Any]) -> None:
    """(1) Where the text names too few towns of a town's country but places another there (Zwickau for Berlin), are
    the gazetteer's towns of that country offered before the text's towns abroad (Berlin had Rome and Zurich)? And is
    a town the gazetteer knows only by a namesake abroad (Varennes, in Quebec) never offered that namesake's
    neighbours?"""
    luxemburg, mignet = corpus["essay_rosa_luxemburg"].bank, corpus["gutenberg_mignet_1791"].bank
    berlin = [q.distractors for q in luxemburg.questions if q.answer == "Berlin" and q.distractors]
    assert berlin and all(not {"Rome", "Zurich", "Warsaw"} & set(d) for d in berlin)
    assert all(not {"Québec", "Gatineau", "Montreal"} & set(q.distractors) for q in mignet.questions)


def test_an_end_of_a_short_worded_range_is_not_asked(nlp: Any) -> None:
    """(7) Is "Between ____ and 1843, Ada translated ..." (1842) never asked, nor "between 1846 and ____" (1848): the
    other end, so near, gives it away? A range of centuries still asks its ends ("from ____ to 1912": 1644)."""
    text = ("Ada Byron was born in London in 1815. Between 1842 and 1843, Ada Byron translated an article by Luigi "
            "Menabrea. During her visits to Paris, between 1846 and 1848, Ada Byron met Michael Faraday. "
            "From 1644 to 1912 the Qing ruled China from Beijing.")
    asked = {(q.answer, q.source_sentence[:7]) for q in derive_bank(text, title="Ada", source="a.txt").questions}
    assert not {("1842", "Between"), ("1843", "Between"), ("1846", "During "), ("1848", "During ")} & asked
    assert ("1644", "From 16") in asked


def test_a_sovereigns_name_in_the_prompt_gives_him_away(corpus: dict[str, Any]) -> None:
    """(6) Is "Charles VI" never asked where the prompt writes "Charles" ("____ was popularly known as "Charles the
    Mad""), nor Henry VI of England after "Henry V and Charles VI died ... leaving an infant, ____"?"""
    for c in corpus.values():
        for q in c.bank.questions:
            words = q.answer.split()
            if q.answer_kind is AnswerKind.PERSON and len(words) > 1 and re.fullmatch(r"[IVX]+", words[1]):
                assert not re.search(rf"\b{words[0]}\b", q.prompt.replace("____", "")), (c.name, q.prompt)


def test_years_of_the_first_millennium_are_dates(nlp: Any) -> None:
    """(8) Are "AD 43", "410 CE" and "AD 9" dates (ISO 0043), shown as "AD 43" with wrong years never before AD 1, while
    "AD 60 or 61", two years, is asked of neither? Ancient history had no date question at all. Do they go through
    GIFT and Moodle XML and back, and may a student type "AD 43"?"""
    import random

    from quizapp.bank.formats.partial_dates import format_partial
    from quizapp.bank.questions.options import date_options

    found = find_dates("In AD 43 Claudius invaded; in 410 CE Rome fell; Arminius won in AD 9; the revolt of AD 60 or 61.")
    assert [(d.iso, d.end_iso) for d in found] == [("0043", ""), ("0410", ""), ("0009", ""), ("0060", "0061")]
    assert format_partial("0043") == "AD 43" and all(o >= "0001" for o in date_options("0002", random.Random(3), set()))
    text = ("Boudica was a queen of the Iceni tribe who led an uprising against the Romans in AD 60 or 61. During the "
            "conquest of southern Britain in AD 43, the Iceni initially allied with Rome. The Iceni revolted in AD 47 "
            "when the governor Publius Ostorius Scapula planned to disarm them.")
    bank = derive_bank(text, title="Boudica", source="b.txt")
    dates = {q.date: q for q in bank.questions if q.answer_kind is AnswerKind.DATE}
    assert {"0043", "0047"} <= set(dates) and "0060" not in dates
    assert dates["0043"].answer == "AD 43" and "____" in dates["0043"].prompt
    from quizapp.bank.formats import gift, moodle_xml
    from quizapp.bank.formats.partial_dates import Granularity
    from quizapp.study.answers import parse_date_answer

    for fmt in (gift, moodle_xml):  # shown "AD 41" in the file, read back as 0041
        back = {q.date: q.distractors for q in fmt.read(fmt.write(bank), title="b").questions if q.date}
        assert back["0043"] == dates["0043"].distractors
    assert parse_date_answer("AD 43", Granularity.YEAR) == parse_date_answer("43 AD", Granularity.YEAR) == "0043"


def test_other_names_given_in_the_text_are_one_person(corpus: dict[str, Any]) -> None:
    """(1, 3) Are the names the text gives as a person's other names ("also known as Shaka Zulu (also spelled Tshaka or
    Chaka)") that person there, not a film, a town and another man, so that the "He" after them is his? And is a
    name with another of its forms beside the blank not asked ("Anne Isabella (called Annabella; born ...)")?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("Shaka kaSenzangakhona (c. 1787 – 1828), also known as Shaka Zulu (also spelled Tshaka or Chaka), was one "
            "of the most influential monarchs of the Zulu Kingdom. He was born in the year of 1787 near Melmoth.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    keys = {m.text: m.key for m in index.by_sentence[0]}
    assert {"Shaka Zulu", "Tshaka", "Chaka"} <= set(keys) and len(set(keys.values())) == 1
    text = ("Queen Boudica, also known as Boadicea, Prasutagus's widow, led the Iceni against Rome. Boudica fought "
            "Suetonius in AD 60. Prasutagus died in AD 59. Boudica burned London.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    keys = {m.text: m.key for m in build_index(sentences, parse_sentences([s.text for s in sentences])).by_sentence[0]}
    assert keys["Boadicea"] == keys["Queen Boudica"] != keys["Prasutagus"]  # the comma goes on to another person
    text = "Arthur Wellesley called Henry Paget to his side in 1815. Henry Paget led the cavalry. Arthur Wellesley won."
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    keys = {m.text: m.key for m in build_index(sentences, parse_sentences([s.text for s in sentences])).by_sentence[0]}
    assert keys["Henry Paget"] == "Henry Paget"  # "called" the verb names no other name of Wellesley
    born = [q for q in corpus["wiki_shaka"].bank.questions if q.date == "1787"]  # "He was born ...": his birth
    assert born and all(q.prompt.startswith("Shaka was born") for q in born)
    ada = derive_bank("Ada King married William King in 1835. They had three children: Byron (born 12 May 1836); "
                      "Anne Isabella (called Annabella; born 22 September 1837); and Ralph Gordon (born 2 July 1839).",
                      title="Ada King", source="a.txt")
    assert not [q.prompt for q in ada.questions if "____ (called Annabella" in q.prompt]


def test_a_person_the_text_gives_a_mother_and_an_army_is_no_people(corpus: dict[str, Any]) -> None:
    """(1) Is Zwide, whom the model mostly labels a people but the text gives a mother, an army and a chief's title, a
    person asked about (he was no name at all), and Zieten at Waterloo likewise?"""
    assert "Zwide" in {q.answer for q in corpus["wiki_shaka"].bank.questions}
    assert "Zieten" in {q.answer for q in corpus["wiki_battle_of_waterloo"].bank.questions}


def test_ancient_names_are_read_as_the_text_gives_them(corpus: dict[str, Any]) -> None:
    """(1, 2) On a text of Roman Britain: is Tacitus a person, though the model calls him an organisation twenty times
    ("Tacitus writes", "his account": what the text says outweighs it)? Are "Gnaeus" and "Publius" first names, "the
    colony of Camulodunum" a place, "Roman Londinium" no Roman person and "Fearing Suetonius's actions" no man called
    Fearing?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.lexicons import first_name_gender
    from quizapp.bank.nlp.parse import parse_sentences

    boudica = corpus["wiki_boudica"].bank
    names = {n for q in boudica.questions for n in (q.answer, *q.distractors)}
    assert "Tacitus" in {q.answer for q in boudica.questions}
    assert not [n for n in names if n.startswith(("Roman ", "Fearing "))]
    assert first_name_gender("Gnaeus") == first_name_gender("Publius") == "m"
    text = ("The new settlers in the colony of Camulodunum drove people out of their houses. The rebels burned "
            "Camulodunum in AD 60. Fearing Suetonius's actions would provoke further rebellion, Nero replaced him.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    kinds = build_index(sentences, parse_sentences([s.text for s in sentences])).kinds
    assert kinds.get("Camulodunum") is AnswerKind.PLACE and kinds.get("Suetonius") is AnswerKind.PERSON


def test_a_position_is_a_view_only_when_it_says_one(corpus: dict[str, Any]) -> None:
    """(7) Is "With the Prussian retreat from Ligny, ____'s position at Quatre Bras was untenable" never asked (whose
    ground it was is no fact), while "Douglass had agreed with ____'s position that the Constitution was pro-slavery"
    (a view) still is?"""
    prompts = [q.prompt for c in corpus.values() for q in c.bank.questions]
    assert not [p for p in prompts if "____'s position at" in p]
    assert [p for p in prompts if "____'s position that the Constitution" in p]


def test_a_who_clause_and_a_publication_tell_the_kind(corpus: dict[str, Any]) -> None:
    """(1, 7) Is a name followed by ", who" a person where the model is divided (Koxinga: "Zheng Keshuang, grandson of
    Koxinga, who had conquered Taiwan"), though never a country ("Sweden, who")? Is what someone "published his ..." a
    work, asked whole ("published his Travels and Adventures in ____" asked for Eastern Africa before)?"""
    from quizapp.bank.mentions.titles import title_spans

    assert "Koxinga" in {q.answer for q in corpus["wiki_qing_dynasty"].bank.questions}
    assert "Sweden" in {n for q in corpus["gutenberg_mignet_1791"].bank.questions for n in (q.answer, *q.distractors)}
    text = "Nathaniel Isaacs published his Travels and Adventures in Eastern Africa in 1836, creating a picture."
    assert [text[a:b] for a, b in title_spans(text)] == ["Travels and Adventures in Eastern Africa"]
    assert not [q.prompt for q in corpus["wiki_shaka"].bank.questions if "Adventures in ____" in q.prompt]


def test_an_answer_asked_often_leaves_room_for_other_facts() -> None:
    """(5) Of two equally good questions in a sentence, is the one about a name not yet asked preferred?"""
    from collections import Counter

    from quizapp.bank.questions.candidates import Candidate
    from quizapp.bank.questions.ranking import select
    from quizapp.bank.types import BankQuestion

    def cand(sentence: int, answer: str, score: float) -> Candidate:
        q = BankQuestion(id=f"{sentence}{answer}", type=QuestionType.MULTIPLE_CHOICE, prompt=f"{sentence} ____",
                         answer=answer, distractors=("a", "b", "c"), answer_kind=AnswerKind.PERSON,
                         source_sentence=f"sentence {sentence} about {answer} and words{sentence}", tags=())
        return Candidate(q, sentence, f"person:{answer}", score, score, score, score, score)

    candidates = [cand(1, "Ney", 0.95), cand(2, "Ney", 0.95), cand(2, "Lobau", 0.95), cand(2, "Zieten", 0.93)]
    chosen = select(candidates, Counter({"Ney": 30, "Lobau": 1, "Zieten": 1}))
    second = {c.question.answer for c in chosen if c.sentence == 2}
    assert second == {"Lobau", "Zieten"}


def test_a_woman_named_as_one_gets_women_as_options(nlp: Any) -> None:
    """(2) Is "____, a free black woman" offered only women, even when the text's pronouns leave her gender open?"""
    text = ("Frederick Bailey was born in Talbot County in 1818. In 1837 Frederick Bailey met Anna Murray, a free"
            " black woman in Baltimore. John Brown planned a raid in 1859. Thomas Auld owned a farm in 1833."
            " Sophia Auld taught Frederick Bailey to read in 1830. Helen Pitts married Frederick Bailey in 1884."
            " Lucretia Mott spoke in Boston in 1848. Hugh Auld worked in Baltimore in 1830."
            " Elizabeth Stanton wrote to Lucretia Mott in 1848. William Garrison printed a paper in Boston in 1831.")
    _assert_only_women(text, "Frederick Bailey", "Anna Murray", {"John Brown", "Thomas Auld", "Hugh Auld",
                                                                  "William Garrison"})


def _assert_only_women(text: str, title: str, woman: str, men: set[str]) -> None:
    """Is ``woman`` asked about, and never offered beside any of ``men``?"""
    bank = derive_bank(text, title=title, source="t.txt")
    asked = [q for q in bank.questions if q.answer == woman]
    assert asked
    assert not [q.prompt for q in asked if men & set(q.distractors)]


def test_a_subject_only_the_sentence_before_names_gets_that_sentence(nlp: Any) -> None:
    """(7) Is "For about six months, their study went unnoticed" never asked without the sentence that says whose
    study it was?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _vague_subject

    sentences = ["For about six months, their study went relatively unnoticed.",
                 "The second is on the facade of Waterford City Hall.",
                 "Douglass studied in Baltimore for six months."]
    vague = [_vague_subject(p, len(s)) for s, p in zip(sentences, parse_sentences(sentences), strict=True)]
    assert vague == [True, True, False]


def test_a_people_used_as_an_adjective_is_no_place(nlp: Any) -> None:
    """(1) Is a name mostly used to qualify a noun ("the Manchu name", "Manchu troops") never asked as a place or
    person, while a town named once before a noun ("the Chicago convention") still is one?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("The Manchu name of the dynasty was chosen in 1636. Manchu troops entered Beijing in 1644. "
            "The Manchu rulers kept Manchu customs. Nurhaci united the tribes in Jianzhou. "
            "Lincoln was nominated at the Chicago convention. Lincoln spoke in Chicago in 1858.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert "Manchu" not in index.kinds
    assert index.kinds.get("Chicago") is AnswerKind.PLACE


def test_the_title_names_the_main_subject_among_relatives(nlp: Any) -> None:
    """(3) In a life of "Marie Duval" that names her father "Paul Duval" as often, is Marie the main subject, so
    that "she" after "Her mother, Jeanne Roux, ..." is still Marie?"""
    from quizapp.bank.derive import main_person
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    sentences = sentences_of(split_paragraphs(clean_text(MARIE)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]), hint="Marie Duval")
    assert main_person(index, sentences, "Marie Duval") == "Marie Duval"


def test_wh_questions_where_the_parse_allows(nlp: Any) -> None:
    """Is a subject asked as "Who ...?", a place after a passive verb as "Where was ...?" and a date as "When
    was ...?", while a subject with a second clause of its own, or joined to another name, stays a cloze?"""
    text = ("Leon Czolgosz was born in Alpena in 1873. Leon Czolgosz shot William McKinley at the fair in Buffalo."
            " Emma Goldman was arrested in Chicago a few days after the shooting. Emma Goldman lectured in"
            " Cleveland in May 1901. Theodore Roosevelt took the oath in Buffalo in 1901. Ansley Wilcox received"
            " Theodore Roosevelt in Buffalo, and Emma Goldman was released in Chicago. Leon Czolgosz and Emma"
            " Goldman met in Cleveland in 1901. William McKinley died in Buffalo in 1901. Emma Goldman was deported"
            " to Russia in 1919. Theodore Roosevelt lived in New York in 1880. William McKinley lived in Canton"
            " in 1880. Ansley Wilcox lived in Buffalo in 1880. Leon Czolgosz worked in Cleveland in 1893.")
    bank = derive_bank(text, title="The assassination of McKinley", source="m.txt")
    prompts = {q.prompt for q in bank.questions}
    assert "Where was Emma Goldman arrested a few days after the shooting?" in prompts
    assert any(p.startswith("Who shot William McKinley") for p in prompts)
    assert not [p for p in prompts if p.startswith(("Who and", "Who received"))]
    for q in bank.questions:
        assert ("____" in q.prompt) != q.prompt.endswith("?"), q.prompt


def test_no_person_or_fragment_is_an_organisation() -> None:
    """(1) Is "Historian Geoffrey Blainey", "Manchu Generals", "Tongzhi Restoration of the" or a first name and a
    surname never an organisation, while "Communist Party of Germany" and "Coldstream Guards" are?"""
    from collections import Counter

    from quizapp.bank.mentions.index import _not_a_body

    for name in ("Historian Geoffrey Blainey", "Manchu Generals", "Tongzhi Restoration of the", "No Union"):
        assert _not_a_body(name, Counter(), AnswerKind.ORG), name
    assert _not_a_body("Jean Papillon", Counter({"name:person": 6}), AnswerKind.ORG)
    assert _not_a_body("American Slave", Counter(), AnswerKind.ORG)
    assert not _not_a_body("Columbian Orator", Counter(), AnswerKind.WORK)
    for name in ("Communist Party of Germany", "Coldstream Guards", "Social Democratic Party of Germany"):
        assert not _not_a_body(name, Counter(), AnswerKind.ORG), name


def test_a_day_is_asked_when_its_year_stands_elsewhere(nlp: Any) -> None:
    """(8) Is "3 December 1854" asked in a sentence that also says "in 1854", with options of that year only, while
    a bare year shown elsewhere is never asked?"""
    text = ("The Eureka Rebellion was a rebellion in 1854 by gold miners in Ballarat, who fought a battle there on"
            " 3 December 1854. Peter Lalor led the miners in Ballarat in 1854.")
    bank = derive_bank(text, title="Eureka Rebellion", source="e.txt")
    day = [q for q in bank.questions if q.date == "1854-12-03"]
    assert day and all(d.startswith("1854-") for q in day for d in q.distractors), day
    assert not [q for q in bank.questions if q.date == "1854" and "1854" in q.prompt]


def test_a_title_place_is_no_person_and_an_estimate_is_trivia(nlp: Any) -> None:
    """(1, 6) Is "Burgundy" of "the Duke of Burgundy" never a person, and "____ and others estimate" never asked?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.trivia import TRIVIA_AFTER

    text = ("The Duke of Burgundy allied with England in 1419. The Duke of Burgundy took Paris in 1418. "
            "Philip the Good was Duke of Burgundy until 1467. John the Fearless ruled Burgundy from Dijon.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert index.kinds.get("Burgundy") is not AnswerKind.PERSON
    assert TRIVIA_AFTER.match(" and others estimate the actual strength at around 2,000")


def test_a_year_in_passing_gives_no_year_to_the_next_day(nlp: Any) -> None:
    """(8) After "On 28 November 1854 ... until dying in 1860.", is "on 30 November" still 30 November 1854?"""
    text = ("On 28 November 1854, the reinforcements marching from Melbourne were attacked by miners. Historical"
            " research has shown that the drummer boy continued military service until dying in 1860.\n\n"
            "Rede responded by ordering police to conduct a licence search on 30 November.")
    paragraphs = split_paragraphs(clean_text(text))
    dates = resolve_dates(paragraphs, sentences_of(paragraphs))
    assert [d.iso for found in dates.values() for d in found] == ["1854-11-28", "1860", "1854-11-30"]


def test_initials_make_a_person_and_a_surname_town_stays_the_person(nlp: Any) -> None:
    """(1, 2) Is "B.V. Bowden" a person (never an organisation, "U.S. Army" never a person), and is a bare
    "Somerville" after "Mary Somerville" the woman rather than a town of the gazetteer?"""
    from collections import Counter

    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.kinds import name_evidence
    from quizapp.bank.nlp.parse import parse_sentences

    assert name_evidence("B.V. Bowden", Counter())["name:person"] >= 6
    assert not name_evidence("U.S. Army", Counter())["name:person"]
    text = ("Ada was taught by Mary Somerville, the noted researcher, in 1832. "
            "Somerville introduced Ada to Charles Babbage in 1833. Ada wrote to Somerville often.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert index.kinds.get("Somerville") is not AnswerKind.PLACE
    assert index.kinds.get("Mary Somerville") is AnswerKind.PERSON


def test_wh_questions_keep_to_safe_shapes(nlp: Any) -> None:
    """(7) Is a subject after a noun and its comma ("the insurgents, ____ then ordered") or a question with an
    unnamed "him" left a cloze, "Louis XVI.," blanked with its full stop, and "U.S. Constitution" no person?"""
    from collections import Counter

    from quizapp.bank.mentions.kinds import name_evidence

    text = ("The crowd resumed the attack at the Champ de Mars; compelled by the insurgents, Lafayette then ordered"
            " another discharge in July 1791. Bouille prepared everything to receive him at Montmedy in 1791."
            " Louis XVI., either from fear or from pride, preferred restoring the government alone in 1791."
            " Lafayette commanded the national guard in Paris in 1789. Bouille commanded the army at Metz in 1790."
            " Louis XVI fled to Varennes in June 1791. Bailly was mayor of Paris in 1790.")
    bank = derive_bank(text, title="The year 1791", source="m.txt")
    for q in bank.questions:
        assert not re.search(r"\w, who\b|\b(?:him|his)\b.*\?$", q.prompt), q.prompt
    assert not [q.prompt for q in bank.questions if q.prompt.startswith("____.,")]
    assert not name_evidence("U.S. Constitution", Counter())["name:person"]


def test_a_pamphlet_is_a_work_whatever_its_first_word(nlp: Any) -> None:
    """(1) Is "the Junius Pamphlet" a work, though "Junius" is a first name?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    text = "In her cell she wrote the Junius Pamphlet, a fierce attack on the war, which was printed in 1916."
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert index.kinds.get("Junius Pamphlet") is AnswerKind.WORK


def test_the_texts_own_heading_names_the_main_subject(nlp: Any) -> None:
    """(3) When the teacher's title names only a surname shared by a husband and wife, does the text's opening
    heading ("The Assassination of President William McKinley") make him the main subject, so that "he" is
    him?"""
    text = ("The Assassination of President William McKinley\n\n"
            "William McKinley was elected President of the United States in 1896. Ida McKinley was often ill."
            " Ida McKinley travelled to Buffalo with the President in 1901. Ida McKinley stayed at the Milburn"
            " house in Buffalo. Ida McKinley returned to Canton in October 1901.\n\n"
            "He was shot at the Temple of Music in Buffalo on 6 September 1901.")
    bank = derive_bank(text, title="McKinley Assassination", source="m.txt")
    shot = [q.prompt for q in bank.questions if q.source_sentence.startswith("He was shot")]
    assert shot and all("William McKinley" in p for p in shot), shot


def test_a_pronoun_before_a_man_gives_him_no_gender(nlp: Any) -> None:
    """(3) "She was struck by a soldier named Otto Runge as she was led out": are her pronouns not his gender?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.references import person_genders

    text = ("Rosa Luxemburg was arrested in Berlin in 1919. She was struck on the head by a soldier named Otto Runge"
            " as she was led out of the hotel, and an officer shot her dead in the car that took her away.")
    sentences, parses = _parsed(text)
    index = build_index(sentences, parses, hint="Rosa Luxemburg")
    assert person_genders(sentences, parses, index).get("Otto Runge") != "f"


def test_a_her_about_someone_else_does_not_keep_options_to_women() -> None:
    """(4) "Her closest friend was ____" says nothing of the answer's gender; "his wife ____" and "____ said she"
    do."""
    from quizapp.bank.questions.options import tells_gender

    assert not tells_gender("Her closest friend in these years was ____, the leader of the socialist movement.")
    assert tells_gender("In 1838 he married his wife ____ in New York.")
    assert tells_gender("____, a free black woman, helped him escape.")
    assert tells_gender("In 1901 ____ said she had no part in the plot.")


def _references(text: str, title: str) -> dict[int, Any]:
    from quizapp.bank.derive import main_person, naming_title
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.references import person_genders, resolve
    from quizapp.bank.nlp.parse import parse_sentences

    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    parses = parse_sentences([s.text for s in sentences])
    hint = naming_title(paragraphs, title)
    index = build_index(sentences, parses, hint=hint)
    return resolve(sentences, parses, paragraphs, index, main_person(index, sentences, hint),
                   person_genders(sentences, parses, index))


def test_an_object_pronoun_in_a_chain_keeps_she_to_the_subject(nlp: Any) -> None:
    """(3) Does "which led her to" after "she" keep to the one woman named, so the next "she" is still hers?"""
    ada = ("Ada Lovelace met John Hobhouse at Court in 1834. At their meeting Ada Lovelace made it clear to Hobhouse"
           " that she did not like him, which led her to dislike all of his friends. This first impression did not"
           " last. On 8 July 1835, she married William King in London.")
    last = _references(ada, "Ada Lovelace")[3]
    assert last.key == "Ada Lovelace", last


def _inside(sentence: str, name: str) -> bool:
    """Would a blank over ``name`` (its first occurrence) fall inside a longer name?"""
    from quizapp.bank.questions.prompts import inside_name

    start = sentence.index(name)
    return inside_name(sentence, start, start + len(name))


def test_an_office_or_a_nationality_before_a_name_is_no_part_of_it() -> None:
    """(7) Are "the Speaker of the ____", "the French ____ infantry" and "the Reconstruction-era ____" blanks
    outside a name, while "the Duke of ____" and "Santo ____" stay inside one?"""
    assert not _inside("Lalor was later elected as Speaker of the Legislative Assembly of Victoria.",
                     "Legislative Assembly of Victoria")
    assert not _inside("Napoleon committed the senior battalions of the French Imperial Guard infantry.",
                     "Imperial Guard")
    assert not _inside("He served as president of the Reconstruction-era Freedman's Savings Bank.",
                     "Freedman's Savings Bank")
    assert _inside("The army was led by the Duke of Wellington.", "Wellington")
    assert _inside("The French took Santo Domingo in 1795.", "Domingo")


def _indexed(text: str, hint: str = "") -> tuple[Any, list[Any]]:
    """The entity index and the sentences of a short text."""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    sentences = sentences_of(split_paragraphs(clean_text(text)))
    return build_index(sentences, parse_sentences([s.text for s in sentences]), hint=hint), sentences


def test_works_need_a_cue_and_treaties_compete_with_treaties(nlp: Any) -> None:
    """(1) Is a title found by its apposition ("The Columbian Orator, an anthology"; "her most important work,
    The Accumulation of Capital") a work, a name the model alone calls a work of art no work, "Treaty of
    Nerchinsk" no variant of "Treaty of Kyakhta", and is a river offered rivers, never a continent?"""
    from quizapp.bank.mentions.places import place_grain
    from quizapp.bank.questions.options import variant_of

    assert _titles("Douglass credited The Columbian Orator, an anthology that he found, with his views.") == [
        "The Columbian Orator"]
    assert _titles("Out of her lectures grew her most important work, The Accumulation of Capital, in 1913.") == [
        "The Accumulation of Capital"]
    assert _titles("He met Douglass, a book lover, in 1841.") == []
    assert not variant_of("Treaty of Nerchinsk", "Treaty of Kyakhta")
    assert variant_of("King Charles", "Charles VII")
    assert place_grain("Delaware River") == place_grain("Lake Geneva") == "water" != place_grain("Europe")
    text = ("Most historians blame French Grand Chamberlain Georges de la Trémoille for the political blunders that"
            " followed the coronation.")
    index, _ = _indexed(text)
    assert index.kinds.get("French Grand Chamberlain Georges de la Trémoille") is not AnswerKind.WORK


def test_units_speeches_and_estimates(nlp: Any) -> None:
    """(1, 6) Is a numbered unit ("105th Ligne") an organisation, a quoted title after "author of" and a
    "Speech" a work, and is "____ and others estimate" trivia however often the historian is named?"""
    from quizapp.bank.mentions.kinds import DOCUMENT_SHAPE
    from quizapp.bank.mentions.titles import title_spans

    text = 'He admired David Strauss, author of "The Life of Jesus", and Ludwig Feuerbach.'
    assert [text[a:b] for a, b in title_spans(text)] == ["The Life of Jesus"]
    assert DOCUMENT_SHAPE.search("London Reception Speech")
    from quizapp.bank.questions.trivia import ESTIMATE

    text = "From the centre leftwards, the Royal Dragoons destroyed Bourgeois' brigade, capturing the eagle of the 105th Ligne."
    index, _ = _indexed(text)
    assert index.kinds.get("105th Ligne") in (AnswerKind.ORG, None)
    assert ESTIMATE.match(" and others estimate the actual strength at around 2,000")


def test_a_people_is_no_person_and_others_tell_the_kind(nlp: Any) -> None:
    """(1, 2) Is "Jurchen", met beside "the Jurchens", a people (no person, no short form of "Jurchen Jin"), and
    does "Sun Yat-sen and other revolutionaries" make a person?"""
    text = ("The Jurchens lived north of the Great Wall in 1600. Nurhaci united the Jurchen tribes in 1616."
            " The Jurchens took the name Manchu in 1635. The twelfth-century Jurchen Jin dynasty ruled northern"
            " China. A Jurchen chieftain met the Ming envoy in 1608. The Jurchens paid tribute to the Ming."
            " Sun Yat-sen and other revolutionaries competed with Kang Youwei to transform the Qing Empire.")
    index, _ = _indexed(text)
    assert index.kinds.get("Jurchen") is None
    assert not [m for ms in index.by_sentence.values() for m in ms if m.text == "Jurchen" and m.key == "Jurchen Jin"]
    assert index.kinds.get("Sun Yat-sen") in (AnswerKind.PERSON, None)


def test_a_long_sentence_is_asked_of_its_first_clause(nlp: Any) -> None:
    """(3) Is a sentence of more than sixty words asked of its first whole clause, ended with a full stop?"""
    text = ("Throughout the summer of 1854, the Reform League sought to negotiate with Commissioner Robert Rede and"
            " the Governor of Victoria, Sir Charles Hotham, both on the specific matters relating to the burning of"
            " the hotel and the arrests of the miners, and the delegates were received politely but were told that"
            " nothing could be done until the trials had been held, and the diggers, who had waited for weeks in"
            " the rain, grew angry at the news and began to drill with arms at Bakery Hill in the evenings."
            " Robert Rede was the commissioner at Ballarat. Robert Rede ordered a licence hunt in 1854."
            " John Humffray led the Reform League in 1854. John Humffray met Robert Rede in 1854."
            " Peter Lalor led the miners at Ballarat in 1854. Peter Lalor met Charles Hotham in 1855."
            " Charles Hotham was the governor of Victoria in 1854. Henry Seekamp edited the Ballarat Times.")
    bank = derive_bank(text, title="The Eureka Rebellion", source="e.txt")
    first = [q.prompt for q in bank.questions if q.source_sentence.startswith("Throughout")]
    assert first, [q.prompt for q in bank.questions]
    assert all(p.endswith(("Bentley.", "miners.", "?")) for p in first), first


def test_options_come_from_the_answers_era(nlp: Any) -> None:
    """(1) Is a modern historian never offered beside medieval kings when the text names enough of their era?"""
    text = ("Charles VI ruled France in 1400. Henry V invaded France in 1415. Henry V won at Agincourt in 1415."
            " John the Fearless was murdered in 1419. Philip the Good signed the treaty in 1420."
            " Charles VII was crowned at Reims in 1429. Henry VI was crowned in Paris in 1431."
            " John of Lancaster governed Normandy in 1425. Charles VII entered Paris in 1437."
            " Philip the Good made peace at Arras in 1435. Charles VI died in Paris in 1422.\n\n"
            "John Keegan ruled the debate on France in 1999. John Keegan was crowned with a prize in Paris in 1999."
            " John Keegan entered the academy in 2001.")
    _assert_never_offered_to_others(text, "The Hundred Years' War", "John Keegan")


def _key_of(text: str, title: str, needle: str) -> str | None:
    """Whom the bank takes the first pronoun of the sentence holding ``needle`` to mean, as it resolves them (the
    main subject's other names included); a prompt may show that pronoun as written, after the sentence before."""
    from quizapp.bank.derive import hero_aliases, main_person, naming_title
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.references import person_genders, resolve
    from quizapp.bank.nlp.parse import parse_sentences

    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    parses = parse_sentences([s.text if s.narrative else "" for s in sentences])
    named = naming_title(paragraphs, title)
    index = build_index(sentences, parses, hint=named)
    hero = main_person(index, sentences, named)
    refs = resolve(sentences, parses, paragraphs, index, hero, person_genders(sentences, parses, index, hero),
                   hero_aliases(hero, index, sentences))
    where = next(s.index for s in sentences if needle in s.text)
    return refs[where].key if where in refs else None


def _bank_of(text: str) -> QuestionBank:
    """The bank of a short text whose first line is its title."""
    return derive_bank(text, title=text.split("\n", 1)[0], source="text.txt")


def _index_of(text: str, hint: str = "") -> tuple[list[Any], Any]:
    """The sentences and the entity index of a short text, as the bank builds them."""
    from quizapp.bank.mentions.index import build_index  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    sentences = sentences_of(split_paragraphs(clean_text(text)))
    return sentences, build_index(sentences, parse_sentences([s.text for s in sentences]), hint=hint)


def _titles(text: str) -> list[str]:
    """The titles of works a sentence holds, by rule."""
    from quizapp.bank.mentions.titles import title_spans  # noqa: PLC0415

    return [text[a:b] for a, b in title_spans(text)]


def _prompts(text: str) -> list[str]:
    """Every prompt of the bank of a short text whose first line is its title."""
    return [q.prompt for q in _bank_of(text).questions]


def _as_story(corpus: dict[str, Any], name: str, heading: str) -> QuestionBank:
    """The bank of a corpus text whose section ``heading`` (on what came of the story, so asked of its first few
    sentences only) is headed as part of the story: a rule about one of its later sentences is tested there."""
    from tests.bank.conftest import title_of  # noqa: PLC0415

    text = corpus[name].text.replace(f"\n{heading}\n", "\nEvents\n")
    assert text != corpus[name].text, heading
    return derive_bank(text, title=title_of(name), source=f"{name}.txt")


def _assert_never_offered_to_others(text: str, title: str, name: str) -> None:
    """Does the text's bank ask about other people, and never offer ``name`` among their options?"""
    bank = derive_bank(text, title=title, source="t.txt")
    others = [q for q in bank.questions if q.answer_kind is AnswerKind.PERSON and q.answer != name]
    assert others
    assert not [q.prompt for q in others if name in q.distractors]


def test_a_first_name_or_a_word_inside_another_gives_nothing_away() -> None:
    """(8) Is "William Jennings Bryan" still askable where "William McKinley" stands in the prompt, and is "Ross"
    not seen inside "Southern Cross"?"""
    from quizapp.bank.questions.candidates import _telling, visible

    assert not visible(_telling("William Jennings Bryan", AnswerKind.PERSON),
                       "William McKinley won the election of 1896 against ____.")
    assert not visible(_telling("Henry Ross", AnswerKind.PERSON),
                       "The flag, designed by a miner, ____, and bearing the Southern Cross, was flown.")
    assert visible(_telling("James Bentley", AnswerKind.PERSON), "Scobie was murdered at Bentley's hotel by ____.")


def test_a_thing_with_an_article_is_no_person_nor_the_main_subject(nlp: Any) -> None:
    """(1, 4) Is "the Eureka Flag" no person, and does a title that only shares a first word with a name ("Eureka
    Lead") give the text no main subject?"""
    from quizapp.bank.derive import main_person

    text = ("It culminated in the Battle of the Eureka Stockade, which was fought between miners and the colonial"
            " forces of Australia on 3 December 1854 at Eureka Lead and named for the stockade structure built by"
            " miners during the conflict. Given documentary evidence and its elevation, this was likely to be the"
            " site where speeches were made and the Eureka Flag was symbolically hoisted for the first time. The"
            " white and blue Eureka Flag, said to be designed by a Canadian miner, Captain Henry Ross, and bearing"
            " nothing but the Southern Cross, was then flown for the first occasion. From time to time one group"
            " or another calls for the existing Australian flag to be replaced by the Eureka Flag.")
    index, sentences = _indexed(text, "Eureka Rebellion")
    assert index.kinds.get("Eureka Flag") is not AnswerKind.PERSON
    assert main_person(index, sentences, "Eureka Rebellion") is None
    from quizapp.bank.derive import _titled

    assert _titled("Napoleon Bonaparte", {"life", "napoleon"})  # a first name in the title still names him


def test_a_possessor_is_further_from_the_verb_and_newspapers_may_stand_beside_books(nlp: Any) -> None:
    """(5) Is the murdered man nearer the sentence's point than the hotel's owner ("at Bentley's Eureka Hotel"),
    and may a newspaper complete a book's options?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.options import _kin
    from quizapp.bank.questions.prompts import frame

    text = "On 7 October 1854, Scottish miner James Scobie was murdered at Bentley's Eureka Hotel."
    s = sentences_of(split_paragraphs(clean_text(text)))[0]
    fr = frame(s, None, None, parse_sentences([s.text])[0])
    assert fr is not None
    victim, owner = text.index("James Scobie"), text.index("Bentley")
    assert fr.focus(victim, victim + 12) > fr.focus(owner, owner + 7)
    assert _kin(AnswerKind.WORK, AnswerKind.ORG, "Ballarat Times")
    assert not _kin(AnswerKind.WORK, AnswerKind.ORG, "Reform League")


def test_the_subject_under_her_birth_name_and_objects_of_their_own_subject(nlp: Any) -> None:
    """(4, 3, 7) Is "Ada Byron" (née Byron) never an answer in a life of Ada Lovelace, is "him" after "Bouille
    prepared everything to receive" not Bouille himself, and is "Two Invalides" no place?"""
    from quizapp.bank.questions.candidates import _COUNT_BEFORE

    text = ("Augusta Ada King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852) was an English"
            " mathematician. Ada Lovelace studied mathematics with Mary Somerville in 1832. Ada Byron had an affair"
            " with a tutor in early 1833. Ada Lovelace met Charles Babbage in June 1833. Ada Lovelace married"
            " William King in 1835. Ada Lovelace wrote her notes in 1843. Charles Babbage designed the engine in"
            " 1837. Mary Somerville wrote a book in 1834. Augusta Leigh was Byron's half-sister. Lady Byron raised"
            " her daughter in London. Ada Byron went to London in 1833.")
    bank = derive_bank(text, title="Ada Lovelace", source="a.txt")
    assert not [q.prompt for q in bank.questions if "Ada Byron" in (q.answer, *q.distractors)]
    refs = _references("Louis XVI fled Paris in June 1791. General Bouille commanded the army at Metz in 1790."
                       " Bouille prepared everything to receive him.", "Flight")
    assert 2 in refs and refs[2].key != "Bouille"  # unclear, so the sentence is asked with its context, or not
    assert _COUNT_BEFORE.search("Two ") and not _COUNT_BEFORE.search("In 1903 ")


def test_the_end_of_a_works_title_is_no_blank() -> None:
    """(7) Is "A Symposium on ____" inside a title, while "relied on ____" is not?"""
    assert _inside("The notes were reprinted in Faster than Thought: A Symposium on Digital Computing Machines in"
                   " 1953.", "Digital Computing Machines")
    assert not _inside("Wellington relied on Blücher for support in 1815.", "Blücher")


def test_a_makers_name_before_a_thing_is_no_person_to_ask(nlp: Any) -> None:
    """(1) Is "a small Iver Johnson revolver" never asked as a person?"""
    text = ("On 2 September 1901 Leon Czolgosz bought a small Iver Johnson revolver for $4.50. Leon Czolgosz shot"
            " William McKinley in Buffalo in 1901. Iver Johnson made guns in Massachusetts in 1871. Emma Goldman"
            " spoke in Cleveland in 1901. Theodore Roosevelt became President in 1901. Ansley Wilcox lived in"
            " Buffalo in 1901. John Milburn hosted William McKinley in 1901.")
    bank = derive_bank(text, title="McKinley", source="m.txt")
    assert not [q.prompt for q in bank.questions if "revolver" in q.prompt and q.answer == "Iver Johnson"]


def test_states_counties_and_buildings_compete_with_their_own_kind() -> None:
    """(1) Is "Governor of ____" (Ohio) offered other states, never towns; a county other counties; and are a
    temple, a stockade, a hill and a manor sites, not towns?"""
    from quizapp.bank.mentions.lexicons import similar_places, us_state
    from quizapp.bank.mentions.places import place_grain
    from quizapp.bank.questions.options import _grain

    assert _grain("Ohio") == _grain("Michigan") == "state" != _grain("Canton")
    assert not us_state("New York") and not us_state("Georgia")
    assert set(similar_places("Ohio")) & {"California", "Texas", "Illinois"}
    assert place_grain("Talbot County") == "county" and all(p.endswith("County") for p in similar_places("Talbot County"))
    assert place_grain("Temple of Music") == "site"
    assert place_grain("Eureka Stockade") == place_grain("Bakery Hill") == place_grain("Worthy Manor") == "site"
    assert place_grain("Ballarat") == "local"  # a stockade or a hill is never offered among towns


def test_an_article_or_a_longer_name_gives_no_blank_away(nlp: Any) -> None:
    """(7, 6) Does "an ____ conference" become "a(n) ____" (the article would tell a vowel), and are "the 1/____
    square" and "the ____ of the Netherlands" inside names?"""
    text = ("In 1892, at an African Methodist conference convened by Bishop Henry Turner, Douglass spoke in Boston."
            " Henry Turner led the African Methodist church in 1880. Douglass spoke in New York in 1850."
            " Douglass met the American Colonization Society in 1851. The Liberty Party met in Buffalo in 1848."
            " The Republican Party met in Chicago in 1860. The Free Soil Party met in Buffalo in 1848.")
    bank = derive_bank(text, title="Douglass", source="d.txt")
    assert not [q.prompt for q in bank.questions if re.search(r"\ban ____", q.prompt)]
    assert _inside("A French battery advanced to the 1/2nd Nassau square.", "2nd Nassau")
    assert _inside("The battle was fought in the United Kingdom of the Netherlands.", "United Kingdom")


def test_numbered_units_reflexives_titles_and_spelled_hundreds(nlp: Any) -> None:
    """(1, 7, 8) Is "45e Ligne" a unit, never blanked after its number; is a man who "declared himself khan" a
    person whatever the model's label; is "Vice Presidential" no one's name; and is "One hundred and twenty"
    one amount, not "One hundred and ____"?"""
    from quizapp.bank.questions.prompts import inside_name

    text = ("The leading French 45e Ligne burst through the hedge cheering. The 42nd Black Watch halted at the hedge."
            " In 1616 Nurhaci declared himself the Bright Khan of the Later Jin."
            " Victoria Woodhull chose him as her Vice Presidential nominee, and the presidential campaign failed.")
    index, _ = _indexed(text)
    assert index.kinds.get("Ligne") in (AnswerKind.ORG, None)
    assert index.kinds.get("Nurhaci") is AnswerKind.PERSON
    assert "Vice Presidential" not in index.kinds
    sentence = "The 42nd Black Watch halted at the hedge."
    assert inside_name(sentence, sentence.index("Black"), sentence.index(" halted"))
    text = "One hundred and twenty diggers were marched off to the Government camp."
    assert [a.text for a in find_amounts(text, [])] == ["One hundred and twenty"]
    assert [a.value for a in find_amounts("He led a thousand men across the river.", [])] == [1000]


def test_she_stays_the_subjects_unless_a_father_or_an_owner_takes_over(nlp: Any) -> None:
    """(3) Does a subject "she" still mean the main subject after a sentence naming another woman only in passing,
    does "Serge's father fled. He ..." leave "he" to the father, never to Serge, while "Her father, Paul Duval, was
    ... He" is Paul Duval's, and is "his" inside "Monsieur, who ..." never given to someone else?"""
    rosa = ("Rosa Luxemburg was born in Zamosc in 1871. In 1914 she opposed the war from the start."
            " Together with Clara Zetkin, the historian Franz Mehring and a few others, they formed a group that"
            " later took the name Spartacus League. She spent most of the war behind bars in Breslau.")
    assert _references(rosa, "Rosa Luxemburg")[3].key == "Rosa Luxemburg"
    serge = ("Victor Serge was born in Brussels in 1890. In 1896 he moved with his parents to Ixelles."
             " After the arrest of Nikolai Kibalchich in 1881, Serge's father fled the country."
             " He eventually found work as a teacher at the Institute of Anatomy in Brussels.")
    assert _references(serge, "Victor Serge")[3].key is None
    marie = ("Marie Duval was born in Lyon in 1850. Her father, Paul Duval, was a printer in Lyon."
             " He died in Lyon in 1883.")
    assert _references(marie, "Marie Duval")[2].key == "Paul Duval"  # a named father is no unknown man
    louis = ("Louis XVI was arrested at Varennes in 1791. Monsieur, who had fled at the same time as his brother,"
             " arrived alone at Brussels in 1791.")
    refs = _references(louis, "Louis XVI")
    assert 1 not in refs or refs[1].key is None  # Monsieur's brother, not Louis XVI's (the sentence says whose)


def test_writers_about_the_story_are_no_options_for_its_people(nlp: Any) -> None:
    """(1, 6) Is a historian the text names only as writing about its story ("the historian Jonathan Spence
    writes") never offered among the story's emperors, even with no date to tell his era?"""
    text = ("Li Hongzhang commanded the Huai Army against the Taiping rebels. Li Hongzhang signed the treaty with"
            " Japan. Zeng Guofan raised the Xiang Army in Hunan. Zeng Guofan captured Nanjing from the rebels."
            " Zuo Zongtang reconquered Xinjiang for the empire. Zuo Zongtang founded the Fuzhou arsenal."
            " Prince Gong negotiated with the British envoys. Prince Gong founded the foreign office in Beijing."
            " The historian Jonathan Spence writes that the empire was strong. According to the historian Jonathan"
            " Spence, corruption grew in the provinces. Jonathan Spence argues that the decline began early.")
    _assert_never_offered_to_others(text, "The Qing dynasty", "Jonathan Spence")


def test_a_first_name_a_new_reign_name_and_a_peoples_branch(nlp: Any) -> None:
    """(1, 2, 7) Is "Christian" the first name of "Christian Friedrich Wilhelm von Ompteda", not a faction cut off
    before a blank; is "Prince Yong, became the Yongzheng Emperor" one man, never each other's option; and is
    "the Khorchin Mongol" (beside "the Khorchins") a people, no person?"""
    index, _ = _indexed("Their Colonel, Christian Friedrich Wilhelm von Ompteda obeyed and led the battalion."
                        " Christian Friedrich Wilhelm von Ompteda was killed by the cuirassiers.")
    assert index.kinds.get("Christian Friedrich Wilhelm von Ompteda") is AnswerKind.PERSON
    index, _ = _indexed("The Kangxi Emperor died in 1722. His fourth son, Prince Yong, became the Yongzheng Emperor."
                        " The Yongzheng Emperor reformed the land tax.")
    assert "Prince Yong" in index.same_as.get("Yongzheng Emperor", set())
    index, _ = _indexed("Nurhaci moved his court to Liaodong. It brought him close to the Khorchin Mongol domains."
                        " Nurhaci sought the friendship of the Khorchins. The Khorchins were good archers."
                        " Furthermore, the Khorchin proved a useful ally in the war against the Ming.")
    assert index.kinds.get("Khorchin Mongol") is not AnswerKind.PERSON


def test_what_the_title_names_is_no_answer(nlp: Any) -> None:
    """(4, 6) In a text called "Battle of Hastings", is "Hastings" never a blank or an option (each question on
    it gives itself away), while the other places still are?"""
    text = ("The Battle of Hastings was fought near Hastings in 1066. Harold marched from York to London."
            " William landed at Pevensey and moved to Hastings. Harold left London for Hastings in October."
            " The English army camped near Hastings on a ridge. Harold was killed at Hastings. William was"
            " crowned in London at Westminster Abbey. Later William marched to York and then to Durham. William"
            " built castles at Dover, at Durham and at Norwich.")
    bank = derive_bank(text, title="Battle of Hastings", source="t.txt")
    places = [q for q in bank.questions if q.answer_kind is AnswerKind.PLACE]
    assert places
    assert not [q.prompt for q in places if "Hastings" in (q.answer, *q.distractors)]


def test_distances_sizes_and_hours_are_no_amounts_to_ask() -> None:
    """(6) Are "about 12 miles away", "to 15 acres", "21 rooms" and "less than 24 hours" left out as trivia, while
    "11,000 copies", "five hundred pounds" and "276 soldiers" are still asked?"""
    trivia = ["His mother lived on a plantation about 12 miles away from him.",
              "Douglass expanded the property to 15 acres in the following year.",
              "They expanded the house from 14 to 21 rooms and added a closet.",
              "His entire journey to freedom took less than 24 hours in the end."]
    for sentence in trivia:
        assert not find_amounts(sentence, []), sentence
    kept = {"The book was reprinted with 11,000 copies circulating in the country.": "11,000",
            "English supporters gave Douglass five hundred pounds to use as he chose.": "five hundred",
            "A party of 276 soldiers and police approached the stockade.": "276"}
    for sentence, amount in kept.items():
        assert [a.text for a in find_amounts(sentence, [])] == [amount], sentence


def test_a_regiment_is_offered_regiments_and_a_party_parties(nlp: Any) -> None:
    """(1) Where the text names enough bodies of the answer's sort, are a regiment's options regiments, never a
    bank or a party, and a party's options parties?"""
    from quizapp.bank.questions.options import org_grain

    assert [org_grain(n) for n in ("45th Ligne", "Union Brigade", "Imperial Guard", "Left Opposition",
                                   "Institute of Anatomy", "Société Générale Bank", "Qing Empire")] == [
        "armed", "armed", "armed", "party", "school", "trade", "realm"]
    text = ("The Union Brigade charged the French line at noon. The Imperial Guard attacked in the evening."
            " The 42nd Regiment held the ridge. The Black Watch Regiment fought near the farm. The Scots Guards"
            " defended the château. The Union Brigade lost many horses. The Imperial Guard retreated at dusk."
            " The 42nd Regiment and the Scots Guards were praised. The Black Watch Regiment was rebuilt."
            " The Coldstream Guards held the gate. The 95th Rifles skirmished in the wood. The Coldstream Guards"
            " lost their colonel. The 95th Rifles were the last to leave the field."
            " The Bank of England paid for the war. The Liberal Party opposed the war. The Labour Party met in"
            " London. The Bank of England raised its rate. The Liberal Party won the election. The Labour Party"
            " lost its seats. The Royal Academy held an exhibition. The Royal Academy praised the painters.")
    bank = derive_bank(text, title="The war of 1815", source="t.txt")
    armed = [q for q in bank.questions if q.answer_kind is AnswerKind.ORG and org_grain(q.answer) == "armed"]
    assert armed
    assert not [q.prompt for q in armed if any(org_grain(d) != "armed" for d in q.distractors)]


def test_a_range_of_years_is_no_date_answer(nlp: Any) -> None:
    """(8) Is "constructed 1849–1850" or "from 1850–64" never blanked as a whole and answered with its start?"""
    text = ("The station was constructed 1849–1850 by the railroad. The Taiping Rebellion lasted from 1850–64 in"
            " the south. The company opened a new line in 1852. The rebels took Nanjing in 1853.")
    bank = derive_bank(text, title="Railways", source="t.txt")
    dates = [q for q in bank.questions if q.answer_kind is AnswerKind.DATE]
    assert dates
    assert not [q.prompt for q in dates if q.answer in ("1849", "1850")]


def test_a_thing_with_a_letter_is_no_place(nlp: Any) -> None:
    """(1) Is "Note G" (beside London, Paris) never a place?"""
    index, _ = _indexed("The notes are three times longer than the article and include (in Note G) a method for"
                        " calculating Bernoulli numbers. Note G also contains her dismissal of artificial"
                        " intelligence. She lived in London and visited Paris.")
    assert index.kinds.get("Note G") is not AnswerKind.PLACE


def test_a_wife_is_offered_women_only(nlp: Any) -> None:
    """(1) Where the prompt tells a woman ("he married ____", "his wife ____", "daughters, ____"), are her options
    women the text shows to be women, never a man of unknown gender, and does a title in a name tell its
    gender ("Empress Dowager Cixi")?"""
    from quizapp.bank.questions.options import tells_gender

    assert tells_gender("A few years later he married ____.")
    assert tells_gender("Their two daughters, ____ and Ida, died young.")
    text = ("Toussaint was freed around 1776. A few years later he married Suzanne Baptiste. Suzanne Baptiste"
            " bore him two sons. Étienne Laveaux made Toussaint a general. Étienne Laveaux sailed to France."
            " Dutty Boukman led the ceremony. Dutty Boukman was killed in 1791. Léger Sonthonax freed the slaves."
            " Léger Sonthonax left the colony. Cécile Fatiman was a priestess. Cécile Fatiman spoke at the ceremony."
            " Marie Coidavid was a queen of Haiti. Marie Coidavid fled to Italy. Claire Heureuse"
            " married Dessalines. Claire Heureuse cared for the wounded.")
    _assert_only_women(text, "Toussaint Louverture", "Suzanne Baptiste",
                       {"Étienne Laveaux", "Dutty Boukman", "Léger Sonthonax"})
    from quizapp.bank.mentions.references import person_genders

    index, sentences = _indexed("Empress Dowager Cixi ruled from Beijing. Empress Dowager Cixi distrusted the"
                                " reformers. Kang Youwei fled to Japan.")
    from quizapp.bank.nlp.parse import parse_sentences

    genders = person_genders(sentences, parse_sentences([s.text for s in sentences]), index)
    assert genders.get("Empress Dowager Cixi") == "f"


def test_a_town_as_a_modifier_is_no_blank(nlp: Any) -> None:
    """(7) Is a town used as a modifier ("a Canton banker", "the Buffalo home of his friend") never blanked, so that
    no prompt reads "a(n) ____ banker", while "the Mont-Saint-Jean ridge" still may be?"""
    text = ("In 1871 McKinley married Ida Saxton, the daughter of a Canton banker. Roosevelt took the oath in the"
            " Buffalo home of his friend Ansley Wilcox. As a boy McKinley was born and raised in the town of Niles."
            " For many years McKinley lived with his wife in Canton. In September McKinley was shot by an anarchist"
            " in Buffalo. As a young man McKinley studied law for a year in Albany. Theodore Roosevelt came from"
            " an old family of New York.")
    bank = derive_bank(text, title="William McKinley", source="t.txt")
    assert [q for q in bank.questions if q.answer_kind is AnswerKind.PLACE]
    assert not [q.prompt for q in bank.questions if re.search(r"____ (?:banker|home)\b", q.prompt)]


def test_a_linking_word_is_dropped_from_a_prompt_that_stands_alone(nlp: Any) -> None:
    """(7) Does a prompt drop its opening "However," or "But" (which point at a sentence the student does not see),
    and keep the rest as it is?"""
    text = ("However, Victor Serge continued to write until dying in Mexico City on 17 November 1947. But the"
            " police arrested Raymond Callemin in Paris on 7 April 1912. Serge lived in Paris, Brussels and Lyon."
            " Serge moved to Barcelona in 1917 and to Petrograd in 1919.")
    bank = derive_bank(text, title="Victor Serge", source="t.txt")
    first_two = [q for q in bank.questions if "Mexico" in q.source_sentence or "Callemin" in q.source_sentence]
    assert first_two
    assert not [q.prompt for q in first_two if re.match(r"(?:However|But)\b", q.prompt)]


def test_the_presidents_bedside_is_never_another_mans(nlp: Any) -> None:
    """(3) Where the text calls its main subject "President William McKinley", does "the President's condition
    became hopeless, and his wife was brought to his bedside" keep "his" for the President, never the last man
    named (Theodore Roosevelt)?"""
    text = ("The Assassination of President William McKinley\n\n"
            "William McKinley was shot in Buffalo in 1901. Vice President Theodore Roosevelt hurried to Buffalo to"
            " see him. Theodore Roosevelt was so reassured that he left to join his family in the mountains."
            " On 13 September 1901 the President's condition became hopeless, and Ida McKinley was brought to his"
            " bedside.")
    refs = _references(text, "William McKinley")
    assert all(r.key != "Theodore Roosevelt" for i, r in refs.items() if i >= 3)


def test_wrong_dates_keep_to_the_prompts_bounds_and_are_never_true_elsewhere(nlp: Any) -> None:
    """(7) Does "Between ____ and 1843" never offer 1843 or later, and is a day the text dates another event on
    (1 November, beside 11 November) never a wrong option?"""
    from quizapp.bank.questions.candidates import _within

    assert not _within("1844", "Between ____ and 1843, she translated the article.")
    assert _within("1840", "Between ____ and 1843, she translated the article.")
    assert not _within("1839", "He lived in London from 1840 to ____.")
    text = ("On 1 November 1854, 10,000 miners met at Bakery Hill to protest. On 11 November 1854, a crowd of more"
            " than 10,000 miners gathered at Bakery Hill again. On 4 November 1854 the governor sent troops to"
            " the town. On 8 November 1854 the League was formed. On 14 November 1854 the League met the governor.")
    bank = derive_bank(text, title="Eureka Rebellion", source="t.txt")
    days = {"1854-11-01", "1854-11-11", "1854-11-04", "1854-11-08", "1854-11-14"}
    dates = [q for q in bank.questions if q.answer_kind is AnswerKind.DATE]
    assert dates
    assert not [q.prompt for q in dates if days & set(q.distractors)]


def test_an_emphatic_himself_is_dropped_and_options_share_the_answers_form(nlp: Any, corpus: Any) -> None:
    """(7, 1) Does "Leclerc himself died" lose its "himself" (which points at a sentence the student does not
    see), and is a full name offered full names before a bare surname?"""
    text = ("Charles Leclerc led the French expedition to the colony in 1802. Leclerc himself died of yellow fever in"
            " November 1802. Donatien Rochambeau took command after him. Jean-Jacques Dessalines defeated"
            " Rochambeau in 1803. André Rigaud fought Toussaint in the south. Henri Christophe burned the town."
            " Alexandre Pétion joined Dessalines. Biassou fought for Spain. Jean-Jacques Dessalines declared"
            " independence in 1804. Henri Christophe became king of the north. Biassou left for Florida."
            " Biassou fought the French in the north. Biassou led the rebels in 1791. Jeannot fought the French in"
            " the north. Jeannot led the rebels in 1791. Jeannot was killed by Biassou.")
    bank = derive_bank(text, title="Toussaint Louverture", source="t.txt")
    died = [q for q in bank.questions if "yellow fever" in q.source_sentence]
    assert died
    assert not [q.prompt for q in died if "himself" in q.prompt]
    joan = corpus["wiki_joan_of_arc"].bank  # "Jacques" (her father, named once in full) among full names
    full = [q for q in joan.questions if q.answer_kind is AnswerKind.PERSON and " " in q.answer]
    assert full
    assert not [q.prompt for q in full if "Jacques" in q.distractors]


def test_a_relative_time_is_asked_with_the_sentence_it_counts_from(nlp: Any) -> None:
    """(7) Is "The following month, on 25th March, ..." asked with the sentence before it (which gives the month
    and year it counts from), or alone with its date in full ("On 25 March 1912, two more people ..."), never with
    "The following month" and no year?"""
    text = ("The gang murdered a police officer at the Place du Havre in Paris on 27th February, 1912. The following"
            " month, on 25th March, two more people were killed during an attack on a bank in Chantilly. Bonnot"
            " was killed in Choisy-le-Roi in April 1912. Garnier was killed in Nogent in May 1912.")
    bank = derive_bank(text, title="The Bonnot Gang", source="t.txt")
    following = [q for q in bank.questions if "The following month" in q.source_sentence]
    assert following
    assert all("27th February, 1912" in q.prompt or (
        "1912" in q.prompt or q.date == "1912-03-25") and "following month" not in q.prompt for q in following)


def test_an_organisation_as_a_modifier_is_no_blank(nlp: Any) -> None:
    """(7) Is an organisation used as a modifier ("Catholic Church doctrine", "other Reform League leaders") never
    blanked, while "the Imperial Guard infantry" (the body itself) still may be?"""
    text = ("The Catholic Church doctrine held that no one could be certain of grace. Several other Reform League"
            " leaders had been involved with the Chartist movement in England. In the evening, Napoleon committed"
            " the senior battalions of the French Imperial Guard infantry. The Reform League met at Bakery Hill."
            " The Catholic Church opposed the trial. The Imperial Guard retreated. The Old Guard held the square."
            " The Chartist Movement was strong in England. The Young Guard fought at Plancenoit in the evening."
            " The Union Brigade charged at noon. The King's German Legion held the farm until the evening. The"
            " Prussian IV Corps reached Plancenoit in the afternoon.")
    bank = derive_bank(text, title="Essays", source="t.txt")
    assert not [q.prompt for q in bank.questions if re.search(r"____ (?:doctrine|leaders)\b", q.prompt)]
    assert [q for q in bank.questions if "____ infantry" in q.prompt]


def test_a_places_adjective_gives_it_away_and_a_pointing_subject_needs_the_sentence_before(nlp: Any) -> None:
    """(6, 7) Is "the Irish Potato Famine ... in ____" never answered "Ireland", and is "In the wake of these
    external defeats, ____" or "the latter resembled ____" asked with the sentence before or not at all, never
    alone?"""
    text = ("Douglass traveled in Ireland as the Irish Potato Famine was beginning. Douglass spoke in London,"
            " Paris, Dublin and Cork in 1846. Douglass sailed from Liverpool to Boston in 1847.\n\n"
            "The Qing lost two wars against Britain and Japan in the nineteenth century. In the wake of these"
            " external defeats, the Guangxu Emperor started the Hundred Days' Reform in 1898. Kang Youwei advised the"
            " Guangxu Emperor in Beijing. Empress Dowager Cixi ended the reform in Beijing in 1898. Cixi ruled until"
            " 1908.\n\n"
            "Douglass compared the Back-to-Africa movement with the American Colonization Society, and the latter"
            " was his old enemy. Frederick Douglass thought the latter resembled the American Colonization"
            " Society which he had opposed in his youth.")
    bank = derive_bank(text, title="Essays", source="t.txt")
    assert not [q.prompt for q in bank.questions if q.answer == "Ireland" and "Irish" in q.prompt]
    alone = [q.prompt for q in bank.questions if re.match(r"(?:In the wake of these|Frederick Douglass thought the"
                                                          r" latter)", q.prompt)]
    assert not alone


def test_a_town_the_model_calls_a_person_and_a_blank_after_a_particle(corpus: Any) -> None:
    """(1, 7) Is "a camp at Montmedy" never a person question (the model's label against the text's "at"), and is
    no blank put after a name's particle ("the count de ____")?"""
    mignet = corpus["gutenberg_mignet_1791"].bank
    assert not [q.prompt for q in mignet.questions if "Montmedy" in {q.answer, *q.distractors}
                and q.answer_kind is AnswerKind.PERSON]
    assert [q for q in mignet.questions if q.answer == "Montmedy" and q.answer_kind is AnswerKind.PLACE]
    assert not [q.prompt for q in mignet.questions if re.search(r"\b(?:de|d'|von|van) ____", q.prompt)]
    assert inside_name("the count de Durfort returned", 14, 21)
    assert inside_name("the count d'Artois fled", 12, 18)
    assert not inside_name("the king fled to Varennes", 17, 25)


def test_an_object_it_or_them_with_nothing_before_it_needs_the_sentence_before(corpus: Any) -> None:
    """(7) Is "Austria engaged in it ...", "According to them, ...", "Danton and ____ harangued them" asked with the
    sentence that says what "it" and "them" are, or not at all?"""
    mignet = corpus["gutenberg_mignet_1791"].bank
    engaged = [q.prompt for q in mignet.questions if "engaged in it" in q.source_sentence]
    assert engaged
    assert all("coalition was soon formed" in p for p in engaged)
    assert not [q.prompt for q in mignet.questions if re.match(r"According to them|Danton and ____ harangued them",
                                                                q.prompt)]
    waterloo = corpus["wiki_battle_of_waterloo"].bank
    assert not [q.prompt for q in waterloo.questions if q.prompt.startswith(("Napoleon chose to attack them",
                                                                              "____ chose to attack them"))]


def test_a_place_is_never_offered_beside_a_place_it_lies_in(corpus: Any) -> None:
    """(1) Is "Victoria" never a wrong answer where Ballarat is right ("Ballarat, Victoria, Australia"), nor "New
    York" for Buffalo ("Buffalo, New York"), while places named in a list ("England, France, Ireland and Italy")
    still stand beside each other?"""
    eureka = corpus["wiki_eureka_rebellion"].bank
    ballarat = [q for q in eureka.questions if q.answer == "Ballarat"]
    assert ballarat
    assert not [q.prompt for q in ballarat if "Victoria" in q.distractors]
    mckinley = corpus["handout_mckinley_assassination"].bank
    assert not [q.prompt for q in mckinley.questions if q.answer == "Buffalo" and "New York" in q.distractors]
    douglass = corpus["wiki_frederick_douglass"].bank
    assert [q for q in douglass.questions if q.answer in ("England", "Ireland", "France")
            and {"England", "Ireland", "France", "Italy"} & set(q.distractors)]


def test_a_main_clause_pronoun_after_an_opening_phrase_looks_back(corpus: Any, serge_bank: QuestionBank) -> None:
    """(3) Is "In 1900 he defeated Bryan a second time, with Theodore Roosevelt as his running mate" asked of
    McKinley, never left with a bare "he" nor read as Roosevelt (only a pronoun inside the opening phrase looks
    ahead: "Despite holding his ground, ... Wellington")?"""
    mckinley = corpus["handout_mckinley_assassination"].bank
    second = [q.prompt for q in mckinley.questions if "a second time" in q.source_sentence]
    assert second
    assert not [p for p in second if "Roosevelt defeated" in p], second
    text = corpus["handout_mckinley_assassination"].text
    assert _key_of(text, "McKinley Assassination", "a second time") == "William McKinley"
    brussels = [q.prompt for q in serge_bank.questions if "became friends with a group of anarchists" in q.prompt]
    assert brussels
    assert all("Victor Serge became" in p or p.startswith("Victor Serge read") and "he became" in p
               for p in brussels), brussels


def test_this_event_and_then_are_asked_with_the_sentence_they_follow(corpus: Any) -> None:
    """(7) Is "At this meeting, the ____ was created", "apprised of this fatal event" or "Toussaint then turned on
    ____" asked with the sentence before it, without its "then" or not at all, while "this right", named earlier in
    its own sentence, needs nothing?"""
    toussaint = corpus["handout_toussaint_louverture"].bank
    turned = [q.prompt for q in toussaint.questions if "then turned on" in q.source_sentence]
    assert turned
    assert all("agreed to withdraw" in p or "then" not in p for p in turned), turned  # with the sentence before,
    # or without its "then"
    eureka = corpus["wiki_eureka_rebellion"].bank
    assert not [q.prompt for q in eureka.questions if q.prompt.startswith("At this meeting")]
    mignet = corpus["gutenberg_mignet_1791"].bank
    assert not [q.prompt for q in mignet.questions if "____, apprised of this fatal event" in q.prompt]
    assert [q for q in mignet.questions if "not to exercise this right" in q.prompt
            and q.prompt.startswith(q.source_sentence[:30])]


def test_a_historian_named_only_as_a_writer_is_neither_answer_nor_option(corpus: Any) -> None:
    """(6) Is a historian met only as "The historian Barbero states that", "Some historians, Barbero for example,
    believe", "Barbero and others estimate" never an answer, nor an option among the generals?"""
    waterloo = corpus["wiki_battle_of_waterloo"].bank
    assert not [q.prompt for q in waterloo.questions if {"Alessandro Barbero", "Barbero", "Chandler"}
                & {q.answer, *q.distractors}]
    joan = corpus["wiki_joan_of_arc"].bank  # "... is one reason ____ declares."
    assert not [q.prompt for q in joan.questions if re.search(r"____ (?:declares|asserts|contends)\b", q.prompt)]


def test_a_doctrine_or_an_event_is_no_body(corpus: Any) -> None:
    """(1) Is "Tibetan Buddhism" (a doctrine), "the Red Scare" or "the Triple Intervention" (events) never asked
    or offered as an organisation?"""
    names = {"Tibetan Buddhism", "Red Scare", "Triple Intervention"}
    for text in ("wiki_qing_dynasty", "handout_mckinley_assassination"):
        bank = corpus[text].bank
        assert not [q.prompt for q in bank.questions if names & {q.answer, *q.distractors}]


def test_a_word_of_a_countrys_name_is_no_country_and_a_bare_body_no_answer(corpus: Any) -> None:
    """(1) Are "South", "Soviet" or "Ottoman" (words of "South Africa", "Soviet Union", "Ottoman Empire") never
    taken for countries and offered beside them, and is a bare "Union", "League" or "Church" (which one, only the
    sentences around tell) never an answer?"""
    assert not any(is_country(w) for w in ("South", "Soviet", "Ottoman", "New", "United", "Empire"))
    assert is_country("Ottoman Empire") and is_country("South Africa")
    for text in ("gutenberg_mignet_1791", "wiki_frederick_douglass", "handout_mckinley_assassination"):
        bank = corpus[text].bank
        assert not [q.prompt for q in bank.questions if {"Ottoman", "Soviet"} & set(q.distractors)]
        assert not [q.prompt for q in bank.questions if is_country(q.answer) and "South" in q.distractors]
    for text in ("wiki_frederick_douglass", "wiki_eureka_rebellion", "wiki_joan_of_arc"):
        assert not [q.prompt for q in corpus[text].bank.questions if q.answer in ("Union", "League", "Church")]


def test_a_context_that_says_he_before_naming_anyone_is_no_context(corpus: Any) -> None:
    """(7) Is "On 26 September he was sentenced to death." never put before "He was executed ... on ____" as its
    context (who "he" is, the student cannot tell), while "After telling his story, Douglass was encouraged ..."
    still may be?"""
    mckinley = corpus["handout_mckinley_assassination"].bank
    assert not [q.prompt for q in mckinley.questions if q.prompt.startswith("On 26 September he was sentenced")
                and "executed" in q.prompt]
    douglass = corpus["wiki_frederick_douglass"].bank
    assert [q for q in douglass.questions if q.prompt.startswith("After telling his story, Douglass")]


def test_after_at_least_every_wrong_amount_is_larger(nlp: Any) -> None:
    """(6) Is "the deaths of at least ____ people" (27) never offered 14, which would be true too, and "fewer than
    ____" never a larger amount?"""
    text = ("The rebellion resulted in the deaths of at least 27 people in Ballarat in 1854. Fewer than 120 miners"
            " stayed inside the stockade at Ballarat on 3 December 1854. About 1,000 soldiers marched from Melbourne"
            " to Ballarat in 1854.")
    bank = derive_bank(text, title="Eureka", source="e.txt")
    at_least = [q for q in bank.questions if "at least ____" in q.prompt]
    assert at_least
    assert all(float(d.replace(",", "")) > 27 for q in at_least for d in q.distractors)
    fewer = [q for q in bank.questions if "Fewer than ____" in q.prompt]
    assert all(float(d.replace(",", "")) < 120 for q in fewer for d in q.distractors)
    assert bound_side("the deaths of at least ") == 1 and bound_side("Fewer than ") == -1
    assert bound_side("the deaths of ") == 0


def test_the_event_the_sentence_before_names_is_asked_with_it(nlp: Any) -> None:
    """(7) Is "The first trial started on ____" asked with the sentence before when that one names the trial, but
    alone when the text is about the trial (its title) or the sentence pins it down ("the trial of Czolgosz")?"""
    from quizapp.bank.questions.prompts import frame

    text = ("Of the approximately 120 diggers detained after the rebellion, thirteen were brought to trial. The first"
            " trial started on 22 February 1855, before Chief Justice Redmond Barry. The trial of Henry Seekamp"
            " started on 23 January 1855 in Melbourne.")
    sentences, parses = _parsed(text)
    asked = frame(sentences[1], None, sentences[0], parses[1])
    assert asked is not None and asked.context.startswith("Of the approximately 120 diggers")
    topical = frame(sentences[1], None, sentences[0], parses[1], topic=frozenset({"trial", "eureka"}))
    assert topical is not None and not topical.context
    pinned = frame(sentences[2], None, sentences[1], parses[2])
    assert pinned is not None and not pinned.context


def test_a_treaty_gets_treaties_and_who_ascribes_a_cause_is_trivia() -> None:
    """(1, 6) Is a work's sort told by its name (treaties with treaties, papers with papers, a novel apart), and is
    "____ ascribes her insight to an observation" asked as no fact about the one who ascribes?"""
    from quizapp.bank.questions.options import work_grain
    from quizapp.bank.questions.trivia import TRIVIA_AFTER

    assert work_grain("Treaty of Nerchinsk") == work_grain("Civil Rights Act") == "law"
    assert work_grain("Liberator") == work_grain("Ballarat Times") == "press"
    assert work_grain("Romance of the Three Kingdoms") == "writing"
    assert TRIVIA_AFTER.match(" ascribes Lovelace's insight regarding computing to an observation about textiles.")
    assert TRIVIA_AFTER.match(" attributed the defeat to the rain.")
    assert not TRIVIA_AFTER.match(" attacked the town and took it.")
    from quizapp.bank.questions.trivia import commenting

    comic = "Lovelace and Babbage are the main characters in Sydney Padua's webcomic."
    assert commenting(comic, comic.index("Sydney"), comic.index("'s"))  # an artist of today is no option for Babbage
    assert commenting("Wolfram then suggests that she", 0, 7) and not commenting("Wolfram then marched on", 0, 7)
    assert commenting("Eugene Eric Kim and Betty Alexandra Toole consider it incorrect", 0, 15)


def test_a_clause_cut_at_a_semicolon_without_a_verb_of_its_own_is_no_question(nlp: Any) -> None:
    """(7) Is "Russia, that it might execute the partition of Poland;" (a clause whose verb is the sentence's) no
    question, while a cut clause with a verb of its own still is?"""
    from quizapp.bank.questions.prompts import frame

    clauses = ("Austria engaged in the war with the hope of aggrandizement, England to avenge the American war, and"
               " to preserve itself from the spirit of the revolution; Prussia to strengthen the threatened absolute"
               " power, and profitably to engage its unemployed army; Russia, that it might execute without trouble"
               " the partition of Poland, while the attention of Europe was directed elsewhere; finally, the king of"
               " Sweden marched his army to the frontier of Norway in the spring of 1791 with twelve regiments.")
    sentences, parses = _parsed(clauses)
    framed = {s.text.split(",")[0]: frame(s, None, None, p) for s, p in zip(sentences, parses, strict=True)}
    assert framed["Russia"] is None
    assert framed["finally"] is not None


def test_options_keep_to_the_sort_and_grain_the_prompt_asks_for() -> None:
    """(1) Is a regiment, a bank, a paper or an act never given options of another sort, however few of its own
    the text names, and do "the Ming capital, ____" and "the colony of ____" ask for a town and a land?"""
    from quizapp.bank.questions.options import _APART, asked_grain, org_grain, work_grain

    assert {org_grain("23rd Ohio Infantry"), org_grain("Freedman's Savings Bank"), work_grain("Goldfields Act"),
            org_grain("Ballarat Times")} <= _APART
    assert org_grain("Reform League") not in _APART and org_grain("Royal Commission") not in _APART
    assert asked_grain("peasant rebels conquered the Ming capital, ____, in 1644.") == "town"
    assert asked_grain("They were moved to ____, a small town in the north.") == "town"
    assert asked_grain("Between 1791 and 1803 the French colony of ____ was transformed.") == "land"
    assert asked_grain("He served two terms as Governor of ____.") == ""


def test_a_regiment_with_too_few_regiments_to_offer_is_not_asked(nlp: Any) -> None:
    """(1) "served in the ____, a regiment": with one other regiment in the text, no options of another sort."""
    text = ("William Harris enlisted in the army in 1861 and served in the 23rd Ohio Infantry, a regiment of"
            " volunteers. In 1866 Congress passed a law on pensions for soldiers. The Secret Service was founded in"
            " 1865 to fight counterfeit money. William Harris spoke at the Pan-American Exposition in 1901."
            " The Free Society, a Chicago paper, praised William Harris in 1899. The 5th Ohio Cavalry fought beside"
            " the 23rd Ohio Infantry in 1862. Congress honoured William Harris in 1902.")
    bank = derive_bank(text, title="Regiments", source="r.txt")
    asked = [q for q in bank.questions if q.answer == "23rd Ohio Infantry"]
    assert all(org_grain_of(o) == "armed" for q in asked for o in q.distractors), [q.distractors for q in asked]


def org_grain_of(name: str) -> str:
    from quizapp.bank.questions.options import org_grain

    return org_grain(name)


def test_discourse_openers_relative_times_and_contexts_that_need_their_own(nlp: Any) -> None:
    """(7) Is "More importantly," or "Later" dropped from a prompt asked alone, is "5 years later" (with no date
    in its sentence) asked with the sentence before, and is a sentence before whose "it" points further back
    ("Within three years, it had been reprinted") no context, while "it was essential to" is?"""
    from quizapp.bank.questions.prompts import frame, render

    text = ("The League won the vote for men in Victoria in 1857. Female colonists of South Australia were awarded"
            " suffrage 5 years later on condition of owning property.\n\n"
            "More importantly, the Prussian rear-guard used the River Dyle to delay Marshal Grouchy at Wavre."
            " Later Gregory Zinoviev and Lev Kamenev joined the struggle against Joseph Stalin in Moscow.\n\n"
            "Within three years, it had been reprinted nine times in the United States. Such was the success of the"
            " book in Europe.\n\n"
            "Until then, it was essential to keep the design secret. Such was the result of the conferences at"
            " Mantua on 20 May 1791.")
    sentences, parses = _parsed(text)
    frames = [frame(s, None, sentences[i - 1] if i else None, parses[i]) for i, s in enumerate(sentences)]
    later = frames[1]
    assert later is not None and later.context.startswith("The League won the vote")
    assert render(frames[2], None).startswith("The Prussian rear-guard")
    assert render(frames[3], None).startswith("Gregory Zinoviev and Lev Kamenev")
    assert frames[5] is None or frames[5].clause_only  # its only context has an "it" of its own: only a clause of
    # its own that says its fact alone could be asked
    assert frames[7] is not None and frames[7].context.startswith("Until then")


def test_options_of_the_answers_era_and_no_body_named_by_common_words() -> None:
    """(1, 4) In a life of sixty years, is a name forty years from the answer of another era (a history of
    centuries keeps sixty), and is "the Political Party" met once inside a title no body to ask or offer?"""
    from quizapp.bank.questions.options import ContextModel

    life = ContextModel({}, {}, {}, {}, years={f"P{i}": 1890.0 + 6 * i for i in range(11)},
                        lower=frozenset({"political", "party", "trade", "unions"}))
    centuries = ContextModel({}, {}, {}, {}, years={f"P{i}": 1600.0 + 30 * i for i in range(11)})
    assert 15 <= life.era <= 25 and centuries.era == 60
    assert life.generic("Political Party", 1) and life.generic("Trade Unions", 1)
    assert not life.generic("Political Party", 3) and not life.generic("Spartacus League", 1)


def test_a_body_of_unknown_sort_takes_its_sort_from_the_prompt_and_its_short_form_is_no_option(nlp: Any) -> None:
    """(1, 8) Does "the SPD, the largest socialist party" ask for a party (no regiment or paper among its options),
    and is "the Social Democratic Party of Germany, the SPD," one body, never an option for itself?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.options import asked_sort, build_context

    assert asked_sort("She joined the ____, the largest and best-organised socialist party in the world.") == "party"
    assert asked_sort("the Chicago paper ____ warned its readers") == "press"
    assert asked_sort("The ____ met at Bakery Hill.") == ""
    text = ("Rosa Luxemburg joined the Social Democratic Party of Germany, the SPD, in 1898. The SPD won 110 seats"
            " in 1912. The Communist Party of Germany (KPD) was founded in 1918.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    model = build_context(sentences, index)
    assert "Social Democratic Party of Germany" in model.apposed.get("SPD", set())


def test_a_question_with_its_context_is_no_longer_than_a_student_reads_at_once(nlp: Any) -> None:
    """(7) Is a sentence that needs its long sentence before refused, rather than asked in a prompt of 75 words?"""
    from quizapp.bank.questions.prompts import frame, render

    text = ("Hostilities were on the point of commencing when the emperor Joseph died, in February, 1790, and was"
            " succeeded by Leopold, who in July accepted the convention of Reichenbach after long and difficult"
            " talks with the envoys of England and Prussia. This convention, by the mediation of England, Russia,"
            " and Holland, settled the terms of the peace between Austria and Turkey, which was signed"
            " definitively, on the 4th of August, 1791, at Sistova, after many months of talks between the two old"
            " empires.")
    sentences, parses = _parsed(text)
    refused = frame(sentences[1], None, sentences[0], parses[1])
    assert refused is None or (refused.clause_only and not render(refused, None))


def test_what_is_left_of_a_sentence_whose_quotation_is_cut_must_say_something(nlp: Any) -> None:
    """(7) Are "Serge liked to quote the words of ____" and "Callemin jumped up and shouted" (their quotations
    cut) no questions?"""
    from quizapp.bank.questions.prompts import frame

    text = ('Serge liked to quote the words of Reclus: "As long as social injustice lasts we shall remain in a state'
            ' of permanent revolution, and no prison will hold us." When he heard the judge’s verdict, Callemin'
            ' jumped up and shouted: "Dieudonne is innocent, it is me, me that did the shooting, and you know it!"')
    sentences, parses = _parsed(text)
    assert [frame(s, None, None, p) for s, p in zip(sentences, parses, strict=True)] == [None, None]


def test_the_thing_the_sentence_before_names_is_asked_with_it(nlp: Any) -> None:
    """(7) Is "The group became known as ____" asked with the sentence that names the group, and "After her
    release" with the one that says she was released, while "his oratory" after "orator" stands alone?"""
    from quizapp.bank.questions.prompts import _same_word, frame

    text = ("In 1906 Victor Serge became friends with a group of anarchists in Brussels. The group became known as"
            " the Brussels Revolutionary Gang.\n\n"
            "Rosa Luxemburg was released from prison in 1906. After her release she spent some weeks in Finland.")
    sentences, parses = _parsed(text)
    group = frame(sentences[1], None, sentences[0], parses[1])
    release = frame(sentences[3], None, sentences[2], parses[3])
    assert group is not None and group.context.startswith("In 1906 Victor Serge")
    assert release is not None and release.context.startswith("Rosa Luxemburg was released")
    assert _same_word("release", "released") and _same_word("groups", "group")
    assert not _same_word("oratory", "orator") and not _same_word("king", "kingdom")


def test_there_and_this_time_point_back_unless_the_sentence_names_the_place(nlp: Any) -> None:
    """(7) Do "was arrested there" and "During this time" ask for the sentence before, while "a plaque in
    Edinburgh marks his stay there" stands alone?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _pointing_back

    texts = ["Rosa Luxemburg was arrested there in March 1906 and held in the Warsaw Citadel for several months.",
             "During this time many of Wellington's generals were killed, including Sir William Ponsonby.",
             "A plaque on Gilmore Place in Edinburgh marks his stay there in 1846."]
    parses = parse_sentences(texts)
    assert [_pointing_back(p, len(t)) is not None for t, p in zip(texts, parses, strict=True)] == [True, True, False]


def test_the_house_of_a_family_is_no_person(nlp: Any) -> None:
    """(1) Is "Bourbon" of "the house of Bourbon" no person (no answer, no option beside Mirabeau)?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("Spain, since a prince of the house of Bourbon had been on the throne, was the ally of France. All the"
            " sovereigns of the house of Bourbon joined the coalition in 1791. Mirabeau spoke to the assembly in"
            " 1790. Mirabeau died in April 1791.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert index.kinds.get("Bourbon") is not AnswerKind.PERSON


def test_these_things_that_day_and_the_same_year_point_back_unless_the_sentence_says_which(nlp: Any) -> None:
    """(7) Do "commit these forces", "from these regions", "When these were repulsed", "The chief of these",
    "that day" and "the same year" ask for the sentence before, while "a meeting ... that meeting", "numbered 796 on
    15 June ... over the same period", "3 squadrons, though these charged", "those who" and "at the same time"
    stand alone; and is a sentence ending on "these remarkable words" no question?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _pointing_back

    back = ["Hartmann led the reserve and was free to commit these forces as he judged best.",
            "The northern army drove the invaders from these regions within a single summer.",
            "When these were beaten back, Morel sent his heavy cavalry against the ridge.",
            "The chief of these was Lin Bao, who was given the southern provinces.",
            "Carver stood close to the gate that day, but could not see the speaker.",
            "The old duke died the same year and his grandson became king without a regent."]
    alone = ["On 3 May 1862 the union held a meeting in Leeds, and during that meeting Ward was elected chairman.",
             "The regiment numbered 796 men on 15 June but lost half of them over the same period.",
             "At dusk the brigade could field only 3 squadrons, though these charged the enemy twice.",
             "The council pardoned those who had fought for the rebels in the northern towns.",
             "Hartmann wrote to the king and at the same time warned the council of the danger."]
    texts = back + alone
    parses = parse_sentences(texts)
    found = [_pointing_back(p, len(t)) is not None for t, p in zip(texts, parses, strict=True)]
    assert found == [True] * 6 + [False] * 5
    sentences, parses = _parsed("The delegates argued against the plan for many hours without rest. Ward, after"
                                " meeting all their arguments, finished his speech with these remarkable words.")
    assert frame(sentences[1], None, sentences[0], parses[1]) is None


def test_this_as_an_object_a_bare_reply_and_the_next_day_point_back_and_meanwhile_is_dropped(nlp: Any) -> None:
    """(7) Do "did not favour this", "A formal appeal followed" and "met on the following day" ask for the sentence
    before, while "...; Ward later called this" does not; is "Meanwhile on 16 June" asked as "On 16 June"; are a
    copied page's emptied brackets dropped and a sentence that lost its figure refused?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _pointing_back, render

    back = ["Hartmann did not favour this and resigned from the council in protest.",
            "A formal appeal followed, and the verdict was quashed by the high court.",
            "The delegates met again in Leeds on the following day to elect a new chairman."]
    alone = ["The owner disapproved of the lessons; Ward later called this his first lesson in politics."]
    parses = parse_sentences(back + alone)
    found = [_pointing_back(p, len(t)) is not None for t, p in zip(back + alone, parses, strict=True)]
    assert found == [True] * 3 + [False]
    sentences, parses = _parsed("Meanwhile on 16 June, Morel attacked and defeated the northern army at Lindau.")
    fr = frame(sentences[0], None, None, parses[0])
    assert fr is not None and render(fr, None).startswith("On 16 June, Morel attacked")
    assert clean_text("He raised a corps, the ujen cooha (Chinese: ), from his troops.") == \
        "He raised a corps, the ujen cooha, from his troops."
    sentences, parses = _parsed("Morel sent his three divisions, some 14,000 men over a front of about, against the"
                                " left wing of the northern army.")
    assert frame(sentences[0], None, None, parses[0]) is None


def test_the_country_a_text_is_about_is_no_answer_but_still_an_option(corpus: Any) -> None:
    """(6) In a history of the Qing, which names China far more than any other country, is China never the answer
    ("the territorial base for modern ____"), and France never in a life of Joan of Arc, where it is still an option
    for England?"""
    qing = corpus["wiki_qing_dynasty"].bank
    assert not [q.prompt for q in qing.questions if q.answer == "China"]
    joan = corpus["wiki_joan_of_arc"].bank
    assert not [q.prompt for q in joan.questions if q.answer == "France"]
    assert [q for q in joan.questions if q.answer == "England" and "France" in q.distractors]


def test_a_bare_given_name_is_not_a_saints_and_a_works_year_dates_its_author(nlp: Any) -> None:
    """(2) Is "Louis, Duke of Orléans" not merged into "Saint Louis"; and does "Tom Stoppard's 1993 play" give
    Stoppard the year 1993, so he is no option for people of the 1810s?"""
    from quizapp.bank.derive import resolve_dates, sentence_years
    from quizapp.bank.mentions.index import build_index

    text = ("The patron saints of the town are Saint Denis and Saint Louis. The king's brother Louis, Duke of"
            " Orleans, quarrelled with the queen in 1407. In Tom Stoppard's 1993 play Arcadia, a girl discovers"
            " chaos theory.")
    sentences, parses = _parsed(text)
    index = build_index(sentences, parses)
    louis = [m for m in index.mentions if m.text == "Louis" and m.sentence == 1]
    assert louis and all(m.key != "Saint Louis" for m in louis)
    years = sentence_years(sentences, resolve_dates(split_paragraphs(clean_text(text)), sentences))
    assert years.get(2) == 1993


def test_a_generals_options_are_of_his_own_side_and_writers_named_in_a_list_are_commentators(nlp: Any) -> None:
    """(1) Are a British general's options British generals, and a French one's French, where the text says which
    side each is on; and are "writers such as Toole and ____", "the medievalist ____", "____, a specialist on ..."
    and "____ regards her notes as" writers about the story, not people in it?"""
    from quizapp.bank.questions.trivia import commenting

    british = ["Thomas Picton", "Henry Clinton", "Edward Somerset", "William Ponsonby"]
    french = ["Honoré Reille", "Jean Drouet", "Georges Mouton", "Claude Lefebvre"]
    text = ("The British general Thomas Picton held the left of the ridge in 1815. The British general Henry Clinton"
            " held the right. The British general Edward Somerset commanded the reserve. The British general William"
            " Ponsonby led the heavy cavalry. The French general Honoré Reille attacked the chateau at noon. The"
            " French general Jean Drouet sent four divisions against the ridge. The French general Georges Mouton held"
            " the village of Plancenoit. The French general Claude Lefebvre led the guard cavalry. Thomas Picton was"
            " killed leading a counter-attack in 1815. Henry Clinton moved his division forward in the evening."
            " Edward Somerset rode with the guard in the final advance. William Ponsonby died in the charge against"
            " the grand battery. Honoré Reille lost thousands of men at the chateau. Jean Drouet retreated after the"
            " cavalry charge. Georges Mouton defended the church against the Prussians. Claude Lefebvre charged the"
            " squares four times.")
    bank = derive_bank(text, title="A battle", source="b.txt")
    asked = [q for q in bank.questions if q.answer in british]
    assert len(asked) >= 3 and all(set(q.distractors) <= set(british) for q in asked), \
        [(q.answer, q.distractors) for q in bank.questions]
    for line, name in [("This insight is seen as significant by writers such as Betty Toole and Benjamin Woolley.",
                        "Benjamin Woolley"),
                       ("In the words of the British medievalist Beverly Boyd, the trial was a ploy.", "Beverly Boyd"),
                       ("Doron Swade, a specialist on history of computing, found no such notes.", "Doron Swade"),
                       ("Dorothy K. Stein regards Lovelace's notes as a reflection of the mathematics.",
                        "Dorothy K. Stein")]:
        start = line.index(name)
        assert commenting(line, start, start + len(name)), line
    line = "Babbage's friend Charles Wheatstone commissioned Ada Lovelace to translate the paper."
    start = line.index("Charles Wheatstone")
    assert not commenting(line, start, start + len("Charles Wheatstone"))


def test_the_sort_a_prompt_names_before_the_blank_outweighs_the_names_own(nlp: Any) -> None:
    """(1) Is "the Chicago paper Free Society" asked for a paper, so that, with no other paper in the text, it is not
    asked with a service, a congress and a party for options (but typed, if at all)?"""
    from quizapp.bank.questions.options import asked_sort

    text = ("In 1901 the Chicago paper Free Society warned its readers about a stranger. The Secret Service guarded"
            " the president in 1901. Congress passed a new law in 1903. The Socialist Party met in Chicago in 1901."
            " The Social Society held a meeting in Chicago in 1902. The Socialist Party grew in 1904. The Secret"
            " Service grew in 1902. Congress met again in 1904. Free Society closed in 1904. The Social Society"
            " closed in 1905.")
    bank = derive_bank(text, title="Chicago", source="c.txt")
    asked = [q for q in bank.questions if q.answer == "Free Society" and "paper ____" in q.prompt]
    assert all(q.type is QuestionType.TYPED and not q.distractors for q in asked)  # typed from memory, no wrong options
    assert asked_sort("At the start of September the Chicago paper ____ warned its readers.", 2) == "press"
    assert asked_sort("____ warned the readers of its weekly paper.", 2) == ""


def test_a_short_form_beside_its_long_one_a_plural_apostrophe_and_a_lost_full_stop(nlp: Any) -> None:
    """(6, 7) Is "the Workers' Democratic League, the ____" (WDL) not asked, while "the ____'s school" is; does
    "five years' prison" keep its apostrophe in the blank; and is "mutilated. to atone" no prompt?"""
    from quizapp.bank.questions.candidates import _spelled_out

    assert _spelled_out("SPD", "Social Democratic Party of Germany") and not _spelled_out("PA", "Chester County")
    text = ("In 1898 Anna Weber joined the Workers' Democratic League, the WDL, the largest party in the country."
            " From 1907 Anna Weber taught at the WDL's school in Hamburg. The Socialist Union met in Hamburg in"
            " 1905. The Radical Party met in Bremen in 1906. The Farmers' Party met in Kiel in 1907. The Socialist"
            " Union split in 1910. The Radical Party split in 1911. The Farmers' Party split in 1912. The WDL split"
            " in 1913. Anna Weber received five years' prison but her friend was acquitted in 1914.")
    bank = derive_bank(text, title="Anna Weber", source="w.txt")
    wdl = [q.prompt for q in bank.questions if q.answer == "WDL"]
    assert not [p for p in wdl if "League, the ____" in p]
    assert not [q for q in bank.questions if "____'" in q.prompt.replace("____'s", "")]
    sentences, parses = _parsed("Two months into his rule, the regent was stripped of his titles and his body was"
                                " disinterred and mutilated. to atone for many crimes.")
    assert frame(sentences[0], None, None, parses[0]) is None


def test_after_the_a_titled_person_gets_titled_options(nlp: Any) -> None:
    """(6) Is "The ____ defended Orleans" (the Count of Dunois) offered other counts, who read after "the", rather
    than "John Talbot" or "Pierre Cauchon" (mostly: another may fit the sentence too); and is one count no variant
    of another?"""
    text = ("In 1429 Joan and the Count of Vendome urged a prompt march toward Paris. The Count of Richemont ruled"
            " Brittany for the king in 1429. The Count of Armagnac led the rival faction in 1410. The Count of Dunois"
            " defended Orleans in 1429. John Talbot led the English army at Patay in 1429. Pierre Cauchon led the"
            " trial at Rouen in 1431. Jean Fastolf fled from Patay in 1429. The Count of Vendome joined the army at"
            " Orleans in 1429. The Count of Richemont died in 1458. The Count of Armagnac was killed in 1418. The"
            " Count of Dunois signed the treaty in 1435. John Talbot was captured at Patay in 1429. Pierre Cauchon"
            " died in 1442. Jean Fastolf died in 1459.")
    bank = derive_bank(text, title="Joan", source="j.txt")
    asked = [q for q in bank.questions if q.answer.startswith("Count of") and q.prompt.startswith("The ____")]
    assert asked and all(sum(d.startswith("Count of") for d in q.distractors) >= 2 for q in asked), \
        [(q.prompt, q.answer, q.distractors) for q in asked]


def test_her_in_a_relative_clause_is_the_main_clauses_subject_not_a_woman_before(nlp: Any) -> None:
    """(3) In "Anna Weber gained favour at the court of King Otto, who accepted her as sane", is "her" left to Anna
    (the subject of the main clause), never replaced by a woman of the paragraph before?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.references import person_genders, resolve
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("Anna Weber was born in Hamburg in 1880. Historian Maria Klein wrote that her letters were lost in"
            " 1945.\n\nAnna Weber gained favour at the court of King Otto, who accepted her as sane.")
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    parses = parse_sentences([s.text for s in sentences])
    index = build_index(sentences, parses)
    refs = resolve(sentences, parses, paragraphs, index, "Anna Weber", person_genders(sentences, parses, index))
    last = refs.get(len(sentences) - 1)
    assert last is None or last.key in (None, "Anna Weber"), last


def test_the_texts_own_word_before_a_body_gives_its_sort(nlp: Any) -> None:
    """(1) Is "the Chicago paper Free Society" a newspaper wherever it is named, so it is no option for a service or
    a congress; while "Turing's paper Computing Machinery" is a writing?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.questions.options import build_context

    text = ("In 1901 the Chicago paper Free Society warned its readers about a stranger. In 1950 Alan Turing"
            " answered her in his paper \"Computing Machinery and Intelligence\". Free Society was closed in 1904.")
    sentences, parses = _parsed(text)
    model = build_context(sentences, build_index(sentences, parses))
    assert model.sorts.get("Free Society") == "press"
    assert model.sorts.get("Computing Machinery and Intelligence") != "press"


def test_a_prompt_that_asks_for_a_river_gets_rivers(nlp: Any) -> None:
    """(1) Is "above the rivers Yalu and ____" offered rivers ("the Amur River"), never provinces or towns?"""
    from quizapp.bank.questions.options import asked_grain

    assert asked_grain("the lands above the rivers Yalu and ____ were Ming China.") == "river"
    assert asked_grain("Boats sailed up the ____ River to the capital.") == "river"
    assert asked_grain("the Ming capital, ____, fell in 1644.") == "town"
    text = ("In 1600 the Koreans held the lands above the rivers Yalu and Tumen. Tibet paid tribute in 1652."
            " Xinjiang was conquered in 1759. Seoul sent envoys to the court in 1637. Tumen traders crossed into"
            " Korea in 1640. Tibet rebelled in 1720. Xinjiang rebelled in 1864. Seoul was taken in 1637."
            " The Amur River marked the border in 1689. The Yangtze River flooded in 1788. The Huai River flooded"
            " in 1855. The Amur River froze in 1690. The Yangtze River was closed in 1842. The Huai River dried up"
            " in 1856.")
    bank = derive_bank(text, title="Rivers", source="r.txt")
    asked = [q for q in bank.questions if "rivers Yalu and ____" in q.prompt]
    assert all(all("River" in d for d in q.distractors) for q in asked), [(q.answer, q.distractors) for q in asked]


def test_the_two_armies_a_further_hundred_and_a_bare_appeal_point_back(nlp: Any) -> None:
    """(7) Do "the two armies clashed", "A further two hundred miners" and "The buyers appealed" ask for the sentence
    before, while "Frederick Ward visited Thomas Morel, and the two men were reconciled" and "a further-education
    college" stand alone; is "as discussed below" no prompt; and is a sentence with "these forces" no context?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _fits_as_context, _pointing_back

    back = ["Morel urged the rebels to pursue, and the two armies clashed south of the village of Lindau.",
            "A further two hundred miners arrived from the north with rifles and powder.",
            "The buyers appealed and the sale was stopped by the court in the spring."]
    alone = ["In 1877 Frederick Ward visited Thomas Morel, who was dying, and the two men were reconciled.",
             "Lindau College is a further-education college in the north of the city."]
    parses = parse_sentences(back + alone)
    found = [_pointing_back(p, len(t)) is not None for t, p in zip(back + alone, parses, strict=True)]
    assert found == [True] * 3 + [False] * 2
    sentences, parses = _parsed("Ward was born in Leeds in 1818. Ward remarried in 1884, as discussed below.")
    assert frame(sentences[1], None, sentences[0], parses[1]) is None
    sentences, _ = _parsed("Hartmann commanded the cavalry and was free to commit these forces. Morel stationed a"
                           " further 17,000 troops at Halle.")
    assert not _fits_as_context(sentences[0], sentences[1])


def test_a_question_of_the_opening_paragraph_is_taken_before_its_answers_other_ones() -> None:
    """(5) When an answer has only one more place in the bank, does the opening paragraph's question about it (where
    a text sums itself up) take it before a later one that scores a little higher?"""
    from quizapp.bank.questions.candidates import Candidate
    from quizapp.bank.questions.ranking import select
    from quizapp.bank.types import BankQuestion

    def candidate(sentence: int, text: str, focus: float) -> Candidate:
        q = BankQuestion(id=str(sentence), type=QuestionType.MULTIPLE_CHOICE, prompt=text.replace("Morel", "____"),
                         answer="Morel", distractors=("Ward", "Weber", "Klein"), answer_kind=AnswerKind.PERSON,
                         source_sentence=text)
        return Candidate(q, sentence, "name:Morel", 1.0, 0.8, 0.8, 1.0, focus)

    opening = candidate(0, "An army under Morel was beaten by two allied armies near the river.", 0.6)
    later = [candidate(5, "Morel rode to Lindau with his guard in the spring of that year.", 1.0),
             candidate(6, "Morel signed the peace treaty at Essen after a long winter siege.", 1.0)]
    kept = select([opening, *later], Counter({"Morel": 0}), frozenset({0}))
    assert opening in kept and len(kept) == 2
    assert opening not in select([opening, *later], Counter({"Morel": 0}))


def _parsed(text: str) -> tuple[list[Any], list[Any]]:
    """The sentences of a text and their parses."""
    from quizapp.bank.nlp.parse import parse_sentences

    sentences = sentences_of(split_paragraphs(clean_text(text)))
    return sentences, parse_sentences([s.text for s in sentences])


def _last_reference(text: str, title: str) -> Any:
    refs = _references(text, title)
    return refs.get(max(refs)) if refs else None


def test_the_one_subject_of_the_sentence_before_goes_on_as_he(nlp: Any) -> None:
    """(3) Does "He" after "General Brandt noted a movement on Colonel Ruiz's flank" mean Brandt, the one who acted,
    rather than being dropped because another man is named; and after "Kessler, warned of the attack, hurried
    himself to the bridge", is Kessler not hidden by the reflexive?"""
    battle = ("The Siege of Hollow Ford\n\nThe siege of Hollow Ford began in May 1702. General Peter Brandt"
              " commanded the northern camp. Early on 3 May, General Peter Brandt noted a movement on Colonel"
              " Ruiz's flank. He mistook it for a retreat and ordered an assault.")
    assert _last_reference(battle, "The Siege of Hollow Ford").key == "Peter Brandt"
    bridge = ("The Hollow Ford Affair\n\nThe affair of Hollow Ford began in May 1702. Captain Jonas Kessler,"
              " warned of the attack, hurried himself to the bridge with a company of dragoons. On reaching the"
              " bridge, he found that the enemy had already crossed it.")
    assert _last_reference(bridge, "The Hollow Ford Affair").key == "Jonas Kessler"


def test_a_name_set_beside_the_subject_is_the_his_of_the_next_sentence(nlp: Any) -> None:
    """(3) After "The young duke, Albert Varga, took the title from his uncle Otto Brenn", does "His first act"
    mean Varga?"""
    text = ("The Nodra Succession\n\nThe succession of Nodra was disputed for a decade. The young duke, Albert"
            " Varga, took the title from his uncle Otto Brenn in 1610. His first act was to sign a treaty with"
            " the city of Pell in 1611.")
    assert _last_reference(text, "The Nodra Succession").key == "Albert Varga"


def test_an_unnamed_person_before_a_pronoun_keeps_it_from_an_earlier_name(nlp: Any) -> None:
    """(3) Is "him" in "a rumour of the death of a drummer boy ... a memorial erected to him" never the historian
    named before, and "he" in "the king should abdicate if he retracted" never the deputy the assembly sided with,
    while "Leopold II drew near. ... made the king bolder; he" stays Leopold's?"""
    boy = ("The Hollow Ford Riot\n\nMany historians, most notably Arthur Penn, blame the magistrate. A number of"
           " miners were injured. A rumour of the death of a drummer boy spread, and a memorial was erected to"
           " him in the town cemetery.")
    ref = _last_reference(boy, "The Hollow Ford Riot")
    assert ref is None or ref.key is None, ref
    king = ("The Flight of the King\n\nThe assembly met on 20 June 1791. The assembly sided with Antoine Barnave."
            " To calm the people, it decreed that the king should be deposed if he retracted his oath.")
    ref = _last_reference(king, "The Flight of the King")
    assert ref is None or ref.key is None, ref
    same = ("The Flight of the King\n\nThe assembly met on 20 June 1791. Meanwhile Leopold II and his family"
            " drew near the border. The distance from the capital made the king bolder; he showed himself at"
            " the window of his carriage.")
    assert _last_reference(same, "The Flight of the King").key == "Leopold II"


def test_the_sentence_asks_what_it_adds_not_who_it_is_about(nlp: Any) -> None:
    """(5) Of "Karl Brenn was born in 1873 in Alpenhof", where the text is much about Brenn, are the date and the
    town asked (what the sentence adds) rather than Brenn, its subject (who it is about)?"""
    text = ("The Shooting at the Fair\n\nThe fair of Brandheim drew crowds from the whole region in 1901. Karl Brenn"
            " was born in 1873 in Alpenhof, into a family of weavers. Karl Brenn grew up in Dorfeld with Hans Roth"
            " and worked in a mill near Lindau. In 1893 Karl Brenn lost his job during a strike led by Anna Vogel."
            " Karl Brenn moved to Brandheim in 1898 and joined a reading club of Paul Sommer. On 6 September 1901"
            " Karl Brenn fired two shots at the mayor, Otto Lenz, at the fair. Otto Lenz died in Lindau on 14"
            " September 1901. Karl Brenn was tried in Brandheim and executed in Mosbach on 29 October 1901.")
    bank = derive_bank(text, title="The Shooting at the Fair", source="fair.txt")
    born = [q.answer for q in bank.questions if q.source_sentence.startswith("Karl Brenn was born")]
    assert "Alpenhof" in born and "Karl Brenn" not in born, born


def test_a_day_is_asked_against_other_years_of_that_day(nlp: Any) -> None:
    """(8) Is "On ____, the proclamation took effect" (1 January 1863) offered 1 January of other years, which a student
    can know, rather than 4 January 1863 or 1 February 1863; while "In 1854 ... on ____" keeps to days of 1854, and
    29 February is never offered in a year that has none?"""
    from quizapp.bank.questions.options import date_options

    wrong = date_options("1863-01-01", random.Random(3), set(), limit=3)
    assert len(wrong) == 3 and all(w.endswith("-01-01") and w != "1863-01-01" for w in wrong), wrong
    shown = date_options("1854-12-03", random.Random(3), set(), limit=3, same_year=True)
    assert len(shown) == 3 and all(w.startswith("1854-") for w in shown), shown
    leap = date_options("1860-02-29", random.Random(3), set(), limit=8)
    assert leap and all(int(w[:4]) % 4 == 0 for w in leap), leap


def test_a_body_whose_name_says_no_sort_is_no_answer_or_option(nlp: Any) -> None:
    """(1) Is a "body" whose name says nothing of a body ("Yuan Chonghuan", "China Proper", misread by the model) kept
    out, while "White Lotus Society", "the SPD", "the Three Feudatories" and "the newspaper Die Rote Fahne" stay; and
    are a state of its time ("Ming China"), a treaty ("Convention of Tientsin") and a party named by its creed ("Social
    Democracy of the Kingdom of Poland") each of its own sort?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.questions.options import build_context, org_grain

    text = ("In 1796 the White Lotus Society rose in revolt. The SPD won 110 seats in 1912. In 1918 she edited the"
            " newspaper Die Rote Fahne. The Three Feudatories revolted in 1673.")
    sentences, parses = _parsed(text)
    model = build_context(sentences, build_index(sentences, parses))
    assert all(model.shaped(n) for n in ("White Lotus Society", "SPD", "Die Rote Fahne", "Three Feudatories"))
    assert not any(model.shaped(n) for n in ("Yuan Chonghuan", "China Proper", "Kangxi"))
    assert org_grain("Ming China") == "realm" and org_grain("Qing Dynasty") == "realm"
    assert org_grain("Convention of Tientsin") == "law"
    assert org_grain("Social Democracy of the Kingdom of Poland") == "party"
    assert org_grain("Communist Party of Germany") == "party"


def test_treaties_and_acts_are_found_whole(nlp: Any) -> None:
    """(8) Are "the 1689 Treaty of Nerchinsk", "the Electoral Act 1856" and "the People's Charter" found as works
    whole, not cut to a place or missed; and does "treaty" in the prompt not count as giving a treaty away?"""
    from quizapp.bank.mentions.titles import title_spans
    from quizapp.bank.questions.candidates import visible

    def found(text: str) -> list[str]:
        return [text[a:b] for a, b in title_spans(text)]

    assert "Treaty of Nerchinsk" in found("The 1689 Treaty of Nerchinsk was the first formal treaty with Russia.")
    assert "Electoral Act 1856" in found("Public support led to the Electoral Act 1856, which mandated suffrage.")
    assert "People's Charter" in found("The League took five principles of the People's Charter of 1838.")
    assert not visible("Treaty of Nerchinsk", "The 1689 ____ was the first formal treaty with Russia.")


def test_who_leads_troops_takes_their_side_and_offices_keep_apart(nlp: Any) -> None:
    """(1) Does "British and Hanoverian troops under Sir Thomas Picton" make Picton British, and "a French corps
    under Honoré Reille" Reille French, so neither is offered for the other; and does a man the text calls president
    get a penalty as the option for "his secretary, ____"?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.questions.options import build_context

    text = ("The first line held British and Hanoverian troops under Sir Thomas Picton. A French corps under"
            " General Honoré Reille attacked the farm. Sir Thomas Picton was killed at noon. General Honoré Reille"
            " lost half his men. President James Garfield was shot in 1881. The surgeon Matthew Mann operated.")
    sentences, parses = _parsed(text)
    index = build_index(sentences, parses)
    model = build_context(sentences, index)
    assert model.sides.get("Thomas Picton") == "british", model.sides
    assert model.sides.get("Honoré Reille") == "french", model.sides
    assert "president" in model.roles.get("James Garfield", set()), model.roles
    assert "surgeon" in model.roles.get("Matthew Mann", set()), model.roles


def test_a_day_that_names_a_later_event_takes_no_year_from_its_section(nlp: Any) -> None:
    """(2) Is "the movements which led to the 10th of August", in a section of 1791, never asked as 10 August 1791
    (the day names the rising of 1792), while "On the 20th of June the king fled" still takes 1791?"""
    text = ("The Flight\n\nIn June 1791 the court prepared its departure from the capital. On the 20th of June the"
            " king fled with his family towards the frontier of the kingdom. The attempt at the Field of Mars was the"
            " prelude of the popular movements which led to the 10th of August.")
    from quizapp.bank.derive import resolve_dates

    paragraphs = split_paragraphs(clean_text(text))
    found = resolve_dates(paragraphs, sentences_of(paragraphs))
    days = [d.iso for ds in found.values() for d in ds]
    assert "1791-06-20" in days and "1791-08-10" not in days, days


def test_a_woman_is_offered_among_women_where_the_text_names_three(nlp: Any) -> None:
    """(6) Where the text names three other women, is a woman's question offered women only, so she is not the one
    woman among men, even when the prompt does not tell her gender?"""
    text = ("The Reading Club\n\nThe reading club of Lindau was founded in 1890. Anna Weber founded the club with"
            " Karl Roth in 1890. Clara Vogt joined the club in 1891. Marie Klein edited its journal from 1892."
            " Emma Keller gave its first lecture in 1893. Hans Lenz and Paul Sommer left the club in 1894. Otto"
            " Brenn wrote its history in 1895. Anna Weber chaired it until 1899. Clara Vogt moved to Hamburg in"
            " 1900. Marie Klein died in 1901. Emma Keller succeeded Anna Weber in 1899. Karl Roth sold the"
            " library in 1902. Hans Lenz, Paul Sommer and Otto Brenn were arrested in 1903.")
    bank = derive_bank(text, title="The Reading Club", source="club.txt")
    women = {"Anna Weber", "Clara Vogt", "Marie Klein", "Emma Keller"}
    asked = [q for q in bank.questions if q.answer in women and re.search(r"joined|edited|lecture", q.prompt)]
    assert asked
    for q in asked:
        assert set(q.distractors) <= women, (q.prompt, q.distractors)


def test_what_came_of_the_story_since_is_not_asked(nlp: Any) -> None:
    """(6) Are the sentences of an "In popular culture" or "Alleged relics" section (an actress in a series, a jar of
    bones) left unasked, while the story's own sections are asked?"""
    text = ("Life\n\nAnna Weber was born in Hamburg in 1880. She founded the Lindau reading club in 1899 with Karl"
            " Roth. She moved to Berlin in 1905 and died in Munich in 1931.\n\nIn popular culture\n\nAnna Weber was"
            " played by Clara Vogt in the 1995 film The Reader. The novelist Paul Sommer wrote a novel about Anna"
            " Weber in 2001. A musical by Otto Brenn opened in Vienna in 2010.")
    bank = derive_bank(text, title="Anna Weber", source="weber.txt")
    assert any("Hamburg" in q.source_sentence for q in bank.questions)
    assert not any(re.search(r"1995|2001|2010", q.source_sentence) for q in bank.questions)


def test_a_name_with_too_few_peers_is_asked_typed_not_dropped(nlp: Any) -> None:
    """Where a text names too few things of an answer's sort to offer three options (its only pamphlet, its only
    concert hall), is the fact asked as a typed question with no options; and never a country, a continent or a
    bare first name, which a student could guess or which says too little?"""
    text = ("Anna Weber\n\nAnna Weber was born in Leipzig in 1871. She moved to Berlin in 1890 and joined the "
            "socialist party there. In 1899 she wrote her most important work, the Junius Pamphlet, an attack on the "
            "war. "
            "In 1901 she spoke at the Temple of Music, a concert hall in Dresden. Her speech was printed in "
            "Hamburg and read across Europe. Her sister Katherine died in Munich in 1903. In 1905 Anna Weber met "
            "Karl Brandt in Cologne. In 1907 she quarrelled with Otto Kessler in Bremen. She died in Berlin in 1919.")
    bank = derive_bank(text, title="Anna Weber", source="weber.txt")
    typed = {q.answer: q for q in bank.questions if q.type is QuestionType.TYPED}
    assert {"Junius Pamphlet", "Temple of Music"} <= set(typed), [(q.answer, q.type) for q in bank.questions]
    assert all(not q.distractors and "____" in q.prompt or q.prompt.endswith("?") for q in typed.values())
    assert not {"Europe", "Katherine"} & set(typed)
    assert [q for q in bank.questions if q.type is QuestionType.MULTIPLE_CHOICE and len(q.distractors) == 3]


def test_a_noun_that_stands_for_what_was_told_before_is_asked_with_it(nlp: Any) -> None:
    """(7) Is "when he heard the news" or "the murders" asked with the sentence before it, which tells what the news
    was, and "the news of the raid", which says it, asked alone?"""
    text = ("Karl Brandt\n\nKarl Brandt was born in Leipzig in 1860. In 1902 the police raided his printing shop in "
            "Dresden. Karl Brandt fled to Geneva when he heard the news. The news of the raid reached Paul Weber in "
            "Zurich in 1902. Paul Weber wrote to Anna Kessler in Munich. Karl Brandt lived in Geneva until 1910. Karl "
            "Brandt died in Lyon in 1915. Anna Kessler died in Munich in 1920. Paul Weber died in Basel in 1921.")
    bank = derive_bank(text, title="Karl Brandt", source="brandt.txt")
    fled = [q for q in bank.questions if "heard the news" in q.prompt]
    assert fled and all(q.prompt.startswith("In 1902 the police raided") for q in fled), [q.prompt for q in fled]
    told = [q for q in bank.questions if "news of the raid" in q.prompt]
    assert told and all(q.prompt.startswith("The news of the raid") for q in told), [q.prompt for q in told]


def _long_life(extra: str, sentences: int) -> str:
    """A biography of ``sentences`` plain sentences about a few recurring people and towns, with ``extra`` inside."""
    towns = ["Leipzig", "Dresden", "Berlin", "Hamburg", "Munich", "Cologne", "Bremen", "Hanover"]
    friends = ["Karl Brandt", "Paul Weber", "Hans Keller", "Fritz Lang"]
    body = [f"In {1850 + i % 60} Anna Weber worked in {towns[i % 8]} with {friends[i % 4]} for {i % 9 + 2} weeks."
            for i in range(sentences)]
    body.insert(len(body) // 2, extra)
    return "Anna Weber\n\nAnna Weber was born in Leipzig in 1849.\n\n" + " ".join(body)


def test_a_person_named_once_in_a_long_text_is_a_detail(nlp: Any) -> None:
    """(6) In a text of over twenty pages, is a person the text names once ("the printer Otto Kessler") no answer,
    while in a short text the same sentence still asks him?"""
    from quizapp.bank.derive import LONG_TEXT_WORDS

    extra = "In 1899 Anna Weber hired the printer Otto Kessler in Dresden."
    long = _long_life(extra, LONG_TEXT_WORDS // 11)
    assert len(long.split()) > LONG_TEXT_WORDS
    short = _long_life(extra, 40)
    asked = [q.answer for q in derive_bank(short, title="Anna Weber", source="w.txt").questions]
    assert "Otto Kessler" in asked
    bank = derive_bank(long, title="Anna Weber", source="w.txt")
    assert "Otto Kessler" not in [q.answer for q in bank.questions]
    assert {"Karl Brandt", "Dresden"} <= {q.answer for q in bank.questions}


def test_a_person_named_once_but_introduced_by_office_is_asked_in_a_long_text(nlp: Any) -> None:
    """(8) In a text of over twenty pages, is a person named once still asked where the text says what made them
    matter: an office or a calling set after the name ("____, the German chancellor,", "____, a failed civil service
    candidate,") or a reigning monarch's numeral ("a portrait of Frederick III")? The default text lost Pierre Laval,
    "the French prime minister", and Nicholas II."""
    from quizapp.bank.derive import LONG_TEXT_WORDS

    extra = ("In 1899 Otto Kessler, the German chancellor, refused Anna Weber a passport. "
             "In 1899 Anna Weber painted a portrait of Frederick III in Berlin. "
             "Ernst Vogel, a failed civil service candidate, attacked Anna Weber's studio in 1903. "
             "Anna Weber sent a letter to Max Ritter, a friend of her father, in 1904.")
    long = _long_life(extra, LONG_TEXT_WORDS // 11)
    assert len(long.split()) > LONG_TEXT_WORDS
    asked = {q.answer for q in derive_bank(long, title="Anna Weber", source="w.txt").questions}
    assert {"Otto Kessler", "Frederick III", "Ernst Vogel"} <= asked
    assert "Max Ritter" not in asked  # a friend is no calling


def test_states_and_gatherings_are_not_offered_towns(nlp: Any) -> None:
    """(1) Is "the Weimar Republic" or "the Republic of Haiti" (states, beside countries) or "the Lovelace
    Colloquium" (a gathering) never given towns as options, nor offered among towns; is "the count d'Artois" never
    blanked as a place?"""
    from quizapp.bank.mentions.places import place_grain

    assert place_grain("Weimar Republic") == "country" and place_grain("Holy Roman Empire") == "country"
    assert place_grain("Haiti") == "country" and place_grain("Republic of Haiti") == "country"
    assert place_grain("Lovelace Colloquium") == "event" and place_grain("Pan-American Exposition") == "event"
    assert place_grain("Dresden") == "local" and place_grain("Republic") == "country"  # "the forms of the Republic"
    assert inside_name("The count d'Artois especially hastened the cabinets.", 10, 19)
    text = ("Anna Weber\n\nAnna Weber was born in Leipzig in 1871. She moved to Dresden in 1890 and to Berlin in 1895. "
            "The murders weakened the left throughout the Weimar Republic. She spoke at the Lovelace Colloquium in "
            "Hamburg in 1921. She lived in Munich in 1925 and in Cologne in 1930. She died in Bremen in 1933.")
    bank = derive_bank(text, title="Anna Weber", source="w.txt")
    towns = {"Leipzig", "Dresden", "Berlin", "Hamburg", "Munich", "Cologne", "Bremen"}
    for q in bank.questions:
        if q.answer in ("Weimar Republic", "Lovelace Colloquium"):
            assert not towns & set(q.distractors), q
        if q.answer in towns:
            assert not {"Weimar Republic", "Lovelace Colloquium"} & set(q.distractors), q


def test_peoples_joined_by_a_hyphen_are_one_side() -> None:
    """(1) Are "Anglo-allied" and "British-led allied" read as one side with the British, "Dutch-Belgian" as one,
    and "French and British" (who may be foes) not joined?"""
    from quizapp.bank.questions.options import _camps

    camp = _camps({0: "The Anglo-allied army held the ridge.", 1: "Dutch-Belgian troops fell back.",
                   2: "French and British guns fired all day."})
    assert camp("british") == camp("allied") and camp("dutch") == camp("belgian")
    assert camp("french") != camp("british") and camp("dutch") != camp("british")


def test_a_person_met_by_surname_is_introduced_in_full(nlp: Any) -> None:
    """(7) Is a person the sentence names by surname alone ("Weber printed ...") given the full name the text uses
    elsewhere ("Paul Weber"), so that the prompt says who it is; but never the main subject, nor a title taken for a
    name ("Marshal Grouchy" for "Grouchy")?"""
    text = ("Anna Kessler\n\nAnna Kessler was born in Leipzig in 1871. In 1890 she met the printer Paul Weber in "
            "Berlin. Marshal Grouchy visited Berlin in 1891. In 1902 Weber printed her pamphlet in Dresden. In 1903 "
            "Kessler met Grouchy in Hamburg. Paul Weber died in Munich in 1920. Anna Kessler died in Cologne in 1930. "
            "Grouchy died in Paris in 1925. Karl Brandt lived in Bremen in 1900. Karl Brandt died in Bremen in 1931.")
    bank = derive_bank(text, title="Anna Kessler", source="k.txt")
    printed = [q.prompt for q in bank.questions if re.search(r"printed (?:her|Anna Kessler's) pamphlet", q.prompt)]
    assert printed and all("Paul Weber printed" in p for p in printed), printed
    met = [q.prompt for q in bank.questions if "met Grouchy" in q.prompt or "met Marshal Grouchy" in q.prompt]
    assert met and all("Kessler met Grouchy" in p for p in met), met  # the main subject and a title stay as written


def test_an_army_is_asked_by_its_total_not_its_breakdown(nlp: Any) -> None:
    """(6) Is "an army of around 69,000" asked, its "000" not taken as shown by "48,000", and its breakdown into
    infantry, cavalry and guns not asked? (Where the breakdown adds up to the total, the total is not asked either:
    see test_a_total_is_not_asked_beside_its_parts.)"""
    text = ("Battle of Ligny\n\nThe battle was fought near Ligny in 1815. The French army of around 69,000 "
            "consisted of 48,000 infantry and 14,000 cavalry with 250 guns. The Prussian army under "
            "Blücher held "
            "the villages. Napoleon attacked Ligny in the afternoon. Blücher retreated to Wavre at night. Napoleon "
            "sent Grouchy after him to Wavre. Grouchy reached Wavre on 18 June 1815.")
    bank = derive_bank(text, title="Battle of Ligny", source="l.txt")
    amounts = [q.answer for q in bank.questions if q.answer_kind is AnswerKind.NUMBER]
    assert "69,000" in amounts and not {"48,000", "14,000", "250"} & set(amounts), amounts


def test_a_person_of_a_paper_is_asked_whole(nlp: Any) -> None:
    """(7) Is "Henry Seekamp of the Ballarat Times" asked as Henry Seekamp (he belongs to the paper), while "Henry V of
    England" is still never cut before "of"?"""
    from quizapp.bank.questions.candidates import _affiliated

    assert _affiliated("Henry Seekamp", AnswerKind.PERSON, " of the Ballarat Times was tried.")
    assert not _affiliated("Henry V", AnswerKind.PERSON, " of the English invaded.")
    assert not _affiliated("Henry Seekamp", AnswerKind.PERSON, " of Ballarat was tried.")
    text = ("Eureka\n\nThe miners of Ballarat rebelled in 1854. Henry Seekamp edited a paper in Ballarat. The first "
            "trial was a charge of sedition against Henry Seekamp of the Ballarat Times. Peter Lalor led the miners in "
            "1854. John Joseph was tried in Melbourne in 1855. Peter Lalor was elected in 1855. Henry Seekamp died "
            "in Queensland in 1864. John Joseph died in Melbourne in 1870. Peter Lalor died in Melbourne in 1889.")
    bank = derive_bank(text, title="Eureka", source="e.txt")
    assert [q for q in bank.questions if q.answer == "Henry Seekamp" and "charge of sedition" in q.prompt], \
        [q.prompt for q in bank.questions]


def test_a_pronoun_of_a_person_already_named_is_left_and_other_names_are_not_asked(nlp: Any) -> None:
    """(7) Is "Seekamp was arrested in his office" left as it is (not "... in Henry Seekamp's office"), while "Ida
    McKinley told him" still names him; is "(also known as the Klan Act)" not asked beside the act it names; and is
    "his book Post-Mortem in 2007" read as the title "Post-Mortem"?"""
    from quizapp.bank.mentions.titles import title_spans
    from quizapp.bank.questions.prompts import _named_before

    assert _named_before("Henry Seekamp", "Seekamp was arrested in ")
    assert _named_before("William McKinley", "William McKinley said that ")
    assert not _named_before("William McKinley", "Ida McKinley told ")
    line = "In 2007 he dismissed schizophrenia in his book Post-Mortem in 2007."
    assert [line[a:b] for a, b in title_spans(line)] == ["Post-Mortem"]
    text = ("Henry Seekamp\n\nHenry Seekamp was born in London in 1829. He edited the Ballarat Times in Ballarat. "
            "Seekamp was arrested in his office in Ballarat on 4 December 1854. In 1855 Henry Seekamp was tried in "
            "Melbourne. In 1871 Ulysses Grant signed the Civil Rights Act of 1871 (also known as the Klan Act) in "
            "Washington. Peter Lalor was elected in 1855. Henry Seekamp died in Queensland in 1864.")
    bank = derive_bank(text, title="The Ballarat Times", source="s.txt")
    assert not [q.prompt for q in bank.questions if "Seekamp's office" in q.prompt]
    assert [q.prompt for q in bank.questions if "arrested in his office" in q.prompt]
    assert "Klan Act" not in [q.answer for q in bank.questions]


def test_a_place_read_after_the_gets_options_that_read_after_the(nlp: Any) -> None:
    """(1) Is "a mission to the ____" (the West Indies) never offered towns that read wrong after "the" ("the
    Belfast"), but asked typed when the text names too few names that take "the"; while "the ____ road" (a town
    before a noun) still gets towns, and a country keeps its peers?"""
    from quizapp.bank.questions.options import _the_blank, takes_the

    assert takes_the("West Indies") and takes_the("Republic of Haiti") and takes_the("Liaodong Peninsula")
    assert not takes_the("Belfast") and not takes_the("Korea") and not takes_the("Hong Kong")
    assert _the_blank("went on a mission to the ", " to investigate.") and not _the_blank("along the ", " road.")
    text = ("Frederick Bailey\n\nFrederick Bailey was born in Talbot in 1818. He lived in Baltimore in 1826 and in "
            "Belfast in 1845. He spoke in Liverpool in 1846 and in Cork in 1846. In 1871 he went on a mission to the "
            "West Indies to investigate. He travelled along the Baltimore road in 1872. He died in Washington in 1895.")
    bank = derive_bank(text, title="Frederick Bailey", source="b.txt")
    indies = [q for q in bank.questions if q.answer == "West Indies"]
    assert indies and all(q.type is QuestionType.TYPED and not q.distractors for q in indies), indies
    road = [q for q in bank.questions if "road" in q.prompt and q.answer == "Baltimore"]
    assert all(q.distractors for q in road), road


def test_a_bare_this_points_back(nlp: Any) -> None:
    """(7) Is "Douglass did not favor this" (a "this" standing for what was told before) asked with the sentence
    before, or not at all, and never used as the context of another question; while "..., and this helped him" (its
    own clause tells it) stands alone?"""
    text = ("Frederick Bailey\n\nFrederick Bailey was born in Talbot in 1818. Some proposed sending freed slaves to "
            "Liberia in 1840. Frederick Bailey did not favor this, nor the plan of Henry Clay. He thought the plan "
            "resembled the scheme of the American Colonization Society. Frederick Bailey became a preacher in Lynn "
            "in 1839, and this helped him speak in Boston. He died in Washington in 1895. Henry Clay died in 1852.")
    bank = derive_bank(text, title="Frederick Bailey", source="b.txt")
    assert not [q.prompt for q in bank.questions if q.prompt.startswith("Frederick Bailey did not favor this")]
    assert [q.prompt for q in bank.questions if q.prompt.startswith("Frederick Bailey became a preacher in")]


def test_the_first_of_a_long_list_of_names_is_no_blank() -> None:
    """(6) Is the first of "A, B, C and D" ("included local anarchists, Raymond Callemin, Octave Garnier, René Valet
    and Edouard Carouy") no blank (any of the others would be right too), while a name before a clause is?"""
    from quizapp.bank.questions.prompts import in_list

    line = ("Bonnot formed a gang that included local anarchists, Raymond Callemin, Octave Garnier, René Valet and "
            "Edouard Carouy.")
    start = line.index("Raymond Callemin")
    assert in_list(line, start, start + len("Raymond Callemin"))
    other = "Bonnot met Raymond Callemin, who later joined the gang, in Paris."
    start = other.index("Raymond Callemin")
    assert not in_list(other, start, start + len("Raymond Callemin"))


def test_a_town_the_prompt_puts_in_a_state_gets_towns_of_that_state(nlp: Any) -> None:
    """(1) Is "shot at a fair in ____, New York" offered towns of New York (not Chicago or the Ohio towns the text
    names), "Canton, Ohio" read as the Ohio town, and a prompt whose region today's map disagrees with left alone?"""
    from quizapp.bank.mentions.lexicons import lies_in, similar_places
    from quizapp.bank.questions.options import _region_after

    assert _region_after(", New York, on 6 September.") == "New York" and _region_after(", Virginia.") == "Virginia"
    assert _region_after(", the daughter of a banker.") == ""
    assert lies_in("Buffalo", "New York") and lies_in("Chicago", "New York") is False
    assert all(lies_in(t, "Ohio") for t in similar_places("Canton", ("US",), 3, region="Ohio"))
    text = ("William Reed\n\nWilliam Reed was born in Niles in 1843. He lived in Canton in 1870 and in Chicago in "
            "1880. He spoke in Cleveland in 1890. In 1901 William Reed was shot at a fair in Buffalo, New York. "
            "He died in Buffalo in 1901. His wife died in Canton in 1907.")
    bank = derive_bank(text, title="William Reed", source="r.txt")
    shot = [q for q in bank.questions if "shot at a fair" in q.prompt and q.answer == "Buffalo"]
    assert shot and all(lies_in(d, "New York") for q in shot for d in q.distractors), shot


def test_one_end_of_a_range_of_amounts_is_no_question(nlp: Any) -> None:
    """(7) Is "a rally of 40–50 miners" never asked as "40–____" or "____–50"?"""
    text = ("Eureka\n\nIn 1851 the governor set a licence fee. On 26 August 1851 a rally of 40–50 miners opposing the "
            "fee was held at Hiscock's gully in Buninyong. In 1854 10,000 miners met at Bakery Hill in Ballarat. "
            "Peter Lalor led the miners in Ballarat in 1854. Peter Lalor died in Melbourne in 1889.")
    bank = derive_bank(text, title="Eureka", source="e.txt")
    assert not [q.prompt for q in bank.questions if re.search(r"\d\s*–\s*____|____\s*–\s*\d", q.prompt)]


def test_a_lead_in_cut_from_its_quotation_is_no_prompt(nlp: Any) -> None:
    """(7) Is "The emperor once bemoaned the situation by remarking, "..."" never asked without its quotation ("... by
    remarking.")?"""
    text = ("The Qing\n\nThe Qianlong Emperor ruled China from 1735 to 1796. The Qianlong Emperor once bemoaned the "
            "country's situation by remarking, \"The population continues to grow, but the land does not, and the "
            "people are poor.\" The Jiaqing Emperor succeeded him in 1796. The Daoguang Emperor ruled from 1820. "
            "The Xianfeng Emperor ruled from 1850.")
    bank = derive_bank(text, title="The Qing", source="q.txt")
    assert not [q.prompt for q in bank.questions if re.search(r"\bremarking\W*$", q.prompt)]


def test_a_long_prompt_ends_with_the_clause_of_its_blank(nlp: Any) -> None:
    """(7) Is a prompt of over 40 words cut after the clause that holds its blank (a second clause with its own subject
    is another statement), while a list after ", and the" is kept whole and a clue to the answer right after the
    blank (", who believed ...") is kept?"""
    text = ("The Brigades\n\nOn the rolls the official, or paper strength, for both brigades at Waterloo is given as 2,651 "
            "while Alessandro Barbero and other historians of the campaign estimate the actual strength at around "
            "2,000, and the official recorded losses for the two heavy cavalry brigades during the battle were 1,205 "
            "troopers and 1,303 horses. The occupation of the bay prompted a scramble for concessions in 1898, which "
            "included the German lease of Jiazhou Bay near Qingdao on the coast, the Russian acquisition of the "
            "Liaodong peninsula in the north, and the British lease of the New Territories of Hong Kong in the south.")
    bank = derive_bank(text, title="The Brigades", source="b.txt")
    strength = [q for q in bank.questions if q.answer == "2,651"]
    assert strength and all(q.prompt.endswith("is given as ____.") for q in strength), strength
    scramble = [q.prompt for q in bank.questions if "scramble for concessions" in q.prompt]
    assert scramble and all("British lease" in p for p in scramble), scramble


def test_a_pronoun_is_not_the_one_its_own_sentence_names_later(nlp: Any) -> None:
    """(3) Where the sentence before names two women, is "she" the one her own sentence does not name later ("Under
    her mother's influence, she ... making Annabella her executor": not Annabella), so that what follows is asked?"""
    text = ("Ada Lovelace\n\nAda Lovelace was born in London in 1815. Her mother, Annabella Milbanke, raised her alone. "
            "Ada Lovelace married William King in 1835. In 1852 Ada Lovelace fell ill with cancer.\n\n"
            "The illness lasted several months, in which time Annabella took command over whom Ada saw, and excluded "
            "all of her friends. Under her mother's influence, she had a religious transformation and was coaxed into "
            "making Annabella her executor. She was buried next to her father in the church at Hucknall in 1852.")
    bank = derive_bank(text, title="Ada Lovelace", source="a.txt")
    buried = [q for q in bank.questions if "buried" in q.source_sentence and q.answer == "Hucknall"]
    assert buried and not [q for q in buried if "Annabella was buried" in q.prompt], [q.prompt for q in buried]
    assert _key_of(text, "Ada Lovelace", "She was buried") == "Ada Lovelace"


def test_a_month_earlier_than_the_last_date_gets_no_guessed_year(nlp: Any) -> None:
    """(8) Is a day whose month comes before the last date's ("She died on 27 November 1852. ... on 30 August"; "a fee
    from 1 September 1851. On 26 August, a rally") never given the next year, while "5th January" after
    "3rd December, 1914" still is?"""
    from quizapp.bank.text.dates import find_dates, with_year

    august = next(d for d in find_dates("on 30 August which caused him to leave") if d.needs_year)
    assert with_year(august, 1852, 11) is None and with_year(august, 1852, 9) is None
    january = next(d for d in find_dates("The city fell on 5th January after a long winter.") if d.needs_year)
    assert (resolved := with_year(january, 1914, 12)) is not None and resolved.iso == "1915-01-05"
    text = ("Ada Lovelace\n\nAda Lovelace was born in London on 10 December 1815. She married William King in 1835.\n\n"
            "Ada Lovelace died in London on 27 November 1852, from cancer. The illness lasted several months. She "
            "lost contact with her husband after confessing something to him on 30 August, which caused him to leave.")
    bank = derive_bank(text, title="Ada Lovelace", source="a.txt")
    assert not [q for q in bank.questions if q.date and q.date.endswith("-08-30")]


def test_a_life_span_after_a_name_is_asked_as_born_and_died(nlp: Any) -> None:
    """(8) Is the life span in brackets that opens a biography asked ("Marie Duval (née Roux; born ____) was ...";
    "(... died ____)"), while the years of a war in brackets are still no cloze?"""
    text = ("Marie Duval\n\nMarie Duval (née Roux; 3 May 1850 – 9 June 1899) was a French engraver and painter of Lyon. "
            "She studied in Paris in 1868 and married Henri Blanc in 1872. She fought in the Franco-Prussian War "
            "(1870 – 1871) as a nurse in Metz. Henri Blanc died in Marseille in 1901. Louis Duval died in Grenoble in "
            "1905.")
    bank = derive_bank(text, title="Marie Duval", source="m.txt")
    asked = {q.date: q.prompt for q in bank.questions if q.date}
    assert "(née Roux; born ____)" in asked.get("1850-05-03", "") or "(née Roux; died ____)" in asked.get(
        "1899-06-09", ""), asked
    assert not [p for d, p in asked.items() if d in ("1870", "1871") and "____" in p], asked  # asked of the war by
    # name at most ("When did the Franco-Prussian War begin?"), never as one end of the span
    from quizapp.bank.questions.candidates import _life_span
    from quizapp.bank.text.dates import find_dates

    line = "Marie Duval (née Roux; 3 May 1850 – 9 June 1899) was a French engraver."
    born, died = find_dates(line)
    assert _life_span(line, died, frozenset({len("Marie Duval")})) == ((line.index("3 May"), died.start, "died "),)
    assert _life_span(line, born, frozenset()) is None  # no person's name before the bracket


def test_an_owner_in_brackets_is_not_another_name_of_the_thing(nlp: Any) -> None:
    """(2) Is "The Prussian IV Corps (Bülow's)" no sign that the corps and Bülow are one, so that neither is kept from
    a question where the other stands; and is "(____'s)" no blank?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("Waterloo\n\nThe Prussian IV Corps (Bülow's) was the first to arrive in strength at Plancenoit. General "
            "Friedrich von Bülow led the Prussian IV Corps from Wavre on 18 June 1815. At Wavre, the Prussian IV Corps "
            "under Bülow was designated to lead the march. General Friedrich von Bülow died in Königsberg in 1816.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert not any("Bülow" in k and "Corps" in " ".join(v) for k, v in index.same_as.items()), index.same_as
    bank = derive_bank(text, title="Waterloo", source="w.txt")
    assert not [q.prompt for q in bank.questions if "(____'s)" in q.prompt]


def test_the_city_or_the_book_of_the_sentence_before_points_back(nlp: Any) -> None:
    """(7) Is "They arrived in the city on ____" or "The book, first published in ____, is a reader" asked with the
    sentence that names the city or the book, and "the city of Lyon" asked alone?"""
    text = ("William Reed\n\nThe Pan-American Exposition was a world's fair held in Buffalo in 1901. William Reed and "
            "his wife arrived in the city on 4 September 1901. Reed read The Columbian Orator, an anthology, at about "
            "age twelve. The book, first published in 1797, is a classroom reader of essays and speeches. William "
            "Reed moved to the city of Lyon in 1905 and died in Lyon in 1910.")
    bank = derive_bank(text, title="William Reed", source="r.txt")
    by_date = {q.date: q.prompt for q in bank.questions if q.date}
    assert by_date.get("1901-09-04", "").startswith("The Pan-American Exposition"), by_date
    assert by_date.get("1797", "").startswith("Reed read The Columbian Orator"), by_date
    assert by_date.get("1905", "").startswith("William Reed moved to the city of Lyon"), by_date


def test_a_long_lead_in_to_a_quotation_is_no_prompt(nlp: Any) -> None:
    """(7) Is "Peter Lalor wrote in a statement to the colonists of Victoria, "..."" never asked without its quotation
    (a lead-in of eight words or more after "wrote")?"""
    text = ("Eureka\n\nThe rebels built a stockade at Ballarat in 1854. Following the battle, rebel leader Peter Lalor "
            "wrote in a statement to the colonists of Victoria, \"There are two things connected with the late outbreak "
            "which I deeply regret, and I will tell you both of them now.\" Peter Lalor was elected in 1855 in Ballarat. "
            "Peter Lalor died in Melbourne in 1889.")
    bank = derive_bank(text, title="Eureka", source="e.txt")
    assert not [q.prompt for q in bank.questions if "statement to the colonists" in q.prompt]


def test_a_context_that_needs_context_brings_the_sentence_before_it(nlp: Any) -> None:
    """(3) Is "They were married on ____" asked after both sentences it needs ("Ward sent for Anna Murray. She brought
    the basics. They were married ..."), and never after a first sentence that does not stand alone itself?"""
    text = ("Frederick Ward\n\nFrederick Ward escaped to New York in 1838. Once Ward had arrived, he sent for Anna Murray to "
            "follow him north to New York. She brought with her the basics for them to set up a home. They were married on 15 "
            "September 1838 by a Presbyterian minister. Four days later he was seen in a house in Newport. It was "
            "surrounded by police. They arrested him on 2 October 1838 in Newport. Frederick Ward died in Boston in 1895.")
    bank = derive_bank(text, title="Frederick Ward", source="w.txt")
    married = [q.prompt for q in bank.questions if q.date == "1838-09-15"]
    assert married and all(p.startswith("Once Ward had arrived") for p in married), married
    assert not [q.prompt for q in bank.questions if q.prompt.startswith("Four days later")]


def test_a_title_of_one_word_is_typed_whole(nlp: Any) -> None:
    """(8) Is a book of one word with no peers to offer ("a book, Flyology, illustrating ...") asked to be typed, while a
    title the text cuts short ("his bull Divina disponente": "Divina") is never a blank before its other word?"""
    text = ("Ada Lovelace\n\nAda Lovelace was born in London in 1815. In 1828 Ada Lovelace decided to write a book, "
            "Flyology, illustrating some of her findings. Ada Lovelace married William King in 1835. She was honoured "
            "by Pope Pius XI in his bull Divina disponente in 1925. Ada Lovelace died in London in 1852.")
    bank = derive_bank(text, title="Ada Lovelace", source="a.txt")
    fly = [q for q in bank.questions if q.answer == "Flyology"]
    assert fly and all(q.type is QuestionType.TYPED for q in fly), fly
    assert not [q.prompt for q in bank.questions if "____ disponente" in q.prompt]


def test_a_title_is_no_person_and_two_titles_are_two(nlp: Any) -> None:
    """(1) Is "Destiny of a Revolution" (a first name, then "of a") no person's name, while "Joan of Arc" still is; and
    are "his last two novels, The Long Dusk and The Case of Comrade Tulayev" two titles ("War and Peace" one)?"""
    from collections import Counter as Votes

    from quizapp.bank.mentions.kinds import name_evidence
    from quizapp.bank.mentions.titles import title_spans

    assert not name_evidence("Destiny of a Revolution", Votes())["name:person"]
    assert name_evidence("Joan of Arc", Votes())["name:person"]
    line = "It was later that his last two novels, The Long Dusk and The Case of Comrade Tulayev, were published."
    assert {line[a:b] for a, b in title_spans(line)} >= {"The Long Dusk", "The Case of Comrade Tulayev"}
    line = "He wrote the novel War and Peace, which was printed in Moscow."
    assert "War and Peace" in {line[a:b] for a, b in title_spans(line)}


def test_a_name_met_only_as_a_makers_mark_lends_no_option(nlp: Any) -> None:
    """(1) Is "a small Iver Johnson revolver", the name's only mention, no person to offer among the people?"""
    text = ("William Reed\n\nWilliam Reed was shot in Buffalo by Leon Czolgosz in 1901. On 2 September Leon Czolgosz bought "
            "a small Iver Johnson revolver for $4.50 in Buffalo. Leon Czolgosz was tried before Truman C. White in "
            "1901. Thomas Penney led the prosecution in 1901. James Parker struck Leon Czolgosz in the face in 1901. "
            "Matthew D. Mann led the operation in 1901.")
    bank = derive_bank(text, title="William Reed", source="r.txt")
    people = [q for q in bank.questions if q.answer_kind is AnswerKind.PERSON]
    assert people and not [q for q in people if "Iver Johnson" in {q.answer, *q.distractors}], people


def test_a_pronoun_after_a_role_of_its_gender_is_left_as_written(nlp: Any) -> None:
    """(3) Is "The previous king had believed he was made of glass" never written "... believed Charles VI was made of
    glass" (which reads as another man), while "In 1392 he went mad" still names him?"""
    from quizapp.bank.mentions.references import Reference
    from quizapp.bank.questions.prompts import _role_before

    line = "The previous king had believed he was made of glass."
    he = Reference(line.index(" he ") + 1, line.index(" he ") + 3, "he", "Charles VI", False, False)
    assert _role_before(he, line)
    line = "In 1392 he went mad at Le Mans."
    assert not _role_before(Reference(8, 10, "he", "Charles VI", False, False), line)
    line = "The queen had believed he was made of glass."
    assert not _role_before(Reference(line.index(" he ") + 1, line.index(" he ") + 3, "he", "Charles VI", False, False), line)
    text = ("Charles VII\n\nCharles VI of France went mad in 1392 at Le Mans. Charles VI of France died in Paris in 1422. "
            "The previous king had believed he was made of glass. Charles VII was crowned at Reims in 1429. "
            "Charles VII died at Mehun in 1461.")
    bank = derive_bank(text, title="Kings", source="k.txt")
    assert not [q.prompt for q in bank.questions if "believed Charles VI" in q.prompt]


def test_a_country_whose_adjective_stands_in_the_prompt_is_no_answer(nlp: Any) -> None:
    """(6) Is "a member of the Belgian government obtained him a visa to live in ____" never asked (Belgium), nor "two
    German missionaries were murdered ... ____ used the murders" (Germany)?"""
    from quizapp.bank.questions.candidates import visible

    assert visible("Belgium", "Vandervelde, a member of the Belgian government, obtained a visa to live in ____.")
    assert visible("Germany", "Two German missionaries were murdered in Shandong, and ____ used the murders.")
    assert visible("Italy", "The Italian army crossed into ____.")
    assert not visible("Belgium", "Vandervelde, a member of the Dutch government, obtained a visa to live in ____.")


def test_a_clause_with_only_an_infinitive_or_a_that_is_no_prompt(nlp: Any) -> None:
    """(7) Is a semicolon clause of a long sentence that borrows its verb ("...; Prussia to strengthen the absolute
    power;") or reports a claim ("...; that she was secretly the half sister of King Charles VII;") never a prompt?"""
    text = ("The Coalition\n\nA general coalition was soon formed against the French revolution by the great powers of "
            "Europe in 1791. Austria engaged in it with the hope of aggrandizement and of glory for the house of Habsburg "
            "in the wars to come; Prussia to strengthen the threatened absolute power of the crown, and profitably to "
            "engage its unemployed army; the king of Sweden, who had made himself the champion of arbitrary power, to "
            "re-establish it in France. Claims about Marie Lenoir include: that Marie Lenoir was not actually burned at "
            "the stake in Rouen in 1431 by the English; that she was secretly the half sister of King Charles VII of "
            "France; that she was not a true Christian but a member of a pagan cult of the old religion. Prussia signed "
            "a treaty with Austria at Pilnitz in 1791. Sweden signed a treaty with Russia in 1790. Charles VII of France "
            "was crowned at Reims in 1429. Henry VI of England was crowned in Paris in 1431.")
    bank = derive_bank(text, title="The Coalition", source="c.txt")
    prompts = [q.prompt for q in bank.questions]
    assert prompts, "the plain sentences give questions"
    assert not [p for p in prompts if "to strengthen" in p or "half sister" in p], prompts


def test_a_city_before_dc_is_no_blank(nlp: Any) -> None:
    """(7) Is "Douglass then moved to ____, D.C." never asked: the district is part of the city's name?"""
    assert inside_name("Douglass then moved to Washington, D.C. in 1877.", 23, 33)
    assert not inside_name("Douglass then moved to Rochester, New York, in 1847.", 23, 32)


def test_members_of_a_body_make_it_a_body_not_a_place(nlp: Any) -> None:
    """(1) Is "the Centre", whose "members" the text names, no place (the gazetteer knows a French region of that
    name), and so never an option among towns; while "a member of Jean de Luxembourg's unit" leaves him a person?"""
    from collections import Counter as Votes

    from quizapp.bank.mentions.kinds import span_evidence
    from quizapp.bank.mentions.spans import Span
    from quizapp.bank.nlp.parse import EMPTY as EMPTY_PARSE

    def votes(text: str, name: str) -> Votes[AnswerKind]:
        start = text.index(name)
        span = Span(0, start, start + len(name), name, "", start)
        return span_evidence(span, text, EMPTY_PARSE, set())

    assert votes("The Lameth party met the principal members of the Centre in 1791.", "Centre")[AnswerKind.ORG] >= 2
    assert votes("Lionel was a member of Jean de Luxembourg's unit.", "Jean de Luxembourg")[AnswerKind.ORG] == 0


def test_a_plural_name_with_an_article_the_model_calls_a_body_is_a_body(nlp: Any) -> None:
    """(1) Are "the Eight Banners" (a body the model labels an organisation, met after "into the" and "in the") and
    "the Scots Greys" bodies, never places, while "the West Indies", named once, is not made a body?"""
    from quizapp.bank.mentions.kinds import name_evidence

    assert name_evidence("Eight Banners", Counter({"ner:org": 9, "article": 9}))["name:org"] > 0
    assert name_evidence("West Indies", Counter({"ner:org": 1, "article": 1}))["name:org"] == 0
    assert name_evidence("Netherlands", Counter({"ner:org": 3, "article": 3}))["name:org"] == 0  # a country


def test_a_name_typed_from_memory_is_asked_at_most_twice(corpus: dict[str, Any]) -> None:
    """(5) Is a name with no options to offer (a regiment of its own sort) typed at most twice, however often the text
    names it, and a people or faction ("the Prussians") at most four times?"""
    from quizapp.bank.questions.ranking import PEOPLE_TYPED, PER_ANSWER_TYPED

    text = corpus["wiki_battle_of_waterloo"]
    groups = _indexed(text.text)[0].groups
    typed = Counter(q.answer for q in text.bank.questions if q.type is QuestionType.TYPED)
    assert typed and all(n <= (PEOPLE_TYPED if a in groups else PER_ANSWER_TYPED) for a, n in typed.items()), typed
    assert "Prussians" in groups and typed["Prussians"] > PER_ANSWER_TYPED  # the side that decided the battle


def test_a_writer_quoted_in_the_words_of_is_a_commentator(nlp: Any) -> None:
    """(6) Is a historian the text names only as "In the words of DeVries", "DeVries declares" and "DeVries argues
    that" never asked ("Who argues that ...?")?"""
    from quizapp.bank.questions.trivia import commenting

    line = 'In the words of DeVries, "The kingdom was not even a shadow."'
    assert commenting(line, line.index("DeVries"), line.index("DeVries") + 7)
    line = 'This is one reason DeVries declares, "No person has been the subject of more study."'
    assert commenting(line, line.index("DeVries"), line.index("DeVries") + 7)


def test_a_reading_of_foreign_script_in_brackets_is_no_name(corpus: dict[str, Any]) -> None:
    """(1) Is "Zhōngguó" in '"China" (中國, Zhōngguó; "Middle Kingdom")' a gloss on a word, never an answer nor an option
    among places, even where the clause ends before the bracket closes?"""
    from quizapp.bank.mentions.spans import _gloss

    line = 'The Manchus identified their state as "China" (中國, Zhōngguó; "Middle Kingdom"), and referred to it so.'
    assert _gloss(line, line.index("Zhōngguó"), line.index("Zhōngguó") + 8)
    line = 'They spoke of "Chinese people" (中國之人 Zhōngguó zhī rén;'
    assert _gloss(line, line.index("Zhōngguó"), line.index("Zhōngguó") + 8)
    line = "The army marched from Beijing (then the capital) to Xi'an in 1644."
    assert not _gloss(line, line.index("Xi'an"), line.index("Xi'an") + 5)
    bank = corpus["wiki_qing_dynasty"].bank
    assert not [q.prompt for q in bank.questions if "Zhōngguó" in {q.answer, *q.distractors}]


def test_a_building_the_model_names_once_with_nothing_else_is_no_place(corpus: dict[str, Any]) -> None:
    """(1) Is "Literary Inquisition", named once and called a building only by the model's label, no place to ask
    about nor to offer, while "the Temple of Music", which the text puts things "in", stays one?"""
    bank = corpus["wiki_qing_dynasty"].bank
    assert not [q.prompt for q in bank.questions if "Literary Inquisition" in {q.answer, *q.distractors}]
    text = ("William Reed\n\nWilliam Reed was born in Niles in 1843. William Reed held a public reception in the Temple of "
            "Music. William Reed died in Buffalo in 1901. Ida Reed died in Canton in 1907. Leon Czolgosz was born in "
            "Alpena in 1873.")
    bank = derive_bank(text, title="William Reed", source="r.txt")
    assert [q for q in bank.questions if q.answer == "Temple of Music"]


def test_an_office_beside_the_blank_is_held_by_every_option(corpus: dict[str, Any]) -> None:
    """(1) Is "the emperor ____" offered only emperors, and "the president of the exposition, ____" never the text's
    presidents of the country, where too few of the office are named to offer (then the name is typed or not asked)?"""
    banks = (corpus["gutenberg_mignet_1791"].bank, corpus["handout_mckinley_assassination"].bank)
    emperors = [q for q in banks[0].questions if re.search(r"\bthe emperor ____", q.prompt)]
    assert not [q for q in emperors if q.distractors], emperors  # Leopold is the only other emperor
    host = [q for q in banks[1].questions if q.answer == "John G. Milburn"]
    assert host and not [q for q in host if {"Abraham Lincoln", "James A. Garfield"} & set(q.distractors)], host


def test_a_sentence_opening_from_there_or_then_needs_the_one_before(nlp: Any) -> None:
    """(7) Is "From there, Douglass went by steamboat to ____" or "Then 23 years old, ..." never asked alone?"""
    paragraph = split_paragraphs("Frederick Bailey\n\nFrederick Bailey boarded a train in Baltimore in 1838 and reached "
                                 "Wilmington. From there, Frederick Bailey went by steamboat along the Delaware River "
                                 "to Philadelphia.")
    sentences = sentences_of(paragraph)
    fr = frame(sentences[-1], None, sentences[-2])
    assert fr is None or fr.context


def test_a_date_of_the_main_subjects_life_gets_no_option_outside_it(nlp: Any) -> None:
    """(6) Is a date of the main subject's life never offered beside years after their death or before their birth
    (a move to Breslau offered four years after the death)? (Where the options lie beside the answer is left to
    chance: see test_the_answers_place_among_wrong_amounts_tells_nothing.)"""
    text = ("Marie Duval\n\nMarie Duval (3 May 1850 – 9 June 1854) was a French child painter. In 1851 she moved to Lyon. "
            "In 1852 she painted her first picture in Lyon. In 1853 she exhibited in Paris. Her friend Claire Morel "
            "admired her work in Paris. Marie Duval died in Lyon in 1854.")
    bank = derive_bank(text, title="Marie Duval", source="m.txt")
    dates = [q for q in bank.questions if q.answer_kind is AnswerKind.DATE and q.answer in ("1851", "1852", "1853")]
    assert dates, [q.prompt for q in bank.questions]
    for q in dates:
        years = [int(d[:4]) for d in q.distractors]
        assert all(1850 <= y <= 1854 for y in years), q


def test_the_main_subjects_years_come_from_the_text(nlp: Any) -> None:
    """(6) Are the years of the main subject's life read from a bracket after their name, or from "she was born" and
    "she died" with dates, but never from another's death in a sentence that names them?"""
    from quizapp.bank.derive import life_years
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.references import person_genders, resolve
    from quizapp.bank.nlp.parse import parse_sentences

    def years(text: str, hero: str) -> tuple[int, int] | None:
        paragraphs = split_paragraphs(clean_text(text))
        sentences = sentences_of(paragraphs)
        parses = parse_sentences([s.text for s in sentences])
        index = build_index(sentences, parses)
        references = resolve(sentences, parses, paragraphs, index, hero, person_genders(sentences, parses, index))
        return life_years({hero}, index, sentences, resolve_dates(paragraphs, sentences), references)

    assert years("Ada King\n\nAda King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852) was an "
                 "English mathematician.", "Ada King") == (1815, 1852)
    assert years("Joan Arc\n\nJoan Arc was born in Domremy in 1412. Joan Arc led the army at Orleans in 1429. She was "
                 "burned at the stake in Rouen in 1431.", "Joan Arc") == (1412, 1431)
    assert years("Frederick Bailey\n\nFrederick Bailey was born in Talbot County in 1818. Frederick Bailey wrote to "
                 "Thomas Auld, whose wife had died in 1849.", "Frederick Bailey") is None


def test_a_prompt_still_too_long_drops_a_spare_phrase_after_its_blank(corpus: dict[str, Any]) -> None:
    """(7) Does a prompt over 45 words with its context end before a participle or a second verb after its blank
    (", marking the official end of the dynasty"; ", and elevated ...") rather than run on, while keeping a clue set
    beside the blank ("written by ____, the son of the Minister of Sydney")?"""
    bank = corpus["wiki_qing_dynasty"].bank
    last_ming = [q.prompt for q in bank.questions if q.answer == "Chongzhen Emperor" and "committed suicide" in q.prompt]
    assert last_ming and all("marking the official end" not in p for p in last_ming), last_ming
    bank = corpus["wiki_eureka_rebellion"].bank
    lang = [q.prompt for q in bank.questions if q.answer == "George Lang"]
    assert lang and all("the son of" in p for p in lang), lang


def test_a_role_in_brackets_after_a_name_gives_the_gender(corpus: dict[str, Any]) -> None:
    """(1) Is "Medora Leigh (the daughter of Lord Byron's half-sister)" a woman, never offered where a man is asked
    ("____ made no attempt to claim his parental rights")?"""
    from quizapp.bank.mentions.references import ROLE_AFTER

    assert ROLE_AFTER.match(" (the daughter of Lord Byron's half-sister Augusta Leigh) were told")
    assert ROLE_AFTER.match(", the daughter of Byron's half-sister")
    bank = corpus["wiki_ada_lovelace"].bank
    byron = [q for q in bank.questions if q.answer == "Lord Byron"]
    assert byron and not [q for q in byron if {"Medora Leigh", "Elizabeth Medora Leigh"} & set(q.distractors)]


def test_a_title_someone_was_made_is_no_person(corpus: dict[str, Any]) -> None:
    """(1) Is "Viscount Ockham" of "her husband was made Earl of Lovelace and Viscount Ockham" a title conferred, not a
    person to ask about or offer beside Babbage?"""
    bank = corpus["wiki_ada_lovelace"].bank
    assert not [q.prompt for q in bank.questions if "Viscount Ockham" in {q.answer, *q.distractors}]


def test_a_body_of_a_known_sort_is_offered_only_beside_bodies_of_its_sort(corpus: dict[str, Any]) -> None:
    """(1) Is a body whose name or text tells its sort ("Legislative Assembly of Victoria", "British Computer Society")
    offered only beside bodies of that sort, and typed or not asked where the text names too few (never "Speaker of
    the ____" with a commission and a flag, nor a society beside a detective agency and a military standard)?"""
    from quizapp.bank.questions.options import org_grain

    for name in ("wiki_eureka_rebellion", "wiki_ada_lovelace"):
        bodies = [q for q in corpus[name].bank.questions if q.answer_kind is AnswerKind.ORG and org_grain(q.answer)]
        assert bodies
        for q in bodies:
            assert all(org_grain(d) == org_grain(q.answer) for d in q.distractors), q


def test_a_town_is_offered_beside_towns_where_the_text_names_enough(corpus: dict[str, Any]) -> None:
    """(1) Is a town the gazetteer knows ("Paris", "Varennes") offered beside towns, never beside a region or a
    building of the text ("Alsace", "Invalides"), where the text names three towns or more?"""
    bank = corpus["gutenberg_mignet_1791"].bank
    towns = [q for q in bank.questions if q.answer in ("Paris", "Varennes", "Brussels", "Mantua")]
    assert towns
    assert not [q for q in towns if {"Alsace", "Invalides"} & set(q.distractors)], towns


def test_a_presidential_election_year_is_offered_beside_election_years(corpus: dict[str, Any]) -> None:
    """(6) Is "won the presidential election of ____" offered election years four apart (1892, 1904), never 1894 or
    1897, which no student would take for an election, nor a year the text gives another of its elections (1900)?"""
    text = ("William Reed\n\nWilliam Reed was born in Niles in 1843. William Reed served as Governor of Ohio before he won "
            "the presidential election of 1896 against William Bryan. William Bryan was born in Salem in 1860.")
    bank = derive_bank(text, title="William Reed", source="r.txt")
    election = [q for q in bank.questions if q.answer == "1896"]
    assert election, [q.prompt for q in bank.questions]
    assert all((int(d[:4]) - 1896) % 4 == 0 for q in election for d in q.distractors), election
    bank = corpus["handout_mckinley_assassination"].bank
    election = [q for q in bank.questions if q.answer == "1896" and "election" in q.prompt]
    assert election and not [q for q in election if "1900" in q.distractors], election  # he beat Bryan again in 1900


def test_the_case_or_the_constitution_with_nothing_to_say_which_points_back(nlp: Any) -> None:
    """(7) Is "The case caused the Soviet government embarrassment" or "the constitution still called ____ a colony"
    asked only with the sentence before, where the case or the constitution is told?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _pointing_back

    for line, expected in (("The case caused the Soviet government considerable embarrassment in 1936.", True),
                           ("Although the constitution still called Haiti a French colony, many saw it otherwise.", True),
                           ("The case of Victor Serge caused the Soviet government embarrassment in 1936.", False),
                           ("The machine was never built.", True)):
        parse = parse_sentences([line])[0]
        assert (_pointing_back(parse, len(line)) is not None) is expected, line


def test_also_beside_a_verb_is_dropped_from_a_prompt_asked_alone(nlp: Any) -> None:
    """(7) Is "____ also arranged a meeting with Hans Brusse" asked as "____ arranged a meeting with Hans Brusse" (also,
    beside what the student never sees?), while "not only ... but also" and "too radical" stay as written?"""
    text = ("Walter Krivitsky\n\nWalter Krivitsky fled to Paris in 1937. Walter Krivitsky also arranged a meeting with "
            "Hans Brusse in Paris in 1937. Hans Brusse pleaded with Walter Krivitsky to return in 1937. Walter Krivitsky "
            "came to consider Hans Brusse too dangerous. Hans Brusse was born in Amsterdam in 1900. Elsa Poretsky lived "
            "in Paris in 1937. Ignace Reiss was killed in Lausanne in 1937.")
    prompts = _prompts(text)
    meeting = [p for p in prompts if "arranged a meeting" in p]
    assert meeting and not [p for p in meeting if " also " in p], meeting
    assert all("too dangerous" in p for p in prompts if "consider" in p)


def test_a_subject_with_his_own_possession_is_asked_as_a_wh_question(nlp: Any) -> None:
    """(7) Is "____ sent a third of his forces to pursue the Prussians" asked "Who sent a third of his forces ...?",
    while "____ destroyed most of their letters" (whose? others') stays a cloze?"""
    text = ("Battle of Ligny\n\nNapoleon Bonaparte sent a third of his forces to pursue the Prussians in 1815. Michel Ney "
            "destroyed most of their letters at Quatre Bras in 1815. Napoleon Bonaparte was born in Ajaccio in 1769. "
            "Michel Ney was born in Saarlouis in 1769. Gebhard Blücher was born in Rostock in 1742.")
    bank = derive_bank(text, title="Battle of Ligny", source="l.txt")
    prompts = {q.prompt for q in bank.questions}
    assert "Who sent a third of his forces to pursue the Prussians in 1815?" in prompts, prompts
    assert not [p for p in prompts if p.startswith("Who destroyed")], prompts


def test_a_side_comes_from_the_words_before_a_name_only_when_they_name_a_rank(nlp: Any) -> None:
    """(1) Is "The French pursued Wellington" no sign that Wellington is French (while "the French general Reille" is
    one), and is a marshal commanding a wing of "his army" on the side of the one whose army it is?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.options import _sides

    text = ("Battle of Ligny\n\nA French army under the command of Napoleon Bonaparte fought at Ligny in 1815. Napoleon "
            "Bonaparte divided his army into a left wing commanded by Michel Ney and a right wing commanded by Emmanuel "
            "Grouchy. The French pursued Arthur Wellington to Waterloo. The French general Honoré Reille attacked at "
            "noon. Arthur Wellington held the ridge.")
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    sides = _sides(index, {s.index: s.text for s in sentences})
    assert sides.get("Napoleon Bonaparte") == "french" and sides.get("Honoré Reille") == "french", sides
    assert sides.get("Michel Ney") == "french" and sides.get("Emmanuel Grouchy") == "french", sides
    assert "Arthur Wellington" not in sides, sides


def test_an_owner_in_brackets_ending_in_s_is_no_blank(corpus: dict[str, Any]) -> None:
    """(7) Is "the Prussian 24th Regiment (____')" never a prompt, as "(____'s)" is not: the owner of a unit in
    brackets is an aside?"""
    bank = corpus["wiki_battle_of_waterloo"].bank
    assert not [q.prompt for q in bank.questions if re.search(r"\(____['’]s?\)", q.prompt)]


def test_an_owner_in_brackets_is_a_person_and_a_battle_of_names_a_place(nlp: Any) -> None:
    """(1) Is "Zieten" of "the Prussian I Corps (Zieten's)" a person (the unit's commander), not a body its apposition
    makes him, and "Ligny" of "the Battle of Ligny" a place, however the model labels "After Ligny, the Prussian army"?"""
    from collections import Counter as Votes

    from quizapp.bank.mentions.kinds import span_evidence
    from quizapp.bank.mentions.spans import Span
    from quizapp.bank.nlp.parse import parse_sentences

    def votes(text: str, name: str) -> Votes[AnswerKind]:
        start = text.index(name)
        return span_evidence(Span(0, start, start + len(name), name, "", start), text, parse_sentences([text])[0], set())

    zieten = votes("Throughout the afternoon, the Prussian I Corps (Zieten's) had been arriving.", "Zieten")
    assert zieten[AnswerKind.PERSON] > zieten[AnswerKind.ORG], zieten
    ligny = votes("On 16 June, he attacked the Prussian army at the Battle of Ligny.", "Ligny")
    assert ligny[AnswerKind.PLACE] >= 3, ligny


def test_a_person_introduced_by_a_role_before_a_noun_is_no_makers_mark(nlp: Any) -> None:
    """(8) Is "Emma Goldman" of "heard the anarchist speaker Emma Goldman lecture in Cleveland" a candidate answer, while
    "a small Iver Johnson revolver" stays a maker's mark?"""
    from quizapp.bank.questions.candidates import _INTRODUCED

    line = "Leon Czolgosz heard the anarchist speaker Emma Goldman lecture in Cleveland."
    assert _INTRODUCED.search(line[:line.index("Emma")])
    line = "Leon Czolgosz bought a small Iver Johnson revolver."
    assert not _INTRODUCED.search(line[:line.index("Iver")])


def test_where_a_home_stands_is_a_place(corpus: dict[str, Any]) -> None:
    """(1) Is "Kirkby Mallory" of "her parents' home at Kirkby Mallory" a place, whatever the model's organisation label
    says?"""
    bank = corpus["wiki_ada_lovelace"].bank
    kirkby = [q for q in bank.questions if q.answer == "Kirkby Mallory"]
    assert kirkby and all(q.answer_kind is AnswerKind.PLACE for q in kirkby), kirkby



def test_a_calling_in_the_plural_is_a_calling(nlp: Any) -> None:
    """(1) Does "two retired judges named Loran Lewis and Robert Titus" give both the calling "judge" (the roles that
    keep a president from being offered as a judge)?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.options import build_context

    text = ("The Trial\n\nLeon Czolgosz refused to speak to his lawyers, two retired judges named Loran Lewis and Robert "
            "Titus, in 1901. Loran Lewis spoke in Buffalo in 1901.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    model = build_context(sentences, index)
    assert "judge" in model.roles.get("Loran Lewis", set()), model.roles


def test_a_long_context_keeps_its_main_clause(corpus: dict[str, Any]) -> None:
    """(7) Is a context that would make a prompt over 45 words cut to its main clause (", marking the official end of
    the dynasty" goes), but never where the question's own pronoun may lean on what is cut, and is a context that
    opens "Belatedly, he ..." none?"""
    bank = corpus["wiki_qing_dynasty"].bank
    led = [q.prompt for q in bank.questions if q.answer == "Li Zicheng" and "led a collection" in q.source_sentence]
    assert led and all("marking the official end" not in p for p in led), led
    bank = corpus["wiki_battle_of_waterloo"].bank
    assert not [q.prompt for q in bank.questions if q.prompt.startswith("Belatedly, he")]
    paragraph = split_paragraphs("Marie Duval\n\nMarie Duval painted the great hall of the Lyon town house in 1870, "
                                 "which her patrons admired for many years afterwards and praised in letters to friends. "
                                 "She sold it to the city of Lyon in 1871 for a large sum.")
    sentences = sentences_of(paragraph)
    from quizapp.bank.mentions.references import Reference

    fr = frame(sentences[1], Reference(0, 3, "She", None, False, False), sentences[0])
    assert fr is None or "which her patrons admired" in fr.context


def test_a_place_the_text_puts_in_another_is_no_option_for_it(corpus: dict[str, Any]) -> None:
    """(6) Is "Berlin" never offered where "Friedrichsfelde" is right (the text says "the Friedrichsfelde cemetery in
    Berlin"), nor "the French Republic" beside "France", one country under two names?"""
    from quizapp.bank.mentions.lexicons import same_country

    assert same_country("France", "the French Republic") and same_country("French Republic", "France")
    assert not same_country("Spain", "French Republic")
    bank = corpus["essay_rosa_luxemburg"].bank
    grave = [q for q in bank.questions if q.answer == "Friedrichsfelde"]
    assert grave and not [q for q in grave if "Berlin" in q.distractors], grave
    assert not [q for q in bank.questions if q.answer == "Berlin" and "Friedrichsfelde" in q.distractors]


def test_an_object_him_with_no_name_before_it_points_back(nlp: Any) -> None:
    """(7) Is "Bailly accompanied him, and had the red banner unfurled" asked only with the sentence before (whom he
    accompanied, only it says), while "Toussaint's godfather taught him" stands alone?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _dangling

    for line, expected in (("Bailly accompanied him, and had the red banner unfurled.", True),
                           ("Toussaint's godfather, Pierre Baptiste, taught him to read and write.", False),
                           ("The centre in the village, near where Lovelace lived, is named after her.", False)):
        assert _dangling(parse_sentences([line])[0], len(line)) is expected, line


def test_a_person_met_only_in_the_legacy_sections_is_no_option_for_the_story(corpus: dict[str, Any]) -> None:
    """(1) Is a senator of 2018 or a novelist of 2005, whom the text meets only under "In popular culture" or
    "Commemoration", never offered beside the people of Ada Lovelace's life?"""
    from quizapp.bank.questions.ranking import LEGACY  # noqa: PLC0415

    bank = corpus["wiki_ada_lovelace"].bank
    modern = {"Ron Wyden", "John Crowley", "Jordan Stratford", "Thomasina Coverly", "Tom Stoppard"}
    story = [q for q in bank.questions if q.answer_kind is AnswerKind.PERSON and q.answer not in modern
             and not any(LEGACY.search(t) for t in q.tags)]  # "Eugene Eric Kim and ____": a critic among critics
    assert story and not [q for q in story if modern & set(q.distractors)], [q for q in story if modern & set(q.distractors)]


def test_a_full_name_takes_no_place_after_of(corpus: dict[str, Any]) -> None:
    """(2) Is "Henry Ward Beecher of Brooklyn" the preacher and Brooklyn a place, while "Isabeau of Bavaria",
    "Henry V of England" and "Duke Philip of Burgundy" keep the place that is part of their names?"""
    from quizapp.bank.mentions.spans import _of_name

    for text, expected in (("Henry Ward Beecher of Brooklyn spoke.", "Henry Ward Beecher"),
                           ("Isabeau of Bavaria signed.", "Isabeau of Bavaria"),
                           ("Henry V of England invaded.", "Henry V of England"),
                           ("Duke Philip of Burgundy sold her.", "Duke Philip of Burgundy")):
        name = text.split(" of ")[0]
        a, b, _ = _of_name(text, 0, len(name), "PERSON")
        assert text[a:b] == expected, text
    options = {o for q in corpus["wiki_frederick_douglass"].bank.questions for o in q.distractors}
    assert not [o for o in options if o.endswith(" of Brooklyn")], options


def test_the_main_subjects_title_borne_by_no_one_else_carries_a_pronoun_on(corpus: dict[str, Any]) -> None:
    """(3) Where only the main subject is ever "President" (a "Vice President" holds another title), is "the
    President's condition became hopeless ... She told him ... He answered ... He died" followed through to McKinley,
    so the sentence of his death is asked?"""
    from quizapp.bank.mentions.references import _sole_bearer
    from quizapp.bank.text.sentences import Paragraph

    def paragraphs(*texts: str) -> list[Paragraph]:
        return [Paragraph(i, t, 0, False, "", True) for i, t in enumerate(texts)]

    titles = frozenset({"President"})
    assert _sole_bearer(paragraphs("President William McKinley spoke.", "Vice President Theodore Roosevelt came."),
                        "William McKinley", titles)
    assert not _sole_bearer(paragraphs("President William McKinley spoke.", "President Roosevelt came."),
                            "William McKinley", titles)
    died = [q for q in corpus["handout_mckinley_assassination"].bank.questions
            if q.source_sentence.startswith("He died at a quarter past two")]
    assert died and all("McKinley" in q.prompt for q in died), died


def test_date_options_keep_to_the_story_told_before_the_blank_and_to_the_life(corpus: dict[str, Any]) -> None:
    """(6) Is "When revolution broke out in 1905, she travelled to Warsaw ... arrested there in ____" never offered a
    year before 1905, and is no date of Rosa Luxemburg's life offered after 1919, the year she "was buried"?"""
    from quizapp.bank.questions.candidates import _within

    assert not _within("1903-03", "In 1905 she went to Warsaw. She was arrested there in ____.", "1906-03")
    assert _within("1908-03", "In 1905 she went to Warsaw. She was arrested there in ____.", "1906-03")
    assert _within("1903", "In ____ she met him; they married in 1905.", "1904")  # a year after the blank binds nothing
    bank = corpus["essay_rosa_luxemburg"].bank
    arrested = [q for q in bank.questions if q.date == "1906-03"]
    assert arrested and all(o >= "1905" for q in arrested if "1905" in q.prompt for o in q.distractors), arrested
    hers = [q for q in bank.questions if q.date and "Rosa Luxemburg" in q.prompt and q.date < "1919"]
    assert hers and not [q for q in hers if any(o[:4] > "1919" for o in q.distractors)], hers


def test_a_day_whose_month_and_year_the_prompt_shows_is_asked_among_days_of_that_month() -> None:
    """(8) Where the prompt shows the month and year ("On 14 August 1791 they met ... The revolt broke out on the night
    of ____"), are the wrong dates other days of that month (another month would give the answer away), and is a day
    reckoned from another ("Ten days later, on ____") seen as such?"""
    from quizapp.bank.questions.candidates import _DAYS_APART
    from quizapp.bank.questions.options import date_options

    days = date_options("1791-08-22", random.Random(3), {"1791-08-14"}, limit=8, same_year=True, same_month=True)
    assert len(days) >= 3 and all(d.startswith("1791-08-") and d != "1791-08-14" for d in days), days
    months = date_options("1791-08-22", random.Random(3), set(), limit=8, same_year=True)
    assert any(not d.startswith("1791-08-") for d in months)
    assert _DAYS_APART.search("On 7 October 1854 Scobie was murdered. Ten days later, on ____, miners gathered")


def test_the_main_subject_named_by_the_alone_points_back(corpus: dict[str, Any]) -> None:
    """(7) Is "The farmhouse was defended by the ____" (which farmhouse?) never asked alone, while a sentence whose
    subject is the text's own topic ("The battle ...") or a pronoun's person ("Her mother ...") still is?"""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import _main_subject

    parse = parse_sentences(["The farmhouse was defended by the King's German Legion."])[0]
    assert any(_main_subject(parse, t) for t in parse.tokens)
    parse = parse_sentences(["Her mother was a mathematician."])[0]
    assert not any(_main_subject(parse, t) for t in parse.tokens)
    bank = corpus["wiki_battle_of_waterloo"].bank
    assert not [q for q in bank.questions if q.prompt.startswith("The farmhouse was defended")]
    assert not [q for q in bank.questions if q.prompt.startswith("____'s army defended the house")]  # which house?


def test_a_sentence_whose_them_has_its_plural_before_it_serves_as_context(nlp: Any) -> None:
    """(3) May "... enslaved leaders met at Bois Caïman, where the priest called on them to rise" stand before "The
    revolt broke out ..." (its "them" is the leaders), while "They had ..." (who?) may not?"""
    from quizapp.bank.questions.prompts import _fits_as_context
    from quizapp.bank.text.sentences import Sentence

    def sentence(i: int, text: str) -> Sentence:
        return dataclasses.replace(sentences_of(split_paragraphs(text))[0], index=i)

    after = sentence(1, "The revolt broke out in the Northern Plain on the night of 22 August 1791.")
    good = sentence(0, "On 14 August 1791 enslaved leaders met at a secret ceremony at Bois Caïman, where the priest"
                       " Dutty Boukman called on them to rise.")
    bad = sentence(0, "They met at a secret ceremony at Bois Caïman, where the priest Dutty Boukman spoke to a crowd.")
    assert isinstance(after, Sentence) and _fits_as_context(good, after) and not _fits_as_context(bad, after)


def test_another_name_of_a_name_in_the_prompt_is_no_option_and_provinces_ask_for_lands(corpus: dict[str, Any]) -> None:
    """(1) Is "Formosa" never offered beside a prompt that names Taiwan (the text says "Formosa (Taiwan)"), and are
    "the provinces of ____ and Heilongjiang" offered no towns (Beijing, Jiading)?"""
    from quizapp.bank.questions.options import asked_grain

    assert asked_grain("where the provinces of ____ and Heilongjiang had been walled off") == "land"
    assert asked_grain("the cities of ____ and Nanjing") == "town"
    bank = corpus["wiki_qing_dynasty"].bank
    taiwan = [q for q in bank.questions if re.search(r"\bTaiwan\b", q.prompt) and q.answer_kind is AnswerKind.PLACE]
    assert taiwan and not [q for q in taiwan if "Formosa" in q.distractors], taiwan
    jilin = [q for q in bank.questions if "provinces of ____" in q.prompt]
    assert jilin and not [q for q in jilin if {"Beijing", "Jiading"} & set(q.distractors)], jilin


def test_asides_and_again_that_point_at_an_unseen_sentence_are_dropped(corpus: dict[str, Any]) -> None:
    """(7) Is "Louis XVI. and the queen, on the contrary, pursued" asked as "... and the queen pursued", "Lafayette
    again repaired" as "Lafayette repaired", "met once again" as "met", while "never tried to beat him again" keeps its
    "again" (without it the sentence says something else), and is "Meantime ... their journey" asked only with the
    sentence before it, or not at all?"""
    mignet = corpus["gutenberg_mignet_1791"].bank.questions
    assert not [q for q in mignet if re.search(r"on the contrary|\bagain repaired[^.]*____|^Meantime", q.prompt)]
    assert [q for q in mignet if "the queen pursued a line of conduct" in q.prompt]
    assert [q for q in mignet if "Lafayette repaired to the Champ de Mars" in q.prompt]
    assert [q for q in mignet if "electoral colleges was fixed for" in q.prompt]  # "was therefore fixed": why, unseen
    eureka = corpus["wiki_eureka_rebellion"].bank.questions
    assert [q for q in eureka if "miners met at" in q.prompt] and not [q for q in eureka if "met once at" in q.prompt]
    douglass = corpus["wiki_frederick_douglass"].bank.questions
    assert not [q for q in douglass if "never tried to beat him" in q.source_sentence and "again" not in q.prompt]


def test_kinds_from_called_by_and_such_as(corpus: dict[str, Any]) -> None:
    """(1) Is "a monastery called Les Augustins" a place, never a person ("Les" is an article, not the first name its
    spelling also is), "the Summa Theologica by St. Thomas" a work, and "historians, such as Chandler and Weller and
    Uffindell and Corum" never a town?"""
    joan = corpus["wiki_joan_of_arc"].bank.questions
    people = {n for q in joan if q.answer_kind is AnswerKind.PERSON for n in (q.answer, *q.distractors)}
    assert "Les Augustins" not in people
    assert [q for q in joan if q.answer == "Summa Theologica"] and all(
        q.answer_kind is AnswerKind.WORK for q in joan if q.answer == "Summa Theologica")
    waterloo = corpus["wiki_battle_of_waterloo"].bank.questions
    places = {n for q in waterloo if q.answer_kind is AnswerKind.PLACE for n in (q.answer, *q.distractors)}
    assert "Corum" not in places and "Le Caillou" in places


def test_the_answers_place_among_wrong_amounts_tells_nothing(corpus: dict[str, Any]) -> None:
    """(6) "the SPD had won ____ seats" (110) was once offered only smaller amounts, so the answer was the largest;
    then always one on each side, so it was never the smallest nor the largest, a pattern too. And "the Empress
    Dragoons lost 416 of ____" (816) was offered 408, 612 and 1,632: only 816 is half, three quarters and double of
    the others. The answer's place among the four is now chance (each of the four places is met), and the wrong
    amounts lie at random distances of the answer's precision, no fixed ratios to it."""
    from quizapp.bank.questions.numbers import amount_options

    seats = find_amounts("the SPD had won 110 seats", [])[0]
    places: Counter[int] = Counter()
    for seed in range(80):
        options = [float(o) for o in amount_options(seats, random.Random(seed))]
        assert len(options) == 3 and 110 not in options, options
        places[sum(o < 110 for o in options)] += 1
    assert all(places[k] >= 8 for k in range(4)), places
    dragoons = find_amounts("the Empress Dragoons lost 416 of 816 over the same period", [])[0]
    ratios = {round(816 * f) for f in (0.5, 0.67, 0.75, 1.25, 1.5, 2.0)}
    fixed = sum(set(map(int, amount_options(dragoons, random.Random(seed)))) <= ratios for seed in range(20))
    assert fixed == 0, fixed
    larger = find_amounts("at least 300 people", [])[0]
    assert all(float(o) > 300 for seed in range(10) for o in amount_options(larger, random.Random(seed), side=1))
    assert [q for q in corpus["essay_rosa_luxemburg"].bank.questions if q.answer == "110"]
    dated = [q for text in corpus.values() for q in text.bank.questions if q.type is QuestionType.DATE
             and re.fullmatch(r"\d{4}", q.date or "") and len(q.distractors) == 3]
    years: Counter[int] = Counter(sum(d < (q.date or "") for d in q.distractors) for q in dated)
    assert all(years[k] >= len(dated) // 8 for k in range(4)), years  # a year, too, may be the earliest or the latest
    ages = [q for text in corpus.values() for q in text.bank.questions
            if q.answer_kind is AnswerKind.NUMBER and "age of ____" in q.prompt and q.answer.isdigit()]
    assert ages
    for q in ages:  # "died at the age of ____" (36): not 72 nor 101
        assert all(int(d) < 100 and 0.5 * int(q.answer) <= int(d) <= 1.75 * int(q.answer) for d in q.distractors), (
            q.prompt, q.distractors)


def test_a_short_name_after_an_article_is_not_given_in_full(corpus: dict[str, Any]) -> None:
    """(7) Is the source's "relating to Bentley and the Scobie's death" never written "the James Scobie's death" (a
    full name after "the" reads as broken English), while "Bentley" still becomes James Bentley?"""
    eureka = [q for q in corpus["wiki_eureka_rebellion"].bank.questions if "Scobie's death" in q.source_sentence]
    assert eureka and not [q for q in eureka if "the James Scobie" in q.prompt], [q.prompt for q in eureka]
    assert all("James Bentley" in q.prompt for q in eureka), [q.prompt for q in eureka]


def test_the_main_subjects_title_alone_is_written_as_their_name_in_their_lifetime(corpus: dict[str, Any]) -> None:
    """(7) Is "the President held a public reception" asked as "President William McKinley held ...", while "From 1902
    the Secret Service ... took on the full-time protection of the President" (after his death: any president) keeps
    "the President"?"""
    bank = corpus["handout_mckinley_assassination"].bank.questions
    reception = [q for q in bank if "public reception" in q.source_sentence]
    assert reception and all("President William McKinley held" in q.prompt for q in reception), reception
    later = [q for q in bank if "full-time protection" in q.source_sentence]
    assert not [q for q in later if "McKinley" in q.prompt], later


def test_a_rough_amount_is_offered_beside_amounts_no_one_would_round_to_it(corpus: dict[str, Any]) -> None:
    """(6) Is "a crowd of about ____ people" (50,000) offered only amounts at most half or at least double it (40,000
    would be "about 50,000" too), while "about nineteen years of age" keeps ages near it, and is neither end of
    "between 20 and 30 million" asked?"""
    from quizapp.bank.questions.numbers import amount_options, rough

    assert rough("a crowd of about ") and not rough("a crowd of ")
    crowd = find_amounts("a crowd of about 50,000 people", [])[0]
    for seed in range(10):
        options = [float(o.replace(",", "")) for o in amount_options(crowd, random.Random(seed), rough=True)]
        assert all(o <= 25_000 or o >= 100_000 for o in options), options
    age = find_amounts("dying at about nineteen years of age", [])[0]
    assert "fifty-seven years" not in amount_options(age, random.Random(1), limit=6, rough=True)
    speech = [q for q in corpus["handout_mckinley_assassination"].bank.questions if q.answer == "50,000"]
    assert speech and all(float(o.replace(",", "")) <= 25_000 or float(o.replace(",", "")) >= 100_000
                          for q in speech for o in q.distractors), speech
    qing = corpus["wiki_qing_dynasty"].bank.questions
    assert not [q for q in qing if re.search(r"between (?:____ and 30 million|20 and ____)", q.prompt)]


def test_a_place_yields_to_the_other_facts_of_a_full_sentence(corpus: dict[str, Any]) -> None:
    """(5) Where a sentence holds more facts than it may ask, is its place asked after its people and bodies: "On 4
    February 1794 the National Convention in Paris abolished slavery" asks the day and the Convention, not Paris, and
    "he won the presidential election of 1896 against William Jennings Bryan" asks Bryan before Ohio?"""
    from quizapp.bank.questions.candidates import Candidate
    from quizapp.bank.questions.ranking import select
    from quizapp.bank.types import BankQuestion

    def candidate(answer: str, kind: AnswerKind, score_part: float) -> Candidate:
        question = BankQuestion(id=answer, type=QuestionType.MULTIPLE_CHOICE, prompt=f"... {answer} ...", answer=answer,
                                distractors=("a", "b", "c"), answer_kind=kind, source_sentence="One sentence.")
        return Candidate(question, 0, f"name:{answer}", 1.0, 0.6, 1.0, 1.0, score_part)

    chosen = select([candidate("Paris", AnswerKind.PLACE, 0.84), candidate("Convention", AnswerKind.ORG, 0.8),
                     candidate("Danton", AnswerKind.PERSON, 0.82)], Counter())
    assert {c.question.answer for c in chosen} == {"Convention", "Danton"}
    toussaint = corpus["handout_toussaint_louverture"].bank.questions
    assert [q for q in toussaint if q.answer == "National Convention" and "abolished slavery" in q.prompt]
    mckinley = corpus["handout_mckinley_assassination"].bank.questions
    assert [q for q in mckinley if q.answer == "William Jennings Bryan"]


def test_a_name_given_with_its_noun_or_its_area_is_a_place(corpus: dict[str, Any]) -> None:
    """(1) Is "in the Frichermont-La Haie area" a place (it was an organisation, offered among army units), and are
    names given with "(called ...)" one person, never each other's option ("Anne Isabella (called Annabella")?"""
    waterloo = corpus["wiki_battle_of_waterloo"].bank.questions
    area = [q for q in waterloo if q.answer == "Frichermont-La Haie"]
    assert area and all(q.answer_kind is AnswerKind.PLACE for q in area), area
    ada = corpus["wiki_ada_lovelace"].bank.questions
    assert not [q for q in ada if {q.answer, *q.distractors} >= {"Annabella", "Anne Isabella"}]


def test_a_prompt_that_names_the_answer_another_way_gives_it_away(corpus: dict[str, Any]) -> None:
    """(6) Is "Congress passed the ____, which barred anarchists" (the Anarchist Exclusion Act) and "left Poland for
    ____ and enrolled at the University of Zurich" (Switzerland) not asked, while a generic plural ("both brigades")
    or a small town's treaty ("the Treaty of Kyakhta") gives nothing away?"""
    from quizapp.bank.questions.candidates import visible

    assert visible("Anarchist Exclusion Act", "Congress passed the ____, which barred anarchists from entering")
    assert visible("Switzerland", "She left Poland for ____ and enrolled at the University of Zurich.")
    assert not visible("Household Brigade", "They countercharged (both brigades lost heavily) the ____.")
    assert not visible("Russia", "They drew up the Treaty of Kyakhta (1727) with ____.")
    luxemburg = corpus["essay_rosa_luxemburg"].bank.questions
    assert not [q for q in luxemburg if q.answer == "Switzerland" and "Zurich" in q.prompt]
    mckinley = corpus["handout_mckinley_assassination"].bank.questions
    assert not [q for q in mckinley if q.answer == "Anarchist Exclusion Act" and "anarchists" in q.prompt]


def test_a_year_given_roughly_is_offered_beside_years_no_one_would_round_to_it(corpus: dict[str, Any]) -> None:
    """(6) Is "born into slavery around ____" (1743) offered years at least five apart from it (1742 would be "around
    1743" too), while an exact year keeps its near neighbours?"""
    toussaint = corpus["handout_toussaint_louverture"].bank.questions
    around = [q for q in toussaint if q.type is QuestionType.DATE and re.search(r"\baround ____", q.prompt)]
    assert around, [q.prompt for q in toussaint if q.type is QuestionType.DATE]
    assert all(abs(int(o) - int(q.answer)) >= 5 for q in around for o in q.distractors), around
    exact = [q for q in toussaint if q.type is QuestionType.DATE and re.fullmatch(r"\d{4}", q.answer)
             and not re.search(r"\b(?:around|about|c\.) ____", q.prompt)]
    assert any(abs(int(o) - int(q.answer)) < 5 for q in exact for o in q.distractors)


def test_an_event_named_before_by_another_word_points_back(corpus: dict[str, Any], serge_bank: QuestionBank) -> None:
    """(7) Is "The rising was crushed ... on the orders of ____" (the tagger reads "rising" as a verb) and "Serge's
    account of the rebellion was later criticised by ____" (the sentence before says "the Kronstadt Uprising") asked
    only with the sentence before, which says which rising?"""
    noske = [q for q in corpus["essay_rosa_luxemburg"].bank.questions if "The rising was crushed" in q.prompt]
    assert noske and all("rose against the government" in q.prompt for q in noske), noske
    trotsky = [q for q in serge_bank.questions if "account of the rebellion" in q.prompt]
    assert trotsky and all("Kronstadt" in q.prompt for q in trotsky), trotsky


def test_a_long_name_and_its_short_form_go_into_the_blank_together(corpus: dict[str, Any]) -> None:
    """(8) Is "She joined the Social Democratic Party of Germany, the SPD, the largest ... socialist party" asked with
    both forms in the blank ("joined the ____, the largest ..."), neither refused because "party" stands in the
    prompt nor written "the ____, the SPD", which gives the long form away?"""
    bank = corpus["essay_rosa_luxemburg"].bank.questions
    spd = [q for q in bank if q.answer == "Social Democratic Party of Germany"]
    assert spd and all("SPD" not in q.prompt for q in spd), spd
    kpd = [q for q in bank if q.answer == "Communist Party of Germany"]
    assert kpd and all("KPD" not in q.prompt for q in kpd), kpd


def test_a_clause_given_as_context_ends_as_a_sentence(corpus: dict[str, Any]) -> None:
    """(7) Where a long sentence is split at its semicolons and one clause stands before the next as its context, does
    it end with a full stop ("... was deceived or overruled. When the ministry was in question ..."), never with a
    semicolon before a capital ("overruled; When")?"""
    joined = re.compile(r"[;:,]\s+(?:When|While|After|Before|It|He|She|They|But|And|This)\b")
    bad = [q.prompt for c in corpus.values() for q in c.bank.questions if joined.search(q.prompt)]
    assert not bad, bad
    mignet = [q for q in corpus["gutenberg_mignet_1791"].bank.questions if "in opposition to ____" in q.prompt]
    assert mignet and all("overruled. When" in q.prompt for q in mignet), mignet


def test_an_office_given_further_off_than_the_blank_still_asks_for_its_holders(corpus: dict[str, Any]) -> None:
    """(1) Is "The French king at the time of Joan's birth, ____," offered only kings (or typed), never a bishop and a
    garrison captain, and is "the emperor Joseph died ... and was succeeded by ____" never offered a general, a mayor
    and an envoy?"""
    from quizapp.bank.questions.options import said_role

    assert said_role("The French king at the time of Joan's birth, ") == {"king"}
    assert said_role("when the emperor Joseph died, in February, 1790, and was succeeded by ") == {"emperor"}
    assert not said_role("In 1999, the Premier of New South Wales said that ")
    joan = [q for q in corpus["wiki_joan_of_arc"].bank.questions if q.answer == "Charles VI"
            and "French king at the time" in q.prompt]
    assert joan and not [q for q in joan if {"Pierre Cauchon", "Robert de Baudricourt"} & set(q.distractors)], joan
    mignet = [q for q in corpus["gutenberg_mignet_1791"].bank.questions if "succeeded by ____" in q.prompt]
    assert not [q for q in mignet if {"Bailly", "Bouille"} & set(q.distractors)], mignet


def test_a_pronoun_after_an_unnamed_man_in_its_sentence_is_not_the_main_subject(corpus: dict[str, Any]) -> None:
    """(3) Is "James Parker, a waiter who stood behind the gunman in the line, struck him in the face" never written
    "struck William McKinley" (him is the gunman), while the question about Parker is still asked?"""
    bank = corpus["handout_mckinley_assassination"].bank.questions
    parker = [q for q in bank if "stood behind the gunman" in q.source_sentence]
    assert parker, "the waiter's sentence is no longer asked"
    assert not [q for q in parker if "struck William McKinley" in q.prompt or "struck McKinley" in q.prompt], parker


def test_a_place_asked_after_the_takes_its_article_into_the_options(corpus: dict[str, Any]) -> None:
    """(6) Is "barred anarchists from entering the ____" (the United States, offered beside Russia, Mexico and Canada,
    which do not read after "the") asked as "entering ____" with "the United States" among "Russia", "Mexico" and
    "Canada", and "in the ____" (the Netherlands) likewise, so the article gives nothing away? (The United States is
    now the McKinley handout's own country, asked of no more; the Netherlands of Mignet's history stands for both.)"""
    mignet = [q for q in corpus["gutenberg_mignet_1791"].bank.questions if "Netherlands" in q.answer]
    assert mignet and all(q.answer == "the Netherlands" and "in ____" in q.prompt for q in mignet), mignet
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.PLACE and re.search(r"\b[Tt]he ____(?:[,.;]|\s+(?:and|to|in|of)\b)", q.prompt):
                assert not q.answer.startswith("the "), q


def test_a_churchmans_title_does_not_stand_alone_among_lay_names(corpus: dict[str, Any]) -> None:
    """(6) Is "Father Smyth" (a priest's title) no longer offered beside lay people ("Lalor and ____ both enjoyed
    distinguished careers as politicians": Henry Holyoake, Thomas Kennedy, Father Smyth), where the one title singles
    out the one wrong option?"""
    clerical = re.compile(r"^(?:Father|Fr|Friar|Brother|Sister|Bishop|Cardinal|Abbé|Reverend)\s")
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.PERSON and not clerical.match(q.answer):
                assert not [o for o in q.distractors if clerical.match(o)], q


def test_a_countrys_options_are_countries_of_its_continent_where_the_text_names_enough(
        corpus: dict[str, Any]) -> None:
    """(6) Is "European trading posts expanded into territorial control in nearby ____" (India) offered Asian
    countries, not France and Germany, and "France had other allies on all sides of Austria: ____ on the north"
    (Sweden) no longer offered Turkey first?"""
    from quizapp.bank.mentions.lexicons import continent

    assert continent("Sweden") == "EU" and continent("India") == "AS" and continent("the United States") == "NA"
    assert continent("Prussia") == "EU" and continent("Kingdom of Tungning") == ""
    qing = [q for q in corpus["wiki_qing_dynasty"].bank.questions if q.answer == "India"
            and "nearby ____" in q.prompt]
    assert qing and all(continent(o) in ("AS", "") for q in qing for o in q.distractors), qing
    assert not [q for q in qing if {"France", "Germany", "Britain"} & set(q.distractors)], qing


def test_a_running_mate_makes_an_election_year(corpus: dict[str, Any]) -> None:
    """(6) Is "In ____ McKinley defeated Bryan a second time, with Theodore Roosevelt as his running mate" (1900)
    offered other election years only (every four years), not 1897, 1898 and 1901?"""
    bank = [q for q in corpus["handout_mckinley_assassination"].bank.questions if "running mate" in q.prompt
            and q.type is QuestionType.DATE]
    assert bank and all((int(o) - int(q.answer)) % 4 == 0 for q in bank for o in q.distractors), bank


def test_a_clause_cut_at_a_semicolon_points_back_as_a_sentence_would(corpus: dict[str, Any]) -> None:
    """(7) Is "...; in the same spirit, it prohibited their accepting, for four years, any post" (a clause of a long
    sentence, written in lower case) treated as "In the same spirit" opening a sentence: asked with what comes before
    or not at all, never alone ("In the same spirit, it prohibited their accepting, for ____")?"""
    mignet = [q for q in corpus["gutenberg_mignet_1791"].bank.questions if "it prohibited their accepting" in q.prompt]
    assert not [q for q in mignet if q.prompt.startswith("In the same spirit")], mignet


def test_a_date_after_by_is_offered_earlier_dates_only(corpus: dict[str, Any]) -> None:
    """(6) Is "By ____ Ada was a regular at Court" (1834) offered only earlier years (by 1836 she was a regular too),
    while a plain "In ____" keeps years on both sides?"""
    from quizapp.bank.questions.numbers import date_side
    from quizapp.bank.questions.options import date_options

    assert date_side("By ") == -1 and date_side("before the end of ") == -1 and date_side("after ") == 1
    assert date_side("In ") == 0 and date_side("Passers-by ") == 0
    assert all(o < "1834" for o in date_options("1834", random.Random(3), set(), limit=6, side=-1))
    by = [q for c in corpus.values() for q in c.bank.questions
          if q.type is QuestionType.DATE and re.search(r"(?:^|\W)[Bb]y ____", q.prompt)]
    from quizapp.bank.formats.partial_dates import date_key  # in time: 50 BC is before 49 BC

    assert by and all(date_key(o) < date_key(q.date or "") for q in by for o in q.distractors), [q for q in by if any(
        date_key(o) >= date_key(q.date or "") for o in q.distractors)]
    plain = [q for c in corpus.values() for q in c.bank.questions
             if q.type is QuestionType.DATE and q.prompt.startswith("In ____")]
    assert any(min(map(date_key, q.distractors)) < date_key(q.date or "") < max(map(date_key, q.distractors))
               for q in plain)


def test_a_name_inside_a_units_name_is_no_place(corpus: dict[str, Any]) -> None:
    """(1) Is "East Suffolk" of "the 12th (East Suffolk) Regiment of Foot" no place, offered as a town beside
    Ballarat and Melbourne?"""
    eureka = corpus["wiki_eureka_rebellion"].bank.questions
    assert not [q for q in eureka if "East Suffolk" in (q.answer, *q.distractors)]
    assert [q for q in eureka if q.answer == "Ballarat" and q.distractors]


def test_a_name_only_the_model_calls_a_body_is_no_organisation(corpus: dict[str, Any]) -> None:
    """(1) "defeated by Yuan Chonghuan" (a general) and "Babbage's Difference Engine" (a machine) are organisations to
    the model alone: no body's word in the name, no "the" before it. They are of doubtful kind; a paper with a
    foreign article ("Die Rote Fahne") and a body the text names with "the" stay organisations."""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences

    for name, wrong in (("wiki_qing_dynasty", {"Yuan Chonghuan", "Sun Sike"}),
                        ("wiki_ada_lovelace", {"Difference Engine", "Babbage's Difference Engine"})):
        sentences = sentences_of(split_paragraphs(clean_text(corpus[name].text)))
        index = build_index(sentences, parse_sentences([s.text for s in sentences]))
        assert not {n for n in wrong if index.kinds.get(n) is AnswerKind.ORG}, name
        body = {"wiki_qing_dynasty": "Eight Banners"}.get(name, "British Computer Society")
        assert index.kinds.get(body) is AnswerKind.ORG
    assert [q for q in corpus["essay_rosa_luxemburg"].bank.questions if q.answer == "Die Rote Fahne"]


def test_a_towns_options_are_towns_of_its_country_where_the_text_names_too_few(corpus: dict[str, Any]) -> None:
    """(6) "In ____, only one man responded to the call for special constables" (Ballarat) was offered beside "South
    Australia", and "at ____, Dessalines declared the independence of Haiti" (Gonaïves) beside the island and the
    colony: the text names too few towns, so the gazetteer's large towns of the same country fill the options."""
    for q in corpus["wiki_eureka_rebellion"].bank.questions:
        if q.answer == "Ballarat":
            assert "South Australia" not in q.distractors, q.prompt
    gonaives = [q for q in corpus["handout_toussaint_louverture"].bank.questions if q.answer == "Gonaïves"]
    assert gonaives
    for q in gonaives:
        assert not {"Hispaniola", "Saint-Domingue"} & set(q.distractors), (q.prompt, q.distractors)


def test_an_opening_phrase_that_points_back_is_left_out_rather_than_given_context(nlp: Any) -> None:
    """(7) "Throughout the following weeks, the League sought to negotiate with Rede": what points back stands in an
    opening phrase that names nothing, so the question does without it instead of carrying the sentence before
    (a prompt of 48 words). "Of these, 25,000 were British" keeps its context: the phrase says of what."""
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("The miners met at Bakery Hill on 11 November 1854 and resolved to secede if nothing improved. "
            "Throughout the following weeks, the League sought to negotiate with Commissioner Robert Rede. "
            "Wellington's army counted 67,000 men in all. Of these, 25,000 were British and 6,000 were German.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    parses = parse_sentences([s.text for s in sentences])
    league = frame(sentences[1], None, sentences[0], parses[1])
    assert league is not None and not league.context
    prompt = render(league, None)
    assert prompt.startswith("The League sought to negotiate with Commissioner Robert Rede"), prompt
    british = frame(sentences[3], None, sentences[2], parses[3])
    assert british is not None and british.context.startswith("Wellington's army")


def test_a_monarch_is_offered_among_monarchs_and_not_beside_commoners(corpus: dict[str, Any],
                                                                   serge_bank: QuestionBank) -> None:
    """(6) "a marriage of convenience with ____" (Gustav Lübeck) and "broke with ____, the party's leading theorist"
    (Karl Kautsky) were offered Emperor Wilhelm II; "the assassination of ____ in 1881" (Alexander II) had only
    writers and a spy beside it. A monarch (a regnal number, a throne name, a king's or emperor's title) stands among
    monarchs where the text names them."""
    for q in corpus["essay_rosa_luxemburg"].bank.questions:
        if q.answer_kind is AnswerKind.PERSON and q.answer != "Wilhelm II":
            assert "Wilhelm II" not in q.distractors, (q.prompt, q.distractors)
    tsar = [q for q in serge_bank.questions if q.answer == "Alexander II" and q.distractors]
    assert tsar and all("Nicholas II" in q.distractors for q in tsar), [q.distractors for q in tsar]


def test_a_long_prompt_and_an_exact_amount_are_marked_for_a_closer_look(corpus: dict[str, Any]) -> None:
    """Readers found none of 20 prompts of 40 words or more good, nor any of 13 amounts: the confidence the review
    page sorts by puts every such prompt among those marked "check", and an amount below a name of the same score."""
    from quizapp.teacher.views import DOUBTFUL_BELOW

    for text in corpus.values():
        for q in text.bank.questions:
            assert q.confidence is not None
            if len(q.prompt.split()) > 40:
                assert q.confidence < DOUBTFUL_BELOW, (q.prompt, q.confidence)
    amounts = [q.confidence for t in corpus.values() for q in t.bank.questions if q.answer_kind is AnswerKind.NUMBER]
    names = [q.confidence for t in corpus.values() for q in t.bank.questions
             if q.answer_kind is AnswerKind.PERSON and len(q.prompt.split()) <= 30]
    assert amounts and sum(amounts) / len(amounts) < sum(names) / len(names) - 0.05


def test_a_district_and_its_city_are_never_each_others_options(corpus: dict[str, Any]) -> None:
    """(6) "arrested in a flat in ____" (Wilmersdorf) was offered Berlin, which would be true too: a town of the
    gazetteer inside another (close by, a fifth of its size or less) is no option for it, nor the other way round;
    Wavre, 23 km from Brussels, stays a town of its own."""
    from quizapp.bank.mentions.lexicons import within_town

    assert within_town("Wilmersdorf", "Berlin", ("DE",)) and within_town("Berlin", "Wilmersdorf", ("DE",))
    assert not within_town("Wavre", "Brussels", ("BE",)) and not within_town("Zwickau", "Berlin", ("DE",))
    for q in corpus["essay_rosa_luxemburg"].bank.questions:
        if q.answer in ("Berlin", "Wilmersdorf"):
            assert not {"Berlin", "Wilmersdorf"} & set(q.distractors), (q.prompt, q.distractors)


def test_the_other_parent_after_a_fathers_name_is_a_woman(corpus: dict[str, Any]) -> None:
    """(6) "Joan was the daughter of Jacques d'Arc and ____" (Isabelle Romée) was offered Isambart de la Pierre, a
    friar the text gives no gender: "the daughter of X and ____" tells the gender as "his wife ____" does, so only
    women the text shows to be women are offered, or the name is typed."""
    from quizapp.bank.questions.options import tells_gender

    assert tells_gender("Joan was the daughter of Jacques d'Arc and ____ in Domrémy.")
    assert tells_gender("Ada was the only child of poet Lord Byron and ____.")
    assert not tells_gender("Joan met ____ and Jean de Metz at Vaucouleurs.")
    for q in corpus["wiki_joan_of_arc"].bank.questions:
        if q.answer == "Isabelle Romée":
            assert "Isambart de la Pierre" not in q.distractors, q.distractors


def test_a_particle_and_a_word_only_the_model_calls_a_person_is_no_person(corpus: dict[str, Any]) -> None:
    """(1) "published in the Bibliothèque universelle de Genève": "de Genève", cut from a title, was asked as a person
    and offered beside Luigi Menabrea. A name opening with a lowercase particle that only the model calls a person
    is of doubtful kind; "van Bylandt", whom the text gives a title and a rank, stays a person."""
    ada = corpus["wiki_ada_lovelace"].bank.questions
    assert not [q for q in ada if "de Genève" in (q.answer, *q.distractors)]
    assert [q for q in corpus["wiki_battle_of_waterloo"].bank.questions if "van Bylandt" in (q.answer, *q.distractors)]


def test_a_treaty_is_offered_among_treaties_where_the_text_names_enough(corpus: dict[str, Any]) -> None:
    """(6) "The ____ (1689) stabilized relations with Czarist Russia" (the Treaty of Nerchinsk) was offered the Sacred
    Edict beside two treaties: a body or document whose name says what it is (Treaty, Party, Regiment) is offered
    among names of that word first."""
    from quizapp.bank.questions.options import _head_word

    assert _head_word("Treaty of Nerchinsk") == "Treaty" and _head_word("Liberty Party") == "Party"
    assert _head_word("Die Rote Fahne") == "" and _head_word("Sacred Edict") == "Edict"
    treaties = [q for q in corpus["wiki_qing_dynasty"].bank.questions if q.answer.startswith("Treaty of")]
    assert treaties
    for q in treaties:
        assert all(d.startswith("Treaty of") for d in q.distractors), (q.prompt, q.distractors)


def test_no_wrong_amount_stands_in_its_prompt(corpus: dict[str, Any]) -> None:
    """(6) "included ____ regiments of armoured heavy cavalry, and seven of highly versatile lancers" (fourteen) was
    offered "seven", and "Of these, ____ were British" (25,000) "50,000", the infantry its context counts: a number
    the prompt shows is never a wrong option."""
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.NUMBER:
                shown = [d for d in q.distractors if re.search(rf"(?<![\w,.]){re.escape(d)}(?![\w,])", q.prompt, re.I)]
                assert not shown, (q.prompt, q.distractors)


def test_a_surname_after_the_is_a_family_not_the_one_person_of_that_name(corpus: dict[str, Any]) -> None:
    """(2) "The Kong's title of Duke was maintained in later reigns" (Confucius's line) was asked as Kong Youde, the
    text's only person of that surname: a one-word name after "the" is a family or a line, never asked as the
    full name it would merge into."""
    qing = corpus["wiki_qing_dynasty"].bank.questions
    assert not [q for q in qing if q.answer == "Kong Youde" and "title of Duke" in q.source_sentence]
    assert [q for q in qing if "Kong Youde" in q.distractors]  # the man himself stays a person of the text


def test_a_country_named_otherwise_in_the_prompt_gives_itself_away(corpus: dict[str, Any]) -> None:
    """(6) "with ... his black brethren in bondage in the United States, he returned to ____" (America): the prompt
    names the answer under another of its names, so the question is not asked."""
    from quizapp.bank.mentions.lexicons import names_the_country

    assert names_the_country("in bondage in the United States, he returned to ____", "America")
    assert not names_the_country("he sailed from Liverpool to ____", "America")
    assert names_the_country("The Treaty of Shimonoseki ceded Taiwan to ____.", "Japan")  # a town inside a name
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.PLACE and is_country(q.answer):
                assert not names_the_country(q.prompt, q.answer), (q.prompt, q.answer)


def test_what_only_the_legacy_names_is_no_option_and_a_war_of_no_place(corpus: dict[str, Any]) -> None:
    """(1) "a seminar at the ____" (the University of Turin, 1840) was offered the Telecommunications College named
    after Ada Lovelace in a section on her legacy: a name met only where the text tells what came of the story is
    no option for one of the story, whatever its kind. "The Greek War of Independence" and "the War of the South"
    are wars, never places beside Hucknall or Gonaïves."""
    ada = corpus["wiki_ada_lovelace"].bank.questions
    assert not [q for q in ada if q.answer == "University of Turin" and "Telecommunications College" in q.distractors]
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.PLACE:
                assert not {"Greek War of Independence", "War of the South"} & {q.answer, *q.distractors}, q.prompt


def test_a_saint_is_no_option_beside_a_king_or_a_captain(corpus: dict[str, Any]) -> None:
    """(6) "The court of ____ was shrewd" (Charles VII) was offered Saint Margaret of Joan's visions, and so were
    nine other questions about her contemporaries: a saint's title sets a name apart as a churchman's does, so it
    comes after lay names where the text names enough."""
    joan = corpus["wiki_joan_of_arc"].bank.questions
    lay = [q for q in joan if q.answer_kind is AnswerKind.PERSON and not q.answer.startswith("Saint")]
    offered = [q for q in lay if any(d.startswith("Saint ") for d in q.distractors)]
    assert len(offered) <= 2, [(q.prompt, q.distractors) for q in offered]
    assert not [q for q in lay if q.answer == "Charles VII" and any(d.startswith("Saint ") for d in q.distractors)]


def test_whose_it_was_is_no_question_unless_it_is_their_work(corpus: dict[str, Any]) -> None:
    """(6) "was murdered at ____'s Eureka Hotel", "fire from ____'s infantry brigade", "Upon ____'s return to power":
    whose a thing was is a detail (53 such questions in the corpus banks, 2 of them gold facts). What a person made,
    wrote or held stays asked ("disapproved of ____'s plan"), but not the owner's name in a title ("____'s Scientific
    Memoirs")."""
    detail = re.compile(r"____['’]s?\s+(?:[\w-]+\s+)?(?:army|corps|Corps|brigade|troops|men|return|reign|rule|orders"
                        r"|son|brother|mother-in-law|friend|Eureka|research|military|infantry|Scientific|world)\b")
    for name, text in corpus.items():
        for q in text.bank.questions:
            assert not detail.search(q.prompt), (name, q.prompt)
    prompts = {q.prompt for q in corpus["wiki_frederick_douglass"].bank.questions}
    assert any("disapproved of ____'s plan" in p for p in prompts)


def test_a_person_introduced_by_what_they_were_is_asked_first(corpus: dict[str, Any]) -> None:
    """(5) Where a sentence gives more than it may ask, or its answer has been asked often, the person or place it
    introduces by what it was is asked first: "Scottish miner ____ was murdered at James Bentley's Eureka Hotel"
    (Scobie, not the hotel's owner), "the priest ____ called on them to rise" (Boukman, not the place), "the queen of
    France, ____, signed the Treaty of Troyes" (Isabeau), "the farmhouse and orchard of ____" (La Haye Sainte)."""
    def asked(name: str, answer: str, words: str) -> bool:
        return any(q.answer == answer and words in q.prompt for q in corpus[name].bank.questions)

    assert asked("wiki_eureka_rebellion", "James Scobie", "Scottish miner ____")
    assert asked("handout_toussaint_louverture", "Dutty Boukman", "the priest ____")
    assert asked("wiki_joan_of_arc", "Isabeau of Bavaria", "the queen of France, ____")
    assert asked("handout_mckinley_assassination", "Emma Goldman", "the anarchist speaker ____")
    assert asked("wiki_battle_of_waterloo", "La Haye Sainte", "the farmhouse and orchard of ____")  # a place, too


def test_no_name_fills_a_bank(corpus: dict[str, Any]) -> None:
    """(5) Napoleon and Wellington were each the answer of 14 questions of the Waterloo bank ("____ breakfasted off
    silver plate"); after its first questions, a name the text is full of is rarely a gold fact (19 of 280). However
    often a text names someone, at most eight questions ask for them."""
    for name, text in corpus.items():
        most = Counter(q.answer for q in text.bank.questions).most_common(1)
        assert not most or most[0][1] <= 8, (name, most)


def test_her_after_the_blank_tells_a_woman(corpus: dict[str, Any]) -> None:
    """(6) "the anarchist speaker ____ lecture in Cleveland ..., and he later said that her words had set his mind on
    fire" (Emma Goldman) was offered Ansley Wilcox and Rutherford B. Hayes: a "she" or "her" anywhere after the blank
    tells a woman, so a woman's options are women, or none. A "her" before the blank does not ("Her closest friend
    was ____")."""
    from quizapp.bank.questions.options import tells_gender

    assert tells_gender("heard the speaker ____ lecture in Cleveland, and he later said that her words set him on fire")
    assert not tells_gender("Her closest friend was ____, a printer from Lyon.")
    men = {"Ansley Wilcox", "Rutherford B. Hayes", "Leon Czolgosz", "William McKinley", "Theodore Roosevelt"}
    for q in corpus["handout_mckinley_assassination"].bank.questions:
        if q.answer == "Emma Goldman" and "her words" in q.prompt:
            assert not men & set(q.distractors), q.distractors


def test_a_calling_beside_the_blank_asks_for_its_own(corpus: dict[str, Any]) -> None:
    """(6) "The English poet ____ wrote the sonnet" (Wordsworth) was offered Pétion, Napoleon and Christophe; "the
    priest ____ called on them to rise" (Boukman) Napoleon and Sonthonax; "a soldier named ____" (Otto Runge) Friedrich
    Ebert.
    A calling written just before the blank, or set after it, asks for people the text gives that calling, or the
    name is typed."""
    from quizapp.bank.questions.options import blank_role

    assert blank_role("The English poet ", " wrote the sonnet") == {"poet"}
    assert blank_role("struck by a soldier named ", " as she was led out") == {"soldier"}
    assert blank_role("That evening ", ", a lawyer and the son of one of the party's founders,") == {"lawyer"}
    assert blank_role("at the head of twelve hundred of the national guard. ", " accompanied him") == set()
    prompts = {q.prompt: q for text in corpus.values() for q in text.bank.questions}
    for start, wrong in (("The English poet ____", {"Napoleon Bonaparte", "Alexandre Pétion", "Henri Christophe"}),
                         ("where the priest ____", {"Napoleon Bonaparte", "Léger-Félicité Sonthonax"}),
                         ("by a soldier named ____", {"Friedrich Ebert", "Gustav Noske"})):
        found = [q for p, q in prompts.items() if start in p]
        assert found, start
        for q in found:
            assert not wrong & set(q.distractors), (q.prompt, q.distractors)


def test_a_total_is_not_asked_beside_its_parts(corpus: dict[str, Any]) -> None:
    """(6) "The French army of around ____ consisted of 48,000 infantry, 14,000 cavalry, and 7,000 artillery with 250
    guns": the parts add up to the answer (69,000), so the question gives it away. A list that does not add up to it
    ("____ Dutch and Belgian troops, 11,000 from Hanover, 6,000 from Brunswick, and 3,000 from Nassau") gives nothing
    away."""
    from quizapp.bank.questions.candidates import summed

    assert summed(69000, "The French army of around ____ consisted of 48,000 infantry, 14,000 cavalry, and 7,000 "
                         "artillery with 250 guns.")
    assert not summed(17000, "There were ____ Dutch and Belgian troops, 11,000 from Hanover, 6,000 from Brunswick, "
                             "and 3,000 from Nassau.")
    assert not summed(69000, "In 1815 the French army of around ____ had 250 guns.")
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.NUMBER:
                value = float(re.sub(r"[^\d.]", "", q.answer) or 0)
                assert not (value and summed(value, q.prompt)), q.prompt


def test_a_colony_among_lands_not_forts_plains_or_continents(corpus: dict[str, Any]) -> None:
    """(1) "the French colony of ____" (Saint-Domingue) was offered Fort de Joux, the Northern Plain and the Americas:
    a prompt that asks for a colony, a province or a kingdom gets no fort, terrain or continent among its options."""
    for text in corpus.values():
        for q in text.bank.questions:
            asked = re.search(r"\b(?:colony|province|kingdom) of (?:the )?____", q.prompt)
            if q.answer_kind is AnswerKind.PLACE and asked:
                assert not {"Fort de Joux", "Northern Plain", "Americas", "the Americas"} & set(q.distractors), q
                assert not [d for d in q.distractors if re.match(r"(?:Fort|Castle|Plain) ", d)], q


def test_a_churchmans_title_is_no_giveaway(corpus: dict[str, Any]) -> None:
    """(6) "Ballarat Catholics met to protest the treatment of ____" (Father Smyth) was offered James Scobie, John Egan
    and Peter Lalor: the title alone gives him away. A churchman's name is offered among churchmen, or typed."""
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.PERSON and re.match(r"(?:Father|Bishop|Archbishop|Cardinal|Saint) ", q.answer):
                churchmen = [d for d in q.distractors if re.match(r"(?:Father|Bishop|Archbishop|Cardinal|Saint|St\.?) ",
                                                                  d)]
                assert not q.distractors or len(churchmen) >= 2, (q.prompt, q.distractors)
    smyth = [q for q in corpus["wiki_eureka_rebellion"].bank.questions if q.answer == "Father Smyth"]
    assert smyth and all(not q.distractors for q in smyth)


def test_in_a_text_of_one_year_its_days_are_offered_its_days(corpus: dict[str, Any]) -> None:
    """(8) "On ____, Napoleon attacked the Prussian army at Ligny" (16 June 1815) was offered 16 June 1813, 1816 and
    1817: in a history of one campaign every student knows the year, so the options gave the answer away. Where most
    of a text's dates fall in one year, a day or month of that year is offered other days and months of it; in a
    life, other years."""
    waterloo = [q for q in corpus["wiki_battle_of_waterloo"].bank.questions
                if q.answer_kind is AnswerKind.DATE and q.date and q.date.startswith("1815-")]
    assert waterloo
    for q in waterloo:
        assert all(d.startswith("1815-") for d in q.distractors), (q.prompt, q.distractors)
    ada = [q for q in corpus["wiki_ada_lovelace"].bank.questions if q.answer_kind is AnswerKind.DATE and q.date
           and q.date.count("-") == 2]
    assert ada and any(d[:4] != q.date[:4] for q in ada for d in q.distractors)  # a life: other years


def test_they_before_any_noun_points_back(corpus: dict[str, Any]) -> None:
    """(7) "To their left, the ____ suddenly swept through the infantry lines": whose left, only the sentence before
    says. A "they", "them" or "their" before any noun of the sentence points back: the opening phrase that holds it
    is left out, or the sentence before is given."""
    for text in corpus.values():
        for q in text.bank.questions:
            assert not q.prompt.startswith("To their left"), q.prompt
    assert any(q.prompt.startswith("The ____ suddenly swept") for q in corpus["wiki_battle_of_waterloo"].bank.questions)


def test_no_option_is_a_country_the_sentence_names_otherwise(corpus: dict[str, Any]) -> None:
    """(6) "____ had reason to dread the influence of France in the Netherlands" (Austria) was offered Holland, which
    students read as the Netherlands: a country the sentence names under another name is no option."""
    from quizapp.bank.questions.options import same_country

    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind is AnswerKind.PLACE:
                for d in q.distractors:
                    assert not (same_country(d, "Netherlands") and "Netherlands" in q.source_sentence), q.prompt
                    assert not (same_country(d, "Great Britain") and "Great Britain" in q.source_sentence), q.prompt


def test_about_this_time_points_back(corpus: dict[str, Any]) -> None:
    """(7) "At about this time, the Prussian 15th Brigade was sent ...": which time, only the sentence before says; the
    opening phrase is left out."""
    for text in corpus.values():
        for q in text.bank.questions:
            assert not re.match(r"(?:At )?(?:about|around) this time", q.prompt), q.prompt
    assert any(q.prompt.startswith("The Prussian 15th Brigade was sent")
               for q in corpus["wiki_battle_of_waterloo"].bank.questions)


def test_a_body_of_another_era_is_no_option(serge_bank: QuestionBank, corpus: dict[str, Any]) -> None:
    """(6) "His father ... was a member of the ____ group" (Land and Liberty, before 1881) was offered the Communist
    Party, the Third International and the gang of 1912; "used against the ____" (the Three Feudatories, 1670s) the
    Self-Strengthening Movement of the 1860s. Where the text names too few bodies of the answer's time, the name is
    typed."""
    land = [q for q in serge_bank.questions if q.answer == "Land and Liberty"]
    assert land
    for q in land:
        assert not {"Communist Party", "Executive of the Third International"} & set(q.distractors), q.distractors
    for q in corpus["wiki_qing_dynasty"].bank.questions:
        if q.answer == "Three Feudatories" and "soldiers were used against" in q.prompt:
            assert "Self-Strengthening Movement" not in q.distractors, q.distractors


def test_no_burial_before_the_death(corpus: dict[str, Any]) -> None:
    """(8) "Rosa Luxemburg was buried on ____" (13 June 1919) was offered 13 June 1917, before her death: a burial or
    funeral of the main subject is offered no year before the one they died in."""
    buried = [q for q in corpus["essay_rosa_luxemburg"].bank.questions
              if q.answer_kind is AnswerKind.DATE and "was buried on ____" in q.prompt]
    assert buried
    for q in buried:
        assert all(int(d[:4]) >= 1919 for d in q.distractors), q.distractors


def test_a_towns_options_are_towns_of_its_country(corpus: dict[str, Any]) -> None:
    """(6) "Douglass continued to the safe house of David Ruggles in ____" (New York City, 1838) was offered London
    and Cork; "Crossing the frontier near ____" (Charleroi) Hanover. Where the text names enough towns of the
    answer's own country, towns abroad are no options."""
    from quizapp.bank.mentions.lexicons import town_country

    assert town_country("Cork") == "IE" and town_country("Baltimore", ("US",)) == "US" and town_country("France") == ""
    new_york = [q for q in corpus["wiki_frederick_douglass"].bank.questions if q.answer == "New York City"]
    assert new_york
    for q in new_york:
        assert not {"London", "Cork", "Belfast"} & set(q.distractors), q.distractors
    for q in corpus["wiki_battle_of_waterloo"].bank.questions:
        if q.answer in ("Charleroi", "Wavre"):
            assert "Hanover" not in q.distractors, (q.prompt, q.distractors)


def test_a_question_on_what_came_after_is_checked_first(corpus: dict[str, Any]) -> None:
    """(6) Readers judged none of 13 questions from a text's legacy sections good ("the Ada Developers Academy in
    ____", "the Lovelace Medal is awarded by the ____"): their confidence is lowered by nearly a fifth, so none rises
    to 0.8 and most (30 of the corpus's 39) fall under the review page's bar of 0.75 and come first there."""
    from quizapp.bank.questions.ranking import LEGACY

    later = [q for text in corpus.values() for q in text.bank.questions
             if any(LEGACY.search(tag) for tag in q.tags[1:])]
    assert later
    assert all(q.confidence is not None and q.confidence < 0.8 for q in later), [
        (q.prompt, q.confidence) for q in later if q.confidence is None or q.confidence >= 0.8]


def test_no_name_is_asked_from_a_short_aside(corpus: dict[str, Any]) -> None:
    """(7) "Han who assimilated to the Jurchen (in ____) before 1619" (Jilin) and "that city (modern-day ____)"
    (Guangzhou): what a short bracket adds in passing is no fact to ask. A life span's "(born ____)" is a date, asked
    as before."""
    for text in corpus.values():
        for q in text.bank.questions:
            if q.answer_kind in (AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORG, AnswerKind.WORK):
                aside = re.search(r"\(([^()]*____[^()]*)\)", q.prompt)
                assert not (aside and len(aside.group(1).split()) <= 5), q.prompt


CARTER = """John Carter

John Carter was born in Baltimore, Maryland, in 1818. In 1838 John Carter escaped to New York City.
In 1841 John Carter spoke at an anti-slavery meeting in Nantucket, Massachusetts. John Carter lectured in Boston in
1842 and in Chicago in 1847. At a lecture in Pendleton, Indiana, a mob beat John Carter in 1843. In 1845 John Carter
sailed to Liverpool and spoke in Dublin, Cork and London. In 1847 John Carter moved to Rochester, New York. He
published his paper in Rochester until 1851. In 1850 John Carter spoke in Philadelphia, Pennsylvania, and in
Cincinnati, Ohio. In 1855 John Carter visited Detroit, Cleveland and Buffalo. In 1859 John Carter met John Brown in
Chambersburg, Pennsylvania. John Carter moved to Washington in 1872. In 1877 John Carter visited St. Louis and New
Orleans. John Carter spoke in Toronto, Ontario, in 1880 and in Kingston, Ontario, in 1881. John Carter died in
Washington in 1895. He was buried in Rochester.
"""


def test_options_lie_in_the_state_or_province_the_prompt_names(corpus: dict[str, Any], nlp: Any) -> None:
    """(1) "At a lecture in ____, Indiana" (Pendleton) had Philadelphia, Elmira and Lewiston for options, "the
    'Quaker City' of ____, Pennsylvania" Los Angeles, and "gold miners in ____, Victoria, Australia" (Ballarat)
    Sydney: the state the prompt names gives them away. Every option lies in the state or country the prompt puts
    the blank in (the largest towns of that state where the text names too few), or the name is typed; where it
    names a province the gazetteer does not list ("Victoria", "Ontario"), the options are towns of the answer's own
    province."""
    from quizapp.bank.mentions.lexicons import in_region, same_province
    from quizapp.bank.questions.options import _region_after

    carter = derive_bank(CARTER, title="John Carter", source="carter.txt")
    banks = [carter, *(text.bank for text in corpus.values())]
    checked = 0
    for bank in banks:
        for q in bank.questions:
            if q.answer_kind is not AnswerKind.PLACE or not q.distractors or "____" not in q.prompt:
                continue
            after = q.prompt.partition("____")[2]
            region = _region_after(after)
            if region and not is_country(q.answer):
                checked += 1
                assert all(in_region(d, region) for d in q.distractors), (q.prompt, q.distractors)
            if re.match(r", (?:Victoria|Ontario)\b", after):
                assert all(same_province(q.answer, d, ("AU", "CA", "US")) is not False for d in q.distractors), q.distractors
    assert checked >= 5
    from quizapp.bank.mentions.lexicons import region_towns

    carolina = region_towns("South Carolina", 50_000)
    assert "Charleston" in carolina and not {"North Charleston", "Mount Pleasant"} & set(carolina), carolina  # no
    # district of a town already offered
    pendleton = [q for q in carter.questions if "____, Indiana" in q.prompt]
    assert pendleton
    assert all(not q.distractors or {"Indianapolis", "Fort Wayne", "Evansville"} & set(q.distractors)
               for q in pendleton), [q.distractors for q in pendleton]


def test_a_calling_set_off_by_a_comma_asks_for_its_own(corpus: dict[str, Any]) -> None:
    """(1) "His secretary, ____, had twice struck the reception from the programme" (George B. Cortelyou) had Abraham
    Lincoln among its options, and "its commander, ____" (William Ponsonby) two French officers: a calling after a
    possessive and before a comma is the blank's too, so the options are people the text gives that calling, or the
    name is typed."""
    from quizapp.bank.questions.options import blank_role

    assert blank_role("The President held a reception. His secretary, ", ", had twice struck") == {"secretary"}
    assert blank_role("The Union Brigade lost heavily (including its commander, ", ", and") == {"commander"}
    assert not blank_role("In the spring, ", " met the envoy")
    assert blank_role("said to be designed by a Canadian miner, ", ", and bearing") == {"miner"}
    eureka = corpus["wiki_eureka_rebellion"].bank
    assert not [q for q in eureka.questions if "Canadian miner, ____" in q.prompt and "Charles Hotham" in q.distractors]
    mckinley = corpus["handout_mckinley_assassination"].bank
    secretary = [q for q in mckinley.questions if q.answer == "George B. Cortelyou" and "secretary, ____" in q.prompt]
    assert secretary
    assert all("Abraham Lincoln" not in q.distractors for q in secretary), [q.distractors for q in secretary]
    waterloo = corpus["wiki_battle_of_waterloo"].bank
    ponsonby = [q for q in waterloo.questions if q.answer == "William Ponsonby" and "commander, ____" in q.prompt]
    assert all("Baron Jaquinot" not in q.distractors for q in ponsonby), [q.distractors for q in ponsonby]


def test_a_part_of_a_continent_stands_among_parts_of_continents(corpus: dict[str, Any]) -> None:
    """(1) "The Chinese empire continued to be the hegemonic power in ____" (East Asia) had Heilongjiang, Jilin and
    Inner Mongolia for options, and "extended Qing control into ____" (Inner Asia) Sichuan, Xinjiang and the Shanhai
    Pass: a province, or a part of the region itself. A part of a continent is offered other parts of the same
    continent that do not overlap it (never Central Asia for Inner Asia), and is never offered for a province."""
    from quizapp.bank.mentions.places import continent_parts

    assert set(continent_parts("Central Asia")) >= {"South Asia", "Southeast Asia"}
    assert "Central Asia" not in continent_parts("Inner Asia")
    assert not continent_parts("Asia") and not continent_parts("South Australia") and not continent_parts("Sichuan")
    qing = corpus["wiki_qing_dynasty"].bank
    parts = [q for q in qing.questions if q.answer in ("East Asia", "Central Asia", "Inner Asia")]
    assert parts
    for q in parts:
        assert not q.distractors or all(d in continent_parts(q.answer) for d in q.distractors), q.distractors
    for q in qing.questions:
        if q.answer_kind is AnswerKind.PLACE and q.answer not in ("East Asia", "Central Asia", "Inner Asia"):
            assert not {"Central Asia", "East Asia"} & set(q.distractors), (q.prompt, q.distractors)


def test_a_place_the_text_writes_towns_in_is_no_towns_option(corpus: dict[str, Any]) -> None:
    """(1) "although in ____ 1500 were sworn in" (Melbourne) had Victoria among its options, and "the Presbyterian
    Minister of ____" (Sydney) too: the text writes "Ballarat, Victoria", so Victoria holds towns, and Melbourne lies
    in it as well. A place the text writes towns in is never a town's option, nor a town one of its own; a city the
    text writes districts in ("Tottenham Hale, London") is still a town."""
    eureka = corpus["wiki_eureka_rebellion"].bank
    towns = [q for q in eureka.questions if q.answer in ("Melbourne", "Sydney", "Buninyong", "Geelong")]
    assert towns
    assert not [q.prompt for q in towns if "Victoria" in q.distractors]
    ada = _as_story(corpus, "wiki_ada_lovelace", "Commemoration")
    assert not [q.prompt for q in ada.questions if q.answer_kind is AnswerKind.PLACE and "Somerset" in q.distractors]
    assert [q for q in ada.questions if q.answer_kind is AnswerKind.PLACE and "London" in q.distractors]


def test_a_battles_place_is_offered_other_battles_places(corpus: dict[str, Any], nlp: Any) -> None:
    """(1) "Lewis Douglass fought at the Battle of ____" (Fort Wagner) had New York, Santo Domingo and Liverpool for
    options: other places of the text's battles and sieges ("the First Battle of Bull Run") come first, and only
    they where the text names enough."""
    douglass = corpus["wiki_frederick_douglass"].bank
    wagner = [q for q in douglass.questions if q.answer == "Fort Wagner" and "Battle of ____" in q.prompt]
    assert wagner and all("Bull Run" in q.distractors for q in wagner), [q.distractors for q in wagner]
    text = ("Henri Valois\n\nHenri Valois was a French officer born in Lyon in 1770. The French won the Battle of "
            "Arcole in 1796 and the Battle of Rivoli in 1797. Bonaparte defeated the Mamluks at the Battle of the "
            "Pyramids near Cairo in 1798. Henri Valois was wounded at the Battle of Marengo in 1800. Napoleon crushed "
            "the Russians and Austrians at the Battle of Austerlitz in 1805. Henri Valois then lived in Paris, Lyon "
            "and Toulouse. The Austrians lost the Battle of Wagram in 1809. Henri Valois died in Lyon in 1820.")
    bank = derive_bank(text, title="Henri Valois", source="valois.txt")
    fought = {"Arcole", "Rivoli", "Pyramids", "Marengo", "Austerlitz", "Wagram"}
    battles = [q for q in bank.questions if "Battle of ____" in q.prompt and q.distractors]
    assert battles
    for q in battles:
        assert set(q.distractors) <= fought, (q.prompt, q.distractors)


def test_nothing_is_asked_from_a_bracketed_aside_but_a_life_span(corpus: dict[str, Any]) -> None:
    """(6) "(only Babbage's Difference Engine has been built, completed in ____ in 2002)" was asked twice, for London
    and for 2002, and "(Commanded by ____, the leader of the 1st Brigade)" for Quiot: of eleven questions from inside
    brackets, one was a gold fact, Ada Lovelace's birth date in her life span. No name, date or amount is asked from
    a bracket, whatever its length, but a life span ("(née Byron; born ____)") or a sentence all in brackets."""
    spans = 0
    for text in corpus.values():
        for q in text.bank.questions:
            inside = re.search(r"\(([^()]*____[^()]*)\)", q.prompt)
            if not inside or re.fullmatch(r"[A-Z].*[.!?]", inside.group(1)):
                continue  # a sentence all in brackets, asked as a sentence
            spans += 1
            assert re.search(r"(?:^|[;,])\s*(?:(?:née|born|died|reigned)\b|[bcdr]\.)", inside.group(1)), q.prompt
            # "Zwide (d. ____)": a death year is a life span too
    assert spans >= 2  # "Augusta Ada King, Countess of Lovelace (née Byron; born ____)", Douglass's "died ____"


def test_a_hyphenated_calling_after_the_blank_asks_for_its_own(serge_bank: QuestionBank) -> None:
    """(1) "killing ____, the vice-chief of the French police" (Louis Jouin) was offered Felix Dzerzhinsky, head of
    the Cheka, and two of the gang: a chief is asked among chiefs, or typed."""
    from quizapp.bank.questions.options import blank_role

    assert blank_role("killing ", ", the vice-chief of the French police, and") == {"chief"}
    jouin = [q for q in serge_bank.questions if q.answer == "Louis Jouin" and "vice-chief" in q.prompt]
    assert jouin
    assert all("Felix Dzerzhinsky" not in q.distractors for q in jouin), [q.distractors for q in jouin]


def test_the_complex_and_the_revolt_are_asked_with_what_names_them(corpus: dict[str, Any]) -> None:
    """(7) "The complex still exists, and in 2003 was listed on the ____" and "The revolt broke out in the Northern
    Plain on the night of ____" were asked alone: which complex, which revolt, only the sentence before says. A
    "the complex", "the building", "the project", "the revolt" or "the provisions" its own sentence does not name is
    asked with the sentence before, or not at all."""
    douglass = [q for q in corpus["wiki_frederick_douglass"].bank.questions if "The complex still exists" in q.prompt]
    assert douglass and all("Douglass Place" in q.prompt for q in douglass), [q.prompt for q in douglass]
    toussaint = [q for q in corpus["handout_toussaint_louverture"].bank.questions
                 if q.source_sentence.startswith("The revolt broke out")]
    assert toussaint and all("Bois Caïman" in q.prompt for q in toussaint), [q.prompt for q in toussaint]


def test_a_body_of_no_known_sort_is_typed(serge_bank: QuestionBank, corpus: dict[str, Any]) -> None:
    """(1) "He was moved to the ____ before dying" (the Hotel-Dieu de Paris, a hospital) was offered a gang, the
    Danish Red Cross and the Communist Party, and the Danish Red Cross itself a party, the NKVD and an opposition:
    of 22 questions on bodies in a reading, one was good. A body whose name and text tell no sort (armed, state,
    party, school, trade, press, church) stands out among those that do, so it is typed, if at all."""
    from quizapp.bank.questions.options import org_grain

    assert not org_grain("Hotel-Dieu de Paris") and not org_grain("Danish Red Cross")
    for answer in ("Hotel-Dieu de Paris", "Danish Red Cross"):
        asked = [q for q in serge_bank.questions if q.answer == answer]
        assert asked and all(not q.distractors for q in asked), [(q.prompt, q.distractors) for q in asked]
    left = [q for q in serge_bank.questions if q.answer_kind is AnswerKind.ORG and q.distractors]
    assert left and all(org_grain(q.answer) for q in left), [q.answer for q in left if not org_grain(q.answer)]


def test_a_woman_is_offered_women_the_text_shows_to_be_women(serge_bank: QuestionBank, corpus: dict[str, Any]) -> None:
    """(1) "In 1909 Serge met ____ in Lille" (Rirette Maitrejean) and "Who married Serge in prison in 1915?" were
    offered Élisée Reclus, a man whose gender neither a pronoun nor the first-name tables tell, and "Who died in
    1822 at the age of five?" (Allegra) Woronzow Greig. A woman's options are people the text or the tables show
    to be women, whatever the prompt says; with too few, people of either gender, as before."""
    women = {"Rirette Maitrejean", "Emma Goldman", "Anita Russakova", "Elsa Poretsky"}
    asked = [q for q in serge_bank.questions if q.answer in women and q.distractors]
    assert asked
    assert not [q.prompt for q in asked if "Élisée Reclus" in q.distractors]
    ada = corpus["wiki_ada_lovelace"].bank
    assert not [q.prompt for q in ada.questions if q.answer in ("Allegra", "Augusta Leigh")
                and "Woronzow Greig" in q.distractors]


def _kinds_and_keys(text: str) -> tuple[dict[str, AnswerKind], dict[str, str]]:
    """The kinds the index gives a text's names, and the name each mention stands for."""
    from quizapp.bank.mentions.index import build_index  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    return index.kinds, {m.text: m.key for m in index.mentions}


def test_forms_of_one_name_are_one_person(nlp: Any, corpus: dict[str, Any]) -> None:
    """(2) On an Ethiopian battle no rule was written on, "Menelik" stood for "Emperor Menelik", "Negus Menelik of
    Shewa" and "Menelik II", so it was ambiguous and never asked, and the parser's "Menelik" (an adjective) was cut
    from "Menelik II" ("Led by Emperor Menelik II" was no question). "Baratieri" stood for both "General Baratieri"
    and "Oreste Baratieri". Forms that differ only by a title, a realm or a numeral are one person, and a titled form
    already merged is no second one; never "Lord Byron" and "Lady Byron", nor "King Charles" and "Charles of Anjou"."""
    adwa = corpus["wiki_battle_of_adwa"].bank
    assert [q for q in adwa.questions if q.prompt.startswith("Led by ____") and q.answer == "Menelik II"]
    assert [q for q in adwa.questions if q.source_sentence.startswith("Baratieri was relieved")]
    _, keys = _kinds_and_keys(
        "General Baratieri commanded the Italian army. Oreste Baratieri had governed Eritrea since 1892. Baratieri "
        "was relieved of his command in 1896.")
    assert keys.get("Baratieri") == "Oreste Baratieri", keys
    _, keys = _kinds_and_keys(
        "Lord Byron left England in 1816. Lady Byron raised their daughter in London. King Charles was crowned at "
        "Reims in 1429. Charles of Anjou fought at Orléans in 1429. Lord Byron died at Missolonghi in 1824.")
    assert keys.get("Lady Byron") != keys.get("Lord Byron"), keys
    assert keys.get("King Charles", "King Charles") != keys.get("Charles of Anjou"), keys


def test_a_shared_title_is_cut_from_each_name(nlp: Any) -> None:
    """(1) "Brigadiers Dabormida, Ellena and Arimondi" made "Brigadiers Dabormida" a person of its own, offered beside
    Dabormida; a plural title before a run of names is no part of the first (but "Kings Norton" is a town's name)."""
    _, keys = _kinds_and_keys(
        "Vittorio Dabormida led a brigade at Adwa in 1896. The brigades were under Brigadiers Dabormida, Ellena and "
        "Arimondi. Dabormida was killed in the retreat. Roman coins were found in Kings Norton in 2006.")
    assert keys.get("Dabormida") == "Vittorio Dabormida" and "Brigadiers Dabormida" not in keys, keys
    assert "Norton" not in keys, keys


def test_what_the_text_says_of_a_name_outweighs_one_label(corpus: dict[str, Any]) -> None:
    """(1) "against another half-brother, Mpande, who ... took over the Zulu leadership": one label of the model
    (an organisation) made the name doubtful, so it was never asked nor offered; a brother named as such, of whom
    "who" is said, is a man. "Papelotte also commanded the road", said of the hamlet of Papelotte, does not make
    the hamlet a person."""
    from quizapp.bank.mentions.references import ROLE_BEFORE  # noqa: PLC0415

    assert ROLE_BEFORE.search("against another half-brother, ") and ROLE_BEFORE.search("Shaka's younger half-brother ")
    kinds, _ = _kinds_and_keys(corpus["wiki_shaka"].text)
    assert kinds.get("Mpande") is AnswerKind.PERSON
    waterloo = corpus["wiki_battle_of_waterloo"].bank
    assert not [q.prompt for q in waterloo.questions if q.answer_kind is AnswerKind.PERSON
                and "Papelotte" in (q.answer, *q.distractors)]


def test_a_single_name_of_a_people_is_asked(corpus: dict[str, Any]) -> None:
    """(1) "The Mfecane produced ____ of the Khumalo, a general of Shaka's" was never asked: "of the" after a name
    of one word was read as the rest of the name ("John of the Cross"). After a name that is no European first name,
    it says where the person belongs."""
    shaka = corpus["wiki_shaka"].bank
    assert [q for q in shaka.questions if q.answer == "Mzilikazi" and "of the Khumalo" in q.prompt]
    from quizapp.bank.questions.candidates import _affiliated  # noqa: PLC0415

    assert not _affiliated("William", AnswerKind.PERSON, " of the Netherlands")


def test_a_house_or_a_people_named_with_its_noun(corpus: dict[str, Any]) -> None:
    """(1, 8) On a Japanese warlord's life no rule was written on, "the Takeda clan" and "the Rokkaku clan" were no
    names (the model leaves out the lower-case noun), nor "the Iceni tribe" or "the Mthethwa empire" (gold facts);
    "Honnō-ji" was cut to "Honnō", so a blank fell inside it. The noun for a house or a people's state goes into the
    blank with the name, and its options are other houses; a name's own lower-case ending ("-ji") is part of it.
    "The Chinese empire" stays a people's adjective and a noun."""
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    nobunaga = corpus["wiki_oda_nobunaga"].bank
    clans = [q for q in nobunaga.questions if q.answer in ("Takeda clan", "Rokkaku clan")]
    assert clans and all(q.distractors and all(d.endswith(" clan") for d in q.distractors) for q in clans), clans
    assert not [q.prompt for q in nobunaga.questions if q.answer == "Oda clan"]  # the title's house: a giveaway
    assert [q for q in nobunaga.questions if q.answer == "Honnō-ji"]
    assert not [q for q in nobunaga.questions if "Honnō" in (q.answer, *q.distractors)]
    assert [q for q in corpus["wiki_boudica"].bank.questions if q.answer == "Iceni tribe"]
    text = "At the start of the dynasty, the Chinese empire continued to be the hegemonic power."
    assert [s.text for s in find_spans(0, text, parse_sentences([text])[0])] == ["Chinese"]
    for text in ("This empire collapsed in 1912.", "Each clan sent warriors to the king."):
        assert not find_spans(0, text, parse_sentences([text])[0]), text  # a word opening a sentence is no name


def test_a_full_name_the_model_calls_a_body_is_the_man_its_short_form_is(corpus: dict[str, Any]) -> None:
    """(1) "his retainer Akechi Mitsuhide rebelled against him" (a gold fact) was never asked: the model called the
    full name an organisation four times, so it was doubtful, and "Mitsuhide", a man in five sentences, could stand
    for no one. A short form the text shows to be a person carries its full name with it; "Sen no Rikyū", with its
    particle, is one name."""
    kinds, keys = _kinds_and_keys(corpus["wiki_oda_nobunaga"].text)
    assert keys.get("Mitsuhide") == "Akechi Mitsuhide" and kinds.get("Akechi Mitsuhide") is AnswerKind.PERSON
    assert "Sen no Rikyū" in keys, sorted(keys)


def test_a_leap_day_is_offered_in_other_leap_years() -> None:
    """(8) "On the evening of 29 February, Baratieri ... met with his brigadier generals" (1896, a gold fact) was never
    asked: its wrong options were 29 February of the years around it, which do not exist but one. A leap day is
    offered in other leap years."""
    from quizapp.bank.questions.options import date_options  # noqa: PLC0415

    options = date_options("1896-02-29", random.Random(3), set(), limit=3)
    assert len(options) == 3 and all(o.endswith("-02-29") and parse_iso(o) for o in options), options


def test_a_place_after_present_day_and_a_whole_name_of_one_word(corpus: dict[str, Any]) -> None:
    """(1, 8) "He was born ... near present-day Melmoth" (a gold fact): "near" said place only right before the name,
    so a town met once was doubtful. And "Zwide's general ____ (of the Shangaan)" was never asked, as one word was
    thought too little to type, though "Soshangane" is no first name but a whole name."""
    from quizapp.bank.questions.candidates import typable  # noqa: PLC0415

    shaka = corpus["wiki_shaka"].bank
    assert [q for q in shaka.questions if q.answer == "Melmoth" and "present-day ____" in q.prompt]
    assert typable("Soshangane", AnswerKind.PERSON) and typable("Irene", AnswerKind.PERSON)  # the text's only name
    assert not typable("Europe", AnswerKind.PLACE)


def test_her_after_a_verb_of_naming_is_whom_not_whose(corpus: dict[str, Any]) -> None:
    """(3) "Raphael Holinshed calls her Voadicia" became "calls Boudica's Voadicia" in four prompts: the small model
    tags "her" before a name as a possessive. After "calls", "named", "crowned", a "her" before a name is whom."""
    prompts = [q.prompt for q in corpus["wiki_boudica"].bank.questions]
    assert [p for p in prompts if "calls Boudica Voadicia" in p]
    assert not [p for p in prompts if "calls Boudica's" in p]


def test_a_sentence_with_words_lost_from_the_text_is_not_asked(corpus: dict[str, Any]) -> None:
    """(7) Readers of the Boudica text called "hurried along ____ through hostile territory to. was a relatively new
    settlement" and "The prefect of , Poenius Postumus" garbled: the dump the text came from lost the Latin names its
    templates held. A sentence with a preposition or article right before a comma or full stop, empty brackets or an
    empty list item has lost words, and is no prompt."""
    from quizapp.bank.questions.prompts import _LOST_WORDS  # noqa: PLC0415

    assert _LOST_WORDS.search("The prefect of , Poenius Postumus, ignored") and _LOST_WORDS.search("a legion, , had")
    assert not _LOST_WORDS.search("Boudica led the Iceni, the Trinovantes and others.")
    boudica = corpus["wiki_boudica"].bank
    assert not [q.prompt for q in boudica.questions if _LOST_WORDS.search(q.prompt)]


def test_that_time_as_an_object_points_back(nlp: Any) -> None:
    """(7) "Who chose that time to attack?" was asked alone: "at that time" is only "then", but a time chosen, or one
    that is a subject, is the one the sentence before names."""
    from quizapp.bank.questions.prompts import _pointing_back  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    chose = "Akechi Mitsuhide chose that time to attack."
    assert _pointing_back(parse_sentences([chose])[0], len(chose))
    then = "At that time the Zulu army numbered some forty thousand men."
    assert not _pointing_back(parse_sentences([then])[0], len(then))


def test_a_war_named_after_battle_of_is_no_battle_site(corpus: dict[str, Any]) -> None:
    """(1) "the climactic battle of the First Italo-Ethiopian War" made "First Italo-Ethiopian" a battle's place,
    offered for "the Battle of ____" (Coatit) beside "Green". "Battle of" takes a whole name, or none."""
    from quizapp.bank.mentions.spans import _BATTLE_OF  # noqa: PLC0415

    assert not _BATTLE_OF.search("was the climactic battle of the First Italo-Ethiopian War.")
    assert _BATTLE_OF.search("at the Battle of Quatre Bras on 16 June").group(1) == "Quatre Bras"
    adwa = corpus["wiki_battle_of_adwa"].bank
    assert not [q.prompt for q in adwa.questions if "First Italo-Ethiopian" in q.distractors]


def test_counties_and_cities_named_in_a_list_are_places(corpus: dict[str, Any]) -> None:
    """(1) On a civil war in Ireland no rule was written on, "Cork", "Kerry", "Tyrone", "Armagh" and "County
    Longford" were people ("After the fall of ____" offered Eoin O'Duffy and Richard Mulcahy), and "Bahir Dar" and
    "Debre Markos" ("other major cities in Ethiopia, including ...") were people too. A plural noun of places before a
    list, "county X" and "County X" say place."""
    kinds, _ = _kinds_and_keys(
        "Collins planned to take counties Cork and Kerry in 1922. The Treaty left the six counties – Fermanagh, Antrim, "
        "Tyrone, Londonderry, Armagh and Down – to the north in 1921. They held out in county Wexford. The IRA "
        "supported the treaty in County Longford. Other major cities in Ethiopia, including Bahir Dar, Debre Markos "
        "and Gondar, celebrate the victory.")
    for name in ("Cork", "Tyrone", "Armagh", "Fermanagh", "Wexford", "County Longford", "Bahir Dar"):
        assert kinds.get(name) is AnswerKind.PLACE, (name, kinds.get(name))
    adwa = _as_story(corpus, "wiki_battle_of_adwa", "Public celebrations")
    cities = next(q for q in adwa.questions if q.answer == "Bahir Dar")
    assert not {"Benito Mussolini", "Teddy Afro", "Mengesha Yohannes"} & set(cities.distractors), cities
    irish = corpus["wiki_irish_civil_war"].bank
    fall = next(q for q in irish.questions if q.prompt.startswith("After the fall of ____"))
    assert fall.answer == "Cork" and all(d not in ("Eoin O'Duffy", "Richard Mulcahy", "Liam Lynch")
                                         for d in fall.distractors), fall


def test_a_town_is_not_the_province_named_after_it(corpus: dict[str, Any]) -> None:
    """(2) On a life of Babur no rule was written on, "Andijan" ("born in the city of Andijan, Andijan Province")
    was merged into "Andijan Province" and then dropped as a people's name, so "Babur was born in Andijan" was asked
    as "Where was Babur born in Andijan,, in modern Uzbekistan?". A town the text calls a city is a place, and a
    town the gazetteer knows is no province, castle or valley of its name. The places after it (", in the Fergana
    Valley, in modern Uzbekistan") only say where it lies: no answer."""
    babur = corpus["wiki_babur"].bank
    born = [q for q in babur.questions if q.source_sentence.startswith("Babur was born in Andijan")]
    assert born and all(q.answer == "Andijan" and ",," not in q.prompt for q in born), born
    _, keys = _kinds_and_keys("Kiyosu Castle was taken in 1555. The lord of Kiyosu fled to Kyoto in 1555.")
    assert keys.get("Kiyosu") == "Kiyosu", keys


def test_a_first_of_the_name_keeps_its_numeral(corpus: dict[str, Any]) -> None:
    """(8) "the Ottoman Sultan Selim I provided" was asked as "the Ottoman ____ I provided": "I" was read as a
    pronoun, so the blank stood inside a name. A lone "I" after a name, before a verb, "and" or a comma, is the
    first of that name."""
    babur = corpus["wiki_babur"].bank
    assert not [q for q in babur.questions if "____ I " in q.prompt]
    _, keys = _kinds_and_keys("The Ottoman Sultan Selim I provided cannons in 1514. Ismail I and Babur formed a "
                              "partnership in 1511.")
    assert "Ismail I" in keys and any(k.endswith("Selim I") for k in keys), keys


def test_a_book_written_or_translated_is_a_work(corpus: dict[str, Any]) -> None:
    """(1) "He wrote the Baburnama", "the translation of the Baburnama", "the autobiography known as Baburnama": the
    memoirs were a place, offered beside Fergana, Kabul and North India. What is written, translated or known as an
    autobiography is a work; not "a manuscript of Tacitus" (its author) nor "the September 1843 edition of Taylor's
    Scientific Memoirs" (its publisher)."""
    kinds, _ = _kinds_and_keys("He wrote the Baburnama in 1529. The translation of the Baburnama was made in 1589. "
                               "His autobiography known as Baburnama is read today.")
    assert kinds.get("Baburnama") is AnswerKind.WORK, kinds
    babur = corpus["wiki_babur"].bank
    assert not [q for q in babur.questions if q.answer == "Baburnama" and "Fergana" in q.distractors]
    kinds, _ = _kinds_and_keys("A manuscript of Tacitus was found in 1470. Tacitus wrote the Annals about 116. "
                               "Tacitus says that Boudica gathered an army.")
    assert kinds.get("Tacitus") is AnswerKind.PERSON, kinds


def test_a_law_of_a_country_keeps_its_whole_name(corpus: dict[str, Any]) -> None:
    """(2) "the Government of Ireland Act 1920" was "Ireland Act 1920": the rule for laws took no "of" inside."""
    from quizapp.bank.mentions.titles import title_spans  # noqa: PLC0415

    text = "The partition was decided in the Government of Ireland Act 1920, and the Representation of the People Act 1918."
    assert [text[a:b] for a, b in title_spans(text)] == ["Government of Ireland Act 1920",
                                                          "Representation of the People Act 1918"]


def test_a_title_inside_a_name_gives_nothing_away(corpus: dict[str, Any]) -> None:
    """(2) "Babur's first wife, ____, was his paternal cousin, the daughter of Sultan Ahmad Mirza" (Aisha Sultan Begum,
    a gold fact) was never asked: "Sultan" in the prompt was taken to give her name away. A title inside a name is
    many people's ("Sultan", "Begum", "Khan"); the emperor of "the Kangxi Emperor" still gives him away."""
    babur = corpus["wiki_babur"].bank
    assert [q for q in babur.questions if q.answer == "Aisha Sultan Begum" and "first wife" in q.prompt]
    qing = corpus["wiki_qing_dynasty"].bank
    assert not [q for q in qing.questions if q.answer == "Kangxi Emperor" and "emperor" in q.prompt.lower()
                and not all("Emperor" in d for d in q.distractors)]  # beside other emperors, the word tells nothing


def test_a_surname_ending_like_a_plural_is_no_body_of_people() -> None:
    """(1) "the execution of acclaimed author and treaty negotiator Erskine Childers" (a gold fact) was never asked:
    "-ers" made "Childers" a body of people, as it does "Nassauers". A known first name before it says person."""
    kinds, _ = _kinds_and_keys("The Free State executed Erskine Childers on 24 November 1922. Erskine Childers had "
                               "written a novel. The Nassauers held the farm in 1815.")
    assert kinds.get("Erskine Childers") is AnswerKind.PERSON, kinds
    assert kinds.get("Nassauers") is not AnswerKind.PERSON, kinds


def test_the_same_before_a_name_is_left_out(corpus: dict[str, Any]) -> None:
    """(7) "The same ____ declared when Italian troops occupied Addis Ababa in May 1936" (Benito Mussolini): "the
    same" before a name points back at the sentence before, which need not name him. The name alone says who."""
    adwa = corpus["wiki_battle_of_adwa"].bank
    assert not [q for q in adwa.questions if "The same" in q.prompt or "the same ____" in q.prompt]
    assert [q for q in adwa.questions if q.prompt.startswith("____ declared when Italian troops")
            and q.answer == "Benito Mussolini"]


def test_a_prompt_of_thirty_words_ends_with_the_clause_of_its_blank(corpus: dict[str, Any]) -> None:
    """(6) Readers of 340 sampled questions judged 9 % of prompts of 30 to 39 words good, and 23 % of those of 20 to
    29: "too long" was their third cause. Past 28 words a prompt ends with the clause of its blank ("... were arrested
    in a flat in ____ and taken to the Eden Hotel."), never before the sentence's own verb ("other major cities in
    Ethiopia, including ____, ... celebrate the Victory of Adwa")."""
    rosa = corpus["essay_rosa_luxemburg"].bank
    flat = next(q for q in rosa.questions if q.answer == "Wilmersdorf")
    assert flat.prompt.endswith("taken to the Eden Hotel."), flat.prompt
    adwa = _as_story(corpus, "wiki_battle_of_adwa", "Public celebrations")
    cities = next(q for q in adwa.questions if q.answer == "Bahir Dar")
    assert "celebrate" in cities.prompt, cities.prompt


def test_a_woman_is_no_option_for_a_person_of_unknown_gender(corpus: dict[str, Any]) -> None:
    """(1) Readers of 340 sampled questions most often named weak options after trivia, among them women offered for
    men whose names the first-name tables do not know: "Lady Yodo" beside Japanese warlords, "Maham Begum" and
    "Daulat Begum" beside sultans. In a history an answer of no known gender is mostly a man; a woman the text shows
    to be one ("Lady", "Begum", "she") is offered only where the prompt says a woman is asked."""
    nobunaga = corpus["wiki_oda_nobunaga"].bank
    babur = corpus["wiki_babur"].bank
    sultans = [q for q in babur.questions if q.answer in ("Sultan Selim I", "Muhammad Shaybani", "Alam Khan")]
    assert sultans and not [d for q in sultans for d in q.distractors if d.endswith(" Begum")], sultans
    for q in nobunaga.questions:
        if q.answer_kind is AnswerKind.PERSON and not re.search(
                r"\b(?:she|her|wife|daughter|mother|sister|Lady|married|birth|bore)\b", q.prompt):
            assert not [d for d in q.distractors if d.startswith("Lady ") or d.endswith(" Begum")], q


def test_an_era_is_no_name() -> None:
    """(8) "in 1526 CE" was asked as "in 1526 ____" (CE, a person)."""
    _, keys = _kinds_and_keys("Babur defeated Ibrahim Lodi at the First Battle of Panipat in 1526 CE and founded the "
                              "Mughal empire. Babur ruled until 1530 CE.")
    assert "CE" not in keys, keys


def test_a_house_noun_in_the_prompt_gives_no_house_away(corpus: dict[str, Any]) -> None:
    """(4) "The Oda clan's siege ... but the ____ of the Chūgoku region broke the naval blockade" (the Mori clan, a
    gold fact) was never asked: "clan" in the prompt was taken to give "Mori clan" away. Every option is a clan."""
    nobunaga = corpus["wiki_oda_nobunaga"].bank
    assert [q for q in nobunaga.questions if q.answer == "Mori clan" and "naval blockade" in q.prompt]


def test_then_before_a_year_points_nowhere(corpus: dict[str, Any]) -> None:
    """(7) "Then in 1556, he destroyed a rival branch located in Kiyosu Castle." (a gold fact) was refused: "then"
    was taken to point back, though the sentence names its own year. It is left out, as "Meanwhile on 16 June" is."""
    nobunaga = corpus["wiki_oda_nobunaga"].bank
    kiyosu = [q for q in nobunaga.questions if q.answer == "Kiyosu Castle"]
    assert kiyosu and all(q.prompt.startswith("In 1556, Oda Nobunaga destroyed") for q in kiyosu), kiyosu


def test_a_castle_is_offered_castles_first(corpus: dict[str, Any]) -> None:
    """(1) "Nobunaga moved his base to ____" (Komaki Castle) offered "Gifu Park": readers named a park among castles
    a weak option. A place named as a building of a kind (castle, fort, prison, abbey) is offered its kind first."""
    nobunaga = corpus["wiki_oda_nobunaga"].bank
    komaki = next(q for q in nobunaga.questions if q.answer == "Komaki Castle")
    assert all(d.endswith(" Castle") for d in komaki.distractors), komaki


def test_modern_or_what_is_now_before_a_name_says_place(corpus: dict[str, Any]) -> None:
    """(1) "the island of (modern Anglesey)" (its Latin name lost in the dump) made Anglesey a person, offered for
    Tacitus and Prasutagus. "(modern X)" and "what is now X" say place."""
    shaka = corpus["wiki_shaka"].bank
    assert [q for q in shaka.questions if q.answer == "Mozambique" and "what is now ____" in q.prompt]
    boudica = corpus["wiki_boudica"].bank
    assert not [q for q in boudica.questions if "Anglesey" in q.distractors and q.answer_kind is AnswerKind.PERSON]


def test_a_pronoun_of_the_main_subject_gives_no_one_else_her_gender(corpus: dict[str, Any]) -> None:
    """(3) In a life of Boudica, "Tacitus says that she ..." made Tacitus and Cassius Dio women, so "Cassius Dio's
    account is only known from an epitome, and his sources are uncertain" was asked with "Gnaeus Julius Agricola's
    sources": a falsehood. A pronoun of the main subject's gender after another person says nothing of theirs; and
    a pronoun that is no subject does not go to the one person of its gender a sentence before names in passing
    ("during the reign of Queen Elizabeth ... reintroduced her"), where the main subject is of that gender too."""
    boudica = corpus["wiki_boudica"].bank
    prompts = " ".join(q.prompt for q in boudica.questions)
    assert "Agricola's sources" not in prompts and "Queen Elizabeth's story" not in prompts
    assert "reintroduced Queen Elizabeth" not in prompts
    assert not [q for q in boudica.questions if "says she fell sick" in q.prompt]  # Cassius Dio's, asked of twice at
    # most: when asked, "Who says Boudica fell sick"


def test_a_name_met_a_few_times_mostly_writing_is_a_writer(corpus: dict[str, Any]) -> None:
    """(1) Historians met two or three times were offered for the people of the story ("Chris Prouty", "Harold
    Marcus", "Donald N. Levine" beside Baratieri and Ras Alula): one mention outside a writing frame ("Morris
    nevertheless references ...") made them actors. A name met a few times, mostly writing, is a writer; a writer is
    offered writers first."""
    adwa = corpus["wiki_battle_of_adwa"].bank
    writers = {"Chris Prouty", "Harold Marcus", "Donald N. Levine", "Paul B. Henze"}
    actors = [q for q in adwa.questions if q.answer in ("Oreste Baratieri", "Ras Alula", "Matteo Albertone",
                                                         "Vittorio Dabormida", "Giuseppe Arimondi")]
    assert actors and not [q for q in actors if writers & set(q.distractors)], actors


def test_an_office_of_a_place_is_no_place(corpus: dict[str, Any]) -> None:
    """(1) "Prime Minister of Northern Ireland" was a place, offered with Passage West for the Dáil. A title before
    "of" makes an office, not a place."""
    irish = corpus["wiki_irish_civil_war"].bank
    assert not [q for q in irish.questions if "Prime Minister of Northern Ireland" in (q.answer, *q.distractors)]


def test_a_context_cut_to_its_first_clause_keeps_a_verb(corpus: dict[str, Any]) -> None:
    """(7) A context too long was cut at its first ", where" or ", who" even before its verb: "In addition, Free State
    troops, particularly in County Kerry. The most notorious example of this occurred at ____" (found in a fresh reading
    at the review). A context is cut only where what it keeps has a verb of its own."""
    irish = corpus["wiki_irish_civil_war"].bank
    qing = corpus["wiki_qing_dynasty"].bank
    prompts = [q.prompt for q in (*irish.questions, *qing.questions)]
    for broken in ("particularly in County Kerry.", "The anti-treaty forces in the Four Courts.",
                   "a younger half-brother of the emperor. The"):
        assert not [p for p in prompts if broken in p], broken


def test_a_continent_is_no_town_and_a_town_no_other_name_of_one_the_text_names(corpus: dict[str, Any]) -> None:
    """(1) "the mountains of central ____" (Asia) was offered Iloilo and Bacolod City, towns of the Philippines the
    gazetteer finds under "Asia"; Fergana was offered "Andijon", the gazetteer's spelling of the Andijan the text
    names. A continent is never a town, and no gazetteer town is offered under another name of a place of the text."""
    from quizapp.bank.mentions.lexicons import other_names, similar_places

    assert similar_places("Asia") == () and similar_places("Europe") == ()
    assert "andijan" in other_names("Andijon")
    offered = {d for q in corpus["wiki_babur"].bank.questions for d in q.distractors}
    assert not offered & {"Andijon", "Iloilo", "Bacolod City"}, offered


def test_a_town_the_gazetteer_places_only_where_nothing_else_lies_gets_no_towns_of_its_own(
        corpus: dict[str, Any]) -> None:
    """(1) To the gazetteer "Goa" is only a town of the Philippines, and in a war of Indian Ocean powers it was offered
    Sorsogon and Legaspi beside Ternate. Towns of a country are offered for a town only where another place of the text
    lies in that country."""
    offered = {d for q in corpus["wiki_war_of_the_league_of_the_indies"].bank.questions for d in q.distractors}
    assert not offered & {"Sorsogon", "Legaspi", "Antipolo", "Calamba"}, offered


def test_a_name_the_text_dates_nowhere_is_offered_no_one_of_another_age(corpus: dict[str, Any]) -> None:
    """(1) "Nero replaced the governor with the more conciliatory ____" (Publius Petronius Turpilianus) was offered
    David Lloyd George and Prince Albert: the text dates neither the answer nor its paragraph, and "over the 1850s and
    1860s" gave Prince Albert no year. A decade or a century says when a sentence is told, and an answer the text dates
    nowhere takes the time of the text around it: no one ages apart is offered beside it."""
    from quizapp.bank.derive import sentence_years
    from quizapp.bank.questions.options import running_years

    text = "Boudica fought Rome in AD 60. Tacitus wrote of it. A statue was made over the 1850s and 1860s."
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    dates = resolve_dates(split_paragraphs(clean_text(text)), sentences)
    years = sentence_years(sentences, dates)
    assert years[2] == 1855 and running_years(sentences, years)[1] == years[0]
    victorians = {"Prince Albert", "David Lloyd George", "Thomas Thornycroft", "Sir John", "Queen Victoria",
                  "Lord Tennyson"}
    romans = {"Publius Petronius Turpilianus", "Gaius Julius Alpinus Classicianus", "Catus Decianus", "Cassius Dio",
              "Tacitus", "Gaius Suetonius Paulinus", "Prasutagus", "Andraste", "Gnaeus Julius Agricola"}
    asked = [q for q in corpus["wiki_boudica"].bank.questions if q.answer in romans]
    assert len(asked) >= 10
    for q in asked:
        assert not victorians & set(q.distractors), (q.prompt, q.distractors)


def test_a_peoples_adjective_gives_away_its_realm() -> None:
    """(6) "left his kingdom to the Roman emperor ... an ally of ____" (Rome) and "foreign affairs through Italian
    authorities ... a protectorate of ____" (the Kingdom of Italy) gave their answers away."""
    from quizapp.bank.questions.candidates import visible

    assert visible("Rome", "Prasutagus ruled as an ally of ____, and left his kingdom to the Roman emperor.")
    assert visible("the Kingdom of Italy", "Affairs went through Italian authorities: a protectorate of ____.")
    assert not visible("the Kingdom of Italy", "Ethiopia became a protectorate of ____.")


def test_what_the_text_says_a_name_is_outweighs_the_models_label(nlp: Any) -> None:
    """(1) In a life of La Malinche the model called her an organisation twenty times, Marina a place and Cortés a
    country: none was asked, and every "she" went unresolved (0.34 of its gold facts as it came). "X ... was a Nahua
    woman" and "Cortés kept her by his side" say person."""
    from quizapp.bank.mentions.kinds import P, span_evidence
    from quizapp.bank.mentions.spans import find_spans
    from quizapp.bank.nlp.parse import parse_sentences

    for text, name in (("La Malinche, known also as Malintzin, was a Nahua woman from the Gulf Coast.", "La Malinche"),
                       ("Cortés kept her by his side for her value as an interpreter.", "Cortés")):
        parse = parse_sentences([text])[0]
        span = next(s for s in find_spans(0, text, parse) if s.text == name)
        assert span_evidence(span, text, parse, set())[P] >= 1, name


def test_the_names_a_life_is_also_known_by_are_hers(corpus: dict[str, Any]) -> None:
    """(2) "La Malinche ..., known also as Malinalli, Malintzin or Doña Marina" opens her life: "Malintzin met
    Cortés" was asked with Malinal and Malinalli among the options, all one woman. Her other names are never offered
    and never answers, but where the sentence asks what she was named ("formed the compounded title of ____")."""
    bank = corpus["wiki_la_malinche"].bank
    hers = {"Malinalli", "Malintzin", "Marina", "Malinal", "Malintze"}
    for q in bank.questions:
        assert not hers & set(q.distractors), (q.prompt, q.distractors)
        if q.answer in hers:
            assert not q.distractors, q.prompt
            assert re.search(r"\b(?:name|title) of ____|named ____|called ____", q.prompt), q.prompt
    assert any(q.answer == "Malintzin" for q in bank.questions)


def test_a_name_takes_in_the_first_names_the_model_leaves_out(nlp: Any) -> None:
    """(8) "on July 24 Murtaza Nizam Shah requested peace" was "Nizam Shah" to the model, "80-year-old Dom Jorge de
    Castro" an organisation, "the mouth of the River Formoso" a man (River a first name); "Ostorius Scapula" and
    "Publius Ostorius Scapula" were two Roman governors."""
    from collections import Counter  # noqa: PLC0415

    from quizapp.bank.mentions.kinds import PLACE_SHAPE
    from quizapp.bank.mentions.names import aliases
    from quizapp.bank.mentions.spans import find_spans
    from quizapp.bank.nlp.parse import parse_sentences

    text = "After this setback, on July 24 Murtaza Nizam Shah requested peace, and withdrew his army."
    assert "Murtaza Nizam Shah" in {s.text for s in find_spans(0, text, parse_sentences([text])[0])}
    text = "Meantime Louis XVI was detained at Varennes."
    assert "Meantime Louis XVI" not in {s.text for s in find_spans(0, text, parse_sentences([text])[0])}
    text = "The captain, 80-year-old Dom Jorge de Castro, decided to surrender the fortress."
    span = next(s for s in find_spans(0, text, parse_sentences([text])[0]) if "Jorge" in s.text)
    assert text[span.title_start:span.start].strip() == "Dom"
    assert PLACE_SHAPE.search("River Formoso")
    person = AnswerKind.PERSON
    kinds = {"Ostorius": person, "Ostorius Scapula": person, "Publius Ostorius Scapula": person,
             "Qianlong Emperor": person, "Ten Great Campaigns of the Qianlong Emperor": person}
    votes = {name: Counter({kind: 3}) for name, kind in kinds.items()}
    alias, _ = aliases(votes, kinds, hint="")
    assert alias.get("Ostorius Scapula") == alias.get("Ostorius") == "Publius Ostorius Scapula"
    assert "Qianlong Emperor" not in alias


def test_a_long_prompt_leaves_out_its_asides(nlp: Any) -> None:
    """(7) Prompts of over 30 words were a fifth of the banks, and readers judged them "too long"; a sentence of over
    sixty words was never asked, though its facts were gold ("Although skeptical at first, believing ..., the
    Portuguese Viceroy, Dom Luís de Ataíde, sent ..."). A long prompt leaves out the brackets and the phrases set off
    by commas away from its blank (not what says which one a name is: ", known as the Union Brigade,"), and a sentence
    of over sixty words is asked where that leaves a question's length."""
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.questions.prompts import frame

    def ask(text: str, answer: str) -> str:
        s = sentences_of(split_paragraphs(clean_text(text)))[0]
        fr = frame(s, None, None, parse_sentences([s.text])[0])
        assert fr is not None
        at = text.index(answer)
        return render(fr, (at, at + len(answer)))

    prompt = ask("In 1858 the Xianfeng Emperor, facing no other options, agreed to the Treaty of Tientsin (signed in "
                 "the city of Tianjin) with Britain, France, Russia and the United States, the four powers whose fleets "
                 "lay off the Taku Forts.", "Treaty of Tientsin")
    assert prompt == "In 1858 the Xianfeng Emperor agreed to the ____ with Britain, France, Russia and the United States."
    prompt = ask("The 2nd Brigade, known as the Union Brigade, commanded by William Ponsonby, was so called as it "
                 "consisted of an English, a Scottish and an Irish regiment of heavy dragoons on the left of the line "
                 "at Waterloo.", "William Ponsonby")
    assert "known as the Union Brigade" in prompt
    long = ("Although skeptical at first, believing the distrust between Indian rulers to be insurmountable for such a "
            "plan to be possible, the Portuguese Viceroy, Dom Luís de Ataíde, ordered five galleons, two galleys and "
            "twelve smaller vessels to sail from Goa on 24 August 1570 under the command of Luís de Melo, carrying "
            "six hundred soldiers, to reinforce the city of Malacca against a possible attack from the Sultanate of "
            "Aceh.")
    assert len(long.split()) > 60
    prompt = ask(long, "Goa")
    assert prompt and len(prompt.split()) <= 40 and not prompt.startswith("Although"), prompt


def test_small_breaks_in_a_prompt_are_mended(corpus: dict[str, Any]) -> None:
    """(7) Readers marked these garbled: "the flight of Louis XVI.." (a semicolon cut after a numeral's full stop),
    "The victorious Emperor limited Menelik II's demands" (his own, not another's), "the Asakura and Azai Nagamasa
    clans" (a family named by its house, not the man), "Seized on the executive power, commissioned ____" (a clause
    with no subject of its own, after one with none either) and "appointed a(n) ____" (Royal Commission)."""
    from quizapp.bank.questions.prompts import one_article

    prompts = [q.prompt for text in corpus.values() for q in text.bank.questions]
    assert not [p for p in prompts if p.endswith("..")]
    assert not [p for p in prompts if "limited Menelik II's demands" in p or "Azai Nagamasa clans" in p]
    assert not [p for p in prompts if re.match(r"[A-Z][a-z]+ed on the executive power", p)]
    assert any("The victorious Emperor limited his demands" in p for p in prompts)
    assert one_article("Hotham appointed a(n) ____ on the goldfields.", ["Royal Commission"]) == \
        "Hotham appointed a ____ on the goldfields."
    assert one_article("He joined a(n) ____.", ["Union", "army", "Order"]) == "He joined a(n) ____."


def test_a_she_is_the_main_subject_under_any_of_her_names(corpus: dict[str, Any]) -> None:
    """(3) In a life of La Malinche, "Malinalli and other slaves were given as tribute ..." made Malinalli a rival of
    La Malinche for the next "she": "During her time as a slave she befriended Jerónimo de Aguilar", a gold fact, was
    dropped. The names a life opens with are the main subject's, and no rival for her pronouns; "natives of Cholula"
    and "the state of Tabasco" say place."""
    prompts = {q.prompt: q for q in corpus["wiki_la_malinche"].bank.questions}
    assert any(p.startswith("During La Malinche's time as a slave she befriended ____") for p in prompts), prompts
    assert any(q.answer == "Cholula" and q.answer_kind is AnswerKind.PLACE for q in prompts.values())


def test_a_writer_about_the_story_is_asked_of_twice_at_most(corpus: dict[str, Any]) -> None:
    """(6) Cassius Dio, named twelve times in a life of Boudica and six of them as a writer ("Dio says", "Cassius Dio
    writes"), was the answer of five questions, "who said what" to readers. A person the text names mostly as a writer
    about its story is asked of twice at most."""
    asked = [q.prompt for q in corpus["wiki_boudica"].bank.questions if q.answer == "Cassius Dio"]
    assert len(asked) <= 2, asked  # none now: "____ explains Boudica's response" is a writer's present too


def test_what_a_woman_did_or_became_says_she_is_one(corpus: dict[str, Any]) -> None:
    """(1) Kitsuno ("his concubines Kitsuno and Lady Saka", "Kitsuno gave birth to Nobunaga's eldest son") and Chacha
    ("Chacha (also known as Lady Yodo), the eldest, became the mistress of Toyotomi Hideyoshi") were offered among
    Nobunaga's sons and generals, and Chacha beside Lady Yodo, her other name."""
    bank = corpus["wiki_oda_nobunaga"].bank
    men = {"Nobutada", "Hashiba Hideyoshi", "Oda Nobuhide", "Hirate Masahide", "Shingen", "Hidenobu", "Nobutaka"}
    for q in bank.questions:
        if q.answer in men:
            assert not {"Kitsuno", "Chacha", "Lady Yodo"} & set(q.distractors), (q.prompt, q.distractors)
        assert not {"Chacha", "Lady Yodo"} <= {q.answer, *q.distractors}, (q.prompt, q.distractors)


def test_a_ruler_named_once_in_a_long_text_is_no_detail(corpus: dict[str, Any]) -> None:
    """(8) In a long text a person named once is a detail (readers judged nearly all of them trivia), but "Ataíde was
    solemnly received by King Sebastian" names a king of Portugal: a gold fact that was never asked. A ruler's title
    says what made them matter."""
    bank = corpus["wiki_war_of_the_league_of_the_indies"].bank
    assert [q for q in bank.questions if q.answer == "King Sebastian"]


def test_a_wh_question_takes_its_options_from_what_stands_beside_its_blank(corpus: dict[str, Any]) -> None:
    """(1) "Who is the beloved and influential wife of Emperor Menelik II ...?" (Taytu Betul) was offered three men: the
    options were chosen from the question as put, where no blank says whose role "wife" is. They are chosen from the
    sentence with its blank, and "____ reunited Babur with his sister" leaves no room for a woman."""
    from quizapp.bank.questions.options import may_be_a_woman

    adwa = corpus["wiki_battle_of_adwa"].bank
    wife = [q for q in adwa.questions if q.answer == "Taytu Betul" and "wife of" in q.prompt]
    assert wife and not [q for q in wife if q.distractors], [(q.prompt, q.distractors) for q in wife]
    assert not may_be_a_woman("____ reunited Babur with his sister Khānzāda.")
    assert may_be_a_woman("____, his wife, died in 1881.") and may_be_a_woman("____, the mother of Louis, died.")


def test_the_commanders_of_two_sides_are_no_options_for_each_other(corpus: dict[str, Any]) -> None:
    """(1) Wellington was offered Napoleon as a wrong answer, and Napoleon Wellington: "a British-led allied army under
    the command of the Duke of Wellington" gave Wellington no side, because a title with "of" stood between "under the
    command of" and his name."""
    for q in corpus["wiki_battle_of_waterloo"].bank.questions:
        pair = {q.answer, *q.distractors}
        assert not {"Wellington", "Napoleon Bonaparte"} <= pair, (q.prompt, q.distractors)


def test_a_name_met_once_at_no_time_is_a_last_resort_beside_a_dated_answer(corpus: dict[str, Any]) -> None:
    """(1) "McKinley won the presidential election of 1896 against ____" (William Jennings Bryan) and the trial's
    lawyers were offered Abraham Lincoln and James A. Garfield, named once in the opening ("the third to be murdered
    in office, after Abraham Lincoln and James A. Garfield"): readers' most frequent weak option in two readings."""
    offered = [q for q in corpus["handout_mckinley_assassination"].bank.questions
               if {"Abraham Lincoln", "James A. Garfield"} & set(q.distractors)]
    assert not offered, [(q.prompt, q.distractors) for q in offered]


def test_as_with_and_days_before_point_back(corpus: dict[str, Any]) -> None:
    """(7) "As with the ____, the officers of the Royals ..." and "____, the Free State president, had died of a brain
    haemorrhage ten days before." were asked alone: as with whom, before what, only the sentence before says."""
    prompts = [q.prompt for text in corpus.values() for q in text.bank.questions]
    assert not [p for p in prompts if p.startswith("As with")]
    assert not [p for p in prompts if re.match(r"[^.]*\bdays before\.$", p)]


def test_an_opening_phrase_looks_ahead_and_a_place_word_alone_is_no_place(corpus: dict[str, Any]) -> None:
    """(3, 1) "Unable to ferry his troops across ..., the Adil Shah ordered" was written "Unable to ferry Nuri Khan's
    troops", a falsehood (and before that "Viceroy Dom Luís de Ataíde's"); "Valley" of "the Aztec-ruled Valley of
    Mexico" was offered as a place; "Viceroy Dom Luís de Ataíde" and "Luís de Ataíde" were two men."""
    league = corpus["wiki_war_of_the_league_of_the_indies"].bank
    assert not [q for q in league.questions if "ferry Nuri Khan's" in q.prompt or "ferry Viceroy" in q.prompt]
    assert not [q for q in league.questions if "Viceroy Dom Luís de Ataíde" in {q.answer, *q.distractors}]
    offered = {d for q in corpus["wiki_la_malinche"].bank.questions for d in q.distractors}
    assert "Valley" not in offered


def test_only_a_headline_amount_is_asked(corpus: dict[str, Any]) -> None:
    """(6) Amounts were the readers' least wanted questions (none judged good in four readings): "held out for three
    weeks", "at the age of twelve", "lost over 8,000 men, 4,000 horses, 300 elephants". A sentence asks at most one
    amount, a count before a duration; never days, weeks or months; an age only at death."""
    asked = [q for text in corpus.values() for q in text.bank.questions if q.answer_kind is AnswerKind.NUMBER]
    per_sentence = Counter(q.source_sentence for q in asked)
    assert asked and max(per_sentence.values()) == 1, per_sentence.most_common(3)
    assert not [q.answer for q in asked if re.search(r"\b(?:days|weeks|months|hours)$", q.answer)]
    ages = [q.prompt for q in asked if re.search(r"\bage of ____|____ years old", q.prompt)]
    assert ages and all(re.search(r"\b(?:died|dying|death|life ended)\b", p) for p in ages), ages
    douglass = [q.answer for q in corpus["wiki_frederick_douglass"].bank.questions
                if q.answer_kind is AnswerKind.NUMBER and "reprinted nine times" in q.source_sentence]
    assert douglass == ["11,000"], douglass


def test_a_title_after_a_name_is_the_names(corpus: dict[str, Any]) -> None:
    """(2) "Daulat Khan Lodi", to the model "Khan Lodi", was taken for Ibrahim Lodi (five sentences about the governor
    of Punjab answered with the Sultan of Delhi), and "defeated by Muhammad Shaybani Khan" was never asked, its name cut
    before "Khan" and not known for the "Muhammad Shaybani" met six times after."""
    babur = corpus["wiki_babur"].bank.questions
    wrong = [q.prompt for q in babur if q.answer == "Ibrahim Lodi" and "Ibrahim" not in q.source_sentence]
    assert not wrong, wrong
    assert [q for q in babur if q.answer.startswith("Muhammad Shaybani") and "went in vain" in q.prompt]


def test_two_sentences_run_together_are_not_asked(corpus: dict[str, Any]) -> None:
    """(7) "... married in 1539 to Damat Rüstem Pasha, She had issue, one daughter and one son;": the notes of a list,
    two sentences run together by a comma, read as garbled."""
    bad = [q.prompt for c in corpus.values() for q in c.bank.questions
           if re.search(r"[a-z],\s+(?:She|He|They|It)\s+[a-z]", q.prompt)]
    assert not bad, bad


def test_it_after_the_texts_subject_is_that_subject(corpus: dict[str, Any]) -> None:
    """(3) "The Qing dynasty ... was the last imperial dynasty of China. It was established in 1636" and "The October
    Revolution ... was a revolution in Russia ... It took place through an armed insurrection in Petrograd" were asked
    only with the sentence before, or not at all: "it" is what the text is about. Never where "it" is no person ("Shaka
    had made enough enemies ... It came relatively quickly": his demise, not Shaka)."""
    prompts = [q.prompt for c in corpus.values() for q in c.bank.questions]
    assert "The Qing dynasty was established in ____, and ruled China proper from 1644 to 1912." in prompts
    assert [p for p in prompts if p.startswith("The October Revolution took place through an armed insurrection")]
    assert not [p for p in prompts if p.startswith("Shaka came")]
    assert [p for p in prompts if p.startswith("The Qing dynasty was preceded by the Ming dynasty")]  # "It" twice


def test_a_date_in_two_calendars_is_one_date() -> None:
    """(8) "On 25 October (7 November new style) 1917" had no date (two days without a year); "7 November (25 October,
    O.S.) 1917" was cut into two sentences at "O.S.)"; "20 December 1917 (2 January 1918 N.S)" left the new style's
    day beside the blank. The date is the one written first, and the bracket goes into the blank with it."""
    cases = {"On 25 October (7 November new style) 1917, Bolsheviks led.": "1917-10-25",
             "On 23 October 1917 (5 November New Style), the Committee voted.": "1917-10-23",
             "On 20 December 1917 (2 January 1918 N.S), the Cheka was created.": "1917-12-20",
             "It took place in Petrograd on 7 November (25 October, O.S.) 1917.": "1917-11-07"}
    for text, iso in cases.items():
        found = find_dates(text)
        assert [d.iso for d in found] == [iso] and found[0].text.endswith((")", "1917")), (text, found)
    paragraph = "It took place in Petrograd on 7 November (25 October, O.S.) 1917. Lenin spoke."
    assert len(sentences_of(split_paragraphs(paragraph))) == 2


def test_a_pair_with_his_and_a_fused_name_stand_alone(corpus: dict[str, Any]) -> None:
    """(3, 2) "On 17 July 1918, the Tsar and his family were executed." was refused, its "his" taken for a pronoun to
    resolve (it is the Tsar's); "against the Kerensky Provisional Government" made one body of Kerensky and the
    Provisional Government, asked typed."""
    october = corpus["wiki_october_revolution"].bank.questions
    assert [q for q in october if q.prompt == "On ____, the Tsar and his family were executed."]
    assert not [q for q in october if "Kerensky Provisional Government" in {q.answer, *q.distractors}]


def test_ottoman_names_titles_and_a_region_named_like_a_woman(corpus: dict[str, Any]) -> None:
    """(1, 2, 7) "Asia Minor" was a person (Asia a woman's first name) offered for Hürrem Sultan; "Pargalı ____ was a
    friend of Suleiman" blanked inside a name (the model's entity began at "Ibrahim"), and Pargalı Ibrahim Pasha and
    Ibrahim Pasha were two men; "Mufti" was part of Ebussuud Efendi's name, so "the empire's chief judicial official
    Ebussuud Efendi" was answered "Mufti Ebussuud Efendi"."""
    bank = corpus["wiki_suleiman_the_magnificent"].bank.questions
    assert not [q for q in bank if "Asia Minor" in {q.answer, *q.distractors} and q.answer_kind is AnswerKind.PERSON]
    assert not [q.prompt for q in bank if "Pargalı ____" in q.prompt]
    answers = {q.answer for q in bank}
    assert "Pargalı Ibrahim Pasha" in answers and "Ibrahim Pasha" not in answers
    assert "Ebussuud Efendi" in answers and "Mufti Ebussuud Efendi" not in answers


def test_a_day_in_a_section_without_a_year_takes_the_texts_year(corpus: dict[str, Any]) -> None:
    """(8) "July days. On 16 July, spontaneous demonstrations ... began in Petrograd": no year in its section, so no
    date, in a history whose dates fall mostly in 1917. Where a text's dates spread over years (Adwa: 1895 and 1896),
    a day without a year in its section stays undated ("the early morning of 1 March" is 1896, not 1895)."""
    october = corpus["wiki_october_revolution"].bank.questions
    dated = {q.date for q in october if "spontaneous demonstrations" in q.prompt}
    assert "1917-07-16" in dated, dated
    adwa = [q.date for q in corpus["wiki_battle_of_adwa"].bank.questions if q.date and q.date.endswith("-03-01")]
    assert "1895-03-01" not in adwa, adwa


def test_a_name_only_inside_quotation_marks_is_no_person(corpus: dict[str, Any]) -> None:
    """(1) "Wu Huangdi Shilu", of the book title '"Qing Taizu Wu Huangdi Shilu"', was a person offered for Zeng Guofan,
    Nurhaci and Puyi."""
    offered = [q.prompt for q in corpus["wiki_qing_dynasty"].bank.questions
               if any("Shilu" in o for o in (q.answer, *q.distractors))]
    assert not offered, offered


def test_a_first_name_is_not_merged_into_a_name_it_ends(corpus: dict[str, Any]) -> None:
    """(2) "Mustafa", Suleiman's son (once "Şehzade Mustafa"), was taken for the chancellor Celalzade Mustafa, whose
    name ends so: sixteen sentences on the prince answered with the chancellor (now "Mustafa" is left in doubt: two
    men).
    "Louis II of Hungary", to the model a work of art, was no person, and "Louis II" another man."""
    bank = corpus["wiki_suleiman_the_magnificent"].bank.questions
    wrong = [q.prompt for q in bank if q.answer == "Celalzade Mustafa" and "Celalzade" not in q.source_sentence]
    assert not wrong, wrong
    assert [q for q in bank if q.answer.startswith("Louis II") and "Mohács" in q.prompt]
    named = {q.answer for q in bank} | {d for q in bank for d in q.distractors}
    assert not {"Louis II", "Louis II of Hungary"} <= named


def test_a_person_named_once_with_an_office_before_them_is_asked(corpus: dict[str, Any]) -> None:
    """(3) In a long text a person named once is a detail, unless the text says what made them matter: "the minister of
    foreign affairs, Pavel Milyukov,", "Blücher's chief of staff, August Neidhardt von Gneisenau," and "The captain of
    the fortress, 80-year-old Dom Jorge de Castro" say so as surely as "____, the French prime minister"."""
    prompts = {q.answer: q.prompt for c in corpus.values() for q in c.bank.questions}
    assert "the minister of foreign affairs, ____," in prompts.get("Pavel Milyukov", "")
    assert "chief of staff, ____," in prompts.get("August Neidhardt von Gneisenau", "")


def test_no_town_of_another_age_among_a_places_options(corpus: dict[str, Any]) -> None:
    """(1) "When Babur arrived at ____" (Lahore, 1524) was offered Karachi and Faisalabad, the gazetteer's towns of
    today; "natives of ____ ... against the Aztecs" (Cholula, 1519) was offered Mexico City, which the text names only
    in its twentieth-century sections. Such questions are typed, or asked with the text's own towns of the time."""
    babur = [q for q in corpus["wiki_babur"].bank.questions if q.answer == "Lahore"]
    assert babur and not [q.distractors for q in babur if {"Karachi", "Faisalabad", "Mumbai"} & set(q.distractors)]
    malinche = corpus["wiki_la_malinche"].bank.questions
    assert not [q.prompt for q in malinche if "Mexico City" in q.distractors]
    assert [q for q in malinche if q.answer == "Tlaxcala" and "alliance with Cortés" in q.prompt]


def test_a_link_to_the_sentence_before_is_left_out_and_a_common_word_is_no_answer(corpus: dict[str, Any]) -> None:
    """(7) "As a result, in 1577, ____ was ordered", "Hence, Oda Nobunaga only had 30 pages", "For instance, in County
    Sligo": as a result of what, only the sentence before says; asked alone, the link goes. "Labour's votes were
    ambiguous with regard to the ____" (Treaty): a common word typed, which treaty only the text around says."""
    prompts = [q.prompt for c in corpus.values() for q in c.bank.questions]
    linked = re.compile(r"(?:As a result|Hence|For instance|For example|Shortly thereafter),")
    assert not [p for p in prompts if linked.match(p)]
    typed = [q.answer for c in corpus.values() for q in c.bank.questions
             if q.type is QuestionType.TYPED and q.answer.lower() in {"treaty", "church", "army"}]
    assert not typed, typed


def test_the_other_names_of_what_a_text_opens_with_are_an_aside(corpus: dict[str, Any]) -> None:
    """(7) "The October Revolution, officially known in Soviet historiography as the Great October Socialist Revolution
    and commonly referred to as the October Uprising, the October Coup, ..., was a revolution in Russia led by the
    Bolshevik Party of Vladimir Lenin": 58 words, never asked; its other names are an aside, and "the Bolshevik Party of
    Vladimir Lenin" is Lenin's party, no name "X of Y" that a blank would cut."""
    october = [q.prompt for q in corpus["wiki_october_revolution"].bank.questions]
    assert [p for p in october if p.startswith("The October Revolution was a revolution in Russia led by the ")]


def test_a_goddess_is_no_option_for_the_people_of_the_story(corpus: dict[str, Any]) -> None:
    """(1) "Andraste, a British goddess of victory" was offered beside Roman governors and Boudica's husband in twelve
    questions: a calling set after a name (", a British goddess") is the name's, and a god stands beside no person of
    the story."""
    offered = [q.prompt for q in corpus["wiki_boudica"].bank.questions if "Andraste" in q.distractors]
    assert not offered, offered


def test_a_his_after_a_name_of_doubtful_kind_is_not_the_main_subjects(corpus: dict[str, Any]) -> None:
    """(3) "In 1560, Imagawa Yoshimoto gathered an army of 25,000 men and started his march toward Kyoto" was written
    "started Oda Nobunaga's march", a falsehood: the model called Imagawa Yoshimoto a body, so no man stood before "his".
    A name the text's own cues make a person more than anything else may be the one a pronoun means."""
    oda = [q.prompt for q in corpus["wiki_oda_nobunaga"].bank.questions]
    assert not [p for p in oda if "started Oda Nobunaga's march" in p]
    assert [p for p in oda if "Imagawa Yoshimoto gathered an army" in p and "his march" in p]


def test_a_countrys_combining_form_gives_it_away() -> None:
    """(6) "____ and Ethiopia came into confrontation, in what was later to be known as the First Italo-Ethiopian War":
    "Italo-" names Italy as surely as "Italian"; so do "Franco-", "Anglo-" and "Sino-"."""
    from quizapp.bank.questions.candidates import visible
    assert visible("Italy", "____ and Ethiopia came into confrontation in the First Italo-Ethiopian War.")
    assert visible("France", "After the Franco-Prussian War, ____ lost Alsace.")
    assert visible("China", "The Sino-Japanese War ended with ____'s defeat.")
    assert not visible("Italy", "____ and Ethiopia came into confrontation.")


def test_a_town_under_another_name_is_no_option_for_it(corpus: dict[str, Any]) -> None:
    """(6) "As the ambassador of the Holy Roman Empire to ____ was to note" (Constantinople) offered Istanbul, the same
    town; Turkestan was offered Turkistan. A town the gazetteer knows under the other name is never its option."""
    suleiman = [q for q in corpus["wiki_suleiman_the_magnificent"].bank.questions if q.answer == "Constantinople"]
    assert suleiman and not [q.distractors for q in suleiman if "Istanbul" in q.distractors]
    babur = [q for q in corpus["wiki_babur"].bank.questions if q.answer == "Turkestan"]
    assert not [q.distractors for q in babur if "Turkistan" in q.distractors]


def test_initials_in_brackets_go_into_the_blank_with_the_name(corpus: dict[str, Any]) -> None:
    """(6) "had been members of the ____ (IRA)" (Irish Republican Army): the initials after the blank give the name
    away, whatever the model made of them; they go into the blank with it."""
    prompts = [q.prompt for c in corpus.values() for q in c.bank.questions]
    assert not [p for p in prompts if re.search(r"____ \([A-Z]{2,6}\)", p)]
    assert [p for p in prompts if "had been members of the ____ during the War of Independence" in p]


def test_an_opening_also_or_its_or_a_stressing_himself_points_back(nlp: Any) -> None:
    """(7) "Also in ____, Nobunaga destroyed ..." (also, beside what?), "In its wake, Hungarian resistance collapsed" (in
    the wake of what?) and "____ himself was quietly removed" (Rede, spelt by the model as a verb) each lean on a
    sentence the student does not see. The question is asked without them."""
    text = ("Oda Nobunaga was a Japanese daimyo who lived from 1534 to 1582. In 1573 he drove Ashikaga Yoshiaki out of "
            "Kyoto. Also in 1573, Nobunaga destroyed the Asakura clan at the siege of Ichijodani Castle.\n\n"
            "The Battle of Mohacs was fought in Hungary in 1526. In its wake, Hungarian resistance collapsed and the "
            "Ottoman Empire became the leading power in Central Europe.\n\n"
            "Robert Rede was the commissioner of the goldfields at Ballarat in 1854. The trials of the rebels in 1855 "
            "were called a farce. Rede himself was quietly removed from the camps and sent to Geelong in 1855.")
    prompts = [q.prompt for q in derive_bank(text, title="Three stories", source="t.txt").questions]
    assert not [p for p in prompts if re.search(r"\bAlso in\b|\bIn its wake\b|\bhimself\b", p)], prompts
    assert [p for p in prompts if re.match(r"In ____, (?:Oda )?Nobunaga destroyed the Asakura clan", p)], prompts
    assert [p for p in prompts if "was quietly removed from the camps" in p], prompts


def test_a_year_that_ends_a_name_is_not_asked() -> None:
    """(7) "brought about by the Bolshevik Revolution of ____": the year is part of the revolution's name, and the blank
    cuts it (the rule for "the War of 1812" looked only twelve characters back); "the Spring of 1920" is a date."""
    text = "The change was brought about by the Bolshevik Revolution of 1917, and later in the Spring of 1920."
    assert [d.iso for d in find_dates(text)] == ["1920"]
    bank = derive_bank("The Emir lost his throne in 1929. The Afghans regarded the 1921 agreement as informal. The "
                       "rivalry would have continued but for the change in Moscow brought about by the Bolshevik "
                       "Revolution of 1917. The Soviet Union signed a treaty with Kabul in 1926.",
                       title="Afghanistan", source="a.txt")
    assert not [q.prompt for q in bank.questions if "Revolution of ____" in q.prompt]


def test_a_fact_told_in_the_summary_and_again_in_the_body_is_asked_once(corpus: dict[str, Any]) -> None:
    """(5) "The war began when the Shinwari tribe revolted in ____ and drew a manifesto of 10 grievances" and "The
    unraveling began when Shinwari Pashtun tribesmen revolted and besieged ____ ... a manifesto of ten grievances":
    one revolt, in the summary and in the body; its place is asked once."""
    prompts = [q.prompt for q in corpus["wiki_afghan_civil_war"].bank.questions if q.answer == "Jalalabad"]
    assert len([p for p in prompts if "revolted" in p and "Shinwari" in p]) == 1, prompts


def test_a_heading_that_names_a_year_dates_the_days_under_it() -> None:
    """(8) "Kalakani rules Kabul (February – August 1929)", then subsections naming no year ("Kalakani versus Nadir":
    "On 8 March, Nadir Khan crossed into Afghanistan"): the day is of 1929. Not a day of another month than the
    heading's, nor one after a heading on what came of the story."""
    text = ("Afghan Civil War\n\nThe war lasted from 1928 to 1929.\n\n"
            "Kalakani rules Kabul (February – August 1929)\n\nKalakani ruled Kabul for nine months.\n\n"
            "Kalakani versus Nadir\n\nOn 8 March, Nadir Khan crossed into Afghanistan near Matun.\n\n"
            "Kalakani versus the tribes\n\nOn 3 November, the tribes met at Khost.\n\n"
            "Legacy\n\nOn 14 July, a statue of Nadir Khan was unveiled in Kabul.")
    _, dates = _dates_of(text)
    found = {d.iso for found in dates.values() for d in found}
    assert "1929-03-08" in found
    assert not {d for d in found if d.endswith("-11-03") or d.endswith("-07-14")}, found


def test_a_season_of_the_next_year_gives_a_year_away(nlp: Any) -> None:
    """(6) "By late ____ and early 1923" can only be 1922, and "By late 1922 and early ____" only 1923."""
    bank = derive_bank("The Irish Civil War began in 1922. By late 1922 and early 1923, the guerrillas' campaign had "
                       "been reduced largely to acts of sabotage against roads and railways. The war ended in May 1923.",
                       title="Irish Civil War", source="i.txt")
    assert not [q.prompt for q in bank.questions if re.search(r"late ____ and early|late 1922 and early ____", q.prompt)]


def test_a_name_lost_before_its_modern_name_is_not_asked(nlp: Any) -> None:
    """(7) "Suetonius hurried to (modern London)": the text lost the Latin name before the bracket (a dump's dropped
    template); the sentence reads broken, however it is asked."""
    bank = derive_bank("Gaius Suetonius Paulinus was the Roman governor of Britain in AD 60. Upon hearing of the revolt, "
                       "Suetonius hurried to (modern London), the commercial settlement that was the rebels' next "
                       "target. He had campaigned on the island of (modern Anglesey) in the north of Wales.",
                       title="Boudica", source="b.txt")
    assert not [q.prompt for q in bank.questions if "(modern" in q.source_sentence], bank.questions


def test_a_name_cut_short_after_an_initial_ends_no_sentence() -> None:
    """(7) "continued by D. McK. Malcolm in 1950": "McK." after an initial is part of a name, no sentence's end
    ("____'s early 20th century work was continued by D. McK." had been asked)."""
    from quizapp.bank.text.sentences import split_sentences
    text = "Stuart's work was continued by D. McK. Malcolm in 1950. Bryant wrote later."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Stuart's work was continued by D. McK. Malcolm in 1950.", "Bryant wrote later."]


def test_a_name_with_a_possessive_inside_gets_no_first_name_vote() -> None:
    """(1) "Geoffrey of Monmouth's History" opens with a first name, but names his book: the first name makes no person
    of it (it had been offered among Roman governors)."""
    from quizapp.bank.mentions.kinds import name_evidence
    assert not name_evidence("Geoffrey of Monmouth's History", Counter())["name:person"]
    assert name_evidence("Geoffrey of Monmouth", Counter())["name:person"] >= 6


def test_the_attack_or_the_treaty_of_a_sentence_before_points_back(nlp: Any) -> None:
    """(7) "By ____, the attack had ground down to a standstill" and "Anti-treaty militants in ____ believed that the
    treaty would never deliver independence": which attack, which treaty, only the sentence before says. Such a sentence
    is asked with the one before, or not at all; "the Treaty", a name, and the text's own subject need nothing."""
    bank = derive_bank("The Sultan of Bijapur laid siege to Goa in December 1570.\n\n"
                       "By February 1571, the attack had ground down to a standstill.\n\n"
                       "The Anglo-Irish Treaty was signed in London in December 1921.\n\n"
                       "Militants in Cork believed in 1922 that the treaty would never deliver independence.\n\n"
                       "The Treaty allowed Northern Ireland to leave the Irish Free State in 1922.",
                       title="Sieges and treaties", source="s.txt")
    alone = [q.prompt for q in bank.questions if q.prompt.startswith(("By ____, the attack", "Militants in ____"))]
    assert not alone, alone
    assert [q.prompt for q in bank.questions if q.prompt.startswith("The Treaty allowed")]


def test_a_long_context_does_without_its_own_asides(corpus: dict[str, Any]) -> None:
    """(7) A question asked with the sentence before drops that sentence's asides, as a long prompt drops its own: "The
    computer language Ada, created on behalf of the United States Department of Defense, was named after Lovelace. The
    reference manual for the language was approved on ____ ..." (55 words) reads "The computer language Ada was named
    after Lovelace. ..."."""
    ada = [q.prompt for q in corpus["wiki_ada_lovelace"].bank.questions]
    assert [p for p in ada if "The reference manual for the language was approved on ____" in p]  # now asked alone:
    # the date and the standard it names pin it down
    assert not [p for p in ada if "created on behalf of the United States Department of Defense, was named" in p]
    afghan = [q.prompt for q in corpus["wiki_afghan_civil_war"].bank.questions]
    assert not [p for p in afghan if "(only 200 of which were armed" in p and "____" in p.split(". ", 1)[1]]


def test_an_age_however_written_is_asked_only_at_death(nlp: Any) -> None:
    """(6) "At forty-two he was the youngest man ever to become President" (offered 91) and "she was about 19 years
    old" (offered 41) are ages: like "at the age of twelve", asked only at a death."""
    bank = derive_bank("Theodore Roosevelt became President of the United States in 1901. At forty-two he was the "
                       "youngest man ever to become President. Joan of Arc was tried at Rouen in 1431. At her trial, "
                       "Joan stated that she was about 19 years old. Joan of Arc died in Rouen at the age of 19 in 1431.",
                       title="Ages", source="a.txt")
    amounts = [q.prompt for q in bank.questions if q.answer_kind is AnswerKind.NUMBER]
    assert not [p for p in amounts if "youngest" in p or "about ____ old" in p], amounts


def test_an_office_is_no_person(nlp: Any) -> None:
    """(1) "Indira Gandhi served as Prime Minister from January 1966": the office is no person, no answer among her
    rivals and no option for them."""
    bank = derive_bank("Indira Gandhi served as Prime Minister from 1966 to 1977. Lal Bahadur Shastri had been Prime "
                       "Minister before her, from 1964. Morarji Desai became Prime Minister in 1977. Charan Singh "
                       "followed Morarji Desai in 1979. The Prime Minister met Richard Nixon in 1971.",
                       title="Indira Gandhi", source="i.txt")
    assert not [q for q in bank.questions if "Prime Minister" in (q.answer, *q.distractors)]


def test_a_forest_or_a_valley_is_no_town() -> None:
    """(1) "Ambresbury Banks in ____" (Epping Forest) had Bordeaux, Exeter and Rome for options, and the Loire Valley
    stood among towns: a forest, a valley, a plain or a ridge is a grain of its own."""
    from quizapp.bank.mentions.places import place_grain
    assert place_grain("Epping Forest") == place_grain("Loire Valley") == "terrain"
    assert place_grain("Exeter") == "local" and place_grain("Forest Hills") != "terrain"


def test_a_count_before_a_people_is_no_year() -> None:
    """(8) "the casados and 1500 Christian lascarins were mobilized" had been asked as a date (1499 offered): a number
    before a people's name and a plural is a count. "In 1914 German troops invaded" still dates its sentence."""
    assert not find_dates("Every able-bodied man from among the casados and 1500 Christian lascarins were mobilized.")
    assert [d.iso for d in find_dates("In 1914 German troops invaded Belgium.")] == ["1914"]


def test_one_of_two_days_given_as_alternatives_is_not_asked(nlp: Any) -> None:
    """(6) "on either 11 or ____ December" (12): the other day gives it away, and the text is sure of neither; and
    "Raziye Sultan (buried in Yahya Efendi Türbe) She died in childhood": two notes of a list run together."""
    bank = derive_bank("The rebels besieged Jabal al-Siraj in late November 1928, and on either 11 or 12 December 1928 "
                       "the garrison surrendered to Habibullah Kalakani. Raziye Sultan (buried in Yahya Efendi Türbe) "
                       "She died in childhood.", title="Sieges", source="s.txt")
    assert not [q.prompt for q in bank.questions if "or ____" in q.prompt or "She died in childhood" in q.prompt]


def test_responding_by_and_the_resulting_point_back(nlp: Any) -> None:
    """(7) "Who responded by ordering police to conduct a licence search on 30 November?" (to what?) and "India was
    victorious in the resulting Siachen conflict against ____" (resulting from what?): asked with the sentence before,
    or not at all; "responded to the protest by" says to what."""
    bank = derive_bank("Robert Rede was the commissioner at Ballarat.\n\nRede responded by ordering police to conduct a "
                       "licence search on 30 November 1854.\n\nIndia was victorious in the resulting Siachen conflict "
                       "against Pakistan in 1984.\n\nHotham responded to the protest by sending troops to Ballarat in "
                       "1854.", title="Answers", source="a.txt")
    prompts = [q.prompt for q in bank.questions]
    assert not [p for p in prompts if p.startswith(("Who responded by", "____ responded by", "India was victorious"))]
    assert [p for p in prompts if "responded to the protest" in p], prompts


def test_a_day_that_opens_its_sentence_takes_its_article_into_the_blank(nlp: Any) -> None:
    """(7) "The 29th of September was fixed for the closing of the assembly" read "The ____ was fixed ...": the article
    is the day's, and goes into the blank with it ("The 1689 Treaty of Nerchinsk" keeps its article)."""
    bank = derive_bank("The assembly met in Paris in the summer of 1791. The 29th of September, 1791 was fixed for the "
                       "closing of the assembly. The 1689 Treaty of Nerchinsk was China's first treaty with Russia.",
                       title="The Assembly", source="a.txt")
    prompts = [q.prompt for q in bank.questions if q.answer_kind is AnswerKind.DATE]
    assert [p for p in prompts if p.startswith("____ was fixed for the closing")], prompts
    assert not [p for p in prompts if p.startswith("The ____ was fixed") or p.startswith("____ Treaty")], prompts


def test_a_phrase_that_points_back_is_left_out_where_the_sentence_stands_without_it(nlp: Any) -> None:
    """(3, 7) "bringing the Ashikaga shogunate to an end in the same year", "probably on 6 November 1494, although this
    date is not known with absolute certainty", "at the end of the three-month campaign": the sentence had been
    dropped for a time or a thing only the sentence before names; the phrase goes and the fact is asked. A phrase
    the sentence needs stays, and the sentence is asked with the one before or not at all: "did not return until
    the following year", "apprised of this"."""
    bank = derive_bank(
        "Oda Nobunaga marched on Kyoto in 1568 and installed Ashikaga Yoshiaki as shogun. Nobunaga was able to defeat "
        "Yoshiaki's forces and send him into exile, bringing the Ashikaga shogunate to an end in the same year.\n\n"
        "Suleiman was born in Trabzon along the east coast of the Black Sea, probably on 6 November 1494, although "
        "this date is not known with absolute certainty.\n\nThe Javanese lost almost all of their junks and suffered "
        "about 7,000 dead at the end of the three-month campaign.\n\nThe Sultan left the capital in the spring of 1529."
        " Ibrahim Pasha did not return to Istanbul until the following year.", title="Wars", source="w.txt")
    prompts = [q.prompt for q in bank.questions]
    assert [p for p in prompts if "was able to defeat" in p and p.endswith("to an end.")], prompts
    assert [p for p in prompts if p.startswith("Suleiman was born in ____") and "this date" not in p], prompts
    assert [p for p in prompts if p == "The Javanese lost almost all of their junks and suffered about ____ dead."], \
        prompts
    assert not [p for p in prompts if "did not return to" in p and "following year" not in p], prompts


def test_a_year_before_an_event_noun_is_a_date() -> None:
    """(8) "Argyll's Rising was a 1685 attempt ... to overthrow King James II" had no date: the year of the event the
    text is about was never asked, nor carried to the days after it. Not a count ("a 2000 strong army") nor when a
    work came out ("a 1998 study by historian Carolyn Hamilton")."""
    assert [d.iso for d in find_dates("Argyll's Rising was a 1685 attempt by a group of exiles.")] == ["1685"]
    assert not find_dates("He led a 2000 strong army against them.")
    assert not find_dates("A 1998 study by historian Carolyn Hamilton summarizes the scholarship.")


def test_the_one_year_of_the_opening_dates_days_of_sections_that_name_none(nlp: Any) -> None:
    """(8) Argyll's Rising names 1685 in its opening only; every later section gives days ("On May 20 the fleet crossed
    over to Kintyre"), and none of them was asked. An opening that dates two or more events, all in one year, gives
    that year to sections that name none; an opening that spans two years (a life, a war across a new year) gives
    none."""
    rising = ("Argyll's Rising\n\nArgyll's Rising was a 1685 attempt by Scottish exiles to overthrow King James. "
              "Argyll sailed from Holland on 2 May with around 300 men.\n\nVoyage\n\nOn May 20 Argyll's fleet crossed "
              "over to "
              "Kintyre and landed at Campbeltown.")
    paragraphs = split_paragraphs(rising)
    found = [d.iso for ds in resolve_dates(paragraphs, sentences_of(paragraphs)).values() for d in ds]
    assert "1685-05-02" in found and "1685-05-20" not in found  # the opening's own carry stops at the heading
    bank = derive_bank(rising, title="Argyll's Rising", source="a.txt")
    assert [q for q in bank.questions if q.date == "1685-05-20"], [q.prompt for q in bank.questions]
    war = rising.replace("on 2 May", "on 2 May 1686")
    assert not [q for q in derive_bank(war, title="Argyll's Rising", source="a.txt").questions
                if q.date and q.date.endswith("-05-20")]


def test_a_firth_a_mount_a_loch_and_a_town_de_its_state_are_places(corpus: dict[str, Any]) -> None:
    """(1) "Muirdykes Mount" and "Moray Firth" were offered among Argyll's captains, "Loch Fyne" asked as a person, and
    "Yautepec de Zaragoza" offered among Mexican presidents: a geographic head, "Loch" before a name, or a town "de"
    its state is a place, whatever first name it opens with ("Moray")."""
    from quizapp.bank.mentions.kinds import PLACE_SHAPE  # noqa: PLC0415

    assert all(PLACE_SHAPE.search(n) for n in ("Muirdykes Mount", "Moray Firth", "Loch Riddon"))
    assert not PLACE_SHAPE.search("Lochiel Cameron")
    people = {name: {o for q in corpus[name].bank.questions if q.answer_kind is AnswerKind.PERSON
                     for o in (q.answer, *q.distractors)} for name in ("wiki_argylls_rising", "wiki_francisco_madero")}
    assert not {"Muirdykes Mount", "Moray Firth", "Loch Fyne"} & people["wiki_argylls_rising"]
    assert "Yautepec de Zaragoza" not in people["wiki_francisco_madero"]


def test_the_subjects_own_short_name_is_no_ambiguous_name(corpus: dict[str, Any]) -> None:
    """(3) "Suleiman", 114 times in a life titled "Suleiman the Magnificent", had been doubtful (a part of "Sultan
    Suleiman", "Kanuni Suleiman" and "Hadim Suleiman Pasha", while the model calls the title a body): the main subject
    was "Sultan Suleiman", named three times, and 31 of the text's 39 "he"/"his" went unresolved, asked with the
    sentence before or not at all. The first word of the title, a person's name, is the subject's own."""
    bank = corpus["wiki_suleiman_the_magnificent"].bank
    prompts = [q.prompt for q in bank.questions]
    assert [p for p in prompts if p.startswith("Under Suleiman's administration, the Ottoman state ruled")], prompts
    assert [p for p in prompts if "mother was ____" in p], prompts
    text = corpus["wiki_suleiman_the_magnificent"].text
    assert _key_of(text, "Suleiman the Magnificent", "mother was Hafsa Sultan") == "Suleiman"
    assert not [p for p in prompts if "Hadim Suleiman Pasha" in p and "Suleiman's" in p]


def test_the_subjects_surname_said_most_often_is_the_subject(corpus: dict[str, Any]) -> None:
    """(3, 4) In the life of Francisco Madero, "Madero" (112 times, kept apart from "Evaristo Madero" and "Gustavo A.
    Madero") was another person than the main subject "Francisco Madero" (9 times): 43 of its 49 "he"/"his" went
    unresolved, and "Madero" answered trivial clozes about himself ("____ was deeply moved")."""
    bank = corpus["wiki_francisco_madero"].bank
    assert not [q.prompt for q in bank.questions if q.answer == "Madero" or "Madero" in q.distractors]
    assert [q for q in bank.questions if q.prompt.startswith("Francisco Madero was elected president on ____")]


def test_a_pronoun_left_unclear_does_not_keep_the_next_one_unclear(corpus: dict[str, Any]) -> None:
    """(3) "Shortly after he returned home, Douglass died of a massive heart attack. He was 77. His funeral was held at
    the Metropolitan African Methodist Episcopal Church": the first "he" was left unresolved, and so every pronoun
    after it, though the sentence names Douglass as its only man. And a context whose aside took its full stop with it
    ("... graciousness (He called her Marina ... name.)") ends as a sentence."""
    douglass = corpus["wiki_frederick_douglass"].bank
    assert [q for q in douglass.questions if q.prompt.startswith("Frederick Douglass's funeral was held at the ____")]
    malinche = corpus["wiki_la_malinche"].bank
    assert not [q.prompt for q in malinche.questions if "graciousness Cortés" in q.prompt]


def test_titles_of_turkic_persian_and_indian_names_tell_gender(corpus: dict[str, Any]) -> None:
    """(1) Babur's rival Rana Sanga was offered "Dildar Begum" and "Gulnar Aghacha", his grandmother Daulat Begum "Rana
    Sangha": a Rana, Raja or Ras is a man, and so is a Pasha, Mirza or Singh after a name; an Aghacha, Khatun or Bibi
    is a woman, as a Begum already was."""
    bank = corpus["wiki_babur"].bank
    sanga = [q for q in bank.questions if q.answer == "Rana Sanga"]
    assert sanga and not [o for q in sanga for o in q.distractors if re.search(r"Begum|Aghacha|Khanum", o)]
    women = [q for q in bank.questions if re.search(r"Begum|Khanum|Aghacha", q.answer)]
    assert women and not [o for q in women for o in q.distractors if o.startswith("Rana ")]


def test_a_name_with_a_possessive_inside_is_no_person(corpus: dict[str, Any]) -> None:
    """(1) "Geoffrey of Monmouth's History", a person to the model, was offered among the poets of Boudica's legend: a
    name with a possessive before a capitalised word is someone's work, no one."""
    bank = corpus["wiki_boudica"].bank
    assert not [q.prompt for q in bank.questions if "Geoffrey of Monmouth's History" in (q.answer, *q.distractors)
                and q.answer_kind is AnswerKind.PERSON]


def test_a_day_given_without_its_year_is_written_in_full(nlp: Any) -> None:
    """(7) "On 30 April, anti-Saqqawist forces re-entered ____" points back at the year a sentence before gave (the
    readers: "points back"): a day the sentence gives without its year is written in full where it is no blank, and
    never twice ("In 1929, on 30 April" keeps its words)."""
    text = ("Kalakani rules Kabul (February – August 1929)\n\nOn 30 April, anti-Saqqawist forces re-entered Ghazni, "
            "renewing the battle. On 2 May Kalakani's army marched on Kabul under Purdil Khan.\n\nLater battles\n\n"
            "In 1930, on 4 June, Nadir's army marched on Kabul under Shah Wali Khan.")
    prompts = [q.prompt for q in derive_bank(text, title="The Afghan Civil War", source="a.txt").questions]
    assert "On 2 May 1929 Kalakani's army marched on Kabul under ____." in prompts, prompts
    assert not [p for p in prompts if "4 June 1930" in p]


def test_a_woman_is_never_the_one_woman_among_men(corpus: dict[str, Any]) -> None:
    """(1) "Who was arrested in Chicago a few days after the shooting?" offered Emma Goldman beside Theodore Roosevelt,
    Leon Czolgosz and Ansley Wilcox, and "Peter I. and ____" Catharine II beside three men: where the text names too few
    women to offer, the one woman among men is the answer. Such a question is typed, or not asked."""
    for name, woman in (("handout_mckinley_assassination", "Emma Goldman"), ("gutenberg_mignet_1791", "Catharine II"),
                        ("essay_rosa_luxemburg", "Clara Zetkin")):
        asked = [q for q in corpus[name].bank.questions if q.answer == woman]
        assert asked, woman
        assert not [q.prompt for q in asked if q.distractors], woman


def test_a_day_given_alone_takes_the_month_before_it(nlp: Any) -> None:
    """(8) "On the 23rd, Amanullah Khan fled Afghanistan" (a gold fact: 23 May 1929) was no date, and the prompts that
    kept it pointed back ("On the 11th there were rumours that Nadir arrived in ____"). A day given alone is dated in
    the month of the day before it, and written in full; one earlier than that day may be of the next month, and stays
    undated, as does "the 19th century"."""
    text = ("Nadir's march\n\nOn 16 May 1929, Nadir crossed the Tirah Pass into the Logar valley. On the 23rd, "
            "Amanullah Khan fled Afghanistan into the British Raj. By the 25th, there were rumours in Kabul that "
            "Ghazni had fallen. On the 4th, Kalakani sent a force of horsemen to Logar. By the 19th century the road "
            "was forgotten.")
    bank = derive_bank(text, title="The Afghan Civil War", source="a.txt")
    dates = {q.date for q in bank.questions if q.type is QuestionType.DATE}
    assert {"1929-05-23", "1929-05-25"} <= dates, dates
    assert not [d for d in dates if d.endswith("-04") or d.startswith("19-")], dates
    assert not [q.prompt for q in bank.questions if re.search(r"\bthe (?:23rd|25th)\b", q.prompt)]


def test_a_capital_with_an_accent_goes_on_with_the_name(corpus: dict[str, Any]) -> None:
    """(7) "____ Éireann (the parliament of the Irish Republic) narrowly passed the Anglo-Irish Treaty" blanked "Dáil"
    alone: a capital after the blank continues the name whatever its accent."""
    assert inside_name("Dáil Éireann narrowly passed the treaty.", 0, 4)
    assert not inside_name("He met Smith in Paris.", 7, 12)
    bank = corpus["wiki_irish_civil_war"].bank
    assert not [q.prompt for q in bank.questions if "____ Éireann" in q.prompt]


def test_a_year_ending_a_range_in_the_prompt_gives_it_away(corpus: dict[str, Any]) -> None:
    """(6) "the struggles of the Russian Civil War (1917–22) and the creation of the Soviet Union in ____" (1922): the
    range written short gives its end away."""
    from quizapp.bank.questions.candidates import shows_year

    assert shows_year("the Russian Civil War (1917–22)", 1922) and not shows_year("the war (1917–21)", 1922)
    bank = corpus["wiki_october_revolution"].bank
    assert not [q.prompt for q in bank.questions if q.date == "1922" and "1917–22" in q.prompt]


def test_a_calling_after_a_and_a_clan_are_no_people(corpus: dict[str, Any]) -> None:
    """(1) "Private C.R. Moore, a ____," was asked with Theodore Roosevelt among the options (Texas Ranger), and "the
    chief of ____" offered three captains for Clan Campbell: a name after "a" is one of many, no one's name, and a
    "Clan" is a house."""
    madero = corpus["wiki_francisco_madero"].bank
    assert not [q.prompt for q in madero.questions if "Texas Ranger" in (q.answer, *q.distractors)]
    argyll = corpus["wiki_argylls_rising"].bank
    clan = [q for q in argyll.questions if q.answer == "Clan Campbell"]
    assert clan and all(q.answer_kind is AnswerKind.ORG for q in clan)


def test_a_span_of_time_after_an_event_asks_when_it_began(nlp: Any) -> None:
    """(8) "The Irish Civil War (28 June 1922 – 24 May 1923) was a conflict ...", "the Zulu Civil War of 1819–20",
    "(December 1570 – 1575)": a span was skipped as two dates of which neither alone is the answer. Asked of the event
    by name, its start is one ("When did the Irish Civil War begin?"); a span someone spent in a war is not the war's
    ("fought in the Boer War from 1900 to 1901"), nor is a span after an opening preposition part of the event's
    name."""
    text = ("The Irish Civil War (28 June 1922 – 24 May 1923) was a conflict that followed the Irish War of "
            "Independence. In the War of the South (1799-1800), Dessalines defeated Rigaud. Michael Collins fought in "
            "the Boer War from 1900 to 1901 as a volunteer. The Zulu Civil War of 1819–20 ended with Zwide's defeat.")
    bank = derive_bank(text, title="The Irish Civil War", source="i.txt")
    asked = {q.prompt: q.date for q in bank.questions if q.type is QuestionType.DATE}
    assert asked.get("When did the Irish Civil War begin?") == "1922-06-28", asked
    assert asked.get("When did the War of the South begin?") == "1799", asked
    assert "When did the Boer War begin?" not in asked
    assert not [p for p in asked if p.startswith("When did In ")]


def test_a_later_clause_with_its_own_subject_is_asked_alone(nlp: Any) -> None:
    """(3, 7) "They accepted, and the battle of Kutal-i Shaykh lasted until the evening": the first clause points back,
    so the sentence was asked with the one before (too long a prompt) or not at all. A later clause with a subject of
    its own and nothing pointing back says its fact alone; a relative clause ("but who had fled Scotland in 1681") or
    one that leans on another ("that ...", "so ...") does not."""
    text = ("Argyll's Rising\n\nArgyll instead proposed that both the ships and the land forces should proceed to "
            "Tarbert, and there link up with another force under his son Charles, who had raised several hundred "
            "Campbell clansmen in Kintyre and Lorne during the previous weeks. As it did not involve a significant "
            "delay, this plan was agreed, and on 27 May 1685 the rebel force arrived at Tarbert.\n\nKalakani's forces "
            "crossed the pass. They accepted, and the battle of Kutal-i Shaykh lasted until the evening with a victory "
            "for Kalakani.\n\nThe exiles met in Amsterdam. One of the most prominent figures was the Earl of Argyll, "
            "once a staunch Royalist but who had fled Scotland in 1681 after being condemned on a dubious charge.")
    prompts = [q.prompt for q in derive_bank(text, title="Argyll's Rising", source="a.txt").questions]
    assert [p for p in prompts if p.startswith("On ____ the rebel force arrived at Tarbert")
            or p.startswith("On 27 May 1685 the rebel force arrived at ____")], prompts
    assert not [p for p in prompts if "this plan" in p or p.startswith(("Who had", "who had", "That "))], prompts


def test_a_first_name_opening_the_sentence_alternatives_and_a_cut_lead_in_are_no_questions(
        corpus: dict[str, Any]) -> None:
    """(7) "Polydore ____ may have reintroduced her", "Congress ____ orchestrated" (the readers: garbled): a sentence's
    first word that is no common opener goes on into the blank, while "Albertone's ____", "Brigadiers ____" and
    "Winning ____" do not; "(c. ____ or c. 1501 – c. 1529)" asks one of two years the text gives as alternatives; and
    "Serge wrote in his autobiography, ____ (1951)." is only the lead-in of a cut quotation."""
    assert inside_name("Polydore Vergil may have reintroduced her.", 9, 15)
    assert inside_name("Congress K. Kamaraj orchestrated it.", 9, 19)
    assert not inside_name("Albertone's Ascari Brigade was the first.", 12, 26)
    assert not inside_name("Winning Taiwan freed his forces.", 8, 14)
    assert not [q.prompt for q in corpus["wiki_la_malinche"].bank.questions if "____ or c. 1501" in q.prompt]
    assert not [q.prompt for q in corpus["wiki_boudica"].bank.questions if "Polydore ____" in q.prompt]


def test_a_name_before_family_is_no_rival_for_he(nlp: Any) -> None:
    """(3) "He was buried next to Anna in the Douglass family plot": the family's name after the pronoun was taken for
    the man himself, so "he" could not be him and was left unresolved."""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.references import person_genders, resolve
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("Frederick Douglass\n\nFrederick Douglass was an abolitionist. Douglass' coffin was transported back to "
            "Rochester, where he had lived for 25 years. He was buried next to Anna in the Douglass family plot.")
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    parses = parse_sentences([s.text for s in sentences])
    index = build_index(sentences, parses, hint="Frederick Douglass")
    refs = resolve(sentences, parses, paragraphs, index, "Frederick Douglass",
                   person_genders(sentences, parses, index, "Frederick Douglass"))
    buried = next(s.index for s in sentences if s.text.startswith("He was buried"))
    assert refs[buried].key == "Frederick Douglass"


def test_an_office_of_a_land_is_no_option_and_offers_none(corpus: dict[str, Any]) -> None:
    """(1) "the ____ was obliged to conduct all foreign affairs through Italian authorities" offered Menelik II for the
    Emperor of Ethiopia, who held that office, and "the King of Burma" stood among the Ming emperors: an office of a
    land is no one's name beside people, and people are no options for it."""
    adwa = corpus["wiki_battle_of_adwa"].bank
    emperor = [q for q in adwa.questions if q.answer == "Emperor of Ethiopia"]
    assert not [q.prompt for q in emperor if q.distractors]
    qing = corpus["wiki_qing_dynasty"].bank
    assert not [q.prompt for q in qing.questions if "King of Burma" in q.distractors]


def test_a_year_weighs_more_than_a_day(corpus: dict[str, Any]) -> None:
    """(6) A day or a month weighed more than a year, though in two readings of 600 questions none of 74 day or month
    questions was judged good (over-precise) and 29 of 78 year questions were: "... where he lost his job during a
    strike in ____" (1893, a gold fact) scored under the bar."""
    bank = corpus["handout_mckinley_assassination"].bank
    assert [q for q in bank.questions if q.date == "1893" and "strike" in q.prompt]


def test_a_context_writes_its_days_in_full(corpus: dict[str, Any]) -> None:
    """(7) "On the 23rd, Nadir was residing in Safid Qalah ... On 24 April 1929, he continued through the pass to ____":
    the question's own days were written in full, the sentence before it kept "the 23rd" (which month, only the text
    before says). An opening day the text gives alone and no month dates ("On the 22nd, Kalakani sent troops to ____",
    after the 27th) is left out."""
    bank = corpus["wiki_afghan_civil_war"].bank
    assert not [q.prompt for q in bank.questions if re.search(r"(?:^|[.!?] )On the \d+(?:st|nd|rd|th)\b(?! century)",
                                                                q.prompt)]  # undated ("On the 22nd,"), it is left out
    assert [q for q in bank.questions if q.prompt.startswith("On 23 April 1929, Nadir was residing")]


_CARPATHIANS = ("Anselm Varga led the Carpathian League in 1610. Anselm Varga met Ilona Kemeny in Kassa in 1611."
                " Ilona Kemeny ruled Kassa in 1612. Tamas Ruszka fought Anselm Varga at Eger in 1613.")  # a made-up
# story whose people and places give questions their options


def _prompts_of(bank: QuestionBank, opening: str) -> list[str]:
    """The prompts of a bank's questions asked of sentences that start with ``opening``."""
    return [q.prompt for q in bank.questions if q.source_sentence.startswith(opening)]


def _carpathian(story: str) -> QuestionBank:
    """The bank of the made-up story with ``story`` after it."""
    return derive_bank(_CARPATHIANS + story, title="The Carpathian League", source="c.txt")


def test_a_prompt_of_over_24_words_ends_before_a_dash_a_colon_or_the_next_deed(nlp: Any) -> None:
    """(7) Does a prompt of over 24 words end where the clause of its blank ends: before a dash, a colon, ", then",
    ", as" or ", and" with the subject's next deed, never inside a list of deeds, before the verb a relative clause
    interrupts, nor after a dangling "and"?"""
    bank = _carpathian(" In 1614 the small garrisons of the northern valleys swelled the ranks of the Carpathian"
            " League so greatly that the old nobility became a minority -- only a tenth of its captains in 1620, with"
            " townsmen making up the rest.\n\n"
            "In 1615 the armed bands of the mountain villages, proclaiming their loyalty to Ilona Kemeny, burned the"
            " manor houses of the lowland lords, then converged on Kassa to besiege the governor's palace.\n\n"
            "In 1616 the rebels of the western hills and the miners of the upper valley crossed the river Tisza at"
            " Tokaj, and marched on Kassa with their banners and their guns.\n\n"
            "In 1617 Tamas Ruszka occupied Tokaj and Eger, took the castle of the bishops, and laid the foundations"
            " of a new principality in the eastern hills.\n\n"
            "In 1618 Anselm Varga was convinced that the envoy of his old friend Tamas Ruszka, who had died in the"
            " winter of that year, was plotting against him.\n\n"
            "In 1619 the horsemen of Anselm Varga came upon the old fortress of Munkacs on the river Latorca, as it"
            " was still burning after the long siege of the winter.\n\n"
            "In 1620 the small garrison of the fortress of Ungvar was soon overwhelmed and, as the troops of Tamas"
            " Ruszka closed in on the burning walls, its captain surrendered to the Carpathian League.")

    def asked(year: str) -> list[str]:
        return _prompts_of(bank, f"In {year}")

    assert any(p.endswith("became a minority.") for p in asked("1614")), asked("1614")
    assert any(p.endswith("houses of the lowland lords.") for p in asked("1615")), asked("1615")
    assert any(p.endswith("at Tokaj.") for p in asked("1616")), asked("1616")
    assert asked("1617") and all(p.endswith("eastern hills.") for p in asked("1617")), asked("1617")
    assert asked("1618") and all(p.endswith("plotting against him.") for p in asked("1618")), asked("1618")
    assert any(p.endswith("river Latorca.") for p in asked("1619")), asked("1619")
    assert asked("1620") and not [p for p in asked("1620") if p.endswith("and.")], asked("1620")


def test_a_long_prompt_starts_at_its_subject_after_an_opening_of_why_or_despite_what(nlp: Any) -> None:
    """(7) Does a long prompt leave out an opening that says why, how or despite what ("Despite a setback ...,",
    "Emboldened by the victory,"), but keep one that says when, and one before a pronoun subject?"""
    bank = _carpathian(
        "\n\nDespite a costly setback in the battle on the frozen river in early March, Tamas Ruszka extended the"
        " rule of the Carpathian League to the fortress of Munkacs in June after a short siege of nine days.\n\n"
        "After the long siege of the old fortress of Ungvar in early March, Anselm Varga marched on to the town"
        " of Szeged in June with all the guns of his army and the horsemen of Ilona Kemeny.\n\n"
        "Although the quarrels between the nobles of the eastern valleys grew again in the spring of 1615, he"
        " kept the fortress of Munkacs loyal to Anselm Varga for many years after the war.")
    despite, after = _prompts_of(bank, "Despite"), _prompts_of(bank, "After")
    assert despite and all(p.startswith(("Tamas Ruszka", "Who extended")) for p in despite), despite
    assert after and all(p.startswith("After the long") for p in after), after
    assert all(not p.startswith("He") for p in _prompts_of(bank, "Although")), _prompts_of(bank, "Although")


def test_a_name_goes_on_after_an_arabic_or_persian_particle() -> None:
    """(7) Is "Zahīr" of "Zahīr ud-Dīn Muhammad" or "Abdulaziz" of "Abdulaziz ibn Saud" inside a name, while a
    name before a lower-case word stays whole?"""
    assert _inside("Babur, born Zahīr ud-Dīn Muhammad, was the founder of the dynasty.", "Zahīr")
    assert _inside("The kingdom was founded by Abdulaziz ibn Saud in 1932.", "Abdulaziz")
    assert not _inside("The kingdom was founded by Abdulaziz in 1932.", "Abdulaziz")


def test_an_article_before_a_blank_year_stays_as_written(nlp: Any) -> None:
    """(7) Is "a 1685 attempt" asked as "a ____ attempt" (a year typed from memory: the article names no vowel),
    not the garbled "a(n) ____ attempt"?"""
    text = ("The Carpathian Rising was a 1685 attempt by a group of exiles to overthrow King Leopold."
            " Anselm Varga led the exiles in 1685. Anselm Varga met Ilona Kemeny in Kassa in 1686.")
    bank = derive_bank(text, title="The Carpathian Rising", source="c.txt")
    asked = [q.prompt for q in bank.questions if q.answer == "1685" and q.source_sentence.startswith("The Carpathian")]
    assert asked and all("was a ____ attempt" in p for p in asked), asked


def test_a_word_left_out_between_commas_takes_its_commas(nlp: Any) -> None:
    """(7) Is "De la Barra and the Congress, therefore, decided" asked without "therefore" and its commas, and does
    no prompt hold two commas in a row?"""
    text = ("Francisco de la Barra was interim president in 1911. Emiliano Zapata led the rebels of Morelos in 1911."
            " Victoriano Huerta commanded the federal army in 1911. Francisco de la Barra met Emiliano Zapata in 1911."
            " Francisco de la Barra and the Congress, therefore, decided to send regular troops under Victoriano"
            " Huerta to Morelos in August 1911.")
    bank = derive_bank(text, title="The Mexican Revolution", source="m.txt")
    asked = [q.prompt for q in bank.questions if "regular troops" in q.source_sentence]
    assert asked and all("therefore" not in p and "Congress decided" in p for p in asked if "Congress" in p), asked
    assert not [q.prompt for q in bank.questions if re.search(r",\s*,", q.prompt)]


def test_an_opening_that_points_back_is_left_out(nlp: Any) -> None:
    """(7) Is "At the same time," or "In an effort to combat these efforts," left out of a prompt of any length, so
    that it does not point at a sentence the student has not read?"""
    bank = _carpathian("\n\nAt the same time, Tamas Ruszka besieged the fortress of Munkacs in 1614.\n\n"
                       "In an effort to combat these efforts, Ilona Kemeny supported the campaign of Istvan Bocskai"
                       " in 1615.")
    asked = _prompts_of(bank, "At the same") + _prompts_of(bank, "In an effort")
    assert asked and not [p for p in asked if re.search(r"same time|these efforts", p)], asked


def test_a_bracket_that_names_the_answer_goes_from_a_short_prompt(nlp: Any) -> None:
    """(6) Is "her future husband ____ (no relation to Istvan Kemeny)" asked without its bracket, which would give
    the surname away, and is "On ____ (25 November 1617 N.S.)" asked without the other calendar's date?"""
    text = ("Ilona Varga was born in Kassa in 1598. Tamas Kemeny fought at Eger in 1615. Istvan Kemeny ruled Eger in"
            " 1610. Tamas Kemeny met Anselm Varga in 1616. Anselm Varga ruled Kassa in 1612.\n\n"
            "During her stay in Vienna, Ilona Varga met her future husband Tamas Kemeny (no relation to Istvan"
            " Kemeny), whom she knew from Kassa.")
    bank = derive_bank(text, title="Ilona Varga", source="i.txt")
    asked = [q.prompt for q in bank.questions if q.answer == "Tamas Kemeny" and "future husband" in q.prompt]
    assert asked and not [p for p in asked if "(" in p], [q.prompt for q in bank.questions]


def test_a_month_after_another_is_no_date_question(nlp: Any) -> None:
    """(6) Is "August and ____ saw widespread attacks" (September 1922) never asked, as the month before gives the
    answer away, while a month alone still is?"""
    text = ("The Free State offensive began in July 1922. Michael Collins was killed in August 1922."
            " August and September 1922 saw widespread attacks on Free State forces in the occupied territories."
            " The Free State army executed 77 prisoners in December 1922.")
    bank = derive_bank(text, title="The Irish Civil War", source="i.txt")
    assert not [q.prompt for q in bank.questions if q.prompt.startswith("August and")]
    assert [q for q in bank.questions if q.date == "1922-12"], [q.prompt for q in bank.questions]


def test_all_three_points_back(nlp: Any) -> None:
    """(7) Is "All three were born within ____ of each other" never asked alone (which three, only the sentence before
    says), while "The three boats, Anna, David and Sophia, ..." names them at once?"""
    from quizapp.bank.questions.prompts import _VAGUE_START

    assert _VAGUE_START.match("All three were born within eight years of each other (1534 to 1542).")
    assert _VAGUE_START.match("The four brothers met at Kyoto in 1560.")
    assert not _VAGUE_START.match("The three boats, Anna, David and Sophia, carried around 300 men.")
    assert not _VAGUE_START.match("The three hundred men of the garrison surrendered.")


def test_a_full_stop_the_text_lost_still_ends_a_sentence() -> None:
    """(7) Does "arrested on 7th April, 1912, Seventeen days later, three policemen ..." split into two sentences, and
    "unveiled on 27 October 1916, Unlike the London statue, it ..." too, while "Ming, He Jin and others" stays one?"""
    from quizapp.bank.text.sentences import split_sentences

    def split(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    assert split("Callemin was arrested on 7th April, 1912, Seventeen days later, three policemen surprised Bonnot.") \
        == ["Callemin was arrested on 7th April, 1912", "Seventeen days later, three policemen surprised Bonnot."]
    assert len(split("It was unveiled on 27 October 1916, Unlike the London statue, it shows a mother.")) == 2
    assert len(split("The envoys of the Ming, He Jin and others met the khan.")) == 1
    assert len(split("Mihrimah married in 1539, She had issue, one daughter and one son.")) == 2


def test_a_he_after_a_man_named_as_an_object_is_not_the_main_subject(nlp: Any) -> None:
    """(3) After "three policemen surprised Jules Bonnot", is "He shot at the officers" never given to the text's main
    subject (named in the sentences before), whom the sentence before does not name?"""
    text = ("Victor Serge was born in Brussels in 1890. Victor Serge joined the anarchists of Paris in 1909. He wrote"
            " for the paper L'Anarchie in 1911. Raymond Callemin was arrested in Paris on 7 April 1912."
            " Victor Serge was arrested in Paris in 1912. Seventeen days later, three policemen surprised Jules"
            " Bonnot in the apartment of a man in Ivry. He shot at the officers, killing Louis Jouin, the vice-chief"
            " of the French police.")
    bank = derive_bank(text, title="Victor Serge", source="v.txt")
    shot = [q.prompt for q in bank.questions if "shot at the officers" in q.source_sentence]
    assert not [p for p in shot if "Serge shot" in p], shot


def test_a_he_is_not_the_main_subject_the_sentence_names_after_it_or_a_new_man_before_it(nlp: Any) -> None:
    """(3) Is "The correspondent ... was approaching the prison when he heard a volley of shots" never "when Francisco
    Madero heard", and "Behind the building, he found the bodies of Madero and Suárez" never "Francisco Madero
    found"? A sentence's own unnamed subject may be the "he", and no one finds his own body."""
    text = ("Francisco Madero was born in Parras in 1873. Francisco Madero studied in Paris in 1887. Francisco Madero"
            " became president of Mexico in 1911. Gustavo Madero ran the party in 1911. Francisco Madero and José"
            " María Pino Suárez were arrested in February 1913.\n\n"
            "At 11:15 pm, reporters saw two cars containing Madero and Suárez leave the National Palace."
            " The correspondent for the New York World was approaching the Lecumberri prison when he heard a volley"
            " of shots. Behind the building, he found the two cars with the bodies of Madero and Suárez nearby,"
            " surrounded by soldiers and gendarmes of the Federal Army.")
    bank = derive_bank(text, title="Francisco Madero", source="m.txt")
    assert not [q.prompt for q in bank.questions if re.search(r"Madero (?:heard|found)", q.prompt)], \
        [q.prompt for q in bank.questions]


def test_a_he_after_an_unresolved_he_who_named_the_main_subject_as_an_object_stays_unresolved(nlp: Any) -> None:
    """(3) After "He admitted that he had asked Victor Serge to post the letter" (the "he" unresolved, Serge the one
    asked), is "He later admitted to Sneevliet that ..." never given to Victor Serge?"""
    text = ("Victor Serge was born in Brussels in 1890. Victor Serge lived in Paris in 1936. Victor Serge wrote"
            " novels in Paris in 1937. Walter Krivitsky met Henricus Sneevliet and Gerard Rosenthal in 1937.\n\n"
            "Walter Krivitsky asked Gerard Rosenthal if he had shown the letter to anyone before giving it to"
            " Henricus Sneevliet. He admitted that he had asked Victor Serge to post the letter. He later admitted to"
            " Sneevliet that he had also shown it to Mark Zborowski in Paris.")
    bank = derive_bank(text, title="Victor Serge", source="v.txt")
    assert not [q.prompt for q in bank.questions if "Serge later admitted" in q.prompt], \
        [q.prompt for q in bank.questions]


def test_a_country_opening_its_sentences_is_a_place(nlp: Any) -> None:
    """(1) Is a country the text names only at its sentences' start ("Spain was to augment its army") a place, as the
    gazetteer says, and not a capitalised common word with no kind?"""
    text = ("The treaty of 1721 ended the war between the northern powers. Spain was to augment its army in Catalonia "
            "to twenty thousand men in 1719. Spain, since a prince of the house of Bourbon had been on the throne, was "
            "the ally of France against England. Austria and Holland made peace at Utrecht in 1713. Switzerland "
            "stayed neutral through the whole war. The French army marched to Italy in 1720 and the Austrian garrison "
            "left Milan.")
    bank = derive_bank(text, title="The northern war", source="war.txt")
    spain = [q for q in bank.questions if q.answer == "Spain"]
    assert spain and all(q.answer_kind is AnswerKind.PLACE for q in spain)
    assert all(q.answer_kind is AnswerKind.PLACE for q in bank.questions if "Spain" in q.distractors)


def test_a_marshal_is_a_he_when_no_pronoun_says_otherwise(nlp: Any) -> None:
    """(3) Is "He" after "Ney noted an exodus from Wellington's centre" Ney, the one who acted, though the text never
    names "Marshal Ney" alone before a pronoun (his rank is the only word on his gender)?"""
    text = ("The Battle of Waterloo was fought on 18 June 1815. Napoleon Bonaparte and Marshal Ney led the French army. "
            "Wellington held the ridge with the allied army. Blücher brought the Prussians from Wavre. "
            "A little before 16:00, Ney noted an apparent exodus from Wellington's centre. "
            "He mistook the movement of casualties to the rear for the beginnings of a retreat.")
    assert _references(text, "Battle of Waterloo")[5].key == "Marshal Ney"


def test_an_opening_pronoun_before_a_pronoun_subject_is_not_the_name_after(nlp: Any) -> None:
    """(3) In "in response to a dispatch he had received from Grouchy, he sent a reply telling Grouchy", is the
    first "he" the main clause's "he" (Napoleon), never Grouchy, the first man named after the comma?"""
    text = ("Napoleon Bonaparte commanded the French army at Waterloo in 1815. Marshal Grouchy pursued the Prussians to "
            "Wavre. Napoleon delayed the start of the battle because of the sodden ground. At 10:00, in response to a "
            "dispatch he had received from Grouchy six hours earlier, he sent a reply telling Grouchy to head for "
            "Wavre.")
    assert _references(text, "Battle of Waterloo")[3].key != "Marshal Grouchy"


def test_a_surname_opening_a_sentence_is_its_person(nlp: Any) -> None:
    """(3) Is "Assing" opening a sentence (which the model does not find alone) the one Ottilie Assing, so "She" after
    it is hers and not left unresolved?"""
    text = ("Frederick Douglass was born in Maryland in 1818. His friendships with Julia Griffiths and Ottilie Assing "
            "caused scandals in 1856. Assing was a young German woman who interviewed Douglass in 1856. She introduced "
            "Douglass to German poetry and philosophy.")
    assert _references(text, "Frederick Douglass")[3].key == "Ottilie Assing"


def test_an_office_before_a_name_is_no_part_of_it() -> None:
    """(8) Is the name after "Prime Minister" or "US Ambassador" asked (the office is no part of the name), while the
    blank still never falls inside a name ("Santo ____", "Lord ____")?"""
    text = "She enjoyed cordial relations with Prime Minister Sirimavo Bandaranaike."
    start = text.index("Sirimavo")
    assert not inside_name(text, start, start + len("Sirimavo Bandaranaike"))
    text = "Huerta conspired with US Ambassador Henry Lane Wilson against Madero."
    start = text.index("Henry")
    assert not inside_name(text, start, start + len("Henry Lane Wilson"))
    text = "The fleet took Santo Domingo and Lord Byron sailed home."
    assert inside_name(text, text.index("Domingo"), text.index("Domingo") + 7)
    assert inside_name(text, text.index("Byron"), text.index("Byron") + 5)


def test_a_relative_sharing_the_main_subjects_surname_is_asked(nlp: Any) -> None:
    """(7) Is "Her grandfather, Otto Kessler," asked in a life of Anna Kessler, though the prompt shows the surname as
    hers ("Anna Kessler's grandfather, ____")? Its options, if any, are of the family, so the surname gives nothing
    away; and the main subject's own other names are never asked so."""
    text = ("Anna Kessler\n\nAnna Kessler was born in Leipzig in 1871. She married the printer Karl Brandt in Berlin in "
            "1895. She led the printers' union from 1905 to 1920. Her grandfather, Otto Kessler, founded a carting "
            "business in Dresden. Kessler's younger son, Paul Kessler, entered politics in 1925. Anna Kessler died in "
            "Cologne in 1930. Paul Kessler died in Bonn in 1960.")
    bank = derive_bank(text, title="Anna Kessler", source="k.txt")
    kin = {q.answer: q for q in bank.questions if "grandfather, ____" in q.prompt or "younger son, ____" in q.prompt}
    assert set(kin) == {"Otto Kessler", "Paul Kessler"}, kin
    assert all(o.endswith(" Kessler") for q in kin.values() for o in q.distractors)


def test_part_of_a_longer_name_is_no_name(nlp: Any) -> None:
    """(1) Is a piece of a name the text never writes alone ("Dīn Muhammad" of "Zahīr ud-Dīn Muhammad", "Ala" of
    "Ala-ud-Din", "Neelam Sanjiva" of "Neelam Sanjiva Reddy") never an answer nor an option?"""
    text = ("Babur\n\nBabur (14 February 1483 – 26 December 1530), born Zahīr ud-Dīn Muhammad, was the founder of the "
            "Mughal Empire in India. In 1504 Babur took Kabul. In 1519 he fought Daulat Khan Lodi and Ala-ud-Din near "
            "Lahore. Ala-ud-Din fled to Delhi in 1524. Daulat Khan Lodi died in 1526. In 1526 Babur defeated Ibrahim "
            "Lodi at Panipat. Rana Sanga fought Babur at Khanwa in 1527. The Congress candidate Neelam Sanjiva Reddy "
            "lost the election of 1969. Neelam Sanjiva Reddy became president in 1977. Humayun succeeded Babur in 1530 "
            "at Agra. Kamran Mirza held Kabul in 1540. Babur died at Agra in 1530.")
    bank = derive_bank(text, title="Babur", source="b.txt")
    names = _names(bank)
    assert not names & {"Dīn Muhammad", "Zahīr", "Ala", "Neelam Sanjiva", "Sanjiva Reddy"}, names


def test_one_name_spelled_two_ways_is_never_its_own_option() -> None:
    """(2) Is "Nāder Khan" never offered beside "Mohammed Nadir Shah" (one man, spelled two ways), while words that
    differ otherwise ("Guard" and "Guards", "India" and "Indira") still tell names apart? And is an office ("Minister
    of Defense") never a person among the options?"""
    from quizapp.bank.questions.options import OFFICE_OF, variant_of

    assert variant_of("Nāder Khan", "Mohammed Nadir Shah")
    assert not variant_of("Foot Guards", "Imperial Guard")
    assert not variant_of("Parliament of India", "Indira Gandhi")
    assert OFFICE_OF.fullmatch("Minister of Defense") and OFFICE_OF.fullmatch("Secretary of State")


def test_a_name_only_the_model_types_lends_no_option(nlp: Any) -> None:
    """(1) Is a name met once that only the model's label calls a person ("Shakti Sthal", a memorial) never offered
    among people? Where too few others are left, the answer is typed."""
    text = ("Indira Gandhi\n\nIndira Gandhi was born in Allahabad in 1917. She studied at Somerville College in 1937. "
            "Her aunt Vijaya Lakshmi Pandit led the United Nations assembly in 1953. Her friend Nandini Satpathy led "
            "Odisha in 1972. Her rival Tarkeshwari Sinha spoke against her in 1969. Her secretary Usha Bhagat travelled "
            "with her in 1971. Salma Sultan gave the first news of her death on 31 October 1984. Sonia Gandhi married "
            "her son in 1968. The site where Indira Gandhi was cremated is today known as Shakti Sthal. Usha Bhagat "
            "wrote a memoir in 1990. Nandini Satpathy died in 2006. Vijaya Lakshmi Pandit died in 1990. Tarkeshwari "
            "Sinha died in 2007. Sonia Gandhi led the party in 1998.")
    bank = derive_bank(text, title="Indira Gandhi", source="i.txt")
    people = [q for q in bank.questions if q.answer_kind is AnswerKind.PERSON]
    assert people and not any("Shakti Sthal" in q.distractors for q in people), people


def test_a_town_fused_to_the_name_after_it_is_split(nlp: Any) -> None:
    """(2) Is "the captain of Malacca Tristão Vaz da Veiga" read as a town and a man, each named alone elsewhere, and
    never as one person "Malacca Tristão Vaz da Veiga"?"""
    text = ("The siege of Malacca began in 1573. Malacca was defended by about 300 Portuguese. The captain of Malacca "
            "Tristão Vaz da Veiga had gotten reports of the imminent threat in 1573. Afterwards, Tristão Vaz da Veiga "
            "ordered Fernão Peres de Andrade to blockade the rivermouth in 1574. Luís de Melo da Silva sailed from Goa "
            "to Malacca in 1570. Diogo Lopes de Mesquita held Ternate in 1570. The Aceh fleet left Malacca in 1575. Goa "
            "was the capital of the Portuguese in Asia.")
    bank = derive_bank(text, title="The siege of Malacca", source="m.txt")
    names = _names(bank)
    assert "Malacca Tristão Vaz da Veiga" not in names and "Tristão Vaz da Veiga" in names, names


def test_a_persian_place_names_link_makes_a_place(nlp: Any) -> None:
    """(1) Are "Qalah-yi Durrani" and "Dasht-i Tup" (a Persian place name's "-i" link) places, asked among places,
    and never people?"""
    text = ("Afghan Civil War\n\nThe Afghan Civil War was fought from 1928 to 1929. On 16 March 1929, Kalakani "
            "dispatched troops to Maydan through Qalah-yi Durrani. His forces fled to Qalah-yi Durrani on 9 April 1929. "
            "The force sent to Ghazni retreated to Dasht-i Tup in May 1929. Nadir Khan entered Kabul on 13 October 1929."
            " Habibullah Kalakani was executed on 1 November 1929. Amanullah Khan left Kandahar in May 1929. Ali Ahmad "
            "Khan was captured in 1929.")
    bank = derive_bank(text, title="Afghan Civil War", source="a.txt")
    places = {q.answer for q in bank.questions if q.answer_kind is AnswerKind.PLACE}
    assert {"Qalah-yi Durrani", "Dasht-i Tup"} <= places, places
    assert not any({"Qalah-yi Durrani", "Dasht-i Tup"} & {q.answer, *q.distractors} for q in bank.questions
                   if q.answer_kind is AnswerKind.PERSON)


def test_an_opening_pronoun_is_not_the_object_after_a_loosely_named_doer(corpus: dict[str, Any]) -> None:
    """(3) In "With the aid of his father's army, Selim defeated Bayezid" (where "Selim" is too loose a name to be a
    mention: two Selims), is "his" never Bayezid, the first person the text names after the comma?"""
    text = corpus["wiki_suleiman_the_magnificent"].text
    paragraphs = split_paragraphs(clean_text(text))
    at = next(s.index for s in sentences_of(paragraphs) if s.text.startswith("With the aid of his father's army"))
    found = _references(text, "Suleiman the Magnificent").get(at)
    assert found is None or found.key != "Şehzade Bayezid", found


def test_she_after_a_sentence_naming_the_main_subject_is_not_the_other_doer(nlp: Any) -> None:
    """(3) After "Clara Berg gave the first news of the death of Anna Kessler", is "She died two weeks before her
    60th birthday" never given to Clara Berg, the one who acted there, in a life of Anna Kessler?"""
    text = ("Anna Kessler\n\nAnna Kessler was born in Leipzig in 1871. She led the printers' union from 1905 to 1920. "
            "Clara Berg gave the first news of the death of Anna Kessler on the evening radio on 3 May 1931. "
            "She died two weeks before her 60th birthday.")
    assert _references(text, "Anna Kessler")[3].key != "Clara Berg"


def test_a_relative_named_by_first_name_is_not_the_king_of_that_name(nlp: Any) -> None:
    """(2) In a text that names King Charles II and "his son Charles", is "Charles took the castle" never read as
    "Charles II took the castle", and the son never answered "Charles II"?"""
    text = ("Argyll's Rising\n\nArgyll's Rising was a rebellion in Scotland in 1685. The Covenanters had disobeyed the "
            "authority of Charles II since 1679. The preparations became more urgent after the death of Charles II in "
            "February 1685. Argyll and his son Charles met the exiles in Amsterdam in April 1685. On arrival off Mull, "
            "Argyll's son Charles was sent ashore to Lorne in May 1685. Charles took the castle of Dunstaffnage and "
            "sent the fiery cross into the district. Argyll was executed in Edinburgh on 30 June 1685.")
    bank = derive_bank(text, title="Argyll's Rising", source="a.txt")
    assert not any("Charles II took" in q.prompt for q in bank.questions)
    assert not any(q.answer == "Charles II" and ("son ____" in q.prompt or "____ took" in q.prompt)
                   for q in bank.questions)


def test_lochs_temples_and_woods_have_their_own_grain() -> None:
    """(1) Are a loch, a firth or a flow waters, a Japanese temple a site, a wood or a mount terrain and the Highlands a
    region, so that none of them stands among towns as an option, nor a town among them?"""
    from quizapp.bank.mentions.places import place_grain

    assert {place_grain(n) for n in ("Loch Fyne", "Scapa Flow", "Moray Firth", "Gare Loch", "Sound of Mull")} == {
        "water"}
    assert place_grain("Enryaku-ji") == place_grain("Honnō-ji") == "site"
    assert place_grain("Bois de Paris") == place_grain("Mt. Hiei") == "terrain"
    assert place_grain("Mount Hope Cemetery") == "site"  # a mount's name inside a site's
    assert place_grain("Highlands") == "region"
    assert place_grain("Tarbert") == place_grain("Kyoto") == "local"


def test_a_name_the_model_calls_a_building_and_a_person_is_a_person(corpus: dict[str, Any]) -> None:
    """(1) Is "Takeda Shingen" (a building to the model twice, a person once, nothing else saying place) a person,
    offered among the warlords, and never a place among castles and towns?"""
    bank = corpus["wiki_oda_nobunaga"].bank
    takeda = [q for q in bank.questions if "Takeda Shingen" in (q.answer, *q.distractors)]
    assert takeda and all(q.answer_kind is AnswerKind.PERSON for q in takeda), takeda


def _names(bank: QuestionBank) -> set[str]:
    """Every answer and option of a bank."""
    return {x for q in bank.questions for x in (q.answer, *q.distractors)}


def test_an_aside_the_blank_names_stays(nlp: Any) -> None:
    """(7) In a long prompt, is the aside whose last word the blank names kept ("... only leaving one, ____, who was
    blown clear"), never cut to "tied to a landmine ____ to escape"?"""
    text = ("Irish Civil War\n\nThe Irish Civil War was fought from 1922 to 1923. The worst reprisal occurred at "
            "Ballyseedy in March 1923, where nine Republican prisoners were tied to a landmine, which was detonated, "
            "killing eight and only leaving one, Stephen Fuller, who was blown clear by the blast, to escape. Stephen "
            "Fuller later sat in the Dáil for Kerry North. Liam Lynch was killed in April 1923. Frank Aiken ended the "
            "war in May 1923.")
    fuller = [p for p in _prompts(text) if "to escape" in p and "____" in p]
    assert fuller and all("leaving one, ____" in p or "Stephen Fuller" in p for p in fuller), fuller


def test_an_accented_first_name_has_the_gender_of_its_plain_spelling() -> None:
    """(3) Do accented first names the tables hold only without accents ("Gerónimo", "Hernán") have a gender, so that
    "a Spanish priest, Gerónimo de Aguilar" can be asked and the "he" after him resolved?"""
    from quizapp.bank.mentions.lexicons import first_name_gender

    assert first_name_gender("Gerónimo") == first_name_gender("Geronimo") == "m"
    assert first_name_gender("Hernán") == "m"
    assert first_name_gender("Zwólf") == ""


def test_a_people_or_faction_is_asked_typed(nlp: Any) -> None:
    """(1) Is a faction the text names in the plural with "the" ("the Bolsheviks") an answer, typed (the text's other
    peoples are too often the same one under another name), and never a plural place ("the Lowlands") or a man?"""
    text = ("October Revolution\n\nThe October Revolution was a revolution in Russia in 1917. The Bolsheviks seized "
            "power in Petrograd on 7 November 1917. The revolution was led by the Bolsheviks, who used their influence "
            "in the Petrograd Soviet to organise the armed forces. The Mensheviks walked out of the Congress of "
            "Soviets in protest. The Constituent Assembly was dissolved by the Bolsheviks in January 1918. Many "
            "Mensheviks fled to Georgia in 1918. Lenin led a Bolshevik government from Petrograd. The Cossacks of the "
            "Don rose against the Bolsheviks in the Lowlands of the south in 1918. Kerensky escaped to the Lowlands.")
    groups = _indexed(text)[0].groups
    assert {"Bolsheviks", "Mensheviks"} <= groups and "Lowlands" not in groups
    bank = _bank_of(text)
    asked = [q for q in bank.questions if q.answer == "Bolsheviks"]
    assert asked and all(not q.distractors for q in asked), asked
    assert not any("Bolsheviks" in q.distractors or "Mensheviks" in q.distractors for q in bank.questions)


def test_a_cut_prompt_keeps_the_verb_of_its_last_clause(nlp: Any) -> None:
    """(7) Is a long prompt never cut before the verb of the clause its blank stands in ("...; and the ____, by
    forsaking it." without "had left it to its true leaders")?"""
    text = ("The Flight to Varennes\n\nThe Lameths led the Feuillants in 1791. The Lameth party made overtures to the "
            "court in 1791. The Lameths then opened a club of their own. The court, by its multiplied faults, its "
            "imprudent machinations, and, lastly, by the flight of the monarch, had given it a sort of authority to "
            "avow its object; and the Lameths, by forsaking it, had left it to its true leaders.")
    cut = [p for p in _prompts(text) if "by forsaking it" in p]
    assert cut and all("had left it" in p for p in cut), cut


def test_no_wh_question_runs_two_clauses_or_two_places(nlp: Any) -> None:
    """(7) Is no wh-question made of a sentence whose second clause has a subject of its own however the parse hangs
    it ("Who committed suicide and Victoriano Huerta assumed control ...?"), nor a "where" whose verb says where
    twice ("Where was Madero born in the hacienda of El Rosario?")?"""
    text = ("Francisco Madero\n\nFrancisco Madero was a Mexican revolutionary. Madero was born in the hacienda of El "
            "Rosario, in Parras de la Fuente, Coahuila, the first son of a rich family. In March 1912 Pascual Orozco "
            "launched a rebellion in Chihuahua. Madero sent troops under José González Salas against Orozco. After a "
            "defeat, General José González Salas committed suicide and Victoriano Huerta assumed control of the "
            "federalist forces. Huerta defeated Orozco in May 1912.")
    prompts = _prompts(text)
    assert not any(p.startswith("Who committed suicide and") for p in prompts), prompts
    assert not any(p.startswith("Where was Madero born in the hacienda") for p in prompts), prompts


def test_followers_of_a_cause_and_listed_states_are_no_people(nlp: Any) -> None:
    """(1) Is "a staunch Royalist" or "the moderate Whig" (beside "the Whigs") no person, and a name listed among
    "the states of Gujarat and Tamil Nadu" no person either, so that none of them is offered beside people?"""
    text = ("Argyll's Rising\n\nThe Earl of Argyll, once a staunch Royalist, fled Scotland in 1681. The moderate Whig "
            "George Melville joined him in Holland. The Whigs had planned the Rye House Plot. A Royalist army under "
            "Atholl pursued Argyll in 1685. Argyll was executed in Edinburgh on 30 June 1685.\n\nPresident's rule was "
            "imposed on the two opposition states of Gujarat and Tamil Nadu in 1976. Tamil Nadu was ruled by the "
            "Centre until 1977.")
    people = {k for k, kind in _indexed(text)[0].kinds.items() if kind is AnswerKind.PERSON}
    assert not people & {"Royalist", "Whig", "Whigs", "Tamil Nadu"}, people


def test_a_page_note_to_its_reader_is_no_part_of_a_prompt(nlp: Any) -> None:
    """(7) Is a note to the page's reader ("(see map below)", "(pictured)") left out of every prompt, where the source
    sentence keeps it as written?"""
    text = ("Oda Nobunaga\n\nOda Nobunaga was a Japanese daimyo born in 1534. Nobunaga had gained control over most "
            "of Honshu (see map below) before his death during the 1582 Honnō-ji incident, a coup attempt executed by "
            "his vassal Akechi Mitsuhide. His castle at Azuchi (pictured) was finished in 1579.")
    bank = _bank_of(text)
    noted = [q for q in bank.questions if "(see map below)" in q.source_sentence or "(pictured)" in q.source_sentence]
    assert noted and not any("(see" in q.prompt or "(pictured)" in q.prompt for q in bank.questions), noted


def test_factions_by_their_ending_are_peoples_and_plural_titles_are_not(nlp: Any) -> None:
    """(1) Are "the Jacobins" and "the Zapatistas" peoples of the story (asked, typed), and "the Annals" (a work) and
    "the Argus" (a paper) none?"""
    text = ("The Revolution\n\nThe Jacobins met in Paris in 1791. Robespierre led the Jacobins against the king. The "
            "Zapatistas rose in Morelos in 1911. The Zapatistas demanded land for the villages. Tacitus told the story "
            "in the Annals. The Annals survive in part. The Argus reported the meeting in 1854. The Argus was a paper "
            "of Melbourne.")
    groups = _indexed(text)[0].groups
    assert {"Jacobins", "Zapatistas"} <= groups and not groups & {"Annals", "Argus"}, groups


def test_a_people_named_with_the_and_no_plural_is_asked(corpus: dict[str, Any]) -> None:
    """(1) Is "the Iceni" (a people the model knows as one, never a plural) asked, typed, where "the Ethiopian army"
    and "Anglo-allied" make no people of an adjective?"""
    iceni = [q for q in corpus["wiki_boudica"].bank.questions if q.answer == "Iceni"]
    assert iceni and all(not q.distractors for q in iceni), iceni
    assert not any(q.answer in ("Ethiopian", "Anglo") for name in ("wiki_battle_of_adwa", "wiki_battle_of_waterloo")
                   for q in corpus[name].bank.questions)


def test_the_main_subject_under_a_title_is_the_main_subject(corpus: dict[str, Any]) -> None:
    """(4) Is "President Madero" in a life of Francisco Madero the main subject, never an answer or an option ("____,
    dead at 39, was buried quietly in the French cemetery of Mexico City")?"""
    bank = corpus["wiki_francisco_madero"].bank
    assert not any("President Madero" in (q.answer, *q.distractors) for q in bank.questions)
    assert any("close family were permitted" in q.source_sentence for q in bank.questions)
    text = corpus["wiki_francisco_madero"].text
    assert _key_of(text, "Francisco Madero", "close family were permitted") == "Francisco Madero"


def test_a_fact_asked_the_same_way_twice_is_asked_once(corpus: dict[str, Any]) -> None:
    """(5) Is an answer asked once where two sentences ask it with the same words beside the blank, though one says
    more ("Joan of Arc became a symbol of the ____ during the 16th century" and "In the 16th century Joan of Arc became
    a symbol of the ____, and in 1803 ...")? Every corpus bank is checked the same way in test_corpus.py."""
    joan = corpus["wiki_joan_of_arc"].bank.questions
    assert sum("symbol of the ____" in q.prompt for q in joan if q.answer == "Catholic League") == 1


def test_letters_of_a_body_are_no_first_name(nlp: Any) -> None:
    """(1) Is "IRA Chief of Staff" no person, though "Ira" is a first name ("left the leadership to Liam Lynch, the
    ____" had been asked, typed, as if it were someone's name)?"""
    from quizapp.bank.mentions.lexicons import first_name_gender

    assert first_name_gender("IRA") == "" and first_name_gender("Ira") != ""
    text = ("Irish Civil War\n\nÉamon de Valera left the leadership of the Republicans to Liam Lynch, the IRA Chief of "
            "Staff. Liam Lynch was killed in April 1923. Frank Aiken then became the IRA Chief of Staff. Frank Aiken "
            "ordered the IRA to dump arms in May 1923.")
    index = _indexed(text)[0]
    assert index.kinds.get("IRA Chief of Staff") is not AnswerKind.PERSON, index.kinds
    assert not [p for p in _prompts(text) if p.endswith("the ____.")]


def test_a_state_after_a_town_is_a_place_and_a_plan_is_a_document(nlp: Any) -> None:
    """(1) Is the state after a town ("in Parras de la Fuente, Coahuila, the first son of ...") no person, though what
    follows it speaks of a son (it had been offered beside Madero's brother), and is "the Plan of San Luis Potosí" a
    document, never a place offered for a state?"""
    text = ("Francisco Madero\n\nFrancisco Madero was born in Parras de la Fuente, Coahuila, the first son of a rich "
            "family. In 1893 Francisco Madero took over the hacienda at San Pedro, Coahuila. His grandfather was "
            "governor of Coahuila. In 1910 Francisco Madero issued the Plan of San Luis Potosí. Bernardo Reyes was "
            "governor of Nuevo León. In 1911 Bernardo Reyes launched a rebellion in Nuevo León.")
    kinds = _indexed(text, hint="Francisco Madero")[0].kinds
    assert kinds.get("Coahuila") is not AnswerKind.PERSON, kinds
    assert kinds.get("Plan of San Luis Potosí") is AnswerKind.WORK, kinds


def test_an_irish_county_is_offered_counties(corpus: dict[str, Any]) -> None:
    """(1) Is "County Kerry" a county, offered beside the text's other counties, never beside towns ("particularly in
    ____, where the guerrilla campaign was most bitter": Sligo, Dublin, Dundalk had been offered)?"""
    from quizapp.bank.mentions.places import place_grain

    assert place_grain("County Kerry") == place_grain("Harford County") == "county"
    kerry = [q for q in corpus["wiki_irish_civil_war"].bank.questions if q.answer == "County Kerry" and q.distractors]
    assert kerry and all(d.startswith("County ") for q in kerry for d in q.distractors), kerry


def test_an_example_of_what_the_question_never_shows_is_dropped(corpus: dict[str, Any]) -> None:
    """(7) Is "The Scots Greys, for example, had not been in action since 1795" asked as "The Scots Greys had not been
    in action since ____" (an example of what, only the sentence before says)?"""
    waterloo = corpus["wiki_battle_of_waterloo"].bank.questions
    asked = [q.prompt for q in waterloo if "not been in action since" in q.source_sentence]
    assert asked and not [p for p in asked if "for example" in p], asked


def test_a_name_before_a_compound_noun_is_no_answer(corpus: dict[str, Any]) -> None:
    """(7) Is "The ____ army officer N. S. Leontiev" (the Kuban Cossack army) never asked, while "the ____ army" may
    be: a name that qualifies an officer through his army is no fact to ask?"""
    adwa = corpus["wiki_battle_of_adwa"].bank.questions
    assert not [q for q in adwa if "____ army officer" in q.prompt]


def test_a_change_an_era_went_through_is_no_body(nlp: Any) -> None:
    """(1) Is "the Transformation of the Ottoman Empire" (an era's change) no body to ask or to offer beside the
    Mughal Empire, and "the Partition of Poland" no place?"""
    text = ("Suleiman the Magnificent\n\nSuleiman ruled the Ottoman Empire from 1520. His reign ended before the "
            "Transformation of the Ottoman Empire began. The Transformation of the Ottoman Empire lasted a century. "
            "Suleiman sought trade with the Mughal Empire. The Safavid Empire fought Suleiman. Much later came the "
            "Partition of Poland in 1772.")
    kinds = _indexed(text)[0].kinds
    assert "Transformation of the Ottoman Empire" not in kinds and "Partition of Poland" not in kinds, kinds


def test_a_sentence_set_in_brackets_is_asked_without_them(corpus: dict[str, Any]) -> None:
    """(7) Is "(Slaves in Union-held areas ... were freed with the adoption of the 13th Amendment on December 6,
    1865.)" asked as a sentence like any other, never as "(... on ____.)"?"""
    douglass = corpus["wiki_frederick_douglass"].bank.questions
    freed = [q.prompt for q in douglass if "13th Amendment" in q.source_sentence]
    assert freed and all(p.startswith("Slaves") and p.endswith("____.") for p in freed), freed
    assert not [q.prompt for q in douglass if re.search(r"(?:^|\. )\(|\.\)$", q.prompt)]
    from quizapp.bank.questions.prompts import _closed_at

    wrapped = "(see map) The king was crowned at Reims (1429)"  # two brackets, not one around the sentence
    assert not _closed_at(wrapped, 0, len(wrapped) - 1)


def test_one_told_that_or_a_teller_is_no_place(corpus: dict[str, Any]) -> None:
    """(1) Is "Baleka" (whom the model calls a place) never a place when the text says "according to Baleka of the
    Qwabe" and "Her father also told Baleka that ...": one told to think or a teller is a person or a book?"""
    text = ("Shaka\n\nShaka ruled the Zulu from 1816. He had a big nose, according to Baleka of the Qwabe, as told by "
            "her father. Her father also told Baleka that Shaka spoke as though his tongue were too big. Shaka moved "
            "his capital to Bulawayo in 1820. Shaka later marched to Port Natal.")
    kinds = _indexed(text, hint="Shaka")[0].kinds
    assert kinds.get("Baleka") is not AnswerKind.PLACE, kinds
    offered = [q.prompt for q in corpus["wiki_shaka"].bank.questions if "Baleka" in q.distractors]
    assert not offered, offered  # she had been offered beside KwaZulu-Natal and Phongola


def test_a_writer_recording_or_crediting_is_never_asked(corpus: dict[str, Any]) -> None:
    """(6) Is a writer about the story never the answer of what they record, reference or credit ("____ records
    Boudica giving a short speech", "____ generally credits Shaka with a large number of military innovations", "____
    in his memoirs mentioned this event")?"""
    from quizapp.bank.questions.trivia import TRIVIA_AFTER, commenting

    for after in (" records Boudica giving a speech", " nevertheless references a large number of sources",
                  " in his memoirs mentioned this event as several shots in the air",
                  " generally credits Shaka with a large number of innovations"):
        assert TRIVIA_AFTER.match(after) and commenting("Morris" + after, 0, 6), after
    assert not TRIVIA_AFTER.match(" recorded the treaty in 1520")  # the story's own acts are told in the past
    asked = [q.prompt for name in ("wiki_shaka", "wiki_battle_of_adwa", "wiki_october_revolution")
             for q in corpus[name].bank.questions
             if re.match(r"____ (?:\w+ )?(?:records|references|credits|in his memoirs)\b", q.prompt)]
    assert not asked, asked


def test_a_year_told_in_passing_of_a_thing_made_gives_no_day_its_year(corpus: dict[str, Any]) -> None:
    """(8) Is "The Nizam arrived ... on December 21", after "protected by a small fort built near the shoreline in
    1521", never dated 21 December 1521: when a thing was made, told in passing, is no time of the story?"""
    from quizapp.bank.derive import resolve_dates

    text = ("The Siege of Chaul\n\nAlthough protected by a small fort built near the shoreline in 1521, the city of "
            "Chaul was not fortified. The Nizam arrived with the rest of his army on December 21.")
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    found = resolve_dates(paragraphs, sentences, default_year=1570)
    assert [d.iso for d in found[sentences[-1].index]] == ["1570-12-21"], found
    league = corpus["wiki_war_of_the_league_of_the_indies"].bank.questions
    assert not [q.prompt for q in league if (q.date or "").startswith("1521-")]


def test_a_kind_of_state_after_a_is_no_place(corpus: dict[str, Any]) -> None:
    """(1) Is "a Republic" ("whether Monmouth or a Republic would succeed him") no place, however a gazetteer's town
    of that name votes, while "an Amsterdam armoury" leaves Amsterdam a place?"""
    text = ("Argyll's Rising\n\nArgyll ordered armour from an Amsterdam armoury. Argyll sailed from Amsterdam in May "
            "1685. The declaration did not say whether Monmouth or a Republic would succeed James. The rebels "
            "landed at Tarbert and marched to Glasgow.")
    kinds = _indexed(text)[0].kinds
    assert "Republic" not in kinds and kinds.get("Amsterdam") is AnswerKind.PLACE, kinds
    argyll = corpus["wiki_argylls_rising"].bank.questions
    assert not [q.prompt for q in argyll if "Republic" in q.distractors]


def test_an_end_of_a_range_in_words_is_no_amount(corpus: dict[str, Any]) -> None:
    """(7) Is "between seventy and ____ people are said to have been killed" (eighty thousand) never asked, nor its
    start: one end of a range written in words is no amount, as one in figures is none?"""
    prompts = _prompts("The Revolt\n\nThe rebels destroyed three towns in AD 60. Between seventy and eighty thousand "
                       "people were killed in the three towns. The governor sent two hundred troops to the town.")
    assert not [p for p in prompts if "seventy and ____" in p or "Between ____ and eighty" in p], prompts
    assert [p for p in prompts if "sent ____ troops" in p], prompts
    boudica = corpus["wiki_boudica"].bank.questions
    assert not [q.prompt for q in boudica if re.search(r"between \w+ and ____", q.prompt)]


def test_a_saints_or_kings_cross_is_a_place(nlp: Any) -> None:
    """(1) Is "King's Cross" ("The area of King's Cross, London", "King's Cross station") a place, not a body like
    the Red Cross, and "the area of X" a place's cue?"""
    text = ("Boudica\n\nBoudica led a revolt in AD 60. The area of King's Cross, London was previously a village. "
            "Some say that she was buried in King's Cross station in London. The Red Cross was founded in 1863.")
    kinds = _indexed(text)[0].kinds
    assert kinds.get("King's Cross") is AnswerKind.PLACE and kinds.get("Red Cross") is not AnswerKind.PLACE, kinds


def test_a_later_clause_with_its_own_named_subject_keeps_his(corpus: dict[str, Any]) -> None:
    """(7) Is "..., and upon Dingiswayo's death, Shaka moved southwards across the ____, establishing his capital" asked
    of its own clause ("his" is its own subject's), not after the whole sentence and the one before it?"""
    shaka = corpus["wiki_shaka"].bank.questions
    asked = [q.prompt for q in shaka if q.answer == "Thukela River"]
    assert asked and all(p.startswith("Upon Dingiswayo's death, Shaka moved") for p in asked), asked
    ada = corpus["wiki_ada_lovelace"].bank.questions  # "her birth" is Lovelace's, not the Military Standard's
    assert not [q.prompt for q in ada if q.prompt.startswith("The ____ for the language")]


def test_a_land_of_history_a_town_gazetteer_forgets_is_a_place(nlp: Any) -> None:
    """(8) Are "Abyssinia", "Gaul" and "Punjab" places, as the states and lands of their time, though the gazetteer of
    today's towns and states does not know them; and is a province offered beside provinces, never beside Europe?"""
    from quizapp.bank.mentions.lexicons import place_evidence
    from quizapp.bank.mentions.places import place_grain

    assert all(place_evidence(n) >= 4 for n in ("Abyssinia", "Gaul", "Punjab", "Crete"))
    assert place_grain("Abyssinia") == "country" and place_grain("Punjab") == place_grain("Crete") == "land"
    text = ("Babur\n\nBabur crossed the Indus in 1525. Within three weeks Babur became the master of Punjab. The "
            "procurator Catus fled to Gaul in 60. Only Ethiopia, known as Abyssinia, kept its independence.")
    kinds = _indexed(text)[0].kinds
    assert all(kinds.get(n) is AnswerKind.PLACE for n in ("Punjab", "Gaul", "Abyssinia")), kinds


def test_a_body_created_by_decree_and_a_mosque_have_their_kinds(nlp: Any) -> None:
    """(1) Is "the Cheka" ("the Cheka was created by the decree of Vladimir Lenin") a body, and "the Süleymaniye
    Mosque" a place, where the model says little or another kind?"""
    text = ("October Revolution\n\nOn 20 December 1917 the Cheka was created by the decree of Vladimir Lenin. In 1922 "
            "the Cheka was dissolved. Suleiman is buried in the Süleymaniye Mosque in Istanbul. Lenin lived in "
            "Petrograd.")
    kinds = _indexed(text)[0].kinds
    assert kinds.get("Cheka") is AnswerKind.ORG and kinds.get("Süleymaniye Mosque") is AnswerKind.PLACE, kinds


def test_a_body_named_after_its_noun_and_a_selo_have_their_kinds(corpus: dict[str, Any]) -> None:
    """(1) Is "Tsentrobalt" ("through their elected representative body Tsentrobalt") a body and "Tsarskoye Selo"
    (a village, in its own tongue) a place, never offered beside Lenin and Kerensky?"""
    text = ("October Revolution\n\nThe sailors declared through their elected representative body Tsentrobalt that "
            "they did not recognize the government. Cossacks entered Tsarskoye Selo on 12 November. Lenin met "
            "Trotsky in Petrograd.")
    kinds = _indexed(text)[0].kinds
    assert kinds.get("Tsentrobalt") is not AnswerKind.PERSON, kinds
    assert kinds.get("Tsarskoye Selo") is AnswerKind.PLACE, kinds
    offered = [q.prompt for q in corpus["wiki_october_revolution"].bank.questions
               if q.answer_kind is AnswerKind.PERSON and {"Tsentrobalt", "Tsarskoye Selo"} & set(q.distractors)]
    assert not offered, offered


def test_a_month_that_ends_a_name_is_no_date(corpus: dict[str, Any]) -> None:
    """(7) Is "in the aftermath of Black July 1983, an anti-Tamil pogrom" never asked as "Black ____" (a blank inside
    a name), while "On Sunday, 5 July 1942" still is a date (its weekday in the blank with it)?"""
    prompts = _prompts("Sri Lanka\n\nGandhi refused to invade Sri Lanka in the aftermath of Black July 1983, a "
                       "pogrom. The army marched on Monday, 5 July 1982 to the border and camped in Jaffna.")
    assert not [p for p in prompts if "Black ____" in p], prompts
    assert [p for p in prompts if "marched on ____ to the border" in p], prompts
    indira = corpus["wiki_indira_gandhi"].bank.questions
    assert not [q.prompt for q in indira if "Black ____" in q.prompt]


def test_a_lone_first_word_the_model_left_out_joins_its_name(corpus: dict[str, Any]) -> None:
    """(2) Is "Hemvati Nandan Bahuguna" never cut to "Nandan Bahuguna", nor "his maternal grandmother, Aisan ____"
    asked with the name's first word left beside the blank; while "Initially Milhaud's cavalrymen" (a sentence's first
    word) and "the Later Jin" (a word the text writes in lower case) join nothing?"""
    indira = corpus["wiki_indira_gandhi"].bank.questions
    assert not [q.prompt for q in indira if "Nandan Bahuguna" in (q.answer, *q.distractors)]
    babur = corpus["wiki_babur"].bank.questions
    assert not [q.prompt for q in babur if "Aisan ____" in q.prompt]
    names = {x for name in ("wiki_battle_of_waterloo", "wiki_qing_dynasty") for q in corpus[name].bank.questions
             for x in (q.answer, *q.distractors)}
    assert not {n for n in names if n.startswith(("Initially ", "Later ", "Meantime "))}


def test_a_bound_of_a_guess_is_no_date(corpus: dict[str, Any]) -> None:
    """(7) Is "La Malinche was born sometime between ____ and 1501" (one bound of what the text does not know) never
    asked, however far its other bound, while "Prime Minister between ____ and 1964" (a time the text knows) may be?"""
    from quizapp.bank.questions.candidates import _worded_range
    from quizapp.bank.text.dates import find_dates

    guess = "She was born sometime between 1496 and 1501 in the region."
    known = "He was Prime Minister between 1947 and 1964."
    assert all(_worded_range(guess, d) for d in find_dates(guess))
    assert not any(_worded_range(known, d) for d in find_dates(known))
    malinche = corpus["wiki_la_malinche"].bank.questions
    assert not [q.prompt for q in malinche if re.search(r"sometime between (?:____|\d{4} and ____)", q.prompt)]


def test_a_college_on_a_mount_is_a_school(corpus: dict[str, Any]) -> None:
    """(1) Is "Mount Holyoke College" a school offered beside colleges, never a place offered beside Detroit and
    Belfast ("Mount" begins hills, but "College" ends schools)?"""
    douglass = corpus["wiki_frederick_douglass"].bank.questions
    asked = [q for q in douglass if q.answer == "Mount Holyoke College" and q.distractors]
    assert asked and all(re.search(r"College|University|School", d) for q in asked for d in q.distractors), [
        q.distractors for q in asked]


def test_a_place_after_its_peoples_word_is_no_blank(corpus: dict[str, Any]) -> None:
    """(7) Is "a Nahua woman from the Mexican ____" (the Mexican Gulf Coast) or "Italian ____ and Italian Somaliland"
    never asked: the people's word before a place is the name's own, and the blank would stand inside it?"""
    prompts = [q.prompt for name in ("wiki_la_malinche", "wiki_battle_of_adwa") for q in corpus[name].bank.questions
               if q.answer_kind is AnswerKind.PLACE]
    assert not [p for p in prompts if re.search(r"\b(?:Mexican|Italian) ____", p)]


def test_a_later_that_opens_its_own_clause_needs_no_sentence_before(corpus: dict[str, Any]) -> None:
    """(7) Is "Shaka still recognised Dingiswayo ... after he returned to the Zulu but, some years later, Dingiswayo
    was ambushed" asked alone (its first clause is the time "later" counts from), while "were awarded suffrage 5 years
    later" still needs the sentence before?"""
    from quizapp.bank.questions.prompts import _unanchored_later

    assert not _unanchored_later("He returned to the Zulu but, some years later, Dingiswayo was ambushed.")
    assert _unanchored_later("Female colonists were awarded suffrage 5 years later.")
    assert _unanchored_later("Ten days later, he died.")
    shaka = [q.prompt for q in corpus["wiki_shaka"].bank.questions if "still recognised Dingiswayo" in q.prompt]
    assert shaka and all(p.startswith("Shaka still recognised") for p in shaka), shaka


def test_what_a_writer_says_now_is_never_asked_however_often_named(corpus: dict[str, Any]) -> None:
    """(6) Is "Who says that the Britons had no interest in taking prisoners?" (Tacitus, named twenty times) never
    asked, nor "____ claims descent from the warlord": a writer's present tense is commentary on the story, while the
    story's own people spoke in the past ("Lenin said that ..." may still be asked)?"""
    from quizapp.bank.questions.candidates import _HISTORIAN_NOW

    assert _HISTORIAN_NOW.match(" says that the Britons had no interest") and _HISTORIAN_NOW.match(" describes her")
    assert not _HISTORIAN_NOW.match(" said that the war was over") and not _HISTORIAN_NOW.match(" writes of")
    asked = [q.prompt for name in ("wiki_boudica", "wiki_oda_nobunaga", "wiki_la_malinche")
             for q in corpus[name].bank.questions
             if q.answer_kind is AnswerKind.PERSON
             and re.search(r"(?:^Who|____) (?:says|claims|describes)\b", q.prompt)]
    assert not asked, asked


def test_an_end_of_a_range_with_to_or_or_is_no_amount(corpus: dict[str, Any]) -> None:
    """(7) Is "at least 3000 to ____ men" (5000) never asked, nor "____ or 4,000 men": one end of a range written "X to
    Y" or "X or Y" is no amount; but a change told with "from" ("rose from 20 to ____ seats") still is?"""
    prompts = _prompts("The Rising\n\nThe earl landed in Scotland in 1685. He hoped for at least 3000 to 5000 men from "
                       "his tenants. A regiment might be 400 or 4,000 men. The party's seats rose from 20 to 35 seats "
                       "in the election of 1686.")
    assert not [p for p in prompts if re.search(r"3000 to ____|____ to 5000|400 or ____|____ or 4,000", p)], prompts
    assert [p for p in prompts if "from 20 to ____ seats" in p], prompts
    asked = [q.prompt for name in ("wiki_argylls_rising", "wiki_shaka", "wiki_suleiman_the_magnificent")
             for q in corpus[name].bank.questions if q.answer_kind is AnswerKind.NUMBER]
    assert not [p for p in asked if re.search(r"\d to ____|____ (?:to|or) \d|\d or ____", p)], asked


def test_a_section_on_what_came_later_gives_its_first_few_questions(corpus: dict[str, Any]) -> None:
    """(5) Does a section on what came of the story ("Commemoration", "Statues", "Biographical sources") give at most
    ``PER_LEGACY`` questions, taken from its opening sentences (the Ada language, not a developers' academy in Seattle
    or a senator's motion), while a section of the story itself keeps all it has?"""
    from quizapp.bank.questions.ranking import PER_LEGACY  # noqa: PLC0415

    places = ["Dover", "Exeter", "Bristol", "Leeds", "York", "Bath", "Derby", "Ely"]
    story = " ".join(f"In {1820 + i}, the queen's army marched to {p} under General Tom {n}."
                     for i, (p, n) in enumerate(zip(places, ["Hale", "Ward", "Dunn", "Pike", "Gray", "Lowe", "Moss",
                                                             "Reed"], strict=True)))
    later = " ".join(f"A statue of the queen by sculptor Anne {n} was unveiled in {p} in {1900 + 7 * i}."
                     for i, (p, n) in enumerate(zip(places, ["Hart", "Cole", "Frost", "Lane", "Marsh", "Stone",
                                                             "West", "Wood"], strict=True)))
    bank = _bank_of(f"Queen Maud\n\nQueen Maud ruled the kingdom from 1818.\n\nWar\n\n{story}\n\nStatues\n\n{later}")
    statues = [q for q in bank.questions if "statue" in q.source_sentence]
    assert 0 < len(statues) <= PER_LEGACY, [q.prompt for q in statues]
    assert {q.source_sentence.split()[8] for q in statues} <= {"Hart", "Cole", "Frost", "Lane"}, statues
    assert len([q for q in bank.questions if "marched" in q.source_sentence]) > PER_LEGACY
    ada = [q for q in corpus["wiki_ada_lovelace"].bank.questions if "Commemoration" in q.tags]
    assert len(ada) <= PER_LEGACY and any("computer language Ada" in q.source_sentence or "for the language" in
                                          q.source_sentence for q in ada), ada
    assert not [q for q in ada if "Seattle" in q.source_sentence or "Ron Wyden" in q.source_sentence]
    shaka = [q for q in corpus["wiki_shaka"].bank.questions if "Biographical sources" in q.tags]
    assert len(shaka) <= PER_LEGACY, [q.prompt for q in shaka]


def test_a_writer_who_explains_or_signs_a_quotation_is_no_answer(corpus: dict[str, Any]) -> None:
    """(6) Is "____ explains Boudica's response by saying ..." (Cassius Dio), "____ records Boudica giving a short
    speech" (Tacitus, named often) and a quotation signed "— ____." never asked, while what the writers' own people
    did still is?"""
    prompts = _prompts("The Revolt\n\nQueen Maud led a revolt in 1820. General Tom Hale fled to Dover in 1821. Anne "
                       "Cole records Maud giving a speech in 1821. Anne Cole explains the revolt by saying that taxes "
                       "were high. Anne Cole wrote a history of the revolt in 1850. \"The queen rode out at dawn and "
                       "the army followed her to the sea.\"— Anne Cole. Anne Cole was born in York in 1801.")
    assert not [p for p in prompts if re.search(r"____ (?:records|explains)|— ____", p)], prompts
    assert [p for p in prompts if "fled to ____" in p or "Who fled" in p], prompts
    boudica = [q.prompt for q in corpus["wiki_boudica"].bank.questions]
    assert not [p for p in boudica if re.search(r"^____ (?:records|explains)|— ____\.$", p)], boudica


def test_a_where_question_leaves_no_aside_on_its_answer_hanging(nlp: Any) -> None:
    """(7) Is "Garibaldi was born in Nice, then part of the French Empire, to a family of sailors" asked as a cloze,
    never "Where was Garibaldi born, then part of the French Empire, to a family of sailors?", where the aside on Nice
    hangs on Garibaldi; while "Garibaldi was wounded at Aspromonte in 1862" is still "Where was ... wounded ...?"?"""
    prompts = _prompts("Giuseppe Garibaldi\n\nGiuseppe Garibaldi was an Italian general. Garibaldi was born in Nice, "
                       "then part of the French Empire, to a family of sailors. He sailed from Marseille to Rio de "
                       "Janeiro in 1835. He defended Montevideo in 1846 and Rome in 1849. He entered Naples in 1860. "
                       "Garibaldi was wounded at Aspromonte in 1862. Garibaldi died at Caprera in 1882.")
    assert not [p for p in prompts if p.startswith("Where") and "then part of" in p], prompts
    assert [p for p in prompts if "born in ____, then part of the French Empire" in p or p.startswith(
        "Where was Garibaldi born?")], prompts
    assert [p for p in prompts if p.startswith("Where was Garibaldi wounded")], prompts


_RESTORATION = ("The Restoration\n\nThe Restoration restored imperial rule to Japan in 1868. In the domains of Satsuma "
                "and Chōshū, young samurai took up the slogan of the emperor. In 1866 Satsuma and Chōshū formed a "
                "secret alliance, brokered by Sakamoto Ryōma. The Boshin War began when the armies of the shogunate "
                "were defeated at Toba–Fushimi in January 1868. Edo surrendered in May 1868. The Iwakura Mission, "
                "led by Iwakura Tomomi, travelled to the United States and Europe from 1871 to 1873. The Meiji "
                "Constitution, drafted by Itō Hirobumi, was promulgated on 11 February 1889 and created the Imperial "
                "Diet. The capital was moved from Kyoto to Tokyo in 1869. Saigō Takamori died at Shiroyama in 1877.")


def test_a_domain_is_no_person_and_a_mission_is_a_body(nlp: Any) -> None:
    """(1) On a history of Japan no rule was written on, "In the domains of Satsuma and Chōshū" made Satsuma a person,
    offered beside Matthew Perry and the Iwakura Mission (a person too): "the domains of", like "the provinces of",
    says place, and a name ending in Mission, Delegation or Embassy is a body, never a person."""
    kinds, _ = _kinds_and_keys(_RESTORATION)
    assert kinds.get("Chōshū") is AnswerKind.PLACE, kinds
    assert kinds.get("Satsuma") is not AnswerKind.PERSON and kinds.get("Iwakura Mission") is not AnswerKind.PERSON
    bank = _bank_of(_RESTORATION)
    people = {q.answer for q in bank.questions if q.answer_kind is AnswerKind.PERSON} | {
        d for q in bank.questions if q.answer_kind is AnswerKind.PERSON for d in q.distractors}
    assert not people & {"Satsuma", "Chōshū", "Iwakura Mission"}, people


def test_a_name_joined_by_a_dash_gets_no_blank_inside_and_two_verbs_no_wh_question(nlp: Any) -> None:
    """(7) Is "defeated at ____–Fushimi" (Toba) never asked, a blank inside one name joined by a dash; and "When was
    the Meiji Constitution, drafted by Itō Hirobumi, promulgated and created the Imperial Diet?" never made, where the
    subject's second verb does not fit the question's order, while the cloze of that date still is?"""
    prompts = _prompts(_RESTORATION)
    assert not [p for p in prompts if "____–" in p or "–____" in p], prompts
    assert not [p for p in prompts if p.startswith("When was the Meiji Constitution")], prompts
    assert [p for p in prompts if "promulgated on ____ and created" in p], prompts


_TUBMAN = ("Harriet Tubman\n\nHarriet Tubman (born Araminta Ross, c. March 1822 – March 10, 1913) was an American "
           "abolitionist. After escaping slavery, she made some thirteen missions to rescue enslaved people. Tubman "
           "was born in Dorchester County, Maryland, to Harriet Green and Ben Ross. In 1844 she married John Tubman, a "
           "free black man, and took her mother's name, Harriet. In 1849 she escaped to Philadelphia. In 1857 she "
           "rescued her parents and brought them to Canada. She worked with the abolitionist Thomas Garrett in "
           "Wilmington. In 1869 she married Nelson Davis, a Civil War veteran. She died of pneumonia in Auburn on "
           "March 10, 1913.")


def test_a_life_in_brackets_with_american_dates_is_no_title_of_a_work(nlp: Any) -> None:
    """(1)(3) "Harriet Tubman (born Araminta Ross, c. March 1822 – March 10, 1913)" read as a work's title with its
    year ("Arcadia (1993)"), so she was no person, "Tubman" became her husband John Tubman, the main subject, and
    every "she" was left unresolved: a life's dates in brackets make no title, while "Arcadia (1993)" still is one."""
    from quizapp.bank.mentions.titles import title_spans  # noqa: PLC0415

    assert not title_spans("Harriet Tubman (born Araminta Ross, c. March 1822 – March 10, 1913) was an abolitionist.")
    assert title_spans("He saw the play Arcadia (1993) twice.")
    kinds, keys = _kinds_and_keys(_TUBMAN)
    assert kinds.get("Harriet Tubman") is AnswerKind.PERSON and keys.get("Tubman") != "John Tubman", keys
    prompts = _prompts(_TUBMAN)
    assert [p for p in prompts if p.startswith("In 1849 Harriet Tubman escaped to ____")], prompts
    assert [p for p in prompts if "Harriet Tubman married ____" in p], prompts


def test_a_death_in_brackets_is_not_asked_beside_the_sentence_telling_it(corpus: dict[str, Any]) -> None:
    """(5) Is "Harriet Tubman (died ____) was an American abolitionist" left out where "She died of pneumonia in Auburn
    on ____" asks that day too, and "Indira Gandhi (née Nehru; born ____)" where "was born ... on ____ in Allahabad"
    does: one fact, asked of the sentence that tells it?"""
    tubman = [q for q in _bank_of(_TUBMAN).questions if q.date == "1913-03-10"]
    assert len(tubman) == 1 and "pneumonia" in tubman[0].prompt, [q.prompt for q in tubman]
    indira = [q.prompt for q in corpus["wiki_indira_gandhi"].bank.questions if q.date == "1917-11-19"]
    assert len(indira) == 1 and "Allahabad" in indira[0], indira


def test_a_day_opening_a_range_takes_the_year_of_its_end(nlp: Any) -> None:
    """(8) "seized power in Paris from 18 March to 28 May 1871": is 18 March of 1871, so the opening dates two events
    of one year and the later sections' "On the morning of 18 March" and "on 21 May" are asked as days of 1871;
    and "from 20 December to 5 January 1929" starts in 1928?"""
    from quizapp.bank.text.dates import find_dates  # noqa: PLC0415

    text = ("The Commune\n\nThe Commune seized power in Paris from 18 March to 28 May 1871. It was crushed by the "
            "army.\n\nThe uprising\n\nOn the morning of 18 March, Thiers sent troops to seize the cannon on the hill "
            "of Montmartre. The army entered Paris through an unguarded gate on 21 May.\n\nWinter\n\nThe siege lasted "
            "from 20 December to 5 January 1929.")
    paragraphs = split_paragraphs(clean_text(text))
    dated = {d.iso for found in resolve_dates(paragraphs, sentences_of(paragraphs)).values() for d in found}
    assert {"1871-03-18", "1871-05-28", "1928-12-20", "1929-01-05"} <= dated, dated
    asked = {q.date for q in _bank_of(text).questions}
    assert {"1871-03-18", "1871-05-21"} <= asked, asked
    assert find_dates("from 18 March to 28 May 1871")[0].needs_year


def test_a_place_named_after_someone_keeps_its_title(nlp: Any) -> None:
    """(2) Was "the graves of Père Lachaise Cemetery" answered "Lachaise Cemetery", the title taken off as a priest's?
    A cemetery, church or street named after someone keeps the title; "Father Smyth" still loses it."""
    from quizapp.bank.mentions.spans import strip_title  # noqa: PLC0415

    text = "The last fighters were killed among the graves of Père Lachaise Cemetery on 28 May."
    start = text.index("Père")
    assert strip_title(text, start, start + len("Père Lachaise Cemetery")) == (start, start)
    assert strip_title("Father Smyth spoke.", 0, 12) == (0, 7)
    _, keys = _kinds_and_keys("The Commune\n\nThe Commune fell in 1871. " + text + " Louise Michel was deported.")
    assert keys.get("Père Lachaise Cemetery") == "Père Lachaise Cemetery", keys


def test_a_pronoun_opening_the_next_sentence_gives_the_one_person_named_a_gender(nlp: Any) -> None:
    """(3) "The leader of the rebellion, Hong Xiuquan, was born in 1814 ... He failed the imperial examinations four
    times. After his third failure, in 1837, he fell ill": a name the first-name tables do not know got no gender,
    so every "he" after it stayed unresolved and its sentences were asked with context or not at all. A subject
    pronoun opening the sentence after one that names a single person votes for that person's gender; in a life of
    a woman, her "she" after a man's sentence still says nothing of him."""
    from quizapp.bank.mentions.index import build_index  # noqa: PLC0415
    from quizapp.bank.mentions.references import person_genders  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    text = ("The Taiping Rebellion\n\nThe Taiping Rebellion was a civil war in southern China fought from 1850 "
            "to 1864 between the Qing dynasty and the Taiping Heavenly Kingdom. It was one of the bloodiest "
            "wars in history: estimates of the dead range from twenty to thirty million people.\n\nHong "
            "Xiuquan\n\nThe leader of the rebellion, Hong Xiuquan, was born in 1814 into a Hakka family in "
            "Guangdong. He failed the imperial examinations four times. After his third failure, in 1837, he "
            "fell ill and saw visions of an old man and a middle-aged man. Years later he read a Christian "
            "tract, Good Words for Exhorting the Age, and decided that the old man was God and that he himself "
            "was the younger brother of Jesus Christ. With his cousin Hong Rengan and his friend Feng Yunshan "
            "he founded the God Worshipping Society in Guangxi.\n\nThe rising\n\nIn January 1851 the God "
            "Worshippers rose at Jintian, a village in Guangxi, and Hong proclaimed the Taiping Heavenly "
            "Kingdom. The Taiping army marched north through Hunan and down the Yangtze River. In March 1853 it "
            "captured Nanjing, which Hong made his capital and renamed Tianjing, the Heavenly Capital. The "
            "Taiping banned opium, foot binding and gambling, and they promised to share out the land equally. "
            "A Northern Expedition sent to take Beijing was destroyed in 1855.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    parses = parse_sentences([s.text for s in sentences])
    index = build_index(sentences, parses)
    assert person_genders(sentences, parses, index).get("Hong Xiuquan") == "m"
    prompts = _prompts(text)
    assert [p for p in prompts if p.startswith("After Hong Xiuquan's third failure, in ____")], prompts
    story = ("Mary Brown\n\nMary Brown was a nurse born in Leeds in 1820. In 1840 she met the surgeon Tom Hale in "
             "York. She married him in 1842.")
    sentences = sentences_of(split_paragraphs(clean_text(story)))
    parses = parse_sentences([s.text for s in sentences])
    index = build_index(sentences, parses)
    assert person_genders(sentences, parses, index, "Mary Brown").get("Tom Hale") != "f"


def test_a_city_of_half_a_million_is_a_place_whatever_the_model_says_once(nlp: Any) -> None:
    """(1) "Garibaldi took Palermo at the end of May": the model called Palermo a person, and a town named once that
    the model calls a person lost its gazetteer vote (Wellington, Byron, Lincoln are people too), so Palermo was
    offered beside Mazzini. A city of half a million that is nobody's first name stays a place; "Byron" and
    "Lincoln" (first names) still may be people."""
    text = (
        "Giuseppe Garibaldi\n\nGiuseppe Garibaldi was an Italian general. On 11 May 1860 he landed at Marsala in "
        "Sicily. Garibaldi took Palermo at the end of May and proclaimed himself dictator of Sicily in the name of "
        "Victor Emmanuel II. He entered Naples on 7 September 1860. Giuseppe Mazzini praised him.")
    kinds, _ = _kinds_and_keys(text)
    assert kinds.get("Palermo") is AnswerKind.PLACE, kinds
    people = {o for q in _bank_of(text).questions if q.answer_kind is AnswerKind.PERSON for o in (q.answer,
                                                                                                  *q.distractors)}
    assert "Palermo" not in people, people
    kinds, _ = _kinds_and_keys("Cotton\n\nBy 1830 Manchester had become the centre of the cotton trade. Coal came "
                               "from Worsley to Manchester in 1761. Engels described the conditions of Manchester's "
                               "workers in 1845.")  # a person once to the model, a body once: the city still
    assert kinds.get("Manchester") is AnswerKind.PLACE, kinds


def test_two_names_joined_by_a_dash_are_one_name(nlp: Any) -> None:
    """(8) "defeated at Toba–Fushimi" was two names, Toba and Fushimi, and the battle's place was never asked whole:
    capitalised words joined by a dash, with no space, are one name ("Toba–Fushimi"), but a combining form stays
    part of what follows ("the Franco–Prussian War", "the Sino–Japanese War")."""
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    text = "The Boshin War began when the armies of the shogunate were defeated at Toba–Fushimi."
    assert "Toba–Fushimi" in {sp.text for sp in find_spans(0, text, parse_sentences([text])[0])}
    other = "It arose after the defeat of France in the Franco–Prussian War of 1870."
    assert "Franco–Prussian" not in {sp.text for sp in find_spans(0, other, parse_sentences([other])[0])}
    assert [q for q in _bank_of(_RESTORATION).questions if q.answer == "Toba–Fushimi"]


def test_a_movement_a_compound_first_name_and_a_ferry_get_their_kinds(nlp: Any) -> None:
    """(1) On handouts written after the rules: "Young Italy, a secret society" was a person (a first name and a
    "surname" that is a country), "Louis-Napoléon Bonaparte" doubtful (a compound first name the tables do not hold),
    "Harpers Ferry" a person. A country after a first word makes no surname (unless a particle joins it: "Jean de
    Luxembourg"), a compound first name is its first part's, and a ferry or a ford is a place ("Jules Ferry" is not)."""
    text = ("Giuseppe Garibaldi\n\nIn 1833 Garibaldi joined Young Italy, a secret society. In 1849 a French army sent by "
            "Louis-Napoléon Bonaparte took Rome. John Brown planned his raid on Harpers Ferry in 1859. Jules Ferry "
            "spoke in Paris in 1881. Jean de Luxembourg sold the prisoner to the English in 1430.")
    kinds, _ = _kinds_and_keys(text)
    assert kinds.get("Young Italy") is not AnswerKind.PERSON, kinds
    assert kinds.get("Harpers Ferry") is AnswerKind.PLACE and kinds.get("Jules Ferry") is AnswerKind.PERSON, kinds
    assert kinds.get("Jean de Luxembourg") is AnswerKind.PERSON, kinds
    from quizapp.bank.mentions.kinds import name_evidence  # noqa: PLC0415

    assert name_evidence("Louis-Napoléon Bonaparte", Counter())["name:person"] > 0
    assert not name_evidence("Young Italy", Counter())["name:person"]


def test_a_family_generation_and_a_line_between_two_towns_are_not_merged(nlp: Any) -> None:
    """(2) On a handout on the Industrial Revolution: "Abraham Darby" was merged into his grandson "Abraham Darby
    III" ("Abraham Darby III's grandson Abraham Darby III built the Iron Bridge", a false statement), and "the
    Liverpool and Manchester Railway" made every "Manchester" "Manchester Railway", asked as a person. A first name and
    a surname with no title keep their generations apart (a king's "Victor Emmanuel" is still "Victor Emmanuel II"),
    and "X and Y Railway" is one name."""
    text = ("The Industrial Revolution\n\nBy 1830 Manchester had become the centre of the cotton trade. In 1709 "
            "Abraham Darby began to smelt iron with coke at Coalbrookdale. His grandson Abraham Darby III built the "
            "Iron Bridge, which opened in 1781. The Liverpool and Manchester Railway opened on 15 September 1830. "
            "Victor Emmanuel II became king in 1849. In 1860 Garibaldi met Victor Emmanuel at Teano.")
    _, keys = _kinds_and_keys(text)
    assert keys.get("Abraham Darby") == "Abraham Darby", keys
    assert keys.get("Victor Emmanuel") == "Victor Emmanuel II", keys
    assert keys.get("Liverpool and Manchester Railway") == "Liverpool and Manchester Railway", keys
    assert keys.get("Manchester") != "Manchester Railway", keys
    prompts = _prompts(text)
    assert not [p for p in prompts if "Darby III's grandson" in p or "Manchester Railway had" in p], prompts


def test_a_capital_outside_a_to_z_opens_a_sentence(nlp: Any) -> None:
    """(3) "... Saigō died there on 24 September 1877. Ōkubo Toshimichi was assassinated in Tokyo the following year."
    was one sentence (only A–Z and À–Ý were capitals to the splitter), asked as a context of two; "Ō", "Ł", "Ş", "İ"
    open a sentence as "O" does, while "e.g. the king" and "3 p.m. on Monday" stay whole. "Was assassinated" now also
    says person."""
    text = ("Resistance\n\nThe army defeated the rebels at Shiroyama, and Saigō died there on 24 September 1877. "
            "Ōkubo Toshimichi was assassinated in Tokyo the following year. Łódź fell in 1939. İbrahim was strangled "
            "in 1536. He saw e.g. the king at 3 p.m. on Monday.")
    sentences = [s.text for s in sentences_of(split_paragraphs(clean_text(text)))]
    assert sentences[1].startswith("Ōkubo Toshimichi") and sentences[2] == "Łódź fell in 1939.", sentences
    assert sentences[3].startswith("İbrahim") and sentences[4] == "He saw e.g. the king at 3 p.m. on Monday."
    from quizapp.bank.mentions.kinds import span_evidence  # noqa: PLC0415
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    one = "Ōkubo Toshimichi was assassinated in Tokyo the following year."
    parse = parse_sentences([one])[0]
    span = next(sp for sp in find_spans(0, one, parse) if sp.text == "Ōkubo Toshimichi")
    assert span_evidence(span, one, parse, set())[AnswerKind.PERSON] >= 1.5


def test_a_birthplace_goes_before_the_parents(nlp: Any) -> None:
    """(5) "Tubman was born in Dorchester County, Maryland, to Harriet Green and Ben Ross" gave its two questions to
    the parents (a place yields to the people of its sentence): where one was born is asked first."""
    asked = [q for q in _bank_of(_TUBMAN).questions if q.source_sentence.startswith("Tubman was born in")]
    assert any(q.answer == "Dorchester County" for q in asked), [q.prompt for q in asked]


def test_a_government_or_committee_of_something_is_a_body(nlp: Any) -> None:
    """(1) "A Government of National Defence was proclaimed in Paris" had no kind (a body's noun opens its name, so
    the shape of names ending in Government or Committee missed it): "Government of ...", "Committee of ...", "Army
    of ..." name bodies."""
    text = ("The Commune\n\nThe Second Empire fell in 1870. A Government of National Defence was proclaimed in Paris "
            "in September 1870. The Committee of Public Safety met in Paris in 1871. Garibaldi commanded the Army of "
            "the Vosges in 1870.")
    kinds, _ = _kinds_and_keys(text)
    assert kinds.get("Government of National Defence") is AnswerKind.ORG, kinds
    assert kinds.get("Committee of Public Safety") is AnswerKind.ORG, kinds


def test_a_name_told_as_a_word_is_no_one_named_later(nlp: Any) -> None:
    """(3) "In 1844 she married John Tubman, a free black man, and took her mother's name, Harriet": the "she" was
    left unresolved, as the sentence seemed to name Harriet Tubman after it (a pronoun is never the one its own
    sentence names later). A name told as a word ("took her mother's name, Harriet", "known as Tianjing") is no one
    named later."""
    asked = [q.prompt for q in _bank_of(_TUBMAN).questions if "free black man" in q.source_sentence]
    assert asked and _key_of(_TUBMAN, "Harriet Tubman", "free black man") == "Harriet Tubman", asked


_LENA = ("Lena Hartmann\n\nLena Hartmann (4 March 1871 – 9 May 1940) was a German-born chemist, famous for her work on "
         "dyes. She was born Helena Brandt in Dresden, the third of four children of a pastor. Her mother died of "
         "typhus when Helena was twelve. Because women could not enter the university in Dresden, she studied in "
         "secret at the Women's Academy, a private school in Leipzig. In 1893 she moved to Zürich and enrolled at "
         "the Polytechnic. There she met the engineer Otto Hartmann, and the two were married in 1896. In 1905 she "
         "isolated a new blue dye. The following year she received the Liebig Medal of the German Chemical "
         "Society. She died in Zürich on 9 May 1940.")


def test_a_birth_name_told_in_the_second_sentence_is_the_main_subjects(nlp: Any) -> None:
    """(3) "Marie Curie (...) was a physicist. She was born Maria Skłodowska in Warsaw. Her mother died ... when Maria
    was ten. ... she studied in secret": a birth name told after "She was born" made a second woman of her, and every
    "she" after "Maria" stayed unresolved. The birth name is the main subject's, asked typed ("was born ____")."""
    bank = _bank_of(_LENA)
    prompts = [q.prompt for q in bank.questions]
    assert any(q.answer == "Helena Brandt" and "was born ____" in q.prompt for q in bank.questions), prompts
    assert not any("Helena Brandt" in q.distractors for q in bank.questions), prompts
    assert any("Lena Hartmann studied in secret" in p for p in prompts), prompts


def test_a_relative_who_dies_is_no_ones_next_pronoun(nlp: Any) -> None:
    """(3) "Her mother died of tuberculosis when Maria was ten. Because women could not enter the university, she
    studied in secret": the dead mother, an unnamed subject, kept the next "she" unresolved."""
    from quizapp.bank.mentions.references import _unnamed_relatives  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    dead, alive = parse_sentences(["Her mother died of typhus when Helena was twelve.",
                                   "Her mother taught her to read when Helena was four."])
    assert _unnamed_relatives(dead, []) == []
    assert _unnamed_relatives(alive, []) == [("", "f", True)]


def test_the_following_year_is_a_year(nlp: Any) -> None:
    """(8) "In 1910 she isolated radium. The following year she received the Nobel Prize in Chemistry": the year was
    lost, and the sentence asked only with the one before as its context. It is the year after the sentence before's,
    asked as a year, and the sentence stands alone."""
    bank = _bank_of(_LENA)
    medal = [q for q in bank.questions if q.source_sentence.startswith("The following year")]
    assert any(q.date == "1906" and q.prompt.startswith("In ____, Lena Hartmann received") for q in medal), [
        q.prompt for q in medal]
    assert all("1905" not in q.prompt for q in medal), [q.prompt for q in medal]
    text = "Lena\n\nIn 1905 she isolated a dye. She was ill in 1907 and 1908. The following year she died."
    dates = resolve_dates(split_paragraphs(clean_text(text)), sentences_of(split_paragraphs(clean_text(text))))
    assert [d.iso for found in dates.values() for d in found] == ["1905", "1907", "1908", "1909"]
    text = ("Musa\n\nIn July 1324 he reached Cairo. The sultan invited him. He refused at first. Gold lost its value."
            "\n\nHe returned to Mali the following year.\n\nHis son ruled for some time.\n\nHe fled the following year.")
    dates = resolve_dates(split_paragraphs(clean_text(text)), sentences_of(split_paragraphs(clean_text(text))))
    assert [d.iso for found in dates.values() for d in found] == ["1324-07", "1325"]  # the paragraph after its year's,
    # not two paragraphs on
    text = ("Simón Bolívar\n\nSimón Bolívar was a Venezuelan soldier. In 1802 Bolívar married María Teresa del Toro in "
            "Madrid. She died of yellow fever in Caracas the following year, and he never married again. Bolívar "
            "fought at Boyacá in 1819. Tomás Rivera was arrested in Bogotá the following year.")
    asked = [q for q in _bank_of(text).questions if q.source_sentence.startswith(("She died", "Tomás"))]
    assert any(q.date == "1803" and "in Caracas in ____" in q.prompt for q in asked), [q.prompt for q in asked]
    assert all("following year" not in q.prompt for q in asked), [q.prompt for q in asked]
    text = ("Lena Brandt\n\nLena Brandt was a German chemist. In 1905 she isolated a new dye in Leipzig. In the "
            "following year she married the engineer Otto Hartmann in Zürich. She returned to Leipzig in 1910.")
    asked = [q.prompt for q in _bank_of(text).questions if q.date == "1906"]
    assert asked == ["In ____, Lena Brandt married the engineer Otto Hartmann in Zürich."], asked
    text = ("Lena Brandt\n\nLena Brandt was a German chemist. In 1905 she isolated a new dye in Leipzig. She moved to "
            "Wisconsin the following year with the engineer Otto Hartmann. She stayed in Wisconsin until the following "
            "year, when the engineer Karl Weiss joined her. She returned to Leipzig in 1910.")
    asked = [q.prompt for q in _bank_of(text).questions if q.answer in ("Otto Hartmann", "Karl Weiss")]
    assert "Lena Brandt moved to Wisconsin in 1906 with the engineer ____." in asked, asked  # not "Wisconsin 1906"
    assert any("until 1907, when" in p for p in asked), asked  # not "until in 1907"
    dated = [q.prompt for q in _bank_of(text.replace("until the following", "during the following")).questions
             if q.date == "1907"]
    assert dated and all("during ____" in p for p in dated), dated  # not "during in ____"


def test_a_name_split_between_place_and_body_takes_its_shape(nlp: Any) -> None:
    """(1) "a theological examination at Poitiers" (a body to the model, a town to the text), "enrolling at
    Somerville College": names the evidence splits between a place and a body, and calls no person, had no kind and
    no question. The gazetteer or the name's own word decides."""
    text = ("Joan\n\nTo circumvent this possibility, the Dauphin ordered background inquiries and a theological "
            "examination at Poitiers to verify her morality. The theologians at Poitiers did not render a decision on "
            "her. Joan referred the court to the Poitiers inquiry when questioned. The Poitiers record no longer "
            "survives, but circumstances indicate the Poitiers clerics had approved her practice. She later enrolled "
            "at Somerville College in Oxford.")
    kinds, _ = _kinds_and_keys(text)
    assert kinds.get("Poitiers") is AnswerKind.PLACE, kinds
    assert kinds.get("Somerville College") is AnswerKind.ORG, kinds


def test_an_army_of_a_region_and_a_place_owned_by_a_name_are_one_name(nlp: Any) -> None:
    """(1) "Lee led the Army of Northern Virginia" gave only the region the model drew ("Northern Virginia"), and
    "Ewell's men attacked Culp's Hill" gave "Culp" a body and "Hill" a person; "the rocky hill of Little Round Top"
    said nothing of its kind. A body's "Army of ...", a name's "...'s Hill" and "the hill of ..." say what they are;
    the model's longer name still wins ("the Ministry of Information and Broadcasting")."""
    text = ("Gettysburg\n\nIn June 1863 Robert E. Lee led the Army of Northern Virginia into Pennsylvania. On July 2 "
            "Richard Ewell's men attacked Culp's Hill. The 20th Maine held the rocky hill of Little Round Top. "
            "Lee withdrew the Army of Northern Virginia on July 4. The press was censored by the Ministry of "
            "Information and Broadcasting in 1975.")
    kinds, keys = _kinds_and_keys(text)
    assert kinds.get("Army of Northern Virginia") is AnswerKind.ORG, kinds
    assert kinds.get("Culp's Hill") is AnswerKind.PLACE and "Culp" not in keys, kinds
    assert kinds.get("Little Round Top") is AnswerKind.PLACE, kinds
    assert "Ministry of Information" not in keys, keys


def test_a_place_owned_by_a_name_keeps_the_word_before_it(nlp: Any) -> None:
    """(2) The rule that makes "Culp's Hill" one name must not cut "St Paul's Cathedral" to "Paul's Cathedral", nor
    make "Lee's Army of Northern Virginia" a name with its owner in it."""
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    one = "In 1863 Lee's Army of Northern Virginia marched past St Paul's Cathedral and then attacked Culp's Hill."
    names = {sp.text for sp in find_spans(0, one, parse_sentences([one])[0])}
    assert "Paul's Cathedral" not in names and "Culp's Hill" in names, names
    assert not any(n.startswith("Lee's Army") for n in names) and "Army of Northern Virginia" in names, names


def test_documents_and_numbered_bodies_are_names_of_their_kind(nlp: Any) -> None:
    """(1) "the Jamaica Letter", "the Charter Oath" and "the Claim of Right" were a country and a capitalised word to
    the model, and "the Bill of Rights" a person (Bill is a first name); "the Seven Bishops" a number and a word; and
    "landed at Torbay in Devon" made Devon a person, Bill of Rights among its options. A document's word or "Bill of"
    says work, a body's number names it, and what a place lies in is a place."""
    text = ("Revolution\n\nIn Kingston he wrote the Jamaica Letter in 1815. The Seven Bishops were sent to the Tower "
            "of London in June 1688. William landed at Torbay in Devon on 5 November 1688. A Convention adopted the "
            "Claim of Right in April 1689. The Bill of Rights was passed in December 1689. In April 1868 the young "
            "emperor issued the Charter Oath.")
    kinds, keys = _kinds_and_keys(text)
    assert {kinds.get(n) for n in ("Jamaica Letter", "Claim of Right", "Bill of Rights", "Charter Oath")} == {
        AnswerKind.WORK}, kinds
    assert kinds.get("Devon") is not AnswerKind.PERSON, kinds
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    one = "On 30 June, seven leading Protestants, later called the Immortal Seven, met the Seven Bishops."
    names = {sp.text for sp in find_spans(0, one, parse_sentences([one])[0])}
    assert {"Immortal Seven", "Seven Bishops"} <= names, names


def test_a_part_of_a_known_place_is_no_person(nlp: Any) -> None:
    """(1) "Upper Peru took the name Bolivia" made Upper Peru a person to the model, and it was offered beside Sucre
    and Santander. "Upper", "Northern", "New" and the like before a place the gazetteer knows make a place's part."""
    from quizapp.bank.mentions.kinds import name_evidence  # noqa: PLC0415

    assert name_evidence("Upper Peru", Counter({"ner:person": 1}))["name:place"] > 0
    assert name_evidence("New Granada", Counter())["name:place"] > 0
    assert not name_evidence("Upper Class", Counter())["name:place"]
    text = ("Bolívar\n\nAfter Sucre's victory at Ayacucho in 1824, Spanish rule in South America was broken, and Upper "
            "Peru took the name Bolivia in honour of the Liberator. Sucre governed Bolivia until 1828.")
    kinds, _ = _kinds_and_keys(text)
    assert kinds.get("Upper Peru") is not AnswerKind.PERSON, kinds


def test_the_kind_a_name_ends_in_gives_nothing_away(nlp: Any) -> None:
    """(7) "about 12,500 men advanced from Seminary Ridge toward Cemetery Ridge" and "could not enter the university
    ... studied at the Flying University" were never asked: the word "Ridge" or "university" in the prompt counted as
    the answer shown. The kind a name ends in (ridge, university, institute) is no giveaway; its own word still is
    ("published the Cartagena Manifesto" beside "escaped to Cartagena")."""
    from quizapp.bank.questions.candidates import visible  # noqa: PLC0415

    assert not visible("Seminary Ridge", "men advanced from ____ toward Cemetery Ridge.")
    assert not visible("Flying University", "she could not enter the university, so studied at the ____.")
    assert visible("Cartagena Manifesto", "Bolívar escaped to Cartagena, where he published the ____.")
    assert visible("Cemetery Ridge", "The line ran along the Cemetery hill to ____.")


def test_the_battle_of_the_river_is_a_place(nlp: Any) -> None:
    """(1) "He was defeated by William at the Battle of the Boyne on 1 July 1690": a name met once with only the
    model's label behind it is no answer, and "the Battle of the ____" said nothing, as "the battle of ____" did."""
    from quizapp.bank.mentions.index import build_index  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415
    from quizapp.bank.questions.candidates import _sure_enough  # noqa: PLC0415

    text = "He was defeated by William at the Battle of the Boyne on 1 July 1690 and fled to France for good."
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]))
    assert index.kinds.get("Boyne") is AnswerKind.PLACE and _sure_enough("Boyne", AnswerKind.PLACE, index)


def test_a_who_question_names_something_of_its_story(nlp: Any) -> None:
    """(7) "Who escaped and went into hiding, though his estates were forfeit?", "Who was later arrested for conspiracy
    in the attack?", "Who was badly wounded while holding the line?": a who-question with no name, place, year or
    number in it asks of any story. It is not asked; one that names something is."""
    from quizapp.bank.questions.candidates import _anchored  # noqa: PLC0415

    assert not _anchored("Who was later arrested for conspiracy in the attack?")
    assert _anchored("Who was arrested in Delhi for conspiracy in the attack?")
    assert _anchored("In 1561, who died suddenly of illness?")
    text = ("Gettysburg\n\nOn July 2, 1863, Lee attacked the Union line at Gettysburg. Winfield Scott Hancock held "
            "Cemetery Ridge for the Union. Hancock was badly wounded while holding the line. George Meade commanded "
            "the Union army at Gettysburg.")
    prompts = [q.prompt for q in _bank_of(text).questions]
    assert "Who was badly wounded while holding the line?" not in prompts, prompts


def test_a_place_the_text_calls_one_and_an_articled_name(nlp: Any) -> None:
    """(1) "his army had taken Gao, the chief city of the Songhai": the model and a first-name list call Gao a person,
    the text a city, and the name was left doubtful; "the Mamluk sultan of Egypt, al-Nasir Muhammad," was dropped as a
    particle and a word ("de Genève"). What the text alone says of a name beyond doubt decides it, and an Arabic
    article joined to a capital is part of a name."""
    text = ("Mali\n\nMansa Musa ruled Mali from about 1312. While he was away, his army had taken Gao, the chief city "
            "of the Songhai on the Niger. The Mamluk sultan of Egypt, al-Nasir Muhammad, invited Musa to his palace in "
            "1324.")
    kinds, _ = _kinds_and_keys(text)
    assert kinds.get("Gao") is AnswerKind.PLACE, kinds
    assert kinds.get("al-Nasir Muhammad") is AnswerKind.PERSON, kinds


def test_the_dead_of_a_sentence_are_no_ones_next_he(nlp: Any) -> None:
    """(3) "It was first commanded by Frederick Townsend Ward and, after Ward was killed in battle in 1862, by Charles
    Gordon. He fought beside Li Hongzhang's troops ... and was known ever after as 'Chinese Gordon'": the "he" was
    given to Ward, the subject of the clause of his death, which stated a falsehood. One who dies in a clause is no
    subject the next "he" continues."""
    text = ("The Ever Victorious Army\n\nThe Qing hired the Ever Victorious Army in 1860. It was first commanded by "
            "Frederick Townsend Ward and, after Ward was killed in battle in 1862, by Charles Gordon. He fought beside "
            "Li Hongzhang's troops to retake Suzhou in December 1863.")
    prompts = [q.prompt for q in _bank_of(text).questions]
    assert not any("Ward fought" in p for p in prompts), prompts


def test_no_blank_inside_a_congress(nlp: Any) -> None:
    """(7) "In December the Congress of ____ proclaimed the Republic of Colombia" (Angostura): the model drew only the
    town, so the rule against a blank inside a name never saw the name around it."""
    text = ("Bolívar\n\nIn 1817 Bolívar made Angostura, a town on the Orinoco River, the capital of the patriot cause. "
            "The Congress of Angostura opened on 15 February 1819 and elected him president of Venezuela. In December "
            "1819 the Congress of Angostura proclaimed the Republic of Colombia.")
    prompts = [q.prompt for q in _bank_of(text).questions]
    assert not any("Congress of ____" in p for p in prompts), prompts
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    one = ("In December the Congress of Angostura proclaimed the Republic of Colombia, now called Gran Colombia, which "
           "joined Venezuela, New Granada and Quito in one state.")
    names = [sp.text for sp in find_spans(0, one, parse_sentences([one])[0])]
    assert "Congress of Angostura" in names and "Angostura" not in names, names


def test_a_name_after_a_month_is_no_part_of_it_and_initials_after_or_go_into_the_blank(nlp: Any) -> None:
    """(8) "On 4 June Emily Wilding Davison ran onto the course": "June" was read as the first word of her name, so
    no question asked who ran; "founded the Women's Social and Political Union, or WSPU": the initials beside the blank
    gave it away, so the union was never asked."""
    assert not inside_name("On 4 June Ada Byron left Rome.", 10, 19)
    assert inside_name("The Duke of York left Rome.", 12, 16)
    text = ("The Suffrage League\n\nIn 1889 Harriet Lowe lived in Leeds with her sister. In October 1903 Harriet Lowe "
            "called a meeting in Leeds and founded the Northern Union of Working Women, or NUWW. On 4 June 1913 Mary "
            "Ellen Carter ran onto the course during the Derby at Epsom. In 1914 Harriet Lowe moved to York.")
    bank = _bank_of(text)
    answers = {q.answer for q in bank.questions}
    assert "Northern Union of Working Women" in answers or "Mary Ellen Carter" in answers, answers
    for q in bank.questions:
        assert "NUWW" not in q.prompt or q.answer != "Northern Union of Working Women", q.prompt
        assert "June ____" not in q.prompt, q.prompt


def test_the_two_armies_of_a_battle_text_need_no_sentence_before(nlp: Any) -> None:
    """(7) "On 14 October 1066 the two armies met on Senlac Hill": in a text on a battle the two armies are its own
    two sides; the sentence was sent to the one before, which opened on an unresolved "He", and nothing was asked."""
    text = ("The Battle of Kettle Moor\n\nThe Earl of Ross raised his banner in the spring of 1402. He marched south "
            "with his men and camped by the river. On 14 October 1402 the two armies met on Kettle Moor, about five "
            "miles from Dunmore. Together the two armies lost about 3,000 men.")
    prompts = [q.prompt for q in _bank_of(text).questions]
    assert any(p.startswith("On ____ the two armies met") for p in prompts), prompts
    assert any("about ____ men" in p for p in prompts), prompts


def test_feast_days_and_a_later_day_that_gives_its_date(nlp: Any) -> None:
    """(8) "He was crowned in Westminster Abbey on Christmas Day 1066" gave no date, and "At Christmas 1085 ... His
    officials carried it out the following year" took the year after 1069; "Three days later, on 28 September,
    William landed at Pevensey" was refused for its "later", though its date says when."""
    assert [(d.iso, d.text) for d in find_dates("He was crowned on Christmas Day 1066.")] == [
        ("1066-12-25", "Christmas Day 1066")]
    assert [d.iso for d in find_dates("At Christmas 1085 the king held court.")] == ["1085"]
    assert [d.iso for d in find_dates("On New Year's Day, 1863, it took effect.")] == ["1863-01-01"]
    text = ("The Conquest of 1205\n\nThe Landing\n\nThree days later, on 28 September, Duke Robert landed at "
            "Harwick in Essex. He was crowned in Saint Alban's Abbey on Christmas Day 1205.\n\nThe Survey\n\nIn 1207 "
            "Robert marched north to York. At Christmas 1215 Robert ordered a great survey of his kingdom. His clerks "
            "carried it out the following year, and their findings became the Great Roll.")
    bank = _bank_of(text)
    dates = {q.date: q.prompt for q in bank.questions if q.type is QuestionType.DATE}
    assert "1205-09-28" in dates and not dates["1205-09-28"].startswith("Three days later"), dates
    assert "1205-12-25" in dates, dates
    assert "1216" in dates and "1208" not in dates, dates


def test_works_the_model_splits_or_calls_a_person(nlp: Any) -> None:
    """(1) "the Cat and Mouse Act" was a place "Cat" and a work "Mouse Act"; "her autobiography, My Own Story" was a
    person ("My" is a first name in the name list); "the Bayeux Tapestry" a body; "a book called A New Treatise on
    Aids to Government" lost its article to the blank's left, a blank inside a name; "Holloway prison" was no name."""
    kinds, keys = _kinds_and_keys(
        "In 1913 Parliament passed a law, which everyone soon called the Cat and Mouse Act. She told her story in her "
        "autobiography, My Own Story, published in 1914. The story comes from the Bayeux Tapestry, an embroidered "
        "cloth. She was sent to Holloway prison for six weeks.")
    assert keys.get("Cat and Mouse Act") == "Cat and Mouse Act" and "Cat" not in keys, keys
    assert kinds.get("Cat and Mouse Act") is AnswerKind.WORK
    assert kinds.get("My Own Story") is AnswerKind.WORK
    assert kinds.get("Bayeux Tapestry") is AnswerKind.WORK
    assert kinds.get("Holloway") is AnswerKind.PLACE
    text = ("Hong Rengan\n\nHong Rengan reached Tianjing in 1859. He set out plans for railways, banks and newspapers "
            "in a book called A New Treatise on Aids to Government. He was executed in 1864.")
    answers = {q.answer: q.prompt for q in _bank_of(text).questions}
    assert answers.get("A New Treatise on Aids to Government", "").endswith("in a book called ____."), answers


def test_a_son_to_succeed_him_is_the_subjects_him(nlp: Any) -> None:
    """(3) "Edward the Confessor, King of England, died on 5 January 1066 without a son to succeed him": "him" was
    taken for someone other than the sentence's subject (as in "Bouille prepared everything to receive him"), left
    unresolved, and the sentence was never asked."""
    text = ("The Crown of 1066\n\nEdward the Confessor, King of England, died on 5 January 1066 without a son to "
            "succeed him. The next day Harold Godwinson was crowned king.")
    dates = {q.date: q.prompt for q in _bank_of(text).questions if q.type is QuestionType.DATE}
    assert "1066-01-05" in dates, dates


def test_a_journey_a_one_word_title_and_a_peoples_count_are_asked(nlp: Any) -> None:
    """(8) "covered some 117,000 kilometres" was no amount (a measure of distance was always trivia, as "12 miles
    away" is); "He wrote the Baburnama in Chaghatai Turkic" was no question (a title of one word was asked only before
    a comma or a full stop); "6000 Mangal tribesmen" was no count (a people's name stood before what it counts)."""
    found = {a.text: a.unit for a in find_amounts("Over thirty years he covered some 117,000 kilometres.", [])}
    assert found["117,000"] == "kilometres", found
    assert not find_amounts("The camp lay 12 miles away.", [])
    assert [a.text for a in find_amounts("On 23 March, 6000 Mangal tribesmen joined him.", [])] == ["6000"]
    assert not find_amounts("She confessed something to him on 30 August which caused him to leave.", [])
    text = ("Zahir Shah\n\nZahir Shah was born in Andijan in 1483. He conquered Kabul in 1504. He wrote the book "
            "Zahirnama during his long exile in the mountains. He died in Agra in 1530.")
    answers = {q.answer: q.prompt for q in _bank_of(text).questions}
    assert answers.get("Zahirnama", "").startswith("Zahir Shah wrote the book ____ during"), answers


def test_the_region_after_a_town_in_is_no_fact(nlp: Any) -> None:
    """(5) "William landed at Pevensey in Sussex", "she guided the raid at Combahee Ferry in South Carolina": the
    region took the sentence's place from the town (the comma form, "Niles, Ohio", was already a qualifier); a region
    after a bay or a shore still is the fact ("on the Eastern Shore of the Chesapeake Bay in ____")."""
    text = ("The Landing of 1312\n\nIn 1312 Duke Robert gathered a fleet at Calais. On 28 September 1312 Duke Robert "
            "landed at Pevensey in Sussex. He marched to London in October 1312. Duke Robert was crowned in London on "
            "25 December 1312. Duke Robert died at Rouen in 1340.")
    answers = {q.answer for q in _bank_of(text).questions}
    assert "Sussex" not in answers and "Pevensey" in answers, answers


def test_dates_in_two_calendars_without_a_style_word(nlp: Any) -> None:
    """(8) "At Poltava on 27 June (8 July) 1709", "At Narva on 19 (30) November 1700": a date in two calendars was read
    only when a word ("new style", "N.S.") named the second; here none was, and no date was asked."""
    assert [(d.iso, d.text) for d in find_dates("At Poltava on 27 June (8 July) 1709 the Russians won.")] == [
        ("1709-06-27", "27 June (8 July) 1709")]
    assert [d.iso for d in find_dates("At Narva on 19 (30) November 1700 his army won.")] == ["1700-11-19"]
    assert [d.iso for d in find_dates("On 25 October (7 November new style) 1917 it began.")] == ["1917-10-25"]


def test_names_of_towns_laws_papers_and_ranks(nlp: Any) -> None:
    """(1) "Saint Petersburg" was a person (a saint's title before it) and so never asked; "the Boxer Protocol" a
    person;
    "anchored off Calais" gave no place vote; "Inspector John Bonfield" put the blank inside a name; "the anarchist
    paper The Alarm" was no work; "the Peter and Paul Fortress" was split at "and"."""
    kinds, keys = _kinds_and_keys(
        "In 1703 the tsar founded Saint Petersburg on the Neva. The Boxer Protocol, signed on 7 September 1901, forced "
        "China to pay. On 6 August the Spaniards anchored off Calais. Albert Parsons edited the anarchist paper The "
        "Alarm there. Alexei died in the Peter and Paul Fortress in 1718.")
    assert kinds.get("Saint Petersburg") is AnswerKind.PLACE, kinds
    assert kinds.get("Boxer Protocol") is AnswerKind.WORK, kinds
    assert kinds.get("Calais") is AnswerKind.PLACE, kinds
    assert kinds.get("Alarm") in (AnswerKind.WORK, AnswerKind.ORG), kinds  # a paper, which the options call "press"
    assert "Peter and Paul Fortress" in keys, keys
    text = ("The Rally\n\nIn May 1886 Mayor Carter Harrison attended the rally. Carter Harrison told Inspector John "
            "Bonfield that the meeting was peaceful. Inspector John Bonfield then ordered the police forward.")
    answers = {q.answer: q.prompt for q in _bank_of(text).questions}
    assert "told ____ that" in answers.get("John Bonfield", ""), answers


def test_a_life_in_years_after_a_name_is_asked(nlp: Any) -> None:
    """(8) "Peter I of Russia (1672–1725), known as Peter the Great, turned Muscovy into a great power": a life told in
    years alone was a range no question asks, so the year of birth was never asked; a reign's years in brackets
    ("the reign of the Qianlong Emperor (1735–1796)") are no life."""
    text = ("Ivan the Builder\n\nIvan III of Muscovy (1440–1505), known as Ivan the Builder, made Moscow the centre "
            "of a great state. He married Sophia Palaiologina in 1472. During the reign of the Kangxi Emperor "
            "(1661–1722), Ivan's successors traded with China. He died in Moscow in 1505.")
    dates = {q.date: q.prompt for q in _bank_of(text).questions if q.type is QuestionType.DATE}
    assert "1440" in dates and "(born ____)" in dates["1440"], dates
    assert not any("(born ____)" in p and "Kangxi" in p for p in dates.values()), dates


def test_a_text_on_an_event_has_no_main_person_from_its_first_sentence(nlp: Any) -> None:
    """(3) "The Norman Conquest of 1066" opens with the death of Edward the Confessor, who was then taken as the text's
    main subject: every "he" nobody else could take became his, and the bank stated "Edward the Confessor caught the
    Norwegians by surprise at Stamford Bridge". A text whose title names an event has no main person by its opening."""
    text = ("The Conquest of 1205\n\nKing Edmund the Old of Wessex died on 5 January 1205 without a son to succeed "
            "him. Edmund the Old was buried at Winchester. The next day Earl Godric was crowned king. Edmund the Old "
            "had once called Duke Robert of Flanders his heir. The Flemish fleet was ready by August 1205. He sailed "
            "with a great fleet to Kent in September 1205.")
    prompts = [q.prompt for q in derive_bank(text, title="The Conquest of 1205", source="t.txt").questions]
    assert not any("Edmund" in p and "sailed" in p for p in prompts), prompts


def test_a_name_in_apposition_to_the_subject_is_the_subject(nlp: Any) -> None:
    """(3) "Its king, Charles XII, was only eighteen years old. At Narva ... his army routed a Russian force. He then
    turned against Augustus II": the parse makes "king" the subject and Charles XII its apposition, so his "his" and
    "he" went to the text's main subject, Peter, and the bank said Peter turned against Augustus. A man named in
    apposition to his sentence's subject is its subject; not a child named beside "their two daughters"."""
    text = ("Tsar Fyodor\n\nTsar Fyodor ruled Muscovy from 1690. Tsar Fyodor built a fleet in 1696. Tsar Fyodor went "
            "to war with Sweden in 1700. Its king, Eric IX, was only eighteen years old. At Narva in 1700 his army "
            "routed a Russian force three times as large. He then turned against Augustus of Saxony.")
    prompts = [q.prompt for q in derive_bank(text, title="Tsar Fyodor", source="t.txt").questions]
    assert not any("Fyodor turned against" in p or "Fyodor's army" in p for p in prompts), prompts


def test_a_town_and_a_first_name_side_by_side_are_two_names(nlp: Any) -> None:
    """(2) "at Berkhamsted Edgar and the English leaders submitted to him": the model drew one name over the town and
    the prince, and the bank asked "at ____ and the English leaders submitted" with a person's options."""
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    one = "William marched round London, and at Berkhamsted Edgar and the English leaders submitted to him."
    names = {sp.text: sp.label for sp in find_spans(0, one, parse_sentences([one])[0])}
    assert "Berkhamsted Edgar" not in names and "Berkhamsted" in names and names.get("Edgar") == "PERSON", names


def test_after_one_man_acts_on_him_the_next_he_is_either(corpus: dict[str, Any]) -> None:
    """(3) "Peter Tolstoy talked him into coming home with a promise of pardon. He was tried for treason ... He died in
    the Peter and Paul Fortress": the "he" went to Tolstoy, the named subject, and the bank stated that Tolstoy died
    there. After a sentence where a named man acts on "him", the next "he" who is acted on may be either: it is left
    unresolved."""
    prompts = [q.prompt for q in corpus["handout_peter_the_great"].bank.questions]
    assert not any("Tolstoy was tried" in p or "Tolstoy died" in p for p in prompts), prompts


def test_a_well_known_city_named_only_as_a_subject_is_a_place(nlp: Any) -> None:
    """(1) "Sevastopol fell in September 1855 after a siege of almost a year": the model called the city a people, and a
    one-word name met only at the start of sentences was taken for a capitalised common word, so the fall of the
    city was never asked. A city the gazetteer knows well is a place wherever the text writes it."""
    text = ("The Crimean War\n\nThe war began in October 1853. British and French armies landed in the Crimea in "
            "September 1854. Sevastopol fell in September 1855 after a siege of almost a year. The peace was signed "
            "in Paris in March 1856.")
    kinds = {q.answer: q.answer_kind for q in _bank_of(text).questions}
    assert kinds.get("Sevastopol") is AnswerKind.PLACE, kinds


def test_a_calling_straight_before_a_name_makes_it_a_person(nlp: Any) -> None:
    """(1) "She was hailed as Goddess Durga by opposition leader Atal Bihari Vajpayee": the model called the man an
    organisation and nothing else in the text spoke of him, so he was left out of the bank. A calling set straight
    before a name ("opposition leader", "the Russian advisor") is as good as an apposition."""
    text = ("The Prime Minister\n\nIn 1971 the Prime Minister won a great victory. She was hailed as a goddess by "
            "opposition leader Atal Bihari Vajpayee at that time. The victory made her the most powerful leader of "
            "the country.")
    _, index = _index_of(text)
    assert index.kinds.get("Atal Bihari Vajpayee") is AnswerKind.PERSON, index.kinds


def test_a_person_known_by_one_given_name_is_asked_typed(nlp: Any) -> None:
    """(8) "the Byzantine empress Irene agreed to pay a yearly tribute", "a queen, Khadija,": women are few in most
    texts, so three options of a woman's sort were rarely found, and a one-word name that is also a given name was
    never typed from memory. The text's only name for a person is typed, whatever else the name is."""
    text = ("The Caliph\n\nIn 782 the caliph led an army across Anatolia to the shores of the Bosporus, and the "
            "Byzantine empress Irene agreed to pay a yearly tribute. In 802 Nikephoros overthrew Irene and stopped "
            "the tribute. The caliph died in 809.")
    answers = {q.answer for q in _bank_of(text).questions}
    assert "Irene" in answers, answers


def test_a_first_clause_that_stands_alone_is_asked_without_the_rest(nlp: Any) -> None:
    """(3) "Harun was born at Rayy, in northern Iran, in either 763 or 766; the sources do not agree": "the sources"
    need the sentence before, which was too long to stand before it, so the birthplace was never asked. The first
    clause says its fact alone and is asked without what follows its semicolon."""
    text = ("The Caliph\n\nThe caliph Harun ruled the Abbasid empire from Baghdad at the height of its power and "
            "wealth, and the court poets of the age praised him in long verses that are still read and learned by "
            "heart in schools and mosques across the whole of the Arab world and far beyond it today. Harun was born "
            "at Damascus, in Syria, in either 763 or 766; the sources do not agree. He died at Tus in 809.")
    answers = {q.answer: q.prompt for q in _bank_of(text).questions}
    assert "born at ____" in answers.get("Damascus", ""), answers
    assert "sources" not in answers["Damascus"], answers


def test_a_name_whose_first_word_the_model_calls_a_people_may_be_a_person(corpus: dict[str, Any]) -> None:
    """(1) "In 1877 Saigō Takamori led the Satsuma Rebellion": the model called "Saigō" alone a nationality, so the
    whole name was taken for a people's branch ("the Khorchin Mongol") and never asked. A word that is a people's only
    where it qualifies a noun or stands in the plural; "Saigō" is only ever a subject or an object."""
    answers = {q.answer for q in corpus["handout_meiji_restoration"].bank.questions}
    assert "Saigō Takamori" in answers, answers


def test_a_body_of_something_and_its_members_is_one_name_and_again_and_again_stays(nlp: Any) -> None:
    """(7) "In 1884 the ____ and Labor Unions resolved" (the Federation of Organized Trades and Labor Unions): the
    model drew two bodies, so the blank fell inside one name. And "lit his cigar again and again" lost an "again"
    taken to point back to a sentence unseen ("lit his cigar and again")."""
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    text = ("The Strike\n\nIn 1884 the Federation of Organized Trades and Labor Unions resolved that eight hours would "
            "make a legal day's work. The strike began in Chicago on 1 May 1886. The mayor, Carter Harrison, came to "
            "listen to Albert Parsons and lit his cigar again and again so that the crowd could see his face. Carter "
            "Harrison left the meeting early.")
    prompts = _prompts(text)
    assert not any("____ and Labor Unions" in p for p in prompts), prompts
    spans = {sp.text for sp in find_spans(0, text.split("\n\n")[1].split(". ")[0], parse_sentences([
        text.split("\n\n")[1].split(". ")[0]])[0])}
    assert "Federation of Organized Trades and Labor Unions" in spans, spans
    assert not any("cigar and again" in p for p in prompts), prompts
    assert any("again and again" in p for p in prompts), prompts


def test_a_family_named_in_the_plural_is_typed(corpus: dict[str, Any]) -> None:
    """(1) "With the help of the ____, she took the case to court" (the Van Wagenens) was offered beside William Lloyd
    Garrison, Abraham Lincoln and Frederick Douglass, and offered beside Abraham Lincoln: a family is no single person,
    and single people give it away."""
    text = ("Sojourner Truth\n\nIn 1826 Sojourner Truth escaped to the home of Isaac Van Wagenen. Isaac Van Wagenen "
            "bought her freedom for twenty dollars. In 1827 she learned that John Dumont had sold her son Peter to a "
            "slaveholder in Alabama. With the help of the Van Wagenens, she took the case to court in Kingston. "
            "William Lloyd Garrison printed her book in 1850. Frederick Douglass met her in 1843. Abraham Lincoln met "
            "her in 1864.")
    assert not any("Van Wagenens" in q.distractors for q in _bank_of(text).questions)
    from quizapp.bank.mentions.names import a_family  # noqa: PLC0415

    people = dict.fromkeys(["Isaac Van Wagenen", "Van Wagenens", "Prince William", "Roger Williams"], AnswerKind.PERSON)
    assert a_family("Van Wagenens", people) and not a_family("Roger Williams", people)  # a surname ending in "s"
    family = [q for q in corpus["handout_sojourner_truth"].bank.questions if q.answer == "Van Wagenens"]
    assert family and all(not q.distractors for q in family), [(q.prompt, q.distractors) for q in family]


def test_a_body_named_in_the_plural_is_a_body(nlp: Any) -> None:
    """(8) "He created the Editing Commissions in March 1859": a body's word in the plural ("Commissions", "Courts")
    said nothing, so a name the model did not draw was doubtful and never asked."""
    from quizapp.bank.mentions.kinds import ORG_SHAPE  # noqa: PLC0415

    assert ORG_SHAPE.search("Editing Commissions") and ORG_SHAPE.search("Four Courts")
    assert not ORG_SHAPE.search("Commissioners")


def test_a_round_amount_has_options_on_both_sides(nlp: Any) -> None:
    """(8) "sold ... for $100", "had secured £10,000", "the sum of 10,000 livres": in steps of the answer's own size
    there was no smaller wrong amount and only one larger, so a round sum was never asked. And "Between ____ and 20,000
    Communards died" was asked, the other end of its range beside the blank, as "Between" opened the sentence."""
    from quizapp.bank.questions.numbers import amount_options  # noqa: PLC0415

    for text in ("$100", "£10,000", "10,000"):
        amount = find_amounts(f"She was sold for {text} in 1806.", [])[0]
        options = amount_options(amount, random.Random(5), limit=3)
        assert len(options) == 3 and any(float(re.sub(r"[^\d.]", "", o)) < amount.value for o in options), options
    prompts = _prompts("The Commune\n\nThe Commune fell in May 1871. Between 10,000 and 20,000 Communards died in the "
                       "fighting or were executed. Adolphe Thiers ordered the arrests in 1871.")
    assert not any("Between ____ and" in p for p in prompts), prompts


def test_a_year_or_a_day_before_a_name_is_no_count(nlp: Any) -> None:
    """(8) "In 802 Nikephoros I overthrew Irene", "on July 24 Murtaza Nizam Shah requested peace": a year of three
    digits and a day were read as a count before the name ("Two Invalides"), which makes it a common noun, so the
    name was never asked."""
    prompts = _prompts("The Caliph\n\nIn 782 Harun led an army to the Bosporus, and the empress Irene agreed to pay a "
                       "tribute. In 802 Nikephoros I overthrew Irene and stopped the tribute. Nikephoros I was killed "
                       "in battle in 811.")
    assert any("____ overthrew Irene" in p for p in prompts), prompts


def test_years_of_three_digits_in_a_text_of_the_first_millennium(nlp: Any) -> None:
    """(8) "Al-Hadi died suddenly in September 786", "He died at Tus in March 809": years were four digits only, so a
    caliph's reign had no date question at all. In a text whose story is of the first millennium, three digits after
    "in", "of", "between" ... are a year; in any other, "in 300 ships" stays a count."""
    from quizapp.bank.text.dates import early_text  # noqa: PLC0415

    text = ("The Caliph\n\nHarun ruled from Baghdad between 786 and 809. Al-Hadi died suddenly in September 786. "
            "In 796 Harun moved his court to Raqqa. He died at Tus in March 809 and was buried there.")
    assert early_text(text) and not early_text("In 1588 the Armada sailed with 130 ships. In 300 years of war ...")
    dates = {q.date for q in _bank_of(text).questions if q.type is QuestionType.DATE}
    assert {"0786-09", "0809-03"} <= dates, dates
    assert [d.iso for d in find_dates("They came in 300 ships in 1588.")] == ["1588"]


def test_where_a_journey_goes_is_a_place(nlp: Any) -> None:
    """(1) "Ibn Battuta travelled with her escort to Constantinople": the model called the city a body, the gazetteer
    does not know its old name, and "to" alone says little (one writes to people too), so it was doubtful. After a
    verb of going, "to" says where."""
    from quizapp.bank.mentions.kinds import _JOURNEY  # noqa: PLC0415

    assert _JOURNEY.search("Ibn Battuta travelled with her escort to ")
    assert _JOURNEY.search("the army marched north through Hunan to the ")
    assert not _JOURNEY.search("Charlemagne sent an envoy to ") and not _JOURNEY.search("She wrote a letter to ")


def test_the_person_a_title_opens_with_is_the_main_subject_not_one_named_like_its_realm(nlp: Any) -> None:
    """(4) "Queen Nzinga of Ndongo and Matamba": the title's last word was the surname of another queen, Mwongo
    Matamba, who became the main subject, so Nzinga Mbande was asked as an answer five times, with her own other
    names as options. What follows "of" in a title is mostly a realm; the person its head names comes first."""
    from quizapp.bank.derive import main_person, naming_title  # noqa: PLC0415

    text = ("Queen Nzinga of Ndongo and Matamba\n\nNzinga Mbande was a queen of the Mbundu people. In 1622 Nzinga "
            "Mbande went to Luanda as her brother's envoy. Around 1631 Nzinga Mbande conquered Matamba, which was "
            "ruled by a queen, Mwongo Matamba. Mwongo Matamba was captured in 1631. Nzinga Mbande died in 1663.")
    title = naming_title(split_paragraphs(clean_text(text)), "Queen Nzinga")
    sentences, index = _index_of(text, hint=title)
    assert main_person(index, sentences, title) == "Nzinga Mbande"


def test_a_people_in_the_plural_is_no_person(nlp: Any) -> None:
    """(1) "between the Mamluks of Egypt and a Mongol army", "soldiers ..., mostly Kipchak Turks": the model called
    both a person, and "soldiers" beside the second said so too, so they were offered beside Hulagu and Kitbuqa in
    every question on a man. A name ending in a people's plural, with no first name, is no one's."""
    text = ("The battle was fought in 1260 between the Mamluks of Egypt and a Mongol army. Egypt was ruled by the "
            "Mamluks, soldiers who had been bought as slaves, mostly Kipchak Turks from the steppes. Hulagu sent "
            "his general Kitbuqa to Syria. Kitbuqa was killed in 1260.")
    _, index = _index_of(text)
    assert index.kinds.get("Mamluks of Egypt") is not AnswerKind.PERSON
    assert index.kinds.get("Kipchak Turks") is not AnswerKind.PERSON
    assert index.kinds.get("Kitbuqa") is AnswerKind.PERSON, index.kinds


def test_no_when_question_keeps_an_opening_adverb_in_its_subject(nlp: Any) -> None:
    """(7) "When had Meanwhile Möngke died while besieging a fortress in China?": the parse took "Meanwhile" for part
    of the name, and the question's order carried it along. Such a sentence is asked as a cloze."""
    prompts = _prompts("The Mongols\n\nHulagu took Baghdad in 1258. Meanwhile Möngke had died in August 1259 while "
                       "besieging a fortress in China. Hulagu withdrew to Azerbaijan in 1260.")
    assert not any(p.startswith("When had Meanwhile") for p in prompts), prompts


def test_one_man_whose_name_ends_like_a_peoples_plural_is_a_person(corpus: dict[str, Any]) -> None:
    """(3) "The emirs then chose Baybars as the new sultan, and he entered Cairo in triumph. He ruled Egypt and Syria
    for seventeen years": "Baybars" ends like "the Nassauers", so he was taken for a body of people, the "he" after
    him went to Qutuz, and the bank said "Qutuz ruled Egypt and Syria for seventeen years". A one-word name the model
    calls a person every time, and the text too ("Baybars, a commander of the Bahriyya regiment"), is a man's."""
    bank = corpus["handout_battle_of_ain_jalut"].bank
    assert "Baybars" in {q.answer for q in bank.questions}
    assert not any("Qutuz ruled" in q.prompt or "Qutuz entered Cairo" in q.prompt for q in bank.questions)


def test_an_amount_in_words_is_offered_amounts_written_as_shortly(corpus: dict[str, Any]) -> None:
    """(6) "More than ____ workers took part in strikes" (a million) was offered "one million five hundred thousand",
    and "about ____ men" (a thousand) "two thousand two hundred": written out, such an amount is no amount a writer
    rounds to, so the long one is a wrong answer by its form alone. Wrong amounts in words are written in at most one
    word more than the answer."""
    from quizapp.bank.questions.numbers import amount_options

    for sentence in ("More than a million workers took part in strikes.", "Collecting about a thousand men, he rode.",
                     "Austria was to advance thirty-five thousand men.", "he sent only two hundred men"):
        amount = find_amounts(sentence, [])[0]
        for seed in range(20):
            options = amount_options(amount, random.Random(seed))
            assert len(options) == 3 and all(len(o.split()) <= len(amount.text.split()) + 1 for o in options), options
    worded = [q for text in corpus.values() for q in text.bank.questions if q.answer_kind is AnswerKind.NUMBER
              and re.fullmatch(r"[A-Za-z -]+", q.answer)]
    assert worded and all(len(d.split()) <= len(q.answer.split()) + 1 for q in worded for d in q.distractors)


def test_a_units_name_ends_with_its_lower_case_unit(nlp: Any) -> None:
    """(1) "Perponcher's 2nd Dutch division": the model's name stopped before "division", so "2nd Dutch" was offered
    beside the Young Guard as if it were a unit's whole name. After an ordinal, the unit word ends the name."""
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    text = ("The only other troops they could see were skirmishers of the regiments of Kempt and Pack, and "
            "Perponcher's 2nd Dutch division.")
    names = [span.text for span in find_spans(0, text, parse_sentences([text])[0])]
    assert "2nd Dutch" not in names, names


def test_when_a_writer_about_the_story_wrote_is_no_question(corpus: dict[str, Any]) -> None:
    """(6) "Dr. Philip Mackowiak dismissed the possibility of schizophrenia ... in his book Post-Mortem in ____"
    (2007), "In ____, historian Geoffrey Blainey drew attention to ...": the year a writer about the story wrote is no
    part of the story. And "____ described Joan's trial as so "unfair" that ..." is a judgement, as "wrote that" is;
    but "the priest Dutty Boukman called on them to rise" is an act, and its day is still asked."""
    from quizapp.bank.questions.trivia import TRIVIA_AFTER  # noqa: PLC0415

    assert TRIVIA_AFTER.match(' described Joan\'s trial as so "unfair" that the transcripts were used')
    assert not TRIVIA_AFTER.match(" described the city to the king.")
    joan = corpus["wiki_joan_of_arc"].bank.questions
    assert not [q for q in joan if "Post-Mortem in" in q.prompt or q.answer == "Beverly Boyd"]
    eureka = corpus["wiki_eureka_rebellion"].bank.questions
    assert not [q for q in eureka if "historian Geoffrey Blainey drew attention" in q.prompt and q.date]
    toussaint = corpus["handout_toussaint_louverture"].bank.questions
    assert [q for q in toussaint if q.date == "1791-08-14"]


def test_a_woman_under_a_courtesy_title_and_her_surname_is_the_main_subject(corpus: dict[str, Any]) -> None:
    """(2) "Early in 1813 Mrs. Fry went to Newgate": in a life of Elizabeth Fry, "Mrs. Fry" is she, so never an answer
    nor an option beside her, and the "she" after it is hers; "Mr. Fry", her husband, is another."""
    bank = corpus["sketch_elizabeth_fry"].bank
    names = {q.answer for q in bank.questions} | {d for q in bank.questions for d in q.distractors}
    assert "Mrs. Fry" not in names and "Elizabeth Fry" not in names


def test_a_first_name_and_surname_inside_a_longer_name_is_another_man(nlp: Any) -> None:
    """(2) "the third daughter of John Gurney, banker" and "her brother, Joseph John Gurney": a first name and a
    surname make a whole name, here the father's; the son's longer name holding it does not make them one man. A title
    or a reign after the name still does ("Nadir Khan" of "Muhammad Nadir Khan", "Wilhelm I" of "King Wilhelm I")."""
    _, keys = _kinds_and_keys("Elizabeth was the third daughter of John Gurney, a banker of Norwich. In 1818 she "
                              "travelled with her brother, Joseph John Gurney, through Scotland. Joseph John Gurney "
                              "published an account of the journey in 1819.")
    assert keys.get("John Gurney") == "John Gurney", keys
    _, keys = _kinds_and_keys("Muhammad Nadir Khan left France in January 1929. On 8 March, Nadir Khan crossed into "
                              "Afghanistan. Muhammad Nadir Khan took Kabul in October 1929.")
    assert keys.get("Nadir Khan") == "Muhammad Nadir Khan", keys


def test_she_after_another_woman_received_her_is_unclear(nlp: Any) -> None:
    """(3) "Queen Victoria received her more than once and gave money to her cause. She was no less honoured abroad":
    the "her" is not the Queen, so the "She" after may be either woman; it had been given to the Queen, and every
    "she" after it too, so the bank said the Queen died at Ramsgate."""
    text = ("Elizabeth Fry\n\nElizabeth Fry visited Newgate in 1813. In 1840 she established in London a training "
            "school for nurses, and Florence Nightingale, who later took some of these nurses with her to the Crimea, "
            "had the example much in mind. Queen Victoria received her more than once and gave money to her cause. "
            "She was no less honoured abroad, and in 1840 she made a journey to Berlin.")
    refs = _references(text, "Elizabeth Fry")
    assert refs[3].key != "Queen Victoria", refs[3]


def test_the_girl_of_a_life_of_a_girl_is_the_main_subject(nlp: Any) -> None:
    """(3) "In 1786 Mr. Gurney had removed with his family to Earlham Hall, and there the girl passed her youth. ...
    she heard a sermon": "the girl" of a woman's life is she, and left no one else the next "she" might mean; every
    "she" of the next eight sentences had been left unresolved, and their facts unasked."""
    text = ("Elizabeth Fry\n\nElizabeth Fry was born at Norwich in 1780, the daughter of John Gurney. In 1786 Mr. "
            "Gurney had removed with his family to Earlham Hall, and there the girl passed her youth.\n\nIn 1798 she "
            "heard a sermon by William Savery at Norwich.")
    refs = _references(text, "Elizabeth Fry")
    assert refs[2].key == "Elizabeth Fry", refs


def test_a_body_with_members_is_a_body_and_where_one_came_to_is_a_place(nlp: Any) -> None:
    """(1) "he founded Young Italy (Giovine Italia), whose members were pledged ...", "a conspiracy of Young Italy":
    only the model called it a body, so it was left in doubt and never asked; its members say what it is. And "he came
    early in 1872 to Pisa, where he lodged secretly": where one comes to is a place, not the person the model said."""
    kinds, _ = _kinds_and_keys("In 1831 Mazzini founded Young Italy (Giovine Italia), whose members were pledged to "
                               "labour for a free Italy. In 1833 a conspiracy of Young Italy in the army was "
                               "discovered. Worn out by illness, Mazzini came early in 1872 to Pisa, where he lodged "
                               "secretly in the house of a friend.")
    assert kinds.get("Young Italy") is AnswerKind.ORG, kinds
    assert kinds.get("Pisa") is AnswerKind.PLACE, kinds


def test_a_work_published_as_a_title_is_a_work(nlp: Any) -> None:
    """(1) "the account of their observations, published by him in the following year as Notes on a Visit made to some
    of the Prisons in Scotland and the North of England, did much ...": the model called "Notes" a person, and that
    doubtful person, standing as a subject, left every "she" of the next sentences unresolved. What is published as a
    title in sentence case is a work, up to its comma."""
    from quizapp.bank.mentions.titles import title_spans  # noqa: PLC0415

    text = ("and the account of their observations, published by him in the following year as Notes on a Visit made to "
            "some of the Prisons in Scotland and the North of England, did much to awaken public opinion.")
    assert [text[a:b] for a, b in title_spans(text)] == [
        "Notes on a Visit made to some of the Prisons in Scotland and the North of England"]
    assert title_spans("It appeared as a pamphlet in 1899, and sold well.") == []


def test_another_name_in_brackets_is_no_one_of_its_own(corpus: dict[str, Any]) -> None:
    """(1) "he founded Young Italy (Giovine Italia)": the model called the Italian name a person, and it was offered
    among the text's men. A name given only in brackets straight after another is that one's other name: no answer,
    no option; and where the sentence goes on after it, it goes into the blank with the name it glosses ("a direct
    descendant of ____ (Tamerlane)" told the answer, Timur)."""
    mazzini = corpus["sketch_giuseppe_mazzini"].bank.questions
    assert not [q for q in mazzini if "Giovine Italia" in (q.answer, *q.distractors)]
    babur = corpus["wiki_babur"].bank.questions
    assert not [q for q in babur if "____ (Tamerlane)" in q.prompt]


def test_he_after_the_main_subject_and_another_man_named_alike_is_unclear(corpus: dict[str, Any]) -> None:
    """(3) "Between Mazzini and Count Cavour, the minister of the king of Sardinia, there could be neither
    understanding nor truce. He had staked the fortunes of Piedmont upon the alliance of Napoleon III": neither man is
    that sentence's subject, so "he" may be either (it is Cavour); the bank had said "Giuseppe Mazzini had staked"."""
    mazzini = corpus["sketch_giuseppe_mazzini"].bank.questions
    assert not [q for q in mazzini if "Mazzini had staked" in q.prompt]


def test_a_title_of_one_sex_goes_to_the_one_of_that_sex_with_the_surname(nlp: Any) -> None:
    """(2) "Mr. Fry was declared bankrupt", in a life of Elizabeth Fry whose husband was Joseph Fry: two full names end
    in "Fry", so "Mr. Fry" stood alone and was asked as a man of its own, with her brother-in-law among its options.
    A title of one sex picks the one of that sex."""
    _, keys = _kinds_and_keys("Elizabeth Fry was born at Norwich in 1780. In 1800 Elizabeth Fry married Joseph Fry, a "
                              "London banker. In 1828 the bank failed, and Mr. Fry was declared bankrupt. Joseph Fry "
                              "died in 1861.")
    assert keys.get("Mr. Fry") == "Joseph Fry", keys
    _, keys = _kinds_and_keys("Elizabeth Fry was born at Norwich in 1780. In 1800 Elizabeth Fry married Joseph Fry, a "
                              "London banker. Early in 1813 Mrs. Fry went to Newgate. Joseph Fry died in 1861.")
    assert keys.get("Mrs. Fry") == "Elizabeth Fry", keys


def test_a_movement_named_young_and_a_land_keeps_its_first_word(nlp: Any) -> None:
    """(1) "in founding Young Europe, a federation of national associations": the model called it a person, and the
    rule that drops "Young" before a person's name ("Young Douglass") left "Europe", a person. Before a land's name
    the word is the movement's own."""
    from quizapp.bank.mentions.spans import find_spans  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    text = ("On the 15th of April 1834, at Berne, Mazzini joined with Italian, German and Polish exiles in founding "
            "Young Europe, a federation of national associations.")
    names = [span.text for span in find_spans(0, text, parse_sentences([text])[0])]
    assert "Young Europe" in names and "Europe" not in names, names


def test_an_article_with_a_capital_inside_a_sentence_opens_a_title(nlp: Any) -> None:
    """(8) "In 1860 he published in its complete form The Duties of Man (...), a little book", "Karl Marx praised the
    Commune in The Civil War in France", "Ivan Turgenev's A Sportsman's Sketches": the model saw no work, so none was
    asked. A capital "The" or "A" inside a sentence opens a title; never a place ("The Hague"), a source cited
    ("according to The Ballarat Times"), the first of a list ("The Mass Strike, the Political Party and the Trade
    Unions" is one title) nor a subtitle after a colon."""
    assert _titles("Karl Marx praised the Commune in The Civil War in France, which he wrote in 1871.") == [
        "The Civil War in France"]
    assert _titles("Writers attacked the system, and Ivan Turgenev's A Sportsman's Sketches had shown the serf.") == [
        "A Sportsman's Sketches"]
    assert _titles("He went to The Hague in 1701.") == []
    assert _titles("according to The Ballarat Times, which first mentioned the flag") == []
    assert _titles("she wrote The Mass Strike, the Political Party and the Trade Unions in Finland") == []
    assert _titles("an appendix to B.V. Bowden's Faster Than Thought: A Symposium on Digital Computing Machines.") == []


def test_a_plural_role_before_a_list_tells_the_blanks_gender() -> None:
    """(1) "Her sisters, Kambu and ____, helped her throughout these wars" was offered Barbara (Kambu's baptismal name)
    and two men: "sisters" said the blank was a woman, but only a role straight before the blank counted. A plural
    role before the list the blank ends says it too; where the text names too few women, no men are offered."""
    from quizapp.bank.questions.options import tells_gender, told_gender  # noqa: PLC0415

    assert told_gender("Her sisters, Kambu and ____, helped her throughout these wars.") == "f"
    assert told_gender("His sons, Humayun and ____, fought at Panipat.") == "m"
    assert tells_gender("Her sisters, Kambu and ____, helped her throughout these wars.")


def test_he_after_a_surname_two_people_bear_is_that_ones(corpus: dict[str, Any]) -> None:
    """(3) "Parsons had fled to Wisconsin, but on the first day he walked into the courtroom": "Parsons" is Albert or
    Lucy, so the name was left in doubt and unseen, and the "he" was given to the judge of the sentence before ("Joseph
    Gary walked into the courtroom to stand beside his comrades"). A "he" after a surname that a man of the text bears
    is that man's, whoever he is; the sentence says so itself."""
    bank = corpus["handout_haymarket_affair"].bank
    assert not [q for q in bank.questions if "Joseph Gary walked into the courtroom" in q.prompt]
    assert [q for q in bank.questions if "Parsons had fled to ____" in q.prompt]


def test_a_name_after_a_or_an_is_one_of_many(corpus: dict[str, Any]) -> None:
    """(6) "In 2003, by the order of an ____, the Archaeological Survey of India was asked" (Indian Court), "Governor
    Hotham appointed a ____ on the goldfields' problems" (Royal Commission): "a" or "an" before it makes the name one
    of many of its sort, whose head is a common word, and no answer."""
    babur = corpus["wiki_babur"].bank.questions
    eureka = corpus["wiki_eureka_rebellion"].bank.questions
    assert not [q for q in babur if q.answer == "Indian Court"]
    assert not [q for q in eureka if "appointed a ____" in q.prompt]


def test_a_month_name_after_a_date_blank_is_set_off_by_a_comma(corpus: dict[str, Any]) -> None:
    """(7) "On ____ August Spies spoke to a crowd of strikers": the man's first name after the blank reads as the month
    of the answer (3 May 1886). A comma after the blank sets the name apart."""
    bank = corpus["handout_haymarket_affair"].bank
    assert not [q for q in bank.questions if re.search(r"____ (?:August|May|June)\b", q.prompt)]
    assert [q for q in bank.questions if q.prompt.startswith("On ____, August Spies")]


def test_she_who_takes_her_own_name_is_still_she(corpus: dict[str, Any]) -> None:
    """(3) "On 1 June 1843 she took the name Sojourner Truth": the rule that a "she" is not the one her sentence names
    after her ("He attempted to get Serge to sign") took the name she took for another woman, so this "she" and every
    one after it to the end of the section were left unresolved, and their facts unasked ("In May 1851 she spoke at a
    women's rights convention in Akron, Ohio")."""
    bank = corpus["handout_sojourner_truth"].bank
    assert [q for q in bank.questions if q.answer == "Akron" and "Sojourner Truth spoke" in q.prompt]


def test_a_man_the_sentence_says_is_dead_is_no_ones_next_he(nlp: Any) -> None:
    """(3) "By then Nicholas was dead, and his son Alexander II had come to the throne in 1855. He made peace at Paris a
    year later": two men were subjects, so the "he" was left unresolved, and the next three with it. The dead make no
    peace: "was dead" is a clause of one's death, as "died" is."""
    text = ("Russian serfdom\n\nNicholas I reigned from 1825 to 1855. Sevastopol fell in September 1855 after a long "
            "siege. By then Nicholas was dead, and his son Alexander II had come to the throne in 1855. He made peace "
            "at Paris a year later.")
    refs = _references(text, "Russian serfdom")
    assert refs[3].key == "Alexander II", refs


def test_he_who_takes_the_teenager_is_not_the_teenager(corpus: dict[str, Any]) -> None:
    """(3) "Tecumseh was then raised largely by his elder brother Chiksika, who taught him to hunt. He took the
    teenager on raids into Kentucky": the teenager is the main subject in his youth, so the "he" who took him along is
    someone else; the bank had said "Tecumseh took the teenager on raids"."""
    bank = corpus["essay_tecumseh"].bank
    assert not [q for q in bank.questions if "Tecumseh took the teenager" in q.prompt]


def test_a_town_before_a_mans_full_name_after_at_is_two_names(corpus: dict[str, Any]) -> None:
    """(2) "At Blackheath John Ball preached to the crowd": the model made one man of "Blackheath John Ball", and "John
    Ball" elsewhere was merged into him, so he was offered in six questions and asked as "reached ____, just outside
    London". After "at", a word the text names alone elsewhere, before a man's full name, is a place of its own."""
    bank = corpus["handout_peasants_revolt"].bank
    assert not [q for q in bank.questions if "Blackheath John Ball" in (q.answer, *q.distractors)]


def test_he_acted_on_by_the_one_named_is_not_that_one(corpus: dict[str, Any]) -> None:
    """(3) "On his way home he was seized by Túpac Amaru and his men. He was forced to write letters ... he was hanged
    in the square of Tungasuca": the "he" seized by Túpac Amaru was given to Túpac Amaru from the next sentence on,
    and the bank said he was hanged in 1780. A "he" acted on by the one a sentence names is not that one. And "His
    cousin Diego Cristóbal Túpac Amaru fought on", after a paragraph ending on Areche: a kinsman who bears the main
    subject's name is the main subject's."""
    bank = corpus["handout_tupac_amaru_ii"].bank
    assert not [q for q in bank.questions if "Túpac Amaru was hanged" in q.prompt
                or "Túpac Amaru's own slave" in q.prompt or "Areche's cousin" in q.prompt]


def test_a_possessive_in_a_clause_before_another_womans_name_is_no_forward_mention(corpus: dict[str, Any]) -> None:
    """(3) "Her pupils became warmly attached to her; but Lady Kingsborough grew jealous of their affection, and ...
    dismissed her. She then returned to London. Johnson found her lodgings": the unresolved "Her" was taken to mean
    Lady Kingsborough, named after it, so the bank said "Joseph Johnson found Lady Kingsborough's lodgings". A
    pronoun a clause of its own away from a name does not point forward to it."""
    bank = corpus["sketch_mary_wollstonecraft"].bank
    assert not [q for q in bank.questions if "Lady Kingsborough's lodgings" in q.prompt
                or "Lady Kingsborough returned" in q.prompt]


def test_a_weekday_goes_into_the_blank_with_its_day(corpus: dict[str, Any]) -> None:
    """(7) "On Saturday ____ Richard II met Wat Tyler": a blank after a capital word, and a weekday beside it that
    narrows the day. The weekday goes into the blank with the day ("On ____ Richard II met")."""
    weekday = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? ____")
    assert not [q.prompt for text in corpus.values() for q in text.bank.questions if weekday.search(q.prompt)]


def test_he_who_acts_on_the_office_his_candidate_holds_is_someone_else(nlp: Any) -> None:
    """(3) "Philip gave the command to ... Duke of Medina Sidonia ... He had no experience of war at sea, and he begged
    the king to choose someone else": the "he" had been King Philip II, the sentence's subject before, who cannot have
    begged the king. A pronoun whose sentence acts on "the <office>" its candidate holds is not that candidate."""
    text = ("The Armada\n\nIn 1586 King Philip II of Spain resolved to invade England. Philip gave the command to "
            "Alonso Pérez de Guzmán, Duke of Medina Sidonia, one of the richest noblemen in Spain. He had no "
            "experience of war at sea, and he begged the king to choose someone else.")
    refs = _references(text, "The Armada")
    assert refs[2].key != "Philip II", refs[2]
    caliph = ("Harun al-Rashid\n\nHarun al-Rashid was the fifth caliph of the Abbasid dynasty. In 802 Nikephoros I "
              "overthrew Irene and stopped the tribute. He even wrote to the caliph demanding back what had been paid.")
    refs = _references(caliph, "Harun al-Rashid")
    assert refs[2].key != "Harun al-Rashid", refs[2]


def test_a_guessed_pronoun_is_shown_with_its_context_not_replaced(corpus: dict[str, Any]) -> None:
    """(3) A pronoun the resolver only guesses, after a sentence naming another of its gender, was written as the
    guess, so a wrong guess stated a falsehood: "Philip II's chief officers were ..." (Don John's), "In 1716 Peter the
    Great fled to Vienna" (his son Alexei's flight), "Luís Mendes de Vasconcelos had become king in 1617" (Ngola
    Mbandi). Where the sentence before can stand as context, a guess is left as written, after that sentence, for
    the student to read."""
    false = ("Philip II's chief officers", "Peter the Great fled", "Luís Mendes de Vasconcelos had become king",
             "William of Poitiers was hacked")
    prompts = [q.prompt for text in corpus.values() for q in text.bank.questions]
    assert not [p for p in prompts if any(f in p for f in false)]
    shown = [p for p in prompts if "Eudoxia Lopukhina, hated his father's wars and reforms. In 1716 he fled to" in p]
    assert shown, "the guess is asked with the sentence before it"


def test_a_following_year_after_a_year_told_ahead_of_the_story_is_unclear() -> None:
    """(8) "Colonna was welcomed back to Rome, and in 1577 Venier became Doge of Venice. ... the following year it put
    to sea under Uluç Ali ... In 1573 Venice made a separate peace": the bank asked "in ____ it put to sea" (1578), a
    falsehood; the story's year was 1572. A following year later than the next year its paragraph tells is unclear."""
    text = ("Victory and Its Limits\n\nPerhaps 40,000 men were killed that day. Colonna was welcomed back to Rome "
            "with a triumphal procession, and in 1577 Venier became Doge of Venice. Yet the victory did not win back "
            "Cyprus. Over the winter the Ottomans built a new fleet, and the following year it put to sea under Uluç "
            "Ali. In 1573 Venice made a separate peace and gave up the island.")
    sentences, dates = _dates_of(text)
    fleet = next(s.index for s in sentences if "put to sea" in s.text)
    assert not [d for d in dates.get(fleet, []) if d.iso == "1578"], dates.get(fleet)
    _, dates = _dates_of("Marie Curie\n\nIn 1910 she isolated radium as a pure metal. The following year she "
                         "received the Nobel Prize in Chemistry. In 1914 she founded a radium institute.")
    assert [d.iso for d in dates[1]] == ["1911"]


def _dates_of(text: str) -> tuple[list[Any], dict[int, list[Any]]]:
    """A text's sentences and the dated events of each, years carried as the bank carries them."""
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    return sentences, resolve_dates(paragraphs, sentences)


def test_a_thing_called_after_a_person_does_not_take_her_name(nlp: Any) -> None:
    """(2) "Harun's wife and cousin, Zubaidah, was a granddaughter of al-Mansur. She paid for wells along the pilgrim
    road from Kufa to Mecca, which is still called Darb Zubaidah": "Zubaidah" was taken for a short form of "Darb
    Zubaidah", the one longer name holding it, and the bank asked "Harun's wife and cousin, ____" with "Darb Zubaidah"
    as the answer. A name a thing "is called" is no person's, and no longer name of one."""
    text = ("Harun al-Rashid\n\nHarun al-Rashid ruled from Baghdad. Harun's wife and cousin, Zubaidah, was a "
            "granddaughter of al-Mansur and the mother of his son al-Amin. She paid for wells and cisterns along the "
            "pilgrim road from Kufa to Mecca, which is still called Darb Zubaidah.")
    kinds, keys = _kinds_and_keys(text)
    assert keys.get("Zubaidah", "Zubaidah") == "Zubaidah", keys
    assert kinds.get("Darb Zubaidah") is not AnswerKind.PERSON, kinds


def test_a_title_or_first_name_inside_another_persons_name_gives_nothing_away(corpus: dict[str, Any]) -> None:
    """(7) "After the death of the ____ in the winter of 1722, his fourth son ... became the Yongzheng Emperor" (the
    Kangxi Emperor) and "Ali Pasha's right wing ... The left wing was given to ____" were never asked: a word of the
    answer stood in the prompt, though only as a title or a first name inside another person's name. A family's name
    still gives it away ("poet ____ and his wife Lady Byron")."""
    qing = corpus["wiki_qing_dynasty"].bank.questions
    assert [q for q in qing if q.answer == "Kangxi Emperor" and "Yongzheng Emperor" in q.prompt]
    ada = corpus["wiki_ada_lovelace"].bank.questions
    assert not [q for q in ada if q.answer == "Lord Byron" and "Lady Byron" in q.prompt]
    waterloo = corpus["wiki_battle_of_waterloo"].bank.questions
    assert not [q for q in waterloo if q.answer == "Uxbridge" and "Earl of Uxbridge" in q.prompt]


def test_a_rank_held_in_turn_is_no_one(nlp: Any) -> None:
    """(1) "Hürrem Sultan, Suleiman's concubine and later legal wife and first Haseki Sultan": the rank was typed a
    person and asked ("... first ____", options: Pargalı Ibrahim Pasha, Abu Hanifa). A name after "first" is a rank."""
    kinds, _ = _kinds_and_keys("Suleiman married Hürrem Sultan in 1531. Hürrem Sultan was Suleiman's concubine and "
                               "later legal wife and first Haseki Sultan, possibly a daughter of a priest.")
    assert kinds.get("Haseki Sultan") is not AnswerKind.PERSON, kinds


def test_a_wife_after_a_possessive_is_a_woman_and_the_dead_do_no_deeds(nlp: Any) -> None:
    """(1) "Cixi joined ____, the late emperor's chief wife": "emperor's" was read as the blank's role, so the options
    were men (Guangxu Emperor, Liang Qichao, Sushun). And once the wife had a gender, "Ci'an died suddenly in April
    1881. From then on she governed alone" gave the "she" to the dead Ci'an."""
    from quizapp.bank.questions.options import told_gender

    assert told_gender("Cixi joined ____, the late emperor's chief wife, in a palace revolt.") == "f"
    text = ("Empress Dowager Cixi\n\nEmpress Dowager Cixi was born in 1835. In 1861 Cixi joined Empress Dowager "
            "Ci'an, the late emperor's chief wife, in a palace revolt. Ci'an died suddenly in April 1881. From then on "
            "she governed alone, and in 1884 she dismissed Prince Gong from all his posts.")
    refs = _references(text, "Empress Dowager Cixi")
    assert refs[3].key != "Empress Dowager Ci'an", refs[3]


def test_one_a_sentence_acts_on_by_a_calling_may_be_the_next_he(nlp: Any) -> None:
    """(3) "Count Stephen Széchenyi accused the journalist of leading the nation towards revolution. He answered with
    a vigour ... Having lost the editorship in 1844, he founded the Protective Association": "the journalist" is the
    main subject, named otherwise, and both "he" had been given to Széchenyi, so the bank said Széchenyi founded it."""
    text = ("Lajos Kossuth\n\nLajos Kossuth was born in 1802. In 1841 he became editor of the Pesti Hírlap. In his "
            "pamphlet The People of the East, published in the same year, Count Stephen Széchenyi accused the "
            "journalist of leading the nation towards revolution. He answered with a vigour which only increased his "
            "following. Having lost the editorship in 1844, he founded the Protective Association.")
    refs = _references(text, "Lajos Kossuth")
    assert refs[3].key != "Stephen Széchenyi" and refs[4].key != "Stephen Széchenyi", refs


def test_a_pronoun_before_a_doubtful_name_is_that_ones_and_a_sahib_is_a_man(nlp: Any) -> None:
    """(3) "Sir Hugh Wheeler held a weak entrenchment. From his palace at Bithur, Nana Sahib took command of the rebels.
    He was the adopted son of Baji Rao II": "Nana" is a woman's name in the tables and "From" opened no phrase whose
    pronoun points ahead, so both pronouns were Wheeler's, and the bank said "From Hugh Wheeler's palace at ____" and
    "Hugh Wheeler was the adopted son of ____"."""
    text = ("The Indian Rebellion\n\nAt Kanpur, General Sir Hugh Wheeler held a weak entrenchment with about 900 "
            "people. From his palace at Bithur, Nana Sahib took command of the rebels. He was the adopted son of Baji "
            "Rao II, the last Peshwa.")
    refs = _references(text, "The Indian Rebellion")
    assert refs[1].key != "Hugh Wheeler" and refs[2].key != "Hugh Wheeler", refs


def test_a_name_with_its_other_spelling_in_brackets_and_a_town_laid_siege_to(nlp: Any) -> None:
    """(1) "Rani Lakshmibai (Laxmibai) of Jhansi was the widow of Raja Gangadhar Rao ... Sir Hugh Rose laid siege to
    Jhansi": the model's name ended inside the bracket, so the queen was lost and "Jhansi" (a person to the model)
    stood for her: "Jhansi escaped on horseback by night". The name is what comes before the bracket; a town laid
    siege to is a place."""
    kinds, keys = _kinds_and_keys("Rani Lakshmibai (Laxmibai) of Jhansi was the widow of Raja Gangadhar Rao, and after "
                                  "his death in 1853 the Company annexed her state. In March 1858 Sir Hugh Rose laid "
                                  "siege to Jhansi, and early in April he stormed the city.")
    assert kinds.get("Rani Lakshmibai") is AnswerKind.PERSON, kinds
    assert kinds.get("Jhansi") is not AnswerKind.PERSON, kinds


def test_a_land_in_a_title_is_no_surname_and_a_chronicler_writing_is_no_event(nlp: Any) -> None:
    """(3) "In debt and refused control of Normandy, he tried to ambush his father at Limoges": "Normandy", the land of
    two people's titles ("Robert of Normandy"), was taken for a surname two people share, so the "he" was left as
    written and asked with no context ("... he tried to ambush his father at ____"). (6) "The chronicler William of
    Tyre, writing between 1170 and 1184": when a chronicler wrote is no date of the story."""
    from quizapp.bank.questions.trivia import commenting

    text = ("Eleanor of Aquitaine\n\nEleanor of Aquitaine married Henry II in 1152. Robert of Normandy and William of "
            "Normandy were his forebears. In 1183, the young King Henry tried again to force his father to hand over "
            "some of his patrimony. In debt and refused control of Normandy, he tried to ambush his father at Limoges.")
    refs = _references(text, "Eleanor of Aquitaine")
    assert 3 in refs and refs[3].key is not None, refs
    chronicle = "The chronicler William of Tyre, writing between 1170 and 1184, placed the blame on the baggage."
    start = chronicle.index("William")
    assert commenting(chronicle, start, start + len("William of Tyre"))


def test_a_verb_of_time_keeps_its_time_and_a_name_opening_a_question_keeps_its_capital(nlp: Any) -> None:
    """(7) "His death, on 23 September, came three days after the city fell": the phrase that points back was left out,
    and the bank asked "John Nicholson's death, on ____, came."; "The People of the East, published in the same year,"
    became "published,". And "When was eleanor crowned queen of England ...?": a name the parse took for a common noun
    lost its capital."""
    from quizapp.bank.questions.prompts import wh_question

    bank = _bank_of("The Indian Rebellion\n\nIn August Brigadier John Nicholson arrived from the Punjab with "
                    "reinforcements, and the assault began on 14 September 1857. Nicholson led the main column "
                    "through the breach, but he was shot in a narrow lane. His death, on 23 September, came three days "
                    "after the city fell.")
    assert not [q.prompt for q in bank.questions if re.search(r"\bcame\.$", q.prompt)]
    s = sentences_of(split_paragraphs(clean_text("Eleanor was crowned queen of England by the archbishop of "
                                                 "Canterbury on 19 December 1154.")))[0]
    from quizapp.bank.nlp.parse import parse_sentences

    fr = frame(s, None, parse=parse_sentences([s.text])[0])
    assert fr is not None
    start = s.text.index("19 December")
    asked = wh_question(fr, (start, start + len("19 December 1154")), "when")
    assert not asked or "Eleanor" in asked, asked


def test_a_subject_pronoun_after_a_name_in_passing_is_not_left_as_written(nlp: Any) -> None:
    """(3) "In 1847, with the help of Count Lajos Batthyány, he was elected a deputy": the name before the "he" made it
    count as resolved in its own sentence, so the bank asked "In ____, with the help of Count Lajos Batthyány, he was
    elected ..." with nothing to say who "he" is. A name in passing is not the subject pronoun after it; and a context
    opening "Having lost the editorship in 1844, he founded" leaves its "he" unsaid as well."""
    text = ("Lajos Kossuth\n\nLajos Kossuth was born in 1802 at Monok. In 1841 Kossuth became editor of the Pesti "
            "Hírlap. In 1847, with the help of Count Lajos Batthyány, he was elected a deputy of the county of Pest.")
    refs = _references(text, "Lajos Kossuth")
    assert 2 in refs and refs[2].key != "Lajos Batthyány", refs
    bank = _bank_of(text)
    assert not [q.prompt for q in bank.questions if "Batthyány, he was elected" in q.prompt], bank.questions


def test_the_thing_told_before_does_not_hide_a_sentence_pinned_by_its_own_names(nlp: Any) -> None:
    """(1) "The column's commander, Henry Havelock, retook Kanpur on 17 July" followed a sentence of "a British relief
    column" that could not stand before it as context, so "the column" made it a riddle and it was never asked. A
    sentence that names three people, places or dates of its own is asked whatever "the" thing it speaks of besides;
    one that names fewer still needs the sentence before ("The group became known as ...")."""
    text = ("The Indian Rebellion\n\nThe rebels held Kanpur for three weeks. On 15 July, as a British relief column "
            "drew near, they were killed and their bodies thrown into a well. The column's commander, Henry Havelock, "
            "retook Kanpur on 17 July. Havelock then marched on Lucknow.\n\nThe rebels formed a council. They met "
            "in secret. The council was dissolved by Colin Campbell.")
    bank = _bank_of(text)
    assert any(q.answer == "Henry Havelock" and "retook Kanpur" in q.prompt for q in bank.questions), bank.questions
    assert not [q.prompt for q in bank.questions if "The council was dissolved" in q.prompt], bank.questions


def test_a_life_told_as_she_is_hers_whatever_her_title_says(nlp: Any) -> None:
    """(3) A queen who ruled as pharaoh, with a name no table of first names holds: "the last king" voted her a man,
    her pronouns voted her a woman, the tie left her with no gender, and every "she" of her life went unresolved, so
    the bank asked a dozen questions of fifty sentences. Where nothing else decides the main subject's gender, the
    subject pronouns the text mostly uses do. Her name, opening every sentence that names her, is the title's, so it
    is no common word that only a sentence's start capitalises."""
    from quizapp.bank.derive import main_person
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.mentions.references import person_genders
    from quizapp.bank.nlp.parse import parse_sentences

    text = ("Sobekneferu\n\nSobekneferu, the last king of the Twelfth Dynasty, ruled Egypt for almost four years. "
            "She was probably a daughter of Amenemhat III. Sobekneferu came to the throne after the death of "
            "Amenemhat IV, about 1806 BC. She finished her father's pyramid at Hawara. She built at Herakleopolis. She "
            "sent an expedition to the Eastern Desert. Sobekneferu, a pharaoh in her own right, was shown in a king's "
            "kilt over a woman's dress. She was followed by Wegaf, who founded the Thirteenth Dynasty. Sobekneferu's "
            "name was kept in the king lists of Karnak and Saqqara.")
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    parses = parse_sentences([s.text for s in sentences])
    index = build_index(sentences, parses, hint="Sobekneferu")
    hero = main_person(index, sentences, "Sobekneferu")
    assert hero == "Sobekneferu"
    assert person_genders(sentences, parses, index, hero).get(hero) == "f"
    bank = _bank_of(text)
    assert any(q.answer == "Hawara" and "Sobekneferu finished" in q.prompt for q in bank.questions), bank.questions


def test_a_pronoun_subject_of_its_own_clause_does_not_point_ahead(nlp: Any) -> None:
    """(3) "For some years he wavered between the English and the Scottish side; he swore fealty to Edward I in 1296,
    but joined the rising of William Wallace": "For" opens phrases whose pronoun may point ahead, and the first person
    after a comma was Wallace, so the "he" of a life of Robert the Bruce became Wallace. A pronoun that is the subject
    of a clause of its own, or stands before a semicolon, is no opening phrase's."""
    text = ("Robert the Bruce\n\nRobert the Bruce, king of Scotland, was born in 1274 at Turnberry Castle. In 1292 he "
            "became earl of Carrick. For some years he wavered between the English and the Scottish side; he swore "
            "fealty to Edward I in 1296, but joined the rising of William Wallace in the following year.")
    refs = _references(text, "Robert the Bruce")
    assert 2 in refs and refs[2].key != "William Wallace", refs
    text = ("Julius Caesar\n\nGaius Julius Caesar was a Roman general and statesman. He was born in Rome into a "
            "patrician family. As a young man he married Cornelia, the daughter of Lucius Cornelius Cinna, a rival of "
            "the dictator Sulla.")  # "As" the parser's root, "married" a clause of "man": still the main clause
    refs = _references(text, "Julius Caesar")
    assert 2 in refs and refs[2].key != "Lucius Cornelius Cinna", refs


def test_a_man_named_once_between_the_main_subject_and_his_pronoun_is_not_he(nlp: Any) -> None:
    """(2) "He was tried by a military court ... The new governor-general, Camilo de Polavieja, confirmed the sentence
    two days later. On the last night of his life he wrote a farewell poem": the one man of the sentence before took
    the "his", and the next "he"s after it, so the bank asked "Camilo de Polavieja was shot by a firing squad at ____".
    A man the text names once, between the main subject and the pronoun, is no sure referent; and a sentence whose
    pronoun stays unclear hides whom it meant from the next, which may mean only the main subject."""
    text = ("Nathan Hale\n\nNathan Hale was born in Coventry, Connecticut, in 1755. He taught school in New London. In "
            "September 1776 he was captured on Long Island. He was brought before the British commander on 21 "
            "September 1776. General William Howe ordered his execution without a trial. On the last night of his "
            "life he asked for a Bible. He gave his letters to an officer, who destroyed them. On the morning of 22 "
            "September he was hanged near the artillery park.")
    refs = _references(text, "Nathan Hale")
    assert not [r for i, r in refs.items() if i >= 5 and r.key == "William Howe"], refs
    bank = _bank_of(text)
    assert not [q.prompt for q in bank.questions if re.search(r"Howe (?:was hanged|asked|gave)", q.prompt)]


def test_a_title_someone_became_or_holds_in_a_line_is_no_other_person(nlp: Any) -> None:
    """(1) "Siraj ud-Daulah became Nawab of Bengal" made "Nawab of Bengal" a person, offered beside Siraj as if another
    man ("Who had already fled on a camel ...?": Siraj, the Nawab of Bengal, ...); "Simon de Montfort, sixth Earl of
    Leicester" was asked "Simon de Montfort, sixth ____" with three men as options. A title one becomes, or holds as
    the sixth of its line, is no one else of the story."""
    _, index = _index_of("Plassey\n\nIn April 1756 the young Siraj ud-Daulah became Nawab of Bengal after the death "
                         "of his grandfather, Alivardi Khan. Simon de Montfort, sixth Earl of Leicester, was born in "
                         "France about 1208. Robert Clive marched north in June 1757.")
    assert "Nawab of Bengal" not in index.kinds and "Earl of Leicester" not in index.kinds, index.kinds


def test_a_dictionary_headword_in_capitals_is_written_as_a_name() -> None:
    """(7) "ROBERT THE BRUCE (1274-1329), king of Scotland, was born ...": a 1910 dictionary's headword in capitals
    became the main subject's name, so every resolved "he" read "In 1292 ROBERT THE BRUCE became earl of Carrick". A
    headword opening a paragraph before its dates or a comma is written as a name is; a heading in capitals, an
    acronym and capitals before a verb are left as they are."""
    assert clean_text("ROBERT THE BRUCE (1274-1329), king of Scotland, was born") == (
        "Robert the Bruce (1274-1329), king of Scotland, was born")
    assert clean_text("KOSSUTH, LAJOS (1802-1894), Hungarian patriot") == (
        "Lajos Kossuth (1802-1894), Hungarian patriot")  # a surname first is turned as a name is read
    for kept in ("THE EARLY YEARS\n\nHe was born.", "NATO, the alliance, was founded.", "USSR AND USA signed it."):
        assert clean_text(kept) == kept
    bank = _bank_of("Robert the Bruce\n\nROBERT THE BRUCE (1274-1329), king of Scotland, was born on the 11th of July "
                    "1274 at Turnberry Castle. In 1292 he became earl of Carrick on his mother's resignation of the "
                    "title. In 1306 he was crowned at Scone.")
    assert not [q.prompt for q in bank.questions if "BRUCE" in q.prompt], bank.questions


def test_a_timeline_a_case_name_and_a_junior_are_read_as_written(nlp: Any) -> None:
    """(7) A handout's list of key dates ("- 1964: He received the Nobel Peace Prize") was asked with its dash and its
    capital "He", or not at all; "Browder v. Gayle" ended a sentence at "v."; "Martin Luther King Jr." lost its full
    stop in every prompt that named him. A dated line of a list reads as the sentence it stands for ("In 1964, he
    received ..."), "v." is no full stop, and "Jr." keeps its own."""
    assert clean_text("Key events\n- 1957: King helped found the SCLC.\n- August 28, 1963: He gave his speech.") == (
        "Key events\nIn 1957, King helped found the SCLC.\nOn August 28, 1963, he gave his speech.")
    assert clean_text("1848 was a year of revolutions.") == "1848 was a year of revolutions."
    bank = _bank_of("Martin Luther King Jr.\n\nMartin Luther King Jr. was born in Atlanta, Georgia, in 1929. The "
                    "boycott ended after the Supreme Court ruled in Browder v. Gayle that segregated buses were "
                    "unconstitutional.\n\nKey events\n- 1957: Martin Luther King Jr. helped found the Southern "
                    "Christian Leadership Conference.\n- 1964: He received the Nobel Peace Prize in Oslo.")
    prompts = [q.prompt for q in bank.questions]
    assert not [p for p in prompts if p.startswith("-") or re.search(r"King Jr\b(?!\.)", p)], prompts
    assert any("Browder v. Gayle that segregated" in q.source_sentence for q in bank.questions), prompts
    assert any(q.answer == "1964" and "received the Nobel Peace Prize" in q.prompt for q in bank.questions), prompts


def test_a_congress_that_acts_as_a_body_is_asked_as_one(nlp: Any) -> None:
    """(8) "The Congress of Angostura opened on 15 February 1819 and elected him president" and "He chaired the
    Congress of Berlin in the summer of 1878" named no answer: a congress was an event, and events are no kind. A
    congress, conference or council of delegates the text makes act as a body is asked as one; a battle still is
    not."""
    _, index = _index_of("Simón Bolívar\n\nThe Congress of Angostura opened on 15 February 1819 and elected "
                         "Simón Bolívar president of Venezuela. In December the Congress of Angostura proclaimed the "
                         "Republic of Colombia. The Battle of Boyacá was fought on 7 August 1819.")
    assert index.kinds.get("Congress of Angostura") is AnswerKind.ORG, index.kinds
    assert "Battle of Boyacá" not in index.kinds


def test_a_month_before_a_name_is_the_days_and_a_day_alone_takes_its_sentences_month(nlp: Any) -> None:
    """(8) "On the evening of the 20th of March Napoleon entered Paris" made "March Napoleon" a man (March is a first
    name), and every "he" of the text became him; "He crossed the Belgian frontier on the 15th of June, defeated
    Blücher at Ligny on the 16th" dated Ligny 16 March, the month of the sentence before. A month after a day is the
    day's; a day alone takes the month of the date before it in its own sentence first."""
    text = ("The Hundred Days\n\nThe king fled from the Tuileries on the 19th of March 1815. On the evening of the "
            "20th of March Napoleon entered Paris. The allies declared him an outlaw on the 13th of March. He crossed "
            "the Belgian frontier on the 15th of June, defeated Blücher at Ligny on the 16th, and was routed at "
            "Waterloo.")
    _, index = _index_of(text, "The Hundred Days")
    assert "March Napoleon" not in index.kinds and index.kinds.get("Napoleon") is AnswerKind.PERSON, index.kinds
    dates = [d.iso for found in _dates_of(text)[1].values() for d in found]
    assert "1815-06-16" in dates and "1815-03-16" not in dates, dates


def test_an_agent_whose_own_is_its_is_no_person(nlp: Any) -> None:
    """(1) "That evening Colonel Labédoyère brought him the Seventh Regiment, and Grenoble opened its gates": a town
    the model called a person once, and the text made it act, was typed a person and asked with three men as options.
    A doer whose own is "its" is a town or a body, not a person."""
    _, index = _index_of("The Hundred Days\n\nNapoleon landed near Cannes and took the mountain road by Digne and Gap. "
                         "That evening Colonel Labédoyère brought him the Seventh Regiment, and Grenoble opened its "
                         "gates. Marshal Ney joined him at Auxerre.", "The Hundred Days")
    assert index.kinds.get("Grenoble") is not AnswerKind.PERSON, index.kinds


def test_a_name_the_model_calls_a_body_but_the_text_a_man_is_a_person(nlp: Any) -> None:
    """(1) "Ōkubo Toshimichi was assassinated in Tokyo in 1878": a body once to the model, with no first name the
    tables know, was doubtful and could be no answer; what is done to people alone says person. A plural of a party
    ("Conservative Porfirians in the Senate") stays no one."""
    from tests.bank.conftest import CORPUS

    text = (CORPUS / "handout_meiji_restoration.txt").read_text(encoding="utf-8")
    _, index = _index_of(text + "\n\nConservative Porfirians in the Senate refused to pass the reforms.",
                         "Meiji Restoration")
    assert index.kinds.get("Ōkubo Toshimichi") is AnswerKind.PERSON, index.kinds
    assert index.kinds.get("Conservative Porfirians") is not AnswerKind.PERSON


def test_a_life_before_the_era_gets_its_date_questions(nlp: Any) -> None:
    """(8) A life of Augustus told in years BC got no date question: "44 BC" was no date, and "c. 1479 BC" was asked as
    "____ BC" with AD 1479 for its answer. Dates BC are dates of their own, asked whole ("murdered on ____": 15 March
    44 BC), offered wrong dates BC only, carried to "the following year" (42 BC), and a life in brackets "(69–30 BC)"
    asks an end as "born ____" (69 BC) or "died ____" (30 BC)."""
    bank = _bank_of(
        "Augustus\n\nAugustus (23 September 63 BC – 19 August AD 14) was the first Roman emperor. He was born Gaius "
        "Octavius in Rome.\n\nHis great-uncle Julius Caesar adopted him in his will. After Caesar was murdered on 15 "
        "March 44 BC, the young Octavian travelled to Rome to claim his inheritance.\n\nIn 43 BC Octavian, Antony and "
        "Marcus Lepidus formed the Second Triumvirate. The following year their armies defeated Brutus and Cassius at "
        "Philippi in Macedonia.\n\nCleopatra VII (69–30 BC) was the last ruler of the Ptolemaic Kingdom. In AD 9 three "
        "legions under Publius Quinctilius Varus were destroyed in the Teutoburg Forest by Arminius.")
    dates = {q.date: q for q in bank.questions if q.type is QuestionType.DATE}
    assert {"-0063-09-23", "-0044-03-15", "-0043", "-0042", "0009"} <= set(dates), sorted(dates)
    assert dates["-0044-03-15"].answer == "15 March 44 BC" and "murdered on ____" in dates["-0044-03-15"].prompt
    life = dates.get("-0069") or dates["-0030"]  # one end of her life asked, as "born ____" or "died ____"
    assert re.search(r"\((?:born|died) ____\)", life.prompt) and life.answer in ("69 BC", "30 BC"), life
    assert all(o.startswith("-") for iso, q in dates.items() if iso.startswith("-") for o in q.distractors), dates
    assert not any(re.search(r"\bin -\d", q.prompt) for q in bank.questions), [q.prompt for q in bank.questions]


_CHARLES_XII = (
    "CHARLES XII. (1682-1718), king of Sweden, was the son of Charles XI. and of Ulrika Eleonora of Denmark. The "
    "prince was taught by the best masters of Stockholm; the king, his father, took him hunting bears in the "
    "forests of Kungsör. He was harsh with the boy, but he loved him.\n\nIn 1697 Charles XI. died, and the "
    "prince succeeded him at the age of fifteen. The young king was declared of age the same year. In 1700 "
    "Denmark, Saxony and Russia attacked Sweden together. He landed in Zealand and forced the Danes to make "
    "peace at Travendal.\n\nThe king then turned on Augustus II. of Saxony and Poland. In 1708 he marched into "
    "Russia, and at Poltava his army was destroyed by Peter the Great. He fled to the Turks at Bender, where he "
    "stayed for five years.")


def test_a_sketch_calls_its_king_the_king(nlp: Any) -> None:
    """(3) A 1910 sketch tells its king as "the prince", "the young king" and "the king" more than by name, and every
    "he" after them was left unresolved, so its sentences were dropped. The office its opening gives the main subject
    ("CHARLES XII. (1682-1718), king of Sweden") is they, from the sentence that tells the accession on ("the prince
    succeeded him"), and "the prince" before it; before it "the king" is another (his father), whose "he" stays
    unclear. An old style's full stop after a reign's number ("Charles XI. and", "CHARLES XII. (") ends no sentence."""
    assert clean_text("CHARLES XII. (1682-1718), king of Sweden, son of Charles XI. and of Ulrika. He was.").startswith(
        "Charles XII (1682-1718), king of Sweden, son of Charles XI and of Ulrika.")
    assert _key_of(_CHARLES_XII, "Charles XII", "He was harsh with the boy") is None
    assert _key_of(_CHARLES_XII, "Charles XII", "He landed in Zealand") == "Charles XII"
    assert _key_of(_CHARLES_XII, "Charles XII", "In 1708 he marched") == "Charles XII"
    assert _key_of(_CHARLES_XII, "Charles XII", "He fled to the Turks") == "Charles XII"


def test_the_title_names_the_one_the_text_opens_with(nlp: Any) -> None:
    """(4) "Frederick the Great" fits Frederick II, his father Frederick William I and his nephew Frederick William II
    alike when each is named once, and the tie went to the nephew by the spelling of his name; the text's subject is
    the one it names first."""
    from quizapp.bank.derive import main_person, naming_title  # noqa: PLC0415

    text = ("Frederick II., king of Prussia, commonly called the Great, was born at Berlin in 1712, the son of "
            "Frederick William I. The king his father was a hard man. He died in 1786 at Potsdam, and his nephew "
            "Frederick William II. succeeded him.")
    sentences, index = _index_of(text, "Frederick the Great")
    assert main_person(index, sentences, naming_title(split_paragraphs(clean_text(text)), "Frederick the Great")) \
        == "Frederick II"


def test_a_paragraph_of_a_life_opens_with_its_subject(nlp: Any) -> None:
    """(3) "Her mother kept a small school. She taught her daughter to read. At sixteen she left home." leaves its
    "she" unclear (the mother, or the daughter?), and every "she" after it was unclear too, to the end of the text: a
    woman's life lost its sentences. A paragraph that opens on a pronoun of the main subject's gender, where the one
    before ended on no one named, is the main subject's; one naming two women stays unclear."""
    text = ("Jane Marsh was born in Bristol in 1820, the daughter of a ship's carpenter. Her mother kept a small "
            "school for the children of the dockyard. She taught her daughter to read and to keep accounts. At "
            "sixteen she left home to work as a governess in Bath.\n\nIn 1841 she moved to London. She found "
            "work at a hospital in Southwark, where she nursed the victims of typhus. Her skill was noticed by "
            "the physician Thomas Hodgkin. He asked her to help him with his lectures.\n\nIn 1848 she married "
            "the printer Samuel Marsh. Her husband died of cholera the following year. Her mother came from "
            "Bristol to help her. She died there in 1851.")
    assert _key_of(text, "Jane Marsh", "She taught her daughter") is None
    assert _key_of(text, "Jane Marsh", "In 1841 she moved") == "Jane Marsh"
    assert _key_of(text, "Jane Marsh", "She found work") == "Jane Marsh"
    assert _key_of(text, "Jane Marsh", "In 1848 she married") == "Jane Marsh"
    assert _key_of(text, "Jane Marsh", "She died there in 1851") is None


def test_a_child_named_after_a_parent_is_no_alias_of_them(nlp: Any) -> None:
    """(2) "the eldest son of Charles IX and of his second wife, Christina of Holstein-Gottorp ... His daughter
    Christina, a child of six, succeeded him": the girl was written as her grandmother, so the prompt stated a
    falsehood. A first name the text gives a child is no alias of the longer name it gives a parent or a spouse, nor
    the other way round."""
    text = ("Gustavus Adolphus\n\nGustavus Adolphus (1594-1632), king of Sweden, was born at Stockholm, the eldest son "
            "of Charles IX and of his second wife, Christina of Holstein-Gottorp. He succeeded his father in 1611. He "
            "was killed at Lützen in 1632. His daughter Christina, a child of six, succeeded him, and Axel Oxenstierna "
            "governed in her name.")
    sentences, index = _index_of(text, "Gustavus Adolphus")
    keys = {m.text: m.key for found in index.by_sentence.values() for m in found if m.text.startswith("Christina")}
    assert keys.get("Christina of Holstein-Gottorp") == "Christina of Holstein-Gottorp", keys
    assert keys.get("Christina") != "Christina of Holstein-Gottorp", keys


def test_a_people_is_no_place_and_a_reign_number_ends_a_name(nlp: Any) -> None:
    """(1) "He fled to the Turks at Bender" made "Turks" a place, offered beside Narva and Poltava; "that of Charles V
    nor that of Louis XIV" made "Charles" a name of its own, asked as "that of ____ V". A people in the plural the model
    calls nothing is no place (but "the Lowlands" are one), and a reign's number after a first name is part of it. A
    clause asked alone opens with neither its "and" nor a comma ("And, with Eliza, ...")."""
    _, index = _index_of("Charles XII\n\nAfter Poltava Charles XII fled to the Turks at Bender, where he stayed for "
                         "five years. His army had marched from Narva to the Lowlands of Saxony.", "Charles XII")
    assert index.kinds.get("Turks") is not AnswerKind.PLACE, index.kinds
    _, index = _index_of("As no domination could become universal, neither that of Charles V nor that of Louis XIV, "
                         "the weak always uniting against the strong.", "Europe")
    assert "Charles V" in index.kinds and "Charles" not in index.kinds, index.kinds
    bank = _bank_of("Mary Wollstonecraft\n\nMary Wollstonecraft was born in Spitalfields in 1759. In 1784 she took "
                    "the leading part in removing her sister Eliza, the wife of Mr. Meredith Bishop, from an unhappy "
                    "marriage; and in the same year, with Eliza, her younger sister Everina, and Fanny Blood, she "
                    "opened a school at Newington Green, a village then much inhabited by Dissenters.")
    assert not any(re.match(r"(?:And\b|[,;])", q.prompt) for q in bank.questions), [q.prompt for q in bank.questions]


def test_namesakes_stay_apart(nlp: Any) -> None:
    """(2) "In 218 BC Hannibal" made a man called "BC Hannibal"; "his brother Hasdrubal" was written as "his son-in-law,
    Hasdrubal the Fair", and "Caesar" of the Ides of March as Cleopatra's son "Ptolemy Caesar", named only later as a
    newcomer ("she bore a son, Ptolemy Caesar"), even as "Julius Ptolemy Caesar"; "proclaimed ... Caesarion King of
    Kings" made the boy's name his title. An era is no part of a name, an in-law and a brother are two people, a name
    the text spoke of before a newcomer of a longer name is not them, a first name before a name is kept as written,
    and a title given is no part of a name."""
    sentences, index = _index_of(
        "The Second Punic War\n\nHamilcar Barca drowned in 228 BC, and the command passed to his son-in-law, Hasdrubal "
        "the Fair. In 218 BC Hannibal crossed the Ebro. Hannibal left his brother Hasdrubal behind to hold Spain. In "
        "207 BC Hasdrubal crossed the Alps.", "The Second Punic War")
    keys = {m.text: m.key for found in index.by_sentence.values() for m in found}
    assert "BC Hannibal" not in keys and keys.get("Hannibal") == "Hannibal", keys
    assert keys.get("Hasdrubal") != "Hasdrubal the Fair", keys
    text = ("Cleopatra\n\nIn 48 BC Pompey, beaten by Julius Caesar at Pharsalus, fled to Egypt. Caesar reached "
            "Alexandria soon after. Caesar took the side of Cleopatra against her brother. Caesar won the war at the "
            "Nile. In 47 BC she bore a son, Ptolemy Caesar, whom the people of Alexandria called Caesarion. In 34 BC "
            "Antony and Cleopatra proclaimed her Queen of Kings and Caesarion King of Kings.")
    _, index = _index_of(text, "Cleopatra")
    keys = {m.text: m.key for found in index.by_sentence.values() for m in found}
    assert keys.get("Caesar") != "Ptolemy Caesar" and "Caesarion King of Kings" not in index.kinds, keys
    assert not any("Julius Ptolemy" in q.prompt for q in _bank_of(text).questions)


def test_the_dead_are_killed_no_more_and_rivers_are_no_towns(nlp: Any) -> None:
    """(3) "When Hamilcar Barca drowned in 228 BC, the command passed to his son-in-law, Hasdrubal the Fair. He was
    murdered in 221 BC" gave the murder to the drowned man. (1) "the Tiber" and "the Nile", names that look like towns,
    were offered for Rome. One who died in the sentence before is killed no more; a river the text tells as one
    ("across the Tiber", "the Nile delta") is offered beside rivers only."""
    text = ("The Second Punic War\n\nThe Carthaginian general Hamilcar Barca looked to Spain for new silver and new "
            "soldiers, and from 237 BC he built up a Carthaginian province there. When Hamilcar drowned in 228 BC, the "
            "command passed to his son-in-law, Hasdrubal the Fair, who founded New Carthage as the capital of the "
            "province. He was murdered in 221 BC, and the army chose Hannibal, then about twenty-five, as its general.")
    assert _key_of(text, "The Second Punic War", "He was murdered") != "Hamilcar Barca"
    bank = _bank_of("Cleopatra\n\nCleopatra was born in Alexandria in 69 BC. In 48 BC Caesar came to Alexandria, "
                    "and the next year they sailed up the Nile together. In 46 BC she went to Rome and lived in his "
                    "gardens across the Tiber. Antony met her at Tarsus in 41 BC. She spent the winter with him in "
                    "Alexandria. Octavian defeated them at Actium, and she died in Alexandria in 30 BC. Caesar had "
                    "been murdered in Rome in 44 BC, and Octavian was at Apollonia when he heard the news.")
    for q in bank.questions:
        if q.answer in ("Rome", "Alexandria", "Tarsus"):
            assert not {"Nile", "Tiber"} & set(q.distractors), (q.prompt, q.distractors)


def test_a_clause_asked_alone_has_no_pronoun_of_the_one_before(nlp: Any) -> None:
    """(7) "In October of the same year the emperor Charles VI died, and his daughter Maria Theresa succeeded to the
    Habsburg dominions" was asked of its second clause alone: "His daughter ____ succeeded ...", whose "his" is the
    first clause's. "Perhaps 50,000 Romans died." was asked as "Perhaps ____ Romans died.": which battle, only the
    sentences before say. A clause that opens on a pronoun is not asked alone, nor a count of five words."""
    bank = _bank_of("Frederick the Great\n\nFrederick II, king of Prussia, was born at Berlin in 1712. In the "
                    "spring of 1740 his father died at Potsdam. In October of the same year the emperor Charles VI "
                    "died, and his daughter Maria Theresa succeeded to the Habsburg dominions under the Pragmatic "
                    "Sanction. At Cannae the Romans were surrounded on every side. Perhaps 50,000 Romans died.")
    assert not any(re.match(r"(?:His|Her|Perhaps ____)\b", q.prompt) for q in bank.questions), \
        [q.prompt for q in bank.questions]


def test_a_state_named_by_its_kind_is_no_town(nlp: Any) -> None:
    """(1) "Augustus kept the forms of the Republic" made "Republic" a town, offered for Rome and Alexandria. A state
    named by its kind alone is a state, beside states."""
    from quizapp.bank.mentions.places import place_grain  # noqa: PLC0415

    assert place_grain("Republic") == place_grain("the Roman Empire") == "country"
    assert place_grain("Rome") != "country"


def test_a_calling_as_subject_is_not_the_man_named_in_passing(nlp: Any) -> None:
    """(3) "When John XXIII fled from Constance in March 1415, the prisoner was transferred to Gottlieben. He was
    brought before the council ... He was burned the same day": every "he" went to the pope named in the "when"
    clause, so three questions said the pope was burned; and "Wenceslaus withdrew his protection; the
    excommunication of the preacher was renewed. In October 1412 he withdrew into the country" made the king the
    author of the reformer's book. A calling that is a sentence's subject or object ("the prisoner", "the preacher")
    is someone the next "he" may mean, so the man named beside it is no sure reading."""
    text = ("Petr Rokyta\n\nPetr Rokyta (1380–1438) was a Moravian preacher. In 1436 he went to the council at "
            "Basel. There he was arrested and thrown into a tower. When Pope Eugene fled from the city in March "
            "1437, the prisoner was moved to the castle of Kyburg. He was tried before the council in June 1437. "
            "Duke Albert, who took a share of the fines, now withdrew his favour; the sentence on the preacher was "
            "renewed. In October 1437 he withdrew into the mountains.")
    refs = _references(text, "Petr Rokyta")
    assert all(r.key not in ("Pope Eugene", "Duke Albert", "Albert", "Eugene") for r in refs.values()), refs
    bank = _bank_of(text)
    assert not [q.prompt for q in bank.questions if re.search(r"Eugene (?:was tried|withdrew)|Albert withdrew into",
                                                              q.prompt)], [q.prompt for q in bank.questions]


def test_a_man_named_in_a_phrase_of_the_verb_is_not_its_subject(nlp: Any) -> None:
    """(7) "For Mehmed he cast an enormous bronze cannon" was asked as "For ____ he cast an enormous bronze cannon",
    answered Mehmed: the "he" (the founder Orban, two sentences back) was taken for Mehmed, named before it, and left
    standing unresolved in the prompt. A man named in a phrase of the verb whose subject a pronoun is, is never that
    pronoun's person."""
    text = ("The Siege\n\nA cannon founder named Urban had offered his services to the emperor Constantine, but the "
            "emperor could not pay his wages. He went to the sultan instead. For Mehmed he cast an enormous bronze "
            "cannon, more than eight metres long, that fired stone balls weighing several hundred kilograms. Mehmed "
            "sent his troops forward in three waves in May 1453.")
    refs = _references(text, "The Siege")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    cast = next(s.index for s in sentences if s.text.startswith("For Mehmed"))
    assert cast not in refs or refs[cast].key != "Mehmed", refs.get(cast)
    assert not [q.prompt for q in _bank_of(text).questions if q.prompt.startswith("For ____ he")]


def test_a_people_of_a_place_is_no_person(nlp: Any) -> None:
    """(1) "The Genoese of Galata quickly surrendered their colony" was asked with three men as options: the model
    took "Genoese of Galata" for a person. A people's word before "of" and a place is a people of that place."""
    kinds, _ = _kinds_and_keys("The Venetians held out for a week. The Genoese of Galata quickly surrendered their "
                               "colony. Later the Genoese of Galata kept their trade. Giustiniani was a Genoese "
                               "captain.")
    assert kinds.get("Genoese of Galata") is not AnswerKind.PERSON, kinds


def test_a_name_of_one_word_is_not_offered_among_full_names(nlp: Any) -> None:
    """(7) "It killed both of her parents and her infant brother ____" (Stanley) was offered beside "Ferdinand L.
    Barnett", "Will Stewart" and "Frederick Douglass": the one name of one word is the answer. A person named by one
    word alone is offered beside others so named, or typed."""
    bank = _bank_of("Mary Ann Shadd\n\nMary Ann Shadd was born in Wilmington, Delaware, in 1823. In 1838 a fever "
                    "swept through the town. It killed her grandmother and her infant brother Isaac. In 1850 she "
                    "moved to Windsor, where she met Henry Bibb and Frederick Douglass. Henry Bibb edited a paper "
                    "called the Voice of the Fugitive. Frederick Douglass praised her school in 1852. In 1856 she "
                    "married Thomas Cary, a barber of Toronto. Thomas Cary died in 1860. Henry Bibb died in 1854, and "
                    "Frederick Douglass visited Windsor again in 1857.")
    for q in bank.questions:
        if q.answer == "Isaac":
            assert not q.distractors or any(" " not in d for d in q.distractors), (q.prompt, q.distractors)


def test_a_name_is_not_asked_beside_its_own_adjective(nlp: Any) -> None:
    """(6) "The city's greatest protection was the Theodosian Walls, built in the fifth century under the emperor
    ____" (Theodosius II): the walls' name gives the emperor away. A name's own adjective ("Theodosian", "Victorian",
    "Napoleonic") beside the blank is a giveaway, as the name itself is."""
    from quizapp.bank.questions.candidates import visible  # noqa: PLC0415

    assert visible("Theodosius II", "The Theodosian Walls were built under the emperor ____.")
    assert visible("Queen Victoria", "In the Victorian era Boudica came to be seen as ____'s namesake.")
    assert visible("Napoleon Bonaparte", "After the Napoleonic wars ____ was sent to Saint Helena.")
    assert not visible("Theodosius II", "The land walls were built under the emperor ____.")


def test_a_subtitle_is_no_blank_of_its_own(nlp: Any) -> None:
    """(7) "she expanded a long report on lynching into a pamphlet, Southern Horrors: ____ in All Its Phases" was asked
    with three men as options (Lynch Law): a blank inside a work's title. What follows a title's colon is part of it."""
    sentence = "She expanded a report into a pamphlet, Southern Horrors: Lynch Law in All Its Phases, in 1892."
    start = sentence.index("Lynch")
    assert inside_name(sentence, start, start + len("Lynch Law"))
    assert not inside_name("His reason was simple: Lincoln had won.", 23, 30)


def test_an_object_pronoun_is_not_read_as_the_subject_resolved_beside_it(nlp: Any) -> None:
    """(7) "She married him in Chicago on June 27, 1895" was asked as "Ida Bell Wells married him in ____": the "she"
    was resolved, and the "him" (Ferdinand Barnett, two sentences back) was taken to be settled with it. An object "him"
    or "her" is settled by a resolved pronoun of its own gender only; else the prompt needs the sentence before."""
    bank = _bank_of("Mary Ann Shadd\n\nMary Ann Shadd was born in Wilmington, Delaware, in 1823. In 1851 she moved "
                    "to Windsor, where she founded the Provincial Freeman, a weekly paper. In 1854 Frederick Douglass "
                    "and Thomas Cary worked with her on a pamphlet protesting the exclusion of Black settlers from the "
                    "schools of Canada West. He was a widowed barber who had founded a bathhouse in Toronto, the "
                    "city's first. She married him in Toronto on January 3, 1856, and took the unusual step of joining "
                    "their names as Mary Ann Shadd Cary.")
    dangling = [q.prompt for q in bank.questions if q.prompt.startswith("Mary Ann Shadd married him")]
    assert not dangling, dangling


def test_pronouns_nobody_settled_leave_the_life_its_own(corpus: dict[str, Any]) -> None:
    """(3) "She took the name Catherine, and he married her publicly in 1712. He had her crowned empress in 1724. He
    died on 28 January (8 February) 1725": the "he" between the two women's sentences was left unresolved, and with it
    every "he" after it, so the tsar's death went unasked. Pronouns nobody settled, where the main subject is the one
    person of that sex named in the sentences before and no one unnamed could be meant, are the main subject's."""
    bank = corpus["handout_peter_the_great"].bank
    assert [q.prompt for q in bank.questions if q.date == "1725-01-28" and "Peter" in q.prompt], [
        q.prompt for q in bank.questions if "1725" in q.prompt]


@pytest.mark.parametrize(("text", "name"), [
    ("His will named his great-nephew Octavian as his heir. Octavian came to Egypt the following summer. Octavian's "
     "admiral, Marcus Agrippa, cut the supply lines. Octavian made peace at Brundisium.", "Octavian"),
    ("In 1854 she went into partnership with Thomas Day, a distant relative of her husband. They sailed for the Crimea "
     "in 1855.", "Thomas Day"),
    ("In March Castlereagh went home, and the Duke of Wellington took his place. Nine days later Wellington and the "
     "Prussian field marshal Blücher met at Waterloo.", "Wellington"),
])
def test_what_the_text_says_of_a_person_outweighs_the_shape_of_the_name(text: str, name: str) -> None:
    """(1) "Octavian", the model's nationality word six times (its ending is a people's), was no name at all in the
    Cleopatra essay, and "The month was renamed August in Caesarion's honour" took his "his" for another man; "Thomas
    Day", a partner, was an event (a "Day"); "Wellington", met once as "the Duke of Wellington" and once alone, was
    only a title's place. A kinsman's word joined to others ("great-nephew"), a commander or minister someone has
    ("Octavian's admiral"), a known first name before the surname, and a title met no more often than the man alone
    make a person."""
    kinds, _ = _kinds_and_keys(text)
    assert kinds.get(name) is AnswerKind.PERSON, kinds


@pytest.mark.parametrize(("text", "count"), [
    ("In 1089 Matilda married Welf V. She died at Bondeno in 1115.", 2),
    ("It was the empire of Charles V. Then came the war.", 2),
    ("The letter was signed by John V. Smith in 1801.", 1),
])
def test_a_reigns_number_ends_a_sentence(text: str, count: int) -> None:
    """(7) "In 1089 Matilda married Welf V. She died at Bondeno in 1115" was one sentence (the "V." an initial), and
    asked "married ____ died at Bondeno", answered "Welf V. She". A reign's number after a name, before a word that
    opens sentences, ends one; a middle initial before a surname does not."""
    assert len(sentences_of(split_paragraphs(clean_text(f"Title\n\n{text}")))) == count


def test_the_one_given_a_command_may_be_the_next_he(nlp: Any) -> None:
    """(3) "Philip gave the supreme command to his half-brother, Don John of Austria, an illegitimate son of the Emperor
    Charles V. He was only 24 years old. His chief officers were ...": the "he" and "his" went to the king, the
    sentence's subject, and "Philip II's chief officers were the Genoese admiral ____" was false. One a thing is given
    to ("to his half-brother, Don John"), as one a verb acts on, may be the next "he": no sure reading."""
    text = ("The Siege of Rhodes\n\nSuleiman gave the command of the fleet to his brother-in-law, Mustafa Pasha, a "
            "veteran of the wars in Persia. He was then fifty years old. His chief officers were Piri Reis and "
            "Kurtoğlu Muslihiddin.")
    refs = _references(text, "The Siege of Rhodes")
    assert all(r.key not in ("Suleiman",) for r in refs.values()), refs


def test_a_title_someone_assumes_is_no_person(nlp: Any) -> None:
    """(1) "He thus assumed the title of ____ (emperor) among the Timurids" was asked of Padshah with three rulers as
    options, a title typed as a person. What follows "the title of" ("the style of", "the rank of") is a title
    someone holds, no one."""
    kinds, _ = _kinds_and_keys("In 1507 Babur took Kandahar. He thus assumed the title of Padshah among the Timurids. "
                               "Ismail I ruled Persia. Selim I defeated Ismail I in 1514.")
    assert kinds.get("Padshah") is not AnswerKind.PERSON, kinds


def test_a_woman_named_after_her_calling_is_offered_beside_women(nlp: Any) -> None:
    """(1) "Zwide escaped ... before falling foul of a chieftainess named ____" (Mjanji) was offered beside three
    men: nothing gave her a gender. A calling of one sex straight before a name, "named" or "called" between them,
    gives it."""
    from quizapp.bank.mentions.references import person_genders  # noqa: PLC0415

    text = ("Title\n\nZwide fled north in 1819 and fell foul of a chieftainess named Mjanji. Mjanji ruled the baBelu. "
            "Dingiswayo died in 1817.")
    sentences, index = _index_of(text)
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    genders = person_genders(sentences, parse_sentences([s.text for s in sentences]), index)
    assert genders.get("Mjanji") == "f", genders


def test_a_pronoun_of_a_who_clause_needs_no_sentence_before(nlp: Any) -> None:
    """(7) "From 1705 a man who wished to keep his beard paid a beard tax" was asked only with the sentence before
    it, and "Monsieur, who had fled at the same time as his brother, arrived alone at Brussels" likewise: their "his"
    counted as a pronoun nobody resolved. A possessive inside a "who" clause is its subject's, whoever that is: the
    sentence stands alone (but not "the deaconesses whom she had seen", whose "she" is someone else)."""
    bank = _bank_of("Peter the Great\n\nPeter the Great returned from the West in 1698. He then cut off the beards of "
                    "his nobles with his own hands. From 1705 a man who wished to keep his beard paid a tax of up to "
                    "100 roubles a year in Moscow.")
    prompts = [q.prompt for q in bank.questions if q.date == "1705"]
    assert prompts and all(p.startswith("From ____ a man") for p in prompts), prompts
    fry = ("Elizabeth Fry\n\nElizabeth Fry visited Kaiserswerth in 1840. After the model of the deaconesses whom she "
           "had seen there, she founded a school in London.")
    sentences = sentences_of(split_paragraphs(clean_text(fry)))
    refs = _references(fry, "Elizabeth Fry")
    assert refs.get(len(sentences) - 1) is not None


def test_a_reading_list_is_no_part_of_the_story(nlp: Any) -> None:
    """(6) A sketch in the manner of a 1910 dictionary ends on where to read more: "See J. Stevenson, Documents
    illustrative of ____ (Maitland Club, 1841)", answered with the main subject's own name. A sentence that opens on
    "See" or "Cf." and cites a book (a year in brackets, a volume or a page) is no statement of the story."""
    text = ("Robert Owen\n\nRobert Owen was born at Newtown in 1771. In 1800 he took over the mills at New Lanark. "
            "See F. Podmore, Robert Owen: a Biography (London, 1906); and Lloyd Jones, Life of Robert Owen, vol. 2.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    assert [s.narrative for s in sentences] == [True, True, False]
    assert not [q.prompt for q in _bank_of(text).questions if "Podmore" in q.prompt or "1906" in q.prompt]



@pytest.mark.parametrize(("text", "other"), [
    ("Matilda of Tuscany\n\nMatilda of Tuscany (or Mathilde) was born in 1046, the daughter of Boniface III and of "
     "Beatrice of Bar. Mathilde was the name her mother used in her letters. In 1069 Matilda married Godfrey the "
     "Hunchback. Her cousin Agnes of Poitou was then the empress. In 1076 Beatrice of Bar died at Pisa. In 1077 Matilda "
     "received Pope Gregory VII at Canossa. Her friend Adelaide of Susa came to Canossa in 1077. Her rival Bertha of "
     "Savoy died in 1087.", "Mathilde"),
    ("Ottobah Cugoano\n\nOttobah Cugoano was born about 1757 on the Gold Coast. In 1770 he was taken to Grenada. In "
     "1772 Alexander Campbell brought him to England. His book, Thoughts and Sentiments on the Evil of Slavery by "
     "Ottobah Cugoano, or John Stuart, appeared in 1787. Granville Sharp praised it. In 1788 Cugoano wrote to Edmund "
     "Burke. William Dickson met him in 1789. Thomas Clarkson quoted the book in 1791.", "John Stuart"),
])
def test_another_name_after_the_main_subjects_is_theirs(text: str, other: str) -> None:
    """(4) "Eleanor (or Aliénor) was the oldest of three children" and "The Interesting Narrative of the Life of
    Olaudah Equiano, or Gustavus Vassa, the African": the subject's other name was offered as a wrong answer (eight
    questions of Eleanor's life, three of Equiano's). A name set after the main subject's in brackets ("or", "also",
    "known as", "called") or with ", or" is another of theirs: never an option."""
    assert not [q.prompt for q in _bank_of(text).questions if other in q.distractors]


def test_one_slain_in_a_who_clause_does_no_later_deed(corpus: dict[str, Any]) -> None:
    """(3) "On the English side the chief loss was that of Brian de Jay, master of the Knights Templar in England, who
    was slain in the pursuit. Although he escaped from the field, his reputation ... was gravely impaired": the "he"
    who escaped went to the man slain. One a "who" clause kills does no deed in the sentence after."""
    from quizapp.bank.derive import hero_aliases, main_person, naming_title  # noqa: PLC0415
    from quizapp.bank.mentions.index import build_index  # noqa: PLC0415
    from quizapp.bank.mentions.references import person_genders, resolve  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415

    paragraphs = split_paragraphs(clean_text(corpus["sketch_william_wallace"].text))
    sentences = sentences_of(paragraphs)
    parses = parse_sentences([s.text if s.narrative else "" for s in sentences])
    title = naming_title(paragraphs, "William Wallace")
    index = build_index(sentences, parses, hint=title)
    hero = main_person(index, sentences, title)
    refs = resolve(sentences, parses, paragraphs, index, hero, person_genders(sentences, parses, index, hero),
                   hero_aliases(hero, index, sentences))
    escaped = next(s.index for s in sentences if s.text.startswith("Although he escaped from the field"))
    assert escaped not in refs or refs[escaped].key != "Brian de Jay", refs.get(escaped)


def test_a_name_that_only_names_a_building_is_no_place(nlp: Any) -> None:
    """(1) "was buried at Whitefield's Tabernacle on Tottenham Court Road" made "Whitefield" (a preacher, by a town's
    name in the gazetteer) a place, offered beside London and Westminster. A name met only before "'s" and a building's
    noun is part of the building's name: no place and no person of the story."""
    kinds, _ = _kinds_and_keys("Equiano lived in London from 1777. He died in London on March 31, 1797, and was buried "
                               "at Whitefield's Tabernacle on Tottenham Court Road. His daughter lived in Cambridge.")
    assert "Whitefield" not in kinds, kinds


def test_a_title_after_the_is_never_offered_beside_plain_names(corpus: dict[str, Any]) -> None:
    """(1) "Henry Despenser, the ____, crushed Litster's rebels" (Bishop of Norwich) was offered beside "St Bartholomew"
    and "John of Gaunt", and "headed by the ____ and the Duke of York" (the Prince of Wales) beside three merchants:
    only the answer read right after "the". A person asked after "the" by a title has titled people as options (one
    other at most), or is typed."""
    from quizapp.bank.questions.options import _TITLED  # noqa: PLC0415

    for name in ("handout_peasants_revolt", "essay_olaudah_equiano", "wiki_joan_of_arc"):
        for q in corpus[name].bank.questions:
            if q.answer_kind is AnswerKind.PERSON and re.search(r"\bthe ____", q.prompt) and _TITLED.search(q.answer):
                assert sum(not _TITLED.search(d) for d in q.distractors) < 2, (q.prompt, q.distractors)



def test_a_ship_is_no_person(corpus: dict[str, Any]) -> None:
    """(1) "The crew of the Liverpool slave ship ____, commanded by Luke Collingwood, threw ... overboard" (the Zong)
    was offered beside three men: the model called the ship a person. A name right after a ship's noun ("ship",
    "vessel", "frigate") is a ship's: no person."""
    kinds, _ = _kinds_and_keys(corpus["essay_olaudah_equiano"].text)
    assert kinds.get("Zong") is not AnswerKind.PERSON, kinds.get("Zong")


def test_a_calling_of_the_life_is_written_as_its_name(corpus: dict[str, Any]) -> None:
    """(7) "When John XXIII fled from Constance in ____, the prisoner was transferred to the castle of Gottlieben":
    whose story, only the sentences before say, and the prisoner there is the pope's to a reader who has not read them.
    A calling of the main subject's own life that the text gives no one else ("the prisoner", "the traveller") is
    written as their name where the sentence does not name them; not one that only qualifies a thing ("the pilgrim
    road")."""
    hus = [q.prompt for q in corpus["sketch_jan_hus"].bank.questions if "Gottlieben" in q.source_sentence]
    assert hus and all("John Hus was transferred" in p for p in hus), hus
    harun = [q.prompt for q in corpus["handout_harun_al_rashid"].bank.questions if "pilgrim road" in q.source_sentence]
    assert all("pilgrim road" in p for p in harun), harun


def test_a_name_its_style_follows_is_no_other_persons(nlp: Any) -> None:
    """(2) "The last straw was the fate of Mary, Queen of Scots" was asked "the fate of ____, Queen of Scots" with the
    answer "Mary I", and "the fate of Mary I, ____": the one other Mary of the handout had taken her name. A first name
    its style follows (", Queen of Scots", ", Earl of Cornwall") stands for a longer name only of that realm."""
    _, keys = _kinds_and_keys(
        "Philip II had been king of England as the husband of Mary I. The last straw was the fate of Mary, Queen of "
        "Scots, the Catholic heir to the English throne. She was beheaded at Fotheringhay Castle in 1587.")
    assert keys.get("Mary") != "Mary I", keys
    _, keys = _kinds_and_keys(
        "The match gave deep offence to Richard, Earl of Cornwall, the king's brother. Richard of Cornwall was "
        "elected King of the Romans in 1257. Richard was taken at Lewes.")
    assert keys.get("Richard") == "Richard of Cornwall", keys


def test_a_cut_never_leaves_a_prompt_opening_on_its_verb(nlp: Any) -> None:
    """(7) "At its centre was Alfred Dreyfus, a Jewish artillery captain who was born on 9 October 1859" was asked
    "Was Alfred Dreyfus, a Jewish artillery captain who was born on ____": the phrase that points back ("At its
    centre") was cut, and the verb that followed it opened the prompt. Where what is left would open on its verb, the
    phrase stays and the sentence is asked with the one before."""
    bank = _bank_of("The Dreyfus Affair\n\nThe Dreyfus affair was a political scandal that divided France from 1894 "
                    "until 1906. At its centre was Alfred Dreyfus, a Jewish artillery captain who was born on 9 "
                    "October 1859 in Mulhouse. In 1893 Dreyfus joined the General Staff in Paris.")
    prompts = [q.prompt for q in bank.questions if "Mulhouse" in q.source_sentence]
    assert prompts and not [p for p in prompts if re.match(r"(?:Was|Were|Is|Are)\b", p)], prompts


def test_a_text_speaking_of_itself_is_no_part_of_the_story(nlp: Any) -> None:
    """(6) "Dates in this article are given in the Old Style used in ____ at the time" (Russia) asked how the article
    was written, not its story; "This handout follows the events of 6–14 September 1901" likewise. A sentence about
    "this article", "this handout", "this page" or "this entry" is no statement of the story."""
    text = ("Catherine the Great\n\nCatherine the Great was Empress of Russia from 1762 until 1796. Dates in this "
            "article are given in the Old Style used in Russia at the time. In 1767 she issued the Nakaz.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    assert [s.narrative for s in sentences] == [True, False, True]


def test_a_calling_before_named_is_no_persons_name(nlp: Any) -> None:
    """(1) "a Don Cossack named Yemelyan Pugachev" made "Don Cossack" a person, offered beside three men for the
    Grand Duke Peter. A name after "a" and before "named" or "called" is a calling, one of many: no person."""
    kinds, _ = _kinds_and_keys("While the war was being fought, a Don Cossack named Yemelyan Pugachev raised the Yaik "
                               "Cossacks in 1773. Pugachev was executed in Moscow in January 1775.")
    assert kinds.get("Don Cossack") is not AnswerKind.PERSON, kinds


def test_a_name_given_at_birth_is_the_main_subjects(nlp: Any) -> None:
    """(4) "Her parents were the high chiefs Caesar Kapaʻakea and Analeʻa Keohokālole, and at birth she was named
    Lydia Kamakaʻeha": the queen's birth name was offered as a wrong answer beside the women of her childhood, and
    written for her "she" as if another woman. A name "at birth she was named" in the text's second sentence is the
    main subject's."""
    from quizapp.bank.derive import hero_aliases  # noqa: PLC0415

    text = ("Liliʻuokalani, the last monarch of the Kingdom of Hawaii, was born in Honolulu on September 2, 1838. Her "
            "parents were the high chiefs Caesar Kapaʻakea and Analeʻa Keohokālole, and at birth she was named Lydia "
            "Kamakaʻeha. The baby was raised by Laura Kōnia. Lydia Kamakaʻeha went to the Royal School in 1842.")
    sentences, index = _index_of(text, hint="Liliʻuokalani")
    assert "Lydia Kamakaʻeha" in hero_aliases("Liliʻuokalani", index, sentences)


@pytest.mark.parametrize(("text", "sentence", "meant"), [
    ("Alexander II\n\nAlexander II became tsar in 1855. He created the Editing Commissions in March 1859. Their "
     "chairman was General Yakov Rostovtsev, a trusted courtier. He became convinced that the peasants must receive "
     "land.", 3, "Yakov Rostovtsev"),
    ("Catherine the Great\n\nCatherine the Great was born in Stettin in 1729. The boy was taken from her by the "
     "empress, who raised him herself. Empress Elizabeth died on 25 December 1761, and her nephew came to the throne "
     "as Peter III. He quickly made himself hated.", 3, "Peter III"),
    ("Catherine the Great\n\nCatherine the Great was born in Stettin in 1729. In 1744 Empress Elizabeth of Russia "
     "chose a bride for her nephew. She had once been betrothed to a prince of Holstein.", 2,
     "Elizabeth of Russia"),
    ("Catherine the Great\n\nCatherine the Great was born in Stettin in 1729. In 1773 a Don Cossack named Ivan "
     "Pugachev raised the Yaik Cossacks by claiming to be Peter III. He promised freedom to the serfs.", 2,
     "Ivan Pugachev"),
])
def test_one_named_as_the_subjects_calling_is_the_subject(nlp: Any, text: str, sentence: int, meant: str) -> None:
    """(3) "Their chairman was General Yakov Rostovtsev ... He became convinced" gave the "he" to the tsar (Rostovtsev's
    death was asked as Alexander II's, in 1860), or to no one: "chairman" counted as a man unnamed. One whom the
    subject's calling or kinship is ("was General Yakov Rostovtsev", "came to the throne as Peter III", "a Don Cossack
    named Yemelyan Pugachev") is that sentence's subject, and so is a name the parser read into an opening year ("In
    1744 Empress Elizabeth of Russia chose"); never the main subject instead."""
    found = _references(text, text.split("\n", 1)[0]).get(sentence)
    assert found is not None and found.key == meant, found


def test_a_plural_calling_before_a_list_tells_the_blanks_gender_and_grain() -> None:
    """(1) "Her fellow pupils included the future kings Alexander Liholiho and ____" was offered beside three women,
    and "founded the towns of Kherson and ____" beside a museum (the Hermitage): the plural before the list says what
    its last item is, with "the" before it as with "her"."""
    from quizapp.bank.questions.options import asked_grain, told_gender  # noqa: PLC0415

    assert told_gender("Her fellow pupils included the future kings Alexander Liholiho and ____, who reigned.") == "m"
    assert asked_grain("He was given the new provinces and founded the towns of Kherson and ____.") == "town"


def test_a_name_the_model_cuts_short_is_taken_whole(nlp: Any) -> None:
    """(8) "She founded the Smolny Institute for Noble Maidens" and "she bought the library of Denis Diderot" gave no
    question: a name with "for" inside it was no name, and the model's person ended at "Denis". A body's name may hold
    "for", and a person's name takes in the proper noun after a first name that the parse makes its head (not
    "Equiano Commissary of Provisions")."""
    kinds, keys = _kinds_and_keys(
        "Catherine the Great founded the Smolny Institute for Noble Maidens in St Petersburg in 1764. In 1765 she "
        "bought the library of Denis Diderot, and in 1773 Diderot came to St Petersburg. In 1786 the government "
        "appointed Equiano Commissary of Provisions for an expedition to Sierra Leone. Equiano sailed in 1787.")
    assert "Smolny Institute for Noble Maidens" in kinds, kinds
    assert keys.get("Denis Diderot") == "Denis Diderot", keys
    assert not [k for k in kinds if "Commissary" in k and "Equiano" in k], kinds


def test_a_reflexive_after_a_name_tells_its_gender(corpus: dict[str, Any]) -> None:
    """(3) "Robespierre himself noted that a decree of accusation should be drawn up against him": a man named by
    his surname alone had no gender, so the "he" after "After the fall of Robespierre, James Monroe arrived" was left
    to no one. "X himself" and "X herself" tell X's gender."""
    from quizapp.bank.mentions.index import build_index  # noqa: PLC0415
    from quizapp.bank.mentions.references import person_genders  # noqa: PLC0415

    sentences, parses = _parsed(corpus["sketch_thomas_paine"].text)
    index = build_index(sentences, parses, hint="Thomas Paine")
    assert person_genders(sentences, parses, index, "Thomas Paine").get("Robespierre") == "m"


def test_a_country_goes_after_the_town_of_its_sentence(corpus: dict[str, Any]) -> None:
    """(5) "In 1698 he crossed to England and studied shipbuilding at the royal dockyard at Deptford" was asked of its
    year and of England, and "fled to Egypt and was stabbed to death as he stepped ashore at Pelusium" of its year and
    of Egypt: a sentence's two questions went to the country anyone could guess, not to the town the text teaches. A
    country or a continent goes after the other names of its sentence."""
    for name, town in (("handout_peter_the_great", "Deptford"), ("essay_cleopatra", "Pelusium"),
                       ("essay_olaudah_equiano", "Louisbourg")):
        assert [q for q in corpus[name].bank.questions if q.answer == town], (name, town)


def test_a_capital_the_inside_a_sentence_opens_a_title(nlp: Any) -> None:
    """(1) "On this retreat he began The American Crisis" and "Part of The Age of Reason had been written before the
    arrest" gave no question: the first was a body to the model, the second a man ("Age" is a first name). An article
    written with a capital inside a sentence is a title's own (never "The Hague", nor a source cited "according to"),
    and a title runs to its words, not to the month and year after it ("his Reflections on the Revolution in France in
    November 1790")."""
    kinds, _ = _kinds_and_keys(
        "Thomas Paine enlisted in 1776. On this retreat he began The American Crisis, which appeared in December 1776. "
        "When Edmund Burke published his Reflections on the Revolution in France in November 1790, Paine answered him. "
        "Part of The Age of Reason had been written before the arrest. In 1795 Paine left The Hague.")
    assert kinds.get("American Crisis") is AnswerKind.WORK, kinds
    assert kinds.get("Age of Reason") is AnswerKind.WORK, kinds
    assert "Reflections on the Revolution in France" in kinds and not [k for k in kinds if "November" in k], kinds
    assert kinds.get("The Hague", kinds.get("Hague")) is not AnswerKind.WORK, kinds


def test_towns_by_their_gazetteer_names_and_the_texts_articles(corpus: dict[str, Any]) -> None:
    """(1) "The wedding followed in ____ on 21 August 1745" was asked as a person's name (St Petersburg: "St" a saint's
    title, the gazetteer knowing only "Saint Petersburg"); "founded the towns of Kherson and ____" offered the
    Hermitage, a museum the text writes after "the", as a town; "born in 1738 in Surimana, in the province of Tinta"
    was asked of the province, not the town. "St" reads as "Saint" in the gazetteer, a place the text writes after
    "the" is no town, and a birthplace after its year is asked before its province."""
    catherine = corpus["wiki_catherine_the_great"].bank.questions
    assert not [q for q in catherine if q.answer == "St Petersburg" and q.answer_kind is not AnswerKind.PLACE]
    assert not [q for q in catherine if "towns of Kherson and ____" in q.prompt and "Hermitage" in q.distractors]
    assert [q for q in corpus["handout_tupac_amaru_ii"].bank.questions if q.answer == "Surimana"]


def test_a_short_texts_own_country_is_no_answer(corpus: dict[str, Any]) -> None:
    """(6) "The Dreyfus affair was a political scandal that divided ____ from 1894 until 1906" (France) and "an
    uprising that shook northern ____" (China): the country a handout is about was asked, a giveaway, because a text of
    a thousand words names it four or five times, not the eight of a long one. A short text's country is its home
    at four mentions, twice any other's."""
    for name, home in (("handout_dreyfus_affair", "France"), ("handout_boxer_rebellion", "China")):
        assert not [q.prompt for q in corpus[name].bank.questions if q.answer == home], name


def test_an_unnamed_object_keeps_the_next_he_open(corpus: dict[str, Any]) -> None:
    """(3) "The next day parliament restored him to the army with the rank of major, and Picquart was made a brigadier
    general. On 21 July 1906 he received the Legion of Honour at the École Militaire, where he had been degraded" was
    asked as Picquart's honour; it was Dreyfus's, the "him" no one named. A pronoun left unresolved in a clause of its
    own, not a forward mention of the name after it, keeps the next "he" open."""
    prompts = [q.prompt for q in corpus["handout_dreyfus_affair"].bank.questions
               if q.source_sentence.startswith("On 21 July 1906")]
    assert prompts and not [p for p in prompts if "Picquart received" in p], prompts


def test_a_person_to_the_model_written_after_the_as_a_place_is_a_place(nlp: Any) -> None:
    """(1) "a rock crystal vase, currently on display at the Louvre" and "his ashes were thrown into the Rhine": a
    person to the small model, so a name "the" goes before and no person at all, and never asked. A name the text
    writes after "the" and where places stand is a place (never "the Poitevin code", a modifier)."""
    kinds, _ = _kinds_and_keys(
        "As a wedding present Eleanor gave Louis a rock crystal vase, currently on display at the Louvre. Although "
        "her native tongue was Poitevin, she learned Latin. In the Poitevin code, man is the property of woman.")
    assert kinds.get("Louvre") is AnswerKind.PLACE, kinds
    assert kinds.get("Poitevin") is not AnswerKind.PLACE, kinds


def test_a_laws_article_is_part_of_the_story(nlp: Any) -> None:
    """(6) A sentence on the text itself ("Dates in this article are given in the Old Style") is no statement; a law's
    article ("This article allowed the president to rule by decree", "this article of the treaty") still is."""
    text = ("The Weimar Constitution\n\nThe Weimar Constitution was adopted in August 1919. Article 48 gave the "
            "president emergency powers. This article allowed the president to rule by decree in 1930. The first part "
            "of this article of the treaty was never applied.")
    sentences = sentences_of(split_paragraphs(clean_text(text)))
    assert all(s.narrative for s in sentences), [s.text for s in sentences if not s.narrative]


def test_a_place_word_written_only_before_a_noun_is_an_adjective(corpus: dict[str, Any]) -> None:
    """(1) "Indian" ("the Indian Subcontinent", "the Indian state of Rajasthan") was offered as a place beside Lahore
    and Khanwa ("Babur started for ____, Punjab"). A one-word place the text writes only before a lowercase noun, at
    least twice, is an adjective, no place."""
    kinds, _ = _kinds_and_keys(corpus["wiki_babur"].text)
    assert kinds.get("Indian") is not AnswerKind.PLACE, kinds
    assert kinds.get("Lahore") is AnswerKind.PLACE, kinds
