"""Speaker shapes of the second attribution round: each on an invented text, given and refused."""

from __future__ import annotations

import pytest

from digest.quotes import extract_quotes
from tests.quotes import quote_with


def test_words_around_a_cut_out_quotation_do_not_join_into_a_name():
    text = (
        "Mara Lind spoke at the school board on Monday.\n\n"
        'After Lind said that some pupils might do better at "smaller harbour schools," '
        'Tarrant said: "I do not like what she said, no, I do not like it."'
    )
    assert quote_with(text, "I do not like what she said").speaker == "Tarrant"


def test_party_adjective_before_claims_is_no_speaker():
    text = (
        "Ines Harlow spoke in the morning.\n\n"
        "Conversely, Harbour Watch rated 22% of Democratic claims as "
        '"entirely true" compared to 11% of Republican claims.'
    )
    quote = quote_with(text, "entirely true")
    assert quote.speaker == "Harbour Watch"


def test_a_person_called_by_a_party_noun_still_speaks():
    text = (
        "Ines Harlow spoke in the morning.\n\n"
        'In the letter, the Ellery Republican asks for an inquiry into whether "the port '
        'or its contractors broke the rules on records."'
    )
    assert quote_with(text, "broke the rules").speaker != "Republican"


def test_quoted_nickname_stays_inside_the_name():
    text = (
        "Crowds lined the harbour for the parade.\n\n"
        'Juan "Chico" Okonjo of Molde carried one of the photos. '
        '"I pretty much cried the whole parade," he said.'
    )
    quote = quote_with(text, "cried the whole parade")
    assert quote.speaker == "Juan Okonjo"
    assert not any("Chico" in q.text for q in extract_quotes(text))


def test_nickname_inside_a_quote_is_written_back_as_given():
    text = (
        "Ines Harlow spoke.\n\n"
        "As reported by Harbour Watch, former ferry captain Owen \u201cSkip\u201d Tarrant "
        "found both plans to be unworkable."
    )
    quote = quote_with(text, "unworkable")
    assert quote.speaker == "Harbour Watch"
    assert "Owen \u201cSkip\u201d Tarrant" in quote.text
    assert text[quote.start : quote.end].startswith("former ferry captain")


def test_nickname_needs_a_first_name_before_it():
    text = 'Ines Harlow spoke.\n\nThe book Lind "Harbour" Days was a hit, Harlow said.'
    assert all(q.speaker != "Lind Days" for q in extract_quotes(text))


def test_first_name_in_a_family_appositive_is_a_person_for_pronouns():
    text = (
        "Owen Tarrant spoke on Monday. Tarrant's wife, Melania, is among the speakers. "
        "She is often by his side. At a rally this spring, she described him as "
        '"kind" with a "great heart."'
    )
    assert quote_with(text, "great heart").speaker == "Melania"


def test_lone_first_name_elsewhere_is_still_no_person():
    text = (
        "Owen Tarrant spoke on Monday. Melania is among the speakers. "
        'At a rally this spring, she described him as "kind" with a "great heart."'
    )
    assert quote_with(text, "great heart").speaker != "Melania"


def test_quoted_title_inside_an_appositive_keeps_the_subject_before_it():
    text = (
        "Ana Ruiz spoke first.\n\n"
        'Lind, the author of "Harbour Days," about the port and its ferries, said the years '
        'when the town had "one shared story" from its papers are over.'
    )
    assert quote_with(text, "one shared story").speaker == "Lind"


def test_first_inside_a_title_does_not_cut_the_description():
    text = 'The former first lady and U.S. senator said it was "a clear error" to close the line.'
    assert quote_with(text, "a clear error").speaker == "The former first lady and U.S. senator"


def test_as_reported_by_frames_a_report_like_according_to():
    text = (
        "Ines Harlow spoke.\n\n"
        "As reported by Harbour Watch, the port initially broke the story in March."
    )
    quote = quote_with(text, "initially broke the story")
    assert quote.speaker == "Harbour Watch"
    assert quote.type == "indirect"


def test_paragraphs_run_together_do_not_pass_a_speaker_on():
    """A copy that lost its line breaks ("...said Lt. Whitfield.Ana Ruiz lives"): each
    glued sentence end is a paragraph break, so a later quotation is not Whitfield's."""
    text = (
        "Crash on Main Street\n\n"
        'The boy was shot at home."Never leave a gun loaded where a child can reach it," '
        "said Lt. Dana Whitfield.Ana Ruiz lives around the corner and she said her heart "
        'breaks for the family."Keep it locked up, the way they tell you."Officers said '
        "the gun was stored badly."
    )
    quotes = extract_quotes(text)
    assert quote_with(text, "Never leave").text == (
        "Never leave a gun loaded where a child can reach it"
    )
    assert all(q.speaker != "Dana Whitfield" for q in quotes if "locked up" in q.text)


def test_glued_paragraph_breaks_keep_quotations_whole():
    """A straight mark after a glued stop opens the next paragraph's quotation when the
    marks before it are paired, and closes the open one otherwise; "Sgt.Smith" stays."""
    from digest.quotes.lexer import _paragraphs

    text = (
        'He said it was fine.Scott said "we are sad."Then Sgt.Smith left."Go home," he said.'
        'He left."I wish I had stayed," she said.'
    )
    assert [text[a:b] for a, b in _paragraphs(text)] == [
        "He said it was fine.",
        'Scott said "we are sad."',
        "Then Sgt.Smith left.",
        '"Go home," he said.',
        "He left.",
        '"I wish I had stayed," she said.',
    ]


def test_an_embedded_posts_credit_line_is_no_part_of_a_quote():
    """`... — Ana Ruiz (@anaruiz) August 10, 2016` closes an embedded post: the
    report inside the post ends before it, links included."""
    text = (
        "Shooting on Woodstock\n\n"
        "Tom Becker said word on the block is the shooting was in retaliation for a "
        "fight at a party. https://t.co/x1Y2 — Ana Ruiz (@anaruiz) August 10, 2016"
    )
    found = quote_with(text, "word on the block")
    assert (
        found.text == "word on the block is the shooting was in retaliation for a fight at a party"
    )
    assert found.speaker == "Tom Becker"


FAMILY = (
    "Man shot in Harbour City\n\n"
    "The victim of a fatal shooting has been identified as 23-year-old Sean Vale. Vale "
    "was paralyzed in 2014.\n\n"
    "The victim's mother, Karen Vale, said she is wondering how anyone could shoot him.\n\n"
)


def test_words_before_a_verb_describe_its_subject_not_the_name_after_it():
    """ "A police lieutenant told CBS4's Ana Ruiz ...": "the lieutenant" is not Ana Ruiz."""
    text = (
        "Shooting in Greenacres\n\n"
        "A police lieutenant told CBS4's Ana Ruiz for now they won't release more details.\n\n"
        "The lieutenant said investigators will likely keep working here through the night."
    )
    assert quote_with(text, "keep working").speaker != "Ana Ruiz"


# Who speaks, in the shape each comment names: text -> (words of the quote, speaker).
SPEAKER_OF = {
    # "South Marco Avenue" starts with a first name but is a street: no "he" means it.
    (
        "The car was found near West 12th Street and South Marco Avenue.\n\n"
        '"I heard shots and ran," he said.'
    ): ("heard shots", None),
    # A "he said" right after "The clerk said ..." is the clerk, not a name from before.
    (
        "Officer Dana Whitfield said the car was found near the station.\n\n"
        "The children were taken to a hospital.\n\n"
        "The clerk said he is used to the gunfire in the neighborhood. "
        '"We get used to it. It is normal in this area," he said.'
    ): ("normal in this area", "The clerk"),
    # The noun gives a gender: "The man said ..." does not take a later "she said".
    (
        "Ana Ruiz, who runs the shop, spoke on Monday.\n\n"
        "The man said he saw the car leave. "
        '"We were all scared for the children," she said.'
    ): ("scared for the children", "Ana Ruiz"),
    # "The Ohio governor" stands for the governor named before: he keeps his name.
    (
        "Gov. Owen Tarrant spoke in Columbus on Monday.\n\n"
        "The Ohio governor said he would sign the bill. "
        '"It is a good day for the state," he said.'
    ): ("good day for the state", "Owen Tarrant"),
    # "The victim's mother, Karen Vale, said ...": the name in the appositive speaks.
    (
        "Man shot in Harbour City\n\n"
        "The victim's mother, Karen Vale, said she is wondering how anyone could shoot him."
    ): ("wondering", "Karen Vale"),
    # A bare surname after a relative was credited in full: "she" says which Vale spoke.
    FAMILY + "Vale said she will keep fighting for justice for her son.": (
        "keep fighting",
        "Karen Vale",
    ),
    # "Vale said ... his": the pronoun fits the man the surname stands for, who keeps it.
    (
        "Rep. Sean Vale spoke on Monday.\n\n"
        "His former wife, Karen Vale, wrote that he had lied to her.\n\n"
        "Vale said the group should back his fiancée in the primary."
    ): ("back his fiancée", "Sean Vale"),
    # The dead man never speaks; his daughter, credited in full once, speaks on by surname.
    (
        "Man shot in Harbour City\n\n"
        "Dan Vale was remembered on Saturday as a man who would do anything for his family.\n\n"
        '"He was always there for us," said his 20-year-old daughter Nicole Vale.\n\n'
        '"I have met the man who did it. He lived right down the street," Vale recalled.'
    ): ("down the street", "Nicole Vale"),
    # A mother credited in full each time she speaks: the bare surname is her son.
    (
        "Man leaves jail\n\n"
        "Reporters were there when Erik Dominick Vale, 35, walked out of jail on Thursday.\n\n"
        '"God bless America," said his mother, Rosa Vale.\n\n'
        '"Talk to my lawyer, you have got to talk to my lawyer," Vale said.\n\n'
        '"No comment, no comment," Rosa Vale said.'
    ): ("Talk to my lawyer", "Erik Dominick Vale"),
    # "Ben Diaz was shot. The victim was taken to a hospital. ... he said": Diaz.
    (
        "Ben Diaz was shot twice in the leg Friday. The victim was taken to a hospital.\n\n"
        '"I am lucky to be alive," he said Monday.'
    ): ("lucky to be alive", "Ben Diaz"),
    (
        "Senator Ana Ruiz met voters on Tuesday. A spokesperson said she would run again.\n\n"
        '"I love this state," she said at the rally.'
    ): ("love this state", "Ana Ruiz"),
}


# A main person alive keeps the bare surname after a relative credited in full.
LIVING = {
    "Hillary Carson on Tuesday unveiled a plan to cut college costs.\n\nAt a rally, "
    "Bill Carson said his wife would fight for working families.\n\nCarson said the "
    "plan would be paid for by closing tax loopholes.": ("paid for", "Hillary Carson"),
    "Andrew Cuomo was sworn in as governor on Saturday.\n\nMario Cuomo said his son would "
    'be a great governor.\n\n"This is a new day for New York," Cuomo said.': (
        "new day",
        "Andrew Cuomo",
    ),
    "Maria Ortiz was stabbed three times outside her apartment.\n\nCarlos Ortiz said his "
    'sister was lucky.\n\n"I still have nightmares," Ortiz said.': ("nightmares", "Maria Ortiz"),
    "Michael Smith is accused of robbing three banks.\n\nProsecutor Laura Smith said the "
    'evidence was overwhelming.\n\n"I never robbed anyone," Smith told the jury.': (
        "never robbed",
        "Michael Smith",
    ),
    "James Brooks was drafted by the Bulls on Thursday.\n\nBrooks said it had not sunk in "
    "yet.\n\nKevin Brooks said the family watched at home.\n\nBrooks said he can't wait "
    "to get to work.": ("get to work", "James Brooks"),
}


WHO_SPEAKS = SPEAKER_OF | {"News\n\n" + text: case for text, case in LIVING.items()}


@pytest.mark.parametrize("text", sorted(WHO_SPEAKS))
def test_who_speaks(text):
    words, speaker = WHO_SPEAKS[text]
    assert quote_with(text, words).speaker == speaker


def test_a_relative_clause_subject_is_the_phrase_before_who():
    # The appositive after the clause's object names the object, not the subject.
    text = (
        "Eight people were killed in the fire on Union Road.\n\n"
        "Another woman who knew the youngest victim, Chris, wrote on Facebook: "
        '"Camp will not be the same without your jokes."\n\n'
        'A neighbor who lives on the same street said she heard "three loud bangs and '
        'then screaming."'
    )
    assert quote_with(text, "Camp will not").speaker == "Another woman"
    assert quote_with(text, "three loud bangs").speaker == "A neighbor"
    # Without a relative clause the appositive still names the subject.
    text = (
        "Eight people were killed in the fire on Union Road.\n\n"
        'A friend of the family, Ines Harlow, said the children "loved that house."'
    )
    assert quote_with(text, "loved that house").speaker == "Ines Harlow"
    # A name before "who" after a preposition is no subject.
    text = (
        "The school bill passed on Tuesday.\n\n"
        "Mara West, a professor at Harbour College who once worked for Sen. Lamar Ames, "
        'called it "a significant step for every school."'
    )
    assert quote_with(text, "significant step").speaker != "Harbour College"


@pytest.mark.parametrize(
    "after",
    ["", " on the company blog", " in a statement", " at a briefing on Friday"],
)
def test_a_role_after_a_firm_leads_to_the_person_whatever_setting_follows(after):
    text = (
        "A flaw in the browser was found last week.\n\n"
        f'"We are seeing new versions of the exploit," wrote Harbor Labs security '
        f"expert Ines Harlow{after}."
    )
    assert quote_with(text, "new versions").speaker == "Ines Harlow"


def test_initials_and_a_suffix_keep_the_name_before_a_long_appositive():
    text = (
        "Letters reached the White House that spring.\n\n"
        '"He has the integrity and the ability to lead the bureau," Harold L. Dane Jr., '
        "legal attache to the embassy in Japan and a 30-year veteran, told Nixon in "
        "an April 1973 letter."
    )
    assert quote_with(text, "integrity and the ability").speaker == "Harold L. Dane Jr"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Tuesday night Governor Ana Ruiz", "Ana Ruiz"),
        ("On Tuesday night Governor Ana Ruiz", "Ana Ruiz"),
        ("Tuesday, Governor Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_day_opening_the_sentence_without_a_comma_is_no_part_of_the_subject(opening, speaker):
    text = (
        "A sergeant was killed on duty in Port Ellery.\n\n"
        f'{opening} released a statement saying in part, "We extend our deepest '
        'sympathies to his family and colleagues."'
    )
    assert quote_with(text, "deepest sympathies").speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'One of the gunmen said, "Make sure they are all dead," according to the report.',
            "One of the gunmen",
        ),
        ('The gunmen fled. "Make sure they are all dead," according to the report.', "the report"),
    ],
)
def test_a_cue_opening_a_quotation_outranks_according_to_after_it(sentence, speaker):
    text = f"Three men were shot at a motor home.\n\n{sentence}"
    assert quote_with(text, "all dead").speaker == speaker


def test_the_person_a_paper_quoted_saying_something_speaks():
    text = (
        "The ferry fares rose again in March.\n\n"
        "The Harbour Gazette quoted Mayor Ana Ruiz saying that the old ferry was "
        '"a disgrace for the harbour and its people."'
    )
    assert quote_with(text, "a disgrace").speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The arrest came after a federal agent told deputies that a man named Ray "
            'Moss had been trying to "get rid of" a rifle.',
            "a federal agent",
        ),
        (
            'Mayor Ana Ruiz after the vote said the fares were "far too high for families."',
            "Ana Ruiz",
        ),
    ],
)
def test_after_a_verb_a_subordinator_opens_a_clause_with_its_own_subject(sentence, speaker):
    text = f"A rifle was found in a car on West Street.\n\n{sentence}"
    assert quote_with(text, "rid of" if "rid of" in sentence else "far too high").speaker == (
        speaker
    )


def test_marks_right_after_a_subject_with_no_cue_quote_someone_else():
    text = (
        "Reaction to the news split along party lines.\n\n"
        '"There is nothing heroic about breaking faith," said commentator Ray Moss.\n\n'
        'Dunn "disgraced himself and everything an agent should stand for."'
    )
    assert [q.speaker for q in extract_quotes(text) if "disgraced" in q.text] == []
    # in the first person, the words are the subject's own
    text = (
        "Ana Ruiz spoke to the harbour board on Monday.\n\n"
        'Ruiz "did all I could to keep the ferries running through the winter."'
    )
    assert quote_with(text, "did all I could").speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("\n\nines.dale@harbourpost.com\n\nTwitter @inesdale", "his aunt"),
        ("\n\n@inesdale", "his aunt"),
        ("\n\nThe funeral is on Friday.", "Ines Dale"),
    ],
)
def test_a_reporters_sign_off_above_her_contact_lines_credits_no_quote(after, speaker):
    text = (
        "A teen was shot on Main Street.\n\n"
        "Perez was a quiet boy who was a good friend, his aunt said.\n\n"
        '"We just all need some answers."\n\n'
        f"— Ines Dale{after}"
    )
    assert quote_with(text, "need some answers").speaker == speaker


@pytest.mark.parametrize("name", ["C.C Walton", "C.C. Walton", "C. C. Walton"])
def test_initials_with_or_without_their_last_stop_open_the_name(name):
    text = (
        "Shots were fired in a courtyard on Sunday.\n\n"
        f'"All these kids around, this stuff is ridiculous around here," said neighbor {name}.'
    )
    assert quote_with(text, "kids around").speaker == name


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("HPD, Tom Simmons", "Tom Simmons"),
        ("Harbour Police, Tom Simmons", "Tom Simmons"),
        ("Ana Ruiz, Tom Simmons", "Ana Ruiz"),
    ],
)
def test_a_person_named_after_a_body_speaks_for_it(subject, speaker):
    text = (
        "A man was shot outside a store before dawn.\n\n"
        f'"There was a possibility this was a mistaken identity," said {subject}.'
    )
    assert quote_with(text, "mistaken identity").speaker == speaker


def test_a_book_title_with_a_subtitle_quotes_no_one():
    text = (
        "The agent died on Thursday.\n\n"
        'In his book, "The Quiet Man: The Story of the Harbour Bureau\'s Deep Source," '
        "published after the article appeared, Ray Moss wrote that he met the agent "
        "in 1970.\n\n"
        '"I was impressed. He knew his stuff," Moss wrote.'
    )
    assert [q.text for q in extract_quotes(text) if "Quiet Man" in q.text] == []
    assert quote_with(text, "I was impressed").speaker == "Ray Moss"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said a woman sitting on her porch", "a woman"),
        ("said the company in a statement", "the company"),
        ("read the letter signed by seven doctors", "the letter"),
        ("said the head of the council at a news conference", "the head of the council"),
        ("said one official involved in the planning", "one official involved in the planning"),
    ],
)
def test_a_description_after_an_inverted_cue_ends_before_a_setting(attribution, speaker):
    text = f'A fire broke out on Main Street.\n\n"We will rebuild the whole block," {attribution}.'
    assert quote_with(text, "rebuild").speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Witnesses tried to warn the man that the gun was loaded but the man pointed "
            'it at his head and said, "I trust my gun enough to know it is not loaded."',
            "the man",
        ),
        (
            "Ray Feld would not say when Harbor and Baycorp began talks but said the deal "
            'came about "unbelievably quickly."',
            "Ray Feld",
        ),
    ],
)
def test_a_verb_after_and_takes_the_subject_of_the_clause_it_continues(sentence, speaker):
    text = f"The news broke on Monday.\n\n{sentence}"
    words = (
        "trust my gun"
        if "trust" in sentence
        else "unbelievably"
        if "Feld" in sentence
        else ("so many questions")
    )
    assert quote_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    "opening", ["Ruiz responded,", "Ruiz replied to Dale with,", "Ruiz wrote:"]
)
def test_a_cue_after_a_quotation_that_opens_the_next_one_is_not_its_own(opening):
    text = (
        "The emails were released on Friday.\n\n"
        f'{opening} "Why now? That was on my way to the harbour?" Dale then writes back, '
        '"You look great."'
    )
    assert quote_with(text, "Why now").speaker == "Ruiz"
    assert quote_with(text, "look great").speaker == "Dale"
    assert "look great" not in quote_with(text, "Why now").text


def test_a_pronoun_cue_between_two_pieces_keeps_one_quotation():
    text = (
        "The debate went on online.\n\n"
        'Dale fired back: "As a friend of the mayor," he wrote, "we know you are rooting '
        'for her too."'
    )
    quote = quote_with(text, "friend of the mayor")
    assert quote.speaker == "Dale" and "rooting for her" in quote.text


def test_the_agent_of_a_passive_speech_verb_speaks():
    text = (
        "The senator appeared on a late-night show.\n\n"
        'Sen. Ray Moss was asked by host Ana Ruiz, "Now, do you still think the harbour '
        'plan was a mistake?"'
    )
    assert quote_with(text, "still think").speaker == "Ana Ruiz"


def test_a_subordinate_clause_after_an_opening_phrase_is_skipped_to_the_subject():
    text = (
        "The emails were released on Friday.\n\n"
        "In June 2009, after Ruiz suffered a concussion, Ray Dale emailed his wishes, "
        'calling her "Ana" and telling her, "you are an all-star player and we need you '
        'for the long run!"'
    )
    assert quote_with(text, "all-star player").speaker == "Ray Dale"


@pytest.mark.parametrize("nickname", ['"Pops A Lot"', "“Pops a lot’’", '"Little Bird"'])
def test_a_nickname_of_several_words_is_part_of_the_name_not_a_quotation(nickname):
    text = (
        "Two men were shot outside a bar on Saturday.\n\n"
        f"Police said Donnell {nickname} Strong is wanted on an endangerment charge."
    )
    assert [q.type for q in extract_quotes(text)] == ["indirect"]


@pytest.mark.parametrize(
    ("sentence", "called"),
    [
        ('A group called Harbor Watch ran ads quoting the mayor that "the port is safe."', []),
        ('A warm-up band called Bayfunk got the crowd to cheer for "Mayor Ana Ruiz."', []),
        ('The mayor called Harbor Watch a "group of liars and frauds."', ["The mayor"]),
    ],
)
def test_a_naming_verb_before_a_name_and_its_verb_says_nothing(sentence, called):
    text = f"The campaign went on in the harbour towns.\n\n{sentence}"
    assert [q.speaker for q in extract_quotes(text) if q.cue == "called"] == called


# Texts a review of this round's rules found made worse by their first versions,
# each with the reading a careful editor gives: every one is the earlier output.
REVIEW_FIFTH = {
    'Still Waters Church said its doors would "stay open all night."': (
        "stay open",
        "Still Waters Church",
    ),
    'The woman who found the dog, Perla Inch, said it was "shaking and starving."': (
        "shaking",
        "Perla Inch",
    ),
    'A nurse who treated the boy, Lena Oduya, said he was "lucky to be alive."': (
        "lucky",
        "Lena Oduya",
    ),
    'A man who identified himself only as Rudy said the shelter was "full every night."': (
        "full every",
        "Rudy",
    ),
    'The manager who hired Fenwick Dray, Ola Basset, called him "a hard worker."': (
        "hard worker",
        "Ola Basset",
    ),
    '"That is not me," said the man in the video.': ("not me", "the man in the video"),
    'Brisco lost the vote, but he smiled and said the result was "fair and square."': (
        "fair and square",
        "Brisco",
    ),
    'Vesk missed the deadline but he apologized and said the delay was "all my fault."': (
        "my fault",
        "Vesk",
    ),
    'On Monday, as Ruiz put it, the plan was "dead in the water."': ("dead in", "Ruiz"),
    '"The council has failed every resident of this town."\n\n— Garo Pent, Dunmore\n\n'
    "garo@example.test": ("council has failed", "Garo Pent"),
    'Later Quell said the review was "long overdue."': ("overdue", "Quell"),
}


# Texts a second review found made worse by the first mends, with the reading a
# careful editor gives (the earlier output, or better).
REVIEW_SIXTH = {
    'After Hours Club said it would "close for good" on Friday.': (
        "close for good",
        "After Hours Club",
    ),
    'If Not Now, a youth group, called the vote "a betrayal of us all."': (
        "betrayal",
        "If Not Now",
    ),
    'A clerk at Vantry Airlines who handled the bags said the system was "broken."': (
        "broken",
        "A clerk at Vantry Airlines",
    ),
    'A nurse at Castell Hospital who treated the victims said they were "badly burned."': (
        "badly burned",
        "A nurse at Castell Hospital",
    ),
    'A woman who saw the crash, Ines, said the truck "never braked at all."': (
        "never braked",
        "Ines",
    ),
    'A worker who asked that her last name not be used, Rosa, said it was "unsafe."': (
        "unsafe",
        "Rosa",
    ),
    'A volunteer who fed the crews, Bea, said they were "exhausted and cold."': (
        "exhausted",
        "Bea",
    ),
    'Ketteridge apologized after he called the parents "ignorant and lazy."': (
        "ignorant",
        "Ketteridge",
    ),
    'The airline "regrets any inconvenience to its passengers."': ("regrets", "The airline"),
    'Vantry Airlines "is cooperating fully" with investigators.': (
        "cooperating",
        "Vantry Airlines",
    ),
    'Letters.\n\n"Stop the gravel pit before it ruins us."\n\n— Ivo Darragh\n\nivo@example.test': (
        "gravel pit",
        "Ivo Darragh",
    ),
}


def test_a_long_opening_clause_is_skipped_only_before_a_subject():
    text = (
        "The earth moved.\n\n"
        "Did the earth move for you? Because it didn't down here at Cell Block G. Harbor "
        'Bay experienced a slight "tremor" today, after a more serious earthquake in '
        "Southern Ellery, resulting in the evacuation of Bay Towers and a few other "
        'scrapers:\n\n"Witnesses in high-rise buildings said they felt the ground shaking '
        "beneath them for about a minute.\n\nMany residents evacuated their buildings and "
        'waited on the streets."'
    )
    assert quote_with(text, "Witnesses in high").speaker is None


# Texts a third review found made worse by the second mends, with the reading a
# careful editor gives.
REVIEW_SEVENTH = {
    'A former aide to Governor Ione Thackery who left in May called her "impossible."': (
        "impossible",
        "A former aide to Governor Ione Thackery",
    ),
    'A volunteer with Felsham Food Bank who has worked there for years said demand was "never '
    'higher."': ("never higher", "A volunteer with Felsham Food Bank"),
    'Many residents of Brackwater who lost power said they felt "forgotten and alone."': (
        "forgotten",
        "Many residents of Brackwater",
    ),
    'A woman who lost her husband, Marta, said she had "nothing left at all."': (
        "nothing left",
        "Marta",
    ),
    'A teacher who taught the boy, Nadia, said he was "a joy to teach."': ("a joy", "Nadia"),
    'The club was fined after it called the referee "corrupt and blind."': (
        "corrupt",
        "The club",
    ),
    "Mayor Ottilie Marsk spoke at the meeting. The crowd booed after she called the strikers "
    '"lazy freeloaders."': ("freeloaders", "Ottilie Marsk"),
    'Quenby Mills "is cooperating with regulators" on the spill.': ("cooperating", "Quenby Mills"),
    'Letters.\n\nMayor Ana Marsk said last week that taxes must "go up again."\n\n"Taxes must go '
    'down, and so must spending."\n\n— Ruth Ebbing, Quenby\n\nruth@example.test': (
        "must go down",
        "Ruth Ebbing",
    ),
    "In March, after the audit found missing funds, two board members said the errors were "
    '"clerical mistakes."': ("clerical", "two board members"),
}


# The three reviews' texts of this round, each read after a "News." line.
REVIEWED = {**REVIEW_FIFTH, **REVIEW_SIXTH, **REVIEW_SEVENTH}


@pytest.mark.parametrize("text", sorted(REVIEWED))
def test_reviewed_texts_read_as_an_editor_reads_them(text):
    words, speaker = REVIEWED[text]
    assert quote_with("News.\n\n" + text, words).speaker == speaker


def test_a_place_after_the_speaker_before_a_colon_is_where_they_are():
    text = (
        "A message from a reader, Hope Calderon, in Monterrey: "
        '"Clouds here. Please describe everything, including the dogs."'
    )
    assert quote_with(text, "Clouds here").speaker == "Hope Calderon"
    # a place with no person named before it is left as the frame gives it
    alone = 'A message from Monterrey: "Clouds here. Please describe everything."'
    assert quote_with(alone, "Clouds here").speaker != "Hope Calderon"


def test_that_was_a_person_after_a_quotation_names_its_speaker():
    text = (
        "Bill Frost, 64, has grown apples in the valley for forty years.\n\n"
        '"You can insure a house against fire. You cannot insure an apple against a '
        'clear sky."\n\nThat was Frost again, at the top of the slope.'
    )
    assert quote_with(text, "You can insure").speaker == "Bill Frost"
    # a day or a place after "That was" names no speaker
    day = text.replace("That was Frost again, at the top of the slope.", "That was Monday.")
    assert all(q.speaker != "Monday" for q in extract_quotes(day))
    # the person a description of no one's words is about is not its speaker
    about = (
        "Tom Beck sat in the front row of the old class photograph.\n\n"
        '"The boy with the broken glasses, grinning at the camera like he owned the whole '
        "school.\"\n\nThat was Beck, who later became the town's mayor."
    )
    assert all(q.speaker != "Tom Beck" for q in extract_quotes(about))


def test_a_plural_possessive_before_a_role_keeps_the_named_speaker():
    text = (
        "The anglers' club secretary, Moana Tipene, told Radio Kaweka that most members "
        'would sign the petition, "but nobody expects it to change a thing."'
    )
    assert quote_with(text, "nobody expects").speaker == "Moana Tipene"
    # a body whose name holds a plural's possessive speaks as that body
    body = '"The river is dying," the anglers\' club said.'
    assert quote_with(body, "The river is dying").speaker == "the anglers' club"
    owned = "Harbourside's dockers' union said the ban was not a strike."
    assert quote_with(owned, "the ban was").speaker == "Harbourside's dockers' union"
    named = "South Harbour's dockers' union said the ban was not a strike."
    assert quote_with(named, "the ban was").speaker == "South Harbour's dockers' union"


def test_he_after_a_second_clause_is_its_subject():
    text = (
        "Cllr Ronan Keane said he would vote against the plan.\n\n"
        "The crowd began to chant, and the chairman, Cllr Colm Mac Giolla Bhríde, "
        "ordered the hall cleared.\n\n"
        'When the meeting resumed, he said: "This is a council chamber, not a stadium."'
    )
    assert quote_with(text, "council chamber").speaker == "Colm Mac Giolla Bhríde"
    # a name the second clause reaches only after its verb is its object, not its subject
    object_ = text.replace(
        "The crowd began to chant, and the chairman, Cllr Colm Mac Giolla Bhríde, "
        "ordered the hall cleared.",
        "The crowd began to chant, and mocked the chairman, Cllr Colm Mac Giolla Bhríde.",
    )
    assert quote_with(object_, "council chamber").speaker != "Colm Mac Giolla Bhríde"
    # a possessive subject is a thing owned, not its owner speaking
    owned = text.replace(
        "and the chairman, Cllr Colm Mac Giolla Bhríde, ordered the hall cleared.",
        "and Colm Mac Giolla Bhríde's gavel came down twice.",
    )
    assert quote_with(owned, "council chamber").speaker != "Colm Mac Giolla Bhríde"
    # a list's last name after ", and" is no clause's subject
    listed = (
        "Coach Tom Lodge picked Ben Ash, Carl Hay, and Dan Roe for the final.\n\n"
        '"They earned it," he said.'
    )
    assert quote_with(listed, "They earned it").speaker == "Tom Lodge"


def test_a_name_explained_by_a_workers_noun_is_a_persons():
    # "His herder, Themba Nkosi,": the herder's name, whatever the lists know of "Themba"
    text = (
        "The cattle belong to Gert Visagie, who farms maize near the river. His herder, "
        "Themba Nkosi, has worked on the farm for 19 years.\n\n"
        "Nkosi was walking to the troughs when he saw the truck. He did not go closer.\n\n"
        '"I saw the lights and I knew. Nobody loads cattle at that hour," he told the paper.'
    )
    assert quote_with(text, "Nobody loads cattle").speaker == "Themba Nkosi"


def test_a_name_at_birth_is_no_new_person():
    # "Born Harriet Mae Poirier": the same Harriet the text named before, married since
    text = (
        "Harriet Dufresne, who kept the town's records for 41 years, died on Sunday. "
        "She was 94.\n\n"
        "Born Harriet Mae Poirier in Newport in 1930, she married a dairy farmer in 1951.\n\n"
        '"You learn not to say anything. You just stamp the paper," she told the Record '
        "in 1998."
    )
    assert quote_with(text, "stamp the paper").speaker == "Harriet Dufresne"
