"""Bylines and stamps of older pages that the earlier rules missed: a byline's own
brackets ("(By NAME)"), the site's web address beside the name, a labelled line closing
the article in other languages ("Tekst i foto:", "Haber: NAME / TOWN"), a label over a
name in a script with no capitals, a byline in a stamp row whose date the date reader
cannot read, an account's "Posted by" over a person's "Report by", a profile's link
taken for the author, a stamp that opens with its clock time beside other fields, and a
timed stamp in a box over the headline. Every page and line is invented for these
tests."""

from __future__ import annotations

from digest.extract import text_metadata as md
from digest.extract.html import _labelled_sign_off, extract_html, stamped_date
from tests.collection import SHOOTING_REPORT as BODY

HEADLINE = "Riverton man charged with manslaughter in shooting"


def _page(byline: str, after: str = "", head: str = "", over: str = "") -> str:
    """A story page: `over` the headline, `byline` under it, `after` the article."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    return (
        f"<html><head><title>Local 12 - News</title>{head}</head><body>"
        '<div id="nav"><a href="/">Home</a> <a href="/news/">News</a></div>'
        f'<div id="main">{over}<h2>{HEADLINE}</h2>{byline}'
        f'<div class="story">{paragraphs}{after}</div></div>'
        "<div id='foot'>Contact us</div></body></html>"
    )


def test_a_bylines_own_brackets_are_no_part_of_the_name():
    assert md.tidy_authors(["(By Lin Pei-hsuan)"]) == ("Lin Pei-hsuan",)
    assert md.tidy_authors(["Lin Pei-hsuan)"]) == ("Lin Pei-hsuan",)


def test_the_sites_web_address_beside_the_name_is_the_outlet():
    assert md.without_outlet(["Ruta Kalnina", "Zinvartai Lt"], "zinvartai.lt") == ("Ruta Kalnina",)
    # an initial's stop is no web address: a personal site named after its author
    assert md.without_outlet(["Bradley M Kuhn"], "Bradley M. Kuhn (Brad)") == ("Bradley M Kuhn",)


_TRANSFER = (
    "Akdeniz Gucu signed the Brazilian midfielder Rodrigo Tavares on a three-year contract "
    "on Friday, the club's fourth signing of the summer.",
    "Tavares, 28, played 31 league games for Vila Nova last season and scored seven goals, "
    "most of them from free kicks.",
    "The club's president said the fee had been agreed after two weeks of talks and that the "
    "player had turned down an offer from a club in the Gulf.",
    "Tavares will train with the squad for the first time on Saturday morning and may play in "
    "the opening league match against Karaburun next week.",
    "The club also said that shirt sales had doubled compared with last season and that the "
    "number 8 shirt would go on sale on Monday.",
)


def _signed(signature: str) -> str:
    """A transfer story whose text block ends with `signature`, then related links and
    readers' comments in paragraphs."""
    body = "<br><br>\n".join(_TRANSFER)
    return (
        "<html><head><title>Transfer news</title></head><body><div id='nav'><a href='/'>Home</a>"
        "</div><div id='main'><h1>Tavares signs for three years</h1><div class='text'>"
        f"{body}<br><br>\n<div class='signature'>{signature}</div></div>"
        "<div class='related'><h3>Related news</h3><ul><li><a href='/a'>Club signs a "
        "goalkeeper</a> (10.08.2009)</li></ul></div><div class='comments'><h3>Readers' comments "
        "(2)</h3><p>dave77 - 14.08.2009 17:20</p><p>Good news for the club, he is a fine player "
        "and we needed someone like him.</p><p>hakan_k - 14.08.2009 21:45</p><p>The defence is "
        "still the problem and nobody is fixing it this summer.</p></div></div>"
        "<div id='foot'>Contact us</div></body></html>"
    )


def test_a_labelled_line_closing_the_article_signs_it():
    found = extract_html(_signed("Tekst i foto: Ivana Horvat"))
    assert found.authors == ("Ivana Horvat",)
    # the article ends with its signature: the comments below it are no part of it
    assert found.paragraphs[-1] == _TRANSFER[-1]
    assert extract_html(_signed("Haber: Murat Kaya / ANTALYA")).authors == ("Murat Kaya",)
    # a picture's credit, or a long line, signs nothing
    assert extract_html(_signed("Photo: Ivana Horvat")).authors == ()
    long_line = "Text: the council will publish its full plan for the pool next week"
    assert extract_html(_signed(long_line)).authors == ()


def test_a_label_over_a_name_in_a_script_with_no_capitals():
    assert md.find_byline(["כתבה: מיכל אבירם | צילום: דני שגיא"])[0] == ("מיכל אבירם",)
    # a lower-case word after "By" is still no name
    assert md.find_byline(["by the way"])[0] == ()


def test_a_byline_in_a_stamp_row_whose_calendar_is_unread():
    row = "Posted: 12 มี.ค. 53 - 09:30 น. | Updated: 13 มี.ค. 53 - 07:15 น. | By Kanokwan Thepsiri"
    assert md.find_byline([row])[0] == ("Kanokwan Thepsiri",)
    # without a stamp's label and clock time, the row's later parts are not read
    row = "Council notes | Parks | By the river, a new path"
    assert md.find_byline([row])[0] == ()


def test_a_persons_byline_over_the_article_beats_the_sites_account():
    byline = (
        "<div class='author'>Posted by <a href='/u/1'>Host Account</a> on 6/14/2010 9:12 PM</div>"
        "<p><em>Report by Linda Farrow, Head Coach</em></p>"
    )
    head = "<meta name='author' content='Tamsett Valley Rowing Club'>"
    assert extract_html(_page(byline, head=head)).authors == ("Linda Farrow",)


def test_a_profiles_link_taken_for_the_author_gives_way_to_the_posts_footer():
    footer = "<div class='post-footer'>Posted by Karen Liddell at 7:03 PM</div>"
    side = (
        "<div class='comments'><h4>3 comments:</h4><p><a href='/p/2'>Sam Ortiz</a> said...</p>"
        "<p>Thanks for covering this meeting, it was a long night.</p><p>Post a Comment</p>"
        "</div><div class='profile'><h2>About Me</h2><a href='/profile/1'>Karen Liddell</a> "
        "<a class='profile-link' href='/profile/1' rel='author'>View my complete profile</a></div>"
    )
    page = _page("").replace(
        "</div></div><div id='foot'>", f"</div>{footer}</div>{side}<div id='foot'>"
    )
    assert extract_html(page).authors == ("Karen Liddell",)


def test_a_stamp_that_opens_with_its_clock_time_beside_other_fields():
    header = ["新闻中心 > 正文", HEADLINE, "2011年05月17日 08:21 来源：明川日报 参与评论(12)人"]
    assert stamped_date(header, False, HEADLINE, "2011-05-02") == "2011-05-17"
    # a date inside a sentence under the headline is no stamp
    header[2] = "On 17 May 2011 at 08:21 the council met in the school hall to vote"
    assert stamped_date(header, False, HEADLINE, None) is None


def test_a_timed_stamp_in_a_box_over_the_headline():
    header = ["Rathaus > Presse", "23.03.2011 10:15", "Kategorie: Pressemitteilungen", HEADLINE]
    assert stamped_date(header, True, HEADLINE, None) == "2011-03-23"
    # a masthead's date of the day, with no clock time, is not the article's
    header[1] = "Mittwoch, 23. März 2011"
    assert stamped_date(header, True, HEADLINE, None) is None


def test_a_short_article_signed_at_its_end_keeps_its_paragraphs():
    comments = (
        "<div class='muhabir'>Tekst i foto: Ivana Horvat</div><div class='comments'><h3>Readers "
        "comments (1)</h3><p>dave77 - 14.08.2009 17:20</p><p>Good news for the club, he is a "
        "fine player and we need him.</p></div>"
    )
    found = extract_html(_page("", comments))
    assert list(found.paragraphs) == list(BODY)
    assert found.authors == ("Ivana Horvat",)


def test_a_by_line_under_the_article_is_its_signature_not_its_text():
    related = (
        "<p>By Ivana Horvat</p><div class='rel'><h3>Related stories</h3><ul><li><a href='/a'>"
        "Police appeal for witnesses after second shooting in a week</a></li></ul></div>"
    )
    found = extract_html(_page("", related))
    assert found.authors == ("Ivana Horvat",)
    assert list(found.paragraphs) == list(BODY)


def test_review_mends_of_this_rounds_signatures_and_stamps():
    # a labelled byline with the article after it ends nothing: a header's, a box's field,
    # a second part's signature
    intro = "".join(f"<p>{p}</p>" for p in ("Pool repairs begin.", "Photo: the pool in May."))
    body = "".join(f"<p>{p}</p>" for p in _TRANSFER)
    page = (
        "<html><head><title>News</title></head><body><div id='main'><h1>Pool works</h1>"
        f"<div class='text'>{intro}<p>Tekst i foto: Vesna Kralj</p>{body}</div></div>"
        "</body></html>"
    )
    assert _TRANSFER[-1] in extract_html(page).paragraphs
    # a sentence after a label is no name
    assert not _signs("Texto: Artículo quinto")
    assert not _signs("Reporter: Why now?")
    assert not _signs("Reporter: Good evening from Linmouth pier.")
    # under a labelled teaser, or a comment heading, no signature of the article
    paragraphs = (*_TRANSFER, "Read next: Linmouth school wins a prize.", "Haber: Murat Kaya")
    assert _labelled_sign_off(paragraphs) is None
    paragraphs = (*_TRANSFER, "Comments (2)", "Good news.", "Autor: Marko Babić")
    assert _labelled_sign_off(paragraphs) is None
    # a second name in capitals after the slash is no town
    assert md.tidy_authors(["Murat Kaya / AYŞE DEMİR"]) != ("Murat Kaya",)
    assert md.tidy_authors(["Ana Ruiz / SAN JOSE"]) == ("Ana Ruiz",)
    # an event's row under "Date:", or lower-case words after "Von"/"Di", name no one
    assert md.find_byline(["Date: Friday 19:30 | By Donation"])[0] == ()
    assert md.find_byline(["Updated: 09:15 | Von Linmouth nach Kestrel"])[0] == ()
    assert md.find_byline(["Updated: 09:15 | Di Maria scores twice"])[0] == ()
    # a writer's "By" over a book box's "by NAME" stays the byline
    from digest.extract.html import header_byline

    header = [HEADLINE, "By J.R. Hartley", "The Salt Road", "by Rosalind Fairweather", "312 pages"]
    assert header_byline(header, HEADLINE) == ("J.R. Hartley",)
    # a person whose surname ends like a place is no body declared
    from digest.extract.html import _refined

    assert _refined(("Stuart Hall",), ("Rosalind Fairweather",)) == ("Stuart Hall",)
    # a masthead's clock over the headline yields to the page's own date; a teaser or
    # caption opening with a time is no stamp
    header = ["Tuesday, 14 June 2011 10:32", HEADLINE]
    assert stamped_date(header, True, HEADLINE, "2011-06-03") is None
    header = [HEADLINE, "14.06.2011 09:12 Storm closes the coastal road and two schools"]
    assert stamped_date(header, True, HEADLINE, None) is None
    # a survey's "3 replies:" over its answers is no comment heading
    from digest.extract import boilerplate as bp

    assert not bp.is_comment_heading("3 replies:")
    assert bp.is_comment_heading("3 comments:")
    # a label's sentence in a script with no capitals is no name
    assert md.find_byline(["כתב: אני לא מסכים עם ההחלטה"])[0] == ()
    assert md.find_byline(["By كل الحقوق محفوظة"])[0] == ()


def _signs(line: str) -> bool:
    from digest.extract.html import _signs_with_label

    return _signs_with_label(line)


def test_furniture_of_the_eighteenth_older_part():
    from digest.extract import boilerplate as bp

    # a web copy's note of where it ran in print, in English and in the chrome's language
    assert bp.is_furniture("This article appeared in print on page A3 of the Daily Register.")
    assert bp.is_furniture(
        "Questo articolo è stato pubblicato sull'edizione cartacea del 16 febbraio, a pagina 5."
    )
    # a pager's excerpt of the story before or after
    assert bp.is_furniture("« Previous story: Senate panel tables dam bill — A bill died Tuesday.")
    assert bp.is_furniture("Next story » Corrections department asks for 90 more beds")
    # a related box's label in the chrome's language, alone or in two languages
    assert bp.is_link_list_label("Meest gelezen in Regio")
    assert bp.is_link_list_label("Articole similare / Related articles")
    assert not bp.is_link_list_label("Leggi anche")  # kept inline by the development labels


def test_a_dateline_opens_the_article_below_its_header_lines():
    body = "".join(f"<p>{p}</p>" for p in _TRANSFER[1:])
    page = (
        "<html><head><title>News</title></head><body><div id='main'><h1>Tavares signs</h1>"
        "<div class='story'><p>Sport / Football</p><p>The Brazilian joins for three years</p>"
        "<p>14. 08. 2009 · Comments (2)</p><p>ANTALYA – Akdeniz Gucu signed the Brazilian "
        f"midfielder Rodrigo Tavares on Friday.</p>{body}</div></div></body></html>"
    )
    found = extract_html(page)
    assert found.paragraphs[0].startswith("ANTALYA –")
    # "Written by NAME" closing the article, a bio and comments below it
    after = (
        "<p>Written by Nataša Žgajnar · Updated 23. 09. 2011</p><p>Nataša Žgajnar covers "
        "business for the paper.</p><p>Share: Facebook · Twitter</p><p>Great news for the "
        "village, my grandmother worked there.</p>"
    )
    found = extract_html(page.replace("</div></div>", after + "</div></div>"))
    assert found.authors == ("Nataša Žgajnar",)
    assert found.paragraphs[-1] == _TRANSFER[-1]


def test_bylines_of_the_eighteenth_older_part():
    # a writer's role after a slash, in the chrome's language, is no part of the name
    assert md.tidy_authors(["Rosa Elena Quiñónez / Corresponsal"]) == ("Rosa Elena Quiñónez",)
    # a Polish label of text and pictures; a guest post's credit with its role after it
    assert md.find_byline(["tekst i zdjęcie: Tomasz Wilk"])[0] == ("Tomasz Wilk",)
    line = "Guest post by Priya Raman, nurse practitioner, Pinebrook Landing Nursing Station"
    assert md.find_byline([line])[0] == ("Priya Raman",)
    # a blog theme's count over its comments, in Spanish ("3 comentarios en ...")
    from digest.extract import boilerplate as bp

    assert bp.is_comment_heading("3 comentarios en “Después de 22 años”")
    assert not bp.is_comment_heading("3 comentarios")  # a count beside the headline


def test_rights_and_reprint_notices_in_the_chromes_language_are_furniture():
    from digest.extract import boilerplate as bp

    assert bp.is_furniture(
        "Preluarea integrală sau parţială a materialelor publicate este permisă numai cu acordul "
        "scris al redacţiei."
    )
    assert bp.is_furniture("© Zinvartai. Visos teisės saugomos. Wszelkie prawa zastrzeżone.")
    assert bp.is_comment_heading("Comentarii (3)")


def test_review_mends_of_the_eighteenth_parts_rules():
    from digest.extract import boilerplate as bp
    from digest.extract.html import _opens_with_dateline

    # a kicker, an acronym or words in capitals before a lower-case clause are no dateline
    for line in ("BREAKING – Police said", "NATO – the alliance said", "FBI – Agents said"):
        assert not _opens_with_dateline(line), line
    assert _opens_with_dateline("ROME – The pope said")
    # a sentence of the article above a dateline stays
    body = "".join(f"<p>{p}</p>" for p in _TRANSFER[1:])
    page = (
        "<html><head><title>News</title></head><body><div id='main'><h1>Deal</h1>"
        "<div class='story'><p>Finally, a deal.</p><p>BRUSSELS – Ministers agreed on Friday "
        f"to a new fishing quota after two days of talks.</p>{body}</div></div></body></html>"
    )
    assert "Finally, a deal." in extract_html(page).paragraphs
    # "By" with no first name the lists know, or a photographer's fields, signs nothing
    assert not _signs("By Popular Demand")
    assert not _signs("By Ann Lee · Staff Photographer · May 3, 2010")
    # a "Written by NAME" credit the article goes on after ends nothing
    paragraphs = (*_TRANSFER, "Written by Maria Keller", *_TRANSFER[:2])
    assert _labelled_sign_off(paragraphs) is None
    # the print and reprint notices only open a line; a sentence telling of one stays
    assert not bp.is_furniture(
        "The paper's own apology appeared in print on page A3 of Sunday's edition, two days later."
    )
    assert not bp.is_furniture(
        "Preluarea integrală a datoriilor companiei de către stat nu este permisă de reguli."
    )


def test_a_stray_dash_in_a_true_iso_8859_page_keeps_its_letters():
    from digest.sources import decode_bytes

    page = '<meta charset="iso-8859-2"><p>gęślą jaźń, Šťastný Žižka X ok</p>'
    data = page.encode("iso-8859-2").replace(b"X", b"\x96")
    text, encoding = decode_bytes(data, "html")
    assert encoding == "iso-8859-2" and "gęślą jaźń, Šťastný Žižka" in (text or "")
    # under another spelling of the label, windows-1250 letters still read as such
    data = page.replace("iso-8859-2", "latin2").replace("X", "Ś").encode("cp1250")
    text, encoding = decode_bytes(data, "html")
    assert encoding == "cp1250" and "Ś ok" in (text or "")
