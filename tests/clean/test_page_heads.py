"""Page heads as sites print them: skip links, menus, taglines, tag lists, bylines, stamps."""

from __future__ import annotations

import pytest

from marsad.clean.extract import extract
from marsad.ingest.page import Page
from marsad.model import Source

LEAD = ("وصل السفير السعودي لدى اليمن محمد آل جابر، أمس الأحد، إلى صنعاء على رأس وفد سعودي يرافقه وفد "
        "من سلطنة عمان، في زيارة هي الأبرز منذ سنوات، تهدف إلى بحث تثبيت الهدنة ووقف إطلاق النار.")
MORE = ("وقال آل جابر في تغريدة إن الزيارة تأتي بهدف تثبيت الهدنة ودعم عملية تبادل الأسرى، وبحث سبل "
        "الحوار بين المكونات اليمنية للوصول إلى حل سياسي شامل.")


def _doc(head: str):
    text = head + "\n\n" + LEAD + "\n\n" + MORE + "\n\nاقرأ أيضا\nخبر آخر عن اليمن والسعودية\n"
    return extract(Page(id="p", source=Source(path="p.txt", url=None, format="text"), text=text))


def test_skip_link_menu_and_tagline_are_not_the_headline():
    doc = _doc("تخطى إلى المحتوى\nالشرق الأوسط\nجريدة العرب الدولية\nالرئيسية\nالعالم العربي\nفن وثقافة\n"
               "السفير السعودي ووفد عماني في صنعاء لتثبيت الهدنة\nالاثنين - 19 شهر رمضان 1444 هـ - 10 أبريل 2023 مـ\nشارك")
    assert doc.title == "السفير السعودي ووفد عماني في صنعاء لتثبيت الهدنة"
    assert doc.published.date == "2023-04-10"  # a Hijri date written with "شهر" beside it
    assert {d.text: d.reason for d in doc.dropped}["تخطى إلى المحتوى"] == "navigation"


def test_a_tag_list_is_not_the_headline():
    doc = _doc("وكالة الأناضول\nالرئيسية\nالدول, الشرق الأوسط, اليمن, السعودية\nالسفير السعودي يصل إلى صنعاء على رأس وفد\n17.07.2023")
    assert doc.title == "السفير السعودي يصل إلى صنعاء على رأس وفد"
    assert {d.text: d.reason for d in doc.dropped}["الدول, الشرق الأوسط, اليمن, السعودية"] == "tags"


def test_a_long_headline_over_a_desk_byline_and_a_stamp():
    """"هسبريس من الرباط" credits the outlet and its desk; "منذ 6 ساعات" is a stamp; the
    headline above them is no paragraph of the article, however long."""
    headline = "الملك محمد السادس يتباحث هاتفيا مع ترامب .. واشنطن تعترف بمغربية الصحراء والرباط تستأنف علاقاتها مع إسرائيل"
    doc = _doc(f"هسبريس\nالرئيسية\nسياسة\n{headline}\nهسبريس من الرباط\nمنذ 6 ساعات\n26 - يوليو - 2021\nشارك")
    assert doc.title == headline and doc.body.startswith("وصل السفير")
    assert doc.outlet.name == "Hespress"
    assert doc.published.date == "2021-07-26"
    assert {d.text: d.reason for d in doc.dropped}["منذ 6 ساعات"] == "timestamp"


def test_a_latin_masthead_names_the_outlet_before_a_menu_item():
    doc = _doc("BBC News, عربي\nتخطى إلى المحتوى\nالرئيسية\nالشرق الأوسط\nالسفير السعودي يصل إلى صنعاء على رأس وفد\n9 يناير/ كانون الثاني 2025")
    assert doc.outlet.name == "BBC Arabic"
    assert doc.published.date == "2025-01-09"


def test_a_site_tagline_a_ticker_or_the_day_s_weather_are_not_the_headline():
    """Lines a bar parts ("لبنان اليوم | موقع إخباري مستقل", "عاجل | تابعوا ...", "الأربعاء ٢٤
    نيسان ٢٠٢٤ | بغداد ٢٨°") give way to a headline without one; a headline with a label keeps it."""
    doc = _doc("لبنان اليوم | موقع إخباري مستقل\nالرئيسية / لبنان / سياسة\nعاجل | تابعوا آخر تطورات الأوضاع في المنطقة لحظة بلحظة\n"
               "السفير السعودي يصل إلى صنعاء على رأس وفد\nبيروت - الوكالة الوطنية للإعلام")
    assert doc.title == "السفير السعودي يصل إلى صنعاء على رأس وفد"
    assert doc.outlet.name == "National News Agency (Lebanon)"
    doc = _doc("الرئيسية\nفيديو | السفير السعودي يصل إلى صنعاء على رأس وفد\nالجزائر - واج")
    assert doc.title == "فيديو | السفير السعودي يصل إلى صنعاء على رأس وفد"
    assert doc.outlet.name == "Algérie Presse Service"


def test_a_long_headline_over_a_credit_of_an_unknown_outlet():
    """"بيروت – «لبنان اليوم»": a place and a quoted name make a credit line, so the long line
    above it is the headline, not the first paragraph."""
    headline = "وقف إطلاق النار بين لبنان وإسرائيل يدخل حيّز التنفيذ.. والنازحون يسلكون طريق العودة جنوباً"
    doc = _doc(f"الرئيسية / لبنان / سياسة\n{headline}\nبيروت – «لبنان اليوم»")
    assert doc.title == headline and doc.body.startswith("وصل السفير")


def test_a_menu_copied_with_wide_gaps_and_a_ticker_are_not_the_headline():
    """A menu copied as text, its items parted by wide gaps ("الرئيسية   محليات   سياسة"), the
    weather beside the site's day, and a breaking-news ticker ("عاجل: ...", "آخر الأخبار: ...")
    above the title; the day of the page is the one under the title, not the site's today."""
    doc = _doc("شبكة الفرات الإخبارية\nالرئيسية   محليات   سياسة   اقتصاد   رياضة   ثقافة وفنون   كتّاب وآراء\n"
               "الثلاثاء 22 أكتوبر     العدد 4512     الكويت 34°\n"
               "الأربعاء ٢٤ نيسان ٢٠٢٤ | بغداد ٢٨°\nعاجل: خلية الإعلام الأمني: اعتقال ستة مشتبه بهم في الأنبار\n"
               "آخر الأخبار: وزير الري يتفقد أعمال تأهيل الترع ... البورصة تربح 4 مليارات جنيه ...\n\n"
               "السفير السعودي ووفد عماني في صنعاء لتثبيت الهدنة\n\nآخر تحديث: ٢٢ نيسان ٢٠٢٤ - ٠٨:٤٧ مساءً")
    assert doc.title == "السفير السعودي ووفد عماني في صنعاء لتثبيت الهدنة"
    assert doc.published.date == "2024-04-22"
    assert {d.text: d.reason for d in doc.dropped}["الرئيسية   محليات   سياسة   اقتصاد   رياضة   ثقافة وفنون   كتّاب وآراء"] == "navigation"
    assert "البورصة" not in doc.body and "عاجل" not in doc.body


@pytest.mark.parametrize(
    "head, title_start, published",
    [
        # two long lines without a full stop, then a credit of several places: the headline and its
        # subtitle, not the article; a print issue's date line ("... مـ  رقم العدد [ 9831 ]") dates the page
        ("المشرق الدولية\nالجمعة - 11 رجب 1441 هـ - 06 مارس 2020 مـ     رقم العدد [ 9831 ]\n\n"
         "بوتين وإردوغان يتفقان على وقف النار في إدلب... و«ممر أمني» ودوريات مشتركة على طريق «إم 4» الدولي\n"
         "المدفعية التركية قصفت مواقع للنظام قبل ساعات من القمة... وموسكو اتهمت أنقرة بعدم تنفيذ «تفاهمات سوتشي»\n\n"
         "موسكو - أنقرة - لندن: «المشرق الدولية»", "بوتين وإردوغان يتفقان على وقف النار", "2020-03-06"),
        # a long headline with a colon over a dateline without its year ("تونس الآن - الإثنين 26 جويلية، 13:40")
        ("تونس الآن\nالرئيسية | وطنية | جهات | اقتصاد | عالمية | رياضة\n"
         "عاجل: رئاسة الجمهورية تعلن إعفاء وزير الدفاع الوطني والوزيرة المكلفة بتسيير وزارة العدل\n\n"
         "بعد إعلان سعيّد تجميد البرلمان وإعفاء المشيشي: احتجاجات واحتجاجات مضادة أمام باردو ونقابة الصحفيين ترفض غلق مكتب \"الجزيرة\"\n\n"
         "تونس الآن - الإثنين 26 جويلية، 13:40", "بعد إعلان سعيّد تجميد البرلمان", None),
    ],
    ids=["subtitle-and-credit", "yearless-dateline"],
)
def test_a_long_headline_above_head_material_is_the_title(head, title_start, published):
    """A long headline (and its subtitle) followed by head material is the title, not the article's
    first paragraph."""
    doc = _doc(head)
    assert doc.title.startswith(title_start)
    assert doc.body.startswith("وصل السفير السعودي")
    if published:
        assert doc.published.date == published


def test_an_html_pages_own_title_is_not_its_first_paragraph():
    """An HTML page's <h1>, however long, repeats its <title>: the title, not the body's head."""
    title = "مؤتمر برلين يتعهد باحترام حظر السلاح ويدعو إلى وقف دائم لإطلاق النار في ليبيا وإلى تشكيل لجنة عسكرية مشتركة"
    html = (f"<html><head><title>{title} | بوابة ليبيا</title></head><body><nav>الرئيسية</nav><article><h1>{title}</h1>"
            f"<p>{LEAD}</p><p>{MORE}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>")
    doc = extract(Page(id="h", source=Source(path="h.html", url=None, format="html"), html=html))
    assert doc.title == title
    assert doc.body.startswith("وصل السفير السعودي")


def test_a_menu_parted_by_bullets_and_a_breadcrumb_by_arrows():
    """"الرئيسية  •  صحة  •  طقس ...  •  فيروس كورونا: آخر المستجدات" (one item longer) and
    "الرئيسية ← صحة وطقس ← تقارير" are navigation, not the article nor its title."""
    doc = _doc("الرئيسية  •  صحة  •  طقس  •  تغذية  •  أسرة وطفل  •  علوم  •  فيديو  •  فيروس كورونا: آخر المستجدات\n"
               "الرئيسية ← صحة وطقس ← تقارير\n\n"
               "موجة حر تضرب المنطقة.. والأطباء يحذرون من تزامنها مع الهجوم الفيروسي\n\nالخميس 16 يوليو 2020 - 09:05 ص")
    assert doc.title == "موجة حر تضرب المنطقة.. والأطباء يحذرون من تزامنها مع الهجوم الفيروسي"
    assert doc.body.startswith("وصل السفير السعودي") and doc.published.date == "2020-07-16"


def test_a_kicker_over_the_headline_is_not_the_title():
    """"في ختام الدورة الـ(١٥٩) للمجلس الوزاري بالرياض" over a headline twice as long: the
    headline is the title; a credit line under a short title is no headline
    ("حميدتي في أديس أبابا" / "أديس أبابا - بي بي سي")."""
    doc = _doc("الخليج اليوم\nخليجيات\n\nفي ختام الدورة الـ(١٥٩) للمجلس الوزاري بالرياض\n"
               "«الوزاري الخليجي» يطالب مجلس الأمن بقرار ملزم لوقف إطلاق النار في غزة ويرفض احتلال الجزر الثلاث\n\n"
               "الرياض - «الخليج اليوم» - واس\nنُشر في: ٤ مارس ٢٠٢٤ - ٠١:١٥ ص")
    assert doc.title.startswith("«الوزاري الخليجي» يطالب مجلس الأمن")
    doc = _doc("الرئيسية\nحميدتي في أديس أبابا\nأديس أبابا - بي بي سي\n27 ديسمبر 2023")
    assert doc.title == "حميدتي في أديس أبابا"


def test_a_live_blogs_update_notice_is_not_the_headline():
    """"● مباشر — يتم تحديث الصفحة تلقائياً" is a widget; the labelled headline above it is the title."""
    doc = _doc("الرئيسية › أخبار › عربي › السودان\n\n"
               "تغطية مباشرة | الجيش السوداني والدعم السريع يوقعان في جدة اتفاقاً لوقف إطلاق النار لمدة أسبوع\n\n"
               "آخر تحديث: السبت 20 مايو 2023 - 23:58\n● مباشر — يتم تحديث الصفحة تلقائياً")
    assert doc.title.startswith("تغطية مباشرة | الجيش السوداني")


def test_a_bracketed_day_with_slashes_under_a_ticker_and_the_headline():
    """"عاجل: ..." is a ticker, not the article's first paragraph; "[٠٩/ أبريل/٢٠٢٣]" is the
    headline's day, not a breadcrumb."""
    doc = _doc("وكالة الأنباء اليمنية\nالرئيسية | محلية | سياسية | رياضة\n"
               "عاجل: اللجنة الوطنية لشؤون الأسرى: استكمال الترتيبات الفنية لصفقة التبادل مع الطرف الآخر ...\n"
               "الرئيس المشاط يلتقي الوفدين السعودي والعماني بصنعاء\n[٠٩/ أبريل/٢٠٢٣]")
    assert doc.title == "الرئيس المشاط يلتقي الوفدين السعودي والعماني بصنعاء"
    assert doc.published.date == "2023-04-09" and doc.body.startswith("وصل السفير")


def test_the_headline_over_the_day_after_the_sites_tagline_and_menus():
    """A tagline, menus and a breadcrumb, then the headline and its day: the line over the day
    is the headline, not the tagline taken first."""
    headline = "الرئيس عون وقّع رسالة الموافقة على اتفاق ترسيم الحدود البحرية الجنوبية بحضور هوكشتاين"
    doc = _doc(f"وزارة الإعلام - الجمهورية اللبنانية\nالرئيسية | سياسة | أمن وقضاء | اقتصاد | محليات\n"
               f"الرئيسية > سياسة\n{headline}\nالخميس 27 تشرين الأول 2022 الساعة 14:05")
    assert doc.title == headline and doc.published.date == "2022-10-27"


def test_a_standfirst_ending_a_sentence_stays_with_the_article():
    """The headline, then a standfirst that is a sentence, then the outlet's credit and a stamp:
    the headline is the title, the standfirst the article's first paragraph, the credit chrome."""
    headline = "عدوان أميركي - بريطاني على اليمن.. والقوات المسلحة اليمنية: لن يمرّ من دون ردّ وعقاب"
    standfirst = "القوات المسلحة اليمنية تعلن أنّ العدوان نفّذ 73 غارة على 5 محافظات، والمتحدث باسم أنصار الله يؤكد أنّ الاستهداف مستمر."
    doc = _doc(f"الميادين نت\nأخبار   سياسة   اقتصاد   ثقافة   تقارير\nاليمن\n{headline}\n{standfirst}\nالميادين نت\nمنذ 3 ساعات   |   11:48")
    assert doc.title == headline and doc.body.startswith(standfirst)
    assert "الميادين نت" not in doc.body.split("\n\n")


def test_a_credit_of_an_unknown_outlet_under_a_long_headline():
    headline = "توقيع اتفاق «وقف دائم لإطلاق النار» في جنيف.. والمرتزقة أمامهم ثلاثة أشهر لمغادرة ليبيا بحسب نص الاتفاق"
    doc = _doc(f"بوابة الوسط\nليبيا | عربي ودولي | اقتصاد | رياضة\nالرئيسية / ليبيا\n{headline}\nجنيف - بوابة الوسط\nمنذ 3 ساعات  |  آخر تحديث: 17:40")
    assert doc.title == headline


def test_a_site_named_only_after_the_headline_in_the_html_title():
    """No site name in the page's metadata: the short part after the bar of its <title> is the
    outlet ("<headline> | العربي الجديد"), not the headline."""
    title = "مجلس الأمن يطالب الحوثيين بوقف هجماتهم في البحر الأحمر... وامتناع أربع دول بينها الجزائر"
    html = (f"<html><head><title>{title} | العربي الجديد</title></head><body><nav>الرئيسية</nav><article><h1>{title}</h1>"
            f"<p>{LEAD}</p><p>{MORE}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>")
    doc = extract(Page(id="h", source=Source(path="h.html", url=None, format="html"), html=html))
    assert doc.title == title and doc.outlet.text == "العربي الجديد"


def test_an_html_pages_own_dateline_under_its_headline_beats_a_guess():
    """No date in the page's markup: the line under the headline ("الثلاثاء 22 دجنبر 2020 - 19:41",
    a Moroccan month name htmldate cannot read) dates the page, not the bar above it ("الأربعاء 23
    دجنبر 2020") nor a guess of the first of the month."""
    title = "توقيع إعلان مشترك بين المغرب والولايات المتحدة وإسرائيل"
    html = (f"<html><head><title>{title} - هسبريس</title></head><body><div class='top'><span>الأربعاء 23 دجنبر 2020</span> | "
            f"<a href='/fr'>Hespress FR</a></div><nav><a href='/'>الرئيسية</a></nav><article><h1>{title}</h1>"
            f"<div class='meta'><span>هسبريس من الرباط</span> <span class='date'>الثلاثاء 22 دجنبر 2020 - 19:41</span></div>"
            f"<p>{LEAD}</p><p>{MORE}</p></article><footer>جميع الحقوق محفوظة 2020</footer></body></html>")
    doc = extract(Page(id="h", source=Source(path="h.html", url=None, format="html"), html=html))
    assert doc.published.date == "2020-12-22"


def test_a_reading_time_beside_the_byline_date_leaves_it_a_dateline():
    """"٢٠٢١/٠٨/٢٥ | ٠٨:١٥ 📖 قراءة: ٤ دقائق": the reading time is chrome of the dateline."""
    doc = _doc("الشروق أونلاين\nالرئيسية | الجزائر | العالم\nلعمامرة يعلن قطع العلاقات الدبلوماسية مع المغرب\nمحمد.ل\n"
               "٢٠٢١/٠٨/٢٥ | ٠٨:١٥     📖 قراءة: ٤ دقائق\nشارك:  فيسبوك  تويتر")
    assert doc.published.date == "2021-08-25"


def test_a_stamp_with_its_channel_and_a_sites_top_bar_are_head_material():
    """"منذ 3 ساعات | قناة ليبيا الأحرار - جنيف" under the headline and "الاثنين 20 يناير 2020 |
    طرابلس: 14° غائم جزئيا | سعر الدولار ...: 4.30 دينار" above it are chrome: the headline is the
    title (not a ticker above it, not the site's name), the article begins with its lead."""
    headline = "بعد خمسة أيام من المحادثات.. اللجنة العسكرية المشتركة توقع في جنيف اتفاقا لوقف دائم لإطلاق النار"
    doc = _doc(f"ليبيا الأحرار\nالرئيسية  |  أخبار ليبيا  |  عربي ودولي\nعاجل: وليامز: ملتقى الحوار السياسي الليبي ينطلق افتراضيا الاثنين المقبل\n\n"
               f"{headline}\n\nمنذ 3 ساعات     |    قناة ليبيا الأحرار - جنيف\nمشاركة:  فيسبوك  تويتر")
    assert doc.title == headline and doc.body.startswith(LEAD[:30]) and doc.outlet.name == "Libya Al-Ahrar"
    headline = "مؤتمر برلين يتبنى 55 بندا: التزام بحظر السلاح وتشكيل اللجنة العسكرية"
    doc = _doc(f"بوابة الوسط | ليبيا\nالرئيسية   ليبيا   عربي   دولي   اقتصاد\n"
               f"الاثنين 20 يناير 2020   |   طرابلس: 14° غائم جزئيا   |   سعر الدولار في السوق الموازية: 4.30 دينار\n\n"
               f"{headline}\n\nبرلين - بوابة الوسط\nنشر في: الاثنين 20 يناير 2020 - 10:37 ص")
    assert doc.title == headline and doc.body.startswith(LEAD[:30]) and doc.published.date == "2020-01-20"


def test_a_headline_over_a_wire_dateline_and_under_the_menus_is_the_title():
    """The lead opens with a wire dateline ("جنين 5-7-2023 وفا-"): the line over it is the
    headline, not the article's first paragraph; a masthead and the paper's tagline above the
    menus ("جريدة يومية سياسية تصدر عن ...") are not the title, nor the search box and the weather."""
    headline = "الاحتلال ينسحب من جنين ومخيمها بعد عدوان استمر يومين.. وحصيلة الشهداء ترتفع إلى 12"
    lead = "جنين 5-7-2023 وفا- انسحبت قوات الاحتلال الإسرائيلي فجر اليوم الأربعاء من مدينة جنين ومخيمها، بعد عدوان واسع استمر قرابة 48 ساعة."
    text = (f"وكالة الأنباء والمعلومات الفلسطينية - وفا\nالرئيسية | أخبار فلسطينية | الرئاسة | الحكومة\n\n"
            f"تاريخ النشر: 2023-07-05  07:40 AM\n\n{headline}\n\n{lead}\n\n{MORE}\n")
    doc = extract(Page(id="w", source=Source(path="w.txt", url=None, format="text"), text=text))
    assert doc.title == headline and doc.body.startswith(lead[:20])
    headline = "الاحتلال يماطل في إقرار اتفاق غزة.. و\"حماس\": ملتزمون بما أعلنه الوسطاء"
    doc = _doc(f"الشرق\nجريدة يومية سياسية تصدر عن دار الشرق للطباعة والنشر والتوزيع\n\n"
               f"الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة\nبحث...                          الدوحة 19° غائم جزئياً\n\n"
               f"عربي ودولي  >  فلسطين\n\n{headline}\n\nعربي ودولي\nمنذ 4 ساعات\nشارك:  فيسبوك  |  إكس  |  واتساب")
    assert doc.title == headline
    headline = "الحرس الثوري يستهدف قاعدة \"عين الأسد\" الأمريكية في العراق بعشرات الصواريخ"
    doc = _doc(f"IRNA  وكالة الجمهورية الإسلامية للأنباء\nفارسی | English | عربي | Русский\n"
               f"الرئيسية   سياسة   اقتصاد   مجتمع   ثقافة   رياضة   دولي\nسياسة   >   الأمن والدفاع\n"
               f"رمز الخبر: 83627419\n8/1/2020 - 08:15\n\n{headline}")
    assert doc.title == headline


def test_an_html_pages_headline_beats_a_credit_line_of_its_text():
    """trafilatura's text opens with the credit "رووداو - بغداد" (a spelling of the outlet we may not
    know): the page's own headline is the title."""
    title = "البرلمان العراقي يصوت على إنهاء تواجد القوات الأجنبية"
    html = (f"<html><head><title>{title} | رووداو.نت</title><meta property='og:site_name' content='Rudaw'></head><body>"
            f"<header><a href='/arabic'>رووداو</a></header><main><article><h1 class='article-title'>{title}</h1>"
            f"<div class='article-meta'><span class='author'>رووداو ديجيتال</span> <time datetime='2020-01-05T16:20:00+03:00'>الأحد، 05-01-2020 | 16:20</time></div>"
            f"<div class='article-body'><p>رووداو - بغداد</p><p>{LEAD}</p><p>{MORE}</p></div></article></main>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>")
    doc = extract(Page(id="h", source=Source(path="h.html", url=None, format="html"), html=html))
    assert doc.title == title


def test_a_marked_ticker_and_an_apps_banner_are_not_the_headline():
    """"⚠ عاجل: ..." (a mark is no word of the label), "شريط الأخبار: ... ● ..." and "تطبيق اليوم
    السابع على أندرويد وآيفون" stand over the headline; none of them is it."""
    headline = "مؤتمر باريس يجمع أكثر من ملياري يورو للسودان في الذكرى الأولى للحرب"
    doc = _doc(f"التغيير | صحيفة إلكترونية مستقلة\nالرئيسية  |  أخبار  |  تقارير\n⚠ عاجل: انقطاع شبكات الاتصالات في عدد من ولايات دارفور\n\n"
               f"أخبار\n\n{headline}\n\nالتغيير\nمنذ 3 ساعات")
    assert doc.title == headline and doc.outlet.name == "Al-Taghyeer"
    headline = "القوات البحرية تستولي على سفينة إسرائيلية في البحر الأحمر وتقتادها إلى الساحل اليمني"
    doc = _doc(f"المسيرة نت\nقناة المسيرة الفضائية\nالرئيسية | أخبار محلية | عربي ودولي\n\n"
               f"شريط الأخبار: القوات المسلحة اليمنية: عملياتنا مستمرة حتى يتوقف العدوان على غزة  ●  وصول قافلة جديدة من المساعدات إلى معبر رفح\n\n"
               f"طوفان الأقصى\n\n{headline}\n\nمنذ 4 ساعات   |   10:32 ص")
    assert doc.title == headline and doc.body.startswith(LEAD[:30])
    headline = "مصر توقع بالأحرف الأولى على اتفاق سد النهضة فى واشنطن.. وإثيوبيا تغيب عن الجولة الحاسمة"
    doc = _doc(f"اليوم السابع\nالرئيسية | أخبار عاجلة | سياسة | اقتصاد وبورصة\nتطبيق اليوم السابع على أندرويد وآيفون\n\n"
               f"الرئيسية > أخبار مصر > سياسة\n\n{headline}\n\nكتب محمد أحمد\nالسبت، 29 فبراير 2020 01:15 ص")
    assert doc.title == headline and doc.published.date == "2020-02-29"


def test_a_guess_from_an_html_pages_text_gives_way_to_the_day_the_text_fixes():
    """No date in the markup, "منذ 3 ساعات" under the headline: htmldate guesses the first of a
    year the article names ("أبريل 2021"); "اليوم الخميس 13 يوليو", after "8 يوليو 2021", is
    2023-07-13, and that is the page's day."""
    import datetime as dt

    from marsad import api
    from marsad.dates.publication import GUESSED
    from marsad.options import Options

    title = "السيسي وآبي أحمد يتفقان على الانتهاء من اتفاق سد النهضة خلال 4 أشهر"
    html = (f"<html><head><title>{title} | المصري اليوم</title></head><body><nav><a href='/'>الرئيسية</a></nav><article><h1>{title}</h1>"
            f"<div class='meta'><span>كتب: أحمد علي</span> <span class='time'>منذ 3 ساعات</span></div>"
            "<p>اتفق الرئيس عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد على الانتهاء من اتفاق ملء وتشغيل سد النهضة خلال أربعة أشهر.</p>"
            "<p>وجاء اللقاء على هامش قمة دول جوار السودان، التي انعقدت في القاهرة اليوم الخميس 13 يوليو، بدعوة من الرئيس السيسي.</p>"
            "<p>وكانت آخر جولة قد عقدت في العاصمة الكونغولية كينشاسا في أبريل 2021، وانتهت دون اتفاق.</p>"
            "<p>كما لجأت مصر والسودان إلى مجلس الأمن الدولي، الذي عقد جلسة خاصة بشأن السد في 8 يوليو 2021.</p>"
            "</article></body></html>")
    page = Page(id="h", source=Source(path="h.html", url=None, format="html"), html=html)
    assert extract(page).published.basis in (GUESSED, None)
    ctx = api.make_context(Options(reference_date=dt.date(2026, 1, 1)))
    doc = api.process_page(page, ctx, api.stage_functions(["dates"]))
    assert doc.published.date == "2023-07-13"


def test_a_credit_with_the_agencies_joined_by_a_plus_and_a_dateline_with_a_pair_of_months():
    """"الميادين نت + وكالات": the outlet and the wires, a credit line under the standfirst, so the
    headline above is the title (not the "البث المباشر" link atop the page); "29 - شباط/فبراير -
    2020": a day, a pair of month names and a year parted by dashes, a dateline."""
    headline = "سد النهضة في مجلس الأمن: القاهرة تحذر من تهديد وجودي وأديس أبابا تتمسك بالمسار الأفريقي"
    standfirst = "مصر والسودان يطالبان مجلس الأمن باعتماد مشروع قرار يلزم إثيوبيا بالتوصل إلى اتفاق خلال ستة أشهر."
    doc = _doc(f"الميادين نت\nالبث المباشر\nالرئيسية\nأخبار\nثقافة وفن\n{headline}\n{standfirst}\nالميادين نت + وكالات\nمنذ 9 ساعات")
    assert doc.title == headline and doc.body.startswith(standfirst)
    assert doc.outlet.name == "Al Mayadeen"
    doc = _doc(f"القدس العربي\nالرئيسية\nصحيفة القدس العربي\nسياسة\n{headline}\n29 - شباط/فبراير - 2020\nحجم الخط")
    assert doc.title == headline and doc.published.date == "2020-02-29"
