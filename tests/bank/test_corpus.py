"""The development corpus: recall of each text's gold facts, pronouns given to the right person, and
mechanical checks of every derived bank."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from quizapp.bank.mentions.spans import HONORIFICS
from quizapp.bank.formats.partial_dates import parse_iso
from quizapp.bank.questions.prompts import _EVENTS_OF, _QUANTITIES, OFFICE_BEFORE, OFFICES
from quizapp.bank.questions.ranking import PER_SENTENCE, around_blank, same_ask, same_fact
from quizapp.bank.text.sentences import clean_text
from quizapp.bank.types import QuestionType
from tests.bank.conftest import NAMES, CorpusText
from tests.bank.gold import covered, fold, is_wh_question, name_key

# Measured at the last change to quizapp/bank (bench/corpus_eval.py); honest figures, raised as the
# generator improves. The target is 0.85 for every text.
RECALL = {
    "essay_rosa_luxemburg": 0.90,
    "gutenberg_mignet_1791": 0.485,  # "In general Bouillé he had a devoted and skilful partisan" was asked with its
    # "he" as written, nobody saying whose partisan, and goes; "seized on the executive power, commissioned ____
    # (Montmorin)": a clause whose subject stands in a clause before it that has none either, is not asked; facts asked
    # only in prompts of 75 words, or pointing back alone, are not asked;
    # "succeeded by ____" (Leopold) has no other crowned head to offer and is too short a name to type
    # ("The conference took place at Mantua": which conference, only a sentence too long to stand before it says);
    # a minister named once in its 5,500 words (Montmorin) is a detail; "the emperor ____" with no other emperor to offer
    # and a name of one word to type (Joseph) is not asked
    "handout_mckinley_assassination": 0.86,  # "Congress passed": one word, too easily guessed to type
    "handout_toussaint_louverture": 0.86,
    "wiki_ada_lovelace": 0.714,  # "the ____ for the language, MIL-STD-1815" is asked now that a sentence its own
    # names and dates pin down is no riddle, and takes the Department of Defense's place; its "Commemoration" gives five
    # questions, of its first sentences: "Ada Lovelace Day
    # ... began in ____" (2009), the seventh, goes with a developers' academy in Seattle and a senator's motion;
    # "through their mutual friend ____" is asked of the shorter of two sentences saying
    # it, not the one with "her private tutor"; a book with two books and a standard as options, and the play of its
    # popular-culture section, are no longer asked; "These notes ... were published in ____" has only "spent a year
    # doing this" before it, which is no context
    "wiki_battle_of_waterloo": 0.74,  # a prompt of 28 words ends with the clause of its blank, which made another of
    # Ney's eight questions ("Who found the crossroads of Quatre Bras lightly held ...?") win over the gold one; the opening paragraph first: "A French army under the command of ____"; an
    # army's size is not asked where its infantry, cavalry and artillery follow, adding up to it (69,000, 67,000)
    "wiki_eureka_rebellion": 0.857,  # 30/35: "Ten days later, on 17 October 1854, ..." is asked without its "later";
    # a round amount has options now, and "10,000 miners met once again at Bakery Hill" asks its count, not the place
    "wiki_frederick_douglass": 0.8,  # "Who asked the assembly to pass a resolution asking for women's suffrage?"
    # (Elizabeth Cady Stanton) names nothing of its story, and no who-question that names nothing is asked
    "wiki_joan_of_arc": 0.77,  # "the two armies clashed ... Patay": asked with the sentence before, it scores too low;
    # Napoleon, named once in its 6,500 words, is a detail there; "the Hussites, a dissident group" is asked (a people)
    "wiki_qing_dynasty": 0.94,
    # two texts added after the rules above were written, read by no one who wrote them, to measure what the generator
    # does on texts it was never fitted to: an ancient queen (Latin names, years "AD 43") and a Zulu king
    "wiki_boudica": 0.46,  # of Tacitus's nine questions one must go; where Prince Albert was an option it scored
    # higher, so the gold one ("based his account on that of ____") was kept over another; "unveiled ... on 27 October
    # 1916, Unlike the London chariot statue, it shows her as a more motherly figure" is two sentences (a full stop
    # the text lost), and the gold fact's "more motherly figure" stands in the second
    "wiki_shaka": 0.45,
    # two more added a session later the same way (a battle in Ethiopia, a Japanese warlord): 0.54 each as they came
    "wiki_battle_of_adwa": 0.71,  # "Abyssinia" is a state of its time; "suggested retreating, perhaps as far back
    # as ____" (Asmara), asked with the sentence before (69 words), had a mountain and a region for a town as options;
    # typed, it scores under the bar
    "wiki_oda_nobunaga": 0.742,
    # two more a session after that, the same way (a Mughal founder, a civil war in Ireland): 0.60 and 0.54 as they came
    "wiki_babur": 0.828,
    "wiki_irish_civil_war": 0.6,  # "Collins said that he felt deeply betrayed", after a sentence naming de Valera
    # too, is a guess, and asked only as written, with the sentence before it: a context that opens with it goes
    # two more a session after that, the same way (the Nahua interpreter of the conquest of Mexico, a war of Asian
    # powers against the Portuguese in India and Malacca): 0.34 and 0.34 as they came
    "wiki_la_malinche": 0.542,  # "Gerónimo", "Marina": accented first names the tables hold only unaccented
    "wiki_war_of_the_league_of_the_indies": 0.48,  # no day takes the year of "a fort built ... in 1521"
    # two more a session after that, the same way (an Ottoman sultan, the Russian revolution of 1917): 0.46 and 0.43 as
    # they came
    "wiki_suleiman_the_magnificent": 0.656,  # "When in the following year Suleiman made a grand entrance into Baghdad"
    # is asked its year (1535), which takes the sentence's second place from Baghdad, the gold fact
    "wiki_october_revolution": 0.57,
    # two more the session after (a woman's political life in India, a civil war in Afghanistan, 1928-1929; picked by a
    # helper who could not find the two asked for): 0.71 and 0.43 as they came
    "wiki_indira_gandhi": 0.71,  # with its bracket gone, "thus succeeded ____ as Prime Minister" (Shastri) is asked
    # and takes its sentence's second place from "defeated her rival ____" (Desai, asked four times already)
    "wiki_afghan_civil_war": 0.628,
    # two more the session after (a Mexican president's life, a Scottish rising of 1685; substitutes a helper found
    # for a Latin American liberator and a peasants' revolt, none of which the stored dump holds): 0.69 and 0.31 as
    # they came
    "wiki_francisco_madero": 0.74,
    "wiki_argylls_rising": 0.54,
    "handout_giuseppe_garibaldi": 0.6,  # texts written after the rules, with gold by readers who saw no output
    "handout_harriet_tubman": 0.719,  # 18/25: "born in Dorchester County, Maryland, to ____ and Ben Ross" (her mother)
    # now outranks the birthplace's where-question, since more of a mother's options are vouched for
    "handout_meiji_restoration": 0.76,  # Japanese names the model calls bodies (Saigō Takamori) are doubtful
    "handout_paris_commune": 0.84,
    # four more handouts, text and gold written by readers who saw neither the rules nor any output: 0.48, 0.60, 0.32
    # and 0.52 as they came
    "handout_battle_of_gettysburg": 0.679,
    "handout_glorious_revolution": 0.72,
    "handout_marie_curie": 0.56,  # "In 1891 she followed her sister", after a sentence naming that sister, is a
    # guess; written as a guess into the context of "There she met Pierre Curie", it would state it as a fact
    "handout_simon_bolivar": 0.719,
    # two more, written the same way while the code above stood (the Taiping Rebellion, Mansa Musa): 0.56 and 0.64 as
    # they came
    "handout_taiping_rebellion": 0.599,
    "handout_mansa_musa": 0.72,
    # four more the session after, written the same way (a suffragette, the Norman Conquest, the Congress of Vienna,
    # a traveller's life without headings): 0.68, 0.36, 0.56 and 0.52 as they came
    "handout_emmeline_pankhurst": 0.839,
    "handout_battle_of_hastings": 0.759,
    "handout_congress_of_vienna": 0.679,
    "essay_ibn_battuta": 0.679,
    # four more, written the same way while the code of the commit above stood, and measured before any change was
    # made for them (Empress Dowager Cixi, the Haymarket affair, Peter the Great, the Spanish Armada): 0.48, 0.56,
    # 0.48 and 0.64 as they came
    "handout_empress_cixi": 0.519,
    "handout_haymarket_affair": 0.639,
    "handout_peter_the_great": 0.839,  # 17/25: "He died in the Peter and Paul Fortress" is no longer Tolstoy's death
    "handout_spanish_armada": 0.719,
    # four more, written the same way and kept out of sight until the end of the session that wrote the rules above
    # (Harun al-Rashid, the emancipation of the Russian serfs, Sojourner Truth, the Battle of Lepanto): 0.40, 0.32, 0.48
    # and 0.72 with the code the session began with, 0.40, 0.40, 0.48 and 0.72 with its last
    "handout_harun_al_rashid": 0.679,  # 17/25: years of three digits ("in March 809") are dates
    "essay_emancipation_of_the_serfs": 0.639,
    "handout_sojourner_truth": 0.719,  # 18/25: "she took the name Sojourner Truth" is still she
    "handout_battle_of_lepanto": 0.679,  # "His chief officers were ... the papal commander ____" (Colonna) is no longer
    # asked: its "his" is Don John, given the command in the sentence before, not Philip II, its subject, as the prompt
    # said; the resolver cannot tell which of the two, so the sentence is not asked
    # four more the session after, written the same way and kept out of sight until its end (Queen Nzinga, the Battle
    # of Ain Jalut, Bismarck, the Salt March): 0.57 as they came with that session's first code, 0.58 with its last;
    # 0.60 once a title's head named the main subject ("Queen Nzinga of Ndongo and Matamba" had made Mwongo Matamba it)
    "handout_queen_nzinga": 0.599,
    "handout_battle_of_ain_jalut": 0.439,
    "handout_otto_von_bismarck": 0.759,
    "essay_salt_march": 0.639,
    # two sketches in the manner of a 1910 biographical dictionary (Elizabeth Fry, Giuseppe Mazzini), written for the
    # next session's work: 0.40 and 0.68 as they came; 0.52 and 0.76 once "Mrs. Fry" and "the girl" were she and
    # "Young Italy", whose members were pledged, a body
    "sketch_elizabeth_fry": 0.559,
    "sketch_giuseppe_mazzini": 0.759,
    # four more, written by readers who saw neither rules nor output and kept unseen while the session that measured
    # them worked (Tecumseh, the Peasants' Revolt, Túpac Amaru II, Mary Wollstonecraft in a 1910 dictionary's manner):
    # 0.64 with that session's first code and with its last before reading them; 0.63 after the faults reading them
    # found were mended (a "he" seized by Túpac Amaru is not he; facts matched only through false prompts went)
    "essay_tecumseh": 0.719,
    "handout_peasants_revolt": 0.679,
    "handout_tupac_amaru_ii": 0.759,
    "sketch_mary_wollstonecraft": 0.439,
    # four more the session after, the same way (Eleanor of Aquitaine and the Battle of Ramillies from the dump, Lajos
    # Kossuth in a 1910 dictionary's manner, a handout on the Indian Rebellion of 1857): 0.575 with that session's first
    # code and its last before reading them (pronouns 15 right, 7 wrong); 0.567 after the faults reading them found were
    # mended (18 right, 3 wrong: "From his palace at Bithur, Nana Sahib", "the journalist"); a fact matched only through
    # a false prompt ("Stephen Széchenyi founded the ____") went
    "wiki_eleanor_of_aquitaine": 0.571,
    "wiki_battle_of_ramillies": 0.371,
    "sketch_lajos_kossuth": 0.799,
    "handout_indian_rebellion_1857": 0.679,
    # four more the session after, the same way (a pharaoh told as "she", Plassey, José Rizal, Simon de Montfort in a
    # 1910 dictionary's manner): 0.54 with that session's first code (Hatshepsut 6 of 25: her king's title and her
    # pronouns tied, so her gender and every "she" went unresolved), 0.62 when they were read
    "essay_hatshepsut": 0.559,
    "handout_battle_of_plassey": 0.719,
    "handout_jose_rizal": 0.639,
    "sketch_simon_de_montfort": 0.519,  # "the earl" of its story is Simon himself now, so "...; and on this account he
    # has often been called the founder of the House of Commons" is asked of its own clause ("Simon de Montfort has
    # often been called the founder of the ____"), and the gold fact's context stands in the clause before
    # four more the session after, the same way (Cleopatra and the Second Punic War, told in years BC; Mary Seacole;
    # Frederick the Great in a 1910 dictionary's manner, told as "the prince" and "the king"): 0.44 with that session's
    # first code (no year BC was a date), 0.56 when they joined
    "essay_cleopatra": 0.639,
    "essay_mary_seacole": 0.439,
    "handout_second_punic_war": 0.719,
    "sketch_frederick_the_great": 0.479,
    # four more the session after, the same way (Ida B. Wells; Ashoka, told in years BC; the fall of Constantinople;
    # John Hus in a 1910 dictionary's manner, his headword surname first): 0.70 with that session's first code
    # (pronouns 19 right, 4 wrong: "the prisoner" and "the preacher" of his story were no one, so the pope and the king
    # named beside them were burned and wrote his book), 0.70 when they joined (19 right, none wrong)
    "essay_ida_b_wells": 0.679,  # 0.72 before "She married him in ____" needed the sentence before, which needs its own
    "handout_ashoka": 0.759,
    "handout_fall_of_constantinople": 0.599,
    "sketch_jan_hus": 0.759,
    # four more the session after, the same way (Olaudah Equiano; the Boxer Rebellion; Sir William Wallace in a 1910
    # dictionary's manner, ending on a reading list; Nur Jahan): 0.59 with that session's first code (pronouns 16 right,
    # 6 wrong), 0.59 when they joined (16 right, 4 wrong); its reading found the name his master gave Equiano offered
    # as a wrong answer and the reading list asked, both mended
    "essay_olaudah_equiano": 0.639,
    "handout_boxer_rebellion": 0.639,
    "sketch_william_wallace": 0.439,
    "wiki_nur_jahan": 0.719,
    # four more the session after, the same way (Liliʻuokalani; the Dreyfus affair; Thomas Paine in a 1910 dictionary's
    # manner, ending on a reading list; Catherine the Great, told in two calendars): 0.61 with that session's first code
    # (pronouns 20 right, 4 wrong), 0.64 when they joined (22 right, 3 wrong); its reading found "Was Alfred Dreyfus,
    # ... born on ____" (a cut that left the verb first), the article's own note on its calendar asked, and "a Don
    # Cossack" offered as a man, all mended; "she" after a sentence naming a girl and her foster mother's daughter,
    # and the "he" of a chain of sentences naming him only as "the author", stay unresolved (Liliʻuokalani, Paine)
    "essay_liliuokalani": 0.479,
    "handout_dreyfus_affair": 0.679,
    "sketch_thomas_paine": 0.679,
    "wiki_catherine_the_great": 0.719,
}
_TITLED = r"\b(?:" + "|".join(sorted((h.capitalize() for h in HONORIFICS - OFFICE_BEFORE), key=len, reverse=True)) \
    + r")\.? ____"  # "Lord ____", "General ____"; not an office before a name ("Prime Minister ____")
_OPENERS = ("In|On|At|By|From|After|Before|During|When|Since|Until|And|But|The|Between|Of|To|For|With|Under|Around"
            "|About|Christmas|Easter")
_OF_OK = "|".join(sorted(_EVENTS_OF | _QUANTITIES | OFFICES))  # "Governor of ____" is an office, not a name
PRONOUN_PRECISION = 0.92  # measured 0.93 over the eighty texts (487 right, 37 wrong; the rest left unresolved) of the
# hand-resolved pronouns


def test_every_corpus_text_has_a_threshold() -> None:
    """Does every corpus text (and only those) have a recall threshold?"""
    assert sorted(RECALL) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_recall_of_gold_facts(corpus: dict[str, CorpusText], name: str) -> None:
    """Does the text's bank ask about at least its threshold share of the gold facts?"""
    text = corpus[name]
    missed = [f"{f['kind']}: {f['answer']}" for f in text.facts if not covered(f, text.bank)]
    recall = 1 - len(missed) / len(text.facts)
    assert recall >= RECALL[name], f"recall {recall:.2f} below {RECALL[name]}; missed: {missed}"


def test_pronouns_are_given_to_the_right_person(corpus: dict[str, CorpusText]) -> None:
    """Of the hand-resolved pronouns the banks replace, are at least 85 % replaced by the right person?"""
    from quizapp.bank.derive import hero_aliases, main_person, naming_title  # noqa: PLC0415
    from quizapp.bank.mentions.index import build_index  # noqa: PLC0415
    from quizapp.bank.mentions.references import person_genders, resolve  # noqa: PLC0415
    from quizapp.bank.nlp.parse import parse_sentences  # noqa: PLC0415
    from quizapp.bank.text.sentences import clean_text, sentences_of, split_paragraphs  # noqa: PLC0415
    from tests.bank.conftest import title_of  # noqa: PLC0415

    right = wrong = 0
    wrongs: list[str] = []
    for name, text in corpus.items():
        paragraphs = split_paragraphs(clean_text(text.text))
        sentences = sentences_of(paragraphs)
        parses = parse_sentences([s.text if s.narrative else "" for s in sentences])
        title = naming_title(paragraphs, title_of(name))
        index = build_index(sentences, parses, hint=title)
        hero = main_person(index, sentences, title)
        refs = resolve(sentences, parses, paragraphs, index, hero, person_genders(sentences, parses, index, hero),
                       hero_aliases(hero, index, sentences))  # as the bank resolves them
        by_text = {fold(s.text): s.index for s in sentences}
        for item in text.pronouns:
            found = refs.get(by_text.get(fold(item["sentence"]), -1))
            if found is None or found.key is None or found.pronoun.lower() != item["pronoun"]:
                continue
            names = {name_key(n) for n in [item["referent"] or "", *item.get("alt", [])] if n}
            if name_key(found.key) in names or any(n in name_key(found.key) for n in names if len(n) > 3):
                right += 1
            else:
                wrong += 1
                wrongs.append(f"{name}: {found.key} for {item['referent']}: {item['sentence'][:60]}")
    assert right + wrong >= 80
    assert right / (right + wrong) >= PRONOUN_PRECISION, wrongs


@pytest.mark.parametrize("name", NAMES)
def test_mechanical_checks(corpus: dict[str, CorpusText], name: str) -> None:
    """Three distinct options, a hidden answer, at most two questions a sentence, no fact twice, no blank
    inside a name, no prompt ending in a colon, opening with a bare pronoun or with two commas in a row,
    calendar-valid dates and a confidence on every question?"""
    bank = corpus[name].bank
    flat = " ".join(clean_text(corpus[name].text).split())  # as read: emptied brackets dropped
    problems: list[str] = []
    per_sentence = Counter(" ".join(q.source_sentence.split()) for q in bank.questions)
    problems += [f"{n} questions from: {s[:60]}" for s, n in per_sentence.items() if n > PER_SENTENCE]
    seen: dict[str, list[tuple[set[str], set[str]]]] = {}
    for q in bank.questions:
        options = [q.answer, *q.distractors]
        wanted = len(q.distractors) == 0 if q.type is QuestionType.TYPED else len(q.distractors) >= 3
        if not wanted or len({o.casefold() for o in options}) != len(options):
            problems.append(f"options {options}")
        if (q.prompt.count("____") != 1 and not is_wh_question(q.prompt)) or re.search(
                rf"(?<!\w){re.escape(q.answer.lower())}", q.prompt.lower()):  # "Prussia" does not show "Russia"
            problems.append(f"blank or answer: {q.prompt}")
        if " ".join(q.source_sentence.split()) not in flat:
            problems.append(f"source not in text: {q.source_sentence[:60]}")
        if re.search(rf"[\w-]____|____[\w-]|\b(?!(?:{_OPENERS})\b)[A-Z][\w'’-]* ____ (?:d['’]|de |of )?[A-ZÀ-ÖØ-Þ]"
                     rf"|____ [À-ÖØ-Þ][a-zà-ÿ]|{_TITLED}"
                     rf"|\b(?!(?:{_OF_OK})\b)[A-Z][\w'’-]*(?: [IVX]+)? of (?:the )?____", q.prompt):
            problems.append(f"blank inside a name: {q.prompt}")
        if q.prompt.rstrip().endswith(":") or re.search(r"\(\s*____\s*\)", q.prompt):
            problems.append(f"colon or bracket: {q.prompt}")
        if re.search(r",\s*,", q.prompt) or (q.type is QuestionType.DATE and "a(n) ____" in q.prompt):
            problems.append(f"garbled: {q.prompt}")  # "Pino Suárez,, following"; "a(n) ____ attempt" for a year
        if re.match(r"(?:He|She|His|Her|Him|They|Their|Them)\b", q.prompt):
            problems.append(f"opens with a pronoun nobody resolved: {q.prompt}")
        if q.type is QuestionType.DATE and (q.date is None or parse_iso(q.date) is None
                                            or any(parse_iso(d) is None for d in q.distractors)):
            problems.append(f"date not in the calendar: {q.date} {q.distractors}")
        if q.confidence is None or not 0 <= q.confidence <= 1:
            problems.append(f"confidence {q.confidence}")
        words = {w for w in re.findall(r"[a-z]{3,}", q.source_sentence.lower())}
        near = around_blank(q.prompt, q.answer)  # "a symbol of the ____" of two sentences, one saying more
        if any(same_fact(words, w) or same_ask(near, n) for w, n in seen.get(q.answer, [])):
            problems.append(f"fact asked twice: {q.answer}: {q.prompt[:60]}")
        seen.setdefault(q.answer, []).append((words, near))
    assert problems == []
