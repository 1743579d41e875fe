"""A page laid out in tables whose Urdu story cell an extractor ran together as one
table row (the Urdu full stop "۔" now ends a sentence, so the vote splits it); a writer's name that ends in a combining vowel sign; an author tag naming the
site with one word more than the <title>'s part; Urdu months, stamps, bylines and print
notes; a Khmer source label and print notes; a print note with the edition's
date inside it. And where each must hold back. Text and markup of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.html import extract_html

STORY = [
    "The district hospital opened its first dialysis unit on Monday, with six machines"
    " and two shifts a day, so that eighteen patients can be treated there every day.",
    "Until now patients from the district had to travel a hundred and fifty kilometres"
    " to the divisional hospital, where they waited weeks for a turn on a machine.",
    "The hospital's superintendent said two doctors and eight nurses had been trained"
    " for the unit, which cost about thirty million rupees to build and equip.",
    "A woman of fifty-five from a village near the river said she had travelled by bus"
    " twice a week for two years, leaving before dawn and coming home after dark.",
    "The unit has a waiting list of eighty-seven patients, and the hospital has asked"
    " the health department for four more machines and a third shift by June.",
    "Patients must bring their identity card and a doctor's referral to register, and"
    " the unit will treat those on the waiting list in the order they signed up.",
]


URDU = [  # a story of our own, in Urdu: the English one the vote reads right
    "ضلعی ہسپتال میں پیر کے روز گردوں کے مریضوں کے لیے پہلا ڈائیلاسز یونٹ کھول دیا گیا جس میں چھ مشینیں لگائی گئی ہیں اور روزانہ اٹھارہ مریضوں کا علاج ہو سکے گا۔",
    "اب تک ضلع کے مریضوں کو علاج کے لیے ڈیڑھ سو کلومیٹر دور بڑے شہر جانا پڑتا تھا جہاں سرکاری ہسپتال میں باری کے لیے کئی ہفتے انتظار کرنا پڑتا تھا۔",
    "ہسپتال کے سربراہ نے بتایا کہ یونٹ کے لیے دو ڈاکٹروں اور آٹھ نرسوں کو خصوصی تربیت دی گئی ہے اور اس پر تین کروڑ روپے خرچ ہوئے ہیں۔",
    "دریا کے کنارے ایک گاؤں کی رہنے والی پچپن سالہ خاتون نے کہا کہ وہ دو سال سے ہفتے میں دو بار بس میں سفر کر کے شہر جاتی تھیں اور رات کو واپس آتی تھیں۔",
    "ہسپتال کے پاس اس وقت ستاسی مریضوں کی فہرست موجود ہے اس لیے محکمہ صحت سے جون تک مزید چار مشینیں اور تیسری شفٹ شروع کرنے کی درخواست کی گئی ہے۔",
    "رجسٹریشن کے لیے مریضوں کو اپنا شناختی کارڈ اور ڈاکٹر کا خط ساتھ لانا ہوگا اور فہرست میں نام درج ہونے کی ترتیب سے علاج کیا جائے گا۔",
]


def _table_page(story: list[str], related: int) -> str:
    """A portal's page laid out in tables: the story's row under the headline's and the
    stamp's, a related box as a table inside the story's cell."""
    rows = "".join(
        f"<tr><td><a href='/n/{n}'>ہسپتال کی ایک اور خبر نمبر {n}</a><br>"
        f"<span class='tiny'>اس دوسری خبر کے بارے میں ایک جملہ نمبر {n}۔</span></td></tr>"
        for n in range(related)
    )
    box = f"<table class='relatednews' align='left'><tr><td>متعلقہ خبریں</td></tr>{rows}</table>"
    text = "".join(f"<p>{p}</p>" for p in story[:3]) + (box if related else "")
    text += "".join(f"<p>{p}</p>" for p in story[3:])
    return (
        "<html dir='rtl' lang='ur'><head><meta charset='utf-8'><title>وادی - خبریں -"
        " ڈائیلاسز یونٹ</title></head><body><table class='layout' width='100%'><tr>"
        "<td class='centercol'><table class='storybox' width='100%'><tr><td class='storytitle'>"
        "<span class='topicname'><a href='/t/8'>صحت</a></span><h1 class='title'>ضلعی ہسپتال"
        " میں ڈائیلاسز یونٹ کھل گیا</h1></td></tr><tr><td class='storyinfo'>ارسال کردہ:"
        " <a href='/u/admin'>admin</a> بروز منگل، 19 مارچ 2013</td></tr><tr>"
        "<td class='storybody'><div class='dates'>تاریخ اشاعت: 19 مارچ 2013، 11:15</div>"
        "<div class='byline'>رپورٹ: <b>نازیہ پروین</b></div><div class='summary'><b>چھ"
        " مشینیں نصب، روزانہ اٹھارہ مریضوں کا علاج</b></div>"
        f"<div class='storytext'>{text}</div></td></tr></table></td></tr></table></body></html>"
    )


def test_a_story_cell_of_a_layout_table_keeps_its_paragraphs() -> None:
    for related in (0, 3):
        found = extract_html(_table_page(URDU, related))
        assert found is not None
        assert list(found.paragraphs) == URDU, related
        assert found.authors == ("نازیہ پروین",)
        assert (found.date or "").startswith("2013-03-19")
    # the English story on the same layout, which the vote already reads as paragraphs
    found = extract_html(_table_page(STORY, 3))
    assert found is not None
    assert list(found.paragraphs) == STORY


def test_a_writers_name_ending_in_a_vowel_sign_keeps_it() -> None:
    body = "".join(
        f"<p>អាជីវករផ្សារត្រីប្រមូលផ្តុំគ្នានៅមុខសាលាខេត្ត កាលពីព្រឹកថ្ងៃចន្ទ ដើម្បីតវ៉ា លេខ {n}។</p>" for n in range(6)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>ផ្សារ | កាសែត</title></head><body>"
        "<div class='article'><h1>អាជីវករផ្សារត្រី តវ៉ា</h1><div class='byline'>ដោយ៖"
        " <a href='/author/1/' rel='author'>ឡុង សុភក្ត្រា</a></div>"
        f"<div class='body'>{body}</div></div></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.authors == ("ឡុង សុភក្ត្រា",)


def _urdu_page(byline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><meta charset='utf-8'><meta name='author' content='روزنامہ صدائے وادی'>"
        "<title>صدائے وادی - خبریں - ہسپتال میں نیا یونٹ</title></head><body><div class='story'>"
        "<h1>ضلعی ہسپتال میں ڈائیلاسز یونٹ کھل گیا</h1><div class='dates'>آخری تازہ کاری:"
        " 20 مارچ 2013، 10:30 | تاریخ اشاعت: 19 مارچ 2013، 11:15</div>"
        f"<div class='byline'>{byline}</div><div class='text'>{body}</div></div></body></html>"
    )


def test_urdu_stamps_months_and_a_byline_over_the_sites_author_tag() -> None:
    found = extract_html(_urdu_page("رپورٹ: <b>نازیہ پروین اور عمران شہزاد</b>"))
    assert found is not None
    assert found.authors == ("نازیہ پروین", "عمران شہزاد")
    assert (found.date or "").startswith("2013-03-19")
    assert md.parse_date("12 مارچ 2013")[0] == "2013-03-12"
    # with no byline, the author tag is read as before
    found = extract_html(_urdu_page(""))
    assert found is not None
    assert found.authors == ("روزنامہ صدائے وادی",)


def test_khmer_and_urdu_labels_and_print_notes() -> None:
    assert not md.is_person_name("ប្រភព៖ ទីភ្នាក់ងារព័ត៌មានភូមិភាគ")
    assert md.is_person_name("ឡុង សុភក្ត្រា")
    notes = [
        "អត្ថបទនេះក៏បានចុះផ្សាយនៅក្នុងកាសែតមាត់ទន្លេប្រចាំសប្តាហ៍ លេខ ៤១៧",
        "یہ خبر روزنامہ وادی کی 13 مارچ 2013 کی اشاعت میں بھی شائع ہوئی۔",
        "یہ رپورٹ روزنامہ وادی کے سنڈے میگزین میں 17 مارچ 2013 کو شائع ہوئی۔",
        "This story also appears in the Tuesday, November 12, 2013 print edition of The"
        " Valley Sentinel.",
    ]
    for note in notes:
        assert bp.is_print_note(note), note
    # a sentence about a news item that ran nowhere, or a report another journal printed,
    # is text
    assert not bp.is_print_note("یہ خبر غلط ہے اور کسی اخبار میں شائع نہیں ہوئی۔")
    assert not bp.is_print_note("یہ رپورٹ امریکی جریدے ٹائم میگزین میں شائع ہوئی۔")
    assert not bp.is_print_note(
        "This story also appears to show that the print edition still sells on Tuesdays."
    )


def _split_story_beside(teasers: list[str]) -> str:
    """The Urdu layout page, its story's paragraphs split by <br>, a column of `teasers`
    in <p>s beside its cell."""
    column = "".join(f"<p>{p}</p>" for p in teasers)
    page = _table_page(URDU, 0).replace("".join(f"<p>{p}</p>" for p in URDU), "<br><br>".join(URDU))
    return page.replace(
        "<td class='centercol'>", f"<td class='leftcol'>{column}</td><td class='centercol'>"
    )


def _assert_story_kept(page: str) -> None:
    found = extract_html(page)
    assert found is not None
    text = " ".join(found.paragraphs)
    assert all(p in text for p in URDU)


def test_a_layout_beside_teasers_and_a_data_table_keep_their_text() -> None:
    # the story's paragraphs split by <br>, a column of teasers in <p>s beside it: the
    # story's text stays
    _assert_story_kept(_split_story_beside(STORY))
    # an article with a data table one of whose cells runs long keeps the table's rows
    note = " ".join(STORY[:2]) + " " + " ".join(STORY[3:5])
    rows = "".join(
        f"<tr><td>{name}</td><td>{votes}</td></tr>"
        for name, votes in (("Ann Carter", "1,204"), ("Bill Doyle", "987"), ("Cath Evans", "1,566"))
    )
    article = (
        "<html><head><title>By-election result | Valley Voice</title></head><body>"
        "<div class='article'><h1>Carter wins the north ward</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
        + f"<table><tr><th>Candidate</th><th>Votes</th></tr>{rows}"
        f"<tr><td colspan='2'>Note from the winner: {note}</td></tr></table></div></body></html>"
    )
    found = extract_html(article)
    assert found is not None
    assert any("Bill Doyle" in p and "987" in p for p in found.paragraphs)


def test_an_urdu_layout_beside_urdu_teasers_or_with_a_bare_lead_keeps_its_story() -> None:
    teasers = [
        f"ہسپتال کی ایک اور خبر نمبر {n} کے بارے میں ایک لمبا جملہ یہاں ہے۔" for n in range(12)
    ]
    _assert_story_kept(_split_story_beside(teasers))
    # the lead bare in the story's cell, the rest in paragraphs
    bare = _table_page(URDU, 0).replace(f"<p>{URDU[0]}</p>", URDU[0])
    found = extract_html(bare)
    assert found is not None
    assert URDU[0] in " ".join(found.paragraphs)
