"""Cleaning pages nobody here has seen: the 100 ANT articles (real text, five outlets) wrapped
in the site chrome of other Arabic news sites (menus, share bars, datelines with labels,
bylines, tags, related links, comment forms, copyright footers)."""

from __future__ import annotations

import json

import pytest

from marsad.clean.layout import lay_out

HEADS = [
    "الرئيسية\nأخبار\nعربي ودولي\nسياسة\n{title}\nنشر في: 12 مارس 2018 - 10:41 ص\nآخر تحديث: 12 مارس 2018 - 11:02 ص\nشارك\nفيسبوك\nتويتر\nواتساب\n",
    "English Français\nالقائمة\nبحث\n{title}\nالإثنين 12 مارس 2018\nحجم الخط\nA A A\n",
    "{title}\nكتب: محمد أحمد\nالثلاثاء، 13 مارس 2018 05:30 م\nصورة أرشيفية\n",
    "الرئيسية / أخبار / عربي ودولي\n{title}\nسكاي نيوز عربية - أبوظبي\nآخر تحديث: 13 مارس 2018 - 14:10 بتوقيت أبوظبي\n",
]
TAILS = [
    "شارك هذا المقال\nتابعونا على تويتر\nاقرأ أيضا\nمقتل 5 أشخاص في انفجار بالعراق\nترامب يهدد بفرض رسوم جديدة على الصين\n"
    "الأكثر قراءة\n1 الدولار يتراجع أمام اليورو\n© 2018 جميع الحقوق محفوظة لقناة العربية\nسياسة الخصوصية\n",
    "المصدر: وكالات\nالوسوم\nالسعودية\nلبنان\nالتعليقات\nأضف تعليقك\n",
    "مواضيع ذات صلة\nالحكومة اللبنانية تقر الموازنة العامة لعام 2018 بعد جلسات طويلة من النقاش في مجلس الوزراء\n"
    "ماكرون يستقبل ولي العهد السعودي في قصر الإليزيه لبحث الملفات الإقليمية\n",
]
# An article line may leave the body only as what it is: a related link, a byline, a credit.
ALLOWED_DROPS = {"related-links", "byline", "attribution", "caption", "credit", "decoration"}


@pytest.fixture(scope="module")
def articles(shared):
    path = shared("corpus", "ant-dev.jsonl")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("variant", range(len(HEADS)))
def test_wrapped_articles_keep_their_text_and_title(articles, variant):
    wrong_titles, lost = [], []
    for i, rec in enumerate(articles):
        head, tail = HEADS[(i + variant) % len(HEADS)], TAILS[(i + 2 * variant) % len(TAILS)]
        layout = lay_out(head.format(title=rec["title"]) + rec["text"] + "\n" + tail)
        body = {line.text for line in layout.body}
        if not layout.title or layout.title.text != rec["title"].strip():
            wrong_titles.append(rec["id"])
        dropped = {line.text: reason for line, reason in layout.dropped}
        captions = {line.text for line in layout.captions}
        for line in rec["text"].splitlines():
            line = line.strip()
            if any(c.isalpha() for c in line) and line not in body and dropped.get(line) not in ALLOWED_DROPS and line not in captions:
                lost.append((rec["id"], line[:60]))
        chrome = set(head.format(title="").splitlines() + tail.splitlines()) - {""}
        assert not (body & chrome), (rec["id"], body & chrome)
    assert not wrong_titles
    assert len(lost) <= 2, lost
