"""Events on real seed text: type, participants, date, place, mediator, mode, status."""

from __future__ import annotations

from marsad import api


def _events(doc, type_):
    return [e for e in doc.events if e.type == type_]


def _countries(event):
    return {a.country for a in event.actors if a.country} | ({event.mediator} if event.mediator else set())


def test_moscow_meeting_is_one_event_dated_by_its_own_sentence(seed_docs):
    doc = seed_docs["000"]
    moscow = [e for e in _events(doc, "CONSULT") if e.location and e.location.name == "Moscow"]
    assert len(moscow) == 1
    event = moscow[0]
    assert event.date == "2022-12-28"
    assert {"TUR", "SYR", "RUS"} <= _countries(event)
    assert event.mode == "multilateral"
    assert doc.body[event.evidence.start:event.evidence.end] == event.evidence.text


def test_agreement_after_the_talks_takes_their_date_and_parties(seed_docs):
    agree = _events(seed_docs["000"], "AGREE")
    assert any(e.date == "2022-12-28" and {"TUR", "SYR", "RUS"} <= _countries(e) for e in agree)


def test_mediated_meeting_has_its_mediator_and_place(seed_docs):
    doc = seed_docs["001"]
    hmeimim = [e for e in _events(doc, "CONSULT") if e.date == "2024-06-11"]
    assert len(hmeimim) == 1
    event = hmeimim[0]
    assert event.mediator == "RUS" and event.mode == "third-party"
    assert {"TUR", "SYR"} <= {a.country for a in event.actors}
    assert event.location.name == "Hmeimim Air Base"


def test_a_day_before_dates_the_other_meeting(seed_docs):
    consult = _events(seed_docs["001"], "CONSULT")
    putin_fidan = [e for e in consult if e.date == "2024-06-10"]
    assert putin_fidan and {"RUS", "TUR"} <= _countries(putin_fidan[0])
    assert putin_fidan[0].location.name == "Moscow"


def test_phone_call_of_the_two_presidents(seed_docs):
    call = [e for e in _events(seed_docs["003"], "CONSULT") if e.mode == "phone"]
    assert len(call) == 1
    assert call[0].date == "2021-06-24" and {"TUR", "RUS"} <= _countries(call[0])


def test_planned_round_keeps_its_range_and_the_format_members(seed_docs):
    planned = [e for e in _events(seed_docs["003"], "CONSULT") if e.status == "planned" and e.date == "2021-07-06/2021-07-08"]
    assert len(planned) == 1
    assert {"RUS", "TUR", "IRN"} <= _countries(planned[0])
    assert planned[0].location.name == "Astana"


def test_withdrawal_is_its_own_event_with_its_own_week(seed_docs):
    doc = seed_docs["004"]
    retreat = _events(doc, "RETREAT")
    assert len(retreat) == 1
    assert retreat[0].date == "2018-12-17/2018-12-23"
    assert _countries(retreat[0]) == {"USA"}
    agree = _events(doc, "AGREE")
    assert any(e.date == "2018-12-29" and {"TUR", "RUS"} <= _countries(e) for e in agree)


def test_talk_of_meetings_is_not_a_meeting(seed_docs):
    # "شدد المجتمعون على أهمية استمرار الاجتماعات الرباعية": the idea of meetings to come.
    doc = seed_docs["002"]
    assert not any("أهمية استمرار" in e.evidence.text for e in doc.events)


def test_no_event_from_dropped_text(seed_docs):
    doc = seed_docs["001"]
    for e in doc.events:
        assert "عبد العاطي" not in e.evidence.text and "جدة" not in e.evidence.text


def _text_page(options, tmp_path, *lines: str):
    """A plain-text page (title, date line, paragraphs) processed on its own."""
    page = tmp_path / "page.txt"
    page.write_text("".join(lines), "utf-8")
    (doc,) = api.process(page, options=options)
    return doc


def _ant_page(shared, options, tmp_path, words):
    """The ANT development article holding ``words``, processed on its own."""
    lines = shared("corpus", "ant-dev.jsonl").read_text("utf-8").splitlines()
    page = tmp_path / "page.jsonl"
    page.write_text(next(line for line in lines if words in line) + "\n", "utf-8")
    (doc,) = api.process(page, options=options)
    return doc


def test_the_two_named_after_a_dual_are_its_parties(shared, options, tmp_path):
    """ANT (CNN Arabic, 2018): "مكالمة هاتفية جمعت الرئيسين المصري عبدالفتاح السيسي والفرنسي
    إيمانويل ماكرون" names the two presidents right there; the story's other parties are not them."""
    doc = _ant_page(shared, options, tmp_path, "الرئيسين المصري")
    calls = [e for e in _events(doc, "CONSULT") if "الرئيسين المصري" in e.evidence.text]
    assert len(calls) == 1 and calls[0].mode == "phone"
    assert {"EGY", "FRA"} <= _countries(calls[0])
    names = {a.entity for a in calls[0].actors}
    assert {"abdel-fattah-el-sisi", "emmanuel-macron"} <= names
    # the verb "جمعت" has its own subject and object: Iraq, the last paragraph's subject, is not in the call
    assert "IRQ" not in _countries(calls[0])


def test_a_place_talked_about_is_not_where_it_happened(seed_docs):
    """003: "الوضع في إدلب" is what the presidents discussed; 000: "التسوية في سوريا" what Akar
    wants — neither is where the call or the agreement took place."""
    for prefix, place in (("003", "Idlib"), ("000", "Syria")):
        located = [e for e in seed_docs[prefix].events if e.location and e.location.name == place]
        assert located == [], (prefix, [e.evidence.text[:60] for e in located])


def test_reported_speech_without_its_own_subject_keeps_the_speakers(shared, options, tmp_path):
    """ANT (CNN Arabic, 2018): "في مؤتمر صحفي للجبير ونظيره الأمريكي، مايك بومبيو، حيث لفت
    الوزير السعودي على أن المباحثات استعرضت تحديات المنطقة في لبنان وسوريا، ودعم العراق":
    the talks are the two ministers'; the countries after them are what was discussed."""
    doc = _ant_page(shared, options, tmp_path, "مؤتمر صحفي للجبير")
    (talks,) = [e for e in _events(doc, "CONSULT") if "مؤتمر صحفي للجبير" in e.evidence.text]
    assert {"adel-al-jubeir", "mike-pompeo"} <= {a.entity for a in talks.actors}
    # "الوزير السعودي" is al-Jubeir again, not another, unnamed, Saudi minister
    assert [a.entity for a in talks.actors if a.country == "SAU"] == ["adel-al-jubeir"]


def test_a_call_and_a_meeting_of_the_same_parties_are_two_events(options, tmp_path):
    """A phone call and a face-to-face meeting ("التقى") between the same two countries on an
    undated page are two happenings, not one event told twice."""
    doc = _text_page(options, tmp_path,
        "المنفي يتلقى اتصالا من تاياني\n\n"
        "تلقى رئيس المجلس الرئاسي الليبي محمد المنفي اتصالا هاتفيا من وزير الخارجية الإيطالي.\n"
        "وفي روما، التقى وزير الداخلية الإيطالي رئيس المجلس الرئاسي الليبي محمد المنفي، وبحثا ملف الهجرة.\n",
    )
    consults = _events(doc, "CONSULT")
    assert len(consults) == 2 and [e.mode for e in consults].count("phone") == 1


def test_a_noun_announced_is_reported(shared, options, tmp_path):
    """ANT (CNN Arabic, 2018): "أعلن الرئيس الأمريكي، دونالد ترامب، انسحاب الولايات المتحدة
    الأمريكية من الاتفاق النووي": the noun a verb of announcing governs reports the event,
    with the announcer as its subject."""
    doc = _ant_page(shared, options, tmp_path, "أعلن اليوم انسحاب الولايات المتحدة")
    retreats = [e for e in _events(doc, "RETREAT") if "أعلن الرئيس الأمريكي" in e.evidence.text]
    assert len(retreats) == 1 and "donald-trump" in {a.entity for a in retreats[0].actors}


def test_an_agreement_announced_with_its_mediators(options, tmp_path):
    """"أعلن [المسؤول] التوصل إلى اتفاق بين إسرائيل وحركة حماس ... بوساطة قطرية ومصرية":
    an agreement of the two sides, brokered by the first nisba after the mediator cue; and
    "برعاية سعودية أمريكية" names the host of the talks."""
    doc = _text_page(options, tmp_path,
        "اتفاق لوقف إطلاق النار\n\nالأربعاء 15 كانون الثاني 2025\n\n"
        "أعلن رئيس مجلس الوزراء وزير الخارجية القطري مساء اليوم التوصل إلى اتفاق بين إسرائيل وحركة حماس "
        "لوقف إطلاق النار في قطاع غزة، بوساطة قطرية ومصرية وأمريكية.\n"
        "واستأنف وفدا الجيش السوداني وقوات الدعم السريع المفاوضات في مدينة جدة برعاية سعودية أمريكية.\n",
    )
    (agree,) = _events(doc, "AGREE")
    assert {"ISR", "PSE"} <= _countries(agree) and agree.mediator == "QAT" and agree.date == "2025-01-15"
    (talks,) = [e for e in _events(doc, "CONSULT") if "جدة" in e.evidence.text]
    assert talks.mediator == "SAU" and talks.mode == "third-party"


def test_a_while_clause_is_not_the_main_clause_s_party(options, tmp_path):
    """"واتهمت قوات الدعم السريع الجيش بقصف ...، فيما طالبت الأمم المتحدة الطرفين ...": the
    UN asks, it does not accuse; the clause after "فيما" has its own subject."""
    doc = _text_page(options, tmp_path,
        "اتهامات متبادلة\n\nالسبت 28 تشرين الأول 2023\n\n"
        "واتهمت قوات الدعم السريع الجيش السوداني بقصف أحياء سكنية في أم درمان أمس، فيما طالبت الأمم المتحدة الطرفين بحماية المدنيين.\n",
    )
    (accuse,) = _events(doc, "ACCUSE")
    assert "UNO" not in _countries(accuse) and "rapid-support-forces" in {a.entity for a in accuse.actors}


def test_light_verbs_report_their_object_and_aircraft_name_their_countries(options, tmp_path):
    """"وشنت طائرات أمريكية وبريطانية فجر اليوم غارات على مواقع للحوثيين": the strikes are
    reported ("شن" is a light verb), by the two countries the aircraft belong to."""
    doc = _text_page(options, tmp_path,
        "غارات على اليمن\n\n9 يناير 2024\n\n"
        "وشنت طائرات أمريكية وبريطانية فجر اليوم غارات على مواقع للحوثيين في صنعاء.\n",
    )
    (strikes,) = _events(doc, "ASSAULT")
    assert {"USA", "GBR", "YEM"} <= _countries(strikes) and strikes.date == "2024-01-09"


def test_a_verb_within_the_meeting_reported_is_that_meeting(seed_docs):
    """002: "وقالت وزارتا الدفاع التركية والروسية ... إن الوزراء ورؤساء المخابرات ناقشوا في
    الاجتماع تعزيز الأمن ... في دمشق" retells the Moscow meeting; it is no meeting in Damascus."""
    located = [e.location.name for e in _events(seed_docs["002"], "CONSULT") if e.location]
    assert "Damascus" not in located


def test_his_country_and_another_agreed_in_reported_speech(options, tmp_path):
    """"قال X إن بلاده والعراق اتفقتا على مكافحة حزب العمال": the agreement is Turkey's
    ("بلاده": the speaker's country) and Iraq's; the PKK is what they agreed on."""
    doc = _text_page(options, tmp_path,
        "أردوغان في بغداد\n\n2024/04/23\n\n"
        "وقال الرئيس التركي رجب طيب أردوغان اليوم في مؤتمر صحفي إن بلاده والعراق اتفقتا على مكافحة حزب العمال الكردستاني.\n",
    )
    (agree,) = _events(doc, "AGREE")
    assert {"TUR", "IRQ"} <= _countries(agree) and "pkk" not in {a.entity for a in agree.actors}


def test_a_seat_and_a_past_are_not_parties(options, tmp_path):
    """"استقبل بوتين في الكرملين ... الرئيس السوري أحمد الشرع، في أول زيارة له منذ سقوط نظام
    بشار الأسد": the Kremlin is where, Assad's fall when; "الرئيسين اتفقا" are Putin and al-Sharaa."""
    doc = _text_page(options, tmp_path,
        "بوتين يستقبل الشرع\n\nالخميس 16 تشرين الأول 2025\n\n"
        "استقبل الرئيس الروسي فلاديمير بوتين في الكرملين أمس الأربعاء الرئيس السوري أحمد الشرع، في أول زيارة له "
        "إلى روسيا منذ سقوط نظام بشار الأسد في كانون الأول/ديسمبر الماضي.\n"
        "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيسين اتفقا على تشكيل لجنة حكومية مشتركة.\n",
    )
    (visit,) = _events(doc, "CONSULT")
    assert {a.entity for a in visit.actors} == {"vladimir-putin", "ahmed-al-sharaa"}
    (agree,) = _events(doc, "AGREE")
    assert {"vladimir-putin", "ahmed-al-sharaa"} <= {a.entity for a in agree.actors}


def test_a_verb_joined_to_another_is_its_own_event_with_the_same_subject(shared, options, tmp_path):
    """ANT (2018): "زار مصر في شهر أبريل/نيسان 2010 والتقى حينها الرئيس المصري عبد الفتاح
    السيسي واتفقا على تشكيل لجنة عسكرية مشتركة": the agreement of the two who met, not only the meeting."""
    doc = _ant_page(shared, options, tmp_path, "واتفقا على تشكيل لجنة عسكرية مشتركة")
    agreements = [e for e in _events(doc, "AGREE") if "واتفقا على تشكيل لجنة عسكرية" in e.evidence.text]
    assert len(agreements) == 1 and {"SAU", "EGY"} <= _countries(agreements[0])


def test_the_object_may_follow_a_place_after_the_subject(options, tmp_path):
    """"وفي سياق آخر، استقبل وزير الخارجية فؤاد حسين في مكتبه ببغداد السفير التركي": the
    minister receives the ambassador; the prime minister of the sentence before is not there."""
    doc = _text_page(options, tmp_path,
        "السوداني يبحث مع بلينكن\n\nالسبت 2 تشرين الثاني 2024\n\n"
        "بحث رئيس مجلس الوزراء محمد شياع السوداني أمس في اتصال هاتفي مع وزير الخارجية الأمريكي أنتوني بلينكن تطورات المنطقة.\n"
        "وفي سياق آخر، استقبل وزير الخارجية فؤاد حسين في مكتبه ببغداد السفير التركي أنيل بورا إينان، وجرى بحث ملف المياه.\n",
    )
    (visit,) = [e for e in _events(doc, "CONSULT") if "فؤاد حسين" in e.evidence.text]
    assert "mohammed-shia-al-sudani" not in {a.entity for a in visit.actors} and {"IRQ", "TUR"} <= _countries(visit)


def test_a_request_made_during_a_call_keeps_the_call(shared, options, tmp_path):
    """ANT (2018): "وطلب الرئيس الفرنسي إيمانويل ماكرون الأحد خلال اتصال هاتفي بنظيره الإيراني
    حسن روحاني ...": the call of the two presidents is an event, whatever the request."""
    doc = _ant_page(shared, options, tmp_path, "خلال اتصال هاتفي بنظيره الإيراني")
    calls = [e for e in _events(doc, "CONSULT") if e.mode == "phone"]
    assert any({"emmanuel-macron", "hassan-rouhani"} <= {a.entity for a in e.actors} for e in calls)


def test_a_meeting_the_presidents_discussed_is_planned_in_moscow(seed_docs):
    """003: "بحث الرئيسان الخطوات ...، خلال اجتماع اللجنة الاقتصادية المشتركة التي ستعقد في
    موسكو يوم 30 من تموز المقبل": a planned meeting of the two, in Moscow, on 30 July."""
    planned = [e for e in _events(seed_docs["003"], "CONSULT") if e.status == "planned" and e.date == "2021-07-30"]
    assert len(planned) == 1 and {"RUS", "TUR"} <= _countries(planned[0])


def test_a_three_letter_verb_after_waw_and_an_attacker_named_by_a_nisba(options, tmp_path):
    """"وحذر" is "حذر" after the conjunction; in "سترد على أي هجوم إسرائيلي" the nisba of the
    act names the other party of the warning."""
    doc = _text_page(options, tmp_path,
        "تحذير إيراني\n\nالأحد 3 نوفمبر 2024\n\n"
        "وحذر وزير الخارجية الإيراني عباس عراقجي أمس من أن بلاده سترد على أي هجوم إسرائيلي.\n",
    )
    (threat,) = _events(doc, "THREATEN")
    assert _countries(threat) == {"IRN", "ISR"} and threat.date == "2024-11-02"


def test_possible_conditional_and_generic_meetings_are_not_reported(options, tmp_path):
    """An opinion piece: "أي لقاء محتمل بين أردوغان والأسد لن يحدث قبل أن تتفق الدولتان",
    "ولو اجتمع الرئيسان", "رعاية مثل هذه الاجتماعات" report no meeting and no agreement."""
    doc = _text_page(options, tmp_path,
        "هل تنجح الوساطة الروسية بين أنقرة ودمشق؟\n\n2024/07/10\n\n"
        "يبدو أن أي لقاء محتمل بين أردوغان والأسد لن يحدث قبل أن تتفق الدولتان على جدول زمني لانسحاب القوات التركية. "
        "ولو اجتمع الرئيسان فإن ذلك سيكون انتصارا للدبلوماسية الروسية. لقد اعتادت موسكو على رعاية مثل هذه الاجتماعات.\n",
    )
    assert [e for e in doc.events if e.status == "reported"] == []


def test_a_sanction_on_companies_of_a_country_and_authorities_that_arrest(options, tmp_path):
    """"وفرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية": a US sanction on Iran ("فرض" is a
    light verb, the nisba after "على" the target); "واعتقلت السلطات التركية" has its own subject."""
    doc = _text_page(options, tmp_path,
        "ردود فعل\n\nالخميس 16 كانون الثاني 2025\n\n"
        "وأعلنت الإمارات تقديم مساعدات إنسانية لسكان غزة.\n"
        "واعتقلت السلطات التركية أمس 20 شخصا يشتبه في انتمائهم لتنظيم داعش. وفرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية.\n",
    )
    (sanction,) = _events(doc, "SANCTION")
    assert _countries(sanction) == {"USA", "IRN"}
    (arrest,) = _events(doc, "COERCE")
    assert _countries(arrest) == {"TUR"}


def test_the_next_round_of_talks_is_between_the_same_parties(options, tmp_path):
    """"وأضاف أن الجولة الثالثة ستعقد في مسقط السبت المقبل": the planned round is Iran's and
    the United States', brokered by Oman like the round reported before it."""
    doc = _text_page(options, tmp_path,
        "محادثات روما\n\nالسبت 19 نيسان 2025\n\n"
        "عقد وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف اليوم في روما جولة ثانية من المحادثات "
        "غير المباشرة بوساطة عمانية. ووصف المتحدث باسم الخارجية الإيرانية الأجواء بأنها بناءة.\n"
        "وأضاف أن الجولة الثالثة ستعقد في مسقط السبت المقبل.\n",
    )
    (planned,) = [e for e in _events(doc, "CONSULT") if e.status == "planned"]
    assert _countries(planned) == {"IRN", "USA", "OMN"} and planned.date == "2025-04-26"


def test_readiness_to_meet_is_a_plan_not_a_meeting(seed_docs):
    """001: "وكان الرئيس التركي رجب طيب أردوغان أعلن ... استعداده للقاء الأسد": a meeting Erdogan
    is ready for, not one held; it does not join the meeting al-Sudani's statement reports."""
    ready = [e for e in _events(seed_docs["001"], "CONSULT") if "استعداده" in e.evidence.text]
    assert ready and all(e.status == "planned" for e in ready)
    reported = [e for e in _events(seed_docs["001"], "CONSULT") if e.status == "reported"]
    assert not any({"recep-tayyip-erdogan", "bashar-al-assad"} <= {a.entity for a in e.actors} for e in reported)


def test_also_met_is_another_meeting_and_a_light_verb_opens_a_clause(options, tmp_path):
    """"استقبل أمير قطر ... الرئيس الإندونيسي ...، كما التقى رئيس الوزراء القطري وزير الخارجية
    التركي": two meetings; "فيما وقعت قطر وتركيا ثلاث اتفاقيات": an agreement of its own."""
    doc = _text_page(options, tmp_path,
        "نشاط دبلوماسي في الدوحة\n\nالاثنين 10 شباط 2025\n\n"
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم في الديوان الأميري الرئيس الإندونيسي برابوو سوبيانتو، "
        "كما التقى رئيس الوزراء القطري وزير الخارجية التركي هاكان فيدان.\n"
        "وأجرى الأمير اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب، فيما وقعت قطر وتركيا ثلاث اتفاقيات في مجالات الدفاع.\n",
    )
    meetings = [e for e in _events(doc, "CONSULT") if e.mode != "phone"]
    assert sorted(sorted(_countries(e)) for e in meetings) == [["IDN", "QAT"], ["QAT", "TUR"]]
    (agree,) = _events(doc, "AGREE")
    assert _countries(agree) == {"QAT", "TUR"}


def test_two_states_meeting_in_a_third_meet_in_a_third_place(seed_docs):
    """002: "وعقد وزير دفاع النظام السوري محادثات مع نظيره التركي ... في موسكو": Syria and Turkey
    in Moscow, PLOVER's third-party mode; 000's retelling with Shoigu is multilateral."""
    (talks,) = [e for e in _events(seed_docs["002"], "CONSULT") if e.evidence.text.startswith("وعقد وزير دفاع النظام السوري")]
    assert talks.mode == "third-party" and talks.location.name == "Moscow"
    moscow = [e for e in _events(seed_docs["000"], "CONSULT") if e.date == "2022-12-28"]
    assert moscow and all(e.mode == "multilateral" for e in moscow)


def test_an_agreement_with_its_own_partner_and_a_tour_s_other_stops(options, tmp_path):
    """"التقى حميدتي ... رئيس الوزراء الإثيوبي آبي أحمد، ضمن جولة إقليمية شملت أوغندا وكينيا":
    the tour's other countries are not at this meeting; "ووقع حميدتي إعلانا سياسيا مع ...
    حمدوك" is the two Sudanese's agreement, not the Addis Ababa meeting's parties'."""
    doc = _text_page(options, tmp_path,
        "حميدتي في أديس أبابا\n\nالأربعاء 27 كانون الأول 2023\n\n"
        "التقى قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي) اليوم في أديس أبابا رئيس الوزراء الإثيوبي آبي أحمد، "
        "ضمن جولة إقليمية شملت أوغندا وكينيا وجيبوتي.\n"
        "ووقع حميدتي إعلانا سياسيا مع رئيس الوزراء السوداني السابق عبد الله حمدوك، يتضمن الالتزام بوقف إطلاق النار.\n",
    )
    (meeting,) = _events(doc, "CONSULT")
    assert _countries(meeting) == {"SDN", "ETH"}
    (agree,) = _events(doc, "AGREE")
    assert {a.entity for a in agree.actors} == {"mohamed-hamdan-dagalo", "abdalla-hamdok"}


def test_a_denied_meeting_between_two_is_theirs_and_denied(options, tmp_path):
    """"نفى المتحدث باسم الكرملين ديمتري بيسكوف اليوم عقد أي لقاء بين الرئيس الروسي فلاديمير
    بوتين والرئيس الأوكراني": a meeting denied, of the two named after "بين" (not the speaker)."""
    doc = _text_page(options, tmp_path,
        "الكرملين ينفي\n\nالخميس 5 أيلول 2024\n\n"
        "نفى المتحدث باسم الكرملين ديمتري بيسكوف اليوم عقد أي لقاء بين الرئيس الروسي فلاديمير بوتين "
        "والرئيس الأوكراني فولوديمير زيلينسكي.\n",
    )
    (denied,) = _events(doc, "CONSULT")
    assert denied.status == "denied" and _countries(denied) == {"RUS", "UKR"}
    assert "dmitry-peskov" not in {a.entity for a in denied.actors}


def test_a_protest_reported_by_its_crowd_and_purpose(options, tmp_path):
    """"خرج آلاف المتظاهرين في محافظة البصرة ... اليوم الأحد احتجاجا على انقطاع الكهرباء": a
    protest held (the realis evidence makes its nouns a report), in Basra, Iraqis."""
    doc = _text_page(options, tmp_path,
        "احتجاجات في البصرة\n\nالأحد 16 حزيران 2024\n\n"
        "خرج آلاف المتظاهرين في محافظة البصرة جنوبي العراق اليوم الأحد احتجاجا على انقطاع الكهرباء، "
        "ورددوا هتافات تطالب الحكومة بتحسين الخدمات.\n",
    )
    (protest,) = _events(doc, "PROTEST")
    assert protest.date == "2024-06-16" and protest.location.name == "Basra" and _countries(protest) == {"IRQ"}


def test_the_place_a_visit_takes_as_its_object(shared, options, tmp_path):
    """ANT (2018): "وكان قد سبق لولي العهد السعودي أن زار مصر في شهر أبريل/نيسان 2010": the visit
    was to Egypt (the verb's object is where), Egypt also its host."""
    doc = _ant_page(shared, options, tmp_path, "أن زار مصر في شهر أبريل")
    (visit,) = [e for e in _events(doc, "CONSULT") if "أن زار مصر" in e.evidence.text]
    assert visit.location.name == "Egypt" and visit.mode == "visit"


def test_the_story_s_day_the_other_leader_met_and_another_meeting(options, tmp_path):
    """After the lead, an undated meeting is the story's ("والتقى الأسد على هامش القمة ..."),
    "كما التقى الرئيس التونسي" is the same subject's other meeting, a background visit ("وسبق
    أن زار ...") keeps its own date, and a meeting with other people of the same countries is
    another meeting (the crown prince is not at the foreign minister's visit)."""
    doc = _text_page(options, tmp_path,
        "الأسد يصل إلى جدة\n\nالخميس 18 أيار 2023\n\n"
        "وصل الرئيس السوري بشار الأسد مساء اليوم إلى مدينة جدة السعودية للمشاركة في أعمال القمة العربية.\n"
        "والتقى الأسد على هامش القمة ولي العهد السعودي الأمير محمد بن سلمان، وبحث معه العلاقات الثنائية، "
        "كما التقى الرئيس التونسي قيس سعيد.\n"
        "وسبق أن زار وزير الخارجية السعودي فيصل بن فرحان دمشق في 18 من نيسان الماضي، والتقى الأسد.\n"
        "وكان المبعوث الأممي قد التقى الأسد في دمشق مرات عدة لبحث الحل السياسي.\n",
    )
    consult = _events(doc, "CONSULT")
    (mbs,) = [e for e in consult if "mohammed-bin-salman" in {a.entity for a in e.actors}]
    assert mbs.date == "2023-05-18" and _countries(mbs) == {"SAU", "SYR"}
    (saied,) = [e for e in consult if "TUN" in _countries(e)]
    assert saied.date == "2023-05-18" and _countries(saied) == {"SYR", "TUN"}
    (visit,) = [e for e in consult if e.date == "2023-04-18"]
    assert "faisal-bin-farhan" in {a.entity for a in visit.actors}
    assert all(e.date is None for e in _events(doc, "CONSULT") if "UNO" in _countries(e))
    assert len({e.id for e in doc.events}) == len(doc.events)


def test_a_leader_who_comments_after_the_comma_is_not_a_party(options, tmp_path):
    """"وقع لبنان وإسرائيل ... على اتفاق ...، في خطوة وصفها الرئيس الأميركي جو بايدن بأنها
    تاريخية": Biden comments on the signing; "بحضور" brings a third party in."""
    doc = _text_page(options, tmp_path,
        "توقيع اتفاق الحدود البحرية\n\nالخميس 27 تشرين الأول 2022\n\n"
        "وقع لبنان وإسرائيل اليوم على اتفاق ترسيم الحدود البحرية بينهما، في خطوة وصفها الرئيس الأميركي جو بايدن بأنها تاريخية.\n"
        "والتقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في سوتشي، بحضور الرئيس الإيراني حسن روحاني.\n",
    )
    (agree,) = _events(doc, "AGREE")
    assert _countries(agree) == {"LBN", "ISR"}
    (meeting,) = _events(doc, "CONSULT")
    assert _countries(meeting) == {"TUR", "RUS", "IRN"}


def test_an_arrival_is_a_visit_to_the_state_that_hosts_it(options, tmp_path):
    """"وصل الأسد ... إلى مدينة جدة السعودية": a visit between Syria and its host; "وزار ...
    السوداني أنقرة": the place after the verb's subject; "يصل ... غدا" is planned; aid that
    arrives is no visit."""
    doc = _text_page(options, tmp_path,
        "الأسد في جدة\n\nالخميس 18 أيار 2023\n\n"
        "وصل الرئيس السوري بشار الأسد مساء اليوم إلى مدينة جدة السعودية للمشاركة في أعمال القمة العربية.\n"
        "وزار رئيس الوزراء العراقي محمد شياع السوداني أنقرة الأسبوع الماضي في زيارة رسمية.\n"
        "ويصل وزير الخارجية الإيراني عباس عراقجي غدا إلى بيروت في زيارة تستمر يومين.\n"
        "ووصلت قافلة مساعدات أردنية إلى قطاع غزة صباح اليوم.\n",
    )
    visits = {tuple(sorted(_countries(e))): e for e in _events(doc, "CONSULT")}
    assert set(visits) == {("SAU", "SYR"), ("IRQ", "TUR"), ("IRN", "LBN")}
    assert (visits[("SAU", "SYR")].date, visits[("SAU", "SYR")].location.name) == ("2023-05-18", "Jeddah")
    assert visits[("IRQ", "TUR")].location.name == "Ankara" and visits[("IRQ", "TUR")].mode == "visit"
    assert (visits[("IRN", "LBN")].date, visits[("IRN", "LBN")].status) == ("2023-05-19", "planned")


def test_the_two_presidents_a_handshake_and_the_ministers_named_after_a_comma(options, tmp_path):
    """A handshake is a meeting; "إن الرئيسين ... واتفقا" are the two presidents, not the emir who
    attended; "وزيرا خارجية البلدين، X وY" are X and Y; "منذ عام 2013، وعقد البلدان ... عام
    2021": the talks' year is the one in their clause; "من المنتظر" plans."""
    doc = _text_page(options, tmp_path,
        "مصافحة في الدوحة\n\n21 تشرين الثاني 2022\n\n"
        "تصافح الرئيس التركي رجب طيب أردوغان ونظيره المصري عبد الفتاح السيسي، أمس الأحد، في الدوحة، "
        "بحضور أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
        "وقالت الرئاسة المصرية في بيان إن الرئيسين أكدا عمق الروابط بين البلدين، واتفقا على تطوير العلاقات الثنائية.\n"
        "وكانت العلاقات بين أنقرة والقاهرة قد توترت منذ عام 2013، وعقد البلدان جولتين من المحادثات في القاهرة عام 2021.\n"
        "ومن المنتظر أن يلتقي وزيرا خارجية البلدين، مولود جاووش أوغلو وسامح شكري، خلال الأسابيع المقبلة.\n",
    )
    consult = _events(doc, "CONSULT")
    (handshake,) = [e for e in consult if e.date == "2022-11-20"]
    assert _countries(handshake) == {"TUR", "EGY"} and handshake.location.name == "Doha"
    (agree,) = _events(doc, "AGREE")
    assert _countries(agree) == {"TUR", "EGY"}
    assert [e.date for e in consult if e.location and e.location.name == "Cairo"] == ["2021"]
    (ministers,) = [e for e in consult if e.status == "planned"]
    assert {a.entity for a in ministers.actors} == {"mevlut-cavusoglu", "sameh-shoukry"}


def test_forces_of_the_place_a_crowd_and_an_organisation_of_no_country(options, tmp_path):
    """"قتل 40 شخصا ... في العراق ... عندما أطلقت قوات الأمن النار": Iraq's security forces;
    "وتظاهر آلاف العراقيين": Iraqi protesters (not only the premier they want gone); "دعا
    السيستاني في كربلاء قوات الأمن"; "اتهمت منظمة العفو الدولية السلطات العراقية"."""
    doc = _text_page(options, tmp_path,
        "احتجاجات العراق\n\nبغداد - رويترز\nالجمعة 25 أكتوبر 2019\n\n"
        "قتل 40 شخصا على الأقل في العراق اليوم الجمعة عندما أطلقت قوات الأمن النار على المحتجين في بغداد، بحسب مصادر طبية.\n"
        "وتظاهر آلاف العراقيين في ساحة التحرير ببغداد احتجاجا على الفساد، مطالبين برحيل حكومة رئيس الوزراء عادل عبد المهدي.\n"
        "ودعا المرجع الشيعي علي السيستاني في خطبة الجمعة في كربلاء قوات الأمن إلى عدم استخدام العنف.\n"
        "وفرضت السلطات حظرا للتجول، فيما اتهمت منظمة العفو الدولية السلطات العراقية باستخدام القوة المفرطة.\n",
    )
    (assault,) = _events(doc, "ASSAULT")
    assert [(a.country, a.sector) for a in assault.actors] == [("IRQ", "SPY")]
    (protest,) = _events(doc, "PROTEST")
    assert (protest.actors[0].country, protest.actors[0].sector) == ("IRQ", "CVL")
    (request,) = _events(doc, "REQUEST")
    assert {a.entity for a in request.actors} >= {"ali-al-sistani"} and _countries(request) == {"IRQ"}
    (accuse,) = _events(doc, "ACCUSE")
    assert "amnesty-international" in {a.entity for a in accuse.actors}


def test_since_ends_with_its_sentence_and_the_ministers_of_the_same_sentence(options, tmp_path):
    """"... منذ أكثر من عقد.\\n\\nواستقبل الرئيس المصري ...": the host is no time of the sentence
    before; "مع نظيره المصري بدر عبد العاطي، اتفق خلالها الوزيران": the two ministers just named."""
    doc = _text_page(options, tmp_path,
        "عراقجي في القاهرة\n\nالخميس 17 أكتوبر 2024\n\n"
        "وصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة اليوم في زيارة هي الأولى لوزير خارجية إيراني منذ أكثر من عقد.\n"
        "واستقبل الرئيس المصري عبد الفتاح السيسي الوزير الإيراني في قصر الاتحادية.\n"
        "كما عقد عراقجي جلسة مباحثات مع نظيره المصري بدر عبد العاطي، اتفق خلالها الوزيران على مواصلة التشاور.\n",
    )
    people = {a.entity for e in _events(doc, "CONSULT") for a in e.actors}
    assert "abdel-fattah-el-sisi" in people
    (agree,) = _events(doc, "AGREE")
    assert {a.entity for a in agree.actors} == {"abbas-araghchi", "badr-abdelatty"}


def test_his_highness_a_reception_and_a_memorandum_signed_on_the_sidelines(options, tmp_path):
    """"كما تلقى سموه اتصالا من الرئيس الأمريكي" after a sentence naming no one: the emir;
    "أكد الأسد خلال استقباله ... وزير الخارجية الإيراني" is a meeting, and what they discussed
    ("الاعتداءات الإسرائيلية") no party to it; "ووقع الوزيران على هامش اللقاء مذكرة تفاهم" an
    agreement; "فيصل" is a name, not "ف" + "يصل"."""
    doc = _text_page(options, tmp_path,
        "اتصالات ولقاءات\n\nالخميس 14 كانون الأول 2023\n\n"
        "تلقى الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات اتصالا هاتفيا اليوم من الرئيس الفرنسي إيمانويل ماكرون.\n"
        "وبحث الجانبان خلال الاتصال العلاقات الاستراتيجية بين البلدين.\n"
        "كما تلقى سموه اتصالا هاتفيا من الرئيس الأمريكي جو بايدن تبادلا خلاله وجهات النظر.\n"
        "وأكد الرئيس بشار الأسد خلال استقباله اليوم وزير الخارجية الإيراني حسين أمير عبد اللهيان أن العلاقات استراتيجية، "
        "وجرى خلال اللقاء بحث الاعتداءات الإسرائيلية المتكررة على الأراضي السورية.\n"
        "ووقع وزير الخارجية والمغتربين فيصل المقداد ونظيره الإيراني على هامش اللقاء مذكرة تفاهم للتعاون الاقتصادي.\n",
    )
    calls = [e for e in _events(doc, "CONSULT") if e.mode == "phone"]
    assert sorted(sorted(_countries(e)) for e in calls) == [["ARE", "FRA"], ["ARE", "USA"]]
    (meeting,) = [e for e in _events(doc, "CONSULT") if "SYR" in _countries(e)]
    assert _countries(meeting) == {"SYR", "IRN"}
    (agree,) = _events(doc, "AGREE")
    assert _countries(agree) == {"SYR", "IRN"}


def test_the_summit_discussing_with_a_partner_and_one_meeting_in_three_reports(options, tmp_path):
    """"القمة التي جمعت الرئيسين ..." (a three-letter noun with the article), "بحث الرئيس
    الروسي ... مع الرئيس التركي" (the partner after "مع", the subject between), "بحث ... في
    اتصال هاتفي مع" (the call), and the three reports of the Sochi meeting are one timeline entry."""
    pages = {
        "a.txt": "أردوغان يلتقي بوتين في سوتشي\n\nالأناضول\nالجمعة 29 أيلول 2023\n\n"
                 "التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين، اليوم الجمعة، في سوتشي، وبحثا ملف الحبوب.\n",
        "b.txt": "بوتين وأردوغان يبحثان اتفاق الحبوب\n\nموسكو - تاس\n29 سبتمبر 2023\n\n"
                 "بحث الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب إردوغان في سوتشي، الجمعة، سبل إحياء اتفاق الحبوب.\n",
        "c.txt": "قمة سوتشي بلا اختراق\n\nعنب بلدي\nالسبت 30 أيلول 2023\n\n"
                 "لم تسفر القمة التي جمعت الرئيسين الروسي فلاديمير بوتين والتركي رجب طيب أردوغان في سوتشي أمس الجمعة عن اختراق.\n",
        "d.txt": "السوداني يبحث مع بلينكن التطورات\n\nبغداد/ واع\nالسبت 9 كانون الأول 2023\n\n"
                 "بحث رئيس مجلس الوزراء محمد شياع السوداني، مساء الجمعة، في اتصال هاتفي مع وزير الخارجية الأمريكي أنتوني بلينكن، تطورات الأوضاع.\n",
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, "utf-8")
    docs = {d.source.path.rsplit("/", 1)[-1]: d for d in api.process(tmp_path, options=options)}
    for name in ("a.txt", "b.txt", "c.txt"):
        assert [(e.date, _countries(e)) for e in _events(docs[name], "CONSULT")] == [("2023-09-29", {"RUS", "TUR"})], name
    (call,) = _events(docs["d.txt"], "CONSULT")
    assert call.mode == "phone" and _countries(call) == {"IRQ", "USA"}
    sochi = [r for r in api.timeline(api.merge([docs["a.txt"], docs["b.txt"], docs["c.txt"]], options), options) if r["type"] == "CONSULT"]
    assert len(sochi) == 1 and len(sochi[0]["sources"]) == 3


def test_a_capital_beside_its_verb_weak_verbs_on_the_story_s_day_and_aid_to_a_state(options, tmp_path):
    """"ورفضت طهران العقوبات": Tehran is Iran's government; "وطالبت الصين ..." is a demand dated
    by the story although "طالب" is a weak verb; "وقدمت قطر مساعدات ... إلى السودان": Sudan
    receives; "محادثات أستانة" names the talks, Kazakhstan takes no part."""
    doc = _text_page(options, tmp_path,
        "عقوبات أمريكية جديدة\n\nواشنطن - أ ف ب\nالخميس 6 حزيران 2024\n\n"
        "فرضت الولايات المتحدة اليوم عقوبات جديدة على إيران بسبب برنامجها الصاروخي.\n"
        "ورفضت طهران العقوبات ووصفتها بأنها غير قانونية.\n"
        "وطالبت الصين الولايات المتحدة بوقف العقوبات الأحادية.\n"
        "وقدمت قطر مساعدات إنسانية عاجلة إلى السودان تشمل 50 طنا من المواد الغذائية.\n"
        "وبحث الرئيسان الروسي والتركي في اتصال هاتفي نتائج محادثات أستانة.\n",
    )
    (reject,) = _events(doc, "REJECT")
    assert "IRN" in _countries(reject)
    (request,) = _events(doc, "REQUEST")
    assert _countries(request) >= {"CHN", "USA"} and request.date == "2024-06-06"
    (aid,) = _events(doc, "AID")
    assert _countries(aid) == {"QAT", "SDN"}
    assert all("KAZ" not in _countries(e) for e in doc.events)


def test_the_sidelines_a_video_call_and_the_next_quadrilateral_meeting(options, tmp_path):
    """"على هامش أعمال الجمعية العامة": the assembly is the occasion, no party; "وعلى هامش
    الاجتماع، أجرى فيدان مباحثات مع نظيره الإيراني": a meeting of its own; "اجتماعا عبر تقنية
    الفيديو": a call; "الاجتماع الرباعي المقبل": the four's next meeting, not the last call's."""
    doc = _text_page(options, tmp_path,
        "اجتماع رباعي في نيويورك\n\nالأربعاء 20 أيلول 2023\n\n"
        "عقد وزراء خارجية روسيا وتركيا وإيران وسوريا اليوم اجتماعا رباعيا على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.\n"
        "وعلى هامش الاجتماع، أجرى وزير الخارجية التركي هاكان فيدان مباحثات مع نظيره الإيراني حسين أمير عبد اللهيان.\n"
        "كما عقد وزير الخارجية الروسي سيرغي لافروف اجتماعا عبر تقنية الفيديو مع نظيره الصيني وانغ يي.\n"
        "ومن المقرر أن يعقد الاجتماع الرباعي المقبل في موسكو مطلع العام المقبل.\n",
    )
    consult = _events(doc, "CONSULT")
    (quad,) = [e for e in consult if e.status == "reported" and len(_countries(e)) == 4]
    assert "un-general-assembly" not in {a.entity for a in quad.actors}
    assert any(_countries(e) == {"TUR", "IRN"} for e in consult)
    assert [e.mode for e in consult if _countries(e) == {"RUS", "CHN"}] == ["phone"]
    (planned,) = [e for e in consult if e.status == "planned"]
    assert _countries(planned) == {"RUS", "TUR", "IRN", "SYR"} and planned.location.name == "Moscow"


def test_a_meeting_of_an_organisation_s_member_states_is_multilateral(options, tmp_path):
    """"عقد وزراء خارجية دول مجلس التعاون ... اجتماعا استثنائيا في الكويت": the members meet, the
    host's minister chairing; not a visit to Kuwait."""
    doc = _text_page(options, tmp_path,
        "اجتماع خليجي طارئ\n\nالكويت - كونا\nالأحد 6 تشرين الأول 2024\n\n"
        "عقد وزراء خارجية دول مجلس التعاون لدول الخليج العربية مساء اليوم اجتماعا استثنائيا في الكويت "
        "برئاسة وزير الخارجية الكويتي عبد الله اليحيا لبحث تداعيات التصعيد الإقليمي.\n",
    )
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.mode == "multilateral" and {"GCC", "KWT"} <= _countries(meeting)


def test_a_file_discussed_is_no_party(options, tmp_path):
    """"وبحث الوزيران ملف تنظيم قسد": the SDF is what the two ministers discussed."""
    doc = _text_page(options, tmp_path,
        "فيدان والشيباني\n\nالأربعاء 15 كانون الثاني 2025\n\n"
        "استقبل وزير الخارجية التركي هاكان فيدان اليوم نظيره السوري أسعد الشيباني في العاصمة أنقرة.\n"
        "وبحث الوزيران ملف تنظيم قسد والوضع في شمال شرقي سوريا، واتفقا على تشكيل لجنة أمنية مشتركة.\n",
    )
    assert all("sdf" not in {a.entity for a in e.actors} for e in doc.events)
    (agree,) = _events(doc, "AGREE")
    assert {a.entity for a in agree.actors} == {"hakan-fidan", "asaad-al-shaibani"}


def test_a_region_locates_an_event_only_inside_it(options, tmp_path):
    """"مبعوث الرئيس الأمريكي إلى الشرق الأوسط" is an office; "في خليج عدن" is where."""
    doc = _text_page(options, tmp_path,
        "عون يستقبل المبعوث\n\nالاثنين 10 شباط 2025\n\n"
        "استقبل الرئيس اللبناني جوزاف عون اليوم مبعوث الرئيس الأمريكي إلى الشرق الأوسط، وبحث معه الأوضاع. "
        "وأعلنت جماعة الحوثي استهداف سفينة تجارية أمريكية في خليج عدن بصواريخ بحرية.\n",
    )
    assert _events(doc, "CONSULT") and all(e.location is None for e in _events(doc, "CONSULT"))
    assert [e.location.name for e in _events(doc, "ASSAULT")] == ["Gulf of Aden"]


def test_an_event_is_never_dated_by_a_reference_to_now(options, tmp_path):
    """"حاليا" is TimeML's PRESENT_REF: a timex, but no date for the talks."""
    doc = _text_page(options, tmp_path,
        "محادثات في الرياض\n\nالخميس 24 كانون الأول 2015\n\n"
        "يجري وزير الخارجية السعودي حاليا محادثات مع نظيره الإيراني في الرياض.\n",
    )
    assert any(t.value == "PRESENT_REF" for t in doc.timexes)
    assert [e.date for e in _events(doc, "CONSULT")] == ["2015-12-24"]


def test_a_word_of_a_name_triggers_nothing(options, tmp_path):
    """"الدعم" in "قوات الدعم السريع" (the Rapid Support Forces) is no act of support."""
    doc = _text_page(options, tmp_path,
        "إعلان جدة\n\nالجمعة 12 أيار 2023\n\n"
        "وقّع ممثلو الجيش السوداني وقوات الدعم السريع في مدينة جدة السعودية، مساء أمس الخميس، على إعلان جدة، برعاية سعودية أميركية.\n",
    )
    assert _events(doc, "SUPPORT") == []


def test_two_leaders_joined_as_the_subject_discuss_with_each_other(options, tmp_path):
    """"بحث الرئيس بشار الأسد والملك عبد الله الثاني خلال اتصال هاتفي": no "مع", yet a call of
    the two; and "وفد وزاري سوري ... مع نظرائه الأردنيين": a delegation and its counterparts."""
    doc = _text_page(options, tmp_path,
        "اتصال\n\n3 تشرين الأول 2021\n\n"
        "بحث السيد الرئيس بشار الأسد والملك عبد الله الثاني خلال اتصال هاتفي اليوم العلاقات بين البلدين.\n\n"
        "وكان وفد وزاري سوري قد أجرى يوم الاثنين الماضي في عمّان مباحثات مع نظرائه الأردنيين.\n",
    )
    consult = _events(doc, "CONSULT")
    assert [(e.date, e.mode, _countries(e)) for e in consult if e.date == "2021-10-03"] == [("2021-10-03", "phone", {"SYR", "JOR"})]
    assert any(e.date == "2021-09-27" and _countries(e) == {"SYR", "JOR"} for e in consult)


def test_a_recap_of_another_day_does_not_swallow_the_lead(options, tmp_path):
    """The lead, dated by its page, and "وكان أردوغان قد زار السعودية في 28 أبريل 2022": two visits."""
    doc = _text_page(options, tmp_path,
        "أردوغان في جدة\n\n17.07.2023\n\n"
        "التقى الرئيس التركي رجب طيب أردوغان، الاثنين، ولي العهد السعودي الأمير محمد بن سلمان، في مدينة جدة غربي المملكة.\n\n"
        "وكان أردوغان قد زار السعودية في 28 أبريل 2022، والتقى الملك سلمان وولي العهد.\n",
    )
    assert sorted(e.date for e in _events(doc, "CONSULT")) == ["2022-04-28", "2023-07-17"]


def test_a_date_opening_its_clause_with_a_conjunction_dates_the_event(options, tmp_path):
    """"وفجر اليوم الاثنين، توجه الغنوشي ... فأعلن الدخول في اعتصام": the sit-in is of Monday,
    however far the noun from its date."""
    doc = _text_page(options, tmp_path,
        "اعتصام\n\n26 - يوليو - 2021\n\n"
        "أعلن الرئيس قيس سعيد مساء أمس الأحد تجميد عمل البرلمان وإعفاء رئيس الحكومة هشام المشيشي.\n\n"
        "وفجر اليوم الاثنين، توجه رئيس البرلمان راشد الغنوشي رفقة عدد من النواب إلى مقر البرلمان، إلا أن وحدات من الجيش منعتهم من الدخول، فأعلن الدخول في اعتصام أمام المقر.\n",
    )
    assert [e.date for e in _events(doc, "PROTEST")] == ["2021-07-26"]


def test_a_document_signed_is_an_agreement_and_a_statement_is_not(options, tmp_path):
    doc = _text_page(options, tmp_path,
        "بيان العلا\n\n٦-١-٢٠٢١\n\n"
        "وقّع سامح شكري، وزير الخارجية المصري، أمس الثلاثاء، على «بيان العُلا» الصادر عن القمة الخليجية مع قطر والسعودية.\n\n"
        "وقالت الخارجية القطرية في بيان إن الدوحة ترحب بالخطوة.\n",
    )
    agree = _events(doc, "AGREE")
    assert [(e.date, e.evidence.text[:6]) for e in agree] == [("2021-01-05", "وقّع س")]


def test_an_agreement_announced_in_a_participle_clause_is_between_those_it_names(options, tmp_path):
    """"وصف ترامب الخطوة ...، معلنا أن إسرائيل والمملكة المغربية اتفقتا": Israel and Morocco agreed."""
    doc = _text_page(options, tmp_path,
        "اتفاق\n\nالجمعة 11 دجنبر 2020\n\n"
        "وفي تغريدة على حسابه، وصف الرئيس الأمريكي دونالد ترامب الخطوة بأنها اختراق تاريخي، معلنا أن إسرائيل والمملكة المغربية اتفقتا على إقامة علاقات دبلوماسية كاملة.\n",
    )
    (agree,) = _events(doc, "AGREE")
    assert {a.country for a in agree.actors} == {"ISR", "MAR"}


def test_an_office_holder_who_attacks_with_no_weapon_named_attacks_in_words(options, tmp_path):
    """"هاجم" is an assault when gunmen, aircraft or an army do it, or a weapon is named; when a
    person or an office-holder does it and nothing else of the sentence is an assault, it is
    criticism (ACCUSE)."""
    doc = _text_page(options, tmp_path,
        "تصريحات\n\nأنقرة - 12 مارس 2024\n\n"
        "وهاجم الرئيس التركي رجب طيب أردوغان الاتحاد الأوروبي بشدة في كلمة أمام البرلمان أمس الاثنين.\n\n"
        "وهاجم الجيش الإسرائيلي مواقع لحزب الله في جنوب لبنان بالصواريخ.\n",
    )
    (accuse,) = _events(doc, "ACCUSE")
    assert {a.country for a in accuse.actors} == {"TUR", "EU"} and accuse.date == "2024-03-11"
    (assault,) = _events(doc, "ASSAULT")
    assert {a.country for a in assault.actors} == {"ISR", "LBN"}


def test_a_verb_with_a_subject_of_no_country_does_not_take_the_story_subject(options, tmp_path):
    """"وهاجم مسلحون ..." has its own subject (gunmen), though no country: the person of the
    sentence before is not the attacker."""
    doc = _text_page(options, tmp_path,
        "هجوم\n\nالقاهرة - 12 مارس 2024\n\n"
        "والتقى الرئيس المصري عبد الفتاح السيسي أمس رئيس الوزراء الأردني في القاهرة.\n\n"
        "وهاجم مسلحون نقطة تفتيش أمس، ما أسفر عن مقتل ثلاثة جنود.\n",
    )
    assert not any(a.entity == "abdel-fattah-el-sisi" for e in _events(doc, "ASSAULT") for a in e.actors)


def test_a_meeting_an_expectation_governs_is_planned(options, tmp_path):
    """"يتوقع أن تعدل ميركل ... نهجهم خلال اجتماع قمة الحلف": the summit is expected, though far
    from the verb; a meeting after a comma is the sentence's own."""
    doc = _text_page(options, tmp_path,
        "الناتو\n\nبروكسل - 9 يوليو 2018\n\n"
        "وقال ستولتنبرغ إنه يتوقع أن تعدل المستشارة الألمانية أنجيلا ميركل وزعماء الحلف الآخرون نهجهم خلال اجتماع قمة مع الرئيس الروسي.\n",
    )
    assert [e.status for e in _events(doc, "CONSULT")] == ["planned"]


def test_a_count_after_the_verb_is_its_own_subject_and_a_crowd_of_the_state_named(options, tmp_path):
    """"وقتل 10 أشخاص" (killed, passive) is not done by the person of the sentence before;
    "وتظاهر الآلاف أمام البرلمان التونسي": a crowd of the state the sentence names."""
    doc = _text_page(options, tmp_path,
        "تورونتو\n\nأوتاوا - 24 أبريل 2018\n\n"
        "وقال رئيس الوزراء الكندي جاستن ترودو إن البلاد في حداد.\n\n"
        "وقتل 10 أشخاص على الأقل عندما صدمت شاحنة عددا من المارة الاثنين.\n\n"
        "وتظاهر الآلاف، السبت، أمام البرلمان التونسي احتجاجا على القانون.\n",
    )
    assert not any(a.entity == "justin-trudeau" for e in _events(doc, "ASSAULT") for a in e.actors)
    (protest,) = _events(doc, "PROTEST")
    assert any(a.name == "protesters" and a.country == "TUN" for a in protest.actors)


def test_an_assault_named_by_its_victims_count_and_its_doers_nisba(options, tmp_path):
    """"وقتل 35 فلسطينياً ... في غارات إسرائيلية": Palestinians killed (a count and the accusative
    nisba), in Israeli strikes (a nisba after an act names its doer)."""
    doc = _text_page(options, tmp_path,
        "غزة\n\nغزة - 15 يناير 2025\n\n"
        "وقتل 35 فلسطينياً على الأقل في غارات إسرائيلية على مخيم جباليا أمس.\n",
    )
    (assault,) = _events(doc, "ASSAULT")
    assert {a.country for a in assault.actors} == {"PSE", "ISR"} and assault.date == "2025-01-14"


def test_a_decision_named_by_its_nisba_is_the_other_side(options, tmp_path):
    """"رفضت جبهة البوليساريو القرار الأمريكي": the American decision; the other side is the USA."""
    doc = _text_page(options, tmp_path,
        "الصحراء\n\nالرباط - 11 ديسمبر 2020\n\n"
        "في المقابل، رفضت جبهة البوليساريو القرار الأمريكي، معتبرة في بيان أنه باطل.\n",
    )
    (reject,) = _events(doc, "REJECT")
    assert {a.country for a in reject.actors} == {"ESH", "USA"}


def test_a_body_named_inside_a_title_is_no_party_beside_its_holder(options, tmp_path):
    """"التقى بوتين الأمين العام لحلف شمال الأطلسي": the meeting is Putin's and Stoltenberg's; NATO,
    named inside the title, is a mention of the document but not a third party."""
    doc = _text_page(options, tmp_path, "بوتين يلتقي ستولتنبرغ\n", "موسكو - 12 مارس 2019\n",
                     "التقى الرئيس الروسي فلاديمير بوتين اليوم في موسكو الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ وبحث معه الوضع في أوكرانيا.\n")
    assert "nato" in {e.id for e in doc.entities}
    (event,) = _events(doc, "CONSULT")
    assert {a.entity for a in event.actors} == {"vladimir-putin", "jens-stoltenberg"}


def test_a_kind_of_place_before_its_name_locates(shared, options, tmp_path):
    """ANT (2018): "التقى قبل أشهر ماكرون في مطار الرياض قبيل توجه الأخير إلى أبوظبي": the meeting
    was at Riyadh's airport ("مطار" is a kind of place), not in Abu Dhabi."""
    doc = _ant_page(shared, options, tmp_path, "في مطار الرياض")
    (meeting,) = [e for e in _events(doc, "CONSULT") if "في مطار الرياض" in e.evidence.text]
    assert meeting.location.name == "Riyadh"


def test_a_site_word_after_and_lists_a_topic(seed_docs):
    """Seeds 003: "بحثا التطورات الإقليمية، وعلى رأسها ملفا الأزمة السورية وإقليم قره باغ":
    "وإقليم" after "و" lists a topic; Karabakh is not where the call was."""
    (call,) = [e for e in _events(seed_docs["003"], "CONSULT") if e.mode == "phone"]
    assert call.location is None


def test_a_warning_of_a_danger_is_no_threat(shared, options, tmp_path):
    """ANT (2018): "حذر الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل من تفاقم
    الوضع الإنساني": two leaders warn of a danger; nobody threatens anybody."""
    doc = _ant_page(shared, options, tmp_path, "والمستشارة الألمانية أنغيلا ميركل من تفاقم")
    assert not [e for e in _events(doc, "THREATEN") if "من تفاقم" in e.evidence.text]


def test_a_warning_to_someone_or_of_a_response_is_a_threat(options, tmp_path):
    """Someone warned after the subjects ("الحوثيين"), or what the subject will do ("من أن بلاده
    سترد"), makes the warning a threat."""
    doc = _text_page(options, tmp_path, "تحذيرات\n\nالسبت 13 كانون الثاني 2024\n\n",
                     "وحذرت الولايات المتحدة وبريطانيا اليوم الحوثيين من عواقب استمرار الهجمات على السفن التجارية.\n",
                     "وحذر وزير الخارجية الإيراني عباس عراقجي اليوم من أن بلاده سترد على أي هجوم إسرائيلي.\n")
    threats = _events(doc, "THREATEN")
    assert {"USA", "GBR", "YEM"} <= set().union(*map(_countries, threats))
    assert any(_countries(e) == {"IRN", "ISR"} for e in threats)


def test_a_place_put_first_after_and_in_locates(shared, options, tmp_path):
    """"وفي بنغازي، التقى حفتر السفير الأمريكي": the place put first, after "وفي", is where; ANT
    (2018): "وفي كندا تعالت الأصوات ... حيث أبرمت السعودية عقدا": Canada is where, no party to a deal."""
    doc = _text_page(options, tmp_path, "لقاءات في ليبيا\n\nالثلاثاء 5 تشرين الثاني 2024\n\n",
                     "وفي بنغازي، التقى القائد العام للجيش الوطني الليبي المشير خليفة حفتر السفير الأمريكي، وبحثا الأوضاع الأمنية.\n")
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.location.name == "Benghazi"
    doc = _ant_page(shared, options, tmp_path, "وفي كندا تعالت الأصوات")
    assert not [e for e in _events(doc, "AGREE") if "CAN" in _countries(e)]


def test_while_after_a_comma_begins_a_clause_of_its_own(shared, options, tmp_path):
    """ANT (2018): "..., فيما قام عبد الفتاح السيسي بزيارة رسمية للسعودية في نيسان/أبريل 2017":
    the visit is Sisi's, not the crown prince's named before the comma; "..., بينما حمَّل الجيش
    الإسرائيلي حركة ... (حماس) المسؤولية": Hamas is blamed after the shelling, not its party."""
    doc = _ant_page(shared, options, tmp_path, "فيما قام عبد الفتاح السيسي بزيارة رسمية للسعودية")
    (visit,) = [e for e in _events(doc, "CONSULT") if "فيما قام عبد الفتاح السيسي" in e.evidence.text]
    assert "abdel-fattah-el-sisi" in {a.entity for a in visit.actors} and _countries(visit) == {"EGY", "SAU"}
    doc = _ant_page(shared, options, tmp_path, "إصابة 18 فلسطينيا بجروح مختلفة")
    (shelling,) = [e for e in _events(doc, "ASSAULT") if "إصابة 18 فلسطينيا" in e.evidence.text]
    assert "hamas" not in {a.entity for a in shelling.actors}


def test_a_sentence_opening_with_a_bare_verb_takes_no_subject_from_the_one_before(options, tmp_path):
    """"هدد وزير الدفاع الإسرائيلي ... بشن عملية" opens afresh (no "و", no pronoun for the
    subject): Iran, the subject of the paragraph before, is no party to it."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "رفضت إيران الاتهامات الأمريكية بدعم الحوثيين.\n",
                     "هدد وزير الدفاع الإسرائيلي يوآف غالانت بشن عملية عسكرية واسعة في لبنان.\n",
                     "انسحبت القوات الروسية من قاعدة في شمال شرقي سوريا.\n")
    assert not [e for e in doc.events if "IRN" in _countries(e) and "إيران" not in e.evidence.text]
    (retreat,) = _events(doc, "RETREAT")
    assert _countries(retreat) == {"RUS"}


def test_sanctions_on_counted_nationals_target_their_state(options, tmp_path):
    """"عقوبات على ثلاثة مسؤولين إيرانيين": a number between "على" and the nationals."""
    doc = _text_page(options, tmp_path, "عقوبات\n\nالثلاثاء 14 أيار 2024\n\n",
                     "فرضت وزارة الخزانة الأمريكية عقوبات على ثلاثة مسؤولين إيرانيين.\n")
    (sanction,) = _events(doc, "SANCTION")
    assert _countries(sanction) == {"USA", "IRN"}


def test_who_condemns_or_welcomes_right_after_the_verb_is_its_subject(options, tmp_path):
    """"وأدان الاتحاد الأوروبي الهجمات": condemning takes an act for its object; the EU right
    after the verb is its subject, not the object of China's spokesman named before; so is Saudi
    Arabia of a pledge ("وتعهدت السعودية بتقديم مساعدات"), not Jordan's government's."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وقال المتحدث باسم الخارجية الصينية إن بكين تدعم جهود الوساطة القطرية بين حماس وإسرائيل.\n",
                     "وأدان الاتحاد الأوروبي الهجمات على السفن التجارية في البحر الأحمر.\n",
                     "وأعلنت الحكومة الأردنية طرد السفير الإسرائيلي احتجاجا على الحرب في غزة.\n",
                     "وتعهدت السعودية بتقديم مساعدات بقيمة 500 مليون دولار إلى اليمن.\n")
    assert not [e for e in doc.events if {"CHN", "EU"} <= _countries(e) or {"JOR", "SAU"} <= _countries(e)]


def test_a_two_word_verb_with_its_subject_between(options, tmp_path):
    """Verb, subject, preposition: "توصلت الحكومة السودانية وقوات الدعم السريع إلى اتفاق" is an
    agreement as "توصلت إلى" is; "أفرجت إيران اليوم عن صحفية فرنسية" a release that frees France's
    national (the nisba after "عن")."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وتوصلت الحكومة السودانية وقوات الدعم السريع اليوم إلى اتفاق لوقف إطلاق النار برعاية سعودية أمريكية.\n",
                     "وأفرجت إيران اليوم عن صحفية فرنسية بعد احتجازها لأشهر.\n",
                     "ونشرت روسيا اليوم قوات إضافية على الحدود.\n",
                     "وأرسلت تركيا اليوم تعزيزات عسكرية إلى إدلب.\n",
                     "ورفعت الولايات المتحدة اليوم العقوبات عن سوريا.\n")
    assert {frozenset(_countries(e)) for e in _events(doc, "MOBILIZE")} <= {frozenset({"RUS"}), frozenset({"TUR"})}  # "split: true": verb, subject, object
    assert any(_countries(e) == {"TUR"} for e in _events(doc, "MOBILIZE"))  # "أرسلت ... تعزيزات" as "أرسلت ... قوات"
    assert any(_countries(e) == {"USA", "SYR"} for e in _events(doc, "CONCEDE"))  # who lifts sanctions stands right after the verb
    (agree,) = _events(doc, "AGREE")
    assert "rapid-support-forces" in {a.entity for a in agree.actors} and agree.mediator == "SAU"
    assert any(_countries(e) == {"IRN", "FRA"} for e in _events(doc, "CONCEDE"))


def test_the_owner_of_an_act_rejected_over_who_its_words_name(options, tmp_path):
    """"رفضت إيران الاتهامات الأمريكية بدعم الحوثيين": Iran rejects the USA's accusations; the
    Houthis are named in what they say."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "رفضت إيران اليوم الاتهامات الأمريكية بدعم الحوثيين، ووصفتها بأنها لا أساس لها من الصحة.\n")
    (reject,) = _events(doc, "REJECT")
    assert _countries(reject) == {"IRN", "USA"}


def test_the_owner_of_an_act_condemned_over_where_it_happened_and_what_it_led_to(options, tmp_path):
    """"أدانت الأردن العمليات العسكرية الإسرائيلية في جنين، وما أسفرت عنه من سيطرة على الجانب
    الفلسطيني من المعبر": Israel's operations (an adjective between the act and its nisba) are
    condemned; the Palestinian side, what they led to, is no party."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "أدانت وزارة الخارجية الأردنية اليوم العمليات العسكرية الإسرائيلية في مدينة جنين، وما أسفرت عنه "
                     "من سيطرة على الجانب الفلسطيني من المعبر.\n")
    (accuse,) = _events(doc, "ACCUSE")
    assert _countries(accuse) == {"JOR", "ISR"}


def test_a_meeting_in_the_future_tense_is_planned(options, tmp_path):
    """"سيلتقيان": the future particle joined to a present-tense meeting verb."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وقال مصدر دبلوماسي إن وزيري خارجية مصر وتركيا سيلتقيان في أنقرة الأسبوع المقبل لبحث العلاقات.\n")
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.status == "planned" and {"EGY", "TUR"} <= _countries(meeting)


def test_a_threat_against_a_place_targets_its_state(options, tmp_path):
    """"هدد وزير الدفاع الإسرائيلي يوآف غالانت بشن عملية عسكرية واسعة في لبنان": Lebanon, where the
    threatened operation would fall, is the one threatened."""
    doc = _text_page(options, tmp_path, "تهديد\n\nالثلاثاء 14 أيار 2024\n\n",
                     "هدد وزير الدفاع الإسرائيلي يوآف غالانت اليوم بشن عملية عسكرية واسعة في لبنان إذا استمرت الهجمات.\n")
    (threat,) = _events(doc, "THREATEN")
    assert _countries(threat) == {"ISR", "LBN"}


def test_who_acts_after_the_source_s_comma_is_a_party(options, tmp_path):
    """"وبحسب وكالة رويترز، فإن الرئيس التركي سيزور موسكو": Reuters says; the Turkish president,
    after the comma, visits."""
    doc = _text_page(options, tmp_path, "زيارة مرتقبة\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وبحسب وكالة رويترز، فإن الرئيس التركي سيزور موسكو الشهر المقبل للقاء نظيره الروسي.\n")
    (visit,) = _events(doc, "CONSULT")
    assert _countries(visit) == {"TUR", "RUS"} and visit.status == "planned"


def test_a_pledge_to_do_another_event_is_that_event_planned(options, tmp_path):
    """"وتعهدت السعودية بتقديم مساعدات إلى اليمن": the aid, pledged (planned); "بسحب قواته" a
    withdrawal pledged; not what a pledge not to do names ("بعدم تطوير أسلحة"), nor a word further
    on than the pledge's object ("بالرد على الهجوم الإيراني" is no attack)."""
    doc = _text_page(options, tmp_path, "تعهدات\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وتعهدت السعودية اليوم بتقديم مساعدات إنسانية بقيمة 500 مليون دولار إلى اليمن.\n\n",
                     "وتعهدت إيران اليوم بعدم تطوير أسلحة نووية خلال السنوات العشر المقبلة.\n\n",
                     "وتعهد رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم بالرد على الهجوم الإيراني.\n")
    (aid,) = _events(doc, "AID")
    assert aid.status == "planned" and _countries(aid) == {"SAU", "YEM"}
    assert not _events(doc, "ASSAULT")


def test_expressed_rejection_welcome_or_condemnation(options, tmp_path):
    """"وعبرت مصر عن رفضها للتصريحات الإثيوبية": the noun with its pronoun after "عن" reports as
    the verb would; and a welcome of an agreement "بين الطرفين" is the welcomer's, of the two's."""
    doc = _text_page(options, tmp_path, "مواقف\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وعبرت مصر اليوم عن رفضها للتصريحات الإثيوبية الأخيرة بشأن سد النهضة.\n\n",
                     "وأعربت قطر اليوم عن إدانتها للهجوم الإسرائيلي على مخيم جنين في الضفة الغربية.\n\n",
                     "ورحب الأردن اليوم بالاتفاق بين الطرفين، داعيا إلى الالتزام به.\n")
    (reject,) = _events(doc, "REJECT")
    assert _countries(reject) == {"EGY", "ETH"}
    (accuse,) = _events(doc, "ACCUSE")
    assert _countries(accuse) == {"QAT", "ISR"}
    (welcome,) = _events(doc, "SUPPORT")
    assert "JOR" in _countries(welcome)


def test_what_two_exchange_is_the_event_dated_by_its_own_clause(options, tmp_path):
    """"تبادل الجيش السوداني وقوات الدعم السريع، الأربعاء، الاتهامات": accusations the two make
    (no cooperation), on Wednesday, not on the day the relative clause gives the truce ("الهدنة
    التي دخلت حيز التنفيذ مساء الاثنين"); "وتبادلت الهند وباكستان إطلاق النار": fire exchanged."""
    doc = _text_page(options, tmp_path, "اتهامات\n\nالخميس 25 أيار 2023\n\n",
                     "تبادل الجيش السوداني وقوات الدعم السريع، الأربعاء، الاتهامات بخرق الهدنة التي دخلت حيز التنفيذ مساء الاثنين الماضي.\n\n",
                     "وتبادلت الهند وباكستان إطلاق النار على الحدود في كشمير مساء أمس.\n")
    (accuse,) = _events(doc, "ACCUSE")
    assert accuse.date == "2023-05-24" and {a.name for a in accuse.actors} == {"Sudanese Armed Forces", "Rapid Support Forces"}
    (fire,) = _events(doc, "ASSAULT")
    assert _countries(fire) == {"IND", "PAK"}
    assert not _events(doc, "COOPERATE")


def test_an_accepted_proposal_is_an_agreement_reported_and_a_proposed_summit_planned(options, tmp_path):
    """"وقبلت إيران المقترح القطري": accepting agrees, and the proposal accepted is no plan (a
    "proposed" word makes a plan only right after the event's noun: "القمة المقترحة")."""
    doc = _text_page(options, tmp_path, "مقترح\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وقبلت إيران اليوم المقترح القطري لتبادل السجناء مع الولايات المتحدة.\n")
    (agree,) = _events(doc, "AGREE")
    assert agree.status == "reported" and _countries(agree) == {"IRN", "USA"}


def test_this_visit_is_the_one_reported_not_dated_by_what_came_before_it(options, tmp_path):
    """"وتأتي هذه الزيارة بعد أشهر من الفتور، إثر قرار الجزائر سحب سفيرها من باريس نهاية جويلية
    2024": the visit the page reports, not one in July 2024 in Paris."""
    doc = _text_page(options, tmp_path, "زيارة\n\nالأحد 6 نيسان 2025\n\n",
                     "استقبل وزير الخارجية الجزائري أحمد عطاف اليوم الأحد بالجزائر العاصمة نظيره الفرنسي جان نويل بارو.\n\n",
                     "وتأتي هذه الزيارة بعد أشهر من الفتور في العلاقات بين البلدين، إثر قرار الجزائر سحب سفيرها من باريس نهاية جويلية 2024.\n")
    (visit,) = _events(doc, "CONSULT")
    assert visit.date == "2025-04-06" and _countries(visit) == {"DZA", "FRA"}


def test_a_signing_told_in_the_passive_or_as_a_noun_is_an_agreement(options, tmp_path):
    """"ووُقّعت خلال الزيارة ثلاث اتفاقيات بين مصر والأردن": the agreements, not the visit they
    were signed during; "وجرى توقيع مذكرة تفاهم بين ..." and "وتم التوقيع على اتفاق" report a
    signing as the verb would; "الجانبان المصري والسوداني" are the two states the nisbas name."""
    doc = _text_page(options, tmp_path, "اتفاقيات\n\nالثلاثاء 14 أيار 2024\n\n",
                     "ووُقّعت خلال الزيارة ثلاث اتفاقيات بين مصر والأردن في مجالات الطاقة والنقل.\n\n",
                     "وجرى أمس توقيع مذكرة تفاهم بين وزارتي الخارجية في السعودية والعراق.\n\n",
                     "وتم التوقيع على اتفاق لتبادل الأسرى بين السودان وجنوب السودان مساء الأحد.\n\n",
                     "كما وقّع الجانبان المصري والسوداني يوم السبت الماضي على مذكرة تفاهم في مجال الربط الكهربائي.\n")
    agreements = _events(doc, "AGREE")
    assert sorted(sorted(_countries(e)) for e in agreements) == [["EGY", "JOR"], ["EGY", "SDN"], ["IRQ", "SAU"], ["SDN", "SSD"]]
    assert not _events(doc, "CONSULT")


def test_two_presidents_named_by_their_nisbas_are_the_two_states(options, tmp_path):
    """"واتفق الرئيسان المصري والسوداني": the first nisba is read with the dual word as the
    Egyptian president, the second names the other state; an agreement of the two."""
    doc = _text_page(options, tmp_path, "اتفاق\n\nالثلاثاء 14 أيار 2024\n\n",
                     "واتفق الرئيسان المصري والسوداني أمس على تعزيز التعاون الأمني على الحدود.\n")
    (agreement,) = _events(doc, "AGREE")
    assert _countries(agreement) == {"EGY", "SDN"} and agreement.date == "2024-05-13"


def test_a_host_among_the_parties_is_no_mediator_and_a_hosting_capital_mediates(options, tmp_path):
    """"استضافت مسقط ... بين الوفدين الإيراني والأمريكي": Oman hosts talks of two others, their
    mediator; "استضافت السعودية محادثات بين وزيري الخارجية السعودي والأمريكي": a party at home,
    the two ministers' talks (not dropped for lack of a second party once the host was taken out)."""
    doc = _text_page(options, tmp_path, "محادثات\n\nالثلاثاء 14 أيار 2024\n\n",
                     "واستضافت مسقط أمس جولة من المحادثات غير المباشرة بين الوفدين الإيراني والأمريكي.\n\n",
                     "واستضافت السعودية اليوم محادثات بين وزيري الخارجية السعودي والأمريكي حول الأوضاع في غزة.\n")
    talks = sorted(_events(doc, "CONSULT"), key=lambda e: e.date)
    assert [(e.date, sorted(_countries(e)), e.mediator) for e in talks] == [
        ("2024-05-13", ["IRN", "OMN", "USA"], "OMN"), ("2024-05-14", ["SAU", "USA"], None)]
    assert talks[0].mode == "third-party" and talks[1].mode != "third-party"


def test_an_organisations_summit_brings_the_organisation(options, tmp_path):
    """"شارك الرئيس اللبناني في القمة العربية": a multilateral meeting of Lebanon and the Arab
    League; "تستضيف البحرين القمة العربية": the host is a member taking part, not a mediator; a
    dated "القمة الخليجية" stands with the GCC alone; a summit named in another clause of the
    sentence ("احتفاء بمشاركتها في قمة الاتحاد الإفريقي") adds nobody to a reception."""
    doc = _text_page(options, tmp_path, "قمة\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وشارك الرئيس اللبناني جوزيف عون أمس في القمة العربية الطارئة التي عقدت في القاهرة.\n\n",
                     "وتستضيف البحرين القمة العربية الثالثة والثلاثين في السادس عشر من أيار الجاري.\n\n",
                     "وانطلقت في الرياض اليوم أعمال القمة الخليجية الخامسة والأربعين.\n\n",
                     "واستقبل وزير الخارجية الموريتاني السفير المغربي في نواكشوط أمس، بعد رفع أعلام جبهة البوليساريو "
                     "احتفاء بمشاركتها في قمة الاتحاد الإفريقي.\n")
    got = sorted((e.date, e.status, e.mode or "", sorted(_countries(e))) for e in _events(doc, "CONSULT") if e.date)
    assert got == [("2024-05-13", "reported", "multilateral", ["ARL", "LBN"]),
                   ("2024-05-13", "reported", "visit", ["MAR", "MRT"]),
                   ("2024-05-14", "reported", "multilateral", ["GCC"]),
                   ("2024-05-16", "planned", "multilateral", ["ARL", "BHR"])]


def test_a_ceasefire_with_its_adjective_is_an_agreement_not_shooting(options, tmp_path):
    """"أعلنا ... وقفا فوريا لإطلاق النار": a ceasefire, not the shooting "إطلاق النار" names; a
    rejection "حينها" (at that time) is dated by the event told before it, not by the page."""
    doc = _text_page(options, tmp_path, "ليبيا\n\nالجمعة 23 تشرين الأول 2020\n\n",
                     "وكان رئيس المجلس الرئاسي فائز السراج ورئيس مجلس النواب عقيلة صالح قد أعلنا، في بيانين منفصلين يوم 21 آب الماضي، "
                     "وقفا فوريا لإطلاق النار في جميع الأراضي الليبية، فيما رفض الجيش الوطني الليبي حينها الإعلان.\n")
    assert not _events(doc, "ASSAULT")
    (agreement,) = _events(doc, "AGREE")
    assert agreement.date == "2020-08-21"
    (rejection,) = _events(doc, "REJECT")
    assert rejection.date == "2020-08-21"


def test_another_partys_turn_and_a_call_are_not_the_meeting_or_request_before(options, tmp_path):
    """"من جهته، دعا الاتحاد العام التونسي للشغل": the union's own call, not the president's (the
    story's subject) nor merged with Blinken's; a meeting ("خلال لقائه") and a phone call of the
    same day are two events; "عقب اتصال هاتفي" names an earlier call, not one of the page's day;
    "أعلنت الجزائر قطع علاقاتها": a break of relations, reported."""
    doc = _text_page(options, tmp_path, "تونس\n\nالاثنين 26 تموز 2021\n\n",
                     "أكد رئيس الجمهورية قيس سعيد، خلال لقائه اليوم الاثنين بقصر قرطاج الأمين العام للاتحاد العام التونسي للشغل، أن التدابير ظرفية.\n\n",
                     "من جهته، دعا الاتحاد العام التونسي للشغل، في بيان أصدره اليوم، إلى تحديد مدة التدابير.\n\n",
                     "وعلى الصعيد الخارجي، تلقى رئيس الجمهورية مساء اليوم مكالمة هاتفية من وزير الخارجية الأمريكي أنتوني بلينكن، "
                     "فيما دعا بلينكن إلى الالتزام بمبادئ الديمقراطية.\n\n",
                     "ويأتي ذلك تفعيلا لما أعلنه الديوان يوم الخميس الماضي، عقب اتصال هاتفي بين الرئيس قيس سعيد والرئيس الجزائري عبد المجيد تبون.\n\n",
                     "وأعلنت الجزائر، أمس الأحد، قطع علاقاتها الدبلوماسية مع المملكة المغربية.\n")
    meetings = sorted((e.mode or "", e.date or "", sorted(_countries(e))) for e in _events(doc, "CONSULT"))
    assert ("", "2021-07-26", ["TUN"]) in meetings and ("phone", "2021-07-26", ["TUN", "USA"]) in meetings
    assert ("phone", "", ["DZA", "TUN"]) in meetings
    assert all(e.date != "2021-07-26" for e in _events(doc, "CONSULT") if "DZA" in _countries(e))
    requests = _events(doc, "REQUEST")
    assert all("TUN" not in _countries(e) or "USA" in _countries(e) for e in requests)  # none of the president's, by the union
    (sanction,) = _events(doc, "SANCTION")
    assert _countries(sanction) == {"DZA", "MAR"} and sanction.date == "2021-07-25"


def test_an_agreement_reached_and_the_kingdom_of_a_saudi_page(options, tmp_path):
    """"أعلنت المملكة العربية السعودية والجمهورية الإسلامية الإيرانية، أمس الجمعة، التوصل إلى
    اتفاق": an agreement of the two (the "إلى" of "التوصل إلى" needs no place after it, as an
    arrival's would); on a Saudi paper's page "المملكة" alone is Saudi Arabia ("وكانت المملكة قد
    أعلنت ... قطع علاقاتها الدبلوماسية مع إيران": a break of the two), not on another's."""
    lead = ("أعلنت المملكة العربية السعودية والجمهورية الإسلامية الإيرانية، أمس الجمعة، التوصل إلى اتفاق يتضمن "
            "استئناف العلاقات الدبلوماسية بينهما.\n\n")
    recap = "وكانت المملكة قد أعلنت في الثالث من يناير 2016 قطع علاقاتها الدبلوماسية مع إيران.\n"
    doc = _text_page(options, tmp_path, "جريدة الرياض\n\nالمملكة وإيران تتفقان على استئناف العلاقات\n\nالسبت 11 آذار 2023\n\n", lead, recap)
    assert doc.outlet.name == "Al Riyadh"
    (agreement,) = _events(doc, "AGREE")
    assert _countries(agreement) == {"SAU", "IRN"} and agreement.date == "2023-03-10"
    (sanction,) = _events(doc, "SANCTION")
    assert _countries(sanction) == {"SAU", "IRN"} and sanction.date == "2016-01-03"
    other = _text_page(options, tmp_path, "وكالة الأناضول\n\nالمملكة وإيران\n\nالسبت 11 آذار 2023\n\n", lead, recap)
    assert "SAU" not in {c for e in _events(other, "SANCTION") for c in _countries(e)}


def test_a_summit_as_subject_and_what_happened_since_an_earlier_event(options, tmp_path):
    """"طالبت القمة العربية الإسلامية ... بوقف العدوان": the two organisations demand; "وشارك في
    القمة ... الرئيس الإيراني ... منذ استئناف العلاقات بين البلدين في مارس الماضي بوساطة صينية":
    the summit of the page's day, not one of March brokered by China (that date and broker are
    the resumption's, after "منذ")."""
    doc = _text_page(options, tmp_path, "قمة\n\nالأحد 12 تشرين الثاني 2023\n\n",
                     "طالبت القمة العربية الإسلامية المشتركة، التي استضافتها الرياض أمس السبت، إسرائيل بوقف العدوان على قطاع غزة فورا.\n\n",
                     "وشارك في القمة العاهل الأردني الملك عبدالله الثاني والرئيس الإيراني إبراهيم رئيسي في أول زيارة لرئيس إيراني إلى "
                     "السعودية منذ استئناف العلاقات بين البلدين في مارس الماضي بوساطة صينية.\n")
    (request,) = _events(doc, "REQUEST")
    assert {"ARL", "OIC", "ISR"} <= _countries(request)
    assert all(e.date != "2023-03" and e.mediator != "CHN" for e in _events(doc, "CONSULT"))


def test_a_summit_cancelled_a_summit_to_come_and_one_that_is_only_the_occasion(options, tmp_path):
    """"أعلن الصفدي مساء أمس إلغاء القمة الرباعية": the summit, denied; "إن المملكة ستستضيف القمة
    عندما ...": one to come, not reported; "وبالتزامن مع انعقاد القمة، عبرت ... قافلة مساعدات":
    the summit is when the convoy crossed, no meeting of the UN and the Red Crescent."""
    doc = _text_page(options, tmp_path, "الغد\n\nالأربعاء 18 تشرين الأول 2023\n\n",
                     "أعلن وزير الخارجية الأردني أيمن الصفدي مساء أمس إلغاء القمة الرباعية بمشاركة الملك عبدالله الثاني والرئيس الأميركي "
                     "جو بايدن والرئيس المصري عبدالفتاح السيسي والرئيس الفلسطيني محمود عباس.\n\n",
                     "وقال الصفدي إن الأردن ستستضيف القمة عندما يكون هناك اتفاق على وقف الحرب.\n\n",
                     "وبالتزامن مع انعقاد القمة، عبرت صباح اليوم أول قافلة مساعدات معبر رفح إلى قطاع غزة بتنسيق بين الهلال الأحمر "
                     "المصري والأمم المتحدة.\n")
    summits = _events(doc, "CONSULT")
    assert sorted(e.status for e in summits) == ["denied", "planned"]
    assert all({"JOR", "USA", "EGY", "PSE"} <= _countries(e) for e in summits)


def test_forces_firing_on_protesters_and_protests_spreading(options, tmp_path):
    """"أطلقت القوات الأمنية ... الرصاص الحي ... لتفريق مئات المتظاهرين ... وسط بغداد": an assault
    by the forces of the place ("وسط" places it, "أطلقت" governs the fire); "وامتدت التظاهرات أمس
    إلى الناصرية": protests, reported, of the day before."""
    doc = _text_page(options, tmp_path, "بغداد\n\nالخميس 3 تشرين الأول 2019\n\n",
                     "أطلقت القوات الأمنية، اليوم الخميس، الرصاص الحي والقنابل المسيلة للدموع لتفريق مئات المتظاهرين الذين تجمعوا "
                     "قرب ساحة التحرير وسط بغداد.\n\n",
                     "وامتدت التظاهرات أمس إلى الناصرية والديوانية والعمارة والنجف.\n")
    (assault,) = _events(doc, "ASSAULT")
    assert assault.date == "2019-10-03" and _countries(assault) == {"IRQ"} and assault.location.name == "Baghdad"
    (protest,) = _events(doc, "PROTEST")
    assert protest.date == "2019-10-02" and protest.status == "reported" and _countries(protest) == {"IRQ"}


def test_a_crowd_of_the_home_country_and_drones_fired_are_no_march(options, tmp_path):
    """On an Algerian paper's page about Algeria, "وكانت العاصمة قد شهدت أمس الخميس مسيرة حاشدة"
    names no country: the march is Algeria's; "أطلق الحزب ... ثلاث مسيرات غير مسلحة" fired drones,
    no march."""
    doc = _text_page(options, tmp_path, "الخبر\n\nالجمعة 13 كانون الأول 2019\n\n",
                     "خرج آلاف الجزائريين، اليوم الجمعة، في مسيرات حاشدة بالعاصمة الجزائر رفضا لنتائج الانتخابات الرئاسية.\n\n",
                     "وكانت العاصمة قد شهدت أمس الخميس، يوم الاقتراع، مسيرة حاشدة رفضا لإجراء الانتخابات.\n\n",
                     "وقال الرئيس الجزائري المنتخب عبد المجيد تبون إن الجزائر تمد يدها للحراك.\n")
    assert doc.outlet.name == "El Khabar"
    marches = sorted(_events(doc, "PROTEST"), key=lambda e: e.date)
    assert [(e.date, _countries(e)) for e in marches] == [("2019-12-12", {"DZA"}), ("2019-12-13", {"DZA"})]
    doc = _text_page(options, tmp_path, "الأخبار\n\nالخميس 27 تشرين الأول 2022\n\n",
                     "وكان الحزب قد أطلق في الثاني من تموز ثلاث مسيرات غير مسلحة باتجاه حقل كاريش في لبنان.\n")
    assert not _events(doc, "PROTEST")


def test_drones_and_the_widest_since_a_year(options, tmp_path):
    """"شنّت فجر أول أمس الاثنين عدوانا هو الأوسع على جنين منذ عام 2002، شاركت فيه طائرات مسيّرة":
    an assault of the Monday ("منذ عام 2002" compares, it does not date), and drones, no march."""
    doc = _text_page(options, tmp_path, "وفا\n\nالأربعاء 5 تموز 2023\n\n",
                     "وكانت قوات الاحتلال الإسرائيلي قد شنّت فجر أول أمس الاثنين عدوانا هو الأوسع على جنين منذ عام 2002، "
                     "شاركت فيه طائرات مسيّرة قصفت عدة مواقع في المخيم.\n")
    assert not _events(doc, "PROTEST")
    (assault,) = _events(doc, "ASSAULT")
    assert assault.date == "2023-07-03" and "ISR" in _countries(assault)


def test_a_vote_of_confidence_is_no_aid(options, tmp_path):
    """"منح مجلس النواب العراقي ... الثقة لحكومة رئيس الوزراء": a vote, not aid ("منح" alone is
    no aid trigger: "منح التأشيرات", "منح الثقة")."""
    doc = _text_page(options, tmp_path, "بغداد\n\nالجمعة 28 تشرين الأول 2022\n\n",
                     "منح مجلس النواب العراقي، أمس الخميس، الثقة لحكومة رئيس الوزراء محمد شياع السوداني بأغلبية الحاضرين.\n")
    assert not _events(doc, "AID")


def test_what_was_agreed_at_a_hosted_meeting_is_its_sequel(options, tmp_path):
    """"استضافت عمّان اجتماعاً رباعياً لوزراء الطاقة في سوريا والأردن ومصر ولبنان، تم خلاله
    الاتفاق على خطة": a meeting of the four ministers (the countries after "وزراء الطاقة في" are
    theirs, not where) in Amman, which hosts it, and an agreement reached at it, on its day;
    "إضافة إلى بحث تزويد لبنان بالكهرباء" is discussing named, not talks reported; "تنفيذ ما تم
    الاتفاق عليه" is what was agreed, no new agreement."""
    doc = _text_page(options, tmp_path, "اجتماع\n\nالأحد 3 تشرين الأول 2021\n\n",
                     "وفي الثامن من أيلول الماضي استضافت عمّان اجتماعاً رباعياً لوزراء الطاقة في سوريا والأردن ومصر ولبنان، "
                     "تم خلاله الاتفاق على خطة عمل لإيصال الغاز الطبيعي المصري إلى لبنان، إضافة إلى بحث تزويد لبنان بالكهرباء من الأردن.\n\n",
                     "ومن المقرر أن تواصل اللجان الفنية المشتركة بين البلدين اجتماعاتها لمتابعة تنفيذ ما تم الاتفاق عليه.\n")
    (meeting,) = _events(doc, "CONSULT")
    (agreement,) = _events(doc, "AGREE")
    for event in (meeting, agreement):
        assert event.date == "2021-09-08" and event.location.name == "Amman"
        assert _countries(event) == {"SYR", "JOR", "EGY", "LBN"}


def test_an_agreement_at_the_visit_is_not_dated_by_a_visit_told_as_background(options, tmp_path):
    """"وكان وزير الخارجية التركي هاكان فيدان قد زار بغداد في آذار الماضي": background; the
    memorandum signed "على هامش الزيارة" after it belongs to the day of the visit the page reports."""
    doc = _text_page(options, tmp_path, "زيارة\n\nالاثنين 22 نيسان 2024\n\n",
                     "وصل الرئيس التركي رجب طيب أردوغان اليوم الاثنين إلى بغداد في زيارة رسمية التقى خلالها رئيس الوزراء العراقي محمد شياع السوداني.\n\n",
                     "وكان وزير الخارجية التركي هاكان فيدان قد زار بغداد في آذار الماضي لبحث الملف الأمني مع نظيره العراقي فؤاد حسين.\n\n",
                     "وعلى هامش الزيارة، وقّع وزراء النقل في العراق وتركيا وقطر والإمارات مذكرة تفاهم رباعية للتعاون في مشروع طريق التنمية.\n")
    (agreement,) = _events(doc, "AGREE")
    assert agreement.date == "2024-04-22" and _countries(agreement) == {"IRQ", "TUR", "QAT", "ARE"}


def test_a_signing_with_the_signatories_titles_between_and_a_minister_of_a_country(options, tmp_path):
    """"وقّع صاحب السمو الملكي الأمير عبدالعزيز بن سلمان ... وزير الطاقة، ومعالي وزير الطاقة
    والموارد الطبيعية في الجمهورية التركية ...، أمس الأحد في الرياض، مذكرة تفاهم": the titles
    between the verb and the memorandum, and the country after a minister's portfolio is his,
    not where; a protest against prices is a protest; drones are no march; "في حالة تعرض ... إلى
    أي اعتداء" is no attack."""
    doc = _text_page(options, tmp_path, "طاقة\n\nالاثنين 20 تشرين الثاني 2023\n\n",
                     "من جهة أخرى، وقّع صاحب السمو الملكي الأمير عبدالعزيز بن سلمان بن عبدالعزيز وزير الطاقة، ومعالي وزير الطاقة "
                     "والموارد الطبيعية في الجمهورية التركية ألب أرسلان بيرقدار، أمس الأحد في الرياض، مذكرة تفاهم للتعاون في مجال الطاقة.\n\n",
                     "وخرج مئات المحتجين في مدينة صفاقس اليوم احتجاجا على ارتفاع الأسعار وتردي الأوضاع المعيشية.\n\n",
                     "وحلقت طائرات مسيرة تركية في أجواء المنطقة اليوم بالتزامن مع القصف.\n\n",
                     "وأكد الجيش الإسرائيلي أنه سيواصل سياسة الرد القوي في حالة تعرض سيادة دولة إسرائيل إلى أي اعتداء.\n")
    (agreement,) = _events(doc, "AGREE")
    assert agreement.date == "2023-11-19" and _countries(agreement) == {"SAU", "TUR"} and agreement.location.name == "Riyadh"
    (protest,) = _events(doc, "PROTEST")
    assert _countries(protest) == {"TUN"} and protest.date == "2023-11-20"
    assert not _events(doc, "ASSAULT")


def test_took_place_governs_only_the_noun_right_after_it(options, tmp_path):
    """"جرى توقيع" reports a signing, but "كما جرى استعراض تطورات الأزمة السورية، وأهمية الحفاظ
    على اتفاق خفض التصعيد" reviews an agreement, it does not make one today."""
    doc = _text_page(options, tmp_path, "استقبال\n\nالاثنين 5 آذار 2018\n\n",
                     "كما جرى استعراض تطورات الأزمة السورية، وأهمية الحفاظ على اتفاق خفض التصعيد في جنوب غرب سوريا بين الأردن والولايات المتحدة وروسيا.\n")
    assert not [e for e in _events(doc, "AGREE") if e.date == "2018-03-05"]


def test_a_verbal_noun_with_the_article_is_no_verb_and_comes_amid_is_the_meeting_reported(options, tmp_path):
    """"جولة جديدة من المحادثات الهادفة إلى التوصل لاتفاق": the talks (the article makes
    "التوصل" a noun, no agreement reached); "اليوم السبت" and "السبت" are one day; "ويأتي اللقاء
    في ظل استمرار الحرب ... منذ السابع من أكتوبر" is the meeting reported, no other; a date in a
    relative clause of another word ("مع قرار المحكمة التي أعلنت السبت الماضي") is not the visit's."""
    doc = _text_page(options, tmp_path, "محادثات\n\nالسبت 17 آب 2024\n\n",
                     "اختُتمت في الدوحة، مساء أمس الجمعة، جولة جديدة من المحادثات الهادفة إلى التوصل لاتفاق لوقف إطلاق النار في قطاع غزة، "
                     "بمشاركة الوسطاء من دولة قطر وجمهورية مصر العربية والولايات المتحدة الأمريكية.\n\n",
                     "ويأتي اللقاء في ظل استمرار الحرب التي يشنها الجيش الإسرائيلي على القطاع منذ السابع من أكتوبر الماضي.\n\n",
                     "وتتزامن زيارة وزير الخارجية الإيراني إلى القاهرة مع قرار المحكمة الدستورية المصرية التي أعلنت الأربعاء الماضي إلغاء الأحكام.\n")
    talks = [e for e in _events(doc, "CONSULT") if e.location and e.location.name == "Doha"]
    assert len(talks) == 1 and talks[0].date == "2024-08-16" and {"QAT", "EGY", "USA"} <= _countries(talks[0]) and "ISR" not in _countries(talks[0])
    assert not _events(doc, "AGREE")
    assert not [e for e in doc.events if e.date in ("2023-10-07", "2024-08-14")]


def test_a_place_in_what_a_verb_of_saying_reports_is_not_the_meetings(options, tmp_path):
    """"كشفت وسائل إعلام تركية عن عقد اجتماع أمني بين وفد عسكري من تركيا ومسؤولين بالنظام
    السوري ...، مشيرة إلى وجود مساع لعقد لقاء ثان بين الطرفين في العاصمة العراقية بغداد": a
    meeting of Turkey (a country after "من" heading a list is a party) and Syria, not in Baghdad."""
    doc = _text_page(options, tmp_path, "اجتماع\n\nالاثنين 17 حزيران 2024\n\n",
                     "كشفت وسائل إعلام تركية عن عقد اجتماع أمني بين وفد عسكري من تركيا ومسؤولين بالنظام السوري على الأراضي السورية "
                     "الأسبوع الماضي، مشيرة إلى وجود مساع لعقد لقاء ثان بين الطرفين في العاصمة العراقية بغداد.\n")
    (meeting,) = [e for e in _events(doc, "CONSULT") if e.status == "reported"]
    assert _countries(meeting) == {"TUR", "SYR"} and not (meeting.location and meeting.location.name == "Baghdad")


def test_a_split_verb_without_its_second_word_leaves_the_sentence_to_other_triggers(options, tmp_path):
    """"وأطلقت الشرطة التونسية الغاز المسيل للدموع واعتقلت عشرات المحتجين": no "سراح", no
    release (CONCEDE): the arrests are the event; "وأطلقت السلطات الإيرانية أمس سراح صحفي فرنسي"
    releases."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وأطلقت الشرطة التونسية الغاز المسيل للدموع واعتقلت أمس عشرات المحتجين في العاصمة تونس.\n\n",
                     "وأطلقت السلطات الإيرانية أمس سراح صحفي فرنسي بعد احتجازه عامين.\n")
    (release,) = _events(doc, "CONCEDE")
    assert _countries(release) == {"IRN", "FRA"}
    (arrests,) = _events(doc, "COERCE")
    assert _countries(arrests) == {"TUN"} and arrests.date == "2024-05-13"


def test_a_conference_is_a_meeting_a_press_conference_is_not_and_what_was_pledged_at_it_is_its_sequel(options, tmp_path):
    """"اختتم مؤتمر برلين ...، مساء أمس الأحد، أعماله ...، تعهدت فيه الدول المشاركة باحترام حظر
    توريد الأسلحة": the conference (a meeting), and the pledge made at it on its day; respecting
    an embargo imposes none. "وقالت ميركل في مؤتمر صحافي" is where she spoke, no meeting."""
    doc = _text_page(options, tmp_path, "برلين\n\nالاثنين 20 كانون الثاني 2020\n\n",
                     "اختتم مؤتمر برلين الدولي حول ليبيا، مساء أمس الأحد، أعماله بمشاركة روسيا وتركيا ومصر والإمارات، "
                     "تعهدت فيه الدول المشاركة باحترام حظر توريد الأسلحة المفروض على ليبيا.\n\n",
                     "وقالت المستشارة الألمانية أنغيلا ميركل في مؤتمر صحافي إن الطرفين الليبيين لم يوقعا على البيان.\n")
    (conference,) = _events(doc, "CONSULT")
    assert conference.date == "2020-01-19" and {"RUS", "TUR", "EGY", "ARE"} <= _countries(conference)
    (pledge,) = _events(doc, "AGREE")
    assert pledge.date == "2020-01-19" and pledge.status == "reported"
    assert not _events(doc, "SANCTION")


def test_the_ethiopian_side_rejects_a_proposal_made_during_the_meeting(options, tmp_path):
    """"طرح شكري خلال الاجتماع مقترحاً ...، إلا أن الجانب الإثيوبي رفض المقترح": the meeting is the
    occasion, the rejection the event, and "الجانب الإثيوبي" is Ethiopia's side; "من الجانب المصري"
    of a crossing is a place, no party."""
    doc = _text_page(options, tmp_path, "سد النهضة\n\nالأربعاء 20 كانون الأول 2017\n\n",
                     "وقال مصدر دبلوماسي إن وزير الخارجية المصري سامح شكري طرح أمس خلال الاجتماع مقترحاً بمشاركة البنك الدولي، "
                     "إلا أن الجانب الإثيوبي رفض المقترح، مؤكداً تمسكه بالمسار الثلاثي القائم.\n\n",
                     "وأكد شكري لنظيره الفلسطيني اليوم أن المعبر لم يُغلق من الجانب المصري، مطالباً المجتمع الدولي بالضغط لإدخال المساعدات.\n")
    (rejection,) = _events(doc, "REJECT")
    assert _countries(rejection) == {"EGY", "ETH"} and rejection.date == "2017-12-19"
    assert not [e for e in doc.events if e.type == "REQUEST" and _countries(e) == {"EGY"}]


def test_a_bare_title_is_the_holder_the_page_named_before(options, tmp_path):
    """"وزير الخارجية سامح شكري ... وكان وزير الخارجية قد أجرى الخميس الماضي اتصالاً هاتفياً
    بنظيره السوداني": the bare title is Shoukry again, and the call is Egypt's and Sudan's; not
    an office with a genitive after it ("رئيس حكومة الإقليم") nor a title before a name."""
    doc = _text_page(options, tmp_path, "سد النهضة\n\nالأربعاء 20 كانون الأول 2017\n\n",
                     "استقبل وزير الخارجية المصري سامح شكري أمس في القاهرة نظيره الإثيوبي.\n\n",
                     "وكان وزير الخارجية قد أجرى الخميس الماضي اتصالاً هاتفياً بنظيره السوداني تناول الترتيبات الخاصة بالاجتماع.\n")
    (call,) = [e for e in _events(doc, "CONSULT") if e.mode == "phone"]
    assert _countries(call) == {"EGY", "SDN"} and call.date == "2017-12-14"
    assert "Sameh Shoukry" in {a.name for a in call.actors}


def test_a_councils_session_is_a_meeting_and_a_filing_place_is_no_party(options, tmp_path):
    """"عقد المجلس الوزاري لمجلس التعاون أمس الأحد دورته العادية في الرياض": a meeting; "طرابلس -
    قتل ثلاثة من عناصر الأمن ... في سبها": the city the item was filed from attacks no one."""
    doc = _text_page(options, tmp_path, "الخليج\n\nالاثنين 4 آذار 2024\n\n",
                     "عقد المجلس الوزاري لمجلس التعاون لدول الخليج العربية أمس الأحد دورته العادية الـ159 في الرياض، "
                     "برئاسة رئيس مجلس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني.\n\n",
                     "طرابلس - قتل ثلاثة من عناصر الأمن الليبي وأصيب اثنان في هجوم شنه مسلحون مجهولون فجر اليوم على بوابة أمنية قرب سبها.\n")
    (session,) = _events(doc, "CONSULT")
    assert session.date == "2024-03-03" and "QAT" in _countries(session) and session.location.name == "Riyadh"
    assert not [e for e in _events(doc, "ASSAULT") if any(a.name == "Tripoli" for a in e.actors)]


def test_a_verb_in_a_relative_clause_names_an_event_it_does_not_report(options, tmp_path):
    """"أنظمة إيرانية مضادة للطائرات التي تهدد الطيران الإسرائيلي": the systems that threaten, no
    threat made; "في نفس اليوم الذي قتل فيه جنديان": the day, no attack reported by this sentence."""
    doc = _text_page(options, tmp_path, "إيران\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرس الثوري الإيراني نقل أنظمة إيرانية مضادة للطائرات التي تهدد الطيران الإسرائيلي.\n\n",
                     "وأتت تصريحات الرئيس الأمريكي دونالد ترامب في نفس اليوم الذي قتل فيه جنديان أمريكيان في منبج.\n")
    assert not _events(doc, "THREATEN") and not _events(doc, "ASSAULT")


def test_the_two_ministers_condemn_what_another_did(options, tmp_path):
    """"وأدان الوزيران، في بيان مشترك صدر عقب المباحثات، بشدة العدوان العسكري الذي شنته القوات
    الإسرائيلية": the two ministers (named before) condemn, Israel is condemned; the talks stay
    the two's."""
    doc = _text_page(options, tmp_path, "الرباط\n\nالأربعاء 5 تموز 2023\n\n",
                     "استقبل وزير الخارجية المغربي ناصر بوريطة اليوم الأربعاء بالرباط نظيره الأردني أيمن الصفدي.\n\n",
                     "وأدان الوزيران، في بيان مشترك صدر عقب المباحثات، بشدة العدوان العسكري الذي شنته القوات الإسرائيلية على مدينة جنين.\n")
    (condemnation,) = _events(doc, "ACCUSE")
    assert _countries(condemnation) == {"MAR", "JOR", "ISR"}
    assert all(_countries(e) == {"MAR", "JOR"} for e in _events(doc, "CONSULT"))


def test_marches_in_rejection_of_a_decision_are_a_crowds_protest(options, tmp_path):
    """"خرج آلاف الطلاب والأساتذة اليوم الثلاثاء في مسيرات ...، رفضاً لقرار الرئيس عبد العزيز
    بوتفليقة": the marches (tanween makes "رفضاً" a noun, no rejection by the marchers as a verb),
    the crowd of Algeria against its president."""
    doc = _text_page(options, tmp_path, "الجزائر\n\nالثلاثاء 12 آذار 2019\n\n",
                     "خرج آلاف الطلاب والأساتذة اليوم الثلاثاء في مسيرات بالعاصمة الجزائرية وعدد من المدن الأخرى، "
                     "رفضاً لقرار الرئيس عبد العزيز بوتفليقة تأجيل الانتخابات الرئاسية.\n")
    (protest,) = _events(doc, "PROTEST")
    assert protest.date == "2019-03-12" and protest.actors[0].name == "protesters" and _countries(protest) == {"DZA"}


def test_a_people_a_meeting_is_about_is_not_at_it(options, tmp_path):
    """"أجرى الملك محمد السادس اتصالا هاتفيا مع الرئيس الفلسطيني محمود عباس، أكد فيه وقوف المغرب
    إلى جانب الشعب الفلسطيني": the king and the president talk; the Palestinian people is the topic."""
    doc = _text_page(options, tmp_path, "اتصال\n\nالجمعة 11 كانون الأول 2020\n\n",
                     "أجرى العاهل المغربي الملك محمد السادس أمس اتصالا هاتفيا مع الرئيس الفلسطيني محمود عباس، "
                     "أكد خلاله وقوف المغرب الدائم إلى جانب الشعب الفلسطيني.\n")
    (call,) = _events(doc, "CONSULT")
    assert call.mode == "phone" and not [a for a in call.actors if a.name == "people"]
    assert _countries(call) == {"MAR", "PSE"}


def test_a_phone_call_is_not_placed_where_its_topic_is(options, tmp_path):
    """"تلقى ماكرون اتصالا هاتفيا من بوتين تناول التصعيد العسكري في إدلب": a call, not in Idlib."""
    doc = _text_page(options, tmp_path, "اتصال\n\nالثلاثاء 14 أيار 2024\n\n",
                     "وتلقى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين تناول التصعيد العسكري في إدلب.\n")
    (call,) = _events(doc, "CONSULT")
    assert call.mode == "phone" and call.location is None and _countries(call) == {"FRA", "RUS"}


def test_the_council_whose_resolution_is_cited_is_not_asked(options, tmp_path):
    """"ودعا الصفدي إلى حل سياسي ينسجم مع قرار مجلس الأمن 2254، ويحفظ وحدة سوريا": the council
    wrote the resolution; the call is Jordan's, about Syria."""
    doc = _text_page(options, tmp_path, "عمان\n\nالاثنين 1 أيار 2023\n\n",
                     "ودعا وزير الخارجية الأردني أيمن الصفدي اليوم إلى التوصل إلى حل سياسي للأزمة ينسجم مع قرار مجلس الأمن 2254، ويحفظ وحدة سوريا وسيادتها.\n")
    (call,) = _events(doc, "REQUEST")
    assert _countries(call) == {"JOR", "SYR"} and "UNO" not in _countries(call)


def test_a_meeting_compared_with_the_one_reported_is_an_event_of_its_own(options, tmp_path):
    """"ويأتي الاجتماع متابعة للاجتماع التشاوري الذي استضافته مدينة جدة في 14 نيسان الماضي":
    the meeting reported ("ويأتي الاجتماع") and the Jeddah one, dated, with its own parties."""
    doc = _text_page(options, tmp_path, "عمان\n\nالاثنين 1 أيار 2023\n\n",
                     "استضافت عمان اليوم الاثنين اجتماعا تشاوريا لوزراء خارجية الأردن والسعودية والعراق ومصر وسوريا.\n\n",
                     "ويأتي الاجتماع متابعة للاجتماع التشاوري الذي استضافته مدينة جدة في 14 نيسان الماضي، "
                     "بمشاركة وزراء خارجية دول مجلس التعاون الخليجي والأردن ومصر والعراق.\n")
    jeddah = [e for e in _events(doc, "CONSULT") if e.date == "2023-04-14"]
    assert len(jeddah) == 1 and jeddah[0].location.name == "Jeddah" and {"JOR", "EGY", "IRQ"} <= _countries(jeddah[0])


def test_a_dated_conference_takes_its_parties_from_the_retelling(options, tmp_path):
    """"اختتم مؤتمر برلين الدولي حول ليبيا، مساء أمس الأحد، أعماله" names no two parties; "وشارك
    في المؤتمر ... ممثلو 12 دولة" does: one conference, on the lead's day."""
    doc = _text_page(options, tmp_path, "برلين\n\nالاثنين 20 كانون الثاني 2020\n\n",
                     "اختتم مؤتمر برلين الدولي حول ليبيا، مساء أمس الأحد، أعماله بالتوافق على بيان ختامي.\n\n",
                     "وشارك في المؤتمر، الذي دعت إليه المستشارة الألمانية أنغيلا ميركل، ممثلو دول بينها الولايات المتحدة وروسيا وتركيا ومصر.\n")
    (conference,) = _events(doc, "CONSULT")
    assert conference.date == "2020-01-19" and {"USA", "RUS", "TUR", "EGY"} <= _countries(conference)


def test_a_dated_meeting_without_parties_is_dropped(options, tmp_path):
    """A meeting of one party, dated, that nothing later names the parties of, reports no event."""
    doc = _text_page(options, tmp_path, "الكويت\n\nالثلاثاء 22 تشرين الأول 2019\n\n",
                     "عقد مجلس الوزراء الكويتي اجتماعه الأسبوعي أمس برئاسة الشيخ جابر المبارك.\n")
    assert _events(doc, "CONSULT") == []


def test_an_agreement_a_meeting_carries_out_is_dated_by_its_own_clause(options, tmp_path):
    """"التقى ... اليوم في بكين نظيره الإيراني ...، وذلك في إطار تنفيذ الاتفاق الذي جرى التوصل
    إليه في بكين بتاريخ 10 مارس 2023م برعاية الصين": the meeting today, and the agreement of 10
    March (its preposition carries a pronoun, "إليه"), brokered by China."""
    doc = _text_page(options, tmp_path, "بكين\n\nالخميس 6 نيسان 2023\n\n",
                     "التقى وزير الخارجية السعودي فيصل بن فرحان اليوم في بكين نظيره الإيراني حسين أمير عبداللهيان، "
                     "وذلك في إطار تنفيذ الاتفاق الذي جرى التوصل إليه في بكين بتاريخ 10 مارس 2023م برعاية الصين.\n")
    (meeting,) = _events(doc, "CONSULT")
    (agreement,) = _events(doc, "AGREE")
    assert meeting.date == "2023-04-06" and agreement.date == "2023-03-10"
    assert {"SAU", "IRN"} <= _countries(agreement) and agreement.mediator == "CHN"


def test_the_date_an_old_treaty_was_signed_does_not_date_the_agreement_to_activate_it(options, tmp_path):
    """"كما اتفق الجانبان على تفعيل اتفاقية التعاون الأمني الموقعة بتاريخ 17/4/2001م": agreed today."""
    doc = _text_page(options, tmp_path, "بكين\n\nالخميس 6 نيسان 2023\n\n",
                     "التقى وزير الخارجية السعودي فيصل بن فرحان اليوم في بكين نظيره الإيراني حسين أمير عبداللهيان.\n\n",
                     "كما اتفق الجانبان على تفعيل اتفاقية التعاون الأمني بين البلدين الموقعة بتاريخ 22/1/1422هـ الموافق 17/4/2001م.\n")
    (agreement,) = _events(doc, "AGREE")
    assert agreement.date == "2023-04-06"


def test_what_was_agreed_before_is_no_agreement_of_the_meeting(options, tmp_path):
    """"وجرى خلال اللقاء مناقشة ما تم التوصل إليه في جولات التفاوض السابقة": the meeting discussed
    what earlier rounds agreed; it reports no agreement of its own, of its day."""
    doc = _text_page(options, tmp_path, "صنعاء\n\nالأحد 9 نيسان 2023\n\n",
                     "التقى رئيس المجلس السياسي الأعلى مهدي المشاط اليوم بصنعاء السفير السعودي محمد آل جابر والوفد العماني.\n\n",
                     "وجرى خلال اللقاء مناقشة ما تم التوصل إليه في جولات التفاوض السابقة التي احتضنتها العاصمة العمانية مسقط.\n")
    assert _events(doc, "AGREE") == [] and len(_events(doc, "CONSULT")) == 1


def test_restored_relations_announced_at_the_close_of_a_summit(options, tmp_path):
    """"وفي مؤتمر صحفي عقده في ختام القمة أعلن وزير الخارجية السعودي ... عودة العلاقات الدبلوماسية
    كاملة بين المملكة ودولة قطر": the summit is when; the news is Saudi Arabia and Qatar's relations."""
    doc = _text_page(options, tmp_path, "العلا\n\nالثلاثاء 5 كانون الثاني 2021\n\n",
                     "وفي مؤتمر صحفي مشترك عقده اليوم في ختام القمة أعلن وزير الخارجية السعودي الأمير فيصل بن فرحان آل سعود "
                     "عودة العلاقات الدبلوماسية كاملة بين المملكة ودولة قطر.\n")
    (restored,) = _events(doc, "COOPERATE")
    assert _countries(restored) == {"SAU", "QAT"} and restored.date == "2021-01-05"
    assert _events(doc, "CONSULT") == []


def test_congratulations_by_phone_are_a_call_too(options, tmp_path):
    """"هنأ الرئيس السيسي نظيره التركي هاتفيا بإعادة انتخابه": the congratulation, and the call it
    was made in, of the same two on the same day."""
    doc = _text_page(options, tmp_path, "القاهرة\n\nالاثنين 29 أيار 2023\n\n",
                     "هنأ الرئيس المصري عبد الفتاح السيسي اليوم نظيره التركي رجب طيب أردوغان هاتفيا بإعادة انتخابه.\n")
    (call,) = _events(doc, "CONSULT")
    assert call.mode == "phone" and call.date == "2023-05-29" and _countries(call) == {"EGY", "TUR"}
    assert len(_events(doc, "SUPPORT")) == 1


def test_two_signings_one_after_the_other(options, tmp_path):
    """"وقّعا في 11 مايو الماضي «إعلان جدة» ...، ثم وقّعا في 20 مايو اتفاقاً لوقف إطلاق النار": the
    declaration signed as the verb's object (no "على"), then a second agreement: two, each on its day."""
    doc = _text_page(options, tmp_path, "الخرطوم\n\nالخميس 1 حزيران 2023\n\n",
                     "وكان الجيش السوداني وقوات الدعم السريع قد وقّعا في 11 مايو الماضي «إعلان جدة» للالتزام بحماية المدنيين، "
                     "ثم وقّعا في 20 مايو اتفاقاً لوقف إطلاق النار قصير الأمد.\n")
    assert sorted(e.date for e in _events(doc, "AGREE")) == ["2023-05-11", "2023-05-20"]


def test_a_visit_dated_months_before_is_not_the_days_visit(options, tmp_path):
    """"كما زار بري ..." (the story's day) and "الزيارة التي قام بها الحريري إلى باريس في 20 أيلول
    الماضي، حيث التقى الرئيس ماكرون": two visits, the second on its own day."""
    doc = _text_page(options, tmp_path, "بيروت\n\nالأربعاء 13 تشرين الثاني 2019\n\n",
                     "التقى الموفد الفرنسي كريستوف فارنو أمس الثلاثاء رئيس الجمهورية اللبنانية ميشال عون في قصر بعبدا.\n\n",
                     "كما زار الموفد الفرنسي رئيس مجلس النواب نبيه بري في عين التينة.\n\n",
                     "وتأتي هذه الزيارة بعد نحو شهرين على الزيارة التي قام بها الرئيس سعد الحريري إلى باريس في 20 أيلول الماضي، "
                     "حيث التقى الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.\n")
    paris = [e for e in _events(doc, "CONSULT") if e.date == "2019-09-20"]
    assert len(paris) == 1 and "Nabih Berri" not in {a.name for a in paris[0].actors}


def test_a_handshake_of_two_leaders_is_a_meeting(options, tmp_path):
    doc = _text_page(options, tmp_path, "القاهرة\n\nالأربعاء 14 شباط 2024\n\n",
                     "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس التركي رجب طيب أردوغان في القاهرة. "
                     "وتأتي الزيارة بعد مسار من التقارب بدأ بالمصافحة التي جمعت الرئيسين في الدوحة يوم 20 نوفمبر 2022.\n")
    doha = [e for e in _events(doc, "CONSULT") if e.date == "2022-11-20"]
    assert len(doha) == 1 and _countries(doha[0]) >= {"EGY", "TUR"} and doha[0].location.name == "Doha"


def test_denying_the_blame_is_a_rejection_not_a_denied_attack(options, tmp_path):
    """"نفت وزارة الخارجية التركية مسؤولية قواتها عن القصف ... داعية الحكومة العراقية إلى ...":
    Turkey rejects Iraq's charge; the shelling itself is not denied."""
    doc = _text_page(options, tmp_path, "بغداد\n\nالخميس 21 تموز 2022\n\n",
                     "في المقابل، نفت وزارة الخارجية التركية اليوم مسؤولية قواتها عن القصف، داعية الحكومة العراقية إلى عدم الإدلاء بتصريحات متسرعة.\n")
    (rejection,) = _events(doc, "REJECT")
    assert _countries(rejection) == {"TUR", "IRQ"} and rejection.status == "reported"
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.status == "denied"]


def test_disappointment_expressed_at_another_state_is_an_accusation(options, tmp_path):
    doc = _text_page(options, tmp_path, "أديس أبابا\n\nالسبت 29 شباط 2020\n\n",
                     "أعربت إثيوبيا اليوم عن «خيبة أملها» من بيان وزارة الخزانة الأمريكية بشأن مفاوضات سد النهضة.\n")
    (accusation,) = _events(doc, "ACCUSE")
    assert _countries(accusation) == {"ETH", "USA"} and accusation.date == "2020-02-29"


def test_clashes_between_two_camps_are_an_assault(options, tmp_path):
    """"وشهد محيط البرلمان مواجهات بين أنصار الرئيس وأنصار حركة النهضة، تبادل خلالها الطرفان الرشق
    بالحجارة": clashes ("مواجهات") the occurrence verb reports."""
    doc = _text_page(options, tmp_path, "تونس\n\nالاثنين 26 تموز 2021\n\n",
                     "وشهد محيط البرلمان التونسي اليوم مواجهات بين أنصار الرئيس قيس سعيد وأنصار حركة النهضة، "
                     "تبادل خلالها الطرفان الرشق بالحجارة والقوارير.\n")
    (clashes,) = _events(doc, "ASSAULT")
    assert clashes.date == "2021-07-26" and _countries(clashes) == {"TUN"}


def test_an_ambassador_recalled_with_the_date_between(options, tmp_path):
    """"وكانت الجزائر قد استدعت في 18 جويلية الماضي سفيرها لدى الرباط للتشاور": a recall (the verb
    and its envoy parted by the date), not consultations."""
    doc = _text_page(options, tmp_path, "الجزائر\n\nالأربعاء 25 آب 2021\n\n",
                     "أعلن وزير الخارجية الجزائري رمطان لعمامرة أمس قطع العلاقات الدبلوماسية مع المغرب.\n\n",
                     "وكانت الجزائر قد استدعت في 18 جويلية الماضي سفيرها لدى المغرب للتشاور.\n")
    recalls = [e for e in _events(doc, "SANCTION") if e.date == "2021-07-18"]
    assert len(recalls) == 1 and _countries(recalls[0]) == {"DZA", "MAR"}
    assert not [e for e in _events(doc, "CONSULT") if e.date == "2021-07-18"]


def test_a_verb_in_a_relative_clause_does_not_take_the_head_from_the_lead(options, tmp_path):
    """"أعلنت الخارجية العراقية اليوم استدعاء القائم بالأعمال التركي ...، على خلفية القصف الذي
    استهدف أمس منتجعاً": the summons today is the lead's event, not yesterday's shelling."""
    doc = _text_page(options, tmp_path, "بغداد\n\nالخميس 21 تموز 2022\n\n",
                     "أعلنت وزارة الخارجية العراقية اليوم الخميس استدعاء القائم بالأعمال التركي في بغداد وتسليمه مذكرة احتجاج "
                     "على خلفية القصف المدفعي الذي استهدف أمس الأربعاء منتجعاً سياحياً في زاخو.\n")
    (summons,) = _events(doc, "SANCTION")
    assert summons.date == "2022-07-21" and _countries(summons) == {"IRQ", "TUR"}


def test_unnamed_gunmen_attack_where_they_struck(options, tmp_path):
    """"وكان مسلحون ملثمون قد اقتحموا، مساء السبت، مكاتب عدد من القنوات الفضائية في بغداد ...
    واعتدوا على عدد من العاملين فيها": gunmen of the place, no state named."""
    doc = _text_page(options, tmp_path, "بغداد\n\nالاثنين 7 تشرين الأول 2019\n\n",
                     "وكان مسلحون ملثمون قد اقتحموا، مساء السبت، مكاتب عدد من القنوات الفضائية في بغداد، "
                     "وعبثوا بمحتوياتها واعتدوا على عدد من العاملين فيها، في هجمات لاقت إدانات واسعة.\n")
    (attack,) = _events(doc, "ASSAULT")
    assert attack.date == "2019-10-05" and attack.actors[0].name == "gunmen" and attack.actors[0].country == "IRQ"


def test_a_terrorist_designation_is_a_sanction(options, tmp_path):
    """"وكانت إدارة الرئيس السابق دونالد ترامب قد صنفت الحوثيين «منظمة إرهابية أجنبية» في يناير 2021"."""
    doc = _text_page(options, tmp_path, "نيويورك\n\nالخميس 11 كانون الثاني 2024\n\n",
                     "وكانت إدارة الرئيس الأمريكي السابق دونالد ترامب قد صنفت الحوثيين «منظمة إرهابية أجنبية» في يناير 2021.\n")
    (designation,) = _events(doc, "SANCTION")
    assert designation.date == "2021-01" and {"USA", "YEM"} <= _countries(designation)


def test_a_welcome_but_an_accusation(options, tmp_path):
    """"رحبت الحكومة اليمنية بالتمديد، لكنها اتهمت جماعة الحوثي بعدم الالتزام ببنود الهدنة": after
    "لكنها", a second act of the same subject."""
    doc = _text_page(options, tmp_path, "عدن\n\nالخميس 2 حزيران 2022\n\n",
                     "في المقابل، رحبت الحكومة اليمنية اليوم بتمديد الهدنة، لكنها اتهمت جماعة الحوثي بعدم الالتزام ببنود الهدنة.\n")
    (accusation,) = _events(doc, "ACCUSE")
    assert {a.name for a in accusation.actors} >= {"government", "Houthis (Ansar Allah)"} and accusation.date == "2022-06-02"


def test_a_levantine_condemnation_and_a_sovereignty_talked_of(options, tmp_path):
    """"دان المتحدث باسم الخارجية الإيرانية ناصر كنعاني الهجمات، واصفاً إياها بأنها انتهاك واضح
    لسيادة اليمن": "دان" is "أدان"; Yemen, whose sovereignty it names, is not the accused."""
    doc = _text_page(options, tmp_path, "طهران\n\nالجمعة 12 كانون الثاني 2024\n\n",
                     "وفي ردود الفعل، دان المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني اليوم الهجمات الأميركية البريطانية، "
                     "واصفاً إياها بأنها انتهاك واضح لسيادة اليمن.\n")
    (condemnation,) = _events(doc, "ACCUSE")
    assert "IRN" in _countries(condemnation) and "YEM" not in _countries(condemnation)


def test_huge_crowds_going_out_in_condemnation_are_a_protest(options, tmp_path):
    doc = _text_page(options, tmp_path, "صنعاء\n\nالجمعة 12 كانون الثاني 2024\n\n",
                     "وفي صنعاء، خرجت بعد صلاة الجمعة اليوم حشود ضخمة في ميدان السبعين، تنديداً بالعدوان الأميركي البريطاني.\n")
    (protest,) = _events(doc, "PROTEST")
    assert protest.date == "2024-01-12" and protest.location.name == "Sanaa" and _countries(protest) >= {"YEM"}


def test_three_rounds_told_in_one_sentence(options, tmp_path):
    """"وعقدت الجولة الأولى في القاهرة بين 27 و28 آب/ أغسطس، تلتها جولة ثانية في أديس أبابا في أيلول/
    سبتمبر، ثم جولة ثالثة في القاهرة في تشرين الأول/ أكتوبر": three rounds, each its place and month."""
    doc = _text_page(options, tmp_path, "أديس أبابا\n\nالأربعاء 20 كانون الأول 2023\n\n",
                     "وعقدت الجولة الأولى من مفاوضات سد النهضة بين مصر وإثيوبيا في القاهرة بين 27 و28 آب/ أغسطس، "
                     "تلتها جولة ثانية في أديس أبابا في أيلول/ سبتمبر، ثم جولة ثالثة في القاهرة في تشرين الأول/ أكتوبر.\n")
    rounds = sorted((e.date, e.location.name) for e in _events(doc, "CONSULT"))
    assert rounds == [("2023-08-27/2023-08-28", "Cairo"), ("2023-09", "Addis Ababa"), ("2023-10", "Cairo")]


def test_a_round_of_talks_dated_by_the_clause_of_the_talks(options, tmp_path):
    """"خلال الجولة الرابعة من المفاوضات التي اختتمت أمس الثلاثاء في أديس أبابا": the relative
    clause after "من المفاوضات" tells of the round itself: yesterday, not the page's day."""
    doc = _text_page(options, tmp_path, "أديس أبابا\n\nالأربعاء 20 كانون الأول 2023\n\n",
                     "اتهمت وزارة الخارجية الإثيوبية اليوم الجانب المصري بتحريف مواقف إثيوبيا خلال الجولة الرابعة "
                     "من المفاوضات التي اختتمت أمس الثلاثاء في أديس أبابا.\n")
    assert [e.date for e in _events(doc, "CONSULT")] == ["2023-12-19"]


def test_a_further_act_on_a_day_of_its_own(options, tmp_path):
    """"، وفي اليوم ذاته أعلن الجانبان التوصل إلى اتفاق", "، وبعد يومين وقع الجانبان اتفاقا في
    عمان": a clause of its own, dated from the day before it; the meeting keeps no place of the
    later act."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي في سوتشي يوم 22 تشرين الأول 2019، "
                     "وفي اليوم ذاته أعلن الجانبان التوصل إلى اتفاق بشأن شمال سوريا.\n")
    (agreement,) = _events(doc, "AGREE")
    assert agreement.date == "2019-10-22" and _countries(agreement) == {"RUS", "TUR"}
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 14 أيار 2024\n\n",
                     "اجتمع وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري في 5 أيار الماضي، "
                     "وبعد يومين وقع الجانبان اتفاقا في عمان.\n")
    (meeting,) = _events(doc, "CONSULT")
    (agreement,) = _events(doc, "AGREE")
    assert (meeting.date, meeting.location) == ("2024-05-05", None)
    assert (agreement.date, agreement.location.name) == ("2024-05-07", "Amman")


def test_a_tour_told_in_one_sentence_keeps_its_traveller(options, tmp_path):
    """"استهل البرهان جولته بزيارة ...، ثم توجه إلى جوبا والتقى رئيس جنوب السودان ...، قبل أن يصل
    إلى الدوحة ويجري مباحثات مع أمير قطر ...، ثم إلى أسمرا حيث اجتمع بالرئيس الإريتري": each stop
    is the traveller's meeting with its host, not a meeting of the hosts."""
    doc = _text_page(options, tmp_path, "أنقرة\n\nالخميس 14 أيلول 2023\n\n",
                     "وكان البرهان قد استهل جولته بزيارة مدينة العلمين المصرية في 29 أغسطس الماضي، حيث التقى الرئيس "
                     "عبد الفتاح السيسي، ثم توجه إلى جوبا والتقى رئيس جنوب السودان سلفا كير ميارديت في 4 سبتمبر الحالي، "
                     "قبل أن يصل إلى الدوحة الخميس الماضي ويجري مباحثات مع أمير قطر الشيخ تميم بن حمد آل ثاني، ثم إلى "
                     "أسمرا الاثنين حيث اجتمع بالرئيس الإريتري أسياس أفورقي.\n")
    meetings = sorted((sorted(_countries(e)), e.date) for e in _events(doc, "CONSULT"))
    assert [countries for countries, _ in meetings] == [["EGY", "SDN"], ["ERI", "SDN"], ["QAT", "SDN"], ["SDN", "SSD"]]
    hosts = {next(c for c in countries if c != "SDN"): date for countries, date in meetings}
    assert hosts == {"EGY": "2023-08-29", "QAT": "2023-09-07", "SSD": "2023-09-04", "ERI": "2023-09-11"}  # ("الاثنين": that Monday)


def test_the_date_after_the_parties_long_titles_dates_the_meeting(options, tmp_path):
    """"التقى رئيس مجلس السيادة الانتقالي في السودان، القائد العام للجيش، الفريق أول عبد الفتاح
    البرهان، الرئيس التركي رجب طيب إردوغان، في العاصمة أنقرة، أمس": the names and titles between
    the verb and "أمس" are its parties, not distance; "القائد العام للجيش" is no other leader named
    on the page (the RSF commander of the line above)."""
    doc = _text_page(options, tmp_path, "البرهان في أنقرة\n\nالخميس 14 أيلول 2023\n\n",
                     "واشنطن عاقبت شقيق «حميدتي»... ومقتل أكثر من 40 في غارة على سوق جنوب الخرطوم\n\n",
                     "التقى رئيس مجلس السيادة الانتقالي في السودان، القائد العام للجيش، الفريق أول عبد الفتاح البرهان، "
                     "الرئيس التركي رجب طيب إردوغان، في العاصمة أنقرة، أمس (الأربعاء)، في محطة جديدة من جولة خارجية "
                     "بدأها أواخر الشهر الماضي، بعد خروجه من مقر القيادة العامة للجيش في الخرطوم.\n")
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.date == "2023-09-13"
    assert {a.entity for a in meeting.actors} == {"abdel-fattah-al-burhan", "recep-tayyip-erdogan"}


def test_a_feminine_title_after_a_noun_is_an_adjective(options, tmp_path):
    """"فك الحصار عن تعز وفتح الطرق الرئيسة": main roads, not a president named before."""
    doc = _text_page(options, tmp_path, "الهدنة\n\nالخميس 2 حزيران 2022\n\n",
                     "ورحب الرئيس الأمريكي جو بايدن بتمديد الهدنة في اليمن.\n\n",
                     "في المقابل، رحبت الحكومة اليمنية بالتمديد، لكنها اتهمت جماعة الحوثي بعدم الالتزام ببنود الهدنة، "
                     "وفي مقدمتها فك الحصار عن تعز وفتح الطرق الرئيسة.\n")
    (accusation,) = _events(doc, "ACCUSE")
    assert _countries(accusation) == {"YEM"} and "joe-biden" not in {a.entity for a in accusation.actors}


def test_the_two_sides_are_not_their_facilitator(options, tmp_path):
    """"البلدان اتفقا ... بتسهيل تركي": Turkey facilitates, the two are the other states the
    story names; "تقارب مصري صومالي، إذ وقع البلدان": the two adjectives before the dual; and
    "بتيسير من المملكة العربية السعودية والولايات المتحدة": both facilitate, neither signs."""
    doc = _text_page(options, tmp_path, "إعلان أنقرة\n\nالأربعاء 11 كانون الأول 2024\n\n",
                     "- الرئيس التركي عقد لقاءات منفصلة مع الرئيس الصومالي حسن شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد ثم اجتماعا ثلاثيا\n",
                     "- البلدان اتفقا على بدء مفاوضات فنية قبل نهاية فبراير/ شباط 2025 بتسهيل تركي\n\n",
                     "وتزامنت الأزمة مع تقارب مصري صومالي، إذ وقع البلدان في أغسطس/ آب الماضي بروتوكولا للتعاون العسكري.\n")
    (talks,) = [e for e in _events(doc, "AGREE") if "مفاوضات فنية" in e.evidence.text]
    assert {a.country for a in talks.actors} == {"SOM", "ETH"} and talks.mediator == "TUR" and talks.status == "planned"
    signed = [e for e in doc.events if "بروتوكولا" in e.evidence.text]
    assert signed and _countries(signed[0]) == {"EGY", "SOM"}
    doc = _text_page(options, tmp_path, "إعلان جدة\n\nالجمعة 12 أيار 2023\n\n",
                     "وقع ممثلو الجيش السوداني وقوات الدعم السريع مساء الخميس بمدينة جدة على إعلان جدة لحماية المدنيين. "
                     "وجرى التوقيع بتيسير من المملكة العربية السعودية والولايات المتحدة الأمريكية.\n")
    (signing,) = _events(doc, "AGREE")
    assert {a.country for a in signing.actors} == {"SDN"}


def test_the_announcer_of_an_agreement_is_not_its_party(options, tmp_path):
    """"أعلن الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، توصل الصومال وإثيوبيا إلى اتفاق": the
    verbal noun has its own subject; Turkey announces, Somalia and Ethiopia agree."""
    doc = _text_page(options, tmp_path, "إعلان أنقرة\n\nالخميس 12 كانون الأول 2024\n\n",
                     "أعلن الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، توصل الصومال وإثيوبيا إلى اتفاق لإنهاء الخلاف "
                     "القائم بينهما.\n")
    (agreement,) = _events(doc, "AGREE")
    assert {a.country for a in agreement.actors} == {"SOM", "ETH"} and agreement.date == "2024-12-11"


def test_what_an_act_is_for_is_not_a_meeting(options, tmp_path):
    """"وقرر المجلس استدعاء سفير الصومال لدى إثيوبيا إلى مقديشو للتشاور": the recall is for
    consultations, no one met; "وصل الوزير إلى أنقرة لبحث ..." still reports the visit."""
    doc = _text_page(options, tmp_path, "مقديشو\n\nالثلاثاء 2 كانون الثاني 2024\n\n",
                     "وقرر المجلس اليوم استدعاء سفير جمهورية الصومال الفيدرالية لدى إثيوبيا إلى مقديشو للتشاور.\n")
    assert not _events(doc, "CONSULT")
    doc = _text_page(options, tmp_path, "أنقرة\n\nالثلاثاء 2 كانون الثاني 2024\n\n",
                     "وصل وزير الخارجية الصومالي اليوم إلى أنقرة لبحث العلاقات مع نظيره التركي هاكان فيدان.\n")
    (visit,) = _events(doc, "CONSULT")
    assert {"SOM", "TUR"} <= _countries(visit)


def test_blame_put_on_another_in_a_sentence_about_one_state(options, tmp_path):
    """"يمنيا، حمّلت الحكومة الشرعية جماعة الحوثي مسؤولية جر البلاد ...": the verb and its object
    "مسؤولية" stand apart; the government the state's adverb opens the sentence with is Yemen's.
    "تستنكر" condemns as "استنكرت" does."""
    doc = _text_page(options, tmp_path, "صنعاء\n\nالجمعة 12 كانون الثاني 2024\n\n",
                     "يمنيا، حمّلت الحكومة الشرعية جماعة الحوثي مسؤولية جر البلاد إلى ساحة المواجهة العسكرية، "
                     "بسبب هجماتها على الملاحة الدولية.\n")
    (blame,) = _events(doc, "ACCUSE")
    assert {(a.name, a.country) for a in blame.actors} >= {("government", "YEM"), ("Houthis (Ansar Allah)", "YEM")}


def test_a_reception_is_a_visit_and_the_guests_office_is_no_place(options, tmp_path):
    """"استقبل الرئيس عبد الفتاح السيسي ... الفريق أول عبد الفتاح البرهان، رئيس مجلس السيادة
    الانتقالي بجمهورية السودان، بمدينة العلمين الجديدة": a host receives a visitor; Sudan names
    whose council Burhan heads, not where they met."""
    doc = _text_page(options, tmp_path, "العلمين\n\nالثلاثاء 29 آب 2023\n\n",
                     "استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، الفريق أول عبد الفتاح البرهان، رئيس مجلس السيادة "
                     "الانتقالي بجمهورية السودان، بمدينة العلمين الجديدة.\n")
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.mode == "visit" and _countries(meeting) == {"EGY", "SDN"}
    assert meeting.location is None or meeting.location.country != "SDN"


def test_a_welcome_is_not_dated_by_the_day_of_what_it_welcomes(options, tmp_path):
    """"رحبت الحكومة اليمنية بإعلان المبعوث الأممي هانس غروندبرغ، أمس الجمعة، موافقة الأطراف على
    هدنة": yesterday was the announcement; the welcome is the page's."""
    doc = _text_page(options, tmp_path, "عدن\n\nالسبت 2 نيسان 2022\n\n",
                     "رحبت الحكومة اليمنية بإعلان المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ، "
                     "أمس الجمعة، موافقة الأطراف على هدنة لمدة شهرين.\n")
    (welcome,) = _events(doc, "SUPPORT")
    assert welcome.date == "2022-04-02"


def test_a_spokesman_or_a_city_after_the_verb_is_no_welcomed_act(options, tmp_path):
    """"رحب المتحدث باسم الخارجية الأمريكية، أمس الجمعة، بالاتفاق": "باسم" and a name beginning
    with "با" are no act taken with "ب"; yesterday is the welcome's day."""
    doc = _text_page(options, tmp_path, "واشنطن\n\nالسبت 2 نيسان 2022\n\n",
                     "رحب المتحدث باسم وزارة الخارجية الأمريكية، أمس الجمعة، بالاتفاق بين السودان وجنوب السودان.\n")
    (welcome,) = _events(doc, "SUPPORT")
    assert welcome.date == "2022-04-01"


def test_a_side_that_halts_its_operations_retreats(options, tmp_path):
    """"وكان تحالف دعم الشرعية في اليمن قد أعلن مساء الثلاثاء الماضي وقف العمليات العسكرية داخل
    اليمن": a halt of one side's operations, on the Tuesday before the page."""
    doc = _text_page(options, tmp_path, "عدن\n\nالسبت 2 نيسان 2022\n\n",
                     "وكان تحالف دعم الشرعية في اليمن قد أعلن مساء الثلاثاء الماضي وقف العمليات العسكرية داخل اليمن.\n")
    (halt,) = _events(doc, "RETREAT")
    assert halt.date == "2022-03-29" and "SAU" in _countries(halt)


def test_a_seizure_managed_is_coercion(options, tmp_path):
    """"تمكنت خلالها القوات البحرية من الاستيلاء على سفينة إسرائيلية": what a side managed to do is
    reported; a seizure is coercion. The outlet's credit ("المسيرة نت|") is no march."""
    doc = _text_page(options, tmp_path, "صنعاء\n\nالاثنين 20 تشرين الثاني 2023\n\n",
                     "المسيرة نت| صنعاء: أعلنت القوات المسلحة اليمنية، مساء أمس الأحد 19 نوفمبر، تنفيذ عملية عسكرية في البحر "
                     "الأحمر تمكنت خلالها القوات البحرية من الاستيلاء على سفينة إسرائيلية واقتيادها إلى الساحل اليمني.\n")
    (seizure,) = _events(doc, "COERCE")
    assert seizure.date == "2023-11-19" and _countries(seizure) == {"YEM", "ISR"}
    assert not _events(doc, "PROTEST")


def test_a_participle_after_a_statement_is_an_act_of_its_own(options, tmp_path):
    """"رحب وزير الخزانة الأمريكي ... بتوقيع مصر بالأحرف الأولى، داعيا إثيوبيا إلى الانتهاء من
    الاتفاق": the welcome is Egypt's; the call, to Ethiopia, an act of its own by the same subject."""
    doc = _text_page(options, tmp_path, "واشنطن\n\nالسبت 29 شباط 2020\n\n",
                     "من جانبه، رحب وزير الخزانة الأمريكي ستيفن منوتشين، في بيان أصدره مساء الجمعة، بتوقيع مصر بالأحرف الأولى، "
                     "داعيا إثيوبيا إلى الانتهاء من الاتفاق في أقرب وقت ممكن.\n")
    (call,) = _events(doc, "REQUEST")
    (welcome,) = _events(doc, "SUPPORT")
    assert _countries(call) == {"USA", "ETH"} and _countries(welcome) == {"USA", "EGY"}


def test_a_strike_no_one_is_named_for_has_the_places_people_as_victims(options, tmp_path):
    """"قُتل أكثر من 40 شخصاً، الأحد، في غارة جوية استهدفت سوق قورو الشعبية بمنطقة مايو جنوب
    الخرطوم": reported, on the Sunday set off by commas ("الأحد" is also "the One"), its victims
    people of Sudan, its attacker unnamed."""
    doc = _text_page(options, tmp_path, "الخرطوم\n\nالخميس 14 أيلول 2023\n\n",
                     "ميدانياً، قُتل أكثر من 40 شخصاً، الأحد، في غارة جوية استهدفت سوق قورو الشعبية بمنطقة مايو جنوب الخرطوم.\n")
    (strike,) = _events(doc, "ASSAULT")
    assert strike.date == "2023-09-10" and _countries(strike) == {"SDN"} and strike.location.name == "Khartoum"


def test_the_talks_taken_up_again_are_the_ones_held_not_the_round_planned(options, tmp_path):
    """"وتناولت المباحثات كذلك ... تأمين الملاحة في البحر الأحمر" after a round announced for
    later: the talks are the reception the page reports (not a third-party round), and the sea is
    what they took up, not where they met."""
    doc = _text_page(options, tmp_path, "القاهرة\n\nالأربعاء 14 آب 2024\n\n",
                     "استقبل الرئيس عبد الفتاح السيسي، اليوم الأربعاء، بقصر الاتحادية، الرئيس حسن شيخ محمود رئيس جمهورية الصومال.\n\n",
                     "كما تأتي الزيارة غداة اختتام الجولة الثانية من المحادثات غير المباشرة بين الصومال وإثيوبيا في أنقرة بوساطة "
                     "وزير الخارجية التركي هاكان فيدان، الذي أعلن أن الجولة الثالثة ستعقد في 17 سبتمبر المقبل.\n\n",
                     "وتناولت المباحثات كذلك، بحسب المتحدث الرسمي، تطورات الأوضاع في السودان، إضافة إلى سبل تأمين الملاحة في البحر الأحمر.\n")
    reported = [e for e in _events(doc, "CONSULT") if e.status == "reported" and e.date == "2024-08-14"]
    assert reported and all(_countries(e) == {"EGY", "SOM"} for e in reported)
    assert all(e.location is None or e.location.name != "Red Sea" for e in doc.events)


def test_the_country_after_a_city_is_where_not_who(options, tmp_path):
    """"وقّع ممثلو الجيش السوداني وقوات الدعم السريع مساء أمس السبت في مدينة جدة السعودية اتفاقا":
    Saudi Arabia is the city's country, not a signatory."""
    doc = _text_page(options, tmp_path, "جدة\n\nالأحد 21 أيار 2023\n\n",
                     "وقّع ممثلو الجيش السوداني وقوات الدعم السريع مساء أمس السبت في مدينة جدة السعودية اتفاقا لوقف إطلاق النار لمدة أسبوع.\n")
    (signing,) = _events(doc, "AGREE")
    assert {a.country for a in signing.actors} == {"SDN"} and signing.location.name == "Jeddah"


def test_a_visit_the_lead_announces_is_not_on_the_page_s_day(options, tmp_path):
    """"سيزور الرئيس التركي رجب طيب أردوغان موسكو لإجراء محادثات": planned, on no day the page
    says (it was given the page's day, which is when it was announced)."""
    doc = _text_page(options, tmp_path, "أنقرة\n\nالثلاثاء 14 أيار 2024\n\n",
                     "سيزور الرئيس التركي رجب طيب أردوغان موسكو لإجراء محادثات مع نظيره الروسي فلاديمير بوتين.\n")
    (visit,) = _events(doc, "CONSULT")
    assert visit.status == "planned" and visit.date is None


def test_the_mediator_named_by_his_title_is_a_participant(options, tmp_path):
    """"التقى الوسيط الأمريكي في مفاوضات ترسيم الحدود البحرية بين لبنان وإسرائيل، آموس هوكشتاين،
    الرئيس اللبناني ميشال عون": the envoy visits; Israel is his brief, not a party. "بحضور
    الوسيط الأميركي آموس هوكشتاين" still brokers."""
    doc = _text_page(options, tmp_path, "بيروت\n\nالثلاثاء 14 حزيران 2022\n\n",
                     "التقى الوسيط الأمريكي في مفاوضات ترسيم الحدود البحرية بين لبنان وإسرائيل، آموس هوكشتاين، اليوم "
                     "الثلاثاء، الرئيس اللبناني ميشال عون في قصر بعبدا.\n\n"
                     "وسلم الوفدان اللبناني والإسرائيلي رسالتيهما في الناقورة، في 27 تشرين الأول 2022، بحضور الوسيط الأميركي آموس هوكشتاين.\n")
    meeting = next(e for e in _events(doc, "CONSULT") if e.date == "2022-06-14")
    assert _countries(meeting) == {"USA", "LBN"} and meeting.mediator is None


def test_a_second_call_after_kama_is_its_own_and_background(options, tmp_path):
    """"وكان الرئيس السيسي قد أجرى في السابع من شباط اتصالاً هاتفياً بالرئيس الأسد، كما تلقى
    الرئيس الأسد في اليوم الأول للكارثة اتصالاً هاتفياً من رئيس دولة الإمارات": two calls; the
    second, told as background too, is not dated by the page."""
    doc = _text_page(options, tmp_path, "دمشق\n\nالاثنين 27 شباط 2023\n\n",
                     "استقبل الرئيس بشار الأسد اليوم وزير الخارجية المصري سامح شكري في دمشق.\n\n"
                     "وكان الرئيس السيسي قد أجرى في السابع من شباط الجاري اتصالاً هاتفياً بالرئيس الأسد، كما تلقى الرئيس الأسد "
                     "في اليوم الأول للكارثة اتصالاً هاتفياً من رئيس دولة الإمارات العربية المتحدة الشيخ محمد بن زايد آل نهيان.\n")
    calls = {frozenset(_countries(e)): e.date for e in _events(doc, "CONSULT") if e.mode == "phone"}
    assert calls == {frozenset({"EGY", "SYR"}): "2023-02-07", frozenset({"ARE", "SYR"}): None}


def test_a_meeting_named_as_the_occasion_is_the_event_when_nothing_else_is(options, tmp_path):
    """"أكد وزراء خارجية ... في ختام اجتماعهم التشاوري الذي استضافته السعودية في جدة مساء أمس
    (الجمعة)، أهمية ... وتكثيف التشاور بين الدول العربية": the meeting, yesterday (the idea of
    consulting more is no event)."""
    doc = _text_page(options, tmp_path, "جدة\n\nالسبت 15 نيسان 2023\n\n",
                     "أكد وزراء خارجية دول مجلس التعاون الخليجي ومصر والأردن والعراق، في ختام اجتماعهم التشاوري الذي "
                     "استضافته السعودية في جدة مساء أمس (الجمعة)، أهمية أن يكون هناك دور قيادي عربي في الجهود الرامية إلى إنهاء "
                     "الأزمة السورية، ووضع الآليات اللازمة لهذا الدور، وتكثيف التشاور بين الدول العربية بما يكفل نجاح هذه الجهود.\n")
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.date == "2023-04-14" and {"EGY", "JOR", "IRQ"} <= _countries(meeting)


def test_the_nisbas_after_an_event_noun_are_its_sides(options, tmp_path):
    """"ووقع الجانبان الاتفاق السعودي - الإيراني في بكين", "انطلقت المحادثات الأمريكية الإيرانية
    غير المباشرة في مسقط": the states of the nisbas."""
    doc = _text_page(options, tmp_path, "بكين\n\nالجمعة 10 آذار 2023\n\n",
                     "ووقع الجانبان الاتفاق السعودي - الإيراني في بكين اليوم برعاية صينية.\n\n"
                     "وانطلقت المحادثات الأمريكية الإيرانية غير المباشرة في مسقط أمس بوساطة عمانية.\n")
    (deal,) = _events(doc, "AGREE")
    assert _countries(deal) == {"SAU", "IRN", "CHN"} and deal.mediator == "CHN"
    (talks,) = _events(doc, "CONSULT")
    assert _countries(talks) == {"USA", "IRN", "OMN"} and talks.date == "2023-03-09"


def test_a_visit_named_by_its_noun_is_hosted_by_the_place_after_ila(options, tmp_path):
    """"ويأتي الاجتماع بعد يومين من زيارة وزير الخارجية السوري فيصل المقداد إلى جدة يوم الأربعاء
    الماضي": Saudi Arabia hosts Syria's minister, that Wednesday (the visit had no host and was
    lost); "زيارة رسمية إلى سلطنة عمان التقى خلالها السلطان ... في مسقط" is placed in Muscat."""
    doc = _text_page(options, tmp_path, "جدة\n\nالسبت 15 نيسان 2023\n\n",
                     "اجتمع وزراء خارجية مصر والأردن والعراق والسعودية في جدة مساء أمس.\n\n"
                     "ويأتي الاجتماع بعد يومين من زيارة وزير الخارجية السوري فيصل المقداد إلى جدة يوم الأربعاء الماضي.\n\n"
                     "كما أجرى الرئيس الأسد في العشرين من شباط الماضي زيارة رسمية إلى سلطنة عمان التقى خلالها السلطان هيثم بن طارق في مسقط.\n")
    visits = {frozenset(_countries(e)): e for e in _events(doc, "CONSULT") if e.mode == "visit"}
    assert visits[frozenset({"SAU", "SYR"})].date == "2023-04-12"
    assert visits[frozenset({"OMN", "SYR"})].location.name == "Muscat"


def test_a_crowd_in_front_of_a_state_s_building_protests_against_it(options, tmp_path):
    """"وتظاهر العشرات مساء أمس أمام مركز منح التأشيرات التركية في بغداد": Iraqis against Turkey;
    "أمام السفارة الأمريكية": against the United States."""
    doc = _text_page(options, tmp_path, "بغداد\n\nالخميس 21 تموز 2022\n\n",
                     "وتظاهر العشرات مساء أمس أمام مركز منح التأشيرات التركية في بغداد، ورددوا هتافات منددة بالقصف.\n\n"
                     "وتظاهر المئات اليوم أمام السفارة الأمريكية في بغداد احتجاجا على الغارات.\n")
    protests = {e.date: _countries(e) for e in _events(doc, "PROTEST")}
    assert protests == {"2022-07-20": {"IRQ", "TUR"}, "2022-07-21": {"IRQ", "USA"}}


def test_a_day_said_inside_the_month_dates_the_visit(options, tmp_path):
    """"وكان المقداد قد زار القاهرة مطلع الشهر الجاري، حيث أجرى في الأول من أبريل (نيسان) مباحثات
    مع وزير الخارجية المصري سامح شكري": 1 April, not the month."""
    doc = _text_page(options, tmp_path, "القاهرة\n\nالسبت 15 نيسان 2023\n\n",
                     "التقى وزير الخارجية السعودي وزراء الخارجية العرب في جدة أمس.\n\n"
                     "وكان وزير الخارجية السوري فيصل المقداد قد زار القاهرة مطلع الشهر الجاري، حيث أجرى في الأول من أبريل (نيسان) "
                     "مباحثات مع وزير الخارجية المصري سامح شكري.\n")
    visit = next(e for e in _events(doc, "CONSULT") if _countries(e) == {"SYR", "EGY"})
    assert visit.date == "2023-04-01"


def test_the_nisba_of_the_killed_names_the_victims(options, tmp_path):
    """"قُتل تاجر مخدرات سوري بارز ... في غارة جوية يرجح أنها أردنية": Jordan strikes, Syrians die."""
    doc = _text_page(options, tmp_path, "السويداء\n\nالاثنين 8 أيار 2023\n\n",
                     "قُتل تاجر مخدرات سوري بارز مع زوجته وأطفالهما الستة، فجر اليوم الاثنين، في غارة جوية يرجح أنها أردنية "
                     "استهدفت منزله في ريف محافظة السويداء قرب الحدود مع الأردن.\n")
    (strike,) = _events(doc, "ASSAULT")
    assert _countries(strike) == {"JOR", "SYR"} and strike.date == "2023-05-08"


def test_the_meeting_a_minister_takes_part_in_is_the_event(options, tmp_path):
    """"كما شارك وزير الخارجية السوري فيصل المقداد، يوم الأربعاء الماضي، في الاجتماع التحضيري
    لوزراء الخارجية العرب في جدة، في أول مشاركة ... منذ تعليق عضوية دمشق في نوفمبر 2011": the
    meeting of last Wednesday (it was taken as the occasion, and 2011 dated the meetings after)."""
    doc = _text_page(options, tmp_path, "جدة\n\nالجمعة 19 أيار 2023\n\n",
                     "كما شارك وزير الخارجية السوري فيصل المقداد، يوم الأربعاء الماضي، في الاجتماع التحضيري لوزراء الخارجية "
                     "العرب في جدة بدعوة من نظيره السعودي فيصل بن فرحان، في أول مشاركة لوزير خارجية سوري في اجتماعات وزراء الخارجية العرب منذ تعليق عضوية دمشق في نوفمبر 2011.\n")
    dates = {e.date for e in _events(doc, "CONSULT")}
    assert dates == {"2023-05-17"}


def test_a_meeting_with_its_partner_named_takes_no_one_else_from_the_sentence(options, tmp_path):
    """"وجاء موقف ميقاتي في بيان صدر عقب اجتماعه ... مع وزير الخارجية والمغتربين عبد الله بو
    حبيب، إذ أكد الجانبان استمرار دعم لبنان لمساعي الوسيط الأميركي آموس هوكستين": Mikati met
    his foreign minister; the US mediator whose efforts they back was not there."""
    doc = _text_page(options, tmp_path, "بيروت\n\nالاثنين 4 تموز 2022\n\n",
                     "أعلن رئيس حكومة تصريف الأعمال في لبنان نجيب ميقاتي، اليوم الاثنين، رفضه إطلاق المسيرات.\n\n"
                     "وجاء موقف ميقاتي في بيان صدر عقب اجتماعه في السراي الحكومي ببيروت مع وزير الخارجية والمغتربين عبد الله بو حبيب، "
                     "إذ أكد الجانبان استمرار دعم لبنان لمساعي الوسيط الأميركي آموس هوكستين للتوصل إلى اتفاق.\n")
    meetings = [e for e in _events(doc, "CONSULT")]
    assert meetings and all("USA" not in _countries(e) for e in meetings)


def test_a_reception_named_by_its_noun_and_its_host(options, tmp_path):
    """"وتأتي زيارة شكري بعد يوم واحد من استقبال الرئيس الأسد أمس وفد الاتحاد البرلماني العربي
    برئاسة رئيس مجلس النواب العراقي محمد الحلبوسي": Assad received the Iraqi speaker yesterday;
    "استعداد لاستقبال المقاتلين العائدين" receives no one's visit."""
    doc = _text_page(options, tmp_path, "دمشق\n\nالاثنين 27 شباط 2023\n\n",
                     "استقبل الرئيس بشار الأسد اليوم وزير الخارجية المصري سامح شكري في دمشق.\n\n"
                     "وتأتي زيارة شكري بعد يوم واحد من استقبال الرئيس الأسد أمس وفد الاتحاد البرلماني العربي برئاسة رئيس مجلس "
                     "النواب العراقي محمد الحلبوسي.\n\n"
                     "وقالت تركيا إنها على استعداد لاستقبال المقاتلين العائدين من سوريا.\n")
    visits = {frozenset(_countries(e)): e.date for e in _events(doc, "CONSULT")}
    assert visits.get(frozenset({"SYR", "IRQ"})) == "2023-02-26" and frozenset({"TUR", "SYR"}) not in visits


def test_heading_to_a_place_is_a_visit(options, tmp_path):
    """"ومن المقرر أن يتوجه الوزير شكري بعد مغادرته دمشق إلى تركيا": a visit to Turkey, planned
    (was a third-party meeting with Assad, from the sentence before)."""
    doc = _text_page(options, tmp_path, "دمشق\n\nالاثنين 27 شباط 2023\n\n",
                     "استقبل الرئيس بشار الأسد اليوم وزير الخارجية المصري سامح شكري في دمشق.\n\n"
                     "ومن المقرر أن يتوجه الوزير شكري بعد مغادرته دمشق إلى تركيا في إطار جولة تشمل البلدين المتضررين من الزلزال.\n")
    planned = [e for e in _events(doc, "CONSULT") if e.status == "planned"]
    assert [(e.mode, _countries(e)) for e in planned] == [("visit", {"EGY", "TUR"})]


def test_a_rejection_announced_with_its_pronoun(options, tmp_path):
    """"وفي السادس من أكتوبر، أعلنت إسرائيل رفضها التعديلات اللبنانية": Israel rejects Lebanon's
    amendments on 6 October."""
    doc = _text_page(options, tmp_path, "بيروت\n\nالثلاثاء 11 تشرين الأول 2022\n\n",
                     "وفي السادس من أكتوبر/تشرين الأول، أعلنت إسرائيل رفضها التعديلات اللبنانية على مسودة الاتفاق.\n")
    (rejection,) = _events(doc, "REJECT")
    assert _countries(rejection) == {"ISR", "LBN"} and rejection.date == "2022-10-06"


def test_the_envoy_received_is_a_party_not_a_broker(options, tmp_path):
    """"استقبل رئيس الجمهورية العماد ميشال عون في قصر بعبدا الوسيط الأميركي، في حضور نائب رئيس
    مجلس النواب الياس بو صعب": a visit of the US envoy, no third-party talks."""
    doc = _text_page(options, tmp_path, "بيروت\n\nالخميس 27 تشرين الأول 2022\n\n",
                     "وقبل ظهر اليوم، استقبل رئيس الجمهورية العماد ميشال عون في قصر بعبدا الوسيط الأميركي، في حضور نائب "
                     "رئيس مجلس النواب الياس بو صعب.\n")
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.mode == "visit" and meeting.mediator is None and _countries(meeting) == {"LBN", "USA"}


def test_a_ratification_is_an_agreement(options, tmp_path):
    """"وفي القدس، صادقت الحكومة الإسرائيلية صباح اليوم على الاتفاق ووقّعه رئيس الوزراء يائير لابيد"."""
    doc = _text_page(options, tmp_path, "القدس\n\nالخميس 27 تشرين الأول 2022\n\n",
                     "وفي القدس، صادقت الحكومة الإسرائيلية صباح اليوم على الاتفاق ووقّعه رئيس الوزراء يائير لابيد.\n")
    (ratified,) = _events(doc, "AGREE")
    assert ratified.date == "2022-10-27" and _countries(ratified) == {"ISR"}


def test_unnamed_forces_are_the_country_the_page_is_about(options, tmp_path):
    """"وفي الداخل، أوقفت قوات الأمن يوم الجمعة النائب ياسين العياري، رئيس حركة "أمل وعمل"" on a
    page about Tunisia: Tunisia's forces arrest (the Algerian minister of the sentence before did
    not, and "حركة "أمل" is not Lebanon's Amal Movement)."""
    doc = _text_page(options, tmp_path, "تونس\n\nالأحد 1 آب 2021\n\n",
                     "أجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون، وأكد رئيس الحكومة التونسية "
                     "أن تونس ستعود إلى المسار الديمقراطي.\n\n"
                     "واستقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري رمطان لعمامرة في قصر قرطاج.\n\n"
                     "وفي الداخل، أوقفت قوات الأمن يوم الجمعة النائب ياسين العياري، رئيس حركة \"أمل وعمل\"، في منزله بتونس.\n")
    (arrest,) = _events(doc, "COERCE")
    assert _countries(arrest) == {"TUN"} and arrest.date == "2021-07-30"


def test_the_lead_and_its_retelling_dated_yesterday_are_one_call(options, tmp_path):
    """RT Arabic: the lead "أجرى مستشار الأمن القومي الأمريكي جيك سوليفان اتصالا هاتفيا بالرئيس
    التونسي قيس سعيد" and then "أجرى ... سوليفان، أمس السبت، اتصالا هاتفيا مع الرئيس التونسي":
    one call, of Saturday."""
    doc = _text_page(options, tmp_path, "موسكو\n\n01.08.2021\n\n",
                     "أجرى مستشار الأمن القومي الأمريكي جيك سوليفان اتصالا هاتفيا بالرئيس التونسي قيس سعيد.\n\n"
                     "أجرى مستشار الأمن القومي الأمريكي جيك سوليفان، أمس السبت، اتصالا هاتفيا مع الرئيس التونسي قيس سعيد، "
                     "حثه فيه على الإسراع في العودة إلى المسار الديمقراطي.\n")
    assert [e.date for e in _events(doc, "CONSULT")] == ["2021-07-31"]


def test_the_conference_at_whose_close_no_one_named_pledged(options, tmp_path):
    """"تعهد قادة ومسؤولو 12 دولة وأربع منظمات دولية وإقليمية، في ختام المؤتمر الدولي حول ليبيا الذي
    استضافته العاصمة الألمانية برلين أمس (الأحد)": the pledge names no one; the conference of
    yesterday is reported, its participants in the sentence after."""
    doc = _text_page(options, tmp_path, "برلين\n\nالاثنين 20 كانون الثاني 2020\n\n",
                     "تعهد قادة ومسؤولو 12 دولة وأربع منظمات دولية وإقليمية، في ختام المؤتمر الدولي حول ليبيا الذي استضافته "
                     "العاصمة الألمانية برلين أمس (الأحد)، باحترام حظر توريد الأسلحة إلى ليبيا.\n\n"
                     "وشارك في المؤتمر الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان والرئيس الفرنسي إيمانويل ماكرون.\n")
    meetings = _events(doc, "CONSULT")
    assert any(e.date == "2020-01-19" and {"RUS", "TUR", "FRA"} <= _countries(e) for e in meetings)


def test_a_request_made_in_a_call_to_the_one_called(options, tmp_path):
    """"أجرى مستشار الأمن القومي الأمريكي جيك سوليفان، أمس السبت، اتصالا هاتفيا مع الرئيس التونسي قيس
    سعيد، حثه فيه على الإسراع في العودة إلى المسار الديمقراطي": the call, and a request in it."""
    doc = _text_page(options, tmp_path, "تونس\n\nالأحد 1 آب 2021\n\n",
                     "أجرى مستشار الأمن القومي الأمريكي جيك سوليفان، أمس السبت، اتصالا هاتفيا مع الرئيس التونسي قيس سعيد، "
                     "حثه فيه على الإسراع في العودة إلى المسار الديمقراطي.\n")
    (request,) = _events(doc, "REQUEST")
    assert _countries(request) == {"USA", "TUN"} and request.date == "2021-07-31"


def test_said_so_at_a_meeting_of_the_speaker(options, tmp_path):
    """"قال الرئيس التركي رجب طيب أردوغان، الخميس، إن بلاده ستواصل الوقوف إلى جانب الحكومة الليبية.
    جاء ذلك في مؤتمر صحفي مشترك عقده مع ... فائز السراج، ... عقب لقاء ثنائي مغلق بينهما": Erdogan's
    meeting with Sarraj."""
    doc = _text_page(options, tmp_path, "أنقرة\n\n04.06.2020\n\n",
                     "قال الرئيس التركي رجب طيب أردوغان، الخميس، إن بلاده ستواصل الوقوف إلى جانب الحكومة الليبية الشرعية.\n\n"
                     "جاء ذلك في مؤتمر صحفي مشترك عقده مع رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج، في المجمع "
                     "الرئاسي بالعاصمة أنقرة، عقب لقاء ثنائي مغلق بينهما.\n")
    assert any(_countries(e) >= {"TUR", "LBY"} for e in _events(doc, "CONSULT"))


def test_a_meeting_after_which_the_lead_s_speaker_spoke_today(options, tmp_path):
    """"أعلن الرئيس عبد الفتاح السيسى، اليوم السبت، مبادرة "إعلان القاهرة" ...، وذلك خلال مؤتمر صحفى
    عقده بالقاهرة بحضور ... عقيلة صالح ... وخليفة حفتر ...، عقب لقائه بهما": that Saturday's meeting."""
    doc = _text_page(options, tmp_path, "القاهرة\n\nالسبت 6 يونيو 2020\n\n",
                     "أعلن الرئيس عبد الفتاح السيسى، رئيس الجمهورية، اليوم السبت، مبادرة \"إعلان القاهرة\" لحل الأزمة فى ليبيا، "
                     "وذلك خلال مؤتمر صحفى عقده بالقاهرة بحضور المستشار عقيلة صالح رئيس مجلس النواب الليبى، والمشير خليفة حفتر "
                     "القائد العام للجيش الوطنى الليبى، عقب لقائه بهما.\n")
    assert [(e.date, _countries(e) >= {"EGY", "LBY"}) for e in _events(doc, "CONSULT")] == [("2020-06-06", True)]


def test_a_date_after_since_never_dates_the_event(options, tmp_path):
    """"فيما تتوقف المفاوضات غير المباشرة بين لبنان وإسرائيل منذ أيار 2021": the talks are not of
    May 2021 (the only date of the clause still dated them)."""
    doc = _text_page(options, tmp_path, "بيروت\n\n14.06.2022\n\n",
                     "وكان الوسيط الأمريكي آموس هوكشتاين قد زار بيروت في فبراير/ شباط الماضي، حيث قدم مقترحا لحل النزاع، فيما "
                     "تتوقف المفاوضات غير المباشرة بين لبنان وإسرائيل منذ أيار 2021.\n")
    meetings = _events(doc, "CONSULT")
    assert any(e.date == "2022-02" and _countries(e) == {"USA", "LBN"} for e in meetings)  # (the visit is there)
    assert all(e.date != "2021-05" for e in meetings)


def test_and_had_opens_a_recap_of_its_own(options, tmp_path):
    """"وتأتي الزيارة بعد أكثر من شهر على اجتماع أمني رفيع عُقد في بغداد في 14 مارس الماضي، شارك فيه
    ... هاكان فيدان ...، وكان السوداني قد زار أنقرة في مارس من العام الماضي": the Baghdad meeting of
    14 March, and the visit to Ankara a year before (the visit had swallowed the meeting)."""
    doc = _text_page(options, tmp_path, "بغداد\n\n22 أبريل 2024\n\n",
                     "استقبل رئيس الوزراء العراقي محمد شياع السوداني الرئيس التركي رجب طيب أردوغان في بغداد اليوم الاثنين.\n\n"
                     "وتأتي الزيارة بعد أكثر من شهر على اجتماع أمني رفيع عُقد في بغداد في 14 مارس (آذار) الماضي، شارك فيه من "
                     "الجانب التركي وزير الخارجية هاكان فيدان ونظيره العراقي فؤاد حسين، وكان السوداني قد زار أنقرة في مارس من العام الماضي.\n")
    dates = sorted(e.date for e in _events(doc, "CONSULT"))
    assert dates == ["2023-03", "2024-03-14", "2024-04-22"]


def test_a_passive_with_its_count_after_a_phrase_takes_no_subject_from_before(options, tmp_path):
    """"وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم بالأسلحة الكيماوية في مدينة دوما.
    وقتل في الهجوم المزعوم 60 شخصا على الأقل": the United States killed no one."""
    doc = _text_page(options, tmp_path, "دمشق\n\nالسبت 14 نيسان 2018\n\n",
                     "وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم بالأسلحة الكيماوية في مدينة دوما.\n\n"
                     "وقتل في الهجوم المزعوم 60 شخصا على الأقل، وأصيب أكثر من 1000 آخرين.\n")
    assert [_countries(e) for e in _events(doc, "ACCUSE")] == [{"USA", "SYR"}]  # (the accusation is there)
    assert all("USA" not in _countries(e) for e in _events(doc, "ASSAULT"))


def test_two_delegations_condemn_nothing_and_agree_on_the_last_day(options, tmp_path):
    """"اختتم وفدان من تركيا ومصر، اليوم الخميس، جولة مشاورات" ("وفدان": two delegations, not "و"
    + "فدان" + "دان", a condemnation); "وأضاف البيان أن الجانبين اتفقا على مواصلة المشاورات" after a
    round of 7 and 8 September: the agreement of its last day."""
    doc = _text_page(options, tmp_path, "أنقرة\n\n8 سبتمبر 2021\n\n",
                     "اختتم وفدان من تركيا ومصر، اليوم الأربعاء، جولة مشاورات استكشافية في أنقرة استمرت يومي 7 و8 سبتمبر الجاري.\n\n"
                     "وقال بيان مشترك إن المباحثات كانت صريحة، وأضاف البيان أن الجانبين اتفقا على مواصلة المشاورات.\n")
    assert not _events(doc, "ACCUSE")
    assert [e.date for e in _events(doc, "AGREE")] == ["2021-09-08"]


def test_the_two_sides_of_one_state_named_after_bayna(options, tmp_path):
    """"بين الجيش السوداني وقوات الدعم السريع ...، بعد أن وقّع ممثلو الطرفين الاتفاق": the two the
    sentence named after "بين" are the dual's, though both are Sudanese; and later, "الطرفان" of
    the story are those two (not the mediator's state, named as often)."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالاثنين 22 أيار 2023\n\n",
                     "تدخل اتفاقية وقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ مساء اليوم، "
                     "بعد أن وقّع ممثلو الطرفين الاتفاق في مدينة جدة مساء السبت بوساطة سعودية أمريكية.\n\n"
                     "وقالت الولايات المتحدة إنها ستراقب الالتزام بالاتفاق مع السعودية.\n\n"
                     "ميدانيا، تبادل الطرفان الاتهامات بخرق الهدنة أمس الأحد.\n")
    (agree,) = [e for e in _events(doc, "AGREE") if e.date == "2023-05-20"]
    sides = {"sudanese-armed-forces", "rapid-support-forces"}
    assert {a.entity for a in agree.actors} == sides and agree.mediator == "SAU"
    (accuse,) = _events(doc, "ACCUSE")
    assert {a.entity for a in accuse.actors} == sides


def test_an_approval_with_its_pronoun_and_the_world_s_parties_named_by_no_one(options, tmp_path):
    """"أعلنت حركة حماس موافقتها على المقترح المصري": an agreement (the verbal noun with its
    pronoun), not a request through "المقترح"; "كما دعت كافة الأطراف الدولية" names no party told
    before, so the request beside it keeps its own (Israel's side)."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالثلاثاء 7 أيار 2024\n\n",
                     "وأعلنت حركة حماس موافقتها على المقترح المصري القطري لوقف إطلاق النار مساء أمس.\n\n"
                     "وطالبت مصر الجانب الإسرائيلي اليوم بممارسة أقصى درجات ضبط النفس، كما دعت كافة الأطراف الدولية "
                     "المؤثرة إلى التدخل لنزع فتيل الأزمة.\n")
    assert not [e for e in _events(doc, "REQUEST") if e.date == "2024-05-06"]
    (agree,) = _events(doc, "AGREE")
    assert "hamas" in {a.entity for a in agree.actors} and agree.date == "2024-05-06"
    (request,) = _events(doc, "REQUEST")
    assert _countries(request) == {"EGY", "ISR"}


def test_a_broker_told_of_in_a_relative_clause_brokers_nothing_here(options, tmp_path):
    """"وقالت سلطنة عمان، التي تتوسط بين الرياض والحوثيين، إنها تستنكر ...": the clause set off by
    commas tells who Oman is; the condemnation has no broker."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالجمعة 12 كانون الثاني 2024\n\n",
                     "وقالت سلطنة عمان، التي تتوسط بين الرياض والحوثيين، إنها تستنكر اليوم الضربات الأمريكية على اليمن.\n")
    (accuse,) = _events(doc, "ACCUSE")
    assert accuse.mediator is None and {"OMN", "USA"} <= _countries(accuse)


def test_a_summit_dated_by_its_relative_clause_of_hosting_is_one_with_its_retelling(options, tmp_path):
    """"طالبت قمة دول جوار السودان، التي استضافتها القاهرة أمس (الخميس)، الأطراف ...": the summit
    the lead names, its day given by the clause of hosting (its parties in the retelling), is one
    event with "وشارك في القمة كل من ...", dated the day before the page."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالجمعة 14 تموز 2023\n\n",
                     "طالبت قمة دول جوار السودان، التي استضافتها القاهرة أمس (الخميس)، الأطراف المتحاربة في السودان بوقف فوري لإطلاق النار.\n\n"
                     "وشارك في القمة كل من الرئيس الإريتري أسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد ورئيس جنوب السودان سلفا كير.\n\n"
                     "وأكد البيان الختامي للقمة الاحترام الكامل لسيادة السودان.\n")
    (summit,) = _events(doc, "CONSULT")
    assert summit.date == "2023-07-13" and {"ERI", "ETH", "SSD"} <= _countries(summit)


def test_a_visit_named_with_a_demonstrative_is_not_what_followed_it(options, tmp_path):
    """"وأعقبت تلك الزيارة عملية تبادل ... نُفذت بين 14 و16 نيسان": the visit told before; the
    days are the exchange's, no visit's (a prisoner exchange is a concession)."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالأربعاء 20 أيلول 2023\n\n",
                     "وكان السفير السعودي محمد آل جابر قد زار صنعاء في التاسع من نيسان الماضي على رأس وفد.\n\n"
                     "وأعقبت تلك الزيارة عملية تبادل لنحو 900 محتجز بين الحكومة اليمنية والحوثيين، نُفذت بين 14 و16 نيسان.\n")
    assert not [e for e in _events(doc, "CONSULT") if e.date and e.date.startswith("2023-04-1")]


def test_a_speaker_named_after_said_is_no_sign_of_the_story_s_subject(options, tmp_path):
    """"إذ قال الدفاع المدني في غزة إن عشرات الفلسطينيين استشهدوا": the civil defence (no defence
    ministry) tells of others; the subject of the sentence before (Egypt's president) is not the
    one who attacked."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالخميس 16 كانون الثاني 2025\n\n",
                     "ورحب الرئيس المصري عبد الفتاح السيسي اليوم بالاتفاق ودعا إلى تسريع دخول المساعدات.\n\n"
                     "وعلى الأرض، لم يتوقف القصف بعد الإعلان، إذ قال الدفاع المدني في غزة إن عشرات الفلسطينيين "
                     "استشهدوا في غارات على مناطق متفرقة من القطاع اليوم.\n")
    (attack,) = _events(doc, "ASSAULT")
    assert "EGY" not in _countries(attack) and "PSE" in _countries(attack)
    assert all(a.name != "defence ministry" for e in doc.events for a in e.actors)


def test_the_two_sides_are_the_two_leaders_the_sentence_joined_before(options, tmp_path):
    """"لقاء الرئيس عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد في سوتشي ...، حيث اتفق
    الجانبان": the two leaders joined by "و" (a title between), not the story's first parties."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالخميس 7 تشرين الثاني 2019\n\n",
                     "استقبل الرئيس الأمريكي دونالد ترامب في البيت الأبيض أمس وزير الخارجية المصري سامح شكري.\n\n"
                     "ويأتي اجتماع واشنطن بعد لقاء الرئيس عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد في مدينة سوتشي "
                     "يوم 24 أكتوبر الماضي، حيث اتفق الجانبان على استئناف أعمال اللجنة الفنية.\n")
    (agree,) = _events(doc, "AGREE")
    assert {a.entity for a in agree.actors} == {"abdel-fattah-el-sisi", "abiy-ahmed"}


def test_submitting_a_request_with_the_subject_between_is_a_request(options, tmp_path):
    """"وكانت مصر قد تقدمت، في 19 يونيو، بطلب إلى مجلس الأمن الدولي للتدخل": "تقدمت ... بطلب",
    the verb and its request parted by the subject and the date (not "تقدمت القوات": advanced)."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالسبت 27 حزيران 2020\n\n",
                     "وكانت مصر قد تقدمت، في 19 يونيو الجاري، بطلب إلى مجلس الأمن الدولي للتدخل في أزمة سد النهضة.\n\n"
                     "وتقدمت القوات الإثيوبية أمس نحو الحدود.\n")
    (request,) = _events(doc, "REQUEST")
    assert request.date == "2020-06-19" and "EGY" in _countries(request)


def test_an_earlier_meeting_is_dated_by_its_own_day_after_its_long_list_of_parties(options, tmp_path):
    """"إثر لقاء جمع الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد في القاهرة في
    13 يوليو الماضي، ... اتفقا خلاله": the meeting's day stands after its two parties; the agreement
    reached during it has that day, not the page's."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالأربعاء 20 كانون الأول 2023\n\n",
                     "أعلنت مصر اليوم فشل الجولة الأخيرة من مفاوضات سد النهضة مع إثيوبيا.\n\n"
                     "وكانت المفاوضات قد استؤنفت بعد توقف دام أكثر من عامين، إثر لقاء جمع الرئيس المصري عبد الفتاح السيسي "
                     "ورئيس الوزراء الإثيوبي آبي أحمد في القاهرة في 13 يوليو الماضي، اتفقا خلاله على الشروع في مفاوضات عاجلة.\n")
    assert any(e.date == "2023-07-13" for e in _events(doc, "CONSULT"))
    (agree,) = _events(doc, "AGREE")
    assert agree.date == "2023-07-13"


def test_the_three_states_are_the_story_s_three_unless_the_sentence_just_named_them(options, tmp_path):
    """"وكانت الدول الثلاث قد اتفقت": the three states the story is about (Egypt, Ethiopia, Sudan),
    not the last three named (the United States among them)."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالسبت 29 شباط 2020\n\n",
                     "وقعت مصر بالأحرف الأولى على اتفاق سد النهضة، فيما تغيبت إثيوبيا عن الاجتماع وشارك السودان دون أن يوقع.\n\n"
                     "وأبدت مصر أسفها لغياب إثيوبيا، بينما قال السودان إنه يدرس النص، ورحبت الولايات المتحدة بتوقيع مصر.\n\n"
                     "وكانت الدول الثلاث قد اتفقت، في ختام اجتماعات واشنطن بين 28 و31 كانون الثاني الماضي، على إعداد الاتفاق النهائي.\n")
    (agree,) = [e for e in _events(doc, "AGREE") if e.date and e.date.startswith("2020-01")]
    assert {"EGY", "ETH", "SDN"} <= _countries(agree) and "USA" not in _countries(agree)


def test_the_two_men_are_the_last_two_people_named(options, tmp_path):
    """"وكان من المقرر أن يلتقي الرجلان في جيبوتي أواخر ديسمبر": Burhan and Hemedti, named before,
    both Sudanese, in the December before the page."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالسبت 20 كانون الثاني 2024\n\n",
                     "وأعلنت إيجاد أن رئيس مجلس السيادة عبد الفتاح البرهان وقائد قوات الدعم السريع محمد حمدان دقلو وافقا على لقاء مباشر.\n\n"
                     "وكان من المقرر أن يلتقي الرجلان في جيبوتي أواخر ديسمبر، قبل أن يؤجل اللقاء.\n")
    meeting = next(e for e in _events(doc, "CONSULT") if e.location and e.location.name == "Djibouti")
    assert {a.entity for a in meeting.actors} >= {"abdel-fattah-al-burhan", "mohamed-hamdan-dagalo"} and meeting.date == "2023-12"


def test_a_host_receiving_the_traveller_by_pronoun_is_a_stop_of_his_tour(options, tmp_path):
    """"...، ثم توجه إلى جوبا حيث التقى ...، قبل أن يستقبله أمير قطر الشيخ تميم بن حمد في الدوحة
    الخميس الماضي": the pronoun is the traveller (Burhan), not the host of the stop before."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالخميس 14 أيلول 2023\n\n",
                     "وشملت جولة البرهان خمس دول، إذ استهلها بمصر حيث التقى الرئيس عبد الفتاح السيسي في العلمين، ثم توجه "
                     "إلى جوبا حيث التقى رئيس جنوب السودان سلفا كير ميارديت، قبل أن يستقبله أمير قطر الشيخ تميم بن حمد آل ثاني "
                     "في الدوحة الخميس الماضي.\n")
    doha = next(e for e in _events(doc, "CONSULT") if e.location and e.location.name == "Doha")
    assert {a.entity for a in doha.actors} == {"abdel-fattah-al-burhan", "tamim-bin-hamad"} and doha.date == "2023-09-07"


def test_some_days_before_a_dated_visit_is_the_week_before_it(options, tmp_path):
    """"وبعد أيام من لقاء وزير الخارجية السعودي ... ونظيره الإيراني ...": some days before the visit
    the lead dates, within the week (not the visit's own day)."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالاثنين 10 نيسان 2023\n\n",
                     "وصل إلى صنعاء أمس الأحد وفد سعودي برئاسة السفير محمد آل جابر والتقى رئيس المجلس السياسي مهدي المشاط.\n\n"
                     "وتأتي الزيارة بعد أيام من لقاء وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الإيراني حسين أمير "
                     "عبداللهيان في العاصمة الصينية.\n")
    (beijing,) = [e for e in _events(doc, "CONSULT") if "IRN" in _countries(e)]
    assert beijing.date == "2023-04-02/2023-04-08"


def test_a_clause_joined_to_a_dated_statement_takes_its_day(options, tmp_path):
    """"وكانت وزارة الموارد المائية قد أعلنت في الخامس من أكتوبر الماضي، عقب اجتماع ...، أن
    المفاوضات وصلت إلى طريق مسدود، وطالبت مصر بمشاركة طرف دولي": the request of that day, not the
    story's."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالخميس 7 تشرين الثاني 2019\n\n",
                     "اتفق وزراء خارجية مصر والسودان وإثيوبيا أمس في واشنطن على عقد اجتماعات فنية.\n\n"
                     "وكانت وزارة الموارد المائية قد أعلنت في الخامس من أكتوبر الماضي، عقب اجتماع وزراء المياه في الخرطوم، "
                     "أن المفاوضات وصلت إلى طريق مسدود نتيجة تشدد الجانب الإثيوبي، وطالبت مصر بمشاركة طرف دولي في المفاوضات.\n")
    (request,) = _events(doc, "REQUEST")
    assert request.date == "2019-10-05"


def test_shock_expressed_at_another_s_words_is_disapproval(options, tmp_path):
    """"أعربت وزارة الخارجية المصرية عن صدمتها للتصريحات المنسوبة لرئيس الوزراء الإثيوبي": an
    accusation (disapproval) of Ethiopia, not the mobilising the words spoke of."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالخميس 24 تشرين الأول 2019\n\n",
                     "أعربت وزارة الخارجية المصرية أمس عن صدمتها للتصريحات المنسوبة لرئيس الوزراء الإثيوبي أمام برلمان بلاده "
                     "بشأن إمكانية حشد الملايين.\n")
    (accuse,) = _events(doc, "ACCUSE")
    assert _countries(accuse) == {"EGY", "ETH"} and not _events(doc, "MOBILIZE")


def test_a_party_that_stayed_away_is_none(options, tmp_path):
    """"انطلقت في سويسرا محادثات ...، وسط غياب وفد الجيش السوداني": the army stayed away; the talks
    are the others'."""
    doc = _text_page(options, tmp_path, "أخبار\n\nالأربعاء 14 آب 2024\n\n",
                     "انطلقت اليوم في جنيف محادثات لوقف الحرب في السودان بمشاركة وفد قوات الدعم السريع والمبعوث الأمريكي، "
                     "وسط غياب وفد الجيش السوداني عنها.\n")
    (talks,) = _events(doc, "CONSULT")
    assert "sudanese-armed-forces" not in {a.entity for a in talks.actors} and "rapid-support-forces" in {a.entity for a in talks.actors}
