"""Who speaks when something is read, or when a long phrase stands between the speaker
and the verb: a thing "was read" is no speaker; a letter read to the court from its
writer, and a statement one person wrote and another read out, are the writer's; a
person described by a participle phrase ("A manager accused of ...") speaks, not the
phrase's object; a person named before "of the BODY, who ..., said" speaks, not the
body; Malay and Iban names hold "binti", "bint" and "anak", and a Malay honorific
("Datuk") is no part of them; "Le Roux" opening a sentence is "Johan le Roux"; "the
magistrate" is the one introduced so; "Her father, NAME" is a man whatever his first word
says; a group with no
determiner before a place or body ("Minority shareholders in X, the ..., said") speaks;
"confesses" cues a quotation; "The letter reads:" is of whoever wrote in the sentence before; "The skipper's mayday ... was short:" is the skipper's; "According to the Tea Growers'
Cooperative, which ... (a long clause), CONTENT" is the cooperative's. Invented texts."""

from __future__ import annotations

from digest.quotes import extract_quotes
from tests.quotes import speaker_of


def test_a_thing_that_was_read_is_no_speaker():
    text = (
        "Hendrik Malan, who wept as the sentence was read, turned to the public benches "
        'before he was led down: "I am sorry. I know it is worth nothing to you."'
    )
    assert speaker_of(text, "I am sorry") == "Hendrik Malan"
    # "read out" before the comma too
    text = (
        'As the result was read out, a cry of "Shame on you!" went up from the back of the '
        "chamber, and the chairman twice had to ask for quiet."
    )
    assert all(quote.speaker != "the result" for quote in extract_quotes(text))


def test_a_letter_read_to_the_court_is_its_writers():
    text = (
        "The prosecutor, Lwazi Mgijima, read the court a letter from Sannie Botha, 71, "
        "whose payments had gone missing after her husband died:\n\n"
        '"When my husband died I did not understand the cheques, so I asked him to '
        'look after them for me."'
    )
    assert speaker_of(text, "When my husband died") == "Sannie Botha"
    # words read with no writer named stay the reader's
    text = (
        "The prosecutor, Lwazi Mgijima, read the court the charge sheet:\n\n"
        '"Count one: theft of the sum of two million rand from the cooperative."'
    )
    assert speaker_of(text, "Count one") == "Lwazi Mgijima"
    # reading done before speaking ("Having read ...") is no reading out
    text = (
        'Having read a letter from Mira Holt, Ann Cole said: "This changes nothing for '
        'the families at all."'
    )
    assert speaker_of(text, "This changes nothing") == "Ann Cole"


def test_a_statement_one_wrote_and_another_read_is_the_writers():
    text = (
        "Leah's father, Francis Fernandes, who was too upset to speak, had written a "
        'statement that his son, Aaron, read outside the court: "Leah wanted to be a '
        'nurse because she liked looking after people."'
    )
    assert speaker_of(text, "Leah wanted") == "Francis Fernandes"
    text = (
        "Mira Holt wrote a letter which her lawyer read to the court: "
        '"I never meant to harm anyone in that house."'
    )
    assert speaker_of(text, "never meant") == "Mira Holt"
    # a statement the speaker wrote and reads herself: still hers
    text = 'Ann Cole read a statement she had written: "We regret the delay."'
    assert speaker_of(text, "We regret") == "Ann Cole"


def test_a_person_described_by_a_participle_phrase_speaks():
    text = (
        "A plantation manager accused of forging the signatures of three landowners to "
        'sell their durian orchards told the court that he had "never held a pen over '
        'those papers".'
    )
    assert speaker_of(text, "never held a pen") == "A plantation manager"
    # a naming participle gives the name, and a finite verb before a later clause's
    # subject is no participle phrase
    text = (
        '"For something like this to happen, it is tragic," a neighbour named Gary '
        "told the station."
    )
    assert speaker_of(text, "For something like") == "Gary"
    text = (
        "In June, the senator called on his party to drop Blake after the mogul claimed "
        'that a judge was "unfit to serve on the bench".'
    )
    assert speaker_of(text, "unfit to serve") != "the senator"


def test_a_person_of_a_body_before_who_speaks_not_the_body():
    text = (
        "Sergeant Dean Holloway of the county police, who led the investigation, said "
        'the boiler had been "leaking carbon monoxide into that flat for days".'
    )
    assert speaker_of(text, "leaking carbon") == "Dean Holloway"
    # a description of a body before "who" stays the description
    text = (
        "A neighbour of the family, who asked not to be named, said the boiler had "
        'been "leaking for days".'
    )
    assert speaker_of(text, "leaking for days") == "A neighbour of the family"


def test_malay_and_iban_names_hold_their_particles():
    text = (
        "Che Minah's granddaughter, Siti Khadijah binti Ismail, 34, who sat in the "
        "public gallery, said her grandmother had refused every offer.\n\n"
        '"She said the trees were older than the country," she said.'
    )
    assert speaker_of(text, "She said the trees") == "Siti Khadijah binti Ismail"
    text = (
        "His grandmother, Sendi anak Ujan, 91, was carried down the notched log.\n\n"
        '"The beads were my mother\'s. Now they are ash," Sendi anak Ujan said.'
    )
    assert speaker_of(text, "The beads") == "Sendi anak Ujan"
    # a Malay honorific before the name is no part of it
    text = (
        "Datuk Noraini binti Yusoff, the director who chairs the audit committee, told "
        'the meeting the purchases had been "reviewed line by line".'
    )
    assert speaker_of(text, "reviewed line by line") == "Noraini binti Yusoff"


def test_a_particle_capitalised_at_a_sentence_start_is_the_same_name():
    text = (
        "His attorney, Johan le Roux, asked for a suspended sentence. Le Roux told the "
        'court that his client had "lost everything, including his good name".'
    )
    assert speaker_of(text, "lost everything") == "Johan le Roux"


def test_the_role_a_magistrate_was_introduced_with_names_her_later():
    text = (
        "Passing sentence, Magistrate Annemarie du Plessis said the farmers had trusted "
        'him "with their cheque book".\n\n'
        "His attorney, Johan le Roux, asked for a suspended sentence. Le Roux told the "
        'court that his client had "lost everything".\n\n'
        "The magistrate rejected that argument. She said his remorse had come "
        '"only after the auditors arrived".'
    )
    assert speaker_of(text, "only after the auditors") == "Annemarie du Plessis"


def test_the_family_noun_before_a_name_gives_its_gender():
    # "Lin", a woman's first name in census lists, is the family name here
    text = (
        "Lin Yi-chen spoke first. Her father, Lin Chin-fu, 67, is deputy chairman of "
        "the committee. He sat down and told the council that the firecrackers were "
        '"the voice of the town, not noise".'
    )
    assert speaker_of(text, "the voice of the town") == "Lin Chin-fu"


def test_a_group_with_no_determiner_before_a_place_or_body_speaks():
    text = (
        "Minority shareholders in Seri Pelangi Gloves Bhd, the Malaysian glove maker, "
        'complained that the company was being run "like a family kitchen".'
    )
    assert speaker_of(text, "like a family kitchen") == "Minority shareholders"
    text = (
        "Farmers in the Ccollpa valley, in the southern highlands, say the frost "
        'had been "the worst in forty years".'
    )
    assert speaker_of(text, "the worst in forty years") == "Farmers"
    # a name opening the sentence before the place stays the speaker
    text = (
        "Ana Ruiz of Seri Pelangi Gloves Bhd, the Malaysian glove maker, said the "
        'company was being run "like a family kitchen".'
    )
    assert speaker_of(text, "like a family kitchen") == "Ana Ruiz"


def test_confessing_attributes_a_quotation_but_a_deed_confessed_is_no_report():
    text = (
        "The row comes with the second cup, when Tekle confesses that the house was "
        'sold "years ago, to pay for the school".'
    )
    assert speaker_of(text, "years ago, to pay") == "Tekle"
    # "confessed to shooting ..., a source told NBC": the source's report, as before
    text = (
        "Ron Pell confessed early on Sunday to shooting the dog in the yard, a police "
        "source told the station."
    )
    assert speaker_of(text, "to shooting the dog") == "a police source"


def test_a_persons_mayday_or_letter_before_a_colon_is_their_words():
    text = (
        "The trawler's skipper, Ruaridh MacInnes, 49, sent a mayday at three in the "
        "morning. The skipper's mayday, logged by the coastguard at 03:12, was short: "
        '"Taking water fast, six on board, going to the raft."'
    )
    assert speaker_of(text, "Taking water fast") == "Ruaridh MacInnes"
    text = 'The council\'s letter to residents was blunt: "The bins will not be collected."'
    assert speaker_of(text, "bins will not") == "The council"


def test_a_body_with_an_apostrophe_and_a_long_relative_clause_after_according_to():
    text = (
        "According to the Tea Growers' Cooperative, which counted about 30 landslides in "
        "tea villages in the province over the past five years, the spread of roads "
        'has made the hillsides "far less forgiving of heavy rain".'
    )
    assert speaker_of(text, "far less forgiving") == "the Tea Growers' Cooperative"


def test_an_uncued_answer_to_a_cued_question_is_not_the_askers():
    text = (
        '"I grow fruit. I do not know how to make a land title," Ahmad Faizal told the '
        "court.\n\n"
        "Under cross-examination, the prosecutor, Nurul Huda, showed him a transfer form.\n\n"
        '"Who pressed her thumb on to this form?" Nurul Huda asked.\n\n'
        '"I do not know. I was not there."\n\n'
        '"Many people in this district drive a grey car."'
    )
    assert speaker_of(text, "I was not there") == "Ahmad Faizal"
    # a speech going on over paragraphs after a statement stays its speaker's
    text = (
        '"We will rebuild the bridge," Ana Ruiz said.\n\n'
        '"It will take two years, and it will cost more than the old one," Ruiz added.\n\n'
        '"Nobody here will forget this winter."'
    )
    assert speaker_of(text, "Nobody here will forget") == "Ana Ruiz"


def test_where_those_rules_stop():
    """Sentences the rules above must leave to the speaker they had."""
    cases = [
        # a finite verb taking a clause is no participle phrase
        (
            'The officer reported the woman told him she was "scared for her life".',
            "scared for",
            "the woman",
        ),
        (
            'A spokesman confirmed the minister said the scheme was "under review".',
            "under review",
            "the minister",
        ),
        # a name the phrase gives speaks
        (
            'A man believed to be Tom Hill told the crowd the march was "only the beginning".',
            "only the beginning",
            "Tom Hill",
        ),
        # what was read before a colon still says whose words follow
        (
            'At the funeral, a poem written by her brother Tom Hill was read: "She was the sea and the sky."',
            "the sea and",
            "Tom Hill",
        ),
        (
            'Her final message to her sister was read aloud at the inquest: "I love you, do not worry."',
            "I love you",
            "Her final message to her sister",
        ),
        # reading done before the speaking
        (
            'Ann Cole, who read a letter from the council on Friday, said: "This is a betrayal of every family."',
            "a betrayal",
            "Ann Cole",
        ),
        # the reading's clause ends before another speaker's
        (
            'Mira Holt wrote a letter which was read to the court before the judge, Ann Cole, told her: "You have shown real courage."',
            "real courage",
            "Ann Cole",
        ),
        (
            'Ann Cole told the court that Mira Holt had written a statement which the clerk read aloud: "I still cannot sleep at night."',
            "cannot sleep",
            "Mira Holt",
        ),
        # a group after a comma is inside another's clause
        (
            'The minister, who visited villagers in Kampung Baru, said the water was "not safe to drink".',
            "not safe",
            "The minister",
        ),
        # name words that are honorifics elsewhere
        (
            'Abdi Haji Hassan, a camel herder, said the wells were "dry since March".',
            "dry since",
            "Abdi Haji Hassan",
        ),
        (
            'Tun Tun Oo, a farmer in Sagaing, said the rains were "later than ever".',
            "later than",
            "Tun Tun Oo",
        ),
        # a family noun before a name that opens a clause of its own
        (
            'The girl ran straight back to her father, Ann Cole told the inquiry. She said the child had been "terrified of the water".',
            "terrified",
            "Ann Cole",
        ),
        # a noun of messages inside a longer noun
        (
            'The minister\'s call centre staff were less polite: "We have been told to hang up on journalists."',
            "hang up",
            "The minister's call centre staff",
        ),
    ]
    for text, needle, speaker in cases:
        assert speaker_of(text, needle) == speaker, text


def test_a_message_read_out_is_of_whoever_the_relative_clause_says_sent_it():
    text = (
        "Under cross-examination by the prosecutor, Mirela Dobos, the landlord was "
        "shown a photograph of the crack.\n\n"
        "Dobos then read out the message that the tenant who took the photograph, "
        'Ilona Varga, had sent with it: "The wall is opening. Please come before the '
        'rains." Varga, 51, survived the collapse.'
    )
    assert speaker_of(text, "The wall is opening") == "Ilona Varga"


def test_a_quotation_that_is_the_cues_object_ends_before_the_speakers_next_act():
    found = extract_quotes(
        'As the landlord left, a woman in the gallery called out "Liar!" and was '
        "led from the courtroom by an usher."
    )
    assert [(q.text, q.speaker) for q in found] == [('"Liar!"', "a woman in the gallery")]
    found = extract_quotes('The minister shouted "Enough!" before walking out of the hall.')
    assert [q.text for q in found] == ['"Enough!"']
    # "and" before a noun phrase joins a second thing said: the clause runs on
    found = extract_quotes(
        'Tom Hale said "budget reforms" and the sale of two depots would pay for it.'
    )
    assert [q.text for q in found] == [
        '"budget reforms" and the sale of two depots would pay for it'
    ]


def test_what_follows_a_quotation_runs_on_unless_it_is_the_speakers_next_act():
    # a noun after "and", or a condition after "as" or "until", is part of what was said
    for text, content in {
        'Tom Hale said "rising costs" and staff shortages had forced the closure.': (
            '"rising costs" and staff shortages had forced the closure'
        ),
        'Ana Ruiz said "the economy will recover" as long as inflation stays low.': (
            '"the economy will recover" as long as inflation stays low'
        ),
        'Ana Ruiz warned "the road stays closed" until engineers have inspected it.': (
            '"the road stays closed" until engineers have inspected it'
        ),
    }.items():
        assert [q.text for q in extract_quotes(text)] == [content], text
    # a verb after "and", a pronoun or a gerund after "before", is the speaker's next act
    found = extract_quotes('A man shouted "Shame!" before he was led out of the hall.')
    assert [q.text for q in found] == ['"Shame!"']


def test_a_sending_verb_of_another_clause_names_no_writer():
    text = (
        "Ana Ruiz read out the letter that the council received after Tom Hale left "
        'office: "We expect a full apology."'
    )
    assert speaker_of(text, "full apology") == "Ana Ruiz"


def test_a_document_that_reads_is_of_whoever_wrote_it_just_before():
    text = (
        "Tomas Brandt, who chairs the allotment society, wrote to the council in March. "
        'The letter reads, in part: "We have grown vegetables on this ground for sixty '
        'years. We ask only for a tap that works."'
    )
    assert speaker_of(text, "We have grown vegetables") == "Tomas Brandt"
    # a document that "stated" or "said" stays a source of its own (the memo's words)
    memo = (
        "Rosa Tallis wrote to the board on Monday. Four hours later a campaign memo was "
        'released, and the memo stated: "We are confident of the count in every ward."'
    )
    assert speaker_of(memo, "We are confident") != "Rosa Tallis"
    # a writer in another paragraph is too far back
    apart = (
        "Tomas Brandt wrote to the council in March.\n\nThe hearing was on Friday. "
        'The letter reads: "We ask only for a tap that works."'
    )
    assert speaker_of(apart, "We ask only") != "Tomas Brandt"
    # nor one who wrote before someone else answered, nor a body's statement
    answered = (
        "Tomas Brandt wrote to the council in March. The council replied a week later. "
        'The letter reads: "We ask only for a tap that works."'
    )
    assert speaker_of(answered, "We ask only") != "Tomas Brandt"
    issued = (
        "Investor Carl Icahn wrote on Twitter that he had sold his stake. "
        'The statement reads: "We thank Mr Icahn for his support."'
    )
    assert speaker_of(issued, "We thank") != "Carl Icahn"
    # the full stops inside the quotation end no sentence
    after = (
        "Amina Sani wrote to the ministry last month. "
        '"We have had no water since May. Our children are sick," the letter reads.'
    )
    assert speaker_of(after, "We have had no water") == "Amina Sani"


def test_a_letter_read_out_from_someone_at_a_saints_place_is_the_writers():
    """The stop of "St." inside what is read out ends no sentence: the letter's writer,
    not its reader, speaks."""
    text = (
        "The member for Lowmoor, Aidan Roche, read out a letter he said had been sent to "
        "him by a midwife at St. Finbar's:\n\n"
        '"We wheel them in and we wheel them out, and nobody asks how long we stood in '
        'the corridor."'
    )
    assert speaker_of(text, "We wheel them") == "a midwife"
    # without the saint's stop, as before
    plain = text.replace("St. Finbar's", "Lowmoor General")
    assert speaker_of(plain, "We wheel them") == "a midwife"
    # a sentence that ends before the colon is not read out
    ended = (
        "Aidan Roche read out a letter from the porters. He then spoke for himself:\n\n"
        '"We wheel them in and we wheel them out."'
    )
    assert speaker_of(ended, "We wheel them") == "Aidan Roche"
