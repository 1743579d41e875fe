"""A CMS account's login name is no byline; two sites sharing menu entries and one
stock sentence are two outlets, so a crosshead two of each site's stories print stays;
a person's full name between commas after a description that opens the sentence
speaks; "her lawyer" is not a man's lawyer; the sentence after an uncued quotation
that says who gave those words names its speaker. Text and markup of our own."""

from __future__ import annotations

from digest.extract import furniture
from digest.extract.html import below_headline, extract_html
from digest.quotes import extract_quotes
from tests.test_layout_cells_and_boxes import FEATURE


def _drupal_page(account: str, byline: str, body: str = "") -> str:
    """A county weekly's node: "Submitted by" the CMS user, then the byline field and
    the body field (`body`, else the feature's paragraphs)."""
    return (
        "<html><head><title>Bridge works to close quay road | Lisheen Courier</title>"
        "</head><body><div id='content'><h1 class='title' id='page-title'>Bridge works"
        " to close quay road for a month</h1><div class='node node-article'>"
        "<div class='meta submitted'><span property='dc:date dc:created'"
        " content='2012-05-02T10:15:00+01:00'>Submitted by <span class='username'"
        f" property='foaf:name'>{account}</span> on Wed, 02/05/2012 - 10:15</span></div>"
        "<div class='content'><div class='field field-name-field-byline'>"
        f"<div class='field-items'><div class='field-item even'>{byline}</div></div></div>"
        "<div class='field field-name-body'><div class='field-items'>"
        "<div class='field-item even' property='content:encoded'>"
        + (body or "".join(f"<p>{p}</p>" for p in FEATURE))
        + "</div></div></div></div></div></div></body></html>"
    )


def test_a_cms_accounts_login_name_is_no_byline() -> None:
    """trafilatura gives "lisheen_newsdesk" as "Lisheen Newsdesk"; the page shows the
    handle only, and "By Nora Keegan" is the byline."""
    found = extract_html(_drupal_page("lisheen_newsdesk", "By Nora Keegan"))
    assert found is not None
    assert found.authors == ("Nora Keegan",)
    nobody = extract_html(_drupal_page("lisheen_web", ""))
    assert nobody is not None
    assert not nobody.authors


def test_a_name_the_page_shows_as_written_stays_the_author() -> None:
    found = extract_html(_drupal_page("Nora Keegan", ""))
    assert found is not None
    assert found.authors == ("Nora Keegan",)


_MENU = ["Cidades", "Política", "Economia", "Esportes", "Opinião", "Leia também", "Mais lidas"]
_STOCK = "Seja o primeiro a comentar esta notícia."
_CROSSHEAD = "Próximos passos"


def _site_page(site: str, story: int, crosshead: bool) -> str:
    """A page of one of two regional dailies: the menu both print, the site's own
    masthead and footer, a story of its own, and a crosshead two of its four stories
    print."""
    own = [
        f"Diário de {site}",
        f"Guia de Compras de {site}",
        f"Classificados do Diário de {site}",
        f"Rua das Palmeiras 100 - Centro - {site} - CEP 39000-000",
        f"© 2010 Diário de {site} Ltda - Todos os direitos reservados",
    ]
    body = [
        f"A reportagem número {story} do {site} fala de um assunto da cidade e de seus"
        f" moradores, que pediram à prefeitura obras no bairro {story}.",
        f"Segundo a secretaria, o projeto {story} será votado na câmara em breve e as obras"
        " devem começar no próximo semestre, se houver verba.",
    ]
    if crosshead:
        body.insert(1, _CROSSHEAD)
    return "\n".join([*_MENU, own[0], *body, _STOCK, *own[1:]]) + "\n"


def test_two_sites_sharing_menu_entries_and_a_stock_sentence_are_two_outlets() -> None:
    """Each site prints the crosshead on two of its four pages; taken for one outlet of
    eight pages, it was on four, and the pages lost it as the outlet's furniture."""
    pages = [
        _site_page(site, n, crosshead=n < 2) for site in ("Itaruna", "Serra Alta") for n in range(4)
    ]
    profiles = [furniture.profile(page, page=True) for page in pages]
    counts = furniture.Counter(k for p in profiles for k in p.keys)
    groups = furniture.group_outlets(profiles, counts)
    assert len(set(groups[:4])) == 1 and len(set(groups[4:])) == 1
    assert groups[0] != groups[4]
    learned = furniture.learn(profiles)
    crosshead = furniture.page_line_key(furniture.line_key(_CROSSHEAD))
    stock = furniture.page_line_key(furniture.line_key(_STOCK))
    assert crosshead not in learned[0].furniture
    assert stock in learned[0].furniture


def names(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_full_name_after_a_description_opening_the_sentence_speaks() -> None:
    text = (
        "The chief executive of the Conseil régional des Basses-Rives, Martine Gagnon,"
        ' told reporters that the plant had lost "close to half its orders" this year.\n\n'
        "The local MNA, Luc Rivard, wrote in a letter to the minister that the closure"
        ' would be "a hard blow to the valley".\n\n'
        "The board's director of finance, audit and building services, Agnes Wallace,"
        ' told the meeting that the roof was "leaking in three places".\n\n'
        "Lakeside's deputy mayor in charge of roads and drainage, Pierre-Yves Mbala, said"
        ' the town had asked the province for engineers "before the thaw".\n\n'
        "The society's coordinator in Katima Mulilo, Ruth Mwiya, said:\n\n"
        '"We have tents for another hundred families. After that, plastic sheets."'
    )
    assert names(text) == [
        "Martine Gagnon",
        "Luc Rivard",
        "Agnes Wallace",
        "Pierre-Yves Mbala",
        "Ruth Mwiya",
    ]


def test_a_clause_before_a_name_between_commas_keeps_its_subject() -> None:
    text = (
        "The council said the mayor, Paul Rivard, would not attend the opening, and"
        ' called the plan "a waste of a summer".'
    )
    assert names(text) == ["The council"]


def test_her_lawyer_is_not_the_lawyer_of_a_man() -> None:
    text = (
        "The accused are the former chairman, Gideon Wakaba, and the former manager,"
        " Joy Ngeno.\n\n"
        "Outside the court, Wakaba's lawyer, Denis Omondi, told reporters that his client"
        ' "never signed a cheque".\n\n'
        "Ngeno is expected to testify next week. Her lawyer said in a statement that she"
        ' "will tell the court everything".'
    )
    assert names(text) == ["Denis Omondi", "Her lawyer"]


def test_the_sentence_naming_who_gave_an_uncued_quotation_names_its_speaker() -> None:
    """The quotation with no cue is not more of the herder's words: the next sentence
    says the vet gave them."""
    text = (
        '"We shared the hay by family, not by herd," Tumur said.\n\n'
        '"The animals alive now are too weak to calve in spring. The real losses come'
        ' in May."\n\n'
        "The district's only vet, Delgeriin Saraa, gave that warning on Monday as she"
        " treated a herd of goats."
    )
    assert names(text) == ["Tumur", "Delgeriin Saraa"]


def test_a_cell_holding_the_headline_run_into_its_deck_heads_the_article() -> None:
    """A table layout's article cell gives its section's label, kicker, and the <h1> and
    the deck under it in one cell, as rows over the text."""
    headline = "The station clock will run again"
    deck = "Built in 1911, the station reopens in October as a railway museum"
    paragraphs = ("| Cultura |", "| PATRIMÔNIO |", f"| {headline} {deck} |", *FEATURE)
    assert below_headline(paragraphs, headline, 3) == tuple(FEATURE)
    # a headline of a word or two is a label's length: no deck is read after it
    assert below_headline(("| Cultura Agenda do fim de semana |", *FEATURE), "Cultura", 1) == (
        "| Cultura Agenda do fim de semana |",
        *FEATURE,
    )


def test_subheadings_set_between_kept_paragraphs_are_put_back() -> None:
    """trafilatura leaves out an <h3> of a CMS's body field whose elements stand on lines
    of their own; the page sets it between two paragraphs kept."""
    body = "\n".join(
        [
            *(f"<p>{p}</p>" for p in FEATURE[:3]),
            "<h3>Shares at fifty each</h3>",
            *(f"<p>{p}</p>" for p in FEATURE[3:6]),
            "<h3>Run by volunteers</h3>",
            *(f"<p>{p}</p>" for p in FEATURE[6:]),
        ]
    )
    page = (
        "<html><head><title>A village buys its shop</title></head><body>"
        f"<div class='field-item even' property='content:encoded'>{body}</div></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.paragraphs == (
        *FEATURE[:3],
        "Shares at fifty each",
        *FEATURE[3:6],
        "Run by volunteers",
        *FEATURE[6:],
    )


def test_the_one_named_as_putting_the_questions_takes_turns_with_the_witness() -> None:
    """ "...," the witness said under questioning by NAME: the uncued question after it
    is NAME's, not more of the witness's statement, and the two take turns."""
    text = (
        '"We stopped the diggers at two o\'clock, as soon as the warning reached my phone,"'
        " Raud said under questioning by the prosecutor, Maris Kask.\n\n"
        '"The warning went out at eleven. Where was your phone for three hours?"\n\n'
        '"In the office. I was out on the bog."\n\n'
        '"So for three hours nobody at the company knew?"\n\n'
        '"The foreman knew. He was told to watch the wind."'
    )
    assert names(text) == ["Raud", "Maris Kask", "Raud", "Maris Kask", "Raud"]


def _blog_entry(site: str, heading: str) -> str:
    """A community blog's entry: its <title> the blog's name, the entry's headline in an
    <h3> over a stamp, no <h1>."""
    return (
        f"<html><head><title>{site}</title></head><body><div id='banner'>{site}</div>"
        "<p class='tagline'>News and notes from the lantern makers of the valley</p><ul>"
        + "".join(
            f"<li><a href='/{item.lower()}'>{item}</a></li>"
            for item in (
                *("Home", "Archive", "Events", "Workshops", "Gallery", "Contact"),
                *("Lanterns", "Makers", "Festival", "Links", "Members", "Join"),
            )
        )
        + "</ul>"
        f"<div class='entry'><h3 class='entry-header'>{heading}</h3>"
        "<p class='date'>Posted on March 3, 2011</p>"
        + "".join(f"<p>{p}</p>" for p in FEATURE)
        + "</div></body></html>"
    )


def test_a_title_naming_the_site_alone_leaves_the_heading_over_the_article() -> None:
    found = extract_html(
        _blog_entry("Lanternfall Central", "The village shop closes after a century")
    )
    assert found is not None
    assert found.title == "The village shop closes after a century"


def test_a_sentence_set_in_bold_over_the_article_is_no_headline() -> None:
    """A heading that ends like a sentence is a deck or a lead, not a headline: the
    <title> stays."""
    found = extract_html(
        _blog_entry("Lanternfall Central", "The village shop closes after almost a century.")
    )
    assert found is not None
    assert found.title == "Lanternfall Central"


# Faults an independent review found in the rules above, each mended.


def test_a_name_in_an_aside_after_the_subject_is_not_the_speaker() -> None:
    text = (
        "The treasurer, in a note to the club's head of grounds, bar and catering, Ruth"
        ' Allen, wrote that the accounts were "beyond repair".'
    )
    assert "Ruth Allen" not in names(text)


def test_her_lawyer_may_be_the_lawyer_of_a_woman_sharing_a_mans_surname() -> None:
    text = (
        "Tom Hill and his wife, Mary Hill, are both charged with fraud.\n\n"
        "Mary Hill's lawyer, Ann Roy, told the court her client had"
        ' "signed what she was given".\n\n'
        'Her lawyer said later that the case against her was "built on sand".'
    )
    assert names(text) == ["Ann Roy", "Ann Roy"]


def test_a_lawyer_named_beside_a_mans_name_may_still_be_her_lawyer() -> None:
    text = (
        "Joy Ngeno is represented by the lawyer Ann Roy, who also defended Gideon Wakaba"
        " in an earlier case.\n\n"
        'Her lawyer said Ngeno would "clear her name" at the trial.'
    )
    assert names(text) == ["Ann Roy"]


def test_a_statement_issued_before_a_colon_names_the_words_after_it() -> None:
    """ "...issued this statement on Friday:" points to the quotation below, not to the
    uncued one above, which goes on with its speaker's words."""
    text = (
        '"We will fight this in court," said Maria Lopez, the union\'s lawyer.\n\n'
        '"Nobody signs away their pension by accident."\n\n'
        "The company's chief executive, Daniel Brandt, issued this statement on Friday:\n\n"
        '"We have always honoured our obligations to former staff."'
    )
    credited = [(q.speaker, q.text) for q in extract_quotes(text)]
    assert not any(
        speaker == "Daniel Brandt" and "pension" in quoted for speaker, quoted in credited
    )


def test_the_same_remarks_made_by_someone_else_another_time_are_not_theirs() -> None:
    text = (
        '"We will not close the village school," Tom Reed said.\n\n'
        '"The children deserve better than a bus at seven in the morning."\n\n'
        "His predecessor, Ann Hale, made those same comments in 2015, before the school"
        " lost its third teacher."
    )
    assert names(text) == ["Tom Reed"]


def test_only_the_one_named_as_asking_puts_the_questions() -> None:
    questioned_by_police = (
        '"I never touched her," Tom Hart told reporters after he was questioned by police'
        " over the death of his neighbour, Ann Cole.\n\n"
        '"Why would I hurt someone I had known for twenty years?"'
    )
    assert "Ann Cole" not in names(questioned_by_police)
    beside_reporters = (
        '"We will rebuild every house on this street," Mayor Tom Reed said, answering'
        " questions from reporters alongside Fire Chief Ann Cole.\n\n"
        '"Will it be quick? No."'
    )
    assert "Ann Cole" not in names(beside_reporters)


def test_a_witness_asking_a_question_of_their_own_keeps_the_turn() -> None:
    text = (
        '"I signed the papers because my manager told me to," Joy Ngeno said under'
        " questioning by her lawyer, Ann Roy.\n\n"
        '"I did not read them. I trusted him completely. Why would I have doubted him?"'
    )
    assert names(text) == ["Joy Ngeno", "Joy Ngeno"]


def test_a_name_in_an_email_address_or_a_web_address_is_no_account_handle() -> None:
    page = (
        "<html><head><title>Quay road to close</title><meta name='author'"
        " content='Nora Keegan'></head><body><h1>Bridge works to close quay road for a"
        " month</h1>"
        + "".join(f"<p>{p}</p>" for p in FEATURE)
        + "<p>Email the newsroom: nora.keegan@lisheencourier.ie or see"
        " /author/nora-keegan</p></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.authors == ("Nora Keegan",)


def test_sections_of_one_site_with_their_own_submenus_are_one_outlet() -> None:
    """A menu and the site's address in the footer, shared; each section's submenu its
    own: one outlet still (an address is the site's own, a notice any site prints)."""
    menu = ["Home", "News", "Sport", "Opinion", "Community", "Obituaries", "Contact us"]
    submenus = {
        "News": ["Local", "Courts", "Politics", "Farming"],
        "Sport": ["Football", "Hurling", "Rugby", "Athletics"],
    }
    footer = ["The Lisheen Courier, 4 Main Street, Lisheen, County Clare", "© 2012"]

    def page(section: str, n: int) -> str:
        story = [
            f"Report {n} of the {section.lower()} desk tells of a day in the parish and of"
            f" the people who were there, story number {n}.",
            f"A second paragraph of report {n} gives the organisers' words and what comes"
            " next week in the town.",
        ]
        return "\n".join([*menu, *submenus[section], *story, *footer]) + "\n"

    pages = [page(section, n) for section in ("News", "Sport") for n in range(3)]
    profiles = [furniture.profile(p, page=True) for p in pages]
    counts = furniture.Counter(k for p in profiles for k in p.keys)
    assert len(set(furniture.group_outlets(profiles, counts))) == 1


def test_a_lead_run_into_the_headline_stays() -> None:
    """A cell holding the headline and the article's first sentence: a lead, kept."""
    headline = "Fire destroys the village hall in Ballyroe"
    lead = "A fire destroyed the village hall late on Sunday, leaving the parish no place to meet."
    paragraphs = (f"| {headline} {lead} | Weather: showers |", *FEATURE)
    assert below_headline(paragraphs, headline, 1) == paragraphs


def test_hidden_headings_and_labels_every_site_prints_are_no_crossheads() -> None:
    for heading in (
        "<h3 style='display: none'>Our village shop</h3>",
        "<h3 class='visually-hidden'>Our village shop</h3>",
        "<h4>Story continues below advertisement</h4>",
        "<h3>Share this article</h3>",
    ):
        body = "\n".join(
            [
                *(f"<p>{p}</p>" for p in FEATURE[:3]),
                heading,
                *(f"<p>{p}</p>" for p in FEATURE[3:]),
            ]
        )
        page = (
            "<html><head><title>A village buys its shop</title></head><body>"
            f"<div class='field-item even'>{body}</div></body></html>"
        )
        found = extract_html(page)
        assert found is not None
        assert found.paragraphs == tuple(FEATURE), heading
