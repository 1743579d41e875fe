"""Older outlets' pages: an article set in a layout table's cell over a long run of
readers' comments is still found; a menu's one-word cells do not mark where the article
begins; a most-read box's teaser of the page's own story leaves the story its lead; a
list of the story's points, a promotion set between paragraphs and a contributor's
credit are no text; a list's short item one extractor drops comes back. Text and markup
of our own."""

from __future__ import annotations

from digest.extract import ensemble
from digest.extract import text_metadata as md
from digest.extract.boilerplate import is_furniture
from digest.extract.core import extract_documents
from digest.extract.html import extract_html
from tests.test_outlet_leads_and_dates import page_doc
from tests.test_outlet_pages import STORIES

# a long feature: enough words that the page's article is the cell's heart
FEATURE = [
    "The last shop in Vennhout closes its doors at the end of the month after almost a"
    " century in the same family, its owner said on Tuesday in the back room.",
    "She said the village had shrunk by a third since the school closed and that most"
    " families now drive to the supermarket in the market town on their way home.",
    "Her great-grandfather opened the shop in a front room of the family's house and"
    " sold coffee, soap and lamp oil to the crews of the peat barges on the canal.",
    "The village council has asked the province for help to open a small shop run by"
    " volunteers in the old school, but no decision is expected before the autumn.",
    "Older residents without a car say they will depend on their children or on the"
    " bus, which stops in the village four times a day and not at all on Sunday.",
    "Over the years the shop took on the post office's counter, a collection point for"
    " parcels and a dry cleaner's service, and for a time it lent out library books.",
    "None of her three children wants to take over, she said, and a buyer who looked at"
    " the business last winter decided the rent of the building was too high for it.",
    "The council's chairman said the volunteers had already found twelve people willing"
    " to work one morning a week and a wholesaler ready to deliver twice a week.",
    "The shop's last day will be a Saturday, and the family has invited the village to"
    " a farewell coffee in the afternoon, with the first account book on display.",
]
COMMENTS = [
    "I grew up two streets from the shop and bought my first bicycle bell there for a"
    " guilder, and nobody in the family ever let a child leave without a sweet.",
    "The council knew for years that this day would come and did nothing until the"
    " last moment, which is exactly how they handled the school closing as well.",
    "My mother still phones her order through every Thursday and they carry it to her"
    " door; who is going to do that for a woman of ninety-one after the summer?",
    "Volunteers are fine for a month or two, but running a shop six days a week is hard"
    " work and I doubt the rota will still be full by next winter's dark mornings.",
    "Why not ask the supermarket chain to put a delivery van through the villages on"
    " fixed days? In the north of the province that has worked well for years.",
    "We moved here from the city because of places like this shop. Without it the"
    " village is a row of houses along a canal and nothing more than that.",
    "Rent is the real problem here. The owner of the building should be ashamed of"
    " asking city prices for a corner shop in a village of seven hundred souls.",
    "Thank you for sixty years of credit when we had nothing, Gerrit's widow says, and"
    " she means it: the old account book must hold half the parish's debts.",
    "The bus does not run on Sundays and barely in the evenings, so for the elderly the"
    " shop was the only place within walking distance to buy fresh bread.",
    "Perhaps the province could lend the volunteers the money for fridges and shelves."
    " A few thousand euros now saves a lot of taxi trips for pensioners later.",
    "I will be at the farewell coffee on Saturday with my grandchildren, who should see"
    " what a village shop looked like before they are all gone for good.",
    "Strange that the article does not mention the post office counter closing first;"
    " that is when the number of customers really started to fall off, in 2004.",
]


def table_page() -> str:
    """A Dutch regional's page laid out with tables (its classes in Dutch, which no
    extractor's list of an article's names holds): the masthead's and the menu's rows,
    then a row of the article's cell (headline, byline, stamp, article, twelve
    comments) beside a cell of teasers written in sentences."""
    menu = "".join(
        f"<td class='menuitem'><a href='/{w.lower()}'>{w}</a></td>"
        for w in ("Home", "News", "Village", "Sport", "Out", "Weather", "Archive")
    )
    article = "".join(f"<p>{p}</p>" for p in FEATURE)
    comments = "".join(
        f"<div class='reactie'><div class='reactiekop'>{n + 1}. <b>Reader {n}</b>, Vennhout"
        f" | 15-05-10 - 09:{n + 10}</div><div class='reactietekst'><p>{c}</p></div></div>"
        for n, c in enumerate(COMMENTS)
    )
    side = (
        "<b>Most read</b><p>Snow closed the mountain road for the third time this winter,"
        " and the railway added trains. The road authority hopes to open one lane by noon."
        " Ploughs worked through the night.</p><p>Subscribe to the morning newsletter and"
        " read the day's news before breakfast. It is free for every reader.</p>"
    )
    return (
        "<html><head><title>Last shop closes - Vennhout - Courier</title></head><body>"
        "<table width='980'><tr><td><img src='/logo.gif' alt=''></td>"
        "<td>The daily of the peat villages</td><td>Saturday 22 May 2010</td></tr></table>"
        f"<table width='980' id='menu' bgcolor='#003d7a'><tr>{menu}</tr></table>"
        "<table width='980'><tr><td width='650' valign='top'>"
        "<div class='artikel'><h1>After 108 years the lights go out at the village shop</h1>"
        "<div class='auteur'>By Hanna Brouwer</div>"
        "<div class='datum'>Published on 15 May 2010 at 08:00</div>"
        f"<div class='tekst'>{article}</div></div>"
        f"<div class='reacties'><div class='reactieskop'>Comments (12)</div>{comments}"
        f"</div></td><td width='330' valign='top'>{side}</td></tr></table>"
        "<table width='980'><tr><td>Colophon | Contact | Advertise | Privacy</td></tr>"
        "</table></body></html>"
    )


def test_an_article_cell_over_many_comments_is_found() -> None:
    """The whole page end to end: the article's cell, with more words of comments under
    it, gives the article alone (no menu's cell, no headline, byline or stamp run
    together). (Here readability keeps the comments too, so the cell passes the vote
    either way; the rule for a cell only holding what another extractor found is
    pinned by the vote's own test below.)"""
    found = extract_html(table_page())
    assert found is not None
    assert list(found.paragraphs) == FEATURE
    assert found.authors == ("Hanna Brouwer",)


def test_a_cell_holding_the_article_others_find_is_kept_whole() -> None:
    """trafilatura gives the layout's row as one line of cells; the article's cell holds
    more words of comments than of the article, and the other extractors keep the
    article alone: the cell is theirs (to be cut at their blocks later), and the menu's
    word that the article's text holds too ("village") is not."""
    views = [ensemble.opinion(name, "\n\n".join(FEATURE)) for name in ("one", "two")]
    cell = " ".join(["After 108 years the lights go out", *FEATURE, *COMMENTS])
    side = "Most read: " + " ".join(STORIES[2])
    skeleton = ["| Home | News | Village | Sport |", f"| {cell} | {side} |"]
    assert list(ensemble.vote(skeleton, views)) == [cell]


def test_a_menus_one_word_cells_mark_no_article() -> None:
    """A word of the menu ("Out") stands in the article's text, but no extractor keeps it
    as a line of its own: it neither stays nor opens the stretch the article is kept in."""
    views = [ensemble.opinion(name, "\n\n".join(FEATURE)) for name in ("one", "two")]
    skeleton = [
        "| Home | News | Out | Weather |",
        "After 108 years the lights go out Hanna Brouwer Published 15-05-10",
        *FEATURE,
    ]
    assert list(ensemble.vote(skeleton, views)) == FEATURE


def own_story_page(address: str) -> str:
    """A story whose outlet's most-read box gives its lead word for word under a shorter
    headline, its link the story's own address."""
    box = (
        "<div id='most-read'><h2>Most Read</h2><ol>"
        f"<li><a href='{address}'>Ferry halves crossings</a><p>{STORIES[0][0]}</p></li>"
        "<li><a href='/news/road'>Mountain road shut again</a><p>Snow closed the mountain"
        " road for the third time this winter on Thursday morning.</p></li>"
        "<li><a href='/news/baths'>Old baths to close</a><p>The council voted to close"
        " the old swimming baths at the end of the summer.</p></li></ol></div>"
    )
    return (
        "<html><head><title>Ferry to run twice a day | Ostby Daily</title>"
        "<link rel='canonical' href='http://www.ostbydaily.example/news/ferry-twice-a-day'>"
        "</head><body><div class='main'><h1>Ferry to run twice a day while engine is"
        " repaired</h1><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in STORIES[0])
        + f"</div></div><div class='sidebar'>{box}</div></body></html>"
    )


def test_a_teaser_linking_to_the_page_itself_leaves_the_story_its_lead() -> None:
    found = extract_html(own_story_page("/news/ferry-twice-a-day/"))
    assert found is not None and list(found.paragraphs) == STORIES[0]
    # the same box on another story's page: the teaser's sentence is no text of it
    other = extract_html(own_story_page("/news/ferry-repairs"))
    assert other is not None and list(other.paragraphs) == STORIES[0][1:]


def test_a_list_of_the_storys_points_is_its_deck() -> None:
    html = (
        "<html><head><title>Dam at a low</title></head><body>"
        "<h1>Water level at the dam hits a 20-year low</h1>"
        "<div class='field field-name-field-summary'><div class='field-label'>In Summary"
        "</div><ul><li>The reservoir is four metres below the level the turbines need.</li>"
        "<li>The power company says it has no plans to ration electricity.</li></ul></div>"
        "<div class='byline'>By Grace Wanjiru</div><div class='field-name-body'>"
        + "".join(f"<p>{p}</p>" for p in STORIES[2])
        + "</div></body></html>"
    )
    found = extract_html(html)
    assert found is not None
    assert list(found.paragraphs) == STORIES[2]
    # each point is the deck's alone (however an extractor keeps the list, above or
    # below the byline), the article's paragraphs none
    page = ensemble.Page.parse(html)
    assert page.deck_only("- The power company says it has no plans to ration electricity.")
    assert not any(page.deck_only(p) for p in STORIES[2])


def test_a_promotion_between_paragraphs_is_no_text() -> None:
    promotion = (
        "Win a weekend for two at the hot pools. Enter our winter competition before"
        " August 5 for your chance to win."
    )
    html = (
        "<html><head><title>Baths to close</title></head><body><h1>Old baths to close</h1>"
        f"<div class='story'><p>{STORIES[1][0]}</p><p>{STORIES[1][1]}</p>"
        "<div class='inlinePromo'><span class='promoLabel'>Continue reading below</span>"
        f"<a href='/win'><img src='/promo.jpg' alt=''></a><p>{promotion}</p></div>"
        f"<p>{STORIES[1][2]}</p></div></body></html>"
    )
    found = extract_html(html)
    assert found is not None
    assert list(found.paragraphs) == STORIES[1]


def test_a_contributors_credit_is_furniture_and_two_authors_join_with_e() -> None:
    assert is_furniture("Colaborou Tiago Ferraz")
    assert is_furniture("Colaboraram Camila Leme e Rafael da Silva")
    assert is_furniture("Colaborou Érica Ferraz")
    assert is_furniture("Colaboró Óscar Peña")
    assert not is_furniture("Colaborou com a polícia o vizinho que viu o crime.")
    assert md.find_byline(["Por Rafael Tonini e Camila Bastos Leme, de CARAÚNA"])[0] == (
        "Rafael Tonini",
        "Camila Bastos Leme",
    )


def test_a_lists_short_item_one_extractor_dropped_comes_back() -> None:
    """Between two paragraphs trafilatura keeps, both other extractors keep a list;
    one dropped its short item with no sentence's end: the item comes back with the
    rest, in place. A sentence only one of them keeps does not."""
    before, after = STORIES[3][0], STORIES[3][1]
    items = ["parcels sent and collected", "stamps and registered letters", "copying"]
    full = "\n".join([before, *items, "Ask at the counter for details.", after])
    short = "\n".join([before, items[0], items[1], "Ask at the counter for details.", after])
    views = [ensemble.opinion("one", full), ensemble.opinion("two", short)]
    back = ensemble.restored([before, after], views, lambda line: True)
    assert list(back) == [before, *items, "Ask at the counter for details.", after]
    only_one = "\n".join([before, items[0], "Shop online for more.", items[1], after])
    views = [ensemble.opinion("one", only_one), ensemble.opinion("two", short)]
    back = ensemble.restored([before, after], views, lambda line: True)
    assert "Shop online for more." not in back


MENU = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Home", "News", "Sports", "Opinion"))


def outlet_page(n: int, story: list[str]) -> str:
    """A page of the Ostby Daily: the menu every site has, its own footer lines, and a
    sentence it prints after every story."""
    return (
        f"<html><head><title>Story {n} | Ostby Daily</title></head><body>"
        f"<ul class='menu'>{MENU}<li><a href='/contact'>Contact Us</a></li></ul>"
        f"<h1>Story number {n} of the day</h1><div class='story'>"
        + "".join(f"<p>{p}</p>" for p in story)
        + "<p>This story first ran in the printed edition of the Ostby Daily.</p></div>"
        "<div class='foot'><p>The Ostby Daily, 4 Quay Street, Ostby, since 1898</p>"
        "<p>Letters to the editor: letters at the Ostby Daily, Quay Street</p></div>"
        "</body></html>"
    )


def other_site_page(n: int) -> str:
    """A page of another site, one of many in the collection: the same short menu
    entries, a footer of its own."""
    body = " ".join(STORIES[n % len(STORIES)])
    return (
        f"<html><head><title>Post {n} | Site {n}</title></head><body>"
        f"<ul class='nav'>{MENU}<li><a href='/contact'>Contact Us</a></li></ul>"
        f"<h1>Another site's post number {n}</h1><div class='post'><p>{body} Site {n}"
        " wrote this post on its own.</p></div>"
        f"<div class='footer'><p>Site number {n} is run by volunteers in town {n}</p></div>"
        "</body></html>"
    )


def test_menu_entries_every_site_has_tie_no_outlets_together() -> None:
    """A collection of an outlet's four pages and eight other sites' pages, all with
    "Home", "News", "Sports", "Opinion" and "Contact Us" in their menus: the outlet's
    pages are still one outlet, so the sentence it prints after every story is no text
    of any of them."""
    docs = [page_doc(f"site{n}.html", other_site_page(n)) for n in range(8)]
    docs += [page_doc(f"ostby{n}.html", outlet_page(n, story)) for n, story in enumerate(STORIES)]
    articles = extract_documents(docs)
    for article, story in zip(articles[8:], STORIES, strict=True):
        assert article is not None and list(article.paragraphs) == story


def test_a_cell_holding_a_footers_sentence_one_extractor_kept_is_not_the_article() -> None:
    """One extractor keeps only the footer's sentence, which a table's cell holds: the
    cell is not "the article it found", and the comments between stay out."""
    footer = (
        "| The Quay Gazette has been printed on the harbour front by one family since"
        " 1921. Advertising rates are sent on request. |"
    )
    skeleton = [*FEATURE[:3], "Comments (2)", COMMENTS[0], COMMENTS[1], footer]
    views = [
        ensemble.opinion("one", "The Quay Gazette has been printed on the harbour front"),
        ensemble.opinion("two", "\n".join(FEATURE[:3])),
    ]
    assert list(ensemble.vote(skeleton, views)) == FEATURE[:3]


def test_a_teaser_of_another_query_addressed_story_is_no_own_story() -> None:
    """Older sites tell stories apart by the address's query: "story.php?id=8" is another
    story than the page's "story.php?id=7", its summary no text of this page."""
    html = own_story_page("/story.php?id=8").replace(
        "http://www.ostbydaily.example/news/ferry-twice-a-day",
        "http://www.ostbydaily.example/story.php?id=7",
    )
    found = extract_html(html)
    assert found is not None and list(found.paragraphs) == STORIES[0][1:]
    own = extract_html(
        own_story_page("/story.php?id=7").replace(
            "http://www.ostbydaily.example/news/ferry-twice-a-day",
            "http://www.ostbydaily.example/story.php?id=7",
        )
    )
    assert own is not None and list(own.paragraphs) == STORIES[0]


def test_a_body_field_whose_class_names_a_summary_is_no_deck() -> None:
    """Drupal classes an article's body "field-type-text-with-summary": its list is the
    article's, not a deck's points."""
    items = [
        "The storm tore the roof off the old school's gym on Tuesday night.",
        "Two of the three classrooms will stay shut until the end of the month.",
        "Pupils of the upper years will be taught in the village hall meanwhile.",
    ]
    html = (
        "<html><head><title>Storm | Ostby Daily</title></head><body>"
        "<h1>Storm damages the village school</h1><div class='submitted'>By Ana Ruiz</div>"
        "<div class='field field-name-body field-type-text-with-summary'><div class='items'>"
        "<ul>"
        + "".join(f"<li><p>{item}</p></li>" for item in items)
        + "</ul>"
        + "".join(f"<p>{p}</p>" for p in FEATURE[:4])
        + "</div></div><div class='footer'>Ostby Daily, Quay Street</div></body></html>"
    )
    found = extract_html(html)
    assert found is not None
    assert all(any(item in p for p in found.paragraphs) for item in items)


def test_a_series_of_promo_cards_is_a_teaser_box_not_a_promotion() -> None:
    """A most-read box's cards classed "promo-card": the one linking to the page itself
    is its own story, and its lead stays."""
    html = (
        own_story_page("/news/ferry-twice-a-day")
        .replace("<ol>", "<div class='cards'>")
        .replace("</ol>", "</div>")
        .replace("<li>", "<div class='promo-card'>")
        .replace("</li>", "</div>")
    )
    found = extract_html(html)
    assert found is not None and list(found.paragraphs) == STORIES[0]


def test_an_advertisement_label_between_list_items_keeps_no_item_out() -> None:
    before, after = STORIES[3][0], STORIES[3][1]
    items = ["eggs from the farm;", "bread from two bakeries;", "cheese from the dairy."]
    one = "\n".join([before, items[0], "Advertisement", items[1], items[2], after])
    two = "\n".join([before, *items, after])
    views = [ensemble.opinion("one", one), ensemble.opinion("two", two)]
    back = ensemble.restored([before, after], views, lambda line: line != "Advertisement")
    assert list(back) == [before, *items, after]


def short_template_page(n: int, story: list[str]) -> str:
    """An outlet whose template repeats short lines only, and a sentence after every
    story."""
    menu = "".join(f"<li>{w}</li>" for w in ("Home", "Quay news", "Tide tables", "Contact us"))
    return (
        f"<html><head><title>Story {n}</title></head><body><ul class='menu'>{menu}</ul>"
        f"<h1>Quay story number {n} of the week</h1><div class='story'>"
        + "".join(f"<p>{p}</p>" for p in story)
        + "<p>This story first ran in the printed edition of the Quay Gazette.</p></div>"
        "<ul class='foot'><li>Privacy</li><li>Contact us</li></ul></body></html>"
    )


def test_an_outlet_of_short_frame_lines_stays_one_when_a_page_has_a_longer_one() -> None:
    """Another site's box repeats one of the outlet's headlines, a longer frame line on
    that page: its short lines still tie it to its outlet, and the sentence after every
    story leaves it too."""
    other = (
        "<html><head><title>Allotments</title></head><body><h1>Allotment list grows</h1>"
        f"<div class='post'><p>{' '.join(STORIES[1])}</p><p>{' '.join(STORIES[2])}</p></div>"
        "<div class='most'><p><a href='/q2'>Quay story number 2 of the week</a></p></div>"
        "</body></html>"
    )
    docs = [page_doc(f"q{n}.html", short_template_page(n, s)) for n, s in enumerate(STORIES)]
    articles = extract_documents([*docs, page_doc("other.html", other)])
    for article, story in zip(articles[:4], STORIES, strict=True):
        assert article is not None and list(article.paragraphs) == story


def test_a_note_of_the_print_edition_is_furniture() -> None:
    assert is_furniture(
        "This article was first published in the print edition of the Quay Gazette."
    )
    assert is_furniture("Dit artikel verscheen ook in de papieren editie van de Kustkrant.")
    assert not is_furniture("This article was originally published in The Harbour Review.")


HEADLINE = "Ferry to run twice a day while its engine is repaired"


def headed_page(top: str, tag: str) -> str:
    """A story whose <title> and og:title give shorter wordings, `top` over it (a logo, a
    site's name), its headline in a `tag` classed as the entry's title, and a side
    column whose boxes' headings are plain <h2>."""
    return (
        "<html><head><title>Ferry cut | Ostby Daily</title>"
        f"<meta property='og:title' content='Ferry service halved'></head><body>{top}"
        f"<div class='content'><{tag} class='entry-title'>{HEADLINE}</{tag}>"
        "<div class='entry'>"
        + "".join(f"<p>{p}</p>" for p in STORIES[0])
        + "</div></div><div class='side'><h2>Most read</h2><ul><li><a href='/a'>Snow shuts"
        " the mountain road</a></li></ul><h2>Weather</h2><p>Sunny, 14 degrees.</p></div>"
        "</body></html>"
    )


def test_a_pages_one_h2_classed_as_a_title_is_its_headline() -> None:
    """No <h1> but the logo's image; the headline in the one <h2> its class names a
    title."""
    logo = "<div class='logo'><img src='/logo.gif' alt='Ostby Daily'></div>"
    found = extract_html(headed_page(logo, "h2"))
    assert found is not None and found.title == HEADLINE


def test_the_h1_beside_the_sites_name_in_another_is_the_headline() -> None:
    """A theme sets the site's name in an <h1> linking home, and the story's headline in
    a second <h1>: the second is the headline."""
    site = "<h1 class='site-title'><a href='/' rel='home'>Ostby Daily</a></h1>"
    found = extract_html(headed_page(site, "h1"))
    assert found is not None and found.title == HEADLINE
