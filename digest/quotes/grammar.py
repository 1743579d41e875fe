"""The attribution grammar: who a cue verb attributes to, and where the content starts.

Rules over tokens for the frames news writing uses: `X said`, `said X`,
`X, an adviser, said`, `according to X`, a participle (`..., saying`) that takes
the sentence subject, `X told reporters that ...`. Each function looks at a
bounded window of tokens, so any input runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from digest.quotes.lexicon import (
    _APPOSITIVE_OPENERS,
    _BETWEEN,
    _BOUNDARY_WORDS,
    _CLOSE,
    _CONJUNCTIONS,
    _CUES,
    _DEMONSTRATIVES,
    _DEMONYM_ADJECTIVES,
    _DETERMINERS,
    _INTRO,
    _INVERTING,
    _MONTHS,
    _NOT_SUBJECT,
    _NOUN_MARKERS,
    _OBJECT_CUES,
    _OPEN,
    _PAST_TENSES,
    _PHRASAL_CUES,
    _PHRASE_OPENERS,
    _PHRASE_STOP,
    _POSSESSIVES,
    _POSTMODIFIERS,
    _PREPOSITIONS,
    _QUANTIFIERS,
    _RELATIVES,
    _ROLE_WORDS,
    _SAY,
    _SUBJECT_STOP,
    _SUBORDINATORS,
    _TITLE_SMALL,
    _VERB_FORMS,
    _VERBISH,
    _WEEKDAYS,
    pairs,
    phrases,
    words,
)
from digest.quotes.speakers import (
    _APPOSITIVE_DETERMINERS,
    _APPOSITIVE_PERSON_NOUNS,
    _DEMONYMS,
    _NOT_NAME,
    AGE_BEFORE_NAME,
    OTHER_PRONOUNS,
    PERSON_NOUN_GENDER,
    PRONOUNS,
    auxiliary_do,
    body_apostrophe,
    first_name_gender,
    first_names,
    initials,
    is_age,
    is_firm_name,
    join_tokens,
    name_given,
    name_in,
    name_particle,
    name_token,
    names_a_body,
    sentence_opener,
)

# Words that open a noun phrase before its noun: determiners, quantifiers, numbers.
_NUMBERS = words("numbers")
_NP_OPENERS = _DETERMINERS | _QUANTIFIERS | _NUMBERS


_DASH_ASIDE_REACH = 10  # tokens between the two dashes at most


def _dash_aside_as_comma(
    tokens: list[tuple[str, int, int]], k: int
) -> tuple[list[tuple[str, int, int]], int]:
    """The tokens before the cue at k with an aside in dashes after a name, before its
    relative clause, read as the comma it stands for ("Dr Ana Ruiz - A. Ruiz in the
    board papers - who signed it, told": "Dr Ana Ruiz, who signed it, told"), and
    the cue's index then; the tokens as they are when there is none."""
    for b in range(k - 2, 1, -1):
        if tokens[b][0] not in _DASHES or tokens[b + 1][0].casefold() not in {"who", "whose"}:
            continue
        a = next(
            (a for a in range(b - 2, max(0, b - _DASH_ASIDE_REACH), -1) if tokens[a][0] in _DASHES),
            None,
        )
        if a is None or not tokens[a - 1][0][:1].isupper():
            return tokens, k
        if any(t[0] in {",", ".", ";", ":"} or _verb_like(t[0]) for t in tokens[a + 1 : b]):
            return tokens, k
        comma = (",", tokens[a][1], tokens[b][2])
        return [*tokens[:a], comma, *tokens[b + 1 :]], k - (b - a)
    return tokens, k


def _subject_before(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The subject noun phrase ending just before token k (a cue), and its offset.

    Adverbs and auxiliaries between subject and cue are skipped ("Rutte also
    said"), so are an appositive ("Ines Harlow, an early supporter, said") and a
    prepositional phrase ("Trump at the time said").
    """
    tokens, k = _dash_aside_as_comma(tokens, k)
    j = k - 1
    while j >= 0 and (
        tokens[j][0].casefold() in _BETWEEN
        or (tokens[j][0].endswith("ly") and tokens[j][0] not in _LY_NOUNS)  # not "family"
    ):
        if tokens[j][0][:1].isupper():
            break
        j -= 1
    if j < 0:
        return None
    j = _before_weekday(tokens, j)  # "Priebus later Thursday told"
    j = _before_parenthesis(tokens, j)  # "Rep. Earl Blumenauer (D-Ore.) said"
    if j < 0 or tokens[j][0] == ")":
        return None
    if _bare_role_before_cue(tokens, j, k):
        # a headline's "... route to end as operator says he ...", "..., prosecutor says":
        # a role with no article right before the cue is its subject, not the line's
        # first words
        return tokens[j][0], tokens[j][1]
    group = _group_after_conjunction(tokens, j)
    if group is not None:
        # "A brown bear has destroyed forty hives, and beekeepers said ...": the group
        # is the subject of its own clause, not the sentence's first words
        return group
    if tokens[j][0] == ",":
        relative = _relative_subject(tokens, j)
        if relative is not None:
            return relative
        skip_to = None
        for c in range(j - 1, max(-1, j - 40), -1):
            if skip_to is not None:
                if c > skip_to:
                    continue
                skip_to = None
                continue  # the opening mark of a quoted title
            if tokens[c][0] == "." and c > 0 and len(tokens[c - 1][0]) <= 4:
                continue  # "Tobias Wren, R-Ore., said"
            if tokens[c][0] in {"”", '"'}:
                skip_to = _quoted_title_start(tokens, c)
                if skip_to is not None:
                    continue  # `Lind, the author of "Harbour Days," about ..., said`
            if tokens[c][0] in {".", ";", ":", "“", "”", '"'}:
                break
            if tokens[c][0] == "," and _names_list_tail(tokens, c, j):
                continue  # "the Department of Culture, Sports and Tourism, said": one name
            if tokens[c][0] == ",":
                # "Rep. Earl Blumenauer (D-Ore.), a member of ..., said"
                # "Harold L. Child Jr., legal attache to ..., told"
                end = _before_name_suffix(tokens, c - 1)
                found = _np_ending_at(tokens, _before_parenthesis(tokens, end))
                if found is None:
                    found = _paired_object_phrase(tokens, end)
                if found is None:
                    after_clause = _name_after_long_relative(tokens, c, j)
                    if after_clause is not None:
                        return after_clause
                if found and (
                    found[0][:1].isupper()
                    or found[0].split()[0].casefold() in _DETERMINERS
                    # "The victim's mother, Karen Bialas, said"
                    or found[0].split()[0].endswith(("'s", "’s", "s'", "s’"))
                ):
                    appositive = _named_part(tokens[c + 1 : j])
                    head = _phrase_head(found[0])
                    at = next(i for i in range(c - 1, -1, -1) if tokens[i][1] == found[1])
                    # "The Minister of Energy, Mines and Resources, NAME, said": the office's
                    # last part is one of several its "of" joins
                    listed = _listed_from(tokens, at)
                    if listed is not None:
                        head = _phrase_head(listed)
                    if at > 1 and tokens[at - 1][0].casefold() in _PREPOSITIONS:
                        # "A wind-energy engineer at Aarhus Wind Research Centre, Anders
                        # Bøgh Nielsen, said": the role the body follows is the head
                        outer = _np_ending_at(tokens, at - 2)
                        outer_head = _phrase_head(outer[0]) if outer is not None else ""
                        if outer_head.islower() or (
                            # "Counsel for Kasambya Agro Estates, Ronald Musoke, said":
                            # a role with the capital of the sentence's first word
                            outer is not None
                            and outer[1] == tokens[0][1]
                            and outer_head.casefold() in _PERSON_HEAD_WORDS | _NAME_ROLES
                        ):
                            head = outer_head.casefold()
                        elif (
                            # "Under cross-examination, counsel for Omake, NAME, put it":
                            # a bare role after the opening phrase's comma
                            outer is None
                            and at > 2
                            and tokens[at - 3][0] == ","
                            and tokens[at - 2][0]
                            in _PERSON_HEAD_WORDS | _NAME_ROLES | _APPOSITIVE_PERSON_NOUNS
                        ):
                            head = tokens[at - 2][0]
                        elif person_name_in([t[0] for t in appositive]) is not None:
                            # "The provincial director for Mineral Resources and Energy in
                            # Tete, NAME, told": the head of the description the sentence
                            # opens with, past its capitalised inner phrases (a person's
                            # name after it, a first name the lists know: "... in Lind,
                            # Norway," and "... in Lucknow, Uttar Pradesh," are places)
                            head = _opening_description_head(tokens, c) or head
                    if (
                        at > 1
                        and tokens[at - 1][0] == ","
                        and tokens[at - 2][0][:1].isupper()
                        and " " not in found[0]
                        and found[0][:1].isupper()
                    ):
                        # "The Superintendent of Police, Kohima, NAME, told": the office's
                        # place set off by commas, the office (its name capitalised) before
                        # it the head; not "The owner of the restaurant, Ruiz, Casa Blanca,"
                        head = _opening_description_head(tokens, at - 1) or head
                    relative = _relative_head(tokens, at)
                    second = [t[0].casefold() for t in tokens[c + 1 : c + 3]]
                    if relative is not None and second in (["and", "who"], ["and", "whose"]):
                        # "A dockworker who watched the protest, and who asked not
                        # to be named, said": both clauses are the dockworker's
                        return relative
                    if relative is not None:
                        if found[0][:1].isupper() and person_name_in([t[0] for t in appositive]):
                            # "The manager who hired Fenwick Dray, Ola Basset, called":
                            # a name has no second name, so the appositive is the head's
                            return join_tokens(appositive), appositive[0][1]
                        if j - c == 2 and _one_person(head, tokens[c + 1][0]):
                            # "A woman who knew the youngest victim, Chris, wrote": a
                            # first name alone after one person is that person, named
                            # before; a full name introduces the head ("A nurse who
                            # treated the boy, Lena Oduya, said")
                            return relative
                    agent_of = _subject_before_agent(tokens, at)
                    if agent_of is not None:
                        # "The company, now headed by Kanzaki's son, NAME, said": the
                        # name is the agent's in an aside; the sentence's subject speaks
                        return agent_of
                    # ("Vice-Chancellor", "Co-Founder": the head's last part says it)
                    last_part = head.casefold().rsplit("-", 1)[-1]
                    if (
                        # "MP", "The Bishop of Calderbridge"
                        (
                            head.islower()
                            or head.casefold() in _PERSON_TITLE_WORDS | _APPOSITIVE_PERSON_NOUNS
                            or head.casefold() in _PERSON_HEAD_WORDS  # "Member of the Senedd"
                            or last_part in _PERSON_TITLE_WORDS | _APPOSITIVE_PERSON_NOUNS
                        )
                        and 0 < len(appositive) <= 6
                        and all(
                            t[0][:1].isupper()
                            or t[0] in {"of", "-", "&"}
                            or name_token(appositive, i)  # "Ana da Silva"
                            for i, t in enumerate(appositive)
                        )
                        and (
                            name_in([t[0] for t in appositive]) is not None
                            or is_firm_name([t[0] for t in appositive])  # "Fenwick & Lowe"
                        )
                    ):
                        # "Lind's campaign manager, Owen Tarrant, said": the name
                        return join_tokens(appositive), appositive[0][1]
                    if (
                        found[0][:1].isupper()
                        and at > 0
                        and tokens[at - 1][0] == ","
                        and person_name_in(found[0].split()) is None
                        and len(appositive) == j - c - 1
                        and (untitled := _past_titles(appositive))
                        and person_name_in([t[0] for t in untitled]) == join_tokens(untitled)
                    ):
                        # "A lawyer for the contractor, Kamba Builders Ltd, Atty. Ana Ruiz,
                        # said": the body names the contractor, the person after it speaks
                        return join_tokens(untitled), untitled[0][1]
                    after_role = _named_after_role(appositive)
                    if after_role and tokens[c + 1][0].casefold() not in _DETERMINERS:
                        # "The best man, Akande's teammate Jordan Ellery, posted": the
                        # name after the role
                        return join_tokens(after_role), after_role[0][1]
                    national = _named_after_nationality(appositive)
                    if national:
                        # "Grêmio's coach, the Argentine Sebastián Ibarra, said"
                        return join_tokens(national), national[0][1]
                    if _finite_before_relative(tokens[c + 1 : j]):
                        return None  # "Even if X existed, its work would go on, said": a clause
                    opening = _name_after_opening_description(tokens, c, j)
                    if opening is not None and person_name_in(found[0].split()) is None:
                        return opening
                    # "Ema Suryani, a doctor at a clinic in Lampahan city, Bener Meriah
                    # district, told AFP": the description is the name's appositive
                    # ("The national Bureau of Arts and Culture, which ..., said": the whole
                    # body's name, not its last part)
                    return (
                        _unclosed_appositive(tokens, at)
                        or _holder_of_place(tokens, at)
                        or (
                            _body_joined_by_and(tokens, at, found)
                            if found[0][:1].isupper() and _and_in_body_name(tokens, 0, at - 1)
                            else None
                        )
                        or found
                    )
                # "The board's director of finance, audit and building services, NAME,
                # said": a list of lower-case words before the name
                return _name_after_opening_description(tokens, c, j)
        return None
    if j >= 2 and tokens[j][0] in {"who", "which"} and tokens[j - 1][0] == ",":
        antecedent = _relative_antecedent(tokens, j)
        if antecedent is not None and antecedent[0][:1].isupper():
            # "the Ministry of Infrastructure and Sustainable Energy, which says": the
            # whole body's name, not its last part
            at = next((i for i in range(j, -1, -1) if tokens[i][1] == antecedent[1]), 0)
            antecedent = _body_joined_by_and(tokens, at, antecedent) or antecedent
        if antecedent is not None:
            return antecedent
    for _ in range(3):
        found = _np_ending_at(tokens, j)
        if found is None:
            return None
        at = next(i for i in range(j, -1, -1) if tokens[i][1] == found[1])
        if at > 0 and tokens[at - 1][0].casefold() in _PREPOSITIONS:
            if _opens_clause(tokens, at - 1) and _own_clause_subject(tokens, found):
                return found  # "Potts was arrested after an agent told ...": its subject
            j = at - 2  # "Trump at the time said": skip the phrase
            if j < 0:
                return None
            continue
        person_end = _person_before_body(tokens, at, found)
        if person_end is not None:
            j = person_end  # "Chief Bruce Jamison of the Piqua Police Department said"
            continue
        if _after_age_and_of(tokens, at):
            j = at - 5  # "Beth Krut, 47, of Mount Oliver said": the person, not her town
            continue
        named = found[0][:1].isupper()  # "A man who called himself Rudy said": Rudy
        relative = _relative_head(tokens, at, descriptions=not named)
        # "A man believed to be Tom Hill told": the name the phrase gives speaks
        participle = None if name_in(found[0].split()) else _participle_head(tokens, at)
        whole = _body_joined_by_and(tokens, at, found) if named else None
        return relative or _unclosed_appositive(tokens, at) or participle or whole or found
    return None


def _opening_description_head(tokens: list[tuple[str, int, int]], c: int) -> str | None:
    """The head of a description that opens the sentence with an article and runs to the
    comma at token c, when it is a person's (a title or a person's noun: "The provincial
    director for Mineral Resources and Energy in Tete" gives "director", "The
    Superintendent of Police" "superintendent"; not "The district office for Water and
    Sanitation in Gulu"), or None."""
    start = c
    while start > 0 and tokens[start - 1][0] not in _SENTENCE_BREAKS:
        start -= 1
    if start >= c or tokens[start][0] not in {"The", "A", "An"}:
        return None
    head = _phrase_head(join_tokens(tokens[start:c])).casefold()
    return (
        head
        if head in _PERSON_TITLE_WORDS | _APPOSITIVE_PERSON_NOUNS | _PERSON_HEAD_WORDS
        else None
    )


_SENTENCE_BREAKS = frozenset({".", ";", ":", "!", "?", ",", "“", "”", '"', "\n"})


def _group_after_conjunction(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """A group of people in lower case ending at token j, right after ", and" or ", but"
    ("..., and beekeepers", "..., but local officials"): a plural of the groups that speak, or one
    of a doer's ending ("-ers", "-ists", "-ians", "-men"), with up to two words before
    it; None otherwise."""
    word = tokens[j][0]
    if not _lower_noun_like(word):
        return None
    if word not in _BARE_GROUPS and not word.endswith(_GROUP_ENDINGS):
        return None
    start = j
    while (
        start > 0
        and j - start < 2
        and _lower_noun_like(tokens[start - 1][0])
        and tokens[start - 1][0] not in CLAUSE_JOINERS
    ):
        start -= 1
    if start < 2 or tokens[start - 1][0] not in CLAUSE_JOINERS or tokens[start - 2][0] != ",":
        return None  # (not "The mayor and police said": both speak)
    return join_tokens(tokens[start : j + 1]), tokens[start][1]


_GROUP_ENDINGS = ("ers", "ists", "ians", "men")  # "beekeepers", "activists", "fishermen"
CLAUSE_JOINERS = frozenset({"and", "but"})  # what joins a clause of its own subject to another


def _lower_noun_like(word: str) -> bool:
    """A word of lower-case letters that is no verb's form: a group's noun or a word
    before it ("military officials", "local beekeepers")."""
    return word.isalpha() and word.islower() and word not in _VERBISH


def _subject_before_agent(tokens: list[tuple[str, int, int]], at: int) -> tuple[str, int] | None:
    """The noun phrase opening the sentence when the phrase at token `at` is the agent
    of a participle in an aside after it ("The company, now headed by Kanzaki's son,
    ..."): "The company"; None otherwise."""
    k = at - 1
    if k < 1 or tokens[k][0] != "by":
        return None
    k -= 1
    if tokens[k][0] not in _AGENT_PARTICIPLES:
        return None  # "headed by", "led by", "run by" (not "issued by": a statement's)
    k -= 1
    while k > 0 and (tokens[k][0].casefold() in _ASIDE_WORDS or tokens[k][0].endswith("ly")):
        k -= 1  # "now headed by", "jointly run by"
    if k < 1 or tokens[k][0] != ",":
        return None
    subject = _np_ending_at(tokens, k - 1)
    if subject is None:
        return None
    first = next(i for i in range(k - 1, -1, -1) if tokens[i][1] == subject[1])
    opens = first == 0 or tokens[first - 1][0] in _DESCRIPTION_BOUNDS
    return subject if opens else None


_AGENT_PARTICIPLES = words("agent_participles")
_ASIDE_WORDS = _BETWEEN | words("aside_adverbs")  # (and any word ending in "-ly")


def _name_after_opening_description(
    tokens: list[tuple[str, int, int]], c: int, j: int
) -> tuple[str, int] | None:
    """The person's full name alone between the commas at tokens c and j, before the
    cue, when the words before it are a description opening the sentence with an article
    or a possessive and no verb: "The local MNA, NAME, wrote", "The director general of
    the Centre de services scolaires des Hautes-Terres, NAME, told", "Musanze's vice
    mayor in charge of economic development, NAME, said". A name can stand beside a
    description only as the one it describes; a comma in the description joins a list
    ("director of finance, audit and works"), not an aside after its subject ("The
    minister, in a letter to the board's director of finance, NAME, wrote", "The premier,
    speaking after a meeting with the local MNA, NAME, said": theirs)."""
    named = _past_titles(tokens[c + 1 : j])
    words = [t[0] for t in named]
    # a first name of any list the project keeps ("Luc", "Jean-Claude"), then the rest
    if len(words) < 2 or name_in(words) != " ".join(words) or not first_name_gender(words[0]):
        return None
    start = c
    while start > 0 and tokens[start - 1][0] not in _DESCRIPTION_BOUNDS:
        start -= 1
    start = _past_opening_phrase(tokens, start, c)
    if c - start > DESCRIPTION_TOKENS:
        return None
    first = tokens[start][0]
    if not _opens_description(first):
        return None
    if any(t[0].casefold() in _SAY or (t[0].islower() and finite(t[0])) for t in tokens[start:c]):
        return None  # "The council said the mayor, NAME, ...": a clause, not a description
    commas = [i for i in range(start, c) if tokens[i][0] == ","]
    for i in commas:
        if tokens[i + 1][0].casefold() in _PREPOSITIONS:
            return None  # "The minister, in a letter to the director of ...": an aside
    if commas and not any(t[0] in {"and", "&"} for t in tokens[commas[-1] + 1 : c]):
        return None  # a comma inside a description joins a list ("finance, audit and works")
    return join_tokens(named), named[0][1]


def _opens_description(word: str) -> bool:
    """Whether a word can open a description of someone: a determiner ("The", "a") or a
    possessive ("Musanze's")."""
    return word.casefold() in _DETERMINERS or word.endswith(("'s", "’s"))


def _past_opening_phrase(tokens: list[tuple[str, int, int]], start: int, c: int) -> int:
    """Where a description opens after a phrase that opens the sentence, a preposition's
    or a participle's, and a comma ("Standing at the gate, where nurses held placards,
    the president of ..., NAME, told"; "After the vote, the mayor's aide, NAME, said"):
    the token after the last comma before token `c` that a determiner or a possessive
    follows, with no speech verb before it; else `start` itself."""
    first = tokens[start][0]
    if _opens_description(first):
        return start
    if first == "," and start + 1 < c:
        # (the opening phrase ended by a quotation: "... placards reading “No Pay”, the")
        return start + 1
    if not (first.casefold() in _PREPOSITIONS or first.endswith(("ing", "ed"))):
        return start
    for at in range(c - 1, start, -1):
        if tokens[at][0] == "," and _opens_description(tokens[at + 1][0]):
            if any(t[0].casefold() in _SAY for t in tokens[start:at]):
                return start  # "Asked about it, the mayor said ...": a clause of its own
            return at + 1
    return start


_DESCRIPTION_BOUNDS = frozenset({".", ";", ":", "!", "?", "(", ")"}) | frozenset(_OPEN + _CLOSE)
DESCRIPTION_TOKENS = 20  # the longest description read before a name between commas


# Words a body's list of names may run to after a comma: "Sports and Tourism".
LIST_TAIL_WORDS = 6
LIST_OPENER_REACH = 30  # tokens back from the list's comma to the description's own


def _names_list_tail(tokens: list[tuple[str, int, int]], c: int, j: int) -> bool:
    """Whether the words between the comma at token `c` and the one at `j` end a list of
    capitalised names begun before the comma ("Culture, Sports and Tourism" of a
    department's name): capitalised words joined by "and" or "&", a capitalised word
    before the comma; and a comma opens the description the list ends, earlier in the
    clause ("NAME, deputy director of the Department of ..."): with none, the comma
    closes the subject itself ("A spokesperson for the Department of Culture, Sports
    and Tourism, said") and the reading of subject and appositive stands."""
    tail = [t[0] for t in tokens[c + 1 : j]]
    opened = False
    for at in range(c - 1, max(-1, c - LIST_OPENER_REACH), -1):
        if tokens[at][0] in {".", ";", ":", "“", "”", '"'}:
            break
        if tokens[at][0] == ",":
            opened = True
            break
    return (
        opened
        and c > 0
        and tokens[c - 1][0][:1].isupper()
        and 3 <= len(tail) <= LIST_TAIL_WORDS
        and any(w in {"and", "&"} for w in tail)
        and tail[0] not in {"and", "&"}
        and tail[-1][:1].isupper()
        and all(w[:1].isupper() or w in {"and", "&"} for w in tail)
        and person_name_in(tail) is None  # "Ana Ruiz and Omar Dey": two people
    )


def _listed_from(tokens: list[tuple[str, int, int]], at: int) -> str | None:
    """The first part of a list of capitalised names whose last one opens at token `at`,
    when it is an office's ("The Minister of Energy" of "The Minister of Energy, Mines and
    Resources", "Trade and Industry"): joined by "and" or "&" before its last, by commas
    before that; None when no such list ends there or its first part holds no "of" or
    "for" ("The Councillor for Local Government, Town and Country Planning")."""
    start, first = at, None
    while start >= 2:
        end = start - 2
        if tokens[end][0] in {"'", "’"} and end > 0:
            end -= 1  # "Trawler Owners' and Fishermen's Association"
        mark = tokens[start - 1][0]
        if not tokens[end][0][:1].isupper() or (
            not (mark in {"and", "&"} and first is None) and not (mark == "," and first)
        ):
            break
        before = _np_ending_at(tokens, end)
        if before is None or not before[0][:1].isupper():
            break
        start = next(i for i in range(end, -1, -1) if tokens[i][1] == before[1])
        first = before[0]
    return first if first is not None and (" of " in first or " for " in first) else None


def _paired_object_phrase(tokens: list[tuple[str, int, int]], end: int) -> tuple[str, int] | None:
    """A description whose last object is a pair of lower-case nouns, ending at token
    `end`: "The director of services for roads and transport" (the phrase up to
    "roads" found as any is, then "and transport" with it); None for anything else."""
    if end < 2 or tokens[end - 1][0] not in {"and", "&"}:
        return None
    last, before = tokens[end][0], tokens[end - 2][0]
    if not (last.isalpha() and last.islower() and before.isalpha() and before.islower()):
        return None
    found = _np_ending_at(tokens, end - 2)
    if found is None or found[0].split()[0].casefold() not in _DETERMINERS:
        return None
    return f"{found[0]} {tokens[end - 1][0]} {last}", found[1]


def _participle_head(tokens: list[tuple[str, int, int]], at: int) -> tuple[str, int] | None:
    """The person a participle phrase without commas describes, the phrase ending at
    `at` with no person of its own: "A plantation manager accused of forging the
    signatures of three landowners to sell their orchards told" is the manager's, not
    the orchards'. The person opens the clause with a determiner and a noun for a
    person; right after it a word in -ed that a preposition follows ("accused of",
    "injured in", "believed to"), as a participle's phrase does and a verb's object
    ("reported the woman") does not; no comma, "and", relative or subordinator stands
    between it and the cue."""
    for w in range(at - 1, max(0, at - _RELATIVE_REACH), -1):
        word = tokens[w][0]
        if word in _CLAUSE_BREAKS or word in {"and", "but", "who", "which", "that"}:
            return None
        if word in _SUBORDINATORS:
            return None  # "the senator called on ... after the mogul claimed": a clause
        if not (word.islower() and word.endswith("ed")) or word in _NAMING_VERBS:
            continue  # "a neighbor named Gary told": the name is the speaker
        if tokens[w + 1][0] not in _PARTICIPLE_LINKS:
            continue
        head = _np_core(tokens, w - 1)
        if head is None or head[0].split()[-1].casefold() not in _PERSON_HEAD_WORDS:
            continue
        begin = next(i for i in range(w - 1, -1, -1) if tokens[i][1] == head[1])
        if head[0].split()[0].casefold() in _DETERMINERS and (
            begin == 0 or tokens[begin - 1][0] in _CLAUSE_BREAKS
        ):
            return head
    return None


# Words a participle's phrase opens with after it: "accused of", "believed to".
_PARTICIPLE_LINKS = _PREPOSITIONS | {"of", "to", "by", "with", "for", "in", "on"}


def _person_after_body(
    tokens: list[tuple[str, int, int]], j: int, end: int
) -> tuple[str, int] | None:
    """The person named after a body and a comma at the end of an inverted cue's
    sentence: '"...," said HPD, Thomas Simmons.' is Simmons speaking for the police
    ("said Ana Ruiz, Tom Lee and ..." and a body alone are left as they are)."""
    if end >= len(tokens) or tokens[end][0] != "," or name_in([t[0] for t in tokens[j:end]]):
        return None
    run = list(takewhile(lambda t: t[0][:1].isupper(), tokens[end + 1 : end + 5]))
    after = end + 1 + len(run)
    if not run or after >= len(tokens) or tokens[after][0] not in {".", "!", "?"}:
        return None
    if person_name_in([t[0] for t in run]) is None:
        return None
    return join_tokens(run), run[0][1]


def _setting_opens(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a phrase of where or how it was said opens at token i ("in a statement",
    "at a news conference"): a setting preposition, and a setting noun a few words on."""
    if tokens[i][0].casefold() not in _SETTING_PREPOSITIONS:
        return False
    if i + 1 < len(tokens) and tokens[i + 1][0].casefold() == "the":
        return False  # "said the man in the video": which man, not where he said it
    for k in range(i + 1, min(len(tokens), i + 1 + _SETTING_NOUN_REACH)):
        word = tokens[k][0]
        if not word.isalpha():
            return False
        if word.casefold() in _SETTING_NOUNS:
            return True
    return False


# Words that open a second clause of a sentence, with a subject of its own.
_CLAUSE_JOINS = frozenset({"but", "and", "yet", ";"})


def _coordinated_subject(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """The subject of the clause a verb coordinated by "and" at token j continues, when
    that clause is not the sentence's first: `Witnesses tried to warn him, but the
    victim pointed the gun and said, "..."` is the victim's (the sentence's subject
    is the witnesses')."""
    for c in range(j - 1, 0, -1):
        word = tokens[c][0].casefold()
        if word in {".", "!", "?", ":"}:
            return None
        if word not in _CLAUSE_JOINS:
            continue
        if word == "and" and not (tokens[c - 1][0] == "," and tokens[c - 2][0].islower()):
            continue  # "Leahy and Ben Cardin", "SeaMicro and AMD began": a list, not a clause
        subject = _sentence_subject(tokens[c + 1 : j])
        if subject is None or subject[1] != tokens[c + 1][1]:
            continue  # "the mayor and the chief": not a clause
        at = next(i for i in range(c + 1, j) if tokens[i][1] == subject[1])
        length = len(subject[0].split())
        verb = next(
            (i for i in range(at + length, j) if tokens[i][0].islower() and finite(tokens[i][0])),
            None,
        )
        if verb is None:
            continue
        # "Brisco lost the vote, but he smiled and said": the pronoun is the
        # sentence subject's, which the caller falls back to
        return None if subject[0].casefold() in PRONOUNS else subject
    return None


def _dangling_participle(word: str) -> bool:
    """A participle left at the end of a description cut before its phrase ("a woman
    sitting", "the letter signed"): no part of who spoke."""
    return word.islower() and word.endswith(("ing", "ed")) and _verb_like(word)


def _one_person(noun: str, name: str) -> bool:
    """Whether a noun names one person who may bear the first name `name` ("victim",
    "boy"; not "crash", "crews", nor "husband" for Marta)."""
    low = noun.casefold()
    if not noun.islower() or low.endswith("s") or low not in _PERSON_HEAD_WORDS:
        return False
    noun_gender = PERSON_NOUN_GENDER.get(low) or ""
    name_gender = first_name_gender(name) or ""
    return not (noun_gender and name_gender and noun_gender != name_gender)


def _own_clause_subject(tokens: list[tuple[str, int, int]], found: tuple[str, int]) -> bool:
    """Whether a clause's subject after "after"/"before"/"since" speaks for itself: a
    noun phrase, or "he"/"she" when the sentence opens with no person's name ("The
    crowd booed after she called ..."); "Ketteridge apologized after he called"
    and "The club was fined after it called" are the sentence subject's."""
    low = found[0].casefold()
    if low not in PRONOUNS and low not in _SUBJECT_PRONOUNS:
        return True
    if low not in {"he", "she"}:
        return False
    subject = _sentence_subject(tokens)
    return subject is not None and name_in(subject[0].split()) is None


def _opens_clause(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the subordinator at token i ("after", "before", "since") opens a clause
    here: it follows a verb or opens the sentence ("came after an agent told"), where
    after a name it opens a phrase ("Trump after the debate said")."""
    if tokens[i][0].casefold() not in _SUBORDINATORS:
        return False
    before = tokens[i - 1][0] if i > 0 else ","
    return before in {",", ";", ":"} or (
        before.islower() and (_verb_like(before) or before in _PAST_TENSES)
    )


def person_name_in(words: list[str]) -> str | None:
    """The personal name in a capitalised run: two words or more opening with a census
    first name or after a person's title ("Sen. Cory Booker" gives "Cory Booker", "Dr.
    Priya Nandan" "Priya Nandan"; "North-Rhine Westphalia" and "Harbor Gazette Staff"
    give None)."""
    name = name_in(words)
    if name is None or " " not in name:
        return None
    first = name.split()[0]
    at = words.index(first) if first in words else 0
    titled = any(w.casefold() in _PERSON_TITLE_WORDS for w in words[:at])
    return name if titled or first.casefold() in first_names() else None


def _relative_antecedent(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """Who ", who" or ", which" at token j stands for, as the subject of its clause.

    The name that ends the phrase before the comma when the phrase's head is no
    person ("a ruling by Judge Ana Torres, who", "the mouth of Donald Trump, who",
    "the office of Mayor Ken Tull, who"); the whole phrase when a person heads it
    ("the wife of Omar Dey, who", "a spokeswoman for Ruth Ames, who") or no name
    ends it ("the leader of the opposition in North-Rhine Westphalia, who"). An
    indefinite document after a verb ("The union issued a statement, which said")
    is the sentence subject's.
    """
    end = _before_dated(tokens, j - 2)  # "a board paper from March 2022, which"
    end = _before_age(tokens, end)  # "Ron Bellamy, now 84, who"
    core = _np_core(tokens, end)
    phrase = _np_ending_at(tokens, end)
    named = core is not None and person_name_in(core[0].split()) is not None
    if phrase is None or phrase[0].split()[0].casefold() in OTHER_PRONOUNS:
        phrase = core  # "Contrast that with Trump, who": not "that with Trump"
    antecedent = core if named and not _person_headed(phrase, core) else phrase
    if antecedent is None or antecedent[0].casefold() in OTHER_PRONOUNS:
        return None
    first = antecedent[0].split()[0].casefold()
    if tokens[j][0] == "who":
        bare = _name_before_bare_role(tokens, j)
        if bare is not None:
            return bare  # "Kwame Asante, head of research at Trellis Bank, who said"
        at = next(i for i in range(j - 2, -1, -1) if tokens[i][1] == antecedent[1])
        if at > 0 and tokens[at - 1][0].casefold() in _DETERMINERS:
            at -= 1  # ("the Slovene Community List": its article before the name read)
        name_end = at - 3 if at >= 3 and tokens[at - 2][0] == "," else at - 2
        person = _np_ending_at(tokens, name_end) if name_end >= 0 else None
        person_at = next(
            (i for i in range(name_end, -1, -1) if person and tokens[i][1] == person[1]), 0
        )
        if (
            at >= 2
            and tokens[at - 1][0] in _BELONGS
            and tokens[at][0].casefold() in _DETERMINERS
            and name_end >= 0
            and _person_ends_at(tokens, name_end)
            # (not a person others are "of": "neighbours of Tom Hale of the ... estate, who")
            and not (person_at > 0 and tokens[person_at - 1][0].casefold() in _OF_SOMEONE)
        ):
            # "firefighter Iván Díaz Prieto, of the regional emergency service, who",
            # "councillor Marija Olip of the Slovene Community List, who": the person the
            # body follows, not the body
            return person or antecedent
    named_before = _name_before_description(tokens, antecedent, tokens[j][0] == "which")
    if named_before is not None:
        # "Ngozi Abernathy, a professor at Kent, who", "the Ben Tre Irrigation Company,
        # the state firm that runs the sluice gates, which said": the name
        return named_before
    if tokens[j][0] == "which" and first in {"a", "an"}:
        at = next(i for i in range(j - 2, -1, -1) if tokens[i][1] == antecedent[1])
        subject = _sentence_subject(tokens[:at]) if at > 1 else None
        if subject is not None and _verb_like(tokens[at - 1][0]):
            return subject
    return antecedent


def _name_before_description(
    tokens: list[tuple[str, int, int]], antecedent: tuple[str, int], body: bool
) -> tuple[str, int] | None:
    """The name an appositive description stands beside, when ", who" or ", which"
    (a `body`'s) follows the description: in "a count by Ngozi Abernathy, a journalism
    professor, who said" the professor is Abernathy; in "the Steppe Relief Network, a
    Mongolian charity, which warned" the network; in "the Ben Tre Irrigation Company,
    the state firm that runs the sluice gates, which said" the gates are inside the
    description's own clause, and the company says it."""
    at = next((i for i, t in enumerate(tokens) if t[1] == antecedent[1]), 0)
    start = at
    if tokens[at][0].casefold() not in _ARTICLES or tokens[at][0][:1].isupper():
        return None
    if body:
        # the description opens before the antecedent, which its relative clause holds
        start = next(
            (
                c + 1
                for c in range(at - 1, max(-1, at - _APPOSITIVE_PIECE), -1)
                if tokens[c][0] == ","
            ),
            at,
        )
        inner = [t[0] for t in tokens[start:at]]
        if start < at and (tokens[start][0] not in _ARTICLES or not set(inner) & _CLAUSE_RELATIVES):
            return None
    if start < 2 or tokens[start - 1][0] != ",":
        return None
    core = _np_core(tokens, start - 2)
    if core is None or " " not in core[0]:
        return None
    if body:
        # "Safe Ground Cambodia, a charity, which": the description's head says it is a
        # body ("a surgeon at Kato General Hospital" is a person's)
        head = list(
            takewhile(lambda w: w.casefold() not in _PREPOSITIONS_OF, antecedent[0].split())
        )
        described = len(head) > 1 and names_a_body(head[-1])
        return core if core[0][:1].isupper() and (names_a_body(core[0]) or described) else None
    return core if name_in(core[0].split()) == core[0] else None


def _name_before_bare_role(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """The name before an appositive that opens with a role word and no article,
    when ", who" (token j) follows it: "Kwame Asante, head of commodities research at
    Trellis Bank, who said" is Asante's clause, not the bank's."""
    close = j - 1
    c = next((c for c in range(close - 1, max(-1, close - 16), -1) if tokens[c][0] == ","), None)
    if c is None or c < 1:
        return None
    segment = [t[0] for t in tokens[c + 1 : close]]
    if not segment or segment[0] not in _APPOSITIVE_ROLES or any(_verbish(w) for w in segment):
        return None
    if segment[1:2] and segment[1][:1].isupper():
        return None  # "Replying to Ana Ruiz, spokesman Luis Mora, who said": his title
    core = _np_core(tokens, c - 1)
    if core is None or " " not in core[0] or name_in(core[0].split()) != core[0]:
        return None
    return None if names_a_body(core[0]) else core


_DATING_PREPOSITIONS = frozenset({"from", "of", "dated", "in"})
_AGE_WORDS = frozenset({"now", "aged"})


def _before_age(tokens: list[tuple[str, int, int]], end: int) -> int:
    """The index before an age set off by commas that ends at `end` (", 84", ", now
    84", ", aged 84"), or `end`: the person it is said of ends there."""
    if end < 2 or not is_age(tokens[end][0]):
        return end
    k = end - 1
    if tokens[k][0] in _AGE_WORDS:
        k -= 1
    return k - 1 if k >= 1 and tokens[k][0] == "," else end


def _before_dated(tokens: list[tuple[str, int, int]], end: int) -> int:
    """The index before a date phrase that ends at `end` ("from March 2022", "dated 5
    May 2021", "of 2019"), or `end`: the noun it dates ends there."""
    k = end
    while k >= 0 and (tokens[k][0].isdigit() or tokens[k][0].casefold() in _MONTHS):
        k -= 1
    if k == end or k < 1 or tokens[k][0].casefold() not in _DATING_PREPOSITIONS:
        return end
    if not any(len(t[0]) == 4 and t[0].isdigit() for t in tokens[k + 1 : end + 1]):
        return end  # "of 40 pages": a number, not a year
    return k - 1


# Words that open a noun phrase heading a relative clause's antecedent ("Many
# residents of ...", "Two guards at ...").
_HEAD_OPENERS = _NP_OPENERS | words("phrase_openers")


def _person_headed(phrase: tuple[str, int] | None, core: tuple[str, int] | None) -> bool:
    """Whether a phrase ending in a name is headed by a person noun before it ("the
    parents of Ana Cole", "a friend of Lena Ortiz"; not "the mouth of Donald Trump")."""
    if phrase is None or core is None or phrase == core:
        return False
    before = phrase[0][: len(phrase[0]) - len(core[0])].split()
    heads = [w.casefold() for w in before if w.isalpha() and w.islower()]
    if not heads or heads[-1] not in _POSTMODIFIERS:
        return False
    head = next((w for w in reversed(heads[:-1]) if w not in _POSTMODIFIERS), "")
    return head in _PERSON_HEAD_WORDS or head.rstrip("s") in _PERSON_HEAD_WORDS


def _capitalised_start(tokens: list[tuple[str, int, int]], end: int, reach: int) -> int:
    """The first token of the capitalised run that ends at token `end`, at most `reach`
    tokens long (`end + 1` when token `end` is not capitalised)."""
    start = end + 1
    while start > 0 and start > end + 1 - reach and tokens[start - 1][0][:1].isupper():
        start -= 1
    return start


def _before_weekday(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The index of a name's last word when token j is a weekday after it ("Priebus
    later Thursday told", "Reince Priebus Thursday told"), else j.

    The weekday is a time when "later" or "earlier" dates it, or when the words
    before it are a name of two words that no preposition or "of" opens: a
    document "filed Thursday", "Organizers of Super Bowl Sunday" and "Cyber
    Monday" keep their reading."""
    if j == 0 or tokens[j][0].casefold() not in _WEEKDAYS:
        return j
    dated = j > 1 and tokens[j - 1][0] in _DATING
    name_end = j - 2 if dated else j - 1
    start = _capitalised_start(tokens, name_end, 4)
    run = [t[0] for t in tokens[start : name_end + 1]]
    if not run:
        return j
    if dated:
        return name_end
    name = name_in(run)
    opener = tokens[start - 1][0] if start > 0 else ""
    if name is not None and len(name.split()) >= 2 and opener not in _PREPOSITIONS_OF:
        return name_end
    return j


_NAME_ROLES = words("name_roles")  # roles a name may follow ("counsel", "solicitor")
# Words that may stand before a name as its title ("Sen.", "Coach", "Dr.").
_PERSON_TITLE_WORDS = words("person_titles") | words("title_words") | words("surname_titles")
# Nouns that head a phrase naming a person ("the wife of ...", "a lawyer for ...").
_PERSON_HEAD_WORDS = (
    frozenset(PERSON_NOUN_GENDER)
    | words("kinship")
    | words("person_titles")
    | words("role_heads")
    | words("role_words")
)


def _kind_words_before(tokens: list[tuple[str, int, int]], at: int) -> int:
    """The index before a body's name at `at`, past up to three lower-case words that
    say what kind of body it is ("the patient group Rural Health Voice", "the
    charity Harbour Aid"), or an ordinal ("the 14th Civil Court"): where "the" should
    stand."""
    k = at - 1
    while (
        k >= 0
        and at - k <= 3
        and (
            (tokens[k][0].isalpha() and tokens[k][0].islower())
            or _ORDINAL_NUMBER.fullmatch(tokens[k][0]) is not None
        )
    ):
        if tokens[k][0] == "the" or _verb_like(tokens[k][0]):
            break
        k -= 1
    return k


_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
_OF_SOMEONE = frozenset({"of", "for", "to", "with", "by", "about"})


def _person_before_body(
    tokens: list[tuple[str, int, int]], at: int, found: tuple[str, int]
) -> int | None:
    """Where the person ends when the phrase `found` at token `at` is the body or place
    after a full name and "of" ("Bruce Jamison of the Piqua Police Department", "Ana
    Ruiz of the council", "Lena Ortiz of the Centre for Water Futures"): the person
    speaks, not where they work."""
    if found[0].split()[0].casefold() in _DETERMINERS:
        the = at  # "of the council": the phrase holds its article
    else:
        the = _kind_words_before(tokens, at)  # "of the patient group Rural Health Voice"
        if the < 0 or tokens[the][0] != "the" or not found[0][:1].isupper():
            return None
    if the >= 2 and tokens[the - 1][0] == "of" and _person_ends_at(tokens, the - 2):
        return the - 2
    return None


def _person_ends_at(tokens: list[tuple[str, int, int]], end: int) -> bool:
    """Whether the capitalised run ending at token `end` holds a personal name of two
    words or more ("Police Chief Bruce Jamison"; not "Bank" of "Bank of the West")."""
    start = _capitalised_start(tokens, end, 6)
    name = name_in([t[0] for t in tokens[start : end + 1]]) if start <= end else None
    return name is not None and len(name.split()) >= 2


def _phrase_head(phrase: str) -> str:
    """A noun phrase's head: its last word, or the lower-case noun or person's office
    before "of", "for" or "at" ("the senior coroner for South Yorkshire": "coroner";
    "The Bishop of Calderbridge": "Bishop"; "An engineer at Aarhus University":
    "engineer"; "the officer in charge of the station": "officer"; "The Ministry of
    Defence": "Defence", no description)."""
    words = phrase.split()
    for k in range(1, len(words) - 1):
        if words[k] in {"of", "for", "at"} and (
            words[k - 1].islower()
            or words[k - 1].casefold() in _APPOSITIVE_PERSON_NOUNS
            or words[k - 1].casefold() in _PERSON_HEAD_WORDS  # "The local Member of the Senedd"
        ):
            if k >= 3 and words[k - 2 : k] == ["in", "charge"]:
                return words[k - 3]  # "the officer in charge of the station": the officer
            return words[k - 1]
    return words[-1]


def _unclosed_appositive(tokens: list[tuple[str, int, int]], at: int) -> tuple[str, int] | None:
    """The name opening a clause before a description whose closing comma is left
    out: "Jerry Strickland, a spokesman for the attorney general told TIME"."""
    if at >= 3 and tokens[at - 1][0].casefold() in _ARTICLES:
        at -= 1  # "Sen. Mark Warner, the Virginia Democrat said"
    if at < 2 or tokens[at - 1][0] != "," or tokens[at][0].casefold() not in _ARTICLES:
        return None
    first = _capitalised_start(tokens, at - 2, 5)
    if first > at - 2 or (first > 0 and tokens[first - 1][0] not in _CLAUSE_BREAKS):
        return None
    words = [t[0] for t in tokens[first : at - 1]]
    name = name_in(words)
    if name is None or len(name.split()) < 2:
        return None  # "Regardless, the department said": one word is no sure name
    lead = words[: words.index(name.split()[0])] if name.split()[0] in words else words
    if any(w.casefold() not in _PERSON_TITLE_WORDS for w in lead):
        return None  # "Unlike Anna Kim, the coach said": an opening phrase, not a subject
    return join_tokens(tokens[first : at - 1]), tokens[first][1]


def _clause_before_comma(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the words after an opening article reach a verb of their own before
    any subordinate or relative clause: "An employee declined to comment," is a
    clause; "An hour after the polls closed," and "An attorney who represented
    the family," are phrases."""
    for token, _, _ in words:
        low = token.casefold()
        if low in _SUBORDINATORS or low in _RELATIVES:
            return False
        if _verb_like(token):
            return True
    return False


def _present_verb(sentence: list[tuple[str, int, int]], j: int, e: int) -> bool:
    """Whether token e, an -s word right after a determiner phrase's noun, is its verb:
    "The statement expresses condolences", "The report shows that"; not "The police
    officers said" (a verb follows) nor "The family members of" (a preposition)."""
    word = sentence[e][0]
    if e != j + 2 or not (word.islower() and word.isalpha() and word.endswith("s")):
        return False
    noun = sentence[e - 1][0]
    if not noun.islower() or noun.endswith("s"):
        return False  # "The Times", "the news": no singular noun before it
    following = sentence[e + 1][0] if e + 1 < len(sentence) else ""
    if not following.isalpha() or not following.islower():
        return False
    if following == "that":
        return True  # "The report shows that"
    if following in _PREPOSITIONS and following not in _NOUN_PHRASE_GOES_ON and word not in _GROUPS:
        return True  # "The letter ends with": not "The police officers at the scene"
    noun_goes_on = following in _PREPOSITIONS or following in _NOUN_PHRASE_GOES_ON
    return not (_verb_like(following) or noun_goes_on)


# Words after a plural noun that carry its phrase on ("members of", "officers and").
_NOUN_PHRASE_GOES_ON = frozenset({"of", "to", "and", "or", "who", "which"})


def _after_age_and_of(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """Whether ", 47, of" stands between a name or noun ("Krut", "driver") and the place
    at token `at` (not "Section 8, 12, of the law")."""
    if at < 5:
        return False
    name, comma, age, comma_again, of = (t[0] for t in tokens[at - 5 : at])
    return (comma, comma_again, of) == (",", ",", "of") and age.isdigit() and name.isalpha()


def _finite_before_relative(segment: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a piece between commas holds a finite verb of its own, so is no appositive.

    "Ines Harlow, an early supporter, said" describes the subject; in "...,
    some of its functions would go on, said" and "..., and there's no
    timeframe ..., said" the piece is a clause. A verb after a relative or a
    subordinator ("a man who has lived here", "a nurse since she was 20",
    "the first woman to have held the post") belongs to the description, and
    so does one in an aside ("Cruz, when asked what is wrong, responded").
    """
    if segment and segment[0][0].casefold() in _INTRO:
        return False
    if segment and segment[0][0].casefold() in {"and", "but", "or"}:
        segment = segment[1:]  # "..., and the workers who joined it, said": still read on
    for tok, _, _ in segment:
        low = tok.casefold().replace("’", "'")
        if low in _APPOSITIVE_STOPS:
            return False
        if low in _VERBISH or low in _CONTRACTED_VERBS:
            return True
    return False


# Words after which a verb belongs to a description, not to a clause of its own.
_APPOSITIVE_STOPS = _RELATIVES | _SUBORDINATORS | words("appositive_stops")
_CONTRACTED_VERBS = words("contracted_verbs")


def _before_parenthesis(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The token before a short parenthesis that ends at token j (j itself if none)."""
    if j < 0 or tokens[j][0] != ")":
        return j
    for c in range(j - 1, max(-1, j - 8), -1):
        if tokens[c][0] == "(":
            return c - 1
    return j


def _quoted_title_start(tokens: list[tuple[str, int, int]], close: int) -> int | None:
    """The opening mark of a short quoted title that closes at token `close`, or None.

    Inside an appositive, a book, show or campaign named in quotation marks
    (`the co-author of "Harbour Days,"`) is part of the description, not the
    end of a quotation: every word in it is capitalised (small words aside),
    it holds at most seven tokens, and no clause break stands right before it.
    """
    for o in range(close - 1, max(-1, close - 9), -1):
        word = tokens[o][0]
        if word in {"“", '"'}:
            inner = [t[0] for t in tokens[o + 1 : close] if t[0] not in {",", "."}]
            if not inner or o == 0 or tokens[o - 1][0] in _CLAUSE_BREAKS:
                return None
            if all(w[:1].isupper() or w in _TITLE_SMALL for w in inner):
                return o
            return None
        if word in {"”", ";", ":", "!", "?"}:
            return None
    return None


# How many words back from a cue a relative clause without commas may open: ten
# for any, thirty-two for one that no other clause's "and" or "but" cuts.
_SHORT_RELATIVE = 10
_RELATIVE_REACH = 32


def _relative_head(
    tokens: list[tuple[str, int, int]], at: int, descriptions: bool = True
) -> tuple[str, int] | None:
    """The name a relative clause without commas hangs on, the clause ending at `at`.

    "Mara Lind who trained the girl at the rowing club says ...": the noun
    phrase before the cue ("the girl at the rowing club") is inside the clause;
    the subject is the name before "who". A name (a capitalised run that
    `name_in` reads as one) counts, or a phrase with a determiner ("A neighbor
    who knew the victim said" is the neighbor's); no punctuation may stand between.
    """
    joined = False  # an "and" or "but" (not "and who") between the cue and here
    for w in range(at - 1, max(0, at - _RELATIVE_REACH), -1):
        word = tokens[w][0]
        if word in _CLAUSE_BREAKS:
            return None
        if word in {"and", "but"} and tokens[w + 1][0].casefold() != "who":
            joined = True
        if word.casefold() == "who" and w > 0 and tokens[w - 1][0] in {"and", "but"}:
            continue  # "An engineer who has worked there ... and who asked": the first clause's
        if word.casefold() == "who" and joined and at - w > _SHORT_RELATIVE:
            # "Ana Ruiz who led the inquiry met the families ... and the union leader
            # Tom Hale said": past a short clause, the "and" opened a clause of its own
            return None
        if word.casefold() == "who":
            named = _np_core(tokens, w - 1)
            if (
                named is None
                or named[0].casefold() in PRONOUNS
                or named[0].casefold() in OTHER_PRONOUNS
            ):
                return None
            first = named[0].split()[0].casefold()
            begin = next(i for i in range(w - 1, -1, -1) if tokens[i][1] == named[1])
            if begin > 0 and tokens[begin - 1][0].casefold() in _POSTMODIFIERS:
                # "A clerk at Vantry Airlines who handled the bags": the clerk at the
                # airline, not the airline (nor the bags); with no phrase before the
                # preposition, the name as before ("Workers at Quenby Mills who")
                phrase = _np_ending_at(tokens, w - 1) if descriptions else None
                if phrase is not None and phrase[1] < named[1]:
                    return phrase
                # "Many residents of Brackwater who lost power": the residents
                start = next(
                    (
                        i
                        for i in range(begin - 2, max(-1, begin - 5), -1)
                        if tokens[i][0].casefold() in _HEAD_OPENERS
                    ),
                    None,
                )
                if descriptions and start is not None and tokens[begin - 2][0].islower():
                    return join_tokens(tokens[start:w]), tokens[start][1]
                return named if name_in(named[0].split()) is not None else None
            if name_in(named[0].split()) is not None or (descriptions and first in _DETERMINERS):
                return named
            return None
    return None


# Lower-case role words that may stand before the name in an appositive
# ("Lind's son, filmmaker Owen Tarrant, said").
_APPOSITIVE_ROLES = _ROLE_WORDS | words("person_titles")


def _past_titles(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words after the titles that open them ("Atty. Ana Ruiz" -> "Ana Ruiz")."""
    at = 0
    while at < len(words) and (
        _title_word(words[at][0], _PERSON_TITLE_WORDS) or (words[at][0] == "." and at > 0)
    ):
        at += 1
    return words[at:]


def _named_part(appositive: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """An appositive without its lower-case role words or age before the name and a
    parenthesis after it: "filmmaker Owen Tarrant (born 1980)" gives "Owen Tarrant",
    "16-year-old Audrie Garcia" gives "Audrie Garcia", "the Rev Ana Ruiz" "Rev Ana Ruiz"."""
    if appositive and appositive[-1][0] == ")":
        opening = max((i for i, t in enumerate(appositive) if t[0] == "("), default=0)
        appositive = appositive[:opening]
    lead = _past_age(appositive, 0) if len(appositive) > 1 else 0
    if (
        lead + 2 < len(appositive)
        and appositive[lead][0] == "the"
        and appositive[lead + 1][0][:1].isupper()
        and any(_title_word(t[0]) for t in appositive[lead + 1 : lead + 3])
    ):
        # "the head of the inquiry, the Rev. Ana Ruiz" or "the Rt Rev Ana Ruiz":
        # a title with its article
        lead += 1
    while (
        lead < len(appositive) - 1
        and appositive[lead][0].islower()
        and (appositive[lead][0] in _APPOSITIVE_ROLES or _modifier(appositive[lead][0]))
    ):
        lead += 1
    named = appositive[lead:]
    # "Anele Hoza of the opposition Nxuba Civic Movement": a full name, then where the
    # person belongs
    cut = next((i for i, t in enumerate(named) if t[0] in _BELONGS), None)
    if cut is not None and cut >= 2:
        words = [t[0] for t in named[:cut]]
        if name_in(words) == " ".join(words):
            return named[:cut]
    return named


_BELONGS = frozenset({"of", "from"})  # after a name, the body or place a person is of


def _title_word(word: str, titles: frozenset[str] | None = None) -> bool:
    """A title before a name (one of `titles`, else of _APPOSITIVE_ROLES), written with or
    without its full stop ("Rev", "Rev.")."""
    low = word.casefold()
    titles = _APPOSITIVE_ROLES if titles is None else titles
    return low in titles or low + "." in titles


def _modifier(word: str) -> bool:
    """A lower-case word that can describe a person before their name ("conservative
    Erin O'Toole", "former governor Ana Ruiz"): no verb and no word of a closed class
    (article, preposition, conjunction, relative) and none that links or contrasts
    ("minus", "unlike": data/not_describing.txt)."""
    low = word.replace("-", "")
    return (
        low.isalpha()
        and not _verb_like(word)
        and word not in _CLOSED_CLASS
        and word not in _NOT_DESCRIBING
    )


_NOT_DESCRIBING = words("not_describing")
_CLOSED_CLASS = _DETERMINERS | _PREPOSITIONS | _CONJUNCTIONS | _SUBORDINATORS | _RELATIVES


def _lower_modifier(word: str) -> bool:
    """A `_modifier` written in lower case ("the national Ministry"), as one stands
    between an article and a name."""
    return word.islower() and _modifier(word)


# How many tokens a piece between commas that describes a subject may have; a
# relative clause ("who was pulled from the water by a fishing boat after ...").
_APPOSITIVE_PIECE = 15
_RELATIVE_PIECE = 30
# A piece that is a relative clause: on a person, or on a thing ("which represents 62
# blocks", in "Ana Ruiz, the secretary of the association, which ..., said": the chain
# goes on past it to the person before).
_RELATIVE_OPENERS = frozenset({"who", "whose", "which"})
_RELATIVE_INNER = frozenset({"who", "that"})  # a description holding one


def _appositive_like(segment: list[tuple[str, int, int]]) -> bool:
    """A piece between commas that describes the subject: `31`, `of Flint`, `Mich.`,
    `who ...` or `which ...` (a relative clause may run to `_RELATIVE_PIECE` tokens), or a phrase
    opened by a participle, said of the subject's act (`killing two passengers`)."""
    if not segment:
        return False
    first = segment[0][0]
    low = first.casefold()
    relative = (
        low in _RELATIVE_OPENERS
        or (low in _ARTICLES and any(t[0] in _RELATIVE_INNER for t in segment[2:]))
        or _prepositional_relative(segment)
    )  # "the driver of the express that passed a red signal and ran into ..."
    if len(segment) > (_RELATIVE_PIECE if relative else _APPOSITIVE_PIECE):
        return False  # a relative clause may run longer than a description
    if first.islower() and low.endswith("ing") and len(segment) > 1:
        return True  # ", killing two passengers and injuring 61,": said of the subject's act
    if first[:1].isdigit() or low in _APPOSITIVE_OPENERS or low in _ROLE_WORDS:
        return True
    if relative or _bare_role(segment):
        return True
    if low == "and" and len(segment) > 1 and segment[1][0].casefold() in {"who", "whose"}:
        return True  # ", and who asked not to be named,": a second relative clause
    if low.endswith(("'s", "’s")) and first[:1].isupper():
        return True  # "Clinton's rival"
    return all(t[0][:1].isupper() or t[0] in {".", "-"} for t in segment)


def _prepositional_relative(segment: list[tuple[str, int, int]]) -> bool:
    """A piece that is a relative clause opened by a preposition: ", into which his
    old union merged in 2001," or ", for whom she worked,". It says something of a
    noun in the chain before it, so the chain goes on past it to its subject."""
    return (
        len(segment) > 2
        and segment[0][0].isalpha()
        and segment[0][0].islower()
        and segment[1][0] in _PREPOSITIONAL_RELATIVES
    )


_PREPOSITIONAL_RELATIVES = frozenset({"which", "whom"})


def _bare_role(segment: list[tuple[str, int, int]]) -> bool:
    """A piece naming a role without an article: "general secretary of the union",
    "professor of law at Kent": up to three lower-case words, no verb, before a
    preposition or the piece's end, the last a noun of a person's role."""
    head = list(
        takewhile(
            lambda t: _lower_modifier(t[0]) and t[0] not in _POSTMODIFIERS,
            segment,
        )
    )
    return (
        0 < len(head) <= 3
        and not any(_verb_like(t[0]) for t in head)
        and head[-1][0] in _PERSON_HEAD_WORDS
    )


def _holder_of_place(tokens: list[tuple[str, int, int]], at: int) -> tuple[str, int] | None:
    """The described person a name at token `at` is the place of: `A neighbor on Meritas
    Drive, who asked not to be named, said` is the neighbor's statement, and `Minority
    shareholders in Seri Gloves, the glove maker, complained` the shareholders'."""
    if at < 2 or tokens[at - 1][0].casefold() not in _PREPOSITIONS:
        return None
    holder = _np_ending_at(tokens, at - 2) or _bare_group_ending_at(tokens, at - 2)
    if holder is None:
        return None
    words_ = holder[0].casefold().split()
    if words_[0] not in _DETERMINERS and words_[-1] not in _GROUPS:
        return None  # "Minority shareholders in Seri Gloves, the glove maker, said": theirs
    return holder


def _bare_group_ending_at(tokens: list[tuple[str, int, int]], end: int) -> tuple[str, int] | None:
    """A group with no determiner that opens its sentence or clause and ends at token
    `end` ("Minority shareholders", "Farmers"): at most two words, the last a group
    noun, after nothing but a sentence's start or stop (not a comma: "The minister,
    who visited villagers in ..., said" is the minister's)."""
    if tokens[end][0].casefold() not in _GROUPS:
        return None
    start = end
    if start > 0 and tokens[start - 1][0].isalpha() and end - start + 1 < _BARE_GROUP_WORDS:
        start -= 1  # "Minority shareholders"
    if start > 0 and tokens[start - 1][0] not in {".", "!", "?", ";", ":"}:
        return None
    return join_tokens(tokens[start : end + 1]), tokens[start][1]


_BARE_GROUP_WORDS = 2  # words of a group named with no determiner: "Minority shareholders"


# How many tokens back from a cue a chain of appositives and relative clauses may run.
_APPOSITIVE_CHAIN_REACH = 64


def _name_after_long_relative(
    tokens: list[tuple[str, int, int]], c: int, j: int
) -> tuple[str, int] | None:
    """The full name set off between commas after a description and its long relative
    clause, whose last word is no noun ("The 67-year-old former fitter who rebuilt the
    engine in 1991 and has driven it every Sunday since, Zbigniew Kaczmarczyk, said"):
    the name; None unless the words before the comma hold a "who" (and no stop or comma
    after it) right after a description that opens the sentence with a determiner.
    """
    appositive = tokens[c + 1 : j]
    words = [t[0] for t in appositive]
    if len(words) < 2 or name_in(words) != join_tokens(appositive):
        return None
    start = max(0, c - _APPOSITIVE_CHAIN_REACH)
    who = next((i for i in range(c - 1, start - 1, -1) if tokens[i][0].casefold() == "who"), None)
    if who is None or any(t[0] in {",", ".", ";", ":"} for t in tokens[who:c]):
        return None
    head = _np_ending_at(tokens, who - 1)
    if head is None or head[0].split()[0].casefold() not in _DETERMINERS:
        return None
    if head[1] != tokens[0][1]:
        return None  # "Police thanked the neighbours who ...": an object, not the subject
    return join_tokens(appositive), appositive[0][1]


def _body_joined_by_and(
    tokens: list[tuple[str, int, int]], at: int, found: tuple[str, int]
) -> tuple[str, int] | None:
    """A body's name whose last part follows "and" ("The Ministry of Culture and
    Heritage said"): the whole name, not its last word; None elsewhere ("Simon and
    Garfunkel", two people; a body and a person, "The Ministry of Health and Amina
    Yusuf"; two groups of one word, "Republicans and Democrats")."""
    if at < 3 or tokens[at - 1][0] != "and" or not tokens[at - 2][0][:1].isupper():
        return None
    if person_name_in(found[0].split()) is not None:
        return None  # "The Ministry of Health and Amina Yusuf said": she is no body's part
    outer = _np_ending_at(tokens, at - 2)
    if outer is None:
        return None
    if len(outer[0].split()) >= 2 and names_a_body(outer[0]):
        return outer[0] + " and " + found[0], outer[1]
    # "The National Geology and Mining Service said", "The Fish and Wildlife Service":
    # the last part names the body, the capitalised words before "and" are its first
    named = [w for w in outer[0].split() if w.casefold() not in _DETERMINERS]
    if (
        len(found[0].split()) >= 2
        # (or a name "The" opens, whatever its last word: "The Health and Safety Executive")
        and (names_a_body(found[0]) or outer[0].split()[0] == "The")
        and named
        and all(w[:1].isupper() for w in named)
        and not names_a_body(" ".join(named))  # "Republicans and Democrats": two groups
        # "The Mayor and Ostby Town Council said": a person's office and a body
        and named[-1].casefold() not in _PERSON_TITLE_WORDS | _PERSON_HEAD_WORDS | _NAME_ROLES
        and person_name_in(named) is None
    ):
        return outer[0] + " and " + found[0], outer[1]
    return None  # "Republicans and Democrats said": two groups, no one name


def _and_in_body_name(tokens: list[tuple[str, int, int]], j: int, at: int) -> bool:
    """Whether the "and" at token `at` joins the last part of a body's name that opens at
    token j ("the Ministry of Infrastructure and Sustainable Energy"): capitalised
    words on both sides, a body's name before it, no person after it."""
    if at <= j + 1 or at + 1 >= len(tokens):
        return False
    if not (tokens[at - 1][0][:1].isupper() and tokens[at + 1][0][:1].isupper()):
        return False
    rest = list(takewhile(lambda t: t[0][:1].isupper(), tokens[at + 1 : at + 5]))
    first = rest[0][0] if rest else ""
    if (
        person_name_in([t[0] for t in rest]) is not None
        or first_name_gender(first) is not None
        or first.casefold().rstrip(".") in _PERSON_TITLE_WORDS
    ):
        # "the Ministry of Health and Amina Yusuf", "... and Mr Boateng", "... and Police
        # Chief Tan": a person, no part of it
        return False
    return names_a_body(join_tokens(tokens[j:at]))


def _relative_subject(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """The subject before a chain of appositives, j being the comma before the cue.

    `Harlow, who is a pastor at the Church of X, Colorado, said`, `Ines
    Dale, 22, of Port Ellery, Ore., said`, `Clinton, during a town hall in
    Columbus, Ohio, said`: the name before the first of the pieces, when
    every piece describes it. Only chains of two pieces or more (or one
    relative clause) are handled here.
    """
    commas = [j]
    for c in range(j - 1, max(-1, j - _APPOSITIVE_CHAIN_REACH), -1):
        tok = tokens[c][0]
        if tok in {";", ":", "“", "”", '"'} or (tok == "." and not _abbrev_dot(tokens, c)):
            break
        if tok == "," and not _between_adjectives(tokens, c):
            commas.append(c)
    best = None
    # "Chloe Barnes, whose twin sons, Alfie and Jack, took part, said": a relative
    # clause holds commas of its own; the chain is read from its "who" or "whose"
    opens = next(
        (
            m
            for m in range(1, len(commas))
            if tokens[commas[m] + 1][0].casefold() in {"who", "whose"}
        ),
        None,
    )
    if (
        opens is not None
        and any(_verb_like(t[0]) for t in tokens[commas[opens] + 2 : commas[opens - 1]])
        and not _relative_runs_past(tokens, commas[opens - 1])
        # "who is not related to them, as do a fifth of the village, said": a clause
        # of comparison or concession inside the relative clause
        and tokens[commas[opens - 1] + 1][0] not in _SUBORDINATORS
    ):
        opens = None  # "who is in critical condition, has been charged": its clause ended
    if opens is None and len(commas) > 1 and tokens[commas[1] + 1][0].casefold() == "which":
        person = _person_of_body_before(tokens, commas[1])
        if person is not None:
            return person
    if opens == 2 and tokens[commas[2] + 1][0].casefold() == "whose":
        # "the students' union, whose president, Charlie Venn, said": the cue is the
        # relative clause's own verb, and the name in its commas says it
        role = tokens[commas[2] + 2 : commas[1]]
        named = tokens[commas[1] + 1 : j]
        named_words = [t[0] for t in named]
        if (
            0 < len(role) <= 3
            and not any(_verb_like(t[0]) for t in role)
            and (
                person_name_in(named_words) == join_tokens(named)
                # "whose president, Abdulmalik Yusuf,": a person's role vouches for a
                # name the census does not hold
                or (
                    role[-1][0] in _PERSON_HEAD_WORDS
                    and len(named) >= 2
                    and name_in(named_words) == join_tokens(named)
                )
            )
        ):
            return join_tokens(named), named[0][1]
    for m in range(1, len(commas)):
        c = commas[m]
        if opens is not None and m < opens:
            continue  # inside the relative clause
        piece = tokens[c + 1 : commas[m - 1]]
        if not _appositive_like(piece) and m != opens:
            break
        if c == 0:
            continue
        end = _before_name_suffix(tokens, c - 1)  # "His son, Earl Thibodeaux Jr., 46, who"
        found = _np_ending_at(tokens, end)
        if found is None:
            continue
        at = next(i for i in range(c - 1, -1, -1) if tokens[i][1] == found[1])
        person_end = _person_before_body(tokens, at, found)
        if person_end is not None:  # "Ana Ruiz of the council, who ..., said"
            found = _np_ending_at(tokens, person_end) or found
            at = next(i for i in range(c - 1, -1, -1) if tokens[i][1] == found[1])
        elif not tokens[end][0][:1].isupper():
            continue
        if not found[0][:1].isupper():
            continue
        if at > 0 and tokens[at - 1][0].casefold() in _PREPOSITIONS_OF:
            continue  # "of Flint,": an inner phrase
        if _listed_from(tokens, at) is not None:
            # "The Minister of Local Government, Chieftaincy and Religious Affairs, NAME,
            # who ..., said": the office's last part, an inner phrase too
            continue
        first = found[0].split()[0].casefold()
        if (
            first in _WEEKDAYS
            or first in _MONTHS
            or (first in _NOT_NAME and first.rstrip(".") not in _PERSON_TITLE_WORDS)
            or first in _INTRO
        ):
            # "Still, Petrilli, who ..., said", "Outside Parliament House, Ana Ruiz, ..."
            # (not a title opening the name: "Dr Paulo Nogueira, a biologist in ...")
            break
        lead = next((i + 1 for i in range(at - 1, -1, -1) if tokens[i][0] == ","), 0)
        if lead < at and tokens[lead][0].casefold() in _INTRO:
            break  # "In a statement to the Observer, ..."
        relative = tokens[c + 1][0].casefold() in {"who", "whose"}
        if (
            best is not None
            and person_name_in(best[0].split()) == best[0]
            and join_tokens(tokens[c + 1 : commas[m - 1]]) == best[0]
            and name_in(found[0].split()) is None
        ):
            # "The state's Secretary of Culture, Beatriz Altamirano Reyes, who ..., said":
            # an office before the person's name is the name's, not another subject
            break
        if m >= 2 or relative:
            best = found
    return best


def _between_adjectives(tokens: list[tuple[str, int, int]], c: int) -> bool:
    """Whether the comma at token c stands between two adjectives of one noun, after its
    article ("under an earlier, smaller scheme", "a long, hard winter"): no piece of a
    chain of appositives ends there."""
    return (
        1 < c < len(tokens) - 2
        and tokens[c - 2][0].casefold() in _ARTICLES
        and all(tokens[i][0].isalpha() and tokens[i][0].islower() for i in (c - 1, c + 1, c + 2))
        # (no clause's word on either side, "after the sinking, who was pulled ...", nor a
        # phrase of its own after it, "near the border, a hilly area")
        and not any(
            tokens[i][0] in _RELATIVE_OPENERS | _SUBORDINATORS | _CONJUNCTIONS
            or _verb_like(tokens[i][0])
            or finite(tokens[i][0])
            for i in (c - 1, c + 1)
        )
        and tokens[c + 1][0] not in _NP_OPENERS
    )


def _person_of_body_before(tokens: list[tuple[str, int, int]], c: int) -> tuple[str, int] | None:
    """`Ana Ruiz of the Green List, which opposed the plan, said`: a relative clause on
    "which" hangs on the body, and the cue after it is the person's; the person's name
    before the body that ends at the comma at token c, or None."""
    if c == 0:
        return None
    found = _np_ending_at(tokens, c - 1)
    if found is None:
        return None
    at = next(i for i in range(c - 1, -1, -1) if tokens[i][1] == found[1])
    person_end = _person_before_body(tokens, at, found)
    if person_end is None:
        return None
    person = _np_ending_at(tokens, person_end)
    if person is None or person_name_in(person[0].split()) is None:
        return None  # "A spokesman for the Food Workers' Alliance, which ...": no name
    start = next(i for i in range(person_end, -1, -1) if tokens[i][1] == person[1])
    if start > 0 and tokens[start - 1][0].casefold() in _PREPOSITIONS:
        return None  # "Lawyers for NAME of the List, which ...": someone else speaks of them
    return person


def _relative_runs_past(tokens: list[tuple[str, int, int]], c: int) -> bool:
    """Whether a relative clause goes on past the comma at token c: the words before
    it end on a relative ("and who, the inquiry heard, had lost") or the words
    after it open another clause inside it ("cuts that the council, which was
    then under a spending notice, had been forced to make")."""
    before = tokens[c - 1][0].casefold() if c > 0 else ""
    after = tokens[c + 1 : c + 3]
    ahead = [t[0].casefold() for t in tokens[c + 1 : c + 1 + _CONTINUATION_WORDS]]
    return (
        before in _CLAUSE_RELATIVES
        or (
            bool(after)
            and (
                after[0][0] in _CLAUSE_RELATIVES
                or _prepositional_relative(tokens[c + 1 : c + 4])
                # "..., and who went back to school at 28, said": a second relative clause
                or (after[0][0] in {"and", "or"} and after[1:] and after[1][0] in _CLAUSE_RELATIVES)
                # "..., along with the name of the family, said" (data/clause_continuations.txt)
                or any(ahead[: len(p)] == p for p in _CONTINUATIONS)
                or _object_named_inside(tokens, c)
            )
        )
    )


def _object_named_inside(tokens: list[tuple[str, int, int]], c: int) -> bool:
    """Whether the comma at token c opens a name set off after the relative clause's
    object, the clause going on past it ("who succeeded her father, Gerrit, as chief
    executive in 2019,"): a capitalised run of three words at most, a comma, then a
    preposition."""
    k = c + 1
    while k < len(tokens) and k - c <= 3 and tokens[k][0][:1].isupper():
        k += 1
    return (
        c + 1 < k < len(tokens) - 1
        and tokens[k][0] == ","
        and (tokens[k + 1][0] in _PREPOSITIONS or tokens[k + 1][0] == "as")
    )


_CLAUSE_RELATIVES = frozenset({"who", "which", "that"})
_CONTINUATIONS = [phrase.split() for phrase in sorted(phrases("clause_continuations"))]
_CONTINUATION_WORDS = max(len(p) for p in _CONTINUATIONS)


def _abbrev_dot(tokens: list[tuple[str, int, int]], c: int) -> bool:
    """A full stop that ends an abbreviation ("Mich.", "N.C.") rather than a sentence."""
    return c > 0 and len(tokens[c - 1][0]) <= 4 and tokens[c - 1][0][:1].isupper()


def _np_ending_at(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """A noun phrase ending at token j, with the head it modifies ("a source close to
    the campaign", "a spokesman for Hillary Clinton", "the head of the agency")."""
    found = _np_core(tokens, j)
    for _ in range(3):
        if found is None or found[0].casefold() in PRONOUNS:
            return found
        i = next(c for c in range(j, -1, -1) if tokens[c][1] == found[1])
        a = i - 1
        if a > 0 and _lower_modifier(tokens[a][0]) and names_a_body(found[0]):
            while a > i - 3 and a > 0 and _lower_modifier(tokens[a][0]):
                a -= 1  # "a spokesman for the national Ministry of Education"
        if a >= 2 and tokens[a][0] in _ARTICLES and tokens[a - 1][0] in _POSTMODIFIERS:
            i = a  # "a spokesman for the Department of Justice": the article is the phrase's
        if i < 2 or tokens[i - 1][0] not in _POSTMODIFIERS:
            return found
        for d in range(i - 2, max(-1, i - 8), -1):
            w = tokens[d][0]
            if not (w.isalpha() or w.endswith(("'s", "’s")) or w == "-"):
                return found
            clause_verb = w in _PAST_TENSES or (
                _verb_like(w)
                and (
                    not w.endswith(("ed", "ing"))
                    or (w.endswith("ed") and tokens[d - 1][0][:1].isupper())
                )
            )
            if d > 0 and clause_verb:
                # "The UN's Mr Gunness disagreed with the minister", "The warning came
                # from Dr. Fauci": a finite verb, so a clause ("a person briefed on
                # the talks", "a friend of Ann Lee speaking to People": one phrase)
                return found
            if (
                d >= 2
                and tokens[d - 2][0].casefold() in _ARTICLES
                and tokens[d + 1][0] in _PREPOSITIONS
                and _present_verb(tokens, d - 2, d)
            ):
                return found  # "The letter ends with an appeal to councillors": a clause
            if w.casefold() in _PHRASE_OPENERS:
                found = join_tokens(tokens[d : j + 1]), tokens[d][1]
                break
        else:
            return found
    return found


def _np_core(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """A pronoun, capitalised name run or determiner phrase that ends at token j."""
    if j < 0:
        return None
    word = tokens[j][0]
    low = word.casefold()
    if low in {"who", "which"} and j >= 2 and tokens[j - 1][0] == ",":
        return _np_core(tokens, j - 2)  # "Fastly, which said": what the clause describes
    if (low in PRONOUNS or low in OTHER_PRONOUNS) and not initials(word):
        # "WHO said", "US officials": a body's initials, not the pronoun
        if low in {"that", "which", "this", "these", "those", "who"}:
            return None
        return word, tokens[j][1]
    if (word[:1].isupper() and word != "I") or name_particle(word, ""):
        i = j
        while i - 1 >= 0 and i > j - 8:
            prev = tokens[i - 1][0]
            if prev == "." and i >= 2 and _initial(tokens[i - 2][0]) and i - 2 > j - 8:
                i -= 2  # "Harold L. Child": an initial and its full stop
                continue
            if i >= 2 and body_apostrophe(tokens, i - 1) and i - 2 > j - 8:
                i -= 2  # "the Marsh Road Residents' Association": one body's name
                continue
            if prev[:1].isupper() or (
                (
                    prev in {"of", "-", "&"}
                    or (name_particle(prev, tokens[i][0]) and not auxiliary_do(tokens, i - 1))
                )
                and i - 2 >= 0
                and (tokens[i - 2][0][:1].isupper() or name_particle(tokens[i - 2][0], prev))
            ):
                i -= 1
            else:
                break
        while i < j and sentence_opener(tokens[i][0]) and _opener_leaves(tokens, i, j):
            i += 1  # "And Skelly called", "As Breitbart News reported,": the subject after
        return join_tokens(tokens[i : j + 1]), tokens[i][1]
    if (
        low in _GROUPS
        and j > 0
        and tokens[j - 1][0][:1].isupper()
        and not tokens[j - 1][0].casefold().endswith(("'s", "’s"))
    ):
        # "Clinton supporters said": a group named after someone, not that person
        named = _np_core(tokens, j - 1)
        opener = named[0].split()[0].casefold() if named is not None else ""
        if named is not None and opener not in PRONOUNS and opener not in _NOT_NAME | _QUANTIFIERS:
            return named[0] + " " + word, named[1]
    if (word.isalpha() or _hyphenated_person(word)) and word.islower():
        # "Her brother-in-law said", "Her co-worker said": a hyphenated noun heads it too
        alone = low in _BARE_GROUPS  # a body may stand without a determiner ("police")
        for i in range(j, max(-1, j - 6), -1):
            w = tokens[i][0]
            if w in {"'", "’"} and i < j and _bare_possessive(tokens, i):
                # "Hayes' mother said": the apostrophe is a token of its own
                owner = tokens[i - 1]
                if owner[0].islower():
                    # "the farmers' union", "South Harbour's dockers' union": the
                    # determiner, or the whole name owning the plural
                    start = i - 1
                    if start > 0 and tokens[start - 1][0].endswith(("'s", "’s")):
                        start -= 1
                        while start > 0 and tokens[start - 1][0][:1].isupper():
                            start -= 1
                    elif start > 0 and tokens[start - 1][0].casefold() in _DETERMINERS:
                        start -= 1
                    owner = (join_tokens(tokens[start:i]), tokens[start][1], owner[2])
                return owner[0] + w + " " + join_tokens(tokens[i + 1 : j + 1]), owner[1]
            if not (
                w.isalpha()
                or w.endswith("'s")
                or w.endswith("’s")
                or w == "-"
                or (i < j and _HYPHENATED.fullmatch(w))  # "the 15-year-old friend"
                or (i == j and _hyphenated_person(w))  # "Her brother-in-law"
            ):
                if alone and i < j and j - i <= 3:
                    # "..., police said.", "..., federal prosecutors said.": a body
                    # with no determiner, right after a clause break
                    return join_tokens(tokens[i + 1 : j + 1]), tokens[i + 1][1]
                return None
            if w == "which" and 0 < i < j and tokens[i - 1][0].casefold() in _PREPOSITIONS:
                # "a meeting in which opposition councillors accused": the clause's subject
                # ("in which case officials said": after the phrase's own noun)
                k = i + 2 if tokens[i + 1][0].casefold() in _WHICH_NOUNS and i + 1 < j else i + 1
                return join_tokens(tokens[k : j + 1]), tokens[k][1]
            if w == "who" and 0 < i < j:
                # "A neighbor who lives on the street said", "A cousin of Mayor Ana Ruiz
                # who lives in Felsham said": the phrase before "who"
                return _relative_head(tokens, i + 1)
            if w == "whose" and 0 < i < j:
                # "A young man whose shirt was soaked said": the phrase before "whose"
                head = _np_ending_at(tokens, i - 1)
                if head is not None and head[0].split()[0].casefold() in _DETERMINERS:
                    return head
                return None
            if alone and i < j and j - i <= 3 and _main_clause_opener(tokens, i):
                # "But critics said", "And police said": the sentence's own subject
                return join_tokens(tokens[i + 1 : j + 1]), tokens[i + 1][1]
            if w.casefold() in _NOT_GROUP_WORDS:
                # "though critics said", "where doctors said": a clause's subject;
                # "the mayor and police said": a list, read on to its determiner
                alone = False
            if (
                w.casefold() in _DETERMINERS
                or _quantified_subject(tokens, i, j)  # "Two neighbours said"
                or w.endswith("'s")
                or w.endswith("’s")
            ):
                if w.casefold() == "that":
                    return None
                if w[:1].islower() and i > 0 and tokens[i - 1][0].casefold() in _PHRASE_DETERMINERS:
                    i -= 1  # "the sheriff's office said": the phrase from its determiner
                return join_tokens(tokens[i : j + 1]), tokens[i][1]
        if (
            alone
            and j <= 3
            and not any(t[0].casefold() in _NOT_GROUP_WORDS | {"to"} for t in tokens[:j])
        ):
            # '"...," police said.': the words after a quotation open with the body
            # (not "According to police", a source)
            return join_tokens(tokens[: j + 1]), tokens[0][1]
    return None


# Nouns a phrase "in which ..." / "during which ..." takes before its clause ("in which
# case", "during which time").
_WHICH_NOUNS = frozenset({"case", "time", "event", "point", "period", "moment", "day", "year"})


def _quantified_subject(tokens: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """Whether tokens i..j are a subject opened by a number or quantifier ("Two
    neighbours", "Several residents", "Some party strategists"): the quantifier
    opens its clause, and the phrase ends in no time ("two weeks ago") and holds
    no relative pronoun ("many of whom")."""
    if i >= j or tokens[i][0].casefold() not in _QUANTIFIERS:
        return False
    if i > 0 and tokens[i - 1][0] not in {",", ";", ":", "and", "but", '"', "“", "”"}:
        return False  # "The move infuriated some agents", "made some phone calls"
    phrase = {t[0].casefold() for t in tokens[i : j + 1]}
    head = tokens[j][0].casefold()
    time = head in _TIME_NOUNS or head.removesuffix("s") in _TIME_NOUNS
    return not time and not phrase & {"whom", "which", "whose"}


_BARE_GROUPS = words("group_nouns")
_PREPOSITIONS_OF = _PREPOSITIONS | {"of"}
# Determiners that open a possessive description ("the sheriff's office"), not a clause.
_PHRASE_DETERMINERS = _DETERMINERS - {"that", "which", "what"}
# A hyphenated modifier before a noun ("15-year-old", "long-time").
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
_HYPHENATED_NOUN = re.compile(r"[a-z]+(?:-[a-z]+)+")
_KIN_AND_PERSON_NOUNS = _APPOSITIVE_PERSON_NOUNS | words("kinship") | frozenset(PERSON_NOUN_GENDER)


def _hyphenated_person(word: str) -> bool:
    """A hyphenated noun for a person ("brother-in-law", "co-worker", "ex-husband",
    "vice-chancellor"): its last part a family noun, a person noun or an agent noun in
    -er or -or; not "two-minute" or "well-known"."""
    if not _HYPHENATED_NOUN.fullmatch(word):
        return False
    if word.endswith("-in-law"):
        return True
    last = word.rsplit("-", 1)[1]
    return (
        last in _KIN_AND_PERSON_NOUNS
        or last == "mate"  # "team-mate", "flat-mate"
        or (len(last) >= 5 and last.endswith(("er", "or", "ee")))  # "ex-employee"
    )


def _opener_leaves(tokens: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """Whether the sentence opener at token i, before a run ending at token j, is not
    part of the name: a subordinator ("As", "After", "If") only when the verb after
    the run closes its clause with a comma ("As Breitbart News reported, ..."), since
    names of bodies open with such words ("After Hours Club said", "If Not Now")."""
    if tokens[i][0].casefold() not in _SUBORDINATORS:
        return True
    return j + 2 < len(tokens) and tokens[j + 2][0] == ","


# What may follow a surname with a full stop: "Jr.", "Sr." (and "Jr" unstopped).
_NAME_SUFFIXES = frozenset({"Jr", "Sr"})


def _before_name_suffix(tokens: list[tuple[str, int, int]], end: int) -> int:
    """Token `end`, or the suffix before it when it is the full stop of "Jr." or "Sr.":
    where a name ends before a comma."""
    if end > 0 and tokens[end][0] == "." and tokens[end - 1][0] in _NAME_SUFFIXES:
        return end - 1
    return end


def _initial(word: str) -> bool:
    """A capital letter standing for a name ("L" of "Harold L. Child")."""
    return len(word) == 1 and word.isupper()


def _main_clause_opener(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i opens a sentence with a word that leaves it a main clause ("But",
    "And", "Meanwhile"; not "Though" or "When", whose clause is a subordinate one)."""
    word = tokens[i][0]
    return (
        sentence_opener(word)
        and word.casefold() not in _SUBORDINATORS
        and (i == 0 or tokens[i - 1][0] in _SENTENCE_ENDS)
    )


_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "“", '"', "”"})

# Closed-class words that cannot stand inside a body's name before its noun.
_NOT_GROUP_WORDS = (
    _CONJUNCTIONS | _SUBORDINATORS | _RELATIVES | _PREPOSITIONS | words("not_group_words")
)


def _bare_possessive(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the apostrophe token i ends an -s word's possessive ("Hayes'
    mother", "the residents' association"): right after the word, with a space
    before the next."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    word, _, word_end = tokens[i - 1]
    return (
        word.isalpha()
        and word.endswith("s")
        and word_end == tokens[i][1]
        and tokens[i][2] < tokens[i + 1][1]
    )


def _group_noun_end(tokens: list[tuple[str, int, int]], i: int) -> int | None:
    """The end of up to three lower-case words from token i that end in a noun of a
    group speaking without a determiner ("military officials", "officials"), when
    the phrase ends there (a stop, a comma or the sentence's end)."""
    for end in range(i, min(i + 3, len(tokens))):
        word = tokens[end][0]
        if not _lower_noun_like(word):
            return None
        if word in _BARE_GROUPS:
            after = tokens[end + 1][0] if end + 1 < len(tokens) else "."
            return end + 1 if after in {".", ",", ";", "!", "?"} else None
    return None


def _subject_after(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The subject after an inverted cue ("said Mark Rutte, NATO's chief")."""
    j = k + 1
    if j >= len(tokens):
        return None
    word = tokens[j][0]
    low = word.casefold()
    possessive = low == "her" and j + 1 < len(tokens) and tokens[j + 1][0].islower()
    if possessive:
        # "said her son, Peter Olsen": the son (named), not the woman "her" means
        end = _lower_run_end(tokens, j + 1, j + 4)
        return _named_after_description(tokens, j, end) or (
            join_tokens(tokens[j:end]),
            tokens[j][1],
        )
    if low in PRONOUNS or low in {"they", "it", "we", "i"}:
        if low in _SUBJECT_PRONOUNS and _clause_goes_on(tokens, j + 1):
            return None  # "..., said he fully supports it": the pronoun opens the content
        return word, tokens[j][1]
    if low in _WEEKDAYS:
        return None  # "said Tuesday"
    if word.islower() and _lower_word(word) and low not in _DETERMINERS:
        group = _group_noun_end(tokens, j)
        if group is not None:
            return join_tokens(tokens[j:group]), tokens[j][1]  # "according to military officials"
        # "said spokesman Josh Schwerin", "said former Gov. Jim Hodges", "said
        # first-year student Ana Ruiz"
        lead = _lower_run_end(tokens, j, j + 3)
        if lead < len(tokens) and lead > j and tokens[lead][0][:1].isupper():
            found = _subject_after(tokens, lead - 1)
            if found is not None:
                return join_tokens(tokens[j:lead]) + " " + found[0], tokens[j][1]
        if (
            lead > j
            and (lead == len(tokens) or tokens[lead][0] in {".", "!", "?"})
            and _one_persons_noun(tokens[lead - 1][0])
        ):
            # a headline's '"...," says fisheries officer': a role with no article
            # closing the line is who speaks
            return join_tokens(tokens[j:lead]), tokens[j][1]
        return None
    end = j
    if name_token(tokens, j):  # "said Ana Lind", "says al-Haddad"
        while (
            end < len(tokens)
            and end < j + 8
            and (name_token(tokens, end) or tokens[end][0] in {"of", "-", "&"})
        ):
            end += 1
        while end > j + 1 and tokens[end - 1][0] in {"of", "-", "&"}:
            end -= 1  # "Elin Marsh of the University ..."
        name_end = _name_after_role(tokens, end)
        if name_end is not None:
            # "said Trend Micro threat researcher Paul Ferguson": the person, not the firm
            return join_tokens(tokens[j:name_end]), tokens[j][1]
        spokesperson = _person_after_body(tokens, j, end)
        if spokesperson is not None:
            return spokesperson
        group = _group_noun_end(tokens, end)
        if group is not None:
            return join_tokens(tokens[j:group]), tokens[j][1]  # "American military officials"
        # "according to Williams' arrest warrant": the apostrophe a token of its own
        bare = end < len(tokens) and tokens[end][0] in {"'", "’"} and _bare_possessive(tokens, end)
        if bare or tokens[end - 1][0].endswith(("'s", "’s")):
            # "said Lind's deputy campaign manager, Owen Tarrant": the possessor's
            # head noun, and the name in an appositive after it
            head = end + 1 if bare else end
            end = head
            while head < len(tokens) and head < end + 5 and tokens[head][0].isalpha():
                if tokens[head][0].casefold() in _BOUNDARY_WORDS | _VERBISH:
                    break
                head += 1
            if head == end:
                return None
            if head < len(tokens) and tokens[head][0] == ",":
                first = _past_age(tokens, head + 1)
                run = list(takewhile(lambda t: t[0][:1].isupper(), tokens[first : first + 5]))
                after = first + len(run)
                next_word = tokens[after][0].casefold() if after < len(tokens) else ""
                goes_on = next_word in {"and", "or"} or next_word in _VERBISH
                if run and not goes_on and name_in([t[0] for t in run]) is not None:
                    # an appositive name: not "..., Vince and Williams went ..."
                    return join_tokens(run), run[0][1]
            end = head
    elif (low in _DETERMINERS or low in _PHRASE_OPENERS) and low not in _DEMONSTRATIVES:
        # "said a source close to the campaign", "said one of two witnesses"
        while end < len(tokens) and end < j + 12:
            w = tokens[end][0]
            wl = w.casefold()
            if w in {",", ".", ";", ":", "!", "?", "(", "“", "”", '"'} or (
                wl == "who" and not initials(w)
            ):
                break
            if end > j and _setting_opens(tokens, end):
                break  # "said the company in a statement": where it was said
            if wl == "and" and _and_in_body_name(tokens, j, end):
                end += 1  # "according to the Ministry of Culture and Heritage"
                continue
            if (
                end > j
                and wl in _BOUNDARY_WORDS
                and not (
                    wl in _POSTMODIFIERS
                    and end + 1 < len(tokens)
                    and tokens[end + 1][0].casefold() not in _WEEKDAYS | _PHRASE_STOP
                    and end - j < 8
                )
            ):
                break
            end += 1
        if (
            end > j + 2
            and end < len(tokens)
            and tokens[end][0].casefold() in _BOUNDARY_WORDS
            and _dangling_participle(tokens[end - 1][0])
        ):
            end -= 1  # "said a woman sitting on the porch": the woman
        named = _named_after_description(tokens, j, end) or name_given(tokens, end)
        if named is not None:
            return named  # "said his mother, Linda Moss"
        if end > j:
            relative = _relative_to_end(tokens, end)
            if any(t[0].casefold() in _VERBISH for t in tokens[j:end]):
                return None  # "said the program is ...": a clause, not a speaker
            if relative is not None:
                return join_tokens(tokens[j:relative]), tokens[j][1]
    else:
        return None
    if end == j:
        return None
    if any(t[0].casefold() in _VERBISH for t in tokens[j:end]):
        return None  # "said the program is ...": a clause, not a speaker
    if word[:1].isupper() and end < len(tokens) and tokens[end][0] in _VERBISH:
        return None  # "said Mexico must rebut ...": the name is the content's subject
    return join_tokens(tokens[j:end]), tokens[j][1]


_NEAR = frozenset({"near", "outside", "inside", "behind", "beside", "across"})
_SHORT_FORMS = words("abbreviations")  # "Cpl", "Sgt": written with a full stop


def _name_after_role(tokens: list[tuple[str, int, int]], at: int) -> int | None:
    """The index after a personal name that follows a role of one to four
    lower-case words at token `at` ("[Virginia] delegate Beau Correll", "[ALE]
    assistant special agent Matt Knight"), the name ending the phrase."""
    role_end = _lower_run_end(tokens, at, at + 4)
    if role_end == at or any(
        t[0] in _BOUNDARY_WORDS or t[0] in _DETERMINERS for t in tokens[at:role_end]
    ):
        return None
    role = tokens[role_end - 1][0]
    if role in _PREPOSITIONS or role in _NEAR or (role.endswith("ing") and _verbish(role)):
        return None  # "said Texas investigators probing Mark Ellis": the object, not a role
    after = role_end
    while after < len(tokens) and after < role_end + 6:
        if tokens[after][0][:1].isupper():
            after += 1
        elif (
            tokens[after][0] == "."
            and after > role_end
            and tokens[after - 1][0] in _SHORT_FORMS
            and after + 1 < len(tokens)
            and tokens[after + 1][0][:1].isupper()
        ):
            after += 1  # "police Cpl. Anthony Bertagna": a rank's full stop
        else:
            break
    run = [t[0] for t in tokens[role_end:after] if t[0] != "."]
    # the name ends the phrase, or a setting follows it ("... Rahul Mohandas on the blog")
    closed = after >= len(tokens) or tokens[after][0] in {",", ".", ";", "!", "?"} | _PREPOSITIONS
    if not run or not closed or name_in(run) is None:
        return None
    return after


def _lower_word(word: str) -> bool:
    """A word of letters, hyphenated or not ("spokesman", "first-year")."""
    return word.replace("-", "").isalpha() and not word.startswith("-") and not word.endswith("-")


def _lower_run_end(tokens: list[tuple[str, int, int]], start: int, limit: int) -> int:
    """The index after the lower-case words from `start` (before `limit`) that are no
    finite verb: a title or description before a name ("spokesman", "her son")."""
    end = start
    while end < len(tokens) and end < limit and _lower_word(tokens[end][0]):
        if not tokens[end][0].islower() or tokens[end][0] in _VERBISH:
            break
        end += 1
    return end


_TRADE = pairs("appositive_head_endings")


def _trade_noun(noun: str) -> bool:
    """A noun for someone by their trade ("postmistress", "beekeeper"), by its ending
    (data/appositive_head_endings.txt), of six letters or more."""
    return (
        len(noun) >= 6
        and noun.isalpha()
        and noun.endswith(_TRADE["endings"])
        and noun not in _TRADE["not"]
    )


def _bare_role_before_cue(tokens: list[tuple[str, int, int]], j: int, k: int) -> bool:
    """Whether token j, right before the cue at k, is a one person's role noun in lower
    case with no article, after a comma or a conjunction that opens a clause: how a
    headline writes its speaker ("as operator says", ", prosecutor says")."""
    return (
        j == k - 1
        and j >= 1
        and tokens[j][0].islower()
        and _one_persons_noun(tokens[j][0])
        and tokens[j - 1][0].casefold() in _BARE_ROLE_OPENERS
    )


_BARE_ROLE_OPENERS = frozenset({",", "as", "and", "but", "after", "while", "when"})


def _one_persons_noun(noun: str) -> bool:
    """A noun for one person: a role, a title, a relative or a trade."""
    return noun.casefold() in _APPOSITIVE_PERSON_NOUNS or _trade_noun(noun.casefold())


def _named_after_description(
    tokens: list[tuple[str, int, int]], j: int, end: int
) -> tuple[str, int] | None:
    """The name in an appositive after a short description of one person (tokens j..end,
    then a comma), closed by a stop or comma: "said his mother, Linda Moss.", "said
    the coach, Kevin Brooks, who ...", "said her neighbor, 57-year-old Ann Jay,",
    "said one of the rebel leaders, Abdel Aziz al-Hilu,"."""
    one_of = [t[0].casefold() for t in tokens[j : j + 2]] == ["one", "of"]
    if not (j < end < len(tokens) and tokens[end][0] == ","):
        return None
    # "said the head of the inquiry, Ana Ruiz": the noun before "of" or "for"
    head = tokens[end - 1][0] if one_of else _phrase_head(join_tokens(tokens[j:end]))
    reach = 6 if one_of else 4 if head == tokens[end - 1][0] else 8
    if end > j + reach:
        return None
    # a trade's noun as written in lower case: "the Sandusky Register" names a paper
    trade = head.islower() and _trade_noun(head)
    head = head.casefold()
    if one_of and head.endswith("s"):
        head = head[:-1]  # one of the leaders: a leader
    if head not in _APPOSITIVE_PERSON_NOUNS and not (one_of and head == "them") and not trade:
        return None  # "said one of them, Rohan Deshmukh, 20": one of a group just named
    first = _past_age(tokens, end + 1)
    if first + 1 < len(tokens) and tokens[first][0] == "the":
        first += 1  # "said the vicar, the Rev Ruth Maddox": a title with its article
    limit = min(len(tokens), first + 5)
    last = first
    while last < limit and name_token(tokens, last):
        last += 1
    run = tokens[first:last]
    after = first + len(run)
    if after + 1 < len(tokens) and tokens[after][0] == "of" and tokens[after + 1][0][:1].isupper():
        # "said the moderator, Jenna Hollis of Buckeye Public Media.": where she works
        after += 1
        while after < len(tokens) and after < last + 6 and tokens[after][0][:1].isupper():
            after += 1
    closed = after >= len(tokens) or tokens[after][0] in {",", ".", ";", "!", "?"}
    if not run or not closed or not run[0][0][:1].isupper():
        return None  # "According to the sheriff, Pullam did not ...": the content's subject
    name = name_in([t[0] for t in run])
    return (join_tokens(run), run[0][1]) if name is not None else None


_AGE = re.compile(AGE_BEFORE_NAME)


def _past_age(tokens: list[tuple[str, int, int]], i: int) -> int:
    """The index after an age at token i ("said his neighbor, 57-year-old Ann Jay"), or i."""
    return i + 1 if i < len(tokens) and _AGE.fullmatch(tokens[i][0]) else i


def _clause_goes_on(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Whether token j, right after an inverted cue's pronoun, carries a clause on.

    `..., said he.`, `said she confidently`, `said she again` or `said she in a
    statement` end or set the attribution; `said he fully supports` and `said
    she would` make the pronoun the subject of what was said: a verb follows it,
    after one adverb at most (a finite verb of the list, a participle, or a
    present-tense -s word).
    """
    if j < len(tokens) and tokens[j][0].endswith("ly") and tokens[j][0].islower():
        j += 1  # "he fully supports"
    if j >= len(tokens):
        return False
    word = tokens[j][0]
    low = word.casefold()
    if not (word.isalpha() and word.islower()) or low in _PREPOSITIONS | _WEEKDAYS | _NOT_VERBS:
        return False
    return _verb_like(word) or (len(low) > 3 and low.endswith("s"))


# Lower-case words ending in -s that are no verbs after a pronoun ("said he and his staff").
_NOT_VERBS = words("not_verbs")


def _relative_to_end(tokens: list[tuple[str, int, int]], end: int) -> int | None:
    """The end of a relative clause at token `end` that closes the sentence.

    `..., said a longtime GOP data expert who has worked for one of Trump's
    rivals.`: the clause belongs to the description (PolNeAR keeps it), so
    the speaker runs to the full stop or the next comma. None when no such
    clause is there.
    """
    if end >= len(tokens) or tokens[end][0].casefold() not in _RELATIVES:
        return None
    for c in range(end + 1, min(len(tokens), end + 30)):
        tok = tokens[c][0]
        if tok in {"“", "”", '"', ";", ":", "(", "!", "?"}:
            return None
        if tok == "," or (tok == "." and not _abbrev_dot(tokens, c)):
            return c if c > end + 2 else None
    return len(tokens) if len(tokens) - end <= 30 and len(tokens) > end + 2 else None


def _cue_subject(
    tokens: list[tuple[str, int, int]], k: int, sentence: list[tuple[str, int, int]] | None
) -> tuple[str, int] | None:
    """Who the cue at token k attributes to.

    A participle ("..., saying", "issued a statement saying") and a verb
    coordinated with an earlier one ("Clinton stressed ... and said") take the
    subject of the sentence; otherwise the subject before the cue, or the one
    after an inverted cue ("..., said Rutte").
    """
    tok = tokens[k][0]
    if k == 0 and tok[:1].isupper() and tok.lower() in _OPENING_PARTICIPLES:
        return _main_clause_subject(tokens)  # the participle opens the sentence
    if k > 0 and _after_adjective(tokens, k):
        # "PolitiFact rated 22% of Democratic claims as "...": the report is the
        # sentence subject's, never the adjective's
        subject = _sentence_subject(sentence) if sentence else None
        return subject if subject is not None and subject[1] < tokens[k - 1][1] else None
    j = k - 1
    while j >= 0 and tokens[j][0].casefold() in _BETWEEN and tokens[j][0].islower():
        j -= 1
    j = _before_aside(tokens, j)
    prev = tokens[j][0].casefold() if j >= 0 else ""
    auxiliary = prev in _VERBISH or prev in {"be", "been", "being", "kept", "keeps"}
    if tok.endswith("ing") and not auxiliary:
        own = _participle_subject(tokens, k)
        if own is not None:
            return own
        if sentence is None and k > 0 and tokens[k - 1][0] == ",":
            # "Emanuel fired his police chief, Garry McCarthy, acknowledging that":
            # with no finite cue before its comma, the phrase before a participle
            # after a verb is an object or its appositive; "Ruiz, arguing that"
            # (no verb before it) is the subject
            subject = _subject_before(tokens, k)
            if subject is None:
                return None
            at = next(i for i, t in enumerate(tokens) if t[1] == subject[1])
            verb = any(_verb_like(t[0]) for t in tokens[:at])
            return None if verb else subject
    if prev in {"and", "but", "or"}:
        own = _coordinated_subject(tokens, j)
        if own is not None:
            return own
    if tok.endswith("ing") and not auxiliary:
        own = _subordinate_subject(tokens, k)
        if own is not None:
            return own
    if sentence and prev in {"and", "but", "or"}:
        # "the Minister of Transport and Sustainable Mobility, NAME, posted ... and
        # urged": the subject of the cue it is coordinated with, the sentence's first
        first = _first_cue_subject(sentence, tokens[k][1])
        if first is not None:
            return first
    if sentence and ((tok.endswith("ing") and not auxiliary) or prev in {"and", "but", "or"}):
        subject = _sentence_subject(sentence)
        if subject is not None and subject[1] < tokens[k][1]:
            return subject
    subject = _subject_before(tokens, k)
    if subject is None and (
        (tok in _INVERTING and (k == 0 or tokens[k - 1][0] in {",", "—", "–", "-"}))
        or (k == 0 and tok in _CUES)  # `"...," suggests Molitor.`: right after the quotation
    ):
        subject = _subject_after(tokens, k)
    if subject is None and tok.endswith("ing") and sentence:
        subject = _sentence_subject(sentence)
    return subject


def _before_aside(tokens: list[tuple[str, int, int]], j: int) -> int:
    """Where "and", "but" or "or" stands before an aside set off by commas that ends at
    token j ("She hung up her coat and, on the way out, told the guard"): the cue after
    the aside is coordinated with the verb before it. Else j."""
    if j < 0 or tokens[j][0] != ",":
        return j
    for c in range(j - 1, max(j - 1 - ASIDE_TOKENS, 0), -1):
        word = tokens[c][0]
        if word in {",", ".", "!", "?", ":", ";"}:
            opening = c - 1
            if (
                word == ","
                and opening >= 0
                and tokens[opening][0].casefold() in {"and", "but", "or"}
            ):
                return opening
            return j
    return j


ASIDE_TOKENS = 6  # words of an aside between "and" and a coordinated cue, at most


# Words opening a clause whose cue is not the sentence's own: subordinators and relatives
# (data relatives.txt, and "whom" and "which").
_CLAUSE_OPENERS = _SUBORDINATORS | words("relatives") | {"when", "as", "while", "whom", "which"}


def _first_cue_subject(sentence: list[tuple[str, int, int]], before: int) -> tuple[str, int] | None:
    """The subject before the sentence's first cue ahead of offset `before`, when it is
    a person's name ("..., NAME, posted on Facebook that ..."); None otherwise."""
    for i, token in enumerate(sentence):
        if token[1] >= before or token[0].casefold() in _CLAUSE_OPENERS:
            return None  # ("When Tom Reed announced ...", "whom Tom Reed said he trusted")
        if token[0] in _CUES and _is_cue(sentence, i):
            subject = _subject_before(sentence, i)
            if subject is not None and person_name_in(subject[0].split()) is not None:
                return subject
            return None
    return None


def _main_clause_subject(tokens: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """The subject after the comma that closes a sentence's opening participle clause.

    `Declaring that big economies must "get this done," President Joe Biden
    opened the summit`: the participle's subject is the main clause's, the name
    or he/she after the first comma, with a finite verb after it (not `Citing
    the "risk," officials said`, where the main clause has a cue of its own and
    reports something else).
    """
    comma = clause_comma(tokens)
    if comma is None:
        return None
    after = comma + 1 if comma + 1 < len(tokens) and tokens[comma + 1][0] in _CLOSE else comma
    subject = _subject_after(tokens, after)
    if subject is None and after + 1 < len(tokens) and tokens[after + 1][0] in _ARTICLES:
        # "..., the minister, Rhea Patel, apologized": a determiner phrase, up to its verb
        subject = _sentence_subject(tokens[after + 1 :])
        words = subject[0].split() if subject is not None else []
        verb_at = next((i for i, w in enumerate(words[1:], 1) if finite(w)), None)
        if subject is not None and verb_at is not None:
            subject = " ".join(words[:verb_at]), subject[1]
    if subject is None or not (
        subject[0][:1].isupper()
        or subject[0] in {"he", "she"}
        or subject[1] == tokens[after + 1][1]
    ):
        return None
    end = next((i for i, t in enumerate(tokens) if t[1] >= subject[1] + len(subject[0])), None)
    if end is not None and end + 1 < len(tokens) and tokens[end][0] == ",":
        # the comma after an appositive name ("the minister, Rhea Patel, apologized"),
        # or one that opens an appositive after the subject
        close = next(
            (i for i in range(end + 1, min(len(tokens), end + 7)) if tokens[i][0] == ","), None
        )
        end = close + 1 if close is not None and not finite(tokens[end + 1][0]) else end + 1
    if end is None or end >= len(tokens):
        return None
    verb = tokens[end][0]
    present = (  # "arrives"; not "as", "this", "across"
        len(verb) > 3 and verb.islower() and verb.endswith("s") and not verb.endswith(_NOT_VERB_S)
    )
    return None if verb in _CUES or not (finite(verb) or present) else subject


# Endings of lower-case words in -s that are no present-tense verb.
_NOT_VERB_S = ("ss", "us", "is", "ous", "ics")


def clause_comma(tokens: list[tuple[str, int, int]]) -> int | None:
    """The first comma outside quotation marks, or one that closes a quotation
    (`Warning of "a long, hard winter," Gov. Ruth Alder ordered`: not "long,")."""
    inside = False
    for i, (tok, _, _) in enumerate(tokens):
        if tok == '"':
            inside = not inside
        elif tok in {"“", "„", "«"}:
            inside = True
        elif tok in {"”", "»"}:
            inside = False
        elif tok == "," and (not inside or (i + 1 < len(tokens) and tokens[i + 1][0] in _CLOSE)):
            return i
    return None


def finite(word: str) -> bool:
    """A past tense or a word of the finite-verb list ("opened", "ordered", "is")."""
    return word in _PAST_TENSES or word in _VERBISH or word.endswith("ed")


_CLAUSE_BREAKS = frozenset({".", ";", ":", ",", "(", ")", "—", "–"}) | frozenset(_OPEN + _CLOSE)


def _subordinate_subject(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The subject of a subordinate clause that a participle cue at token k ends.

    "The coalition was in conflict after the minister, Ana Ruiz, rejected a plan
    ..., calling it ...": the participle goes with the nearest clause, the one
    "after" opens, so its subject says it, not the sentence's. Only a clause
    whose subject has a verb after it ("after the vote, calling" is a phrase).
    """
    if k < 4 or tokens[k - 1][0] != ",":
        return None
    for s in range(k - 2, max(-1, k - 40), -1):
        word = tokens[s][0]
        if word in _CLAUSE_BREAKS - {","}:
            return None
        if word.casefold() in _SUBORDINATORS - {"as", "if"}:
            clause = tokens[s + 1 : k - 1]
            subject = _sentence_subject(clause)
            if subject is None or not subject[0][:1].isupper():
                return None
            after = [t[0] for t in clause if t[1] > subject[1] + len(subject[0])]
            return subject if any(_verb_like(w) for w in after[:4]) else None
    return None


def _participle_subject(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The subject a participle cue at token k has in its own clause, before the sentence's.

    `..., Tom Becker added, saying ...` and `"...," Becker said, noting ...`:
    the participle continues the finite cue just before its comma, so it has
    that cue's subject, not whoever opens the sentence. `..., with spokesman
    Tom Becker saying ...`: in a "with" clause the noun phrase right before
    the participle is its subject. Anything else is left to the sentence.
    """
    if k < 2:
        return None
    if tokens[k - 1][0].casefold() in _ING_LINKS and k >= 3:
        verb = tokens[k - 2][0]
        if verb.islower() and (verb in _PAST_TENSES or verb.endswith("ed")):
            # "Gao apologized for saying ...", "Trump began by thanking ...": the
            # subject of the verb the participle's preposition follows
            subject = _subject_before(tokens, k - 2)
            if subject is not None:
                return subject
    if tokens[k - 1][0] == ",":
        for c in range(k - 2, max(-1, k - 8), -1):
            word = tokens[c][0]
            if word in _CLAUSE_BREAKS:
                return None
            if word in _CUES and not word.endswith("ing") and _is_cue(tokens, c):
                subject = _subject_before(tokens, c)
                if subject is None and word in _INVERTING:
                    subject = _subject_after(tokens, c)
                if subject is not None and subject[1] < tokens[k][1]:
                    return subject
                return None
        return None
    found = _np_ending_at(tokens, k - 1)
    if found is None or found[0].casefold() in OTHER_PRONOUNS:
        return None
    i = next(c for c in range(k - 1, -1, -1) if tokens[c][1] == found[1])
    h = i
    while h > 0 and i - h < 3 and tokens[h - 1][0].casefold() in _SPEAKER_NOUNS:
        h -= 1  # "with spokesman Tom Becker saying": a lower-case title before the name
    if h > 1 and tokens[h - 1][0].casefold() in _ARTICLES:
        h -= 1  # "with the EU calling it ..."
    if h == 0 or tokens[h - 1][0].casefold() not in _NAMING_SPEAKER:
        return None
    words = found[0].split()
    if found[0].casefold() in PRONOUNS or any(
        w[:1].isupper() or w.casefold() in _SPEAKER_NOUNS for w in words
    ):
        return found  # a name, a pronoun or someone's role ("the former secretary of state")
    return None  # "with the economy adding 151,000 jobs": no speaker


# Words after which the noun phrase before a participle is its subject: "with the
# mayor saying ...", "Science quoted a top health official saying ...".
_NAMING_SPEAKER = frozenset({"with", "quoted", "quotes", "quoting", "cited", "cites", "citing"})

# Prepositions that join a participle to the verb before it ("began by thanking").
_ING_LINKS = frozenset({"by", "for", "after", "before", "while", "without", "in"})


# Nouns of people, offices and bodies: what a "with X saying" subject must hold.
_SPEAKER_NOUNS = (
    words("role_words")
    | words("role_heads")
    | words("title_words")
    | words("person_titles")
    | words("org_words")
    | words("group_nouns")
)


def _puts_it_to(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Token k opens a court's "put it to (the witness) that": what follows "that" is
    the speaker's."""
    if tokens[k][0].casefold() not in {"put", "puts"} or [
        t[0].casefold() for t in tokens[k + 1 : k + 3]
    ] != ["it", "to"]:
        return False
    to = [t[0].casefold() for t in tokens[k + 3 : k + 3 + _PUT_TO_WORDS + 1]]
    if "that" not in to or "vote" in to[: to.index("that")]:
        return False  # "put it to a vote that evening": a vote called, nothing said
    after = tokens[k + 3 + to.index("that") + 1 : k + 3 + to.index("that") + 2]
    return not (after and after[0][0].casefold() in _TIME_NOUNS)  # "that night": a time


_PUT_TO_WORDS = 5  # words of whom it is put to, before "that"


def _is_cue(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Token k is a cue verb, not a noun ("Trump's comments", "his claims") nor the
    participle of an opening phrase ("Having said that,")."""
    word = tokens[k][0]
    if _puts_it_to(tokens, k):
        return True  # counsel "put it to him that ...": a question put as a statement
    if word not in _CUES:
        # "Declaring that ... "...," Biden opened the summit": a participle that
        # opens the sentence, written with a capital
        return k == 0 and word[:1].isupper() and word.lower() in _OPENING_PARTICIPLES
    if k == 0:
        return True
    low = tokens[k - 1][0].casefold()
    if low == "having":
        return False  # "Having said that, Ruiz noted ...": a phrase, the report is elsewhere
    if word in _NAMING_VERBS and _names_something(tokens, k):
        return False  # "a group called Harbor Watch ran ads": a name given, nothing said
    if word in _RULING_CUES and not _rules_that(tokens, k):
        return False  # "The general ruled the island for a decade": governed, said nothing
    if _said_as_deed(tokens, k):
        return False  # '"...": Penmoor says goodbye to its librarian'
    if word in _BELIEF_PARTICIPLES and _after_prepositional_object(tokens, k):
        return False  # "a surge of the kind expected "once a century"": no one's belief

    # "told", "written"; "were said to be": "said to", the subject's state reported
    # by no one ("It was said that ..." still reports, credited to nobody)
    participle = (
        word.endswith("ed")
        or word in _PAST_TENSES
        # "as the sentence was read, he turned": the thing read, no speaker; before a
        # colon ("The charges were read out:") it still says whose words follow
        or (word == "read" and _read_then_clause(tokens, k))
        or (word == "said" and k + 1 < len(tokens) and tokens[k + 1][0] == "to")
    )
    if word.endswith("ing") and (
        low in _ARTICLES
        # (a lower-case participle after "a": not "the Fed warning", "the injured saying")
        or (
            k > 1
            and low.endswith("ed")
            and tokens[k - 1][0].islower()
            and tokens[k - 2][0].casefold() in {"a", "an"}
        )
    ):
        # "bore a painted warning, "NOT FOR SALE"": a noun after its article (and a
        # participle's adjective), no one speaking ("a statement calling the test ..."
        # still reports)
        return False
    if word.endswith("ing") and k + 1 < len(tokens) and tokens[k + 1][0] in _BE_AFTER_NOUN:
        # "The mayor's final warning was simple:", "a red flag warning would stay": a
        # noun, the subject ("what the ministry said was "a shocking act"" reports)
        return False
    if word.endswith("s") and (low in _PREPOSITIONS or _after_plural_opener(tokens, k)):
        # "rates for recalls", "in hopes that", "the other coastal states": a plural
        # noun, no verb
        return False
    be = low
    if k > 1 and _passive_adverb(low):
        be = tokens[k - 2][0].casefold()  # "were still believed", "was widely reported"
    if be in PASSIVE_BE and participle and word not in _PASSIVE_SPEECH:
        # "Oler is charged with ...": the subject is charged, it says nothing; "...,
        # Fox News is told": the subject heard it
        return False
    if (
        tokens[k - 1][0] == "Her"
        and word in _SAY
        and (word.endswith("ed") or word in {"said", "says", "told", "tells"})
        # ending its clause: not "Her claimed savings" nor "Her noted remark"
        and (k + 1 == len(tokens) or tokens[k + 1][0] in {".", ",", ";", "!", "?"})
    ):
        # '"...," Her said': the family name Her (Mai Her), as "her said" is no phrase
        # ("Her claims", "Her thought" are nouns owned)
        return True
    return not (low.endswith(("'s", "’s")) or (low in _NOUN_MARKERS and low != "that"))


_RULING_CUES = frozenset({"ruled"})


def _rules_that(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether "ruled" at token k reports a ruling: "that" right after it or after a vote
    ("ruled 5-4 that"), a clause with its auxiliary right after it ("ruled Lewis was
    shot"), or the clause ends with it ('"...," the judge ruled.'); not "ruled the
    island for a decade"."""
    after = [t[0] for t in tokens[k + 1 : k + 1 + _RULED_CLAUSE_REACH]]
    if not after or after[0] in {".", ",", ";", "!", "?", '"', "”"}:
        return True
    if after[0] == "that" or (len(after) > 1 and after[0][:1].isdigit() and after[1] == "that"):
        return True
    return any(word in _VERBISH for word in after[1:])


_RULED_CLAUSE_REACH = 4  # words after "ruled" where its clause's auxiliary stands


def _read_then_clause(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether "read" at token k, "out" or "aloud" at most after it and then a short
    phrase of where ("into the record", "to the court"), ends a clause at a comma ("as
    the result was read out, a cry went up", "whose report was read into the record,
    the boat had ..."): a thing read, no speaker."""
    after = k + 1
    if after < len(tokens) and tokens[after][0] in {"out", "aloud"}:
        after += 1
    if after < len(tokens) and tokens[after][0] in _READ_WHERE:
        phrase_end = next(
            (
                i
                for i in range(after + 1, min(after + 1 + READ_WHERE_WORDS, len(tokens)))
                if not tokens[i][0].islower()
            ),
            None,
        )
        after = phrase_end if phrase_end is not None else after
    return (
        after < len(tokens)
        and tokens[after][0] == ","
        # ('a letter was read to the court, "I am sorry"': what was read follows, the
        # comma closing its frame)
        and after + 1 < len(tokens)
        and tokens[after + 1][0] not in _OPENING_MARKS
    )


_OPENING_MARKS = frozenset(_OPEN) | {"‘", "'"}


_READ_WHERE = frozenset({"into", "to", "in", "at", "before"})  # "read into the record"
READ_WHERE_WORDS = 3  # words of the phrase of where after "read", at most


# What a say-verb says as a deed, not a report: "says goodbye to", "said sorry".
_DEED_OBJECTS = phrases("deed_objects")


def _said_as_deed(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether the cue at k has a greeting, thanks or apology as its object, written in
    lower case ("said Grace Park would lead" names someone) and with no verb after it
    ("said sorry was not enough" reports)."""
    rest = [t[0] for t in tokens[k + 1 : k + 3]]
    if not rest or not rest[0].islower():
        return False
    size = 1 if rest[0] in _DEED_OBJECTS else 2 if " ".join(rest) in _DEED_OBJECTS else 0
    after = takewhile(
        lambda t: t[0][:1].isalnum(), tokens[k + 1 + size : k + 1 + size + _DEED_VERB_REACH]
    )
    return bool(size) and not any(finite(t[0]) for t in after)


# Words after the object, to the next mark, where a verb makes the object the report's
# subject ("said thanks to the volunteers had saved the street").
_DEED_VERB_REACH = 6


def _after_plural_opener(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether a word that opens a plural noun phrase stands right before token k, or
    with one lower-case describing word between ("other coastal states")."""
    for d in (1, 2):
        if k - d < 0:
            return False
        if tokens[k - d][0].casefold() in _PLURAL_OPENERS:
            return True
        if not (tokens[k - d][0].isalpha() and tokens[k - d][0].islower()):
            return False
    return False


_PLURAL_OPENERS = (words("plural_openers") | _NUMBERS | _QUANTIFIERS) - {"one", "another"}


_PERFECT_CUES = words("perfect_cues")
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'d", "’d", "'ve", "’ve"})


def _perfect_cue(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Token k is a participle that reports speech in a perfect tense ("an officer had
    written", "she has spoken"), an adverb allowed between ("had already written")."""
    if tokens[k][0] not in _PERFECT_CUES or k == 0:
        return False
    before = k - 1
    if before > 0 and tokens[before][0].endswith("ly"):
        before -= 1
    return tokens[before][0].casefold() in _PERFECT_AUXILIARIES


_OPENING_PARTICIPLES = words("opening_participles")
_PASSIVE_ADVERBS = words("passive_adverbs")


def _passive_adverb(word: str) -> bool:
    """An adverb that may stand between "be" and a participle ("still", "widely")."""
    return word in _PASSIVE_ADVERBS or (word.endswith("ly") and len(word) > 4)


# Verbs right after a cue word in -ing that make it a noun, their subject ("his warning was").
# (and a modal or "has": "a red flag warning would stay in force until Friday")
_BE_AFTER_NOUN = frozenset(
    {"was", "is", "were", "are", "has", "had", "would", "will", "could", "can", "may", "might"}
    | {"should", "must"}
)
# Cue words that also give a name ("a group called Harbor Watch").
_NAMING_VERBS = frozenset({"called", "named", "dubbed"})
_BELIEF_PARTICIPLES = words("belief_participles")
# Lower-case nouns that may believe or expect something themselves.
_BELIEVERS = _ROLE_WORDS | words("person_nouns") | words("org_heads") | words("group_nouns")


def _after_prepositional_object(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Token k follows "PREPOSITION DETERMINER noun" whose noun is no person or body and
    a quoted fragment follows it ("of the kind expected "once a century""): a
    participle qualifying that noun, not a verb."""
    if k < 4 or k + 1 >= len(tokens):
        return False
    noun = tokens[k - 1][0]
    return (
        tokens[k - 3][0].casefold() in _PREPOSITIONS_OF
        and tokens[k - 2][0].casefold() in _DETERMINERS
        and noun.islower()
        and noun not in _BELIEVERS
        # a quoted fragment right after it, and no name before the preposition ("Mayor
        # Ana Colter of the town predicted that ...": her prediction)
        and tokens[k + 1][0] in {'"', "“"}
        and not tokens[k - 4][0][:1].isupper()
    )


def _names_something(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether the naming verb at token k names the thing before it: a capitalised run
    after it, then a finite verb whose subject that name is ("a super PAC called
    Future 45 ran its ads"); "the mayor called Trump a liar" says something."""
    i = k + 1
    while i < len(tokens) and (tokens[i][0][:1].isupper() or tokens[i][0].isdigit()):
        i += 1
    if i == k + 1 or i >= len(tokens):
        return False
    return tokens[i][0].islower() and finite(tokens[i][0])


# Speech verbs whose passive names the speaker after "by" ("was asked by host Bill
# Maher", "was told by a doctor").
_AGENT_SPEECH = frozenset({"asked", "told", "urged", "warned", "questioned"})


def _passive_agent(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The speaker after "by" of a passive speech verb at token k: `Sanders was asked by
    host Bill Maher, "..."` quotes Maher."""
    if (
        0 < k < len(tokens) - 2
        and tokens[k][0] in _AGENT_SPEECH
        and tokens[k - 1][0].casefold() in PASSIVE_BE
        and tokens[k + 1][0] == "by"
    ):
        return _subject_after(tokens, k + 1)
    return None


# Forms of "be" that make a following -ed cue passive, and the passive cues whose
# subject still speaks ("he was quoted as saying").
PASSIVE_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_PASSIVE_SPEECH = frozenset({"quoted"})


# Adjectives that make a following "claims" or "reports" a noun ("Republican claims").
_NOUN_ADJECTIVES = words("noun_adjectives") | _DEMONYM_ADJECTIVES


def _after_adjective(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Token k, a cue ending in -s, follows a capitalised party or nationality adjective.

    "... to disprove Republican claims that ..." and "22% of Democratic claims":
    the cue word is a plural noun and the adjective no speaker. The word
    before the adjective must be a lower-case word other than a determiner:
    after a determiner or a capitalised word ("the Utah Republican asks") the
    adjective is a noun, a person, and the cue a verb.
    """
    if k < 2:
        return False
    word, before = tokens[k][0], tokens[k - 1][0]
    if not word.endswith("s") or not before[:1].isupper():
        return False
    if before.casefold() not in _NOUN_ADJECTIVES:
        return False
    opener = tokens[k - 2][0]
    return opener.isalpha() and opener.islower() and opener not in _DETERMINERS


def _find_attribution(
    tokens: list[tuple[str, int, int]],
    cues: frozenset[str] = _CUES,
    sentence: list[tuple[str, int, int]] | None = None,
    last: bool = False,
) -> tuple[str, int, str, int] | None:
    """(speaker mention, its offset, cue, index of the cue token) in a frame, or None.

    "according to X" first; then a cue word (the first, or with `last` the one
    nearest the end) with a subject before it, inverted after it ("said X"),
    or, for a participle ("..., saying"), the subject that opens the sentence.
    A frame that ends in "Name:" attributes to that name.
    """
    for k, (tok, _, _) in enumerate(tokens):
        if tok.casefold() == "according" and k + 2 < len(tokens) and tokens[k + 1][0] == "to":
            subject = _subject_after(tokens, k + 1)
            if subject:
                own = _speech_before_source(tokens, k, cues, sentence, last)
                own = own or _speech_after_source(tokens, k, cues, sentence)
                return own or (subject[0], subject[1], "according to", k)
    if _reported_by(tokens):
        # "As reported by Harbour Watch, the port ...": the same frame as "according to"
        subject = _subject_after(tokens, 2)
        if subject:
            return subject[0], subject[1], "according to", 0
    order = range(len(tokens) - 1, -1, -1) if last else range(len(tokens))
    for k in order:
        tok = tokens[k][0]
        phrasal = (
            cues is _CUES
            and tok in _PHRASAL_CUES
            and k + 1 < len(tokens)
            and tokens[k + 1][0] == _PHRASAL_CUES[tok]
        )
        heard = _heard_speaker(tokens, k) if tok in _HEARD_SPEECH else None
        if heard is not None:
            return heard[0], heard[1], tok, k
        agent = _passive_agent(tokens, k)
        if agent is not None:
            return agent[0], agent[1], tok, k
        perfect = cues is _CUES and _perfect_cue(tokens, k)  # "had written:"
        if not phrasal and not perfect and (tok not in cues or not _is_cue(tokens, k)):
            continue  # "States", "his claims": no cue
        subject = _cue_subject(tokens, k, sentence)
        if subject is not None:
            return subject[0], subject[1], tok, k
    if len(tokens) >= 2 and tokens[-1][0] == ":":
        if _heard_before_colon(tokens):
            # "the farmers were told:": they heard it, the teller is unnamed
            return UNNAMED, tokens[-1][1], ":", len(tokens) - 1
        subject = _name_before_slash(tokens) or _np_ending_at(tokens, len(tokens) - 2)
        subject = _person_before_place(tokens, subject)
        if subject is None or not subject[0][:1].isupper() or _addressed(tokens, subject):
            # "Bush explained it to the Dutch newspaper NRC Handelsblad:": the name
            # before the colon is whom he spoke to, the sentence's subject speaks
            subject = _sentence_subject(tokens)  # "Weber was blunt: ..."
        if subject is not None:
            subject = _owner_of_words(tokens, subject) or subject
            return subject[0], subject[1], ":", len(tokens) - 1
    return None


def _person_before_place(
    tokens: list[tuple[str, int, int]], subject: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The name before ", in PLACE:" where a frame's last phrase is where its speaker is
    ("A message from a reader, Hope Calderón, in Monterrey:"); else the `subject`."""
    if subject is None:
        return None
    at = next((j for j, token in enumerate(tokens) if token[1] == subject[1]), None)
    if at is None or at < 3 or tokens[at - 2][0] != ",":
        return subject
    if tokens[at - 1][0] not in _WHERE_PREPOSITIONS:
        return subject
    person = _np_ending_at(tokens, at - 3)
    if person is None or not person[0][:1].isupper() or name_in(person[0].split()) is None:
        return subject
    return person


# Prepositions of where someone is, before a place ending a frame (data/place_prepositions.txt).
_WHERE_PREPOSITIONS = words("place_prepositions")


# The mention of an attribution that names nobody: the quotation is credited, to
# someone the text leaves unnamed ("Residents were told: ...").
UNNAMED = ""


# Participles whose passive before a colon makes the subject the hearer ("Residents
# were told:", "The court was reminded:").
_HEARD_PASSIVES = frozenset({"told", "informed", "reminded", "warned", "assured", "promised"})


def _heard_before_colon(tokens: list[tuple[str, int, int]]) -> bool:
    """A colon right after a passive speech verb: what follows was said to the subject."""
    if len(tokens) < 3 or tokens[-2][0].casefold() not in _HEARD_PASSIVES:
        return False
    be = tokens[-3][0].casefold()
    if len(tokens) > 3 and _passive_adverb(be):
        be = tokens[-4][0].casefold()  # "were repeatedly told:"
    return be in PASSIVE_BE


_SPEECH_NOUNS = words("speech_nouns")
# The possessive ending of a word or name ("Lind's", "Sanders'").
POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?\Z")


def _owner_of_words(
    tokens: list[tuple[str, int, int]], subject: tuple[str, int]
) -> tuple[str, int] | None:
    """The owner of a possessive subject that owns someone's words: `Arkwright's message
    to residents was blunt:` and `The mayor's final reply:` are Arkwright's and the
    mayor's, and `His reply:` is a "he" to resolve. The owned noun is one of the
    three lower-case words right after the possessive, before any preposition."""
    words = subject[0].split()
    at = next((i for i, t in enumerate(tokens) if t[1] == subject[1]), None)
    owner = next((n for n, w in enumerate(words) if POSSESSIVE_END.search(w)), None)
    pronoun = _OWNER_PRONOUNS.get(words[0].casefold()) if words else None
    if pronoun is not None:
        owner = 0  # "His message to her was simple:": his words, a "he" to resolve
    if at is None or owner is None:
        return None
    for tok, _, _ in tokens[at + owner + 1 : at + owner + 4]:
        if not tok.isalpha() or not tok.islower() or tok in _PREPOSITIONS:
            return None
        if tok in _SPEECH_NOUNS:
            break
    else:
        return None
    if pronoun is not None:
        return pronoun, subject[1]
    name = " ".join([*words[:owner], POSSESSIVE_END.sub("", words[owner])])
    return name, subject[1]


# A possessive pronoun owning someone's words stands for the pronoun itself.
_OWNER_PRONOUNS = {"his": "he", "her": "she"}


# Words between "to" or "told" and the name it leads to ("to the Dutch
# newspaper NRC Handelsblad"): at most this many.
_ADDRESSEE_REACH = 4
_ADDRESSING = frozenset({"to", "told", "tells", "tell", "telling"})
_TELLING = _ADDRESSING - {"to"}


def _addressed(tokens: list[tuple[str, int, int]], phrase: tuple[str, int]) -> bool:
    """Whether a noun phrase is whom something was said or told "to": a determiner
    and modifiers at most between them, no verb or clause break ("More from X:" and
    "by X:" still name the source)."""
    at = next(i for i, t in enumerate(tokens) if t[1] == phrase[1])
    for i in range(at - 1, max(-1, at - 1 - _ADDRESSEE_REACH), -1):
        word = tokens[i][0]
        if word in _ADDRESSING:
            return i > 0
        if not word.isalpha() or _verb_like(word) or word in {"by", "from"}:
            return False  # "sent to WXYZ by Chief James White:" names the sender
    return False


_PERCEPTION = pairs("heard_cues")
_HEARD = frozenset(_PERCEPTION["heard"])
_HEARD_SPEECH = frozenset(_PERCEPTION["spoke"])
_HEARD_REACH = 4  # words of the phrase between "heard" and the speech verb at most
_HEARD_CLAUSE = _SUBORDINATORS | {"how", "that", "whether", "what", "why"}


def _heard_speaker(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The speaker of the speech verb at token k (one of `data/heard_cues.txt`) after a
    perception verb: "she heard someone say," and "he heard the driver shout" report
    the words of "someone" and "the driver" ("heard him say": "him", read as a
    pronoun)."""
    for p in range(k - 2, max(-1, k - 2 - _HEARD_REACH), -1):
        if tokens[p][0].casefold() in _HEARD:
            phrase = tokens[p + 1 : k]
            if not all(t[0].isalpha() or t[0].endswith(("'s", "’s")) for t in phrase):
                return None
            if any(t[0].casefold() in _HEARD_CLAUSE or _verb_like(t[0]) for t in phrase):
                return None  # "heard how Jones would tell victims": a clause, read as one
            last = phrase[-1][0].casefold()
            if last in _DETERMINERS:
                return None  # "heard a shout": a noun, no speaker
            return join_tokens(phrase), phrase[0][1]
        if not tokens[p][0].isalpha():
            return None
    return None


def _name_before_slash(tokens: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """A broadcast transcript's label, "David Soares/Albany County District Attorney:":
    the name before the slash, not the title after it."""
    slash = next((i for i, t in enumerate(tokens) if t[0] == "/"), None)
    if slash is None or slash == 0:
        return None
    run = list(takewhile(lambda t: t[0][:1].isupper(), reversed(tokens[:slash])))[::-1]
    if len(run) != slash or name_in([t[0] for t in run]) is None:
        return None  # the label is the name and the title, nothing before them
    return join_tokens(run), run[0][1]


_SPEECH_PRONOUNS = frozenset({"he", "she"})


def _speech_after_source(
    tokens: list[tuple[str, int, int]],
    k: int,
    cues: frozenset[str],
    sentence: list[tuple[str, int, int]] | None,
) -> tuple[str, int, str, int] | None:
    """'According to Starlight Weekly, Dorsey told Akande in her vows: "..."': the
    speech verb after the source, when its clause leads straight into a quotation
    (the frame ends in a colon), is whose words they are; the source only reports
    them."""
    if k != 0 or tokens[-1][0] != ":":
        return None
    start = _content_start(tokens, k)
    inner = _find_attribution(tokens[start:-1], cues, sentence)
    if inner is None or inner[2] in {"according to", ":"}:
        return None
    return inner[0], inner[1], inner[2], inner[3] + start


def _speech_before_source(
    tokens: list[tuple[str, int, int]],
    k: int,
    cues: frozenset[str],
    sentence: list[tuple[str, int, int]] | None,
    last: bool,
) -> tuple[str, int, str, int] | None:
    """`"...," he said, according to a transcript`: the speech verb's own subject.

    When a cue word whose subject is "he" or "she" comes before ", according
    to X", that person is the speaker and X only the document or outlet that
    records it; so is a name whose speech verb ends the clause ('"...," Ivette
    Miranda said, according to the New York Post'). With a name further from
    the comma ("Miranda wrote that ..., according to X") the development set
    (PolNeAR) credits the outer source X, so the frame keeps X there.
    """
    if k < 2 or tokens[k - 1][0] != ",":
        return None
    own = _find_attribution(tokens[: k - 1], cues, sentence, last)
    if own is None or own[2] in {"according to", ":"}:
        return None
    if own[0].casefold() in _SPEECH_PRONOUNS:
        return own
    between = tokens[own[3] + 1 : k - 1]
    if own[1] > tokens[own[3]][1]:
        # "said Chief Steve Dunn of the county sheriff's office, according to": the
        # inverted subject alone stands between the cue and the comma
        ends_clause = not any(_verb_like(t[0]) or t[0] in {",", "that"} for t in between)
        named = person_name_in(own[0].split()) is not None
    else:
        # "Miranda said, according to", "Flynn said in May, according to": a time or
        # place at most between the cue and the comma, no clause of its own; after
        # "told" its hearer first ("Nyman told race control by radio, according to")
        told = tokens[own[3]][0].casefold() in _TELLING
        ends_clause = not between or _adjunct(between) or (told and _hearer_then_adjunct(between))
        named = name_in(own[0].split()) == own[0]
    return own if ends_clause and named else None


# Words of a time or place phrase after a speech verb ("in May", "on Tuesday").
_ADJUNCT_REACH = 4


# How many words the hearer of "told" may have before the comma or a phrase.
_HEARER_REACH = 4


def _hearer_then_adjunct(words: list[tuple[str, int, int]]) -> bool:
    """Whether words after "told" are its hearer, then at most a time or place phrase
    ("race control by radio", "reporters", "the BBC on Sunday"); no clause."""
    cut = next((m for m, t in enumerate(words) if t[0] in _PREPOSITIONS), len(words))
    hearer, rest = words[:cut], words[cut:]
    return (
        0 < len(hearer) <= _HEARER_REACH
        and not any(_verb_like(t[0]) or not t[0][:1].isalnum() for t in hearer)
        and (not rest or _adjunct(rest))
    )


def _adjunct(words: list[tuple[str, int, int]]) -> bool:
    """Whether words after a speech verb are a short time or place phrase opened by a
    preposition ("in May", "at the scene"), not a clause ("that he ...")."""
    return (
        0 < len(words) <= _ADJUNCT_REACH
        and words[0][0] in _PREPOSITIONS
        and words[0][0] not in {"that", "to"}
        and not any(_verb_like(t[0]) or not t[0][:1].isalnum() for t in words)
    )


_DASHES = frozenset("-—–―")


def _reported_by(tokens: Sequence[tuple[str, int, int]]) -> bool:
    """A sentence that opens "As reported by X, ..." with a comma after the source."""
    return (
        len(tokens) > 5
        and tokens[0][0] == "As"
        and tokens[1][0] == "reported"
        and tokens[2][0] == "by"
        and any(t[0] == "," for t in tokens[4:14])
    )


_ADVERB_ENDINGS = (
    "ally",
    "ately",
    "ously",
    "ntly",
    "tly",
    "ively",
    "edly",
    "ssly",
    "fully",
    "sely",  # "Conversely,", "Precisely,"
    "ably",  # "Notably,", "Predictably,"
    "ibly",  # "Incredibly,"
    "arly",  # "Similarly,", "Particularly,"
)


_TIME_STAMP = re.compile(r"\d{1,2}(?:[.:]\d{2}(?:am|pm|a\.m\.|p\.m\.)?|(?:am|pm))", re.IGNORECASE)


def _after_time_stamp(sentence: list[tuple[str, int, int]], i: int) -> int:
    """Index after a time and a dash opening the sentence at i ("2.10am —", "16:30 -",
    a live blog's entry), or i."""
    for d in range(i + 1, min(len(sentence), i + 8)):
        if sentence[d][0] in _DASHES:
            stamp = "".join(t[0] for t in sentence[i:d])
            return d + 1 if _TIME_STAMP.fullmatch(stamp) else i
    return i


_TIME_SPANS = words("time_spans")
_TIME_SPAN_LINKS = words("time_span_links")


def _time_span_opens(sentence: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a span of time opens the sentence at i: "Minutes after ...", "Two hours later"."""
    n = len(sentence)
    if i < n and (sentence[i][0].casefold() in _NUMBERS or sentence[i][0].isdecimal()):
        i += 1  # "Two hours later", "48 hours after"
    return (
        i + 1 < n
        and sentence[i][0].casefold() in _TIME_SPANS
        and sentence[i + 1][0].casefold() in _TIME_SPAN_LINKS
    )


def _skip_intro(sentence: list[tuple[str, int, int]], i: int) -> int:
    """Index after an introductory phrase at i, or i.

    Datelines ("WASHINGTON ―"), phrases opened by a preposition, adverb or
    participle ("In an interview with CNN,", "Shortly after the vote,",
    "Asked about it,") and the short pieces that continue them (", Ohio,",
    ", on Saturday,") are skipped.
    """
    n = len(sentence)
    if (
        i + 1 < n
        and sentence[i][0].isupper()
        and len(sentence[i][0]) > 1
        and sentence[i + 1][0] in _DASHES
    ):
        i += 2  # a dateline
    i = _after_time_stamp(sentence, i)  # a live blog's "2.10am —"
    if i >= n:
        return i
    word = sentence[i][0]
    first = word.casefold()
    adverb = (
        first.endswith("ly")
        and i + 1 < n
        and (
            sentence[i + 1][0].islower()
            or (sentence[i + 1][0] == "," and first.endswith(_ADVERB_ENDINGS))
        )
        and first not in first_names()
    )  # "Shortly after ...,", "Separately," but not "Emily Harrow", "Molly,"
    ago = any(  # "Two weeks ago, ..."
        sentence[c][0].casefold() == "ago" and c + 1 < n and sentence[c + 1][0] == ","
        for c in range(i + 1, min(n, i + 4))
    )
    intro = (
        first in _INTRO
        or ago
        or _time_span_opens(sentence, i)
        or (word[:1].isupper() and (first.endswith(("ed", "ing")) or adverb))
        # "Late in the afternoon,", "Early last week,": not "Early voting was heavy" nor
        # "Early Years Minister NAME"
        or (
            first in _TIME_OPENERS
            and i + 1 < n
            and sentence[i + 1][0].casefold() in _INTRO | _TIME_OPENER_NEXT
        )
    )
    if not intro or _names_before_cue(sentence, i):
        return i
    dated = _day_before_subject(sentence, i)
    if dated is not None:
        return dated
    opener = i
    for c in range(i, min(n, i + 30)):
        if sentence[c][0] == ",":
            i = c + 1
            break
    else:
        return i
    inverted = _inverted_subject(sentence, opener, i - 1)
    if inverted is not None:
        return inverted  # "Among the buyers was Joseph Kiprotich, a farmer": the name
    if first in _ARTICLES and _clause_before_comma(sentence[opener + 1 : i - 1]):
        return opener  # "An employee declined to comment, saying": a clause, not a description
    if first in _ARTICLES and _relative_goes_on(sentence, i):
        return opener  # "An engineer who stayed, and who spoke ..., said": one description
    # ", Ohio," / ", on Saturday,": short pieces that continue the phrase
    in_where = False  # inside a "where" clause that commas go on setting apart
    for _ in range(3):
        # "In June 2009, after Clinton suffered a concussion, Axelrod ...": a clause
        # opened by a subordinator may be longer than the other pieces
        lead_word = sentence[i][0].casefold() if i < n else ""
        # not "as": "On Monday, as Ruiz put it, the plan ..." is the attribution
        clause = (lead_word in _CLAUSE_LEADS and lead_word != "as") or in_where
        reach = _CLAUSE_PIECE if clause else 4
        nxt = next((c for c in range(i, min(n, i + reach)) if sentence[c][0] == ","), None)
        if nxt is None:
            # "..., now held by Marcus Fenwick, Whitacre laughed": a participle's phrase
            # names someone else, the subject follows it
            nxt = next((c for c in range(i, min(n, i + 8)) if sentence[c][0] == ","), None)
            if nxt is None or not _by_agent(sentence[i:nxt]):
                break
        if nxt == i:
            break
        piece = sentence[i:nxt]
        if _by_agent(piece):
            i = nxt + 1
            continue
        lead = piece[0][0]
        if in_where and (lead.casefold() in _NP_OPENERS or lead.islower()):
            # "where unemployment is 14 per cent, the highest in the state, the mayor",
            # "where Dr Okafor, a surgeon, works unpaid, Ruiz": the clause's own aside,
            # or its verb after one
            i = nxt + 1
            continue
        in_where = lead.casefold() == "where"
        after = sentence[nxt + 1][0] if nxt + 1 < n else ""
        opens_subject = (
            after[:1].isupper()
            or after.casefold() in _SUBJECT_PRONOUNS
            or after.casefold() in _NP_OPENERS
            or after.isdigit()
        )
        if len(piece) >= 4 and not opens_subject:
            break  # "..., after a quake in Iran, resulting in ...": no subject follows
        if (
            lead.casefold() in _PREPOSITIONS
            or lead.casefold() in _CLAUSE_LEADS
            or lead.casefold() in _WEEKDAYS
            or (
                len(piece) <= 2
                and all(t[0][:1].isupper() for t in piece)
                and sentence[i - 2][0][:1].isupper()
                and not _office_then_subject(sentence, i, nxt)
                and i - 2 > opener  # "Recently, Ana Ruiz, ...": one word opens, a name follows
                # "In Kochi, Yumiko Tanabe, 72,": a person's full name, no place
                and not (len(piece) == 2 and first_name_gender(lead) is not None)
                # (a place goes on to the subject or to more of the phrase; "At a press
                # conference at the Office of the Prime Minister, Acevedo, speaking
                # through an interpreter, said": she is the subject, an aside after her
                # and then her verb)
                and not _aside_then_verb(sentence, nxt)
            )
        ):
            i = nxt + 1
        else:
            break
    return i


_TIME_OPENERS = words("time_openers")  # "late", "early"
_TIME_OPENER_NEXT = frozenset({"this", "that", "next"})  # "Early this week,"


def _office_then_subject(sentence: list[tuple[str, int, int]], i: int, nxt: int) -> bool:
    """Whether the piece between the commas at i - 1 and `nxt` is a name set off after an
    office that ends the opening phrase, its verb after it ("Later in the afternoon the
    state's Reforms Minister, Vikho Kire, met"): the subject, not a place continuing the
    phrase ("At the Office of the Chief Minister, Kohima, NAME met")."""
    after = sentence[nxt + 1][0] if nxt + 1 < len(sentence) else ""
    return (
        sentence[i - 2][0].casefold() in _PERSON_TITLE_WORDS | _PERSON_HEAD_WORDS
        and after.islower()
        and after.casefold() not in _NP_OPENERS
        and (_verb_like(after) or finite(after))
        # (a participle's aside closed by a comma is no verb of it: "..., Kohima, convened
        # on Friday, the union leader ...")
        and not any(t[0] == "," for t in sentence[nxt + 2 : nxt + 2 + ASIDE_WORDS])
    )


ASIDE_WORDS = 6  # a participle's aside after a comma, at most ("held on Friday,")


def _aside_then_verb(sentence: list[tuple[str, int, int]], comma: int) -> bool:
    """Whether a participle's phrase follows the comma at `comma` and, after its own
    comma, a verb in lower case (", speaking through an interpreter, said"): the aside
    of the subject before the comma, not a phrase before the subject (", speaking to
    reporters, Kowalski was blunt")."""
    after = sentence[comma + 1][0] if comma + 1 < len(sentence) else ""
    if not (after.islower() and after.endswith(("ing", "ed"))):
        return False
    close = next(
        (
            c
            for c in range(comma + 2, min(len(sentence), comma + 2 + PARTICIPLE_ASIDE_TOKENS))
            if sentence[c][0] == ","
        ),
        None,
    )
    verb = sentence[close + 1][0] if close is not None and close + 1 < len(sentence) else ""
    return verb.islower() and _verb_like(verb)


PARTICIPLE_ASIDE_TOKENS = 12  # a participle's aside between a subject and its verb, at most


_INVERTING_BE = frozenset({"was", "were", "is", "are"})


def _relative_goes_on(sentence: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the words at i, right after a comma, go on with a relative clause
    (", and who spoke ...", ", who asked ..."): what came before the comma is a
    description of someone, not a phrase that opens the sentence."""
    words = [t[0].casefold() for t in sentence[i : i + 2]]
    if words[:1] == ["and"]:
        words = words[1:]
    return bool(words) and words[0] in _RELATIVES - {"that"}


def _inverted_subject(sentence: list[tuple[str, int, int]], opener: int, comma: int) -> int | None:
    """The index of a name put after "was" by a fronted phrase ("Among the buyers was
    Joseph Kiprotich,", "Also in court was Ana Ruiz,"): the sentence's subject."""
    if sentence[opener][0].casefold() not in _INTRO | {"also"}:
        return None
    for b in range(opener + 1, comma - 1):
        if sentence[b][0] in _INVERTING_BE:
            run = [t[0] for t in sentence[b + 1 : comma]]
            name = name_in(run) if run and all(w[:1].isupper() for w in run) else None
            if name is not None and " " in name:
                return b + 1
            return None
    return None


# Tokens of a subordinate clause continuing an opening phrase, to its comma, at most.
_CLAUSE_PIECE = 20
# The words that open such a clause: a subordinator, or "where" after a place ("At the
# town hall, where 140 people spent the night, NAME sat ...").
_CLAUSE_LEADS = _SUBORDINATORS | {"where"}


def _by_agent(piece: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a piece between commas is a participle and its agent, maybe after an
    adverb ("now held by Marcus Fenwick", "chaired by Ana Ruiz"): no subject of the
    sentence's own."""
    words = [t[0] for t in piece]
    for x, word in enumerate(words[:3]):
        if word in _PAST_TENSES or (word.islower() and word.endswith("ed")):
            return x + 1 < len(words) and words[x + 1] == "by"
        if not (word.islower() and word.isalpha()):
            return False
    return False


def _day_before_subject(sentence: list[tuple[str, int, int]], i: int) -> int | None:
    """The index of the subject after a day that opens the sentence with no comma:
    "Tuesday night Governor Ana Ruiz released ...", "On Friday she said ...", "In April
    the council cut ..." (a month after "in", a year at most after it)."""
    first = sentence[i][0].casefold()
    j = i + 1 if first in {"on", "late", "early", "in"} else i
    if j >= len(sentence):
        return None
    day = sentence[j][0].casefold()
    if not (day in _DAYS and first != "in") and not (day in _MONTHS and first == "in"):
        return None
    j += 1
    if j < len(sentence) and (
        sentence[j][0].casefold() in _DAY_PARTS or (day in _MONTHS and sentence[j][0].isdigit())
    ):
        j += 1
    if j >= len(sentence):
        return None
    word = sentence[j][0]
    subject = (
        word.casefold() in _SUBJECT_PRONOUNS
        or (word[:1].isupper() and word.casefold() not in _MONTHS and word not in _OPEN + _CLOSE)
        # "In April the state's council cut ...": a determiner phrase
        or (word.casefold() in _ARTICLES and j + 1 < len(sentence) and sentence[j + 1][0] != ",")
    )
    return j if subject else None


def _names_before_cue(sentence: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the capitalised word at i is a name right before its verb, no opening phrase.

    "Boreing said the members ...", "Fleming told reporters": a surname that
    ends like a participle ("Speaking to reporters, ...") is still the subject
    when a cue or a finite verb follows it.
    """
    if i + 1 >= len(sentence) or sentence[i][0].casefold() in _INTRO | {"having"}:
        return False
    after = sentence[i + 1][0]
    return after in _CUES or after in _VERBISH


# Lower-case nouns of one person's role or relation ("teammate", "lawyer", "neighbour").
_ONE_PERSONS_NOUNS = _APPOSITIVE_PERSON_NOUNS | frozenset(PERSON_NOUN_GENDER)


def _named_after_role(
    appositive: Sequence[tuple[str, int, int]],
) -> Sequence[tuple[str, int, int]] | None:
    """The name closing an appositive after a role noun with capitalised words only
    before it ("Akande's Brentmoor teammate Jordan Ellery" -> "Jordan Ellery"), or None."""
    role = max((i for i, t in enumerate(appositive) if t[0] in _ONE_PERSONS_NOUNS), default=-1)
    name = appositive[role + 1 :]
    if role < 0 or not name or name_in([t[0] for t in name]) is None:
        return None
    if not all(t[0][:1].isupper() for t in [*appositive[:role], *name]):
        return None
    return name


def _named_after_nationality(
    appositive: Sequence[tuple[str, int, int]],
) -> Sequence[tuple[str, int, int]] | None:
    """The name after "the" and a nationality that open an appositive ("the Argentine
    Sebastián Ibarra" -> "Sebastián Ibarra"), a first name the lists know opening it
    ("the American Red Cross" is a body's name); or None."""
    words_of = [t[0] for t in appositive]
    if len(words_of) < 4 or words_of[0].casefold() != "the":
        return None
    if words_of[1].casefold() not in _NATIONALITIES or first_name_gender(words_of[2]) is None:
        return None
    return appositive[2:] if name_in(words_of[2:]) == " ".join(words_of[2:]) else None


_NATIONALITIES = _DEMONYMS  # "the Argentine NAME": a nationality before a name
# Prepositions that open a phrase of place after a description's noun.
_PLACE_PREPOSITIONS = words("place_prepositions") | words("modifier_prepositions")
# What closes a name set off after a noun: a comma, or a dash or bracket opening an
# aside about the name ("Dr Ana Ruiz - A. Ruiz in the papers - who ...").
_APPOSITIVE_ENDS = frozenset({",", "-", "–", "—", "("})


def _appositive_name(sentence: list[tuple[str, int, int]], e: int) -> tuple[str, int] | None:
    """The name in an appositive at e: "One of its executives, Michael Sexton, said"."""
    if e >= len(sentence) or sentence[e][0] != ",":
        return None
    end = next(
        (c for c in range(e + 1, min(len(sentence), e + 9)) if sentence[c][0] in _APPOSITIVE_ENDS),
        None,
    )
    if end is None or end == e + 1:
        return None
    words = sentence[e + 1 : end]
    if (
        sentence[end][0] == ","
        and any(t[0] in {"and", "&"} for t in words)
        and all(t[0][:1].isupper() or t[0] in {"and", "&", "of"} for t in words)
        and _office_before(sentence, e)
    ):
        # "The Minister of Agriculture, Rural Development and Environment, NAME,": the
        # office's last parts, and the name after them (a person's name, not a town)
        after_office = _appositive_name(sentence, end)
        names = after_office[0].split() if after_office else []
        # (a title before the name: "Prof. George Magoha")
        names = [w for w in names if w.casefold().rstrip(".") not in _PERSON_TITLE_WORDS]
        return after_office if len(names) >= 2 and name_in(names) == " ".join(names) else None
    # "The best man, Akande's teammate Jordan Ellery, said": the name after the role
    named = _named_after_role(words) if words[0][0].casefold() not in _DETERMINERS else None
    if named is not None:
        return join_tokens(named), named[0][1]
    if words[0][0].casefold() == "the" and len(words) > 1:
        words = words[1:]
    if (
        not all(
            t[0][:1].isupper()
            or t[0] in {"of", "-"}
            or t[0].casefold() in _ROLE_WORDS | {"former"}
            # "Maria Clara Bezerra de Lima": a particle inside the name
            or (n > 0 and name_particle(t[0], words[n + 1][0] if n + 1 < len(words) else ""))
            for n, t in enumerate(words)
        )
        or not words[-1][0][:1].isupper()
    ):
        return None
    return join_tokens(sentence[e + 1 : end]), sentence[e + 1][1]


def _office_before(sentence: list[tuple[str, int, int]], e: int) -> bool:
    """Whether an office's title and its "of" or "for" end at the comma at e ("The
    Minister of Agriculture,", "Secretary for Health,"): not a list of people ("The
    couple, Tom and Ana Hale,")."""
    before = [t[0] for t in sentence[max(0, e - OFFICE_WORDS) : e]]
    at = next((i for i, w in enumerate(before) if w.casefold() in {"of", "for"}), None)
    return (
        at is not None
        and at > 0
        and before[at - 1][:1].isupper()
        and before[at - 1].casefold() in _PERSON_TITLE_WORDS
    )


OFFICE_WORDS = 6  # an office's words before its first comma, at most read


def _modifier_end(
    sentence: list[tuple[str, int, int]], e: int, reach: int = 5, cut: bool = False
) -> int:
    """The comma that closes the rest of a noun's phrase at e ("across the road,", "...
    Hospitals Trust," after a long name the phrase reader stopped in), or e when none
    does within reach: the rest opens with a preposition of place or a capitalised
    word and holds words only, no verb (not "sold its best player,"), or it is a
    relative clause ("that runs the AMAs,", "who still backs Randolph,"); where the
    reader was `cut` short by its length, any words with no verb ("... cabinet member
    for adult | social care,")."""
    if e >= len(sentence):
        return e
    opener = sentence[e][0].casefold()
    relative = opener in {"that", "who", "which"}
    opens = sentence[e][0][:1].isupper() or opener in _PLACE_PREPOSITIONS or relative
    if not opens and not cut:
        return e
    for c in range(e, min(len(sentence), e + reach)):
        word = sentence[c][0]
        if word == ",":
            return c
        verb = word.islower() and (_verb_like(word) or finite(word))
        if not word.isalpha() or (verb and not relative):
            return e
    return e


SUBJECT_WORDS = 7  # the words of a description opening a sentence read as its subject


def _cleft_subject(sentence: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
    """The name a cleft sentence puts first: "It was Marchbank who was on stage"."""
    if i + 3 >= len(sentence) or sentence[i][0] != "It" or sentence[i + 1][0] not in {"was", "is"}:
        return None
    end = i + 2
    while end < len(sentence) and end < i + 6 and sentence[end][0][:1].isupper():
        end += 1
    if end == i + 2 or end >= len(sentence) or sentence[end][0] not in {"who", "that"}:
        return None
    run = sentence[i + 2 : end]
    return (join_tokens(run), run[0][1]) if name_in([t[0] for t in run]) is not None else None


def _sentence_subject(sentence: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """The subject of a sentence's main clause: a pronoun, a name or a determiner phrase.

    An introductory phrase ("In an interview with CNN, Trump said", "Sunday
    morning, Clinton ...", "Asked about it, he said") is skipped.
    """
    i = 0
    while i < len(sentence) and sentence[i][0] in _OPEN + _CLOSE + "(":
        i += 1
    if i < len(sentence):
        i = _skip_intro(sentence, i)
    cleft = _cleft_subject(sentence, i)
    if cleft is not None:
        return cleft
    in_phrase = i < len(sentence) and sentence[i][0].casefold() in _INTRO  # no comma closed it
    skip_to = i
    for j in range(i, min(len(sentence), i + 12)):
        tok, start, _ = sentence[j]
        low = tok.casefold()
        if low in {"he", "she"}:
            return tok, start
        if j < skip_to:
            continue
        if in_phrase and tok[:1].isupper() and sentence[j - 1][0].casefold() in _ARTICLES:
            # "In a Tumblr post at the time she described ...": a name that
            # modifies the phrase's noun is not the sentence's subject
            end = j
            while end < len(sentence) and sentence[end][0][:1].isupper():
                end += 1
            after = sentence[end][0] if end < len(sentence) else ""
            # a noun follows the name ("post"); not a verb ("The Times Mayor Lee said")
            if after.isalpha() and after.islower() and not _verb_like(after):
                skip_to = end
                continue
        if low in _WEEKDAYS or low in _MONTHS:
            continue
        if (
            tok[:1].isupper()
            and low not in _NOT_SUBJECT
            and low not in _POSSESSIVES
            and low not in _QUANTIFIERS
            and tok not in _OPEN + _CLOSE
        ):
            if low in _INTRO and j == i:
                continue
            e = j
            # "Harbour master Tom Reyes has ...", "Trump campaign chairman Paul
            # Manafort said": lower-case titles inside the name
            f = e + 1
            while (
                f < len(sentence)
                and f <= e + 3
                and sentence[f][0].isalpha()
                and sentence[f][0].islower()
                and sentence[f][0] not in _SUBJECT_STOP
                and not _verbish(sentence[f][0])
                and (f == e + 1 or sentence[f][0] in _ROLE_WORDS)
            ):
                f += 1
            if f > e + 1 and f < len(sentence) and sentence[f][0][:1].isupper():
                j = e = f
                start = sentence[j][1]
            while e + 1 < len(sentence) and (
                name_token(sentence, e + 1)
                or (
                    sentence[e + 1][0] in {"of", "-"}
                    and e + 2 < len(sentence)
                    and sentence[e + 2][0][:1].isupper()
                )
            ):
                e += 1
            return join_tokens(sentence[j : e + 1]), start
        if (low in {"the", "a", "an"} or low in _POSSESSIVES or low in _QUANTIFIERS) and j == i:
            e = j + 1
            while (
                e < len(sentence)
                and e < j + SUBJECT_WORDS
                and sentence[e][0].casefold() not in _SUBJECT_STOP
                and sentence[e][0].casefold() not in _PHRASE_STOP
                and sentence[e][0].casefold() not in _WEEKDAYS
                and not (  # "The department late Saturday evening released ..."
                    e + 1 < len(sentence)
                    and sentence[e][0] in _DATING
                    and sentence[e + 1][0].casefold() in _DAYS_AND_MONTHS
                )
                and sentence[e][0] not in {",", ".", ";", ":", "(", "“", "”", '"'}
                and not (
                    sentence[e][0].islower()
                    and sentence[e][0].endswith(("ed", "ly"))
                    # "One of the injured, NAME,": a participle that is the noun
                    and not _participle_noun(sentence, e)
                )
                and not (
                    e + 1 < len(sentence)
                    and e > j + 1
                    and sentence[e + 1][0].casefold() in _DETERMINERS
                    and sentence[e][0].casefold() not in _PREPOSITIONS | {"of", "to"}
                )
                and not _present_verb(sentence, j, e)
            ):
                e += 1
            if e > j + 1:
                named = _appositive_name(sentence, e)
                if named is None:
                    # "The mechanic across the road, Mohamed Niyas, 44, sells ...": the
                    # name set off after the noun's own phrase of place; after a phrase
                    # longer than the words read, a name of two words or more ("...
                    # for adult social care, Cllr Rhodri Hopcyn,"; not a place)
                    cut = e == j + SUBJECT_WORDS
                    named = _appositive_name(sentence, _modifier_end(sentence, e, cut=cut))
                    if cut and named is not None and " " not in named[0]:
                        named = None
                if (
                    named is None
                    and e < len(sentence)
                    and sentence[e][0].casefold() in {"who", "that"}
                ):
                    # "One of the trustees who had opposed the change, S. Ganapathy
                    # Subramanian, 72, watched": the name set off after a relative clause;
                    # not after a person noun ending it ("The surgeon who operated on the
                    # boy, Kofi Osei, 6, came out": the boy's name)
                    comma = _modifier_end(sentence, e, reach=9)
                    ends_on = sentence[comma - 1][0].casefold() if comma > e else ""
                    if ends_on not in _KIN_AND_PERSON_NOUNS:
                        named = _appositive_name(sentence, comma)
                return named if named is not None else (join_tokens(sentence[j:e]), start)
            return None
        if tok in {",", "“", "”", '"'}:
            continue
    return None


def _participle_noun(sentence: list[tuple[str, int, int]], e: int) -> bool:
    """A participle used as a noun after "the", before a comma: "the injured,", "the
    accused,", "the deceased,"."""
    return (
        sentence[e - 1][0].casefold() == "the"
        and e + 1 < len(sentence)
        and sentence[e + 1][0] == ","
    )


_CONTENT_CUES = words("content_cues")
_ADDRESSEES = words("addressees")
_ADDRESSED_BODIES = words("addressed_bodies")
_AFTER_CUE = words("after_cue")
_DAY_PARTS = words("day_parts")
_DAYS = _WEEKDAYS | {"today", "yesterday"}


def past_time_words(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The index after the time words at j between a cue and its content ("said on
    Monday", "said Saturday afternoon"): a part of the day counts after a day only."""
    while j < len(tokens):
        low = tokens[j][0].casefold()
        after_day = low in _DAY_PARTS and j > 0 and tokens[j - 1][0].casefold() in _DAYS
        if low not in _AFTER_CUE and not after_day:
            break
        j += 1
    return j


_SETTING_PREPOSITIONS = words("setting_prepositions")
_SETTING_NOUNS = words("setting_nouns")
# the nouns a setting may end in right before its "that"
_BEFORE_THAT_NOUNS = _SETTING_NOUNS | words("go_between_nouns")
_SETTING_REACH = 8  # tokens from the preposition to "that" at most
_SETTING_NOUN_REACH = 4  # tokens from the preposition to a setting noun with no "that"


_ARTICLES = frozenset({"the", "a", "an"})


def _opens_subject(tokens: list[tuple[str, int, int]], k: int, j: int) -> bool:
    """Whether an article at j, after an addressee of the cue at k, opens the reported
    clause's subject ("told the Post the company ...", "told reporters the plan ...")."""
    return (
        tokens[j][0].casefold() in _ARTICLES
        and j > k + 1
        and tokens[j - 1][0].casefold() not in _ARTICLES
    )


def _numbered_name(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """`41 Action News`, `10 Downing Street`: a number that opens a name (a capitalised word follows)."""
    return tokens[j][0].isdigit() and j + 1 < len(tokens) and tokens[j + 1][0][:1].isupper()


def _past_setting(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The token after a phrase saying where or how it was said, when one opens at j.

    `said in a statement that ...`, `said at a news conference Monday that ...`,
    `wrote on Facebook that ...`: a preposition, a few words with no punctuation
    ending in a word of `setting_nouns` or a capitalised one (a day, a platform),
    then "that" and no verb right after it (`in an interview that aired Sunday`
    is a relative clause). With no "that", a phrase ending in a setting noun
    within four words and followed by no verb (`said in an interview Monday the
    ...`, not `said at least three calls were made`): the index after it and its
    time words. Anything else is content, and j is returned as it is.
    """
    if j >= len(tokens) or tokens[j][0].casefold() not in _SETTING_PREPOSITIONS:
        return j
    setting_end = None
    for i in range(j + 1, min(len(tokens), j + _SETTING_REACH)):
        word = tokens[i][0]
        if not (word.isalpha() or (word[-2:] in {"'s", "’s"} and word[:-2].isalpha())):
            # punctuation, or a number: a quantity, not a setting (an owner's word is
            # one of its words: `posted on the church's Facebook page that`)
            return j
        low = word.casefold()
        if low == "that":
            before = tokens[i - 1][0]
            # "during" opens only a time or setting: `during a question and answer period
            # that the victims ...`; a determiner after "that" opens the content's
            # subject (not `during the storm that hit ...`)
            during = tokens[j][0].casefold() == "during" and (
                i + 1 < len(tokens) and tokens[i + 1][0].casefold() in _DETERMINERS
            )
            named = (
                before.casefold() in _BEFORE_THAT_NOUNS
                or before[:1].isupper()
                or during
                # `at a news conference last week that`
                or (setting_end is not None and before.casefold() in _TIME_NOUNS)
                # `on a call with analysts that`, `in a letter to the mayor that`
                or _setting_then_phrase(tokens, setting_end, i)
            )
            verb_next = i + 1 < len(tokens) and _verbish(tokens[i + 1][0])
            return i + 1 if i > j + 1 and named and not verb_next else j
        if low in _SETTING_NOUNS and i <= j + _SETTING_NOUN_REACH:
            setting_end = i + 1
    if setting_end is None:
        return j
    setting_end = past_time_words(tokens, setting_end)
    if setting_end < len(tokens) and _verbish(tokens[setting_end][0]):
        return j  # `said at least three calls were made`: the noun is the content's subject
    return setting_end


# Prepositions that may open a short phrase between a setting and its "that"
# ("on a call with analysts that", "in a letter to the mayor that").
_SETTING_PHRASE_PREPOSITIONS = frozenset({"with", "to", "for"})
_SETTING_PHRASE_WORDS = 4  # "with the board's members": no clause of its own


def _setting_then_phrase(
    tokens: list[tuple[str, int, int]], setting_end: int | None, that: int
) -> bool:
    """Whether a short prepositional phrase runs from right after a setting noun to
    the "that" at token `that` ("on a call with analysts that")."""
    if setting_end is None or setting_end >= that:
        return False
    phrase = tokens[setting_end:that]
    return (
        phrase[0][0].casefold() in _SETTING_PHRASE_PREPOSITIONS
        and 2 <= len(phrase) <= _SETTING_PHRASE_WORDS
        and not any(_verbish(t[0]) for t in phrase[1:])
    )


def _past_manner(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The token after a manner adverb at j that comes before "that" or a setting.

    `said quietly that ...`, `said pleasantly into the phone`: the adverb says
    how it was said, not what. An adverb before anything else (`said simply
    the plan would fail`) is left where it is.
    """
    if j + 1 >= len(tokens):
        return j
    word = tokens[j][0]
    manner = word.isalpha() and word.islower() and len(word) > 4 and word.endswith("ly")
    if not manner or word.casefold() in _LY_NOUNS:
        return j
    if tokens[j + 1][0].casefold() == "that":
        return j + 1
    # only before a setting ("into the phone", "in an interview"), not before content
    # that opens with a preposition ("roughly in half of the cases ...")
    setting = tokens[j + 1][0].casefold() in _SETTING_PREPOSITIONS and any(
        t[0].casefold() in _SETTING_NOUNS for t in tokens[j + 2 : j + 2 + _SETTING_NOUN_REACH]
    )
    return j + 1 if setting else j


# Nouns ending in -ly that open content ("said family at the scene were told").
_LY_NOUNS = words("ly_nouns")


_TIME_NOUNS = words("time_nouns")


def _past_dated_that(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The index after `last year that`, `this week that`, `early Saturday that`, `late
    Friday night that` at j (a time phrase closed by "that"); j itself when none
    stands there. Without "that" the words may be the content's own ("said last
    year the firm grew")."""
    if j + 2 >= len(tokens) or tokens[j][0].casefold() not in _DATING:
        return j
    low = tokens[j + 1][0].casefold()
    end = j + 2
    if low in {"this", "last", "next"} and tokens[j][0].casefold() in {"early", "late"}:
        if end >= len(tokens):
            return j
        low, end = tokens[end][0].casefold(), end + 1  # "early this year", "late last week"
    if low in _DAYS and end < len(tokens) and tokens[end][0].casefold() in _DAY_PARTS:
        end += 1  # "late Friday night"
    if (
        (low in _TIME_NOUNS or low in _DAYS)
        and end < len(tokens)
        and tokens[end][0].casefold() == "that"
        and not (end + 1 < len(tokens) and _verbish(tokens[end + 1][0]))
    ):
        return end + 1  # not "said last week that was the worst storm": a pronoun "that"
    return j


# Words that open a time phrase dating the saying: "last year", "early Saturday".
_DATING = frozenset({"last", "this", "next", "earlier", "later", "early", "late"})
_DAYS_AND_MONTHS = _WEEKDAYS | _MONTHS


def _content_start(tokens: list[tuple[str, int, int]], k: int) -> int:
    """Token index where reported content starts after the cue at k.

    Skips an addressee ("told reporters"), time phrases ("said Tuesday") and
    the complementiser "that".
    """
    j = k + 1
    cue = tokens[k][0].casefold()
    if cue == "according" or (k == 0 and _reported_by(tokens)):
        j = k + 2
        while j < len(tokens) and (tokens[j][0] != "," or _place_goes_on(tokens, j)):
            j += 1
        described = _source_described(tokens, k + 2, j)
        return (described if described is not None else j) + 1
    if cue in _OBJECT_CUES or _puts_it_to(tokens, k):
        limit = j + 6
        probe = j
        while probe < len(tokens) and probe < limit and tokens[probe][0].casefold() != "that":
            if _age_between_commas(tokens, probe):
                probe, limit = probe + 3, limit + 3  # "told the mother of Ana Ruiz, 18, that"
                continue
            if tokens[probe][0] in {",", ":"}:
                break
            probe += 1
        if probe < len(tokens) and tokens[probe][0].casefold() == "that":
            return probe + 1
        far = far_that(tokens, j, j + OBJECT_THAT_REACH) if probe == limit else None
        if far is not None:
            return far + 1  # "told a briefing at the regional hospital on Thursday that"
        if cue in _CONTENT_CUES:
            return j
        addressed = _addressee_end(tokens, j)
        if addressed is None:
            addressed = _bare_addressee_end(tokens, j)
        if addressed is not None:
            return addressed
        # told NAME / told reporters / told 41 Action News: one short addressee phrase;
        # an article opens it only ("told the Post"): after the addressee it opens the
        # content's subject ("told Billboard the band has ...")
        # a name after a lower-case addressee is the content's subject ("told
        # police Ramey brought the gun")
        reach = k + 4
        while (
            j < len(tokens)
            and j < reach
            and (
                (tokens[j][0][:1].isupper() and not _lower_addressee(tokens, k, j - 1))
                or (
                    tokens[j - 1][0].casefold() in _ARTICLES
                    and tokens[j][0].casefold() in _ADDRESSED_BODIES
                    and not _opens_subject(tokens, k, j)
                )
                or (
                    tokens[j][0].casefold() in _ADDRESSEES
                    and not _opens_subject(tokens, k, j)
                    # not a noun after a named addressee: "tells WREG officers were ...";
                    # a second one after a first: "told police investigators"
                    and (
                        j == k + 1
                        or tokens[j - 1][0].casefold() in _ARTICLES
                        or _lower_addressee(tokens, k, j - 1)
                    )
                )
                or _numbered_name(tokens, j)
            )
        ):
            if tokens[j][0][:1].isupper() and tokens[j][0].endswith(("'s", "’s")):
                reach = j + 4  # "told News 5 WCYB's Olivia Bailey": the outlet's reporter
            j += 1
    j = _past_link(tokens, j)  # `tells The Town Talk (http://...) the victims ...`
    j = _past_manner(tokens, j)  # `said quietly that`, `said pleasantly into the phone`
    j = _past_setting(tokens, j)  # `wrote on Facebook that`, before "on" is taken for a time word
    j = past_time_words(tokens, j)
    j = _past_setting(tokens, j)  # `said Monday in a statement that`
    j = _past_dated_that(tokens, j)  # `said last year that`
    j = _past_phrase_comma_that(tokens, j)  # `said in an update just before 7 a.m., that`
    j = _past_spoken_to(tokens, j)  # `suggested to him that`, `explained to the jury that`
    while j < len(tokens) and tokens[j][0] in {",", ":"}:
        j += 1
    if j < len(tokens) and tokens[j][0].casefold() == "that" and not _pronoun_that(tokens, j):
        j += 1
    return j


OBJECT_THAT_REACH = 12  # tokens after a cue with an object to its "that", at most


def far_that(tokens: list[tuple[str, int, int]], probe: int, limit: int) -> int | None:
    """The "that" a cue's long object and its settings lead to, read on from `probe` up
    to `limit` ("told a briefing at the regional hospital on Thursday that"): none where
    a mark, a verb or a pronoun stands first (a clause of its own: "told the court he
    had paid that bill"), or where the "that" follows a common noun (a relative clause's:
    "about the checks that the crew had called ...")."""
    for p in range(probe, min(len(tokens), limit)):
        word = tokens[p][0]
        if word.casefold() == "that":
            # after a day, a time or a name ("on Thursday that", "in Houston that", "at
            # 3am that"), not after a noun a relative clause may follow ("the checks
            # that"), and a subject after it, no verb ("by Ashgrove Council that would
            # close ...": a relative clause's)
            before = tokens[p - 1][0]
            after = tokens[p + 1][0] if p + 1 < len(tokens) else ""
            timed = before.casefold() in _WEEKDAYS | _MONTHS | _DAY_PARTS | _TIME_NOUNS
            said = timed or before[:1].isupper() or any(c.isdigit() for c in before)
            verb = after.islower() and (finite(after) or _verb_like(after))
            return p if said and not verb else None
        if word.casefold() == "about":
            return None  # "told reporters about a letter ... that": the letter's clause
        if not word[:1].isalnum() or word.casefold() in _SUBJECT_PRONOUNS:
            return None
        # a finite verb, or a gerund opening a phrase after its preposition ("accused of
        # billing the county for deliveries that ..."); not a noun in "-ing" ("a briefing",
        # "a committee hearing")
        gerund = word.endswith("ing") and tokens[p - 1][0].casefold() in _PREPOSITIONS_OF
        if word.islower() and (finite(word) or gerund):
            return None
    return None


def _past_spoken_to(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The "that" after a cue's "to" and whom it was said to ("suggested to him that",
    "explained to the jury that"), or j: up to SPOKEN_TO_WORDS words, none a verb ("is
    said to have told police that" is no addressee) nor a mark."""
    if j >= len(tokens) or tokens[j][0].casefold() != "to":
        return j
    for p in range(j + 1, min(len(tokens), j + 2 + SPOKEN_TO_WORDS)):
        word = tokens[p][0]
        if word.casefold() == "that":
            return p if p > j + 1 else j
        if not word[:1].isalpha() or (word.islower() and (_verb_like(word) or finite(word))):
            return j
    return j


SPOKEN_TO_WORDS = 4  # words of whom a statement was made to ("the jury", "him")


# Tokens an appositive, and a relative clause, after a source "according to" names may run.
_SOURCE_APPOSITIVE_REACH = 16
_SOURCE_RELATIVE_REACH = 24


def _source_described(tokens: list[tuple[str, int, int]], start: int, comma: int) -> int | None:
    """The comma closing an appositive that describes a named source after "according
    to" ("According to Erin Maguire, head of campaigns at ConsumerFirst, rates are
    ...", "..., the mayor, the plan ..."), or None: the name (`start` to `comma`)
    in capitals, then a role noun or a relative clause (a person's or a body's)
    with no verb of the sentence's own, then a comma and the report."""
    source = tokens[start:comma]
    if source and source[0][0] == "the":
        source = source[1:]  # "According to the Oude Vliet Water Board, which ...,"
    # "the Tea Growers' Cooperative": a body's plural apostrophe inside its name
    if not source or not all(t[0][:1].isupper() or t[0] in {".", "-", "'", "’"} for t in source):
        return None
    relative = comma + 1 < len(tokens) and tokens[comma + 1][0].casefold() in _RELATIVE_OPENERS
    reach = _SOURCE_RELATIVE_REACH if relative else _SOURCE_APPOSITIVE_REACH
    close = next(
        (c for c in range(comma + 1, min(len(tokens), comma + reach + 1)) if tokens[c][0] == ","),
        None,
    )
    if close is None or close + 3 >= len(tokens):
        return None
    segment = [t[0] for t in tokens[comma + 1 : close]]
    first = segment[0].casefold() if segment else ""
    if relative:
        return close  # "According to Carrowmouth Port Holdings, which runs the port,"
    if any(_verbish(w) for w in segment):
        return None
    if first in _APPOSITIVE_DETERMINERS:
        head = list(takewhile(lambda w: w.casefold() not in _PREPOSITIONS_OF, segment[1:]))
        return close if head and head[-1].casefold() in _APPOSITIVE_PERSON_NOUNS else None
    return close if segment[0].islower() and first in _APPOSITIVE_PERSON_NOUNS else None


def _place_goes_on(tokens: list[tuple[str, int, int]], comma: int) -> bool:
    """Whether the comma at `comma` is inside the source's phrase: a place after it,
    then capitalised words only up to the next comma ("police in Bluefield, Virginia,
    the shooting ...", "with the Bluefield, Virginia Police, the shooting ...")."""
    run = list(takewhile(lambda t: t[0] != ",", tokens[comma + 1 : comma + 6]))
    after = comma + 1 + len(run)
    return (
        1 <= len(run) <= 4
        and after < len(tokens)
        and tokens[after][0] == ","
        and all(t[0][:1].isupper() for t in run)
        and (run[0][0] in phrases("places") or " ".join(t[0] for t in run[:2]) in phrases("places"))
    )


# Tokens a phrase between a cue and ", that" may take at most.
_PHRASE_BEFORE_THAT = 14


def _past_phrase_comma_that(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The token after ", that" when a prepositional phrase at j runs up to it, else j.

    `said in a status update just before 7 a.m. Eastern time, that the "issue ..."`:
    the phrase says where and when, the report starts after "that". Only a phrase
    opened by a preposition, with no verb, mark or other punctuation in it.
    """
    if j >= len(tokens) or tokens[j][0].casefold() not in _PREPOSITIONS:
        return j
    for m in range(j + 1, min(len(tokens) - 1, j + _PHRASE_BEFORE_THAT)):
        word = tokens[m][0]
        if word == "," and tokens[m + 1][0].casefold() == "that":
            return m + 1
        if word == "," and tokens[m + 1][0].casefold() in _SUBORDINATORS:
            # `said in 2005, when he was appointed attorney general, that he ...`: a
            # clause set off by commas after the phrase, then the report
            for c in range(m + 2, min(len(tokens) - 1, m + 2 + _PHRASE_BEFORE_THAT)):
                if tokens[c][0] in _OPEN + _CLOSE or tokens[c][0] in {";", ":"}:
                    return j
                if tokens[c][0] == ",":
                    return c + 2 if tokens[c + 1][0].casefold() == "that" else j
            return j
        if word in _OPEN + _CLOSE or word in {",", ";", ":"} or _verb_like(word):
            return j
    return j


def _age_between_commas(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether ", 18," (an age set off by commas) starts at token i."""
    return (
        i + 2 < len(tokens)
        and tokens[i][0] == ","
        and tokens[i + 1][0].isdigit()
        and tokens[i + 2][0] == ","
    )


def _past_link(tokens: list[tuple[str, int, int]], j: int) -> int:
    """The token after a web address in parentheses at j (a link to the outlet told),
    or j itself."""
    if j >= len(tokens) or tokens[j][0] != "(":
        return j
    for m in range(j + 1, min(len(tokens), j + 24)):
        if tokens[m][0] == ")":
            inside = "".join(t[0] for t in tokens[j + 1 : m])
            return m + 1 if "://" in inside or "www." in inside else j
    return j


def _pronoun_that(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Whether "that" at j is the content's subject, not its complementiser: a finite
    verb follows it ("said that doesn't mean it wasn't", "said that was the worst")."""
    if j + 1 >= len(tokens):
        return False
    following = tokens[j + 1][0]
    return following in _VERBISH or following.casefold().endswith(("n't", "n’t"))


# Plural nouns of groups that a name can modify ("Clinton supporters", "Trump aides").
_GROUPS = words("group_nouns") | words("group_words")


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _lower_addressee(tokens: list[tuple[str, int, int]], k: int, i: int) -> bool:
    """Whether token i is a lower-case addressee noun skipped after the cue at k
    ("told police"; not "the" of "told the Post")."""
    return i > k and tokens[i][0].islower() and tokens[i][0] not in _ARTICLES


def _addressee_end(tokens: list[tuple[str, int, int]], j: int) -> int | None:
    """Where the content starts after an addressee phrase opened by a determiner.

    "Voss told a ranger he heard ...", "told his staff they ...": the
    addressee is a determiner and up to three words, and the reported clause
    opens with its subject pronoun. Without such a pronoun nothing is skipped
    here (the short addressee list applies): an article there may as well open
    the content ("warned the cost of the scheme would rise").
    """
    if j >= len(tokens) or tokens[j][0].casefold() not in _DETERMINERS | _POSSESSIVES:
        return None
    for m in range(j + 1, min(len(tokens), j + 5)):
        word = tokens[m][0]
        if not word.isalpha():
            return None
        if m > j + 1 and word.casefold() in _SUBJECT_PRONOUNS:
            return m
        if _verbish(word):
            return None
    return None


# Determiners, quantifiers and numbers: they open the content's own subject.
_NOT_ADDRESSEE = _NP_OPENERS | words("indefinite")


# Words that open a clause inside a noun phrase: no addressee runs past them.
_CLAUSE_WORDS = _RELATIVES | words("clause_words")


def _bare_addressee_end(tokens: list[tuple[str, int, int]], j: int) -> int | None:
    """Where the content starts after an addressee with no determiner.

    "Voss told police she ...", "told visiting Ukrainian officials they ...",
    "told FOX 4 she ...", "told Channel 4 they ...": up to four words opening in
    lower case (no finite verb, preposition or "that" among them), or a name of
    up to four capitalised words and numbers, then the reported clause's subject
    pronoun. Without that pronoun nothing is skipped here.
    """
    m = j
    if m < len(tokens) and tokens[m][0].isalpha() and tokens[m][0].islower():
        # after an addressee noun ("told reporters most families she met ...") a new
        # noun phrase starts: one word; otherwise adjectives may lead up to the noun
        reach = 1 if tokens[m][0].casefold() in _ADDRESSEES else 4
        while m < len(tokens) and m < j + reach and tokens[m][0].isalpha():
            low = tokens[m][0].casefold()
            if low in _SUBJECT_PRONOUNS:
                break
            if low in _VERB_FORMS | _VERBISH | _PREPOSITIONS | _CLAUSE_WORDS | _NOT_ADDRESSEE:
                # "told voters who wonder why he ...", "told police the man he saw":
                # a clause or a second noun phrase, no addressee
                return None
            m += 1
    else:
        while (
            m < len(tokens)
            and m < j + 4
            and tokens[m][0] != "I"
            and (tokens[m][0][:1].isupper() or tokens[m][0].isdigit())
        ):
            m += 1
    if m == j or m >= len(tokens):
        return None
    return m if tokens[m][0] in _SUBJECT_PRONOUNS else None


def _verbish(word: str) -> bool:
    """A lower-case word that looks like a finite verb or participle."""
    low = word.casefold()
    if not word.islower() or not word.isalpha():
        return False
    return low in _VERB_FORMS or low in _CUES or (len(low) > 4 and low.endswith(("ed", "ing")))


def _verb_like(word: str) -> bool:
    """A lower-case word of the finite-verb list (`data/verbish.txt`: "is", "would",
    "must") or one `_verbish` takes for a verb or participle."""
    return word in _VERBISH or _verbish(word)
