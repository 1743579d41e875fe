"""Quotes in features and local news: who a pronoun means after a possessive or a first
name, words heard rather than said, words on display, names of products, speakers
described with an age or a hyphenated word, speech verbs only after a quotation, an
opening phrase of place ("Near midnight,"). Invented texts."""

from __future__ import annotations

from digest.quotes import extract_quotes
from tests.quotes import quote_with, speaker_of


def test_she_after_a_possessive_subject_is_its_owner_when_the_owned_cannot_be():
    text = (
        '"Comets are like cats," said Dr Yuki Tanabe, a planetary scientist.\n\n'
        "In Pozo Seco, Camila Vidal's students have already asked for a trip to the "
        'roof. "Yes, they can come, but only on clear nights," she said.'
    )
    assert speaker_of(text, "only on clear nights") == "Camila Vidal"


def test_she_after_a_possessive_subject_of_another_gender_is_not_its_owner():
    # the owner is a man: "she" is not him, nor his students
    text = (
        '"Comets are like cats," said Dr Yuki Tanabe, a planetary scientist.\n\n'
        "In Pozo Seco, Tomas Vidal's students have already asked for a trip to the "
        'roof. "Yes, they can come, but only on clear nights," she said.'
    )
    assert speaker_of(text, "only on clear nights") == "Yuki Tanabe"


def test_a_first_name_alone_as_subject_is_the_person_for_the_next_pronoun():
    text = (
        "Oleksandr Hrytsenko sowed wheat on the cleared field. His wife, Tetiana "
        "Hrytsenko, watched from the yard.\n\n"
        'Halyna Moroz is still waiting. "The list is very long," she said.\n\n'
        '"Next summer," Hrytsenko said, "we will have bread."\n\n'
        'Tetiana laughed. "He promises that every autumn," she said.'
    )
    assert speaker_of(text, "every autumn") == "Tetiana Hrytsenko"


def test_a_lone_family_name_stays_as_written():
    # "Kim" is the family name of Kim Jong-un, though the lists know it as a woman's
    # first name: as a speaker it is not rewritten to the one full name it starts
    text = 'Kim Jong-un arrived on Monday. "I am grateful," Kim said of the talks.'
    assert speaker_of(text, "I am grateful") == "Kim"


def test_an_age_before_a_name_makes_it_a_person_for_the_next_pronoun():
    text = (
        'Tigist Alemu founded the roastery. "We started with one machine," Alemu said.\n\n'
        "The company's head roaster, 24-year-old Meron Girma, started as a cleaner. "
        'She now decides every roast. "Tigist taught me to listen to the beans," she said.'
    )
    assert speaker_of(text, "listen to the beans") == "Meron Girma"


def test_words_people_were_told_are_credited_to_no_one():
    text = (
        'Dr Anil Rao said the ban was wrong. "It punishes the grower," Dr Rao said.\n\n'
        'Before leaving, the farmers were told: "Your demands will be sent to Delhi."\n\n'
        'On both occasions the town was repeatedly told: "This will last fifty years."'
    )
    assert speaker_of(text, "sent to Delhi") is None
    assert speaker_of(text, "fifty years") is None


def test_a_passive_cue_after_an_adverb_names_no_speaker():
    text = (
        "The foundation said in a statement that large areas of farmland were still "
        'believed to be contaminated, and that clearance would take "many years".'
    )
    assert speaker_of(text, "many years") == "The foundation"


def test_words_on_display_are_nobodys_quote():
    texts = [
        "Upstairs, someone had written on a cardboard sign in marker pen: "
        '"Thank you for 112 years, Castlebury".',
        'Over the gate hangs a sign hand-lettered by Elvira Santiago: "No hurry here".',
        "Marta Leiva said she slept in a gymnasium whose wall bears the painted "
        'motto "Unidos Somos Fuertes".',
        'A hand-painted sign at the entrance to the centre read "Thank you, fire crews" '
        "in letters a metre high.",
    ]
    for text in texts:
        quoted = [q.text for q in extract_quotes(text) if q.type != "indirect"]
        assert quoted == [], text


def test_a_sign_mentioned_by_someone_speaking_still_quotes_them():
    text = (
        "Zoltan Aberash, 13, sold water on Main Street. He said he came up with the "
        'sign himself: "Water $1, shade for free."'
    )
    assert speaker_of(text, "shade for free") == "Zoltan Aberash"


def test_a_product_name_after_a_possessive_is_no_quote():
    text = (
        "Dasom Electronics said on Monday it would recall about 180,000 of its "
        '"CookMate Duo" pressure rice cookers after dozens of burns.'
    )
    assert all(q.type == "indirect" for q in extract_quotes(text))


def test_a_speaker_described_with_an_age_or_a_hyphenated_word():
    text = (
        "A boy was shot on Tuesday.\n\n"
        '"I just shot my friend," the 15-year-old friend told dispatchers.\n\n'
        '"We miss him," a long-time neighbour said.'
    )
    assert speaker_of(text, "shot my friend") == "the 15-year-old friend"
    assert speaker_of(text, "We miss him") == "a long-time neighbour"


def test_cries_and_orders_report_speech_right_after_a_quotation():
    text = (
        'A boy was shot.\n\n"Hands! Let me see your hands!" an officer ordered.\n\n'
        '"This hurts so bad," his mother cried.'
    )
    assert speaker_of(text, "see your hands") == "an officer"
    assert speaker_of(text, "hurts so bad") == "his mother"


def test_a_street_named_after_on_is_no_ones_pronoun():
    text = (
        "On Meritas Drive, the victim Cody Riley was shot at 7 p.m.\n\n"
        "A neighbor on Meritas Drive, who asked not to be named, said she heard the "
        'shots. "I was in the back of my house," she said.'
    )
    assert quote_with(text, "back of my house").speaker != "Meritas Drive"


def test_the_owner_of_a_message_before_a_colon_speaks():
    text = (
        "Tom Arkwright leads the council.\n\n"
        "16:30 — Arkwright's message to residents this afternoon was blunt: "
        '"Please do not go down to the seafront."\n\n'
        'The mayor\'s final warning was simple: "Stay home."\n\n'
        'Lind\'s plan was simple: "Build it."'
    )
    assert speaker_of(text, "seafront") == "Tom Arkwright"
    assert speaker_of(text, "Stay home") == "The mayor"
    assert speaker_of(text, "Build it") != "Lind"  # a plan is no one's words


def test_a_title_after_a_gerund_is_no_quote():
    text = (
        'Reviewing "Night Ferry" on its release, Hal Gedye of Melody Weekly wrote that it '
        'sounded "like someone thinking aloud at three in the morning".'
    )
    quoted = [q.text for q in extract_quotes(text) if q.type != "indirect"]
    assert quoted == ['it sounded "like someone thinking aloud at three in the morning"']


def test_a_question_pressed_by_a_lawyer_is_the_lawyers():
    text = (
        "Defence lawyer Paul Keddy cross-examined Colette Brassard.\n\n"
        '"I had finished texting her," she replied.\n\n'
        '"How many seconds before the crash?" Keddy pressed.\n\n'
        '"A few," she said.'
    )
    assert speaker_of(text, "How many seconds") == "Paul Keddy"
    assert speaker_of(text, "A few") == "Colette Brassard"


def test_a_number_with_a_thousands_comma_does_not_cut_a_relative_clause():
    text = (
        "A spokesman for the union, which represents about 1,400 workers at the "
        'factory, said staff were "worried sick" about cuts.'
    )
    assert speaker_of(text, "worried sick") == "A spokesman for the union"


def test_a_show_told_or_named_on_a_channel_is_no_quote():
    text = (
        '"Of course he is fair game. He is a former president," Ana Ruiz told '
        '"Morning Harbour Live," reminding the hosts of the last campaign.\n\n'
        'Sunday on the Harbour News channel\'s "Sunday Morning Review," Rep. Tom Lind '
        'said the mayor\'s "judgment" is in question.'
    )
    quoted = [q.text for q in extract_quotes(text) if q.type != "indirect"]
    assert quoted == [
        "Of course he is fair game. He is a former president",
        'the mayor\'s "judgment" is in question',
    ]


def test_a_live_blog_time_stamp_opens_no_subject():
    text = (
        "2.05am — Harriet Colby, the Civic Alliance candidate, has conceded. "
        '"It is a coin toss," she said.\n\n'
        "2.10am — Asked about Colby's remark that the result was a coin toss, Adeyemi "
        'smiled. "Then I called it right," he said.\n\n'
        "1.20am — Colby's agent, Dominic Reece, has asked for a bundle check. "
        '"We just want to be sure," he told the Post.\n\n'
        "Samuel Adeyemi won the count. Returning officer Graham Ives read the result."
    )
    assert speaker_of(text, "called it right") == "Samuel Adeyemi"
    assert speaker_of(text, "want to be sure") == "Dominic Reece"


def test_the_name_a_cleft_sentence_puts_first_is_its_subject():
    text = (
        'Sol Brandvold said she was kind. "She was kind," Brandvold said.\n\n'
        "Dele Marchbank, who toured with the band, played saxophone.\n\n"
        "It was Marchbank who was on stage in 1977 when a power cut hit. "
        '"The lights went out," he recalled.'
    )
    assert speaker_of(text, "The lights went out") == "Dele Marchbank"


def test_words_a_scarf_says_are_nobodys_quote():
    text = (
        "Ashby supporter Marlene Hoch, 74, is wearing a hand-knitted scarf that says "
        '"Ashby for Bellhaven." "I have known Ken for years," Hoch said.'
    )
    assert [q.text for q in extract_quotes(text) if q.type != "indirect"] == [
        "I have known Ken for years"
    ]


def test_a_bare_surname_is_not_a_name_written_only_as_a_possessive():
    text = (
        "It happened inside victim Matthew Fluty's home on Ceylon Road.\n\n"
        "Fluty's grandmother, Carleen Fluty, said she heard the dispatch on a scanner.\n\n"
        '"I said, oh my God, that is my grandson," Fluty said.'
    )
    assert speaker_of(text, "my grandson") == "Carleen Fluty"


def test_a_common_word_before_a_surname_is_no_first_name():
    text = (
        '"You have got to help them help us," Ronald Williams said.\n\n'
        "Help Williams says would not be needed if the community focused on the "
        'positive "more than it does now".'
    )
    assert speaker_of(text, "more than it does now") == "Ronald Williams"


def test_the_words_before_a_name_describe_it_only_from_its_own_sentence():
    text = (
        "A man is charged in a shooting that injured a special agent in Minnesota Monday.\n\n"
        "Carstie Lee Caulsen, 71, has been charged with attempted murder.\n\n"
        "The injured special agent said the area Caulsen described was consistent with "
        "where he believed the shots were fired from, the complaint states."
    )
    assert speaker_of(text, "the area Caulsen described") == "The injured special agent"


def test_a_quotation_reopened_after_a_lost_opening_mark_is_not_joined_to_an_older_one():
    text = (
        '"We do not know what will happen to its neutrality," Rick Sturm told the paper.\n\n'
        "Overall, my take is that the deal sounds great in theory.\n\n"
        'That would take a long time and a lot of money," Sturm said.\n\n'
        '"On the other hand, it makes no sense to help a competitor with fees.\n\n'
        'That is just one small point."'
    )
    first = quote_with(text, "neutrality")
    assert "other hand" not in first.text


def test_a_surname_said_of_her_son_is_the_mother_and_stays_hers():
    text = (
        '"I am sorry," was the apology given by Antonio Leak, according to testimony '
        "given Wednesday by Pontiac resident Claressa Leak during a hearing.\n\n"
        "Leak said the whole incident started when her son bumped into a woman.\n\n"
        "When the man saw his friend on the ground, he pulled up his shirt, Leak said."
    )
    assert speaker_of(text, "whole incident started") == "Claressa Leak"
    assert speaker_of(text, "pulled up his shirt") == "Claressa Leak"


def test_a_verbless_lead_in_before_a_colon_is_no_report():
    text = (
        '"She was the girl next door," Yeager said.\n\n'
        "One big difference between Page and most neighbors, said Yeager:\n\n"
        '"She felt more comfortable in the nude than in clothes."'
    )
    quotes = [q.text for q in extract_quotes(text)]
    assert "One big difference between Page and most neighbors" not in quotes
    assert speaker_of(text, "more comfortable in the nude") == "Yeager"


def test_an_apartment_number_does_not_end_a_report():
    text = (
        "Michael Lee Dennis, 36, of 201 Neel Street, Apt. 8, Bluefield, has been charged "
        "with malicious wounding, police said."
    )
    assert "Bluefield, has been charged" in quote_with(text, "Neel Street").text


def test_a_report_ends_at_an_aside_that_repeats_its_attribution():
    text = (
        "Chief Inspector Carl Holmes said police were working to identify the shooters - "
        "one of whom used an AK-47, he said - and police announced a $10,000 reward."
    )
    assert quote_with(text, "identify the shooters").text.endswith("used an AK-47")
    text = "Holmes said the men fled in a car, he said, and that police were looking for them."
    assert quote_with(text, "fled in a car").text.endswith("looking for them")


def test_a_report_ends_before_a_relative_clause_with_a_source_of_its_own():
    text = (
        "Deborah Allen said she called her son, Joseph Allen, whom police say was one of "
        "the gunmen in the shooting."
    )
    assert quote_with(text, "called her son").text == "she called her son, Joseph Allen"
    text = "Ana Ruiz said she called her brother, who was at work."
    assert quote_with(text, "called her brother").text.endswith("who was at work")


def test_a_relative_clause_the_speaker_attributes_to_himself_stays_his():
    text = (
        "Johnny Hutchinson said one of the victims was his nephew, who he said had been "
        "shot once in the past."
    )
    assert quote_with(text, "his nephew").text.endswith("shot once in the past")


def test_a_perfect_tense_participle_before_a_colon_credits_its_own_subject():
    text = (
        "Councillor Ruth Abara then read from a planning memo in which a senior engineer "
        'had written: "The bridge will not survive another winter."'
    )
    assert speaker_of(text, "The bridge will not survive") == "a senior engineer"


def test_a_participle_that_describes_a_document_is_no_cue():
    text = 'In a letter written in 1990, Ruth Abara said: "The bridge will not survive."'
    assert speaker_of(text, "The bridge will not survive") == "Ruth Abara"


def test_a_hyphenated_description_after_an_inverted_cue_leads_to_the_name():
    text = '"I came here for the course," said second-year student Tariq Mansour, 20.'
    assert speaker_of(text, "I came here for the course") == "Tariq Mansour"


def test_a_quotation_cut_off_then_began_is_its_speakers():
    text = (
        '"I have read the plan," Ines Harlow said.\n\n'
        '"Then read it again, because page twelve—" Tomas Wrede began, before the host '
        "stepped in."
    )
    assert speaker_of(text, "Then read it again") == "Tomas Wrede"


def test_a_name_after_was_in_a_fronted_phrase_is_the_next_pronouns_subject():
    text = (
        'Tomas Wrede, a fund manager, disagreed. "It is cheap," Wrede said.\n\n'
        "Among the first buyers was Kofi Mensah, a cocoa farmer who bought 500 shares. "
        '"Now I own a piece of the factory," he said.'
    )
    assert speaker_of(text, "Now I own a piece") == "Kofi Mensah"


def test_a_verb_with_a_preposition_ends_a_description_before_a_colon():
    text = (
        "Forty writers signed the open letter to the council.\n\n"
        'The letter ends with a direct appeal to councillors: "Walk into one of these '
        'buildings on a wet afternoon."'
    )
    assert speaker_of(text, "Walk into one of these buildings") == "The letter"


def test_a_noun_before_a_preposition_stays_in_the_description():
    text = 'The police officers at the scene said: "Nobody was hurt."'
    assert speaker_of(text, "Nobody was hurt") == "The police officers at the scene"


def test_a_title_before_its_makers_noun_and_name_is_nobodys_quote():
    text = (
        '"Harbour Lights" author Mirela Vance confirmed the sequel on her website on '
        'Saturday. "The Long Tide" creator Owen Marsh said the series would end.'
    )
    assert [q.text for q in extract_quotes(text) if q.type == "direct"] == []


def test_a_quotation_closed_by_a_comma_before_a_role_and_a_name_is_speech():
    text = '"We won it for the town," coach Ana Lind said.'
    assert speaker_of(text, "We won it for the town") == "Ana Lind"


def test_a_clause_set_off_by_commas_before_that_is_not_the_report():
    text = (
        "Tomas Wrede said in 2009, when he was named harbour master, that the quay "
        "would need rebuilding within ten years."
    )
    quote = quote_with(text, "the quay would need rebuilding")
    assert quote.text.startswith("the quay") and quote.speaker == "Tomas Wrede"


def test_a_state_after_a_town_stays_in_the_source_of_according_to():
    text = (
        "According to Chief Ana Lind of the Millbrook, Ohio Police, the fire started "
        "in a kitchen on the second floor."
    )
    quote = quote_with(text, "the fire started")
    assert quote.text.startswith("the fire started")


def test_a_report_in_an_opening_phrase_ends_where_the_sentence_begins():
    text = (
        'In a fire that Chief Ana Lind says "should never have happened," two families '
        "lost their homes on Harbour Street."
    )
    quote = quote_with(text, "should never have happened")
    assert "two families" not in quote.text and quote.speaker == "Ana Lind"


def test_a_dated_document_before_which_is_its_relative_clauses_subject():
    text = (
        "The risk was set out in a council report from June 2021, which stated: "
        '"The sea wall will fail in a storm of this size."'
    )
    assert speaker_of(text, "The sea wall will fail") == "a council report"


def test_a_report_in_a_relative_clause_ends_with_the_clause():
    text = 'Ana Lind, who Tom Park said was "the best mayor we ever had," died on Sunday.'
    quote = quote_with(text, "the best mayor we ever had")
    assert "died" not in quote.text and quote.speaker == "Tom Park"


def test_a_word_spoken_of_as_a_word_quotes_no_one():
    text = 'Asked whether the word "theft" was fair, the mayor said: "It is the right word."'
    quotes = extract_quotes(text)
    assert all(q.type != "mixed" for q in quotes)
    assert [q.speaker for q in quotes if q.text == "It is the right word."] == ["the mayor"]
    text = 'Ilse Brandt said the hard part was deciding what each keeper meant by "frozen".'
    assert all(q.type != "mixed" for q in extract_quotes(text))
    # a quoted fragment beside the term still quotes its speaker
    text = 'Ilse Brandt said the term "ice day" was "a keeper\'s word, not a scientist\'s".'
    assert [(q.type, q.speaker) for q in extract_quotes(text)] == [("mixed", "Ilse Brandt")]


def test_a_sentence_right_after_an_uncued_quotation_that_names_its_sender():
    text = (
        '"Boat on the rocks at Gull Point. Called the coastguard."\n\n'
        "That message, sent by the skipper Owen Tarrant to his brother at dawn, was read "
        "to the inquest on Monday."
    )
    assert speaker_of(text, "Boat on the rocks") == "Owen Tarrant"
    text = (
        'The bell rings at six.\n\n"If the dam breaks, we have twenty minutes."\n\n'
        "Marta Quispe Huamán says this the way other people give directions."
    )
    assert speaker_of(text, "If the dam breaks") == "Marta Quispe Huamán"
    text = (
        'The mill closed.\n\n"Every week for thirty years I have told this town what it '
        "made.\"\n\nSo began the last column by the Gazette's editor, Ines Valko, 61, who "
        "joined the paper at 19."
    )
    assert speaker_of(text, "Every week for thirty years") == "Ines Valko"
    # "said it was" reports a clause of its own: no speaker for the line before
    text = '"We close at noon."\n\nAna Ruiz said it was time to go home.'
    assert speaker_of(text, "We close at noon") is None


def test_a_document_that_speaks_carries_its_writers_words():
    text = (
        "The archive holds the keepers' logbooks. One entry, written by a keeper named "
        'Anders Holm in April 1902, reads in full: "Ice gone. Boats out."'
    )
    assert speaker_of(text, "Ice gone") == "Anders Holm"
    text = 'The letter, signed by Mara Lind, said: "We will not move."'
    assert speaker_of(text, "We will not move") == "Mara Lind"
    # signed by many: the document stays the source
    text = 'The letter, signed by 40 residents, said: "We will not move."'
    assert speaker_of(text, "We will not move") == "The letter"


def test_an_opening_phrase_of_place_is_no_subject():
    text = (
        '"The orchard sets the calendar," Ander Loiola says.\n\n'
        '"I keep the books," says Itziar Mendi, who runs the cellar.\n\n'
        "Near midnight, Loiola knocks the peg back into the barrel.\n\n"
        '"Next year will be better. I say that every year," he says.'
    )
    assert speaker_of(text, "Next year will be better") == "Ander Loiola"


def test_a_reviews_character_named_once_with_its_actor_speaks_its_lines():
    # the characters go by one name each, their actors in brackets: "she" and "he"
    # are the characters, not the director nor the actor named in the aside
    text = (
        "Review: a slow comedy about a bakery\n\n"
        "Ilse Vandermeer's third film follows one family over a long weekend.\n\n"
        "At its heart is Oriel, the grandmother, played with relish by the stage "
        'veteran Margit Hollis. Oriel has run the shop for fifty years. "Flour is '
        'cheaper than therapy," she tells her grandson in the first scene.\n\n'
        "Tavish (Corran Delamere), a banker, has come to sell the shop. He is not "
        'cruel, only tired. "The oven is older than the building," he says.'
    )
    assert speaker_of(text, "cheaper than therapy") == "Oriel"
    assert speaker_of(text, "older than the building") == "Tavish"


def test_a_name_in_brackets_after_a_place_is_no_character():
    text = (
        "Georgia (the country) and Armenia signed the deal. Nadia Orbeli, the envoy, "
        'was pleased. "It took nine years," she said.'
    )
    assert speaker_of(text, "nine years") == "Nadia Orbeli"


def test_a_party_or_film_with_a_name_in_brackets_is_no_character():
    text = (
        "Polls closed at 8 p.m. Fidesz (Viktor Orban) won 52 per cent of the vote. "
        '"The people have spoken," he said.'
    )
    assert speaker_of(text, "people have spoken") == "Viktor Orban"
