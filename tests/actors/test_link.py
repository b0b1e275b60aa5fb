"""Actors on real seed text: names and their variants, surnames, titles, offices at the date."""

from __future__ import annotations

import datetime as dt

from marsad.actors.kb import knowledge_base
from marsad.actors.link import analyse
from marsad.actors.terms import bounds


def _entity(doc, entity_id):
    return next((e for e in doc.entities if e.id == entity_id), None)


def test_spelling_variants_link_to_one_person(seed_docs):
    akar_000 = _entity(seed_docs["000"], "hulusi-akar")
    akar_004 = _entity(seed_docs["004"], "hulusi-akar")
    assert akar_000 and akar_004
    assert "خلوصي أكار" in [m.text for m in akar_000.mentions]
    assert "خلوصي آكار" in [m.text for m in akar_004.mentions]
    erdogan = [_entity(seed_docs[k], "recep-tayyip-erdogan") for k in ("000", "001", "003")]
    assert all(erdogan)
    assert {m.text for e in erdogan for m in e.mentions} >= {"رجب طيب إردوغان", "رجب طيب أردوغان", "أردوغان"}


def test_surname_mentions_follow_the_full_name(seed_docs):
    cavusoglu = _entity(seed_docs["004"], "mevlut-cavusoglu")
    texts = [m.text for m in cavusoglu.mentions]
    assert "مولود جاويش أوغلو" in texts and "أوغلو" in texts
    sudani = _entity(seed_docs["001"], "mohammed-shia-al-sudani")
    assert [m.text for m in sudani.mentions].count("السوداني") == 1


def test_counterpart_is_the_office_holder_at_the_date(seed_docs):
    abbas = _entity(seed_docs["000"], "ali-mahmoud-abbas")
    assert "نظيره السوري" in [m.text for m in abbas.mentions]
    assert abbas.role == "defence minister" and abbas.country == "SYR"
    lavrov = _entity(seed_docs["004"], "sergei-lavrov")
    assert "نظيره الروسي" in [m.text for m in lavrov.mentions]


def test_roles_are_those_held_at_the_publication_date(seed_docs):
    assert _entity(seed_docs["000"], "hulusi-akar").role == "defence minister"
    assert _entity(seed_docs["001"], "hakan-fidan").role == "foreign minister"
    kb = knowledge_base()
    assert kb.holder("TUR", "defence minister", dt.date(2024, 6, 1)).id == "yasar-guler"
    assert kb.holder("TUR", "defence minister", dt.date(2022, 12, 28)).id == "hulusi-akar"


def test_nothing_from_the_appended_article(seed_docs):
    ids = {e.id for e in seed_docs["001"].entities}
    assert not any("abdelatty" in i or "jeddah" in i for i in ids)


def test_titles_bound_the_publication_date(seed_docs):
    found: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for lo, hi, reason in bounds(seed_docs["004"]):
        found.setdefault(reason.split(",")[0], []).append((lo, hi))
    # his two terms are alternatives: a page of 2022 does not call him "الرئيس الأمريكي"
    first, second = sorted(found["Donald Trump"])
    assert first == (dt.date(2017, 1, 20), dt.date(2021, 1, 20)) and second[0] == dt.date(2025, 1, 20)
    assert "Sergei Lavrov" in found


def test_a_title_in_a_sentence_dated_in_the_past_does_not_bound():
    """"وكان أعضاء الملتقى قد انتخبوا السلطة في الخامس من شباط الماضي، في عملية أشرفت عليها المبعوثة
    الأممية بالإنابة ستيفاني ويليامز": her office then (she held it in 2020, not in March 2021);
    the minister the page's own sentence names still bounds."""
    from marsad.model import Document

    body = ("والتقى وزير الخارجية الإيطالي لويجي دي مايو اليوم رئيس المجلس الرئاسي. وكان أعضاء الملتقى قد انتخبوا السلطة "
            "في الخامس من شباط الماضي في جنيف، في عملية أشرفت عليها المبعوثة الأممية بالإنابة ستيفاني ويليامز.")
    reasons = {reason.split(",")[0] for _, _, reason in bounds(Document(id="r", body=body))}
    assert "Luigi Di Maio" in reasons and "Stephanie Williams" not in reasons


def test_former_titles_do_not_bound():
    text = "وقال الرئيس الأميركي السابق دونالد ترامب إن الاتفاق سيئ."
    cue = analyse(text).titles[0]
    assert cue.person == "donald-trump" and cue.former


def test_unknown_person_found_from_a_title():
    text = "وقال وزير الخارجية الأردني أيمن الصفدي إن الحل السياسي هو السبيل الوحيد."
    a = analyse(text)
    assert a.titles[0].countries == ("JOR",)
    assert any(text[m.start:m.end] == "أيمن الصفدي" for m in a.names)


def test_short_form_that_is_also_a_nisba_needs_the_full_name():
    text = "وقال الجيش السوداني إن المعارك مستمرة في الخرطوم."
    assert not any(m.actor == "mohammed-shia-al-sudani" for m in analyse(text).names)


def test_near_miss_spellings_after_a_title_link_to_the_person():
    # "تشاووش أوغلو" and "شويجو": other outlets' spellings, not in the knowledge base as written
    a = analyse("وقال وزير الخارجية التركي مولود تشاوش أوغلو إن المحادثات كانت بناءة.")
    assert a.titles[0].person == "mevlut-cavusoglu"
    a = analyse("وقال وزير الدفاع الروسي سيرجي شويجوف إن القوات ستبقى.")
    assert a.titles[0].person == "sergei-shoigu"


def test_near_miss_threshold_separates_people():
    import itertools

    from rapidfuzz import fuzz

    from marsad.actors.link import FUZZY_MIN, _person_names, near_miss

    by_person: dict[str, list[str]] = {}
    for key, pid in _person_names().items():
        by_person.setdefault(pid, []).append(key)
    kb = knowledge_base()
    # different people holding the same office in the same country never meet the threshold
    by_office: dict[tuple, set[str]] = {}
    for pid in by_person:
        for t in kb.actors[pid].terms:
            by_office.setdefault((kb.actors[pid].country, t.role), set()).add(pid)
    pairs = [(a, b) for people in by_office.values() for a, b in itertools.combinations(sorted(people), 2)]
    clashes = [(a, b) for a, b in pairs if max(fuzz.ratio(x, y) for x in by_person[a] for y in by_person[b]) >= FUZZY_MIN]
    assert len(clashes) <= 0.02 * len(pairs)
    # where two people of one office are that close, a near miss names neither
    a, b = next((a, b) for a, b in clashes if kb.actors[a].country == "CHN")  # Li Keqiang, Li Qiang
    office = next(t.role for t in kb.actors[a].terms if t.role in {t2.role for t2 in kb.actors[b].terms})
    name = by_person[a][0][:-1]  # one letter off the first's name, near both
    assert near_miss(name, office, ["CHN"], kb) in (a, None)


def test_one_word_place_names_that_are_common_words_need_a_place_context():
    # real sentences of the ANT articles: "عالية", "مالية", "عمران" are also words and names
    text = "وقد شهد النزاع مستويات عالية من الضحايا المدنيين. كما أجرى تحويلات مالية لعدد من أفراد الخلية."
    assert not [m for m in analyse(text).names]
    text = "سمحت السلطات لنحو 300 لاجئ سوري بالعودة من بلدة عرسال الحدودية في الصباح الباكر."
    assert any(m.actor == "aarsal" for m in analyse(text).names)


def test_a_national_security_council_is_not_the_un_security_council():
    """ANT (CNN Arabic, 2018): "وسيعقد اجتماع لمجلس الأمن القومي" is the US one, not the UN's."""
    text = "وسيعقد اجتماع لمجلس الأمن القومي، الثلاثاء، لمناقشة الخطط. ودعا مجلس الأمن إلى هدنة."
    kb = knowledge_base()
    linked = [(text[m.start : m.end], m.actor) for m in analyse(text).names]
    assert ("مجلس الأمن القومي", "national-security-council") in linked
    assert ("مجلس الأمن", "un-security-council") in linked
    assert kb.actors["national-security-council"].country is None


def _linked(text):
    return [(text[m.start : m.end], m.actor) for m in analyse(text).names]


def test_a_name_does_not_take_the_article():
    """ANT: "عيد الأضحى المبارك" is not Hosni Mubarak, "الكنائس العتيقة" not Giuma Atiga."""
    linked = _linked("تكلمت عن عيد الأضحى المبارك وعن أبراج الكنائس العتيقة، ثم عن الرئيس حسني مبارك.")
    assert linked == [("حسني مبارك", "hosni-mubarak")]


def test_a_place_does_not_take_the_article():
    """ANT: "ولكي اكمل المشهد" is no Mashhad, "التخلص من المشروع الهجين" no Hajin; "ألباريس"
    (the Spanish minister) is no Paris; a country may take it ("في الموزمبيق")."""
    assert _linked("ولكي اكمل المشهد ولتعلموا، على أبواب التخلص من المشروع الهجين.") == []
    text = "وزير الخارجية الإسباني خوسيه مانويل ألباريس في باريس"
    assert [t for t, a in _linked(text) if a == "paris"] == ["باريس"]
    assert ("موزمبيق", "MOZ") in _linked("قمة مابوتو في الموزمبيق")


def test_another_given_name_before_a_surname_is_another_person():
    """ANT: "المحلل السياسي، حاتم النفطي" is not the minister Mohamed Ali Nafti; "قمر جاويد باجوه"
    is not Sajid Javid; "على السبسي" (on Essebsi) is him: "على" folds into the name "علي"."""
    assert all(a != "mohamed-ali-nafti" for _, a in _linked("إلا أن المحلل السياسي، حاتم النفطي، لا يستبعد ذلك."))
    assert all(a != "sajid-javid" for _, a in _linked("ورحب بقائد الجيش الجنرال قمر جاويد باجوه."))
    text = "وقال الرئيس الباجي قائد السبسي إنه سيكون على السبسي الاختيار."
    assert [t for t, a in _linked(text) if a == "beji-caid-essebsi"] == ["الباجي قائد السبسي", "السبسي"]


def test_hashtags_do_not_part_a_name():
    """Al Arabiya pages tag names: "باراك #أوباما", "#محمود_عباس"."""
    linked = _linked("في عهد سابقه باراك #أوباما، وقال #محمود_عباس إن ذلك مرفوض.")
    assert ("باراك #أوباما", "barack-obama") in linked and ("محمود_عباس", "mahmoud-abbas") in linked


def test_a_name_that_is_a_common_word_needs_the_full_name():
    """"هجوم بري" is a ground attack and "في المنفى" exile, unless Nabih Berri or Mohamed
    al-Menfi is named in full in the same text (data/ar/common_word_names.tsv)."""
    assert _linked("وشنت القوات هجوم بري واسع. الصراع في جنوب السودان: مشار يتعهد بالعودة من المنفى") == [
        ("جنوب السودان", "SSD")
    ]
    text = "وقال رئيس مجلس النواب نبيه بري إن بري لن يقبل."
    assert [t for t, a in _linked(text) if a == "nabih-berri"] == ["نبيه بري", "بري"]
    # "القاعدة ذاتها" is the base itself; al-Qaeda once "تنظيم القاعدة" is named
    assert not [a for _, a in _linked("واستهدف هجوم مماثل بطائرة مسيّرة القاعدة ذاتها في أيار الماضي.") if a == "al-qaeda"]
    text = "وأكد مسؤول أن تنظيم القاعدة يقف وراء الهجوم، وأن القاعدة لم تعلن مسؤوليتها."
    assert [t for t, a in _linked(text) if a == "al-qaeda"] == ["تنظيم القاعدة", "القاعدة"]


def test_diacritics_do_not_part_a_title_or_a_counterpart():
    """Vocalised text: "نظيرَهُ السوريَّ", "الجيشُ التركيُّ" read as unvocalised."""
    text = "والتقى أكار نظيرَهُ السوريَّ علي محمود عباس، وقال الجيشُ التركيُّ إن القصف توقف."
    analysis = analyse(text)
    assert [(c.country) for c in analysis.counterparts] == ["SYR"]
    assert "turkish-armed-forces" in {m.actor for m in analysis.names}


def test_an_ambassador_is_a_title_and_a_verb_phrase_is_no_name():
    """An ambassador and a generic minister are titles (data/actors/offices.yaml); ANT (CNN
    Arabic, 2018): "واستدعوا السفير واوقفوا البعثات الطلابية، لماذا" names nobody: words with
    the article after a title, none a known first name, are no foreign name."""
    text = "والتقى السفير الأمريكي ريتشارد نورلاند، وزير الاقتصاد الليبي."
    a = analyse(text)
    assert [(c.role, c.countries) for c in a.titles] == [("ambassador", ("USA",)), ("minister", ("LBY",))]
    assert any(text[m.start : m.end] == "ريتشارد نورلاند" and m.actor.startswith("per-") for m in a.names)
    text = "قامت الدنيا وهذا تدخل بالشأن الداخلي واستدعوا السفير واوقفوا البعثات الطلابية، لماذا؟"
    assert not analyse(text).names and analyse(text).titles[0].person is None


def test_a_country_name_that_is_another_capital_follows_the_text():
    """"عمان" is Oman, or Jordan's capital Amman: ANT (2018) "ويشهد الأردن احتجاجات ... إلى
    شوارع العاصمة عمان" is Amman; a text about Oman keeps Oman."""
    text = "ويشهد الأردن احتجاجات، منذ يوم الأربعاء، فقد خرج المئات إلى شوارع العاصمة عمان ومدن أخرى"
    assert ("عمان", "amman") in _linked(text)
    assert ("عمان", "OMN") in _linked("وزير الخارجية العماني بدر البوسعيدي في عمان")


def test_a_three_letter_surname_after_a_title():
    """"الرئيس عون" after "العماد جوزاف عون" is Joseph Aoun; "عون" alone (help) is nobody."""
    text = "استقبل رئيس الجمهورية العماد جوزاف عون الوفد. ومن المقرر أن يزور الرئيس عون السعودية، وقدم عون الشكر."
    assert [t for t, a in _linked(text) if a == "joseph-aoun"] == ["جوزاف عون", "عون"]  # (the rank is no part of the name)


def test_of_two_offices_held_at_once_the_one_named_or_the_higher(shared, options, tmp_path):
    """ANT (2018): Mohammed bin Salman was crown prince and defence minister: "ولي العهد
    السعودي" is what the page calls him; Mahmoud Abbas, PLO chairman and president, is the
    page's "الرئيس الفلسطيني"."""
    from marsad import api

    lines = shared("corpus", "ant-dev.jsonl").read_text("utf-8").splitlines()
    page = tmp_path / "pages.jsonl"
    page.write_text("\n".join(line for line in lines if "ولي العهد السعودي" in line or "#محمود_عباس" in line) + "\n", "utf-8")
    roles = {(e.id, e.role) for doc in api.process(page, options=options) for e in doc.entities}
    assert ("mohammed-bin-salman", "crown prince") in roles and ("mohammed-bin-salman", "defence minister") not in roles
    assert ("mahmoud-abbas", "president") in roles


def test_a_place_listed_after_a_place_needs_no_preposition():
    """"في صنعاء والحديدة": a one-word GeoNames name in a list of places is a place."""
    assert ("الحديدة", "al-hudaydah") in _linked("وشنت طائرات غارات على مواقع في صنعاء والحديدة.")
    assert ("طرطوس", "tartus") in _linked("مستقبل القاعدتين الروسيتين في حميميم وطرطوس.")


def test_a_foreign_name_before_a_known_phrase_and_a_counsellor_is_no_chancellor():
    """"رئيس الوزراء الياباني شيغيرو إيشيبا بالرئيس المصري": the name ends where a known phrase
    begins; "المستشار أحمد فهمي" (an Egyptian counsellor) is no head of government, "المستشار
    الألماني" is."""
    text = "واتصل رئيس الوزراء الياباني شيغيرو إيشيبا بالرئيس المصري عبد الفتاح السيسي."
    assert any(text[m.start : m.end] == "شيغيرو إيشيبا" for m in analyse(text).names)
    assert [c.role for c in analyse("وصرح المستشار أحمد فهمي المتحدث الرسمي باسم الرئاسة").titles] == ["spokesperson"]
    assert [c.countries for c in analyse("وقال المستشار الألماني إن").titles] == [("DEU",)]


def test_an_ambassador_posted_to_a_country_then_named():
    """"السفير السعودي لدى اليمن محمد آل جابر": the name after where the ambassador is posted;
    "وصل وزير الخارجية التركي إلى إيران" names no one (إيران is where he went)."""
    assert ("محمد آل جابر", "mohammed-al-jaber") in _linked("والسفير السعودي لدى اليمن محمد آل جابر.")
    assert ("أحمد الفلاني", True) in [(t, a.startswith("per-")) for t, a in _linked("والسفير السعودي لدى اليمن أحمد الفلاني.")]
    assert ("توم باراك", "tom-barrack") in _linked("وقال المبعوث الأمريكي إلى سوريا توم باراك إن")
    assert _linked("ووصل وزير الخارجية التركي إلى إيران أمس") == [("إيران", "IRN")]


def test_the_word_after_bin_belongs_to_the_name():
    """"الأمير بدر بن سلطان،": "سلطان" is a title elsewhere, here the father's name; "بن" lets a
    name run to four words ("مساعد بن محمد العيبان،")."""
    assert [t for t, _ in _linked("وكان في استقباله الأمير بدر بن سلطان، بحسب الوكالة.")] == ["بدر بن سلطان"]
    assert "مساعد بن محمد العيبان" in [t for t, _ in _linked("وترأس الوفد الأمير مساعد بن محمد العيبان، فيما ترأس")]


def test_a_movement_s_short_name_stands_alone_but_not_after_bi():
    """"بين وفدي حماس وإسرائيل": Hamas before any full mention; "بحماس كبير" is zeal."""
    assert ("حماس", "hamas") in _linked("بدأت جولة من المفاوضات بين وفدي حماس وإسرائيل.")
    assert _linked("واستقبله الجمهور بحماس كبير.") == []


def _names(text):
    return [(text[m.start : m.end], m.actor) for m in analyse(text).names]


def test_an_honorific_is_no_part_of_a_name_and_hides_no_longer_one():
    """"الملك حمد" is an alias of the king, but the name after the title is "حمد بن عيسى آل
    خليفة"; a given name alone names him only after an honorific."""
    assert _names("استقبل الملك حمد بن عيسى آل خليفة الوزير") == [("حمد بن عيسى آل خليفة", "hamad-bin-isa")]
    assert _names("استقبل والملك حمد الضيف") == [("حمد", "hamad-bin-isa")]
    assert _names("وقال حمد إن الاجتماع مثمر") == []
    assert _names("قال آية الله علي خامنئي إن") == [("علي خامنئي", "ali-khamenei")]


def test_a_title_before_an_honorific_still_names_its_holder():
    """"ولي العهد السعودي الأمير محمد بن سلمان": the prince is the crown prince, not an emir."""
    a = analyse("وقال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة تدعم الحل")
    cue = next(c for c in a.titles if c.person == "mohammed-bin-salman")
    assert cue.role == "crown prince" and cue.countries == ("SAU",)
    assert all(c.role != "emir" for c in a.titles)


def test_people_outside_the_base_after_an_honorific_or_a_verb_of_saying():
    a = analyse("ويفتتح الشيخ سالم بن حميد، المعرض. وقال جون سميث إن الوضع خطير، وأكد محمد الخطيب أن الحل قريب")
    assert [name for name, _ in a.unknown.values()] == ["سالم بن حميد", "جون سميث", "محمد الخطيب"]
    # not a noun phrase, nor a noun with its pronoun, nor a name running into a preposition
    for text in ("قالت مصادر مطلعة إن", "وأكد مسؤول أمريكي، أن", "وقالت مندوبتها كارن بيرس، إن", "وصرح فؤاد السنيورة للصحفيين"):
        assert analyse(text).unknown == {}, text


def test_a_compound_surname_is_not_cut_to_its_last_word():
    """"رامي عبد الرحمن" is later "عبد الرحمن", never "الرحمن"."""
    text = "وقال رامي عبد الرحمن، إن القصف مستمر. وأضاف عبد الرحمن أن. بسم الله الرحمن الرحيم"
    assert [n for n, _ in _names(text)] == ["رامي عبد الرحمن", "عبد الرحمن"]


def test_continents_regions_and_large_cities_are_places_without_a_place_word():
    text = "وصل وفد من كركوك إلى مراكش، بعد جولة في أفريقيا وأوروبا والشرق الأوسط. وقال إن المشهد معقد."
    assert [a for _, a in _names(text)] == ["kirkuk", "marrakesh", "africa", "europe", "middle-east"]
    assert _names("وقال إن مشهد الحرب مروع") == []  # Mashhad's name is also "scene"
    assert _names("الإسكندرية") == [("الإسكندرية", "alexandria")]  # the Egyptian city, not the Iraqi town


def test_news_outlets_named_in_a_sentence_are_media_organisations():
    kb = knowledge_base()
    text = "ونقلت وكالة رويترز عن مصدر، وذكرت صحيفة نيويورك تايمز أن الجزيرة تشهد توترا."
    found = [a for _, a in _names(text)]
    assert found == ["reuters", "new-york-times"]  # "الجزيرة" is also the island: not read so
    assert {kb.actors[a].sector for a in found} == {"MED"}


def test_a_surname_is_not_a_word_that_only_ends_a_compound():
    text = "وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة باقية. وأضاف: إن شاء الله سننتصر."
    assert [a for _, a in _names(text)] == ["hezbollah", "hassan-nasrallah"]


def test_an_ambassador_named_by_office_alone_is_not_the_one_on_file(options, tmp_path):
    """"السفير الروسي" in 2010: one of Russia's ambassadors, not its envoy to the UN."""
    from marsad import api

    page = tmp_path / "a.txt"
    page.write_text("لقاء\n\nالخميس 4 آذار 2010\n\nاستقبل وزير الخارجية السوري وليد المعلم اليوم السفير الروسي في دمشق.\n", "utf-8")
    (doc,) = api.process(page, options=options)
    assert "vitaly-churkin" not in {e.id for e in doc.entities}
    assert "walid-al-muallem" in {e.id for e in doc.entities}


def test_plural_counterparts_and_an_adjective_before_the_nisba():
    a = analyse("وكان وفد وزاري سوري قد أجرى مباحثات مع نظرائه الأردنيين")
    assert [(d.label, d.country) for d in a.descriptors] == [("delegation", "SYR")]
    assert [c.country for c in a.counterparts] == ["JOR"]


def test_a_dual_title_takes_every_nisba_joined_by_and():
    """"وزيرا الدفاع التركي والسوري", "بين وزيري الخارجية السعودي والأمريكي": one title of two
    holders, of two states, and no single person; a name after the first nisba ends the title."""
    for text, countries in (("التقى وزيرا الدفاع التركي والسوري في موسكو", ("TUR", "SYR")),
                            ("محادثات بين وزيري الخارجية السعودي والأمريكي", ("SAU", "USA")),
                            ("وبحث رئيسا الوزراء العراقي والأردني التعاون", ("IRQ", "JOR"))):
        (cue,) = analyse(text).titles
        assert cue.plural and cue.countries == countries and cue.person is None, text
    a = analyse("وعقد وزيرا الخارجية المصري سامح شكري والسعودي فيصل بن فرحان اجتماعا")
    assert [c.countries for c in a.titles] == [("EGY",)] and [n[2] for n in a.nisbas] == ["SAU"]


def test_office_holders_of_the_2000s_are_linked_by_office_at_the_page_date(options, tmp_path):
    """A page of March 2003 names offices only: the holders then (the knowledge base reaches back
    to 1990), not today's."""
    from marsad import api

    page = tmp_path / "a.txt"
    page.write_text("قمة\n\nالأحد 16 آذار 2003\n\n"
                    "التقى الرئيس الأمريكي ورئيس الوزراء البريطاني اليوم في جزر الأزور، فيما دعا الأمين العام للأمم المتحدة "
                    "إلى مواصلة عمل المفتشين، وقال الرئيس الفرنسي إن بلاده ترفض الحرب.\n", "utf-8")
    (doc,) = api.process(page, options=options)
    ids = {e.id for e in doc.entities}
    assert {"george-w-bush", "tony-blair", "kofi-annan", "jacques-chirac"} <= ids
    assert not {"donald-trump", "keir-starmer", "antonio-guterres", "emmanuel-macron"} & ids


def test_a_surname_goes_to_the_one_the_page_names_in_full():
    """"الأسد" alone is Bashar; after "حافظ الأسد" on the page, it is Hafez."""
    text = "وكان الرئيس السوري حافظ الأسد قد التقى نظيره في جنيف. وقال الأسد إن السلام خيار"
    assert [a for t, a in _names(text) if "الأسد" in t] == ["hafez-al-assad", "hafez-al-assad"]
    assert _names("وقال الأسد إن السلام خيار استراتيجي للبلاد") == [("الأسد", "bashar-al-assad")]


def test_a_given_name_that_is_no_common_word_begins_a_name_without_a_cue():
    """"ألكسندر" or "عثمان" begins a name wherever it stands; "كامل" (whole) or "أمين"
    (secretary) only after a title or a verb (data/ar/given_names.tsv, second column). The name
    ends before "و" with the article, a noun with its pronoun, a new line, or a known name."""
    a = analyse("التقى ألكسندر سلطانوف للصحفيين في موسكو، بحضور سيرغي سكريبال وابنته. وقال سكريبال إن")
    assert [name for name, _ in a.unknown.values()] == ["ألكسندر سلطانوف", "سيرغي سكريبال"]
    assert [n for n, _ in _names("التقى ألكسندر سلطانوف للصحفيين. سيرغي سكريبال وابنته. وقال سكريبال إن")][-1] == "سكريبال"
    assert analyse("وقال إن كامل الأراضي عادت، وإن أمين عام الحزب غائب").unknown == {}
    assert [n for n, _ in analyse("مراسلنا كريس سيليزا\n\nأتلانتا - قال").unknown.values()] == ["كريس سيليزا"]
    text = "هنأ أمير قطر تميم بن حمد الرئيس الإيراني حسن روحاني. واتصل تميم بروحاني أمس"
    assert [n for n, a in _linked(text) if a == "hassan-rouhani"] == ["حسن روحاني", "روحاني"]


def test_a_short_form_after_a_verb_of_saying_names_the_person():
    """"بلير" is four letters, too short to name Blair alone, but not as the subject of "قال"."""
    assert ("بلير", "tony-blair") in _linked("وقال بلير إن الحكومة البريطانية لن تتراجع")
    assert not any(a == "tony-blair" for _, a in _linked("زار وفد من بلير المدينة"))
    assert _linked("وقال نزار إن الوضع صعب") == []  # a given name too: Nizar, not Khaled Nezzar


def test_three_letter_place_names_after_a_proclitic():
    """"لمصر", "وقطر", "بحلب", "بغزة": news joins a preposition or "و" to these names all the
    time; a capital that is also a word ("ولوم": and blame) is not found so, nor a person's short
    form ("وبري")."""
    text = "وأشاد بجهود قطر ومصر، وقال في زيارته لمصر إن القصف بحلب وبغزة مستمر، ولوم الحكومة وبري"
    assert _linked(text) == [("قطر", "QAT"), ("مصر", "EGY"), ("مصر", "EGY"), ("حلب", "aleppo"), ("غزة", "gaza")]


def test_an_office_held_for_another_state_or_body_is_filed_under_it():
    """Amr Moussa was Egypt's foreign minister (1991-2001) before he led the Arab League; Ismail
    Ould Cheikh Ahmed the UN's envoy to Yemen, then Mauritania's foreign minister: a term names
    the state it served where that is not the person's own (``country:`` in a role)."""
    kb = knowledge_base()
    day = dt.date(1995, 5, 1)
    assert kb.holder("EGY", "foreign minister", day).id == "amr-moussa"
    assert kb.holder("ARL", "foreign minister", day) is None
    assert kb.holder("ARL", "secretary-general", dt.date(2005, 1, 1)).id == "amr-moussa"
    envoy = kb.actors["ismail-ould-cheikh-ahmed"]
    assert envoy.country_at(dt.date(2019, 1, 1), dt.date(2019, 2, 1)) == "MRT"
    assert envoy.country_at(dt.date(2016, 1, 1), dt.date(2016, 2, 1)) == "UNO"
    # a title of the state served bounds the page's date by that term
    from marsad.model import Document

    doc = Document(id="t", body="وقال وزير الخارجية المصري عمرو موسى إن")
    assert [(lo, hi) for lo, hi, _ in bounds(doc)] == [(dt.date(1991, 5, 1), dt.date(2001, 5, 1))]


def test_a_given_name_after_its_conjunction_or_written_apart_begins_a_name():
    """"وجون سميث" is John Smith (the "و" stays out); "عبد الكريم" is the given name "عبدالكريم"
    written apart, and "محمد بن عبد الكريم الخطابي" one name; "عبد السلام" alone names no one."""
    a = analyse("وجون سميث في الرباط. وكان محمد بن عبد الكريم الخطابي، قائد الثورة، في أجدير. وجاء في خطبة عبد السلام أمس")
    assert [name for name, _ in a.unknown.values()] == ["جون سميث", "محمد بن عبد الكريم الخطابي"]


def test_the_envoy_of_an_office_holder_is_the_one_named_after_them():
    """"مبعوث الرئيس الأمريكي ستيف ويتكوف": Witkoff is the envoy, not the president; where the
    name after is the office-holder's own ("مبعوث الرئيس الأمريكي جو بايدن"), no one is the envoy."""
    text = "واجتمع مع مبعوث الرئيس الأمريكي ستيف ويتكوف."
    (cue,) = analyse(text).titles
    assert (cue.role, cue.person, cue.countries) == ("envoy", "steve-witkoff", ("USA",))
    text = "والتقى مبعوث الرئيس الأمريكي جو بايدن وزير الخارجية."
    assert [c.person for c in analyse(text).titles if c.role == "envoy"] == [None]
    assert ("جو بايدن", "joe-biden") in _linked(text)


def test_a_body_named_inside_an_office_is_mentioned():
    """ANT (CNN Arabic, BBC Arabic): the alliance in "الأمين العام لحلف شمال الأطلسي" and the
    UN in "بالأمين العام للأمم المتحدة" are mentions of their own, besides the office holder."""
    text = "قال ينس ستولتنبرغ الأمين العام لحلف شمال الأطلسي في مقابلة مع صحيفة ألمانية نُشرت الأحد إنه"
    assert ("حلف شمال الأطلسي", "nato") in _linked(text)
    text = "كما تحادث ماكرون هاتفياً ثلاث مرات خلال عطلة نهاية الأسبوع بالأمين العام للأمم المتحدة أنطونيو غوتيريس"
    linked = _linked(text)
    assert ("للأمم المتحدة", "united-nations") in linked and ("أنطونيو غوتيريس", "antonio-guterres") in linked
    # an office inside an office: the UN in the title of the Secretary-General's envoy
    assert ("للأمم المتحدة", "united-nations") in _linked("وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا")
    assert not [m for m in analyse("وقال وزير الخارجية الروسي").names if m.kind == "body"]


def test_a_kunya_or_a_patronymic_makes_a_name_of_unlisted_words():
    """ANERCorp: "بقيادة بسر بن أرطأة" (no listed given name, but "بن" between two words), ANT
    (AFP, 2018): "وقال أبو خليل (35 عاما)" (a kunya); "وهو ابن عم محمد" is "he is the cousin of"."""
    text = "أرسل معاوية جيشا إلى المدينة النبوية بقيادة بسر بن أرطأة فتركها أبو أيوب ودخل الجيش سلما"
    people = [text[m.start : m.end] for m in analyse(text).names if m.actor.startswith("per-")]
    assert "بسر بن أرطأة" in people and "أبو أيوب" in people
    text = "وقال أبو خليل (35 عاما) الذي فر من بيت سوى مع عائلته"
    assert [text[m.start : m.end] for m in analyse(text).names] == ["أبو خليل"]
    text = "ولد في 13 رجب بمكة , وهو ابن عم محمد بن عبدالله رسول الإسلام وصهره"
    assert not any("ابن عم" in text[m.start : m.end] for m in analyse(text).names)
    # "علي" as written with yeh begins a name before "بن"; "على" is the preposition
    text = "وكان علي بن أبي طالب قد بويع بالخلافة"
    assert [text[m.start : m.end] for m in analyse(text).names] == ["علي بن أبي طالب"]
    assert not [m for m in analyse("وأثنى الوزير على بن سلمان وعلى جهوده").names if m.actor.startswith("per-")]


def test_an_office_named_without_a_name_gives_its_holder_that_role(options, tmp_path):
    """Ayman Safadi is Jordan's deputy prime minister and foreign minister: "وزير الخارجية
    الأردني" calls him the latter; the EU's High Representative is its foreign minister on file
    ("مسؤولة السياسة الخارجية في الاتحاد الأوروبي" in October 2025 is Kaja Kallas)."""
    roles = _page_roles(options, tmp_path, "الأربعاء 15 تشرين الأول 2025",
                        "والتقى وزير الخارجية الأردني اليوم في عمان مسؤولة السياسة الخارجية في الاتحاد الأوروبي.")
    assert roles.get("ayman-safadi") == "foreign minister" and roles.get("kaja-kallas") == "foreign minister"


def test_an_office_in_construct_with_a_state_names_its_holder():
    """ANT (2018): "أمام حشد ضم رئيسي أوغندا والسودان ورئيس وزراء إثيوبيا": Ethiopia's prime
    minister; "زعيم كوريا الشمالية" is Kim Jong-un's office. The state is a mention of its own but
    not a party beside the title (a body named inside it); "وزراء خارجية روسيا وإيران" lists states."""
    analysis = analyse("وتصافحا أمام حشد ضم رئيسي أوغندا والسودان ورئيس وزراء إثيوبيا وقادة إقليميين")
    assert [(c.role, c.countries) for c in analysis.titles if not c.plural] == [("prime minister", ("ETH",))]
    assert [(m.actor, m.kind) for m in analysis.names if m.actor == "ETH"] == [("ETH", "body")]
    analysis = analyse("والتقى السبت في موسكو وزراء خارجية روسيا وإيران وتركيا لبحث سبل تسوية الأزمة")
    assert {m.actor for m in analysis.names if m.kind == "name"} >= {"RUS", "IRN", "TUR"}
    # "روسيا اليوم" alone is Russia, then "today", not the channel
    assert [(m.actor) for m in analyse("والتقى وزير خارجية روسيا اليوم نظيره الإيراني").names] == ["RUS"]


def test_a_president_of_a_state_without_one_is_its_council_s_chair(options, tmp_path):
    """Sudan has had no president since April 2019: "الرئيس السوداني" in 2023 is the chair of its
    Sovereignty Council (Burhan); Turkey, a president's state, keeps its president."""
    roles = _page_roles(options, tmp_path, "الخميس 15 حزيران 2023", "والتقى الرئيس السوداني اليوم في أنقرة الرئيس التركي لبحث العلاقات الثنائية.")
    assert roles.get("abdel-fattah-al-burhan") == "head of state" and roles.get("recep-tayyip-erdogan") == "president"


def _page_roles(options, tmp_path, dateline: str, sentence: str) -> dict[str, str | None]:
    """Each entity's role on a page of one sentence under a dateline."""
    from marsad import api

    page = tmp_path / "page.txt"
    page.write_text(f"لقاء\n\n{dateline}\n\n{sentence}\n", "utf-8")
    (doc,) = api.process(page, options=options)
    return {e.id: e.role for e in doc.entities}


def test_another_s_surname_after_a_title_and_a_given_name_is_this_one_s():
    """"السفيرة الأمريكية ليزا جونسون": the US ambassador, not Boris Johnson; "محمد جواد ظريف"
    keeps Zarif (his own given name before his surname)."""
    text = "والتقى قائد الجيش السفيرة الأمريكية ليزا جونسون أمس."
    assert _linked(text)[0][0] == "ليزا جونسون" and not any(actor == "boris-johnson" for _, actor in _linked(text))
    assert ("محمد جواد ظريف", "mohammad-javad-zarif") in _linked("وقال وزير الخارجية الإيراني محمد جواد ظريف إن")


def test_an_adjective_of_a_noun_is_no_ministry():
    """"الداخلية" agreeing with the noun before it ("الشؤون الداخلية الليبية", "السياسة الخارجية
    الأمريكية") is an adjective; after a verb, or in "وزارة الشؤون الخارجية المغربية", a ministry."""
    assert analyse("وتعهدت الدول بالامتناع عن التدخل في الشؤون الداخلية الليبية").descriptors == ()
    assert analyse("وانتقد الرئيس السياسة الخارجية الأمريكية في المنطقة").descriptors == ()
    assert [(d.label, d.country) for d in analyse("وأعلنت الداخلية السعودية القبض على خلية").descriptors] == [("interior ministry", "SAU")]
    moroccan = analyse("وأعربت وزارة الشؤون الخارجية المغربية عن أسفها")
    assert [(d.label, d.country) for d in moroccan.descriptors] == [("foreign ministry", "MAR")]


def test_a_surname_that_is_a_nisba_names_the_holder_the_page_named():
    """"رئيس الوزراء السوداني" on a page naming محمد شياع السوداني, Iraq's prime minister, in full is
    he; on a page about Khartoum ("رئيس الوزراء السوداني عبد الله حمدوك") it is Sudan's."""
    iraqi = analyse("التقى الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي محمد شياع السوداني في بغداد. "
                    "وكان في استقباله بمطار بغداد رئيس الوزراء السوداني.")
    assert [t.person for t in iraqi.titles if t.role == "prime minister"] == ["mohammed-shia-al-sudani"] * 2
    sudanese = analyse("التقى رئيس الوزراء السوداني عبد الله حمدوك في الخرطوم وزير الخارجية الأمريكي.")
    assert [(t.countries, t.person) for t in sudanese.titles if t.role == "prime minister"] == [(("SDN",), "abdalla-hamdok")]


def test_a_qualified_office_still_names_the_holder_after_it():
    """"رئيس حكومة تصريف الأعمال نجيب ميقاتي", "رئيس الحكومة المكلف نواف سلام": the caretaker and
    the designate are the named holders (the bare title had gone to the last prime minister the
    page named, Israel's)."""
    text = ("وقال رئيس الوزراء الإسرائيلي يائير لابيد إن الاتفاق تاريخي، بعد التشاور مع رئيس حكومة تصريف الأعمال نجيب ميقاتي. "
            "والتقى رئيس الحكومة المكلف نواف سلام السفير.")
    assert [t.person for t in analyse(text).titles if t.role == "prime minister"] == ["yair-lapid", "najib-mikati", "nawaf-salam"]


def test_a_time_word_ends_a_name_after_a_title():
    """"قبل أيام من انتهاء ولاية الرئيس عون منتصف ليل الاثنين": Aoun by his surname, not a new
    person "عون منتصف ليل"."""
    text = "وقع الرئيس اللبناني ميشال عون الرسالة، قبل أيام من انتهاء ولاية الرئيس عون منتصف ليل الاثنين المقبل."
    assert not any(m.actor.startswith("per-") for m in analyse(text).names)
    assert [t.person for t in analyse(text).titles if t.role == "president"] == ["michel-aoun", None]


def test_kurdish_spellings_of_kurdistan_name_the_same_bodies():
    """Rudaw and other Kurdish outlets write "كوردستان": "حزب العمال الكوردستاني" is the PKK."""
    names = {m.actor for m in analyse("ضد مقاتلي حزب العمال الكوردستاني في إقليم كوردستان العراق").names}
    assert {"pkk", "iraqi-kurdistan"} <= names


def test_a_surname_the_page_gives_someone_else_is_not_the_known_person():
    """"الناشط السياسي جوهر بن مبارك ... وقالت شقيقة بن مبارك": a Tunisian activist, not Yemen's prime
    minister Ahmed Awad bin Mubarak, whom the page never names in full."""
    text = "أوقفت السلطات التونسية الناشط السياسي جوهر بن مبارك مساء الجمعة. وقالت شقيقة بن مبارك إن قوة أمنية داهمت منزله."
    assert not any(m.actor == "ahmed-awad-bin-mubarak" for m in analyse(text).names)
    named = "وقال رئيس الوزراء اليمني أحمد عوض بن مبارك إن الحكومة ستواصل. وأضاف بن مبارك أن الوضع صعب."
    assert [m.actor for m in analyse(named).names].count("ahmed-awad-bin-mubarak") == 2


def test_a_deputy_s_title_names_no_holder_of_the_office():
    """"وحضرها مساعد وزير الخارجية الأمريكي ديفيد شينكر": an assistant secretary, not Mike Pompeo;
    his title bounds nothing. "نائب رئيس الوزراء" and "نائب الرئيس" are offices of their own."""
    from marsad.model import Document

    text = "وحضرها مساعد وزير الخارجية الأمريكي ديفيد شينكر في الناقورة."
    (cue,) = analyse(text).titles
    assert cue.former and cue.person != "mike-pompeo"
    assert bounds(Document(id="d", body=text)) == []
    assert [c.role for c in analyse("وقال نائب الرئيس الأمريكي جيه دي فانس إن").titles] == ["vice president"]


def test_people_outside_the_base_after_an_occupation_or_an_excellency():
    """"الخبير الاقتصادي أمين فارس", "المندوب الإسرائيلي دان غيلرمان،": an occupation with the
    article, past its adjectives (a nisba gives the country), cues a name; "معالي", "سعادة" are
    honorifics; an office noun after a name is its apposition ("... البرنوصي مدير ...") and ends it;
    an Arabic comma may stand between the cue and the name."""
    a = analyse("وقال الخبير الاقتصادي أمين فارس إن الخسائر كبيرة")
    assert [name for name, _ in a.unknown.values()] == ["أمين فارس"]
    a = analyse("وشن المندوب الإسرائيلي، دان غيلرمان، هجوما على المجلس")
    assert list(a.unknown.values()) == [("دان غيلرمان", "ISR")]
    a = analyse("وحضر اللقاء سعادة عيسى حمد بوشهاب سفير الدولة لدى المملكة والسيد حسن البرنوصي مدير الاستثمارات")
    assert [name for name, _ in a.unknown.values()] == ["عيسى حمد بوشهاب", "حسن البرنوصي"]
    # an occupation before a word that is no name still names no one
    assert analyse("وقال الخبير الاقتصادي إن الخسائر كبيرة").unknown == {}
    # a circumstantial participle after the name is none of it ("مؤكدا", "مضيفا")
    assert list(analyse("وقال موشي كامبانسكي مؤكدا أن المحادثات تسير بشكل جيد").unknown.values()) == [("موشي كامبانسكي", None)]
    # a preposition after a title begins no name ("أمام برلمان بلاده" is where he spoke)
    assert analyse("للتصريحات المنسوبة لرئيس الوزراء الإثيوبي أمام برلمان بلاده، والتي قال فيها").unknown == {}
    # a body's head begins no person's name, though set off by a comma after a verb of saying
    assert analyse("وقالت لجان مقاومة مدني، وهي مجموعة من الناشطين، إن الحصيلة ارتفعت").unknown == {}
    # an honorific after "و" ends the name before it
    a = analyse("واستقبل الملك معالي أحمد قطان ومعالي وزير الدولة للشؤون الخارجية عادل الجبير")
    assert ("أحمد قطان", None) in a.unknown.values()


def test_a_short_form_as_the_adjective_of_a_noun_is_no_person():
    """"الوفد الحوثي": an adjective of the delegation (Yemen's), not Abdul-Malik al-Houthi; after
    a verb of saying, the page having named him, "الحوثي" is he."""
    a = analyse("وكان الوفد الحوثي قد وصل إلى الرياض الخميس الماضي برفقة وسطاء عمانيين")
    assert "abdul-malik-al-houthi" not in {m.actor for m in a.names}
    assert [(d.label, d.country) for d in a.descriptors][:1] == [("delegation", "YEM")]
    a = analyse("وقال زعيم جماعة أنصار الله عبد الملك الحوثي إن الجماعة مستعدة، وأضاف الحوثي أن الحرب لم تنته")
    assert sum(m.actor == "abdul-malik-al-houthi" for m in a.names) == 2


def test_foreign_given_names_news_writes_begin_a_name():
    """"وأكد أوري دانينو أن ...", "رياك مشار": given names of many languages as Arabic news writes
    them (data/ar/given_names.tsv) begin a name the knowledge base lacks; "لطيفة الشعلان" is not
    the minister Hazim al-Shaalan, another's given name before his surname."""
    assert [n for n, _ in analyse("وأكد أوري دانينو أن المفاوضات مستمرة").unknown.values()] == ["أوري دانينو"]
    assert [n for n, _ in analyse("وقال نائب الرئيس رياك مشار إن الاتفاق صامد").unknown.values()] == ["رياك مشار"]
    a = analyse("إذ تقدمت العضوتان موضي الخلف ولطيفة الشعلان بطلب لمناقشة القضية")
    assert "hazim-al-shaalan" not in {m.actor for m in a.names}


def test_titles_in_apposition_name_the_holder_after_the_last():
    """"رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان": the first title is his too
    (he chaired the council), which bounds an undated page from his term."""
    a = analyse("وتوعد رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان بالرد على الهجوم")
    assert a.titles[0].role == "head of state" and a.titles[0].person == "abdel-fattah-al-burhan"
    # titles parted by other words are not one chain
    a = analyse("ورحب رئيس مجلس السيادة بالاتفاق، وقال قائد الجيش الفريق أول عبد الفتاح البرهان إن الجيش ملتزم")
    assert a.titles[0].person is None


def test_a_known_surname_after_another_s_given_name_is_his_kin():
    """"عبد الرحيم دقلو شقيق قائد الدعم السريع محمد حمدان دقلو", "عبد الرحيم حمدان دقلو": Hemedti's
    brother, a person of his own (a compound given name, a shared father's name between), not
    Hemedti; a kinship word ends the name."""
    a = analyse("وفرضت واشنطن عقوبات على عبد الرحيم دقلو شقيق قائد الدعم السريع محمد حمدان دقلو")
    assert list(a.unknown.values()) == [("عبد الرحيم دقلو", None)]
    assert sum(m.actor == "mohamed-hamdan-dagalo" for m in a.names) == 1
    a = analyse("وفرضت الخزانة الأميركية عقوبات على عبد الرحيم حمدان دقلو، نائب قائد قوات الدعم السريع")
    assert list(a.unknown.values()) == [("عبد الرحيم حمدان دقلو", None)]
