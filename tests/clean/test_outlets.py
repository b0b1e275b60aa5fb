"""Outlets named on a page without a URL or a site name: the credit line under the title."""

from __future__ import annotations

import pytest

from marsad import api


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("الدوحة (رويترز)", "Reuters"),
        ("أنقرة - الأناضول", "Anadolu Agency"),
        ("بغداد/ واع", "Iraqi News Agency"),
        ("موسكو- (أ ف ب)", "AFP"),
        ("الرياض ـ الشرق الأوسط", "Asharq Al-Awsat"),  # a tatweel for a dash
        ("لندن: «الشرق الأوسط»", "Asharq Al-Awsat"),
        ("سكاي نيوز عربية - أبوظبي", "Sky News Arabia"),  # the outlet, then its city
        ("عنب بلدي – خاص", "Enab Baladi"),  # the outlet and "exclusive"
        ("الخرطوم - وكالات", None),
    ],
)
def test_a_credit_line_under_the_title_names_the_outlet(credit, outlet, options, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "قطر ومصر تعلنان التوصل إلى اتفاق لوقف إطلاق النار في غزة\n\n" + credit + "\nالأربعاء 15 كانون الثاني 2025\n\n"
        "أعلن رئيس مجلس الوزراء وزير الخارجية القطري مساء اليوم التوصل إلى اتفاق بين إسرائيل وحركة حماس.\n"
        "ورحب الرئيس الأمريكي جو بايدن بالاتفاق، فيما قال رئيس الوزراء الإسرائيلي إن بعض البنود لم تحسم.\n",
        "utf-8",
    )
    (doc,) = api.process(page, options=options)
    assert doc.outlet.name == outlet


def test_a_photo_credit_inside_the_article_is_not_the_outlet(options, tmp_path):
    """A caption's agency below the first paragraph credits a photo, not the story."""
    page = tmp_path / "page.txt"
    page.write_text(
        "قطر ومصر تعلنان التوصل إلى اتفاق لوقف إطلاق النار في غزة\n\nالأربعاء 15 كانون الثاني 2025\n\n"
        "أعلن رئيس مجلس الوزراء وزير الخارجية القطري مساء اليوم التوصل إلى اتفاق بين إسرائيل وحركة حماس.\n"
        "بايدن (رويترز)\n"
        "ورحب الرئيس الأمريكي جو بايدن بالاتفاق، فيما قال رئيس الوزراء الإسرائيلي إن بعض البنود لم تحسم.\n",
        "utf-8",
    )
    (doc,) = api.process(page, options=options)
    assert doc.outlet.name is None


@pytest.mark.parametrize("credit", ["سكاي نيوز عربية - أبوظبي", "عنب بلدي – خاص"])
def test_an_outlet_first_credit_line_is_not_the_title(credit, options, tmp_path):
    """The line above the dateline names the outlet first; the breadcrumb above the title is chrome."""
    page = tmp_path / "page.txt"
    page.write_text(
        "الرئيسية / أخبار / سياسة\n\nالأسد يصل إلى جدة للمشاركة في القمة العربية\n\n" + credit + "\n"
        "آخر تحديث: 18 مايو 2023 - 21:10 بتوقيت أبوظبي\n\n"
        "وصل الرئيس السوري بشار الأسد مساء اليوم إلى مدينة جدة السعودية للمشاركة في أعمال القمة العربية.\n"
        "والتقى الأسد على هامش القمة ولي العهد السعودي الأمير محمد بن سلمان، وبحث معه العلاقات الثنائية.\n",
        "utf-8",
    )
    (doc,) = api.process(page, options=options)
    assert doc.title == "الأسد يصل إلى جدة للمشاركة في القمة العربية"
    assert doc.outlet.name in ("Sky News Arabia", "Enab Baladi") and doc.outlet.text in credit
    assert (doc.published.date, doc.published.basis) == ("2023-05-18", "dateline")


def test_a_credit_line_is_not_the_title(options, tmp_path):
    """A two-word headline above "موسكو - تاس": the headline is the title, the agency the outlet."""
    page = tmp_path / "page.txt"
    page.write_text(
        "الكرملين ينفي\n\nموسكو - تاس\nالخميس 5 أيلول 2024\n\n"
        "نفى المتحدث باسم الكرملين ديمتري بيسكوف اليوم عقد أي لقاء بين الرئيس الروسي والرئيس الأوكراني.\n"
        "وأكد بيسكوف أن بوتين سيلتقي الرئيس الصيني شي جين بينغ في قازان الشهر المقبل على هامش قمة بريكس.\n",
        "utf-8",
    )
    (doc,) = api.process(page, options=options)
    assert doc.title == "الكرملين ينفي" and doc.outlet.name == "TASS"


@pytest.mark.parametrize(
    ("page", "outlet", "published"),
    [
        # the agency's credit opens the first paragraph
        ("أبوظبي في 14 يناير 2024 / وام / تلقى الشيخ محمد بن زايد آل نهيان رئيس الدولة اتصالا هاتفيا اليوم من الرئيس الفرنسي.\n"
         "وبحث الجانبان خلال الاتصال العلاقات الاستراتيجية بين البلدين وسبل تعزيزها.\n", "WAM", None),
        # the site's name alone above the title; a dateline below the article
        ("هسبريس\n\nبوريطة يستقبل وزير الخارجية الموريتاني بالرباط\n\n"
         "أجرى ناصر بوريطة وزير الشؤون الخارجية اليوم الخميس بالرباط مباحثات مع نظيره الموريتاني.\n"
         "وتناولت المباحثات سبل تعزيز التعاون الثنائي في مجالات الطاقة والنقل.\n\nنشر في: 2023-08-10\n", "Hespress", "2023-08-10"),
    ],
)
def test_an_agency_credit_in_the_lead_a_site_name_alone_and_a_dateline_below(page, outlet, published, options, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(page, "utf-8")
    (doc,) = api.process(path, options=options)
    assert doc.outlet.name == outlet
    if published:
        assert (doc.published.date, doc.published.basis) == (published, "dateline")


def test_a_photo_credit_above_the_article_is_not_the_outlet(options, tmp_path):
    """BBC Arabic: "صدر الصورة، Reuters" under the dateline credits the picture; the site's name
    heads the page ("BBC News عربي")."""
    page = tmp_path / "page.txt"
    page.write_text(
        "BBC News عربي\nالرئيسية\nأخبار\n\nرئيس الوزراء العراقي يعلن أنه سيقدم استقالته إلى البرلمان\n\n29 نوفمبر/ تشرين الثاني 2019\n\n"
        "صدر الصورة، Reuters\nالتعليق على الصورة، محتجون في ساحة التحرير ببغداد\n\n"
        "أعلن رئيس الوزراء العراقي، عادل عبد المهدي، الجمعة أنه سيقدم استقالته إلى مجلس النواب، بعد ساعات من دعوة المرجع الشيعي الأعلى.\n\n"
        "وقال عبد المهدي في بيان إنه استمع بحرص كبير إلى خطبة المرجعية، وإنه سيرفع إلى البرلمان طلبا رسميا بالاستقالة.\n",
        "utf-8",
    )
    (doc,) = api.process(page, options=options)
    assert doc.outlet.name == "BBC Arabic"


def test_a_latest_news_label_above_the_title_is_no_tail(options, tmp_path):
    """Sky News Arabia: a long menu bar, then "آخر الأخبار" above the title; the article follows
    (it was all dropped as related links: "no article text found")."""
    page = tmp_path / "page.txt"
    page.write_text(
        "سكاي نيوز عربية\nأخبار | الشرق الأوسط | العالم | اقتصاد | رياضة | كأس العالم 2022 | منوعات | فيديو | بث مباشر\n"
        "آخر الأخبار\n\nالشرق الأوسط\n\nبعد مصافحة الدوحة.. الرئاسة المصرية: بداية لتطوير العلاقات مع تركيا\n\n"
        "أبوظبي - سكاي نيوز عربية\nنشر منذ 6 ساعات\n\n"
        "قالت الرئاسة المصرية إن المصافحة التي جرت بين الرئيس عبد الفتاح السيسي ونظيره التركي رجب طيب أردوغان في الدوحة، "
        "أمس الأحد، تمثل بداية لتطوير العلاقات الثنائية بين البلدين.\n\n"
        "وأوضح المتحدث باسم رئاسة الجمهورية المصرية في بيان أن الرئيسين تصافحا في الدوحة وتم التوافق على تطوير العلاقات.\n\n"
        "اقرأ أيضا\n- قطر تفتتح مونديال 2022 بحفل في استاد البيت\n",
        "utf-8",
    )
    (doc,) = api.process(page, options=options)
    assert doc.body.startswith("قالت الرئاسة المصرية") and doc.outlet.name == "Sky News Arabia"
