"""Cleaning real pages: what is kept, what is dropped and why, title, outlet, captions."""

from __future__ import annotations

import pytest

from marsad.clean.layout import lay_out


def test_tass_page_keeps_body_and_moves_chrome(seed_docs):
    doc = seed_docs["000"]
    assert doc.title == "أنقرة تعلن أن تركيا وسوريا ستواصلان الاتصالات بين الإدارات العسكرية"
    assert doc.body.startswith("ستواصل تركيا وسوريا")
    assert doc.body.rstrip().endswith("\"عندما يحين الوقت\".")
    assert "Ru En" not in doc.body and "المصدر" not in doc.body and "Pixabay" not in doc.body
    assert doc.outlet.name == "TASS" and doc.outlet.text == "تاس"
    reasons = {d.text: d.reason for d in doc.dropped}
    assert reasons["Ru En"] == "language-switch"
    assert reasons["٢٩ ديسمبر ٢٠٢٢"] == "dateline"
    assert any("Pixabay" in c for c in doc.captions)
    assert doc.published.date == "2022-12-29" and doc.published.basis == "dateline"


def test_appended_article_after_read_also_is_dropped(seed_docs):
    doc = seed_docs["001"]
    assert doc.title is None  # the page starts with its lead paragraph
    assert "بدر عبد العاطي" not in doc.body and "كلمات دلالية" not in doc.body
    assert "الاحتلال التركي في سوريا" in doc.body
    reasons = {d.reason for d in doc.dropped}
    assert {"tags", "related-links", "attribution"} <= reasons
    assert doc.outlet.name == "Arabi21"


def test_licence_notice_category_caption_and_comment_form(seed_docs):
    doc = seed_docs["002"]
    assert doc.title.startswith("محادثات “بناءة” في موسكو")
    reasons = {d.text[:20]: d.reason for d in doc.dropped}
    assert reasons["Jannah Theme License"] == "notice"
    assert reasons["اخبار الشرق الأوسط"] == "category"
    assert reasons["اترك تعليقاً"] == "comments"
    assert any(c.endswith("(Getty Images)") for c in doc.captions)
    assert "Getty" not in doc.body and "بريدك الإلكتروني" not in doc.body
    assert doc.outlet.name == "Arab48"


def test_subheading_inside_body_is_kept_and_donation_appeal_dropped(seed_docs):
    doc = seed_docs["003"]
    assert "الجولة الـ 16 من محادثات “أستانة”" in doc.body
    assert "ادعم عنب بلدي" not in doc.body and "ع ع ع" not in doc.body
    assert doc.outlet.name == "Enab Baladi"  # named only in the donation appeal
    assert any(c.startswith("camera icon") for c in doc.captions)


def test_english_caption_and_agency_credit_are_captions(seed_docs):
    doc = seed_docs["004"]
    assert doc.title == "اتفاق تركي روسي على التنسيق العسكري بسوريا"
    assert len(doc.captions) == 2 and "DECEMBER 29" in doc.captions[0]
    assert doc.outlet.name == "Al Jazeera" and doc.outlet.text == "الجزيرة"
    assert "(الأناضول)" not in doc.body


def test_body_paragraphs_are_joined_by_blank_lines(seed_docs):
    doc = seed_docs["003"]
    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 16
    assert all(p == p.strip() and p for p in paragraphs)


@pytest.mark.parametrize("marker", ["اقرأ أيضا:", "مواضيع ذات صلة", "الأكثر قراءة"])
def test_block_headers_end_the_article(seed_text, marker):
    page = seed_text("002").split("المصدر")[0]
    appended = seed_text("000").split("\n", 8)[-1]
    layout = lay_out(page + "\n" + marker + "\n" + appended)
    body = "\n".join(l.text for l in layout.body)
    assert "ناقش الخطوات الملموسة" in body
    assert "خلوصي أكار" not in body


def test_inline_read_also_link_drops_only_its_line(seed_text):
    page = seed_text("003")
    lines = page.split("\n")
    lines.insert(10, "اقرأ أيضا: روسيا وتركيا تتفقان على هدنة في إدلب")
    layout = lay_out("\n".join(lines))
    body = "\n".join(l.text for l in layout.body)
    assert "روسيا وتركيا تتفقان" not in body
    assert "من جانب آخر أشار بيان الكرملين" in body  # the article goes on after the link


def test_a_box_of_links_inside_the_article_does_not_end_it():
    """Independent Arabia style: a paragraph, "اقرأ المزيد" and three links, a subheading, then the
    article goes on; the box is chrome, the rest is the article. (After the source line or the tags,
    a block header still ends it: see test_block_headers_end_the_article and seed 001.)"""
    first = ("أعلن المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ، الخميس، أن أطراف النزاع وافقت "
             "على تمديد الهدنة السارية في البلاد منذ الثاني من أبريل الماضي لشهرين إضافيين بالشروط ذاتها.")
    second = ("وسارعت السعودية إلى الترحيب بإعلان التمديد، مؤكدة دعمها جهود المبعوث الأممي للتوصل إلى حل سياسي شامل "
              "في اليمن، كما رحب الأمين العام للأمم المتحدة بالخطوة.")
    after = ("في المقابل، رحبت الحكومة اليمنية بالتمديد، لكنها اتهمت جماعة الحوثي بعدم الالتزام ببنود الهدنة، وفي "
             "مقدمتها فك الحصار عن مدينة تعز، مطالبة المجتمع الدولي بالضغط على الجماعة.")
    last = ("وكانت العاصمة الأردنية عمّان قد احتضنت أواخر مايو الماضي جولة مفاوضات برعاية الأمم المتحدة بين ممثلي "
            "الحكومة والحوثيين لبحث فتح الطرق في تعز، من دون أن تسفر عن اتفاق.")
    page = "\n".join([first, second, "اقرأ المزيد", "- أول رحلة تجارية تقلع من مطار صنعاء منذ ست سنوات",
                      "- عمّان تستضيف محادثات فتح الطرق في تعز برعاية أممية", "- مجلس القيادة الرئاسي اليمني يؤدي اليمين",
                      "تعز أولاً", after, last, "الأكثر قراءة", "1  بريطانيا تبدأ احتفالات اليوبيل البلاتيني"])
    layout = lay_out(page)
    body = [l.text for l in layout.body]
    assert after in body and last in body and "تعز أولاً" in body
    assert not any(t.startswith("- ") or t == "اقرأ المزيد" for t in body)
    assert "1  بريطانيا تبدأ احتفالات اليوبيل البلاتيني" not in body
