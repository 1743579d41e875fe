"""Dailies' pages in further languages: an article's table cell beside a column of other
stories, readers' comments headed by a number or a name and the day, and the labels of
boxes of links and of comments in those languages. Every page and line is invented for
these tests."""

from __future__ import annotations

from digest.extract import article_end, ensemble
from digest.extract import boilerplate as bp
from digest.extract import html as html_module
from digest.extract import text_metadata as md
from digest.extract.html import extract_html
from tests.test_pages_in_other_languages import text_of

STORY = [
    "Para nelayan di Teluk Sirih kembali melaut pada Senin pagi setelah tiga hari tertahan "
    "di darat karena gelombang tinggi yang melanda pesisir selatan.",
    "Menurut ketua kelompok nelayan setempat, hasil tangkapan pertama cukup baik meskipun "
    "harga ikan di pelelangan masih rendah dibandingkan bulan lalu.",
    '"Kami bersyukur cuaca sudah tenang. Tiga hari tanpa melaut itu berat bagi keluarga '
    'kami," kata Darmaji, nelayan yang sudah dua puluh tahun melaut.',
    "Dinas perikanan kabupaten berjanji memperbaiki tiga perahu yang rusak dihantam ombak "
    "dan menyalurkan bantuan beras bagi keluarga yang terdampak.",
]

TEASERS = [
    (
        "Harga cabai naik lagi di pasar kota",
        "Pedagang menyebut pasokan dari petani "
        "berkurang karena hujan. Pemerintah berjanji menggelar operasi pasar minggu depan.",
    ),
    (
        "Jalan desa rusak setelah banjir",
        "Warga meminta perbaikan segera karena jalan itu "
        "satu-satunya akses ke sekolah. Kepala desa sudah melapor ke kabupaten.",
    ),
    (
        "Festival layang-layang digelar di pantai",
        "Ratusan peserta dari lima provinsi ikut "
        "serta. Panitia menyiapkan hadiah bagi layang-layang terbesar dan terindah.",
    ),
]


def table_page(byline: str = "") -> str:
    """The article's cell beside a column of other stories' teasers, one row of a
    layout table, as portals built pages before about 2012."""
    article = "".join(f"<p>{p}</p>" for p in STORY)
    teasers = "".join(
        f'<p><a href="/berita/{n}">{h}</a><br>{t}</p>' for n, (h, t) in enumerate(TEASERS)
    )
    return (
        "<html><head><title>Nelayan kembali melaut - Kabar Pesisir</title></head><body>"
        '<table width="960"><tr><td colspan="2"><a href="/">Beranda</a> | '
        '<a href="/daerah">Daerah</a></td></tr><tr><td width="640">'
        f"<h1>Nelayan Teluk Sirih kembali melaut</h1>{byline}"
        "<p>Senin, 14 Maret 2011 | 10:15 WIB</p>"
        f'{article}</td><td width="320"><h3>Berita Lainnya</h3>{teasers}</td></tr>'
        '<tr><td colspan="2">Hak cipta dilindungi undang-undang.</td></tr></table>'
        "</body></html>"
    )


def test_the_article_cell_beside_a_column_of_teasers_is_cut_apart():
    text = text_of(table_page())
    for paragraph in STORY:
        assert paragraph in text
    for headline, teaser in TEASERS:
        assert teaser not in text and headline not in text


TALKBACKS = [
    (
        "Salut untuk nelayan!",
        "Semoga hasil tangkapan terus bagus. Pemerintah harus lebih "
        "cepat membantu kalau cuaca buruk datang lagi.",
    ),
    (
        "Bagaimana dengan asuransi?",
        "Kenapa perahu nelayan tidak diasuransikan? Tiap tahun "
        "selalu ada yang rusak dan bantuannya datang terlambat.",
    ),
    (
        "Warga Teluk Sirih",
        "Saya kenal Pak Darmaji, orangnya pekerja keras. Senang membaca "
        "beritanya di sini pagi ini.",
    ),
]


NAMES = ("dedi_bjm", "Rina K.", "warga pesisir")


def comments_page(heading: str, signed: bool) -> str:
    """The story, then readers' comments under `heading`, each headed by its number and
    title and the day (`signed`: by its writer's name and the day) on a line of its own."""
    article = "".join(f"<p>{p}</p>" for p in STORY)
    comments = "".join(
        f"<p><b>{f'{name} - ' if signed else f'{n}. {title} '}14.03.11</b></p><p>{body}</p>"
        for n, ((title, body), name) in enumerate(zip(TALKBACKS, NAMES, strict=True), 1)
    )
    return (
        '<html><head><title>Nelayan kembali melaut</title></head><body><div class="isi">'
        f"<h1>Nelayan Teluk Sirih kembali melaut</h1>{article}<h4>{heading}</h4>{comments}"
        "</div></body></html>"
    )


def test_numbered_and_dated_talkbacks_end_the_article_with_their_heading():
    text = text_of(comments_page("Tanggapan", signed=False))
    assert STORY[-1] in text
    assert "Tanggapan" not in text
    for _, body in TALKBACKS:
        assert body not in text


def test_comments_signed_and_dated_end_the_article():
    text = text_of(comments_page("Tanggapan", signed=True))
    assert STORY[-1] in text
    for _, body in TALKBACKS:
        assert body not in text


def test_dated_lines_are_comment_headings_only_when_comments_stand_between_them():
    heading = "dedi_bjm - 14.03.2011"
    assert article_end._dated_heading(heading)
    assert article_end._dated_heading("2. Bagaimana dengan asuransi? 14.03.11")
    assert article_end._dated_heading("Γιώργος από Πάτρα, 17/03/2010")
    # a weekday's date heads a diary's day; a sentence closed by a date is a sentence
    assert not article_end._dated_heading("Senin, 14.03.2011")
    assert not article_end._dated_heading("Monday, 14 March 2011")
    assert not article_end._dated_heading("The council met again on 14.03.2011")
    # a list of dated events set item under item is no run of comments
    events = [
        "1. Groundbreaking, 12.05.2010",
        "2. First pillar, 01.09.2010",
        "3. Opening, 14.03.2011",
        STORY[0],
    ]
    assert not article_end._dated_comments(events, 0)
    comments = [heading, TALKBACKS[0][1], "Rina - 14.03.2011", TALKBACKS[1][1]]
    assert article_end._dated_comments(comments, 0)


def test_labels_of_link_boxes_and_comments_in_further_languages():
    for label in (
        "Tin liên quan:",
        "Các tin khác",
        "Baca juga",
        "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ",
        "Související",
        "Читайте також:",
        "LÆS OGSÅ",
        "相关新闻",
        "관련기사",
    ):
        assert bp.is_link_list_label(label), label
    for heading in ("Σχόλια αναγνωστών", "Komentar Pembaca (4)", "Comentariile cititorilor"):
        assert bp.is_comment_heading(heading), heading
    # the words inside an article's sentence are no label
    assert not bp.is_link_list_label("Baca juga laporan kami tentang banjir di hulu sungai.")


def test_a_byline_inside_a_flattened_row_names_the_author_and_keeps_the_article():
    """The byline stands in the article's table cell, which trafilatura writes as one line
    with the column beside it: the line is the article, not a byline to drop."""
    result = extract_html(table_page("<p>Oleh Rina Kartika</p>"))
    assert result is not None
    text = "\n".join(result.paragraphs)
    assert all(paragraph in text for paragraph in STORY)
    assert result.authors == ("Rina Kartika",)


def test_bylines_opened_or_closed_in_further_languages():
    for line, name in (
        ("Írta: Kovács Ilona", "Kovács Ilona"),
        ("Kirjoittanut: Aino Lehtonen", "Aino Lehtonen"),
        ("Ρεπορτάζ: Νίκος Παππάς", "Νίκος Παππάς"),
        ("מאת דנה כהן", "דנה כהן"),
        ("كتب خالد منصور", "خالد منصور"),
        ("정하늘 기자", "정하늘"),
    ):
        assert md.tidy_authors([line]) == (name,), line
    # a label of a Chinese byline is no name; a two-character name is one
    assert md.tidy_authors(["作者"]) == ()
    assert md.tidy_authors(["王芳"]) == ("王芳",)
    # names that open with an opener's word keep it
    assert md.tidy_authors(["Von der Leyen"]) == ("Von der Leyen",)


def test_a_table_row_holding_a_byline_among_the_article_is_no_byline():
    row = (
        "| UUTISET Lautta kulkee taas Saaren lautta palasi reitilleen kolmen viikon tauon"
        " jälkeen. Kirjoittanut: Aino Lehtonen   Kuvat: Pekka Aho 12.4.2011 6:00 "
        + " ".join(STORY)
        + " |"
    )
    assert not html_module.is_byline(row)
    assert html_module.is_byline("Kirjoittanut: Aino Lehtonen | 12.4.2011 6:00")


def test_stamps_of_further_languages_give_their_date_and_time():
    # hours from GMT, a weekday between the date and its time, a year-first date after a bar
    assert md.parse_date("Thứ năm, 14/10/2010, 08:15 GMT+7")[0] == "2010-10-14T08:15:00+07:00"
    assert md.parse_date("14.10.2010 08:15 UTC+05:30")[0] == "2010-10-14T08:15:00+05:30"
    assert md.parse_date("March 4, 2011, Friday 16:20")[0] == "2011-03-04T16:20:00"
    assert md.parse_date("Kovács Ilona  |  2011. március 4., péntek 16:20")[0] == (
        "2011-03-04T16:20:00"
    )
    assert md.parse_date("in 2019. márc. 4.") is None  # a year ending a sentence
    header = [
        "Megkerült a harang",
        "Írta: Kovács Ilona | 2011. március 4., péntek 16:20 | Utolsó frissítés: 2011."
        " március 5., szombat 08:12",
        "A rendőrök egy telepen találták meg a harangot, amelyet a múlt héten loptak el.",
    ]
    assert html_module.stamped_date(header, True, "Megkerült a harang") == "2011-03-04"


def test_bylines_with_joiners_labels_and_credits_of_further_languages():
    assert md.find_byline(["Av Ingrid Berg og Ola Nordmann"])[0] == ("Ingrid Berg", "Ola Nordmann")
    assert md.find_byline(["Av Ingrid Berg og NRK-TV"])[0] == ("Ingrid Berg",)
    assert md.tidy_authors(["Anders Holm, ah@example.dk Offentliggjort · Opdateret"]) == ()
    assert md.tidy_authors(["（责任编辑：王芳）"]) == ()


BRIEF = [
    "The first tenants moved into the converted Hartley mill on Saturday, two years after "
    "work began on the derelict site by the river.",
    "The housing trust behind the scheme says all forty flats are let, most of them to "
    "young families from the valley who could not afford to buy.",
    "Rents are set at two thirds of the going rate in the town, and the trust has promised "
    "to keep them there for at least ten years, its chairman said.",
]


def test_a_timeline_of_steps_dated_in_words_is_the_article_not_comments():
    steps = [
        "Mill closes, 12 March 2009",
        "The mill shut after 140 years and its last 60 workers were laid off.",
        "Trust buys the site, 4 June 2010",
        "A housing trust paid one pound for the buildings and asked residents what to do.",
        "Work begins, 9 May 2011",
        "Builders started on the first flats in the old spinning shed.",
    ]
    after = "The trust now plans a second phase in the weaving sheds next year."
    kept, _ = html_module.clean_paragraphs([*BRIEF, *steps, after])
    assert after in kept and steps[-1] in kept


def test_only_a_heading_over_the_comments_goes_with_them():
    comments = [
        "1. Well done! 14.03.11",
        "A fine piece of work by all of them.",
        "2. And the rent? 14.03.11",
        "Two thirds of what, exactly? Nobody says.",
    ]
    kept, _ = html_module.clean_paragraphs([*BRIEF, "Talkbacks", *comments])
    assert kept == tuple(BRIEF)
    # the reporter's signature over the comments is the article's; so is a Chinese
    # paragraph with no stop at its end
    kept, _ = html_module.clean_paragraphs([*BRIEF, "Marie Lefèvre", *comments])
    assert kept == (*BRIEF, "Marie Lefèvre")
    closing = "更多线路调整的详细信息可在公交公司网站查询"
    kept, _ = html_module.clean_paragraphs([*BRIEF, closing, *comments])
    assert kept[-1] == closing


def test_under_a_read_also_label_only_links_are_teasers():
    lines = [
        *BRIEF,
        "Read also:",
        "Tram fares to rise in January",
        "Mayor Ellen Voss said the extension would cut commuting times for thousands.",
        "Funding",
        "Most of the money comes from a regional grant, officials said.",
        "The rest will be borrowed against future fares, a plan critics attacked.",
    ]
    kept, _ = html_module.clean_paragraphs(
        lines, links={"Tram fares to rise in January"}.__contains__
    )
    assert kept == (*BRIEF, *lines[-4:])
    # where the headlines are the page's links, each with its teaser, the box goes
    box = [
        "Read also:",
        "Tram fares to rise in January",
        "The council will vote on the new fares next week.",
        "Depot plans go on show",
        "Residents can see the drawings at the library until Friday.",
    ]
    links = {box[1], box[3]}.__contains__
    kept, _ = html_module.clean_paragraphs([*BRIEF, *box, BRIEF[0]], links=links)
    assert kept == (*BRIEF, BRIEF[0])
    dashed = [
        "Read also:",
        "Tram fares to rise in January – The council votes next week.",
        "Depot plans go on show – Residents can see the drawings until Friday.",
    ]
    links = {"Tram fares to rise in January", "Depot plans go on show"}.__contains__
    kept, _ = html_module.clean_paragraphs([*BRIEF, *dashed, BRIEF[1]], links=links)
    assert kept == (*BRIEF, BRIEF[1])


def test_an_articles_own_table_of_days_and_events_keeps_its_rows():
    rows = "".join(
        f"<tr><td>{day} May 2011, 19:30</td><td><p>{event}</p><p>Entry is free.</p></td></tr>"
        for day, event in (
            ("Friday 13", "The town band opens the festival."),
            ("Saturday 14", "Schools show their dances in the mill yard."),
            ("Sunday 15", "The youth orchestra plays in the old shed."),
        )
    )
    html = (
        "<html><head><title>Mill festival returns</title></head><body><article>"
        "<h1>Mill festival returns</h1>"
        + "".join(f"<p>{p}</p>" for p in BRIEF)
        + f"<p>The programme:</p><table>{rows}</table><p>{BRIEF[0]}</p></article></body></html>"
    )
    text = text_of(html)
    for day in ("Friday 13 May 2011, 19:30", "Sunday 15 May 2011, 19:30"):
        assert day in text


def test_a_pages_whole_text_is_not_kept_in_the_line_caches():
    bp._line_words.cache_clear()
    page = " ".join(BRIEF) * 40
    assert len(bp.words(page)) > 1000
    assert bp._line_words.cache_info().currsize == 0
    assert bp.words(BRIEF[0]) == bp.words(BRIEF[0]) and bp._line_words.cache_info().hits == 1


def test_words_of_indic_and_thai_scripts_keep_their_vowel_signs():
    """Python's \\w takes a vowel sign for no letter: "पुराने" was cut into pieces, and a
    headline counted as many words as it has syllables."""
    assert bp.words("गांव के पुराने तालाब की रौनक लौटी") == (
        "गांव",
        "के",
        "पुराने",
        "तालाब",
        "की",
        "रौनक",
        "लौटी",
    )
    assert bp.words("ชาวบ้านเดือดร้อน 80 ไร่") == ("ชาวบ้านเดือดร้อน", "80", "ไร่")
    assert ensemble._words("Déjà vu") == ("déjà", "vu")


def test_a_hindi_sentence_ends_at_its_danda():
    assert bp.ends_like_sentence("गांव की महिलाओं ने दो साल में तालाब को फिर से जिंदा किया।")
    assert bp.ends_like_sentence("هل يعود الماء إلى البساتين؟")
    assert not bp.ends_like_sentence("गांव की महिलाओं ने तालाब जिंदा किया")
