"""Mainstream dailies' pages in languages other than English: readers' comments in a box
named in the page's language, other stories' teasers set as blocks of a headline and a
sentence, Chinese and Japanese sentences, and captions credited in the page's language.
Every page and line is invented for these tests."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import ensemble
from digest.extract import html as html_module
from digest.extract import text_metadata as md
from digest.extract.html import extract_html

STORY = [
    "Ein junger Elch ist am Samstagmorgen auf das Gelände eines Kindergartens in Nordby "
    "gelaufen und hat den Platz erst nach mehr als zwei Stunden wieder verlassen.",
    "Der Kindergarten war am Wochenende geschlossen, doch viele Nachbarn versammelten sich "
    "am Zaun, um das Tier zu beobachten und zu fotografieren.",
    "„Er hat erst von den Apfelbäumen gefressen und sich dann in den Sandkasten gelegt“, "
    "sagte eine Anwohnerin, die direkt gegenüber wohnt.",
    "Die Polizei rief schließlich einen Jäger aus dem Revier, der das Tier durch das Tor "
    "in Richtung Wald lockte. Verletzt wurde niemand.",
]

COMMENTS = [
    "Ich bin heute früh mit dem Hund vorbeigegangen und habe meinen Augen nicht getraut. "
    "Das Tier war viel größer, als man denkt, wenn man so nah davor steht.",
    "Gut, dass die Polizei so ruhig geblieben ist. Ein junger Bulle, der sich verlaufen hat, "
    "wird meistens friedlich, wenn man ihm Zeit und einen Weg nach draußen lässt.",
    "Zum Glück war Samstag. Man stelle sich vor, das wäre an einem Werktag mit dreißig "
    "Kindern auf dem Hof passiert. Die Gemeinde sollte den Zaun erhöhen.",
    "Ist das wirklich eine Nachricht? Elche gibt es hier doch überall. Schreibt lieber "
    "über die Umgehungsstraße, auf die wir seit zwanzig Jahren warten.",
    "Doch, das ist eine Nachricht. Es legt sich nicht jeden Tag ein Elch mitten im Ort in "
    "einen Sandkasten. Ein bisschen gute Laune am Samstag schadet niemandem.",
    "Im August sind die Äpfel noch nicht vergoren. Es sind eher junge Tiere, die von der "
    "Mutter verjagt wurden und ein eigenes Revier suchen. Dann landen sie manchmal im Ort.",
    "Derselbe Elch war diese Woche schon am Sportplatz, glaube ich. Er hatte eine kleine "
    "Kerbe im linken Ohr. Mal sehen, ob er wiederkommt, wenn der Kindergarten öffnet.",
    "Wir bauen immer weiter in den Wald hinein. Dann müssen wir damit rechnen, dass die "
    "Tiere uns ab und zu besuchen. Eigentlich ist es ja ihr Land gewesen.",
    "Meine Tochter geht in diesen Kindergarten und hat schon gefragt, ob der Elch dort "
    "wohnen bleiben darf. Die Kinder werden den ganzen Herbst davon reden.",
]


BRIEF = STORY[:2]


def comment_page(
    box: str = 'div id="kommentare"', item: str = 'div class="kommentar"', between: str = ""
) -> str:
    """A brief and its readers' comments in one column, as a daily sets them, the
    comments under a heading no rule knows: on such a page trafilatura keeps much of
    the column, and readability the comments too. `between`: what stands between them."""
    article = "".join(f"<p>{p}</p>" for p in BRIEF)
    tag, item_tag = box.split()[0], item.split()[0]
    comments = "".join(
        f'<{item}><p class="wer"><strong>leser{n}</strong> schrieb am 13. Aug 2011 kl. '
        f"09.{10 + n}</p><p>{text}</p></{item_tag}>"
        for n, text in enumerate(COMMENTS)
    )
    return (
        "<html><head><title>Elch im Kindergarten</title></head><body>"
        '<div id="kopf"><a href="/">Startseite</a> | <a href="/nachrichten">Nachrichten</a></div>'
        '<div id="spalte"><div class="artikel"><h1>Elch besucht den Kindergarten</h1>'
        '<p class="vorspann">Zwei Stunden im Sandkasten, die Nachbarn am Zaun</p>'
        f'<div class="text">{article}</div></div>{between}'
        f"<{box}><h3>Was unsere Leser sagen</h3>{comments}</{tag}></div>"
        '<div id="fuss"><p>Alle Rechte vorbehalten.</p></div>'
        "</body></html>"
    )


def text_of(html: str) -> str:
    result = extract_html(html)
    assert result is not None
    return "\n".join(result.paragraphs)


def test_comments_in_a_box_named_in_the_pages_language_are_no_article_text() -> None:
    text = text_of(comment_page())
    for paragraph in BRIEF:
        assert paragraph in text
    for comment in COMMENTS:
        assert comment not in text


def test_comment_boxes_are_told_by_a_whole_word_of_their_class_or_id() -> None:
    for box, item in [
        ('section id="reacties"', 'div class="reactie"'),
        ('div class="forumPostings"', 'div class="posting"'),
        ('div class="nv-comments"', 'div class="nv-comment"'),
        ('div id="yorumlar"', 'div class="yorum"'),
    ]:
        text = text_of(comment_page(box, item))
        assert BRIEF[0] in text and BRIEF[-1] in text, box
        assert not any(comment in text for comment in COMMENTS), box


def test_a_box_named_for_an_opinion_column_is_no_comment_box() -> None:
    # "commentary" is an opinion column, "komentator" no box at all: the words are whole
    assert not ensemble._names_comments(None, "commentary-body")
    assert not ensemble._names_comments("commentator", None)
    assert ensemble._names_comments("forumInfo", None)
    assert ensemble._names_comments(None, "box replyitem")


def test_news_posted_as_a_forum_threads_first_post_keeps_its_text() -> None:
    # the first post is the article (the box that holds its first sentence); the
    # replies are comments
    posts = "".join(
        f'<div class="posting"><p class="wer">leser{n} 13.08.2011</p>{text}</div>'
        for n, text in enumerate(
            ["".join(f"<p>{p}</p>" for p in STORY), *(f"<p>{c}</p>" for c in COMMENTS[:3])]
        )
    )
    html = (
        "<html><head><title>Elch im Kindergarten</title></head><body>"
        '<div id="kopf"><a href="/">Forum</a></div>'
        f'<div id="forum"><h1>Elch besucht den Kindergarten</h1>{posts}</div>'
        "</body></html>"
    )
    text = text_of(html)
    for paragraph in STORY:
        assert paragraph in text
    assert not any(comment in text for comment in COMMENTS)


def test_a_code_listings_comment_span_stays() -> None:
    code = (
        '<pre><span class="comment">// load the reader module first</span>\n'
        "import reader from './reader.js';</pre>"
    )
    article = "".join(f"<p>{p}</p>" for p in STORY[:2])
    html = (
        "<html><head><title>Module loading</title></head><body>"
        f'<div class="post"><h1>Loading modules</h1>{article}{code}'
        f"<p>{STORY[2]}</p><p>{STORY[3]}</p></div></body></html>"
    )
    assert "// load the reader module first" in text_of(html)


TEASERS = [
    (
        "/nachrichten/baer-am-badesee",
        "Bär am Badesee gesichtet",
        "Mehrere Badegäste meldeten am Nachmittag einen Bären am Waldrand. Die Gemeinde "
        "sperrte den Strand für den Rest des Tages.",
    ),
    (
        "/nachrichten/reh-im-tor",
        "Reh verfängt sich im Fußballtor",
        "Die Feuerwehr musste das Netz aufschneiden. Nach einer halben Stunde sprang das "
        "Tier unverletzt davon in den Wald.",
    ),
    (
        "/nachrichten/wildunfaelle",
        "So viele Wildunfälle wie nie",
        "Fast viertausend Unfälle mit Elchen und Rehen zählte die Polizei im Sommer. Sie "
        "bittet Autofahrer, in der Dämmerung langsamer zu fahren.",
    ),
]


def test_teasers_set_as_blocks_of_a_headline_and_a_sentence_are_no_article_text() -> None:
    # between a one-paragraph brief and its comments, where trafilatura keeps them
    blocks = "".join(
        f'<div class="anriss"><a href="{href}"><strong>{head}</strong></a><p>{summary}</p></div>'
        for href, head, summary in TEASERS
    )
    between = f'<div class="anrisse"><h3>Lesen Sie auch</h3>{blocks}</div>'
    text = text_of(comment_page(between=between).replace(f"<p>{BRIEF[1]}</p>", ""))
    assert BRIEF[0] in text
    for _, head, summary in TEASERS:
        assert summary not in text and head not in text


JAPANESE_STORY = [
    "山あいの北見沢町で、最後の路線バスが姿を消して一年がたった。代わりに町が始めたのは、"
    "前日までに電話で予約すれば家の前まで迎えに来る乗り合いタクシーだ。",
    "町の人口は約五千人で、六十五歳以上が四割を占める。車を運転しない住民にとって、"
    "診療所や商店までの足をどう確保するかが長年の課題だった。",
    "利用者は事前に町に登録し、乗る日の前日の夕方までに予約センターに電話する。"
    "運賃は町内どこまで乗っても一回三百円で、家族で乗れば割引もある。",
    "町の担当者は「運転手の確保が次の課題だ」と話す。委託先のタクシー会社では、"
    "運転手の平均年齢が六十歳を超えているという。",
]

JAPANESE_TEASERS = [
    (
        "/news/0601/a",
        "梅雨入り、平年より遅く 南部地方で",
        "気象台は一日、梅雨入りしたとみられると発表した。今後一週間は曇りや雨の日が多くなる見込みだ。",
    ),
    (
        "/news/0601/b",
        "小学校の耐震化、進まぬ地域も",
        "文部科学省の調査で、公立小中学校の耐震化率に大きな地域差があることがわかった。",
    ),
    (
        "/news/0601/c",
        "ホタルの乱舞、今年も 住民が水路を手入れ",
        "地元の保存会が手入れを続けてきた水路で、ゲンジボタルが飛び始めた。見ごろは六月中旬まで。",
    ),
]


def test_a_japanese_teaser_list_is_no_article_text() -> None:
    # no spaces and no capitals: a headline's length and a summary's sentence are
    # counted in characters, and any letter may open the summary
    article = f"<p>{JAPANESE_STORY[0]}</p>"  # a brief, where trafilatura keeps the list too
    items = "".join(
        f'<li><a href="{href}"><strong>{head}</strong></a><p>{summary}</p></li>'
        for href, head, summary in JAPANESE_TEASERS
    )
    html = (
        '<html lang="ja"><head><title>乗り合いタクシー</title></head><body>'
        '<div id="main"><h1>路線バス消えた町、乗り合いタクシーで通院</h1>'
        f'<div class="article">{article}</div>'
        f'<h3>社会 最新記事</h3><ul class="ranking">{items}</ul></div>'
        "</body></html>"
    )
    teasers = ensemble.Page.parse(html).teaser_items()
    for _, head, summary in JAPANESE_TEASERS:
        assert ensemble.line_words(f"{head} {summary}") in teasers
    text = text_of(html)
    assert JAPANESE_STORY[0] in text
    for _, _, summary in JAPANESE_TEASERS:
        assert summary not in text


def test_a_chinese_or_japanese_sentence_is_a_sentence() -> None:
    # few runs of word characters between its commas, but many words' worth of them
    assert ensemble.is_sentence(
        "光明戲院建於一九一二年，最早演出歌仔戲與布袋戲，戰後改為電影院，全盛時期一天放映五場。"
    )
    assert ensemble.is_sentence(JAPANESE_STORY[1])
    assert not ensemble.is_sentence("讀者回應(6)")
    assert not ensemble.is_sentence("民國99年04月12日 04:10")


def test_comments_under_a_chinese_article_are_no_article_text() -> None:
    story = [
        "嵐溪老街上已有百年歷史的光明戲院，停業近三十年後，將在今年底變身為社區圖書館，"
        "鎮公所昨天與戲院所有權人簽下二十年無償使用契約。",
        "光明戲院建於一九一二年，最早演出歌仔戲與布袋戲，戰後改為電影院，全盛時期一天放映五場，"
        "老街上擠滿看戲的人潮。",
        "鎮長表示，修復工程將分兩期進行，第一期先補強結構、重建屋頂，第二期再規劃閱覽區與兒童書區。",
    ]
    replies = [
        "小時候常常跟阿公去戲院看電影，門口還有賣烤香腸的攤子，聽到要變成圖書館真的很開心。",
        "修好之後停車怎麼辦？老街假日已經很塞了，鎮公所應該一起想一想交通的問題。",
    ]
    items = "".join(
        f'<div class="replyitem"><p class="who">讀者{n}　2010/04/12 07:2{n}</p><p>{r}</p></div>'
        for n, r in enumerate(replies)
    )
    html = (
        '<html lang="zh-TW"><head><title>老戲院變身圖書館</title></head><body>'
        '<div id="main"><h1>百年戲院將變身社區圖書館</h1>'
        + "".join(f"<p>{p}</p>" for p in story)
        + f'<div id="reply"><h3>讀者回應(2)</h3>{items}</div></div>'
        "</body></html>"
    )
    text = text_of(html)
    assert story[0] in text and story[-1] in text
    for reply in replies:
        assert reply not in text


def test_captions_credited_in_the_pages_language() -> None:
    for caption in [
        "Die Halle am Hafen, gestern Abend. (Foto: Jan Möller)",
        "Il centro storico visto dalla strada provinciale. (Foto di Enzo Caruana)",
        "Traktörler ilçe merkezine girerken. (Fotoğraf: Kemal Sarı)",
        "Sala kina przed sobotnią premierą. Fot. Marek Zieliński / Agencja GK",
        "停業近三十年的戲院，立面仍保留日治時期的裝飾。（記者林怡君攝）",
        "새 다리가 오늘 개통됐다. (사진 김민수 기자)",
    ]:
        assert bp.has_photo_credit(caption), caption
    for sentence in [
        "Die Fotografin Anna Berg zeigt ihre Bilder ab Montag im Rathaus.",
        "Er zeigte ein Foto der alten Brücke, das sein Vater 1961 gemacht hatte.",
        "Fotos will die Gemeinde im Frühjahr im Rathaus ausstellen.",
    ]:
        assert not bp.has_photo_credit(sentence), sentence


def test_publishing_stamps_side_by_side_are_stamps() -> None:
    for line in [
        "03.02.2010 | 12:05 — Actualizado: 14:27",
        "12 marzo 2011 — ultimo aggiornamento: 13 marzo 2011 ore 10:02",
        "14.10.2009 - 09:12 | Actualizado às 11:40",
        "Lunes 12 de marzo de 2012 | 00:15 hrs. — Actualizado 13:42 hrs.",
        "(Le Courrier du Val) Créé: 25.09.2011, 17h48",
    ]:
        assert md.date_stamp(line) == "timed", line
    for line in [
        "The council met on 12 March 2011 at 10:02 to vote on the budget.",
        "Il consiglio si è riunito il 12 marzo 2011 alle 10:02 per il bilancio.",
        "12 marzo 2011 — la giunta approva il bilancio",  # a timeline's entry
        "Los vecinos cortaron la carretera el 3.02.2010 | 12:05",
    ]:
        assert md.date_stamp(line) is None, line


def test_a_wires_dateline_and_its_byline_in_spanish() -> None:
    assert html_module._opens_with_dateline(
        "SAN ISIDRO, 11 de marzo.— Vecinos de catorce colonias cumplieron tres semanas."
    )
    assert html_module._opens_with_dateline(
        "Valdeolmos, 3 feb (EFE).- La Junta destinará cuatro millones al balneario."
    )
    assert not html_module._opens_with_dateline("Hola.- Buenos días a todos.")
    assert md.find_byline(["EFE | Valdeolmos"])[0] == ("EFE",)
    assert md.find_byline(["Reuters, Madrid"])[0] == ("Reuters",)
    # an agency and a name after a slash credit a picture; an acronym with a word is none
    for line in ["Reuters/Ana Ruiz", "AFP/Getty Images", "APA Style", "AAP Recommendations"]:
        assert md.find_byline([line])[0] == (), line


SPANISH_STORY = [
    "Valdeolmos, 3 feb (EFE).- La Junta destinará cuatro millones de euros a rehabilitar el "
    "antiguo balneario de Fuente Clara, cerrado desde 1987, para reabrirlo como centro termal.",
    "El consejero de Turismo, que ha visitado las instalaciones con el alcalde, ha explicado "
    "que las obras se licitarán en las próximas semanas y durarán unos catorce meses.",
    "El alcalde ha agradecido la inversión y ha recordado que los vecinos llevaban más de "
    "veinte años reclamando la reapertura del edificio, que da trabajo a cuarenta personas.",
]


def test_a_deck_over_an_agency_byline_and_its_stamps_is_no_article_text() -> None:
    deck = (
        "El consejero de Turismo anuncia que las obras se licitarán en las próximas semanas y "
        "que el centro termal estará abierto antes del verano de 2012"
    )
    html = (
        '<html lang="es"><head><title>Balneario | Diario del Valle</title></head><body>'
        '<div id="cabecera"><a href="/">Portada</a> · <a href="/region">Región</a></div>'
        '<div class="noticia"><p class="antetitulo">Turismo termal</p>'
        "<h1>La Junta destinará cuatro millones a reabrir el balneario</h1>"
        f'<p class="entradilla">{deck}</p>'
        '<p class="firma">EFE | Valdeolmos</p>'
        '<p class="fecha">03.02.2010 | 12:05 — Actualizado: 14:27</p>'
        '<p class="herramientas">Imprimir · Enviar · Comentarios (12)</p>'
        '<div class="foto"><img src="/f.jpg" alt=""><p class="leyenda">La fachada del antiguo balneario.</p></div>'
        + "".join(f"<p>{p}</p>" for p in SPANISH_STORY)
        + "</div></body></html>"
    )
    text = text_of(html)
    assert text.split("\n")[0] == SPANISH_STORY[0]
    assert deck not in text and "Actualizado" not in text


def test_dates_in_more_languages_and_calendars() -> None:
    for line, day in [
        ("14 Şubat 2011 Pazartesi 11:42", "2011-02-14"),
        ("12 мая 2011, 09:15", "2011-05-12"),
        ("3 березня 2010", "2010-03-03"),
        ("3 Μαΐου 2010", "2010-05-03"),
        ("15. toukokuuta 2011", "2011-05-15"),
        ("Posted on Maret 30, 2015 by Admin", "2015-03-30"),
        ("7 de març de 2011", "2011-03-07"),
        # a Taiwanese paper's Minguo year, a Japanese era's, a Thai Buddhist-era year
        ("民國99年04月12日 04:10", "2010-04-12"),
        ("平成22年6月1日", "2010-06-01"),
        ("平成元年1月8日", "1989-01-08"),
        ("15 มีนาคม พ.ศ. 2554", "2011-03-15"),
    ]:
        parsed = md.parse_date(line)
        assert parsed is not None and parsed[0][:10] == day, line
    assert md.parse_date("Ekim ayında 400 traktör yürüdü") is None


def test_a_deck_over_a_reporters_name_and_town_and_a_stamp_is_no_article_text() -> None:
    # the byline as Turkish papers set it: "NAME / TOWN", the town in capitals
    deck = (
        "Düşük fiyatları protesto eden yaklaşık dört yüz traktör, sahil yolunu üç saat "
        "boyunca tek şeride düşürdü. Üreticiler devletten yeni bir taban fiyat istiyor."
    )
    story = [
        "Çamlıdere'de fındık üreticileri, düşük fiyatları protesto etmek için yaklaşık dört "
        "yüz traktörle ilçe merkezine yürüdü ve hükümet meydanında toplandı.",
        "İlçe Ziraat Odası'nın çağrısıyla düzenlenen eyleme çevre köylerden binlerce üretici "
        "katıldı. Eylem öğleden sonra olaysız sona erdi.",
    ]
    html = (
        '<html lang="tr"><head><title>Fındık eylemi - Gündem</title></head><body>'
        '<div class="haber"><h1>Çamlıdere’de üreticiler traktörlerle yürüdü</h1>'
        f'<p class="spot">{deck}</p><p class="muhabir">Selin Aydın / ÇAMLIDERE</p>'
        '<p class="tarih">14 Şubat 2011 Pazartesi 11:42 | Güncelleme: 14 Şubat 2011 '
        "Pazartesi 16:05</p>" + "".join(f"<p>{p}</p>" for p in story) + "</div></body></html>"
    )
    result = extract_html(html)
    assert result is not None
    assert result.paragraphs[0] == story[0]
    assert result.date is not None and result.date.startswith("2011-02-14")
    assert result.authors == ("Selin Aydın",)
    # a picture's credit names an agency or an outlet after the slash
    assert md.find_byline(["Ana Ruiz / REUTERS"])[0] == ()
    assert md.find_byline(["Ana Ruiz / The Harbour Gazette"])[0] == ()
    assert md.find_byline(["Ana K. Ruiz/HARBOURMEDIA"])[0] == ()


def test_tags_subscription_calls_and_comment_headings_in_other_languages() -> None:
    for line in [
        "Mots-clés : Santé, Hôpital, Manifestation",
        "Trefwoorden: storm, weer, treinverkeer",
        "Теги: мосты, дороги, транспорт",
        "Etiketler: fındık, çiftçi, eylem",
        "Abonnez-vous et recevez le journal chaque matin avant 7 h 30.",
        "Assinatura digital por R$ 9,90 no primeiro mês: acesso ilimitado ao site.",
    ]:
        assert bp.is_furniture(line), line
    for line in ["Postings", "讀者回應(6)", "网友评论："]:
        assert bp.is_comment_heading(line), line
    # a sentence about topics or subscribers is text
    for line in [
        "Les mots-clés de la campagne étaient la santé et l'emploi.",
        "Abonnés depuis vingt ans, ils ont reçu le journal chaque matin.",
    ]:
        assert not bp.is_furniture(line), line
