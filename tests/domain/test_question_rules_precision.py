"""The rules ask for the construction they mean, so clean phrasing nobody here wrote is left
alone: sentences written for these tests (none from the corpus), each next to a look-alike
that keeps its finding. Walk 15's W15-6 is the first pair."""

from __future__ import annotations

import pytest

from adviser_desk.domain.questions import (
    BLAMING,
    OPTION_POSING,
    SECRECY_PROMISE,
    SUGGESTIVE,
    check_question,
)


def kinds(text: str, language: str, earlier: tuple[str, ...] = ()) -> set[str]:
    return {f.kind for f in check_question(text, language, earlier)}


def test_a_toch_inside_a_closed_question_is_named_as_the_tag_it_is() -> None:
    """W15-6: the checker called this a yes/no question triggered by "Dat"; the word that
    steers is "toch", which asks the student to confirm what the adviser holds true."""
    findings = check_question("Dat was toch Daan die de foto heeft doorgestuurd?", "nl")
    assert OPTION_POSING not in {f.kind for f in findings}
    tags = [f for f in findings if f.kind == SUGGESTIVE and f.trigger == "toch"]
    assert len(tags) == 1
    assert "Tag question" in tags[0].message
    assert "Dat" not in {f.trigger.strip() for f in findings}


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Je bent toch niet boos op hem?", True),
        ("Hij had je toch al eerder berichten gestuurd?", True),
        # "maar toch" and "toch nog" mean "nevertheless", "still": no tag
        ("Maar toch, wil je me vertellen wat er toen gebeurde?", False),
        ("Heb je daarna toch nog iets van hem gehoord?", False),
        # in a wh-question "toch" is emphasis; the question stays open
        ("Wat was er toch met hem aan de hand?", False),
        # a statement asks nothing
        ("Het is toch goed dat je het nu vertelt.", False),
    ],
)
def test_a_toch_steers_only_in_a_closed_question(text: str, tagged: bool) -> None:
    found = [f for f in check_question(text, "nl") if f.trigger == "toch"]
    assert bool(found) is tagged, text


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        # W15-6: a neutral who-question about others
        ("nl", "Wie heeft de foto als eerste gezien?", False),
        ("nl", "Wie heeft het filmpje als eerste doorgestuurd?", False),
        ("en", "Who saw the picture first?", False),
        ("en", "Who forwarded it first, as far as you know?", False),
        # who started it, pressed home, keeps its blame
        ("nl", "En wie heeft die foto in de eerste plaats gemaakt?", True),
        ("nl", "Maar wie stuurde nou die foto?", True),
        ("en", "And who took that picture in the first place?", True),
    ],
)
def test_who_did_it_first_is_a_fact_unless_pressed_home(
    language: str, text: str, blames: bool
) -> None:
    assert (BLAMING in kinds(text, language)) is blames, text


@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        # a request to tell behind another polite lead is an invitation (NICHD)
        ("en", "Would you like to tell me what happened that night?", False),
        ("en", "Do you want to talk about what he wrote?", False),
        ("en", "Are you able to describe the account to me?", False),
        ("en", "Would you mind telling me a little more about the group chat?", False),
        ("en", "Can I ask what happened after you blocked him?", False),
        ("en", "Could you say a bit more about that?", False),
        ("nl", "Heb je zin om me te vertellen hoe het verder ging?", False),
        ("nl", "Lukt het om te beschrijven wat er in het bericht stond?", False),
        ("nl", "Mag ik vragen wat er daarna gebeurde?", False),
        ("nl", "Kun je daar iets meer over zeggen?", False),
        ("nl", "Wil je nog iets toevoegen?", False),
        # whether to tell someone else, or whether a fact holds, stays closed
        ("en", "Do you want to tell your parents?", True),
        ("en", "Would you like to tell me if he paid?", True),
        ("nl", "Lukt het om je moeder te bellen?", True),
        ("nl", "Heb je zin om te vertellen of hij betaald heeft?", True),
    ],
)
def test_a_polite_request_to_tell_is_an_invitation(language: str, text: str, closed: bool) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed, text


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        # keeping it secret as a topic, or done by others or the student: no promise
        ("nl", "Het zo lang geheimhouden moet zwaar zijn geweest.", False),
        ("nl", "Veel slachtoffers houden het eerst voor zich, dat is normaal.", False),
        ("nl", "Niemand gaat je uitlachen omdat je dit vertelt.", False),
        ("en", "Keeping it a secret that long takes a lot out of you.", False),
        ("en", "Lots of victims keep it to themselves at first.", False),
        ("en", "You've kept this to yourself for weeks, and now you're telling me.", False),
        # the adviser's keeping, and nobody finding out, stay promises
        ("nl", "Dit kunnen we gewoon geheimhouden, hoor.", True),
        ("nl", "Niemand komt erachter dat jij het zei.", True),
        ("nl", "Niemand gaat het ooit te weten komen.", True),
        ("en", "I'm keeping this between the two of us.", True),
    ],
)
def test_secrecy_needs_the_adviser_keeping_it(language: str, text: str, promise: bool) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise, text


@pytest.mark.parametrize(
    ("language", "text", "presumes"),
    [
        ("nl", "Je baalde er enorm van, zei je. Waar kwam dat door?", False),
        ("en", "You were gutted about it, you said. What was that like?", False),
        ("en", "I want to write it down right.", False),
        # a guess the adviser states as fact keeps its finding
        ("nl", "Je baalde er enorm van. Waar kwam dat door?", True),
        ("en", "He knew how old you were right", True),
    ],
)
def test_the_students_words_attributed_presume_nothing(
    language: str, text: str, presumes: bool
) -> None:
    assert (SUGGESTIVE in kinds(text, language)) is presumes, text


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        ("en", "What made you decide to come and talk to me this week?", False),
        ("en", "I'm curious why you came to see me today.", False),
        ("nl", "Ik vraag me af waarom je vandaag bent gekomen.", False),
        # late telling, or the student's act, keeps its blame
        ("en", "Why did you only come to me now?", True),
        ("en", "What made you send it to him?", True),
        ("nl", "Waarom ben je pas nu gekomen?", True),
    ],
)
def test_why_the_student_came_is_no_reproach(language: str, text: str, blames: bool) -> None:
    assert (BLAMING in kinds(text, language)) is blames, text


@pytest.mark.parametrize(
    ("language", "text", "presumes"),
    [
        # a denied consequence is reassurance, not a reason stated as fact
        ("nl", "Je hoeft je niet schuldig te voelen omdat je hem vertrouwde.", False),
        ("nl", "Je krijgt geen straf omdat je dit komt vertellen.", False),
        ("en", "You're not in trouble because you told me.", False),
        ("en", "You don't need to feel bad because you trusted him.", False),
        # a reason the student never gave keeps its finding
        ("nl", "Je stuurde het omdat je verliefd op hem was.", True),
        ("en", "You sent it because you wanted him to like you.", True),
    ],
)
def test_a_denied_consequence_states_no_reason(language: str, text: str, presumes: bool) -> None:
    assert (SUGGESTIVE in kinds(text, language)) is presumes, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the wh-word contracted or in chat spelling
        ("en", "Where'd you see it first?"),
        ("en", "How's school been since then?"),
        ("nl", "wrm denk jij dat hij het doorstuurde?"),
        # the wh-question after a clause and a filler
        ("nl", "Samen zoeken we nu uit wat helpt: wat wil jij, en wat kan ik doen?"),
        # an adverb or thanks opens a statement, not a question
        ("nl", "dank je dat je het me vertelt"),
        ("nl", "wel dat ik je eerst laat weten wie het hoort"),
    ],
)
def test_open_questions_and_statements_are_not_closed_questions(language: str, text: str) -> None:
    assert OPTION_POSING not in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # an ellipsis in a wh-question, and "toch." as "all the same", are no tags
        ("nl", "Met wie wil je dit delen, en met wie liever niet?", False),
        ("nl", "Ondanks alles ben je er toch. Wat gaf de doorslag?", False),
        # a tag keeps its finding
        ("nl", "Je vond hem aardig, of niet?", True),
        ("nl", "Hij zag er ouder uit, toch?", True),
    ],
)
def test_an_ellipsis_or_all_the_same_is_no_tag(language: str, text: str, tagged: bool) -> None:
    assert (SUGGESTIVE in kinds(text, language)) is tagged, text


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        # care: nothing without talking it over first, nothing behind the student's back
        ("nl", "Ik bel niemand zonder dat ik het eerst met jou heb besproken.", False),
        ("nl", "Ik zeg niks tegen je mentor voordat ik het met je heb overlegd.", False),
        ("nl", "Geheimhouden kan ik niet beloven, maar ik doe niks achter je rug om.", False),
        ("en", "Nobody gets told without us discussing it first.", False),
        ("en", "What I do promise: nothing happens behind your back.", False),
        # a plan made together, and someone else's words quoted
        ("nl", "Tussen ons tweeën bedenken we wat de volgende stap is.", False),
        ("en", "Let's figure out between the two of us what happens next.", False),
        ("en", "He kept calling it 'just between us'. What did you make of that?", False),
        ("en", "There's no need to keep secrets from me, I'm on your side.", False),
        # promises keep their finding
        ("nl", "Ik bel niemand, dat beloof ik.", True),
        ("en", "This stays between the two of us.", True),
    ],
)
def test_care_a_joint_plan_and_quoted_words_are_no_promise(
    language: str, text: str, promise: bool
) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise, text


def test_a_summary_the_adviser_asks_to_correct_presumes_nothing() -> None:
    earlier = ("S: Iemand heeft een filmpje van mij op Snapchat gezet.",)
    text = (
        "Als ik het goed begrijp, heeft iemand een filmpje van je op Snapchat gezet. "
        "Verbeter me als ik iets mis."
    )
    assert SUGGESTIVE not in kinds(text, "nl", earlier)
    text = (
        "If I understand you correctly, someone put a video of you on Snapchat. "
        "Correct me if I'm wrong."
    )
    assert SUGGESTIVE not in kinds(text, "en", ("S: Someone put a video of me on Snapchat.",))


def test_a_wh_question_with_had_is_no_counterfactual() -> None:
    assert BLAMING not in kinds("What had you expected the school to do?", "en")
    assert BLAMING in kinds("Had you not sent it, he would have had nothing.", "en")


@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        # an emoji ends a clause as a comma does: the question after it is what is asked
        ("en", "he said he'd tell everyone 😬 what happened next?", False),
        ("nl", "hij bleef maar appen 😳 wat schreef hij?", False),
        ("nl", "vertel maar, hoe ging het verder 👀", False),
        ("en", "he kept messaging 😬 did you answer?", True),
    ],
)
def test_an_emoji_ends_a_clause(language: str, text: str, closed: bool) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed, text


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        # the student's own view, and someone else's motive, are asked openly
        ("nl", "Hoe kijk jij er zelf tegenaan wie hier schuld aan heeft?", False),
        ("en", "What's your own view on who is responsible here?", False),
        ("nl", "waarom bleef die jongen je berichten sturen, denk je?", False),
        ("en", "why'd she share it, do you reckon?", False),
        ("nl", "Sommige mensen zeggen dat het hun eigen schuld is. Wat vind jij?", False),
        ("nl", "Iemand vertrouwen is niet dom.", False),
        ("en", "How long had you known him when he asked for it?", False),
        # blame keeps its finding
        ("nl", "Dat was echt dom van je.", True),
        ("nl", "waarom stonden die foto's nog op je telefoon?", True),
        ("en", "You did this to yourself, you're responsible.", True),
    ],
)
def test_the_students_view_and_others_motive_are_no_blame(
    language: str, text: str, blames: bool
) -> None:
    assert (BLAMING in kinds(text, language)) is blames, text


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        ("nl", "Jij hoort altijd eerst van mij wie het te horen krijgt.", False),
        ("en", "You'll always know before anyone else who I talk to.", False),
        ("nl", "Van mij hoort niemand wat, echt.", True),
    ],
)
def test_hearing_who_is_told_is_transparency(language: str, text: str, promise: bool) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise, text


def test_a_forecast_about_next_steps_presumes_nothing() -> None:
    assert SUGGESTIVE not in kinds("Your mum will probably need to hear about this.", "en")
    assert SUGGESTIVE in kinds("He probably shared it with his mates.", "en")


def test_the_semantic_layer_is_cleared_where_the_rules_read_the_students_or_others_words() -> None:
    """The layer sees sentence vectors, not who said the words: the rules clear it for the
    student's words attributed to them, a summary the student is asked to correct, and someone
    else's words quoted, across the utterance, as they clear themselves."""
    from adviser_desk.domain.question_checker import vetoes

    said = "Bang, zei je. Waar kwam dat vooral door?"
    cleared = vetoes(said, "nl")
    assert (0, len(said)) in cleared[SUGGESTIVE]
    assert (0, len(said)) in cleared[BLAMING]
    # a why about the student's own act after it keeps what the layer finds
    why = "Je stuurde hem een foto, zei je. Waarom deed je dat?"
    last = (why.index("Waarom"), len(why))
    assert last in vetoes(why, "nl")[SUGGESTIVE]
    assert last not in vetoes(why, "nl")[BLAMING]
    summary = "So it started as a joke and then it got scary. Correct me if I'm wrong."
    assert (0, len(summary)) in vetoes(summary, "en")[SUGGESTIVE]
    quoted = "She called it 'our secret'. What else did she say?"
    assert (0, len(quoted)) in vetoes(quoted, "en")[SECRECY_PROMISE]
    # the adviser's own words are not cleared
    promise = "This is our secret. What else did she say?"
    assert (0, len(promise)) not in vetoes(promise, "en")[SECRECY_PROMISE]
    presumed = "So you were terrified. What happened next?"
    assert (0, len(presumed)) not in vetoes(presumed, "en")[SUGGESTIVE]


@pytest.mark.parametrize(
    ("language", "text", "cleared"),
    [
        # the adviser announcing whom they will tell, and an offer to come back, promise no
        # secrecy (the interview guide says both)
        ("en", "I will call your parents today. What would you like me to know before I do?", True),
        ("nl", "Ik ga vandaag je ouders bellen. Wat wil je dat ik weet?", True),
        ("nl", "U kunt altijd bij mij terecht; we spreken elkaar volgende week weer.", True),
        ("en", "You can always come back to me; we'll meet again next week.", True),
        # not when the adviser says they will not tell
        ("en", "I won't call your parents, nobody needs to know.", False),
        ("nl", "Ik ga je ouders niet bellen, niemand hoeft het te weten.", False),
    ],
)
def test_telling_someone_and_an_offer_to_come_back_clear_the_layer(
    language: str, text: str, cleared: bool
) -> None:
    from adviser_desk.domain.question_checker import vetoes

    assert ((0, len(text)) in vetoes(text, language)[SECRECY_PROMISE]) is cleared, text


@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        # the adviser offering practical help, or a step taken together, asks for consent
        ("en", "Shall I note down the helpline for you?", False),
        ("en", "Want me to help you fill in the form?", False),
        ("en", "Would it help if I printed the steps out?", False),
        ("en", "no rush, want to go through the settings together?", False),
        ("nl", "Zal ik het nummer van de hulplijn voor je opschrijven?", False),
        ("nl", "Zullen we samen het formulier invullen?", False),
        ("nl", "Wil je dat ik je help met het blokkeren?", False),
        # what happened, and who is told or asked to join, stay closed questions
        ("en", "Did he want to meet up together?", True),
        ("en", "Shall I ring your dad tonight?", True),
        ("nl", "Wilde hij dat jullie samen afspraken?", True),
        ("nl", "Zal ik je mentor erbij vragen?", True),
    ],
)
def test_an_offer_of_help_asks_consent_not_about_what_happened(
    language: str, text: str, closed: bool
) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed, text


@pytest.mark.parametrize(
    ("language", "text", "steers"),
    [
        # a tag on the adviser's own plan, a permission, advice, a denied fault or a question
        # about what the student wants now asks agreement, and confirms nothing that happened
        ("en", "I'll go through the whole plan with you, okay?", False),
        ("en", "You know you can ring me any time, right?", False),
        ("en", "Don't reply to him any more, eh.", False),
        ("en", "This wasn't on you at all, eh.", False),
        ("en", "What would you like to happen next, eh?", False),
        ("nl", "Ik leg je straks precies uit wat we gaan doen, oké?", False),
        ("nl", "Je weet toch dat je me altijd mag mailen?", False),
        ("nl", "Als het te zwaar wordt, stoppen we even, toch?", False),
        ("nl", "Niet meer op reageren, oké?", False),
        # a tag on what happened, on a guess, on a plan to keep it quiet, or on a question about
        # what happened keeps its finding
        ("en", "He was older than you, eh?", True),
        ("en", "I'll bet he planned it, right?", True),
        ("en", "We'll leave your mum out of it, okay?", True),
        ("en", "but who sent the photo first, eh?", True),
        ("nl", "Je was er kapot van, toch?", True),
        ("nl", "Ik kan me voorstellen dat je je schaamde, klopt dat niet?", True),
    ],
)
def test_a_tag_on_an_offer_a_permission_or_advice_asks_agreement(
    language: str, text: str, steers: bool
) -> None:
    found = kinds(text, language)
    assert (SUGGESTIVE in found) is steers, text
    assert OPTION_POSING not in found, text


@pytest.mark.parametrize(
    ("language", "earlier", "text", "found"),
    [
        # a summary in the student's own words, which the student is asked to confirm
        (
            "nl",
            ("S: Ze lachen me elke dag uit in de appgroep.", "S: Ik wil niet meer naar school."),
            "Ze lachen je elke dag uit in de appgroep en je wilt niet meer naar school, klopt dat?",
            set(),
        ),
        (
            "en",
            ("S: Someone set up a fake account with my pictures.",),
            "Someone set up a fake account with your pictures. Is that correct?",
            set(),
        ),
        ("en", ("S: I blocked him straight away.",), "You blocked him straight away, eh.", set()),
        # a feeling or a motive the student never gave keeps its finding
        (
            "nl",
            ("S: Ze lachen me elke dag uit in de appgroep.", "S: Ik wil niet meer naar school."),
            "Ze lachen je elke dag uit in de appgroep en je schaamt je kapot, klopt dat?",
            {SUGGESTIVE},
        ),
        (
            "en",
            ("S: Someone set up a fake account with my pictures.",),
            "Someone set up a fake account with your pictures to get money. Is that correct?",
            {OPTION_POSING},
        ),
        ("en", ("S: I blocked him straight away.",), "You were terrified, eh.", {SUGGESTIVE}),
    ],
)
def test_a_summary_in_the_students_words_may_be_checked_with_them(
    language: str, earlier: tuple[str, ...], text: str, found: set[str]
) -> None:
    assert kinds(text, language, earlier) == found, text


@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        # a request to be shown what was sent is an invitation, as "Can you tell me ..." is;
        # an indirect wh-question ("Any idea why ...") asks openly
        ("en", "Could you show me the comments they posted?", False),
        ("en", "Would you be willing to show me the photo he used?", False),
        ("en", "Any idea where the account came from?", False),
        ("nl", "Wil je me de appjes laten zien die ze stuurde?", False),
        ("nl", "Heb je enig idee wat hij daarmee wilde?", False),
        # what someone else did, asking permission, and "any idea" about a fact stay closed
        ("en", "Did he show you the comments?", True),
        ("en", "Can I see the messages?", True),
        ("en", "Did you have any idea he was older?", True),
        ("nl", "Liet hij je de appjes zien?", True),
        ("nl", "Mag ik de appjes zien?", True),
    ],
)
def test_a_request_to_be_shown_is_an_invitation(language: str, text: str, closed: bool) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed, text


@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        # the question before an aside, "then" before a wh-word, a contracted wh-word after a
        # clause, and an answer offered with "it" left out are open
        ("nl", "Als je moeder het hoort, wat zegt ze dan, denk je?", False),
        ("en", "And then what did he write?", False),
        ("en", "no rush, how'd you like to start?", False),
        ("en", "who could you talk to? could be anyone at all", False),
        # a closed question stays closed
        ("en", "And then did he write back?", True),
        ("nl", "Als je moeder het hoort, wordt ze boos, denk je?", True),
    ],
)
def test_the_question_asked_is_found_past_asides_and_fillers(
    language: str, text: str, closed: bool
) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed, text


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        # nobody angry or judging, and honest limits in the formal register: no silence
        ("en", "Nobody here is going to judge you, I promise.", False),
        ("en", "No one will be mad at you for this, I promise.", False),
        ("nl", "Niemand gaat boos op je worden, dat beloof ik.", False),
        (
            "nl",
            "Ik kan u niet beloven dat dit onder ons blijft; ik vertel u wel eerst met wie.",
            False,
        ),
        ("nl", "Het contact tussen ons is belangrijk, en bij gevaar schakel ik anderen in.", False),
        # the student need not keep someone else's secret, nor the student's keeping in chat
        ("en", "You don't need to keep her secret any more.", False),
        ("en", "It isn't your job to keep quiet for them.", False),
        ("en", "totally get keepin it secret for a while", False),
        # silence promised keeps its finding
        ("en", "Nobody will hear about this, I promise.", True),
        ("nl", "Niemand hoort dit van mij, dat beloof ik.", True),
        ("nl", "Ik kan u beloven dat dit onder ons blijft.", True),
        ("en", "its secret, dont worry", True),
    ],
)
def test_nobody_judging_and_honest_limits_are_no_promise(
    language: str, text: str, promise: bool
) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise, text


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        # why someone the student named did it, and what made the student tell
        ("nl", "Heb je enig idee waarom je vriendin het doorstuurde?", False),
        ("nl", "waarom zou je broer dat gedaan hebben, denk je?", False),
        ("en", "Any idea why your cousin posted it?", False),
        ("en", "Why he shared it, what do you reckon?", False),
        ("en", "What made you decide to tell someone this week?", False),
        ("nl", "Ik ben benieuwd waarom je het nu aan mij vertelt.", False),
        ("en", "I'll let you know what comes of it after the meeting.", False),
        # the student's own act, late telling and the consequence brought on keep their blame
        ("nl", "Waarom heb je je vriendin die foto gestuurd?", True),
        ("en", "Why did you send your cousin that photo?", True),
        ("nl", "Waarom heb je het pas nu aan iemand verteld?", True),
        ("en", "This is what comes of sending pictures to strangers.", True),
    ],
)
def test_others_named_through_the_student_and_telling_are_no_blame(
    language: str, text: str, blames: bool
) -> None:
    assert (BLAMING in kinds(text, language)) is blames, text


@pytest.mark.parametrize(
    ("language", "earlier", "text", "presumes"),
    [
        # the student's words given back, inflection aside; "vast" in a verb or as an adjective
        (
            "nl",
            ("S: Ik schaam me er echt voor.",),
            "Je schaamt je er echt voor. Wat is het zwaarst?",
            False,
        ),
        ("en", ("S: He keeps sending me DMs.",), "When did the first DM arrive?", False),
        ("nl", (), "Wat je vertelt, leg ik vast in een verslag dat jij mag lezen.", False),
        ("nl", (), "We hebben op school een vast protocol hiervoor.", False),
        # a negation added, a feeling or a detail the student never gave, and a guess keep it
        (
            "nl",
            ("S: Ik schaam me er echt voor.",),
            "Je schaamt je er niet voor. Wat is het zwaarst?",
            True,
        ),
        ("en", ("S: He keeps sending me DMs.",), "When did the first Snapchat arrive?", True),
        ("nl", (), "Hij heeft het vast aan zijn vrienden laten zien.", True),
    ],
)
def test_the_students_words_given_back_presume_nothing(
    language: str, earlier: tuple[str, ...], text: str, presumes: bool
) -> None:
    assert (SUGGESTIVE in kinds(text, language, earlier)) is presumes, text


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        # silence proposed as "how about" or as a wish, kept by the adviser with a modal or in a
        # subordinate order, a named party left out, nothing leaving the room, told to nobody
        ("en", "How about we keep all this between ourselves?", True),
        ("nl", "Wat dacht je ervan om dit tussen ons te houden?", True),
        ("nl", "Ik kan dit best voor mezelf houden, als je dat wilt.", True),
        ("nl", "Dan houden we de mentor hierbuiten.", True),
        ("nl", "Mijn lippen blijven verzegeld.", True),
        ("nl", "Dit gaat niet in je leerlingdossier.", True),
        (
            "nl",
            "Eigenlijk hoort dit bij de zorgcoordinator, maar deze keer laat ik het bij mij.",
            True,
        ),
        ("en", "I'll keep it from your dad if that's what you want.", True),
        ("en", "Nothing you tell me today will leave this room.", True),
        ("en", "Your form tutor need not know about any of this.", True),
        ("en", "None of the teachers will hear it from me.", True),
        ("en", "If you'd rather, I tell it to nobody.", True),
        ("en", "I don't go to your parents with this.", True),
        # the same shapes with care, a plan, honesty or no silence in them stay clean
        ("en", "How about we write down together who you'd like to tell?", False),
        ("nl", "Wat dacht je ervan om samen je moeder te bellen?", False),
        ("nl", "Ik kan dit niet voor mezelf houden, dat zou niet eerlijk zijn.", False),
        ("nl", "Wat je vertelt komt in je leerlingdossier; dat mag je altijd inzien.", False),
        ("en", "Nothing you tell me today will get you into trouble.", False),
        ("en", "Your mum need not worry, we'll sort it out together.", False),
    ],
)
def test_silence_in_other_shapes_is_a_promise(language: str, text: str, promise: bool) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise, text


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        # a share of the fault after a denial, "how come you", "what exactly did you expect",
        # a lesson "going forward", "wat heeft je ertoe bewogen"
        ("en", "It's not all your fault, but part of it is.", True),
        ("en", "You're partly to blame for this, to be honest.", True),
        ("en", "How come you never blocked him?", True),
        ("en", "What exactly did you expect from a stranger online?", True),
        ("en", "Going forward, maybe think before you hit send.", True),
        ("nl", "Het is niet alleen jouw schuld, maar een deel wel.", True),
        ("nl", "Jij hebt hier ook een aandeel in.", True),
        ("nl", "Hoe kan het dat je hem nooit hebt geblokkeerd?", True),
        ("nl", "Wat heeft je ertoe bewogen om hem dat filmpje te sturen?", True),
        ("en", "Smart of you to send it to him, wasn't it?", True),
        # what brought the student, fault denied, praise for protecting themselves, another
        # person's doing and a plan stay clean
        ("en", "How come you decided to come and see me today?", False),
        ("en", "It's not your fault, not even a little bit.", False),
        ("en", "It was really sensible of you to save the messages.", False),
        ("en", "Going forward, we'll check in every Monday.", False),
        ("nl", "Het is niet jouw schuld, helemaal niet.", False),
        ("nl", "Hoe kan het dat hij nog steeds berichten stuurt?", False),
    ],
)
def test_a_share_of_fault_and_how_come_are_blame(language: str, text: str, blames: bool) -> None:
    assert (BLAMING in kinds(text, language)) is blames, text


@pytest.mark.parametrize(
    ("language", "text", "kind", "cleared"),
    [
        # nobody judging, an open door and responsibility put on the other person clear the
        # semantic layer, as they clear the rules
        ("nl", "Niemand hier gaat je veroordelen, echt niet.", SECRECY_PROMISE, True),
        ("en", "Nobody here is judging you, honestly.", SECRECY_PROMISE, True),
        ("nl", "Mijn deur staat altijd open, kom gerust langs.", SECRECY_PROMISE, True),
        ("en", "What he did with the screenshot is his responsibility, not yours.", BLAMING, True),
        ("nl", "Wat hij ermee deed, daar ben jij niet verantwoordelijk voor.", BLAMING, True),
        # not when the sentence promises silence or puts it on the student
        ("nl", "Niemand hier gaat het te weten komen, echt niet.", SECRECY_PROMISE, False),
        ("en", "Nobody is judging you and nobody will hear about it.", SECRECY_PROMISE, False),
        ("nl", "Mijn deur staat open en niemand hoeft het te weten.", SECRECY_PROMISE, False),
        ("en", "That was your responsibility, not his.", BLAMING, False),
    ],
)
def test_nobody_judging_and_the_others_responsibility_clear_the_layer(
    language: str, text: str, kind: str, cleared: bool
) -> None:
    from adviser_desk.domain.question_checker import vetoes

    assert ((0, len(text)) in vetoes(text, language)[kind]) is cleared, text


def test_a_secret_proposed_as_the_students_wish_is_a_promise() -> None:
    assert SECRECY_PROMISE in kinds("Wil jij dat we dit geheim houden, alleen wij tweeën?", "nl")
    assert SECRECY_PROMISE not in kinds("Hij wil dat je het geheim houdt, zei je.", "nl")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a tag typed without its comma, on a plan or a permission, asks agreement
        ("if it gets too much we can stop whenever ok?", set()),
        ("u know u can text me any time yeah?", set()),
        # on what happened it keeps its findings; "ok" asked on its own is no tag
        ("u sent it yourself yeah?", {OPTION_POSING, SUGGESTIVE}),
        ("Is that ok?", {OPTION_POSING}),
    ],
)
def test_a_tag_typed_without_its_comma_asks_agreement_on_a_plan(text: str, found: set[str]) -> None:
    assert kinds(text, "en") == found, text


# Dev batches a16 and a17 (2026-12-04 late, fresh writers measured before they were read): a
# third of the rules' false flags on their clean utterances were questions about how the talk
# or the help goes (an offer of help taken together and a tag on the adviser's plan are covered
# by the tests above, written in parallel for a18 and a19; these are the shapes they left). A
# pause, the adviser's presence or a check that the adviser's plan is clear steers nothing of the
# student's account; a choice about the case ("Do you want us to ring your mum?"), a question
# about the event and a proposal to keep it secret stay closed.
@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        ("en", "Would you like a short break before we go on?", False),
        ("en", "Would you like me to sit with you when you tell your mum?", False),
        ("en", "Does that make sense to you?", False),
        ("en", "Do you want us to ring your mum?", True),
        ("en", "Did you want him to see it?", True),
        ("en", "Shall we keep this between the two of us?", True),
        ("nl", "Wil je even pauze nemen?", False),
        ("nl", "Wil je dat ik erbij zit als je het je moeder vertelt?", False),
        ("nl", "Snap je hoe we het gaan doen?", False),
        ("nl", "Helder?", False),
        ("nl", "Wil je dat we je vader bellen?", True),
        ("nl", "Zal ik je mentor vragen om erbij te komen zitten?", True),
        ("nl", "Zullen we het gewoon onder ons houden?", True),
    ],
)
def test_a_question_about_how_the_talk_goes_is_not_closed(
    language: str, text: str, closed: bool
) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed


@pytest.mark.parametrize(
    ("language", "text", "steers"),
    [
        ("en", "I'm going to write down what we agreed, alright?", False),
        ("en", "I think you were scared of him, okay?", True),
        ("en", "You sent it to him yourself, right?", True),
        ("en", "We'll keep this between us, okay?", True),
        ("nl", "Je was toen heel bang voor hem, oké?", True),
    ],
)
def test_a_tag_after_the_advisers_own_plan_asks_consent(
    language: str, text: str, steers: bool
) -> None:
    found = kinds(text, language)
    assert (SUGGESTIVE in found or OPTION_POSING in found) is steers, found


@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        ("nl", "Eh, wil je me vertellen hoe het begon, vanaf de eerste keer dat hij appte?", False),
        ("nl", "Hm, en waar was je toen, eh, precies?", False),
        ("nl", "En je vriendinnen, wat hebben die gezien of gehoord?", False),
        ("nl", "Mag ik je vragen om het nog eens rustig te vertellen?", False),
        ("nl", "Die berichten, mag ik die even zien?", False),
        ("nl", "Eh, heeft hij het doorgestuurd?", True),
        ("nl", "En je vriendinnen, hebben die het ook gezien?", True),
        ("en", "Um, and then what did she say?", False),
        ("en", "And your friends, what did they see or hear?", False),
        ("en", "wanna talk me through what happened?", False),
        ("en", "mind filling me in on the rest?", False),
        ("en", "Um, did she say anything?", True),
        ("en", "And your friends, did they see it or not?", True),
        ("en", "Would you be willing to delete it?", True),
    ],
)
def test_a_hesitation_a_topic_or_a_request_to_show_leaves_a_question_open(
    language: str, text: str, closed: bool
) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        ("nl", "Helemaal niet erg dat je het nu pas zegt.", False),
        ("nl", "Je hebt niks verkeerd gedaan door het nu pas te vertellen.", False),
        ("nl", "Waarom zeg je het nu pas?", True),
        ("en", "It's okay that you're only telling me this now.", False),
        ("en", "Why are you only telling me this now?", True),
    ],
)
def test_telling_it_late_reassured_is_no_reproach(language: str, text: str, blames: bool) -> None:
    assert (BLAMING in kinds(text, language)) is blames


# Dev batches a21-a23 (2026-12-05, fresh writers measured before they were read) and what a16-a19
# left: the commonest clean shapes the rules still flagged. A summary in the student's own words
# checked with them in a sentence of its own ("Geef ik dat juist weer?", "Have I understood that
# correctly?", "That's what you told me?"), after a lead-in that says a summary follows: the
# student may correct it, nothing is put in. One new detail keeps the check-back closed.
@pytest.mark.parametrize(
    ("language", "text", "earlier", "flagged"),
    [
        (
            "nl",
            "Even checken of ik het goed heb: hij heeft je foto in de groepsapp gezet, en nu "
            "praat niemand meer met je. Geef ik dat juist weer?",
            ("A: Hij heeft mijn foto in de groepsapp gezet.", "A: Nu praat niemand meer met me."),
            False,
        ),
        (
            "nl",
            "Even checken of ik het goed heb: hij heeft je naaktfoto in de groepsapp gezet om "
            "wraak te nemen. Geef ik dat juist weer?",
            ("A: Hij heeft mijn foto in de groepsapp gezet.", "A: Nu praat niemand meer met me."),
            True,
        ),
        (
            "en",
            "To recap: he says he'll post your picture unless you pay, and you've already paid "
            "him twenty pounds. Have I understood that correctly?",
            (
                "A: He says he'll post my picture unless I pay.",
                "A: I've already paid him twenty pounds.",
            ),
            False,
        ),
        (
            "en",
            "To recap: he says he'll post your picture unless you pay, and you paid him because "
            "you were terrified. Have I understood that correctly?",
            (
                "A: He says he'll post my picture unless I pay.",
                "A: I've already paid him twenty pounds.",
            ),
            True,
        ),
        (
            "en",
            "He says he'll post your picture unless you pay. That's what you told me?",
            ("A: He says he'll post my picture unless I pay.",),
            False,
        ),
        (
            "en",
            "He says he'll post your nude unless you pay. That's what you told me?",
            ("A: He says he'll post my picture unless I pay.",),
            True,
        ),
    ],
)
def test_a_summary_in_the_students_words_checked_in_a_sentence_of_its_own(
    language: str, text: str, earlier: tuple[str, ...], flagged: bool
) -> None:
    assert bool(kinds(text, language, earlier)) is flagged, kinds(text, language, earlier)


# An offer of a practical step said first, then whether the student wants it ("Wil je dat?",
# "Do you want to?"), or the choice left to the student after it ("Moet je zelf weten.", "Up to
# you."): consent to the adviser's help, no closed question about what happened. Who is told
# stays a closed choice about the case, a question about the event stays closed whatever
# follows, and a secret kept stays a promise.
@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        ("nl", "Ik kan je laten zien hoe je zo'n filmpje laat verwijderen. Zin in?", False),
        ("nl", "Ik bel morgen de wijkagent. Wil je erbij zijn?", False),
        ("nl", "Zal ik je helpen om hem te blokkeren? Moet je zelf weten.", False),
        ("nl", "Ik kan je moeder bellen. Wil je dat?", True),
        ("nl", "Heeft hij je bedreigd? Moet je zelf weten.", True),
        ("en", "We could flag that profile to the app together. Do you want to?", False),
        ("en", "I'm going to ask you a few things so I can help. Is that alright?", False),
        ("en", "Fancy blocking him together? Up to you.", False),
        ("en", "I could ring your dad tonight. Would you like that?", True),
        ("en", "Did he ask you for more pictures? Up to you.", True),
        ("en", "We can keep this just between us. Would you like that?", True),
    ],
)
def test_consent_to_an_offered_step_is_no_closed_question(
    language: str, text: str, closed: bool
) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed, kinds(text, language)


# Transparency taken for secrecy (a21-a23, and a17's leftovers): that what is said may not stay
# between the two is the honest limit itself; nobody is told without the student knowing, in
# the formal and the Flemish forms of address too ("zonder dat gij het weet", "zonder u eerst te
# laten weten"). Keeping it between the two, in the same words without the negation, stays a
# promise.
@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        ("nl", "Wat je vertelt, blijft niet per se tussen ons; dat zeg ik je eerlijk.", False),
        (
            "nl",
            "Dit gesprek blijft misschien niet alleen bij mij, dat wil ik eerlijk zeggen.",
            False,
        ),
        ("nl", "Ik schakel niemand in zonder dat gij het weet.", False),
        ("nl", "Ik licht niemand in zonder u vooraf te laten weten wie.", False),
        ("nl", "Wat je vertelt, blijft echt tussen ons.", True),
        ("nl", "Niemand hoort hier iets van, dat beloof ik u.", True),
        (
            "en",
            "What you tell me won't necessarily stay between us, I'll be straight with you.",
            False,
        ),
        ("en", "It might not stay just between the two of us.", False),
        ("en", "What you tell me will stay between us, I promise.", True),
    ],
)
def test_that_it_may_not_stay_between_us_is_an_honest_limit(
    language: str, text: str, promise: bool
) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise


# What the adviser would think under a condition, or a thought denied as the reason, is no
# presumption ("Als ik denk dat je gevaar loopt, ...", "not because I think you did something
# wrong"); the thought said as it is keeps its finding.
@pytest.mark.parametrize(
    ("language", "text", "presumes"),
    [
        ("nl", "Als ik denk dat je gevaar loopt, moet ik iemand inschakelen.", False),
        ("nl", "Ik denk dat je bang voor hem was.", True),
        (
            "en",
            "I ask because I need to understand, not because I think you did something wrong.",
            False,
        ),
        ("en", "I think you were scared of him.", True),
    ],
)
def test_a_thought_under_a_condition_presumes_nothing(
    language: str, text: str, presumes: bool
) -> None:
    assert (SUGGESTIVE in kinds(text, language)) is presumes


# Why-questions and fault words that blame nobody (a21-a23): why someone the student named did
# it, the adviser's own reasons explained, a why the adviser says they will not ask, "why don't
# you tell me", the student's say asked as a condition ("Als jij het voor het zeggen had, ..."),
# and the student's own view of their fault given back as theirs ("Je zegt dat het je eigen
# schuld is"). Why the student did it, a counterfactual about the student's act and fault put
# after a contrast keep their blame.
@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        ("nl", "Waarom zou Fleur die foto hebben doorgestuurd, denk je?", False),
        ("nl", "Waarom heb je die foto naar Fleur gestuurd?", True),
        (
            "nl",
            "Ik zeg je eerlijk waarom ik je ouders wil bellen: zodat je er niet alleen voor staat.",
            False,
        ),
        ("nl", "Ik ga je niet vragen waarom je dat deed; vertel gewoon wat er gebeurde.", False),
        ("nl", "Ik wil wel weten waarom je dat deed.", True),
        ("nl", "Als jij het voor het zeggen had, wat moet er dan nu gebeuren?", False),
        ("nl", "Als jij die foto niet had gestuurd, wat was er dan gebeurd?", True),
        ("nl", "Je zegt dat het je eigen schuld is; dat zie ik anders.", False),
        ("nl", "Je zegt dat hij begon, maar het is ook je eigen schuld.", True),
        ("en", "Why would Marcus post something like that, do you reckon?", False),
        ("en", "Why did you send Marcus that picture?", True),
        ("en", "I'd like to explain why I want to tell your parents: they can support you.", False),
        ("en", "I won't ask you why you sent it, I just want to know what happened next.", False),
        ("en", "Why don't you tell me how it started?", False),
        ("en", "Why didn't you block him?", True),
        ("en", "If you had to choose one person to talk to, who would it be?", False),
        ("en", "If you hadn't sent it, what would have happened?", True),
        ("en", "I hear you saying it's all your own fault. I see it differently.", False),
        ("en", "You say he started it, but it's your own fault too.", True),
    ],
)
def test_a_why_or_a_fault_word_that_blames_nobody(language: str, text: str, blames: bool) -> None:
    assert (BLAMING in kinds(text, language)) is blames, kinds(text, language)


# Examples or a list after an open question ("Wie wil je er nog bij? Iemand thuis, een vriendin,
# je trainer?"), a fragment that leads into one ("En daarna, joh? Wat gebeurde er toen?"), a
# wh-word left at the end ("And then she sent you what?") and a one-word lead-in ("Honestly?
# ...") keep the question open. A guess in a fragment ("Je moeder?"), a yes/no question of its
# own and the fact put in at the end stay closed.
@pytest.mark.parametrize(
    ("language", "text", "steers"),
    [
        ("nl", "Wie wil je er nog bij hebben? Iemand thuis, een vriendin, je trainer?", False),
        ("nl", "Wie wil je erbij? Je moeder?", True),
        ("nl", "En daarna, joh? Wat gebeurde er toen?", False),
        ("nl", "En toen zei hij wat?", False),
        ("nl", "En toen zei hij dat je moest betalen?", True),
        (
            "nl",
            "Eerlijk? Ik kan dit niet voor me houden, maar ik zeg je eerst met wie ik praat.",
            False,
        ),
        ("nl", "Eerlijk? Heb je het zelf gestuurd?", True),
        ("en", "Who would you like with you? Someone at home, a friend, a coach?", False),
        ("en", "Who was it? Your ex?", True),
        ("en", "And after that, love? What happened next?", False),
        ("en", "Did he reply? What did he say?", True),
        ("en", "And then she sent you what?", False),
        ("en", "And then she sent you a photo?", True),
        (
            "en",
            "Honestly? I can't keep this to myself, but I'll tell you first who I talk to.",
            False,
        ),
    ],
)
def test_examples_after_an_open_question_keep_it_open(
    language: str, text: str, steers: bool
) -> None:
    assert bool(kinds(text, language)) is steers, kinds(text, language)


# Misses of a21-a23 that earlier writers share (a3-a19 gain as much in-sample): a promise or an
# assurance that a party will not hear or be told, in either order ("Ik kan je beloven dat je
# mentor hier niets over te horen krijgt", "..., dat zeg ik je toe", "I give you my word that
# ..."); and a share of the fault, a lesson or what the student "could have foreseen". A promise
# of care, of safety or that nobody blames the student, and responsibility denied, stay clean.
@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        ("nl", "Ik kan je beloven dat je mentor hier niets over te horen krijgt.", True),
        ("nl", "Je vader wordt hier niet over ingelicht, dat zeg ik je toe.", True),
        ("nl", "Ik beloof je dat ik niemand iets vertel zonder dat jij het weet.", False),
        ("nl", "Ik beloof je dat hij je niet meer lastig zal vallen.", False),
        (
            "en",
            "You have my assurance that your coach will not be contacted about any of this.",
            True,
        ),
        ("en", "I give you my word that I will keep the whole thing to myself.", True),
        ("en", "I promise nobody will hear it from me without you knowing first.", False),
        ("en", "I promise you're not in any trouble.", False),
    ],
)
def test_an_assurance_that_a_party_will_not_hear_is_a_promise(
    language: str, text: str, promise: bool
) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise, kinds(text, language)


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        ("nl", "Laat dit een les zijn: eerst denken, dan sturen.", True),
        ("nl", "Een deel van de schuld ligt natuurlijk ook bij jou.", True),
        ("nl", "Het was zijn keuze om het door te sturen, niet de jouwe.", False),
        ("en", "You need to take some responsibility for this as well.", True),
        ("en", "Surely you could have foreseen where this was going.", True),
        ("en", "You don't need to take any responsibility for what he did.", False),
    ],
)
def test_a_share_of_the_fault_or_a_lesson_is_blame(language: str, text: str, blames: bool) -> None:
    assert (BLAMING in kinds(text, language)) is blames, kinds(text, language)


# An invitation with its subject left out, as a learner of English may type it ("Can tell me
# ...?"), or put as "take me back to ..."; the adviser offering to be there while the student
# tells someone. A yes/no question about someone else and the adviser telling stay closed.
@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        ("en", "Can tell me what happened after school?", False),
        ("en", "Can you take me back to the first message, love?", False),
        ("en", "Can he tell you what happened?", True),
        ("nl", "Zal ik met je meelopen als je het aan je vader vertelt?", False),
        ("nl", "Zal ik het aan je vader vertellen?", True),
    ],
)
def test_an_invitation_without_its_subject_or_the_advisers_presence_is_open(
    language: str, text: str, closed: bool
) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed


# Regional Dutch (Limburgish "ich/dich/doe", West-Flemish "ge/gij/wa/ne keer", Achterhoek
# "oe/mi'j/ie") read as the common words: the invitation the rules know stays open, the promise
# and the why-did-you they know are found, and a finding points at the words as typed.
@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Kins doe mich ins vertelle waat d'r noe allemaol gebeurd is?", OPTION_POSING, False),
        ("Kunt ge mij ne keer uitleggen wa er juist gebeurd is?", OPTION_POSING, False),
        ("Woróm dinks doe dat hae dat fotoke gesjik heet?", OPTION_POSING, False),
        ("Hebt ge da zelf naar hem doorgestuurd?", OPTION_POSING, True),
        ("Ich zeg 't tegen gein mins, dat beloof ich dich.", SECRECY_PROMISE, True),
        ("Ich kan dich neet beloven dat ich 't tegen gein mins zeg.", SECRECY_PROMISE, False),
        ("Wat ie mi'j vertelt, blif tussen oe en mi'j.", SECRECY_PROMISE, True),
        ("Woróm höbs doe dat fotoke dan ouch gesjik?", BLAMING, True),
        ("Woróm dinks doe dat hae dat fotoke gesjik heet?", BLAMING, False),
    ],
)
def test_regional_dutch_is_read_as_the_common_words(text: str, kind: str, found: bool) -> None:
    assert (kind in kinds(text, "nl")) is found, kinds(text, "nl")


def test_a_finding_in_regional_dutch_points_at_the_words_as_typed() -> None:
    text = "Goed. Woróm höbs doe dat fotoke dan ouch gesjik?"
    (blame,) = [f for f in check_question(text, "nl") if f.kind == BLAMING]
    assert text[blame.start : blame.end] == blame.trigger
    assert blame.trigger.startswith("Woróm")
    # common words that look regional are read as typed
    assert kinds("Doe dat ding eens weg en vertel wat er toen gebeurde.", "nl") == set()


# A tag on the adviser's own stance, on comfort or on the student's say only stresses it ("Ik
# geloof je, hè.", "Take your time, yeah."); on what the student felt or did it presumes.
@pytest.mark.parametrize(
    ("language", "text", "presumes"),
    [
        ("nl", "Ik geloof je, hè. Goed dat je gekomen bent.", False),
        ("nl", "Neem je tijd, hè.", False),
        ("nl", "Je staat er niet alleen voor, hè. We pakken dit samen aan.", False),
        ("nl", "Je schaamt je er nog steeds voor, hè.", True),
        ("en", "I believe you, eh. Thanks for coming.", False),
        ("en", "You liked him, eh.", True),
    ],
)
def test_a_tag_on_the_advisers_stance_or_comfort_presumes_nothing(
    language: str, text: str, presumes: bool
) -> None:
    assert (SUGGESTIVE in kinds(text, language)) is presumes, kinds(text, language)


# English secrecy of a25-a27's writers that no rule knew: a party that will not come to know or
# hear of it, what is said staying in the office, the adviser's file left out, a key thrown
# away, and keeping it quiet offered as the student's choice ("Would you prefer that I ...?",
# "How 'bout we ...?"). A limit, a reassurance and a plan without a secret stay clean.
@pytest.mark.parametrize(
    ("text", "promise"),
    [
        ("Mrs Patel won't come to know about any of this, I'll see to that.", True),
        ("I can't promise your form tutor won't be told.", False),
        ("None of the lads in your class will hear about it from me.", True),
        ("None of the lads in your class will think any less of you.", False),
        ("Anything said in my office stays in my office.", True),
        ("This won't be going in your file.", True),
        ("I won't put anything in your file without you seeing it first.", False),
        ("Lips zipped, key thrown away.", True),
        ("Would you prefer that I leave it out of the notes?", True),
        ("Would you prefer that I write the notes with you?", False),
        ("How 'bout we keep it between the two of us?", True),
        ("How 'bout we tell your mum together?", False),
    ],
)
def test_a_party_kept_unaware_or_a_secret_offered_is_a_promise(text: str, promise: bool) -> None:
    assert (SECRECY_PROMISE in kinds(text, "en")) is promise, kinds(text, "en")


# A summary the student is asked to correct, asked as "Zo ging het?", "Juist?", "Heb ik dat
# correct?", "Have I understood correctly?", led in by "Wat ik hoor is:", in the student's words
# with a Dutch past participle of the student's verb ("gezet" after "zette") and a passive
# "door": it steers nothing. The same summary with a motive put in keeps its finding.
_EX_NL = (
    "S: Mijn ex zette een foto van mij op Snapchat.",
    "S: Hij dreigt hem naar mijn broer te sturen.",
)
_EX_EN = ("S: My ex put a photo of me on Snapchat.", "S: He says he'll send it to my brother.")


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        (
            "nl",
            "Je ex heeft een foto van je op Snapchat gezet en dreigt hem naar je broer te "
            "sturen. Zo ging het?",
            False,
        ),
        (
            "nl",
            "Wat ik hoor is: foto op Snapchat gezet door je ex, en hij dreigt 'm naar je "
            "broer te sturen. Juist?",
            False,
        ),
        (
            "nl",
            "Wat ik hoor is: foto op Snapchat gezet door je ex, en hij dreigt 'm naar je "
            "broer te sturen omdat hij jaloers is. Juist?",
            True,
        ),
        (
            "en",
            "So your ex put a photo of you on Snapchat and says he'll send it to your "
            "brother. Have I understood correctly?",
            False,
        ),
        (
            "en",
            "So your ex put a photo of you on Snapchat and says he'll send it to your brother "
            "because he's jealous. Have I understood correctly?",
            True,
        ),
    ],
)
def test_a_summary_in_the_students_words_asked_back_steers_nothing(
    language: str, text: str, found: bool
) -> None:
    earlier = _EX_NL if language == "nl" else _EX_EN
    assert bool(kinds(text, language, earlier) & {OPTION_POSING, SUGGESTIVE}) is found


# Clean turns of a25-a27 the rules flagged, as general constructions: leave to look with the
# choice left to the student, the adviser's presence offered, another open question after "Of",
# a wh-question after a topic, someone else's fault label reported, why someone else did it with
# "denk je" set apart, such things often staying secret, "Niet jij, hè.", a hedge that forecasts
# who must know or answers the student, and a promise followed by "deal?". Each look-alike keeps
# its finding.
@pytest.mark.parametrize(
    ("language", "text", "kind", "found"),
    [
        (
            "nl",
            "Mag ik even naar die berichten kijken? Je mag ook nee zeggen.",
            OPTION_POSING,
            False,
        ),
        ("nl", "Heb je die berichten nog? Je mag ook nee zeggen.", OPTION_POSING, True),
        ("en", "Could I see the screenshots? Feel free to say no.", OPTION_POSING, False),
        ("en", "Did you keep the screenshots? Feel free to say no.", OPTION_POSING, True),
        (
            "nl",
            "Zou het je helpen als ik erbij ben wanneer je het je moeder vertelt?",
            OPTION_POSING,
            False,
        ),
        ("nl", "Zou het je helpen als ik je moeder bel?", OPTION_POSING, True),
        (
            "nl",
            "Wat wil je nu het liefst? Of wat moet er zeker niet gebeuren?",
            OPTION_POSING,
            False,
        ),
        ("nl", "Wil je het nu vertellen? Of liever morgen?", OPTION_POSING, True),
        ("nl", "Die avond, wat gebeurde er toen precies, na het feest?", OPTION_POSING, False),
        ("nl", "Die avond, was je toen alleen, na het feest?", OPTION_POSING, True),
        ("en", "That night, what happened then, after the party?", OPTION_POSING, False),
        ("en", "That night, were you alone, after the party?", OPTION_POSING, True),
        ("nl", "Ze zei tegen je dat het je eigen schuld was. Hoe was dat voor je?", BLAMING, False),
        ("nl", "Het was ook wel een beetje je eigen schuld. Hoe was dat voor je?", BLAMING, True),
        ("en", "She told you it was your own fault. How was that for you?", BLAMING, False),
        ("en", "It was partly your own fault though. How was that for you?", BLAMING, True),
        ("nl", "Die filmpjes... waarom, denk je, deed hij dat?", BLAMING, False),
        ("nl", "Die filmpjes... waarom deed je dat?", BLAMING, True),
        (
            "nl",
            "Zulke dingen blijven vaak een tijd geheim; fijn dat je het nu vertelt.",
            SECRECY_PROMISE,
            False,
        ),
        ("nl", "Dit blijft een tijd geheim; fijn dat je het nu vertelt.", SECRECY_PROMISE, True),
        ("nl", "Wat we hier bespreken blijft hier, deal?", SECRECY_PROMISE, True),
        ("nl", "Wie zoiets doorstuurt, doet fout. Niet jij, hè.", SUGGESTIVE, False),
        ("nl", "Jij vond het ook wel spannend, hè.", SUGGESTIVE, True),
        (
            "nl",
            "Je vader moet het waarschijnlijk weten, maar we bespreken samen hoe.",
            SUGGESTIVE,
            False,
        ),
        ("nl", "Je vader was waarschijnlijk boos, denk ik.", SUGGESTIVE, True),
        ("en", "Probably, yes. But we'll decide together how.", SUGGESTIVE, False),
        ("en", "He was probably angry with you.", SUGGESTIVE, True),
    ],
)
def test_clean_turns_of_the_fresh_batches_keep_their_look_alikes_findings(
    language: str, text: str, kind: str, found: bool
) -> None:
    assert (kind in kinds(text, language)) is found, kinds(text, language)


# Dutch promises of a25-a27 that a party will not hear or learn of it ("krijgt hier niks van te
# horen", "gaat hier niks van horen", "weet van niks en dat houden we zo", "komt erachter", "hoeft
# niet op de hoogte te zijn"), the twin of the English above. A limit, a plan with the party and
# another verb stay clean.
@pytest.mark.parametrize(
    ("text", "promise"),
    [
        ("Je stiefvader krijgt hier niks van te horen, daar zorg ik voor.", True),
        ("Je stiefvader krijgt van mij een uitnodiging voor een gesprek.", False),
        ("De teamleider gaat hier echt niks van horen.", True),
        ("De teamleider gaat hier echt niks aan veranderen.", False),
        ("Je vrienden weten van niks en dat houden we zo.", True),
        ("Niemand op school komt erachter dat jij hier was.", True),
        ("Ik kan niet beloven dat niemand op school erachter komt.", False),
        ("Je trainer hoeft hier niet van op de hoogte te zijn.", True),
        ("Je trainer hoeft zich geen zorgen te maken.", False),
    ],
)
def test_a_party_that_will_not_hear_of_it_is_a_promise_in_dutch(text: str, promise: bool) -> None:
    assert (SECRECY_PROMISE in kinds(text, "nl")) is promise, kinds(text, "nl")


# Honest turns of a25-a27 the rules took for promises or closed questions: "I'm not going to
# pretend this stays between us", "no such thing as off the record with me", the police as an
# option and no duty, an offer to explain how it goes, a topic answered with a limit ("Je
# ouders? Alleen als het echt nodig is"). Each look-alike keeps its finding.
@pytest.mark.parametrize(
    ("language", "text", "kind", "found"),
    [
        (
            "en",
            "I'm not going to pretend this stays between us; some people may need to know.",
            SECRECY_PROMISE,
            False,
        ),
        ("en", "I'm not gonna tell anyone, it stays a secret.", SECRECY_PROMISE, True),
        (
            "en",
            "There's no such thing as off the record with me, but you'll see what I write.",
            SECRECY_PROMISE,
            False,
        ),
        ("nl", "Politie is een mogelijkheid, geen verplichting.", SECRECY_PROMISE, False),
        ("nl", "Ik heb geen meldplicht, dus dit blijft hier.", SECRECY_PROMISE, True),
        (
            "en",
            "Reporting it is possible too. Want me to tell you how it works?",
            OPTION_POSING,
            False,
        ),
        ("en", "Reporting it is possible too. Want me to call the police?", OPTION_POSING, True),
        ("nl", "Je kunt naar de politie. Wil je weten wat dat inhoudt?", OPTION_POSING, False),
        ("nl", "Aangifte doen kan ook. Zal ik de politie bellen?", OPTION_POSING, True),
        (
            "nl",
            "Je ouders? Alleen als het echt nodig is, en dan weet jij het eerst.",
            OPTION_POSING,
            False,
        ),
        ("nl", "Je ouders? Die horen er niks van.", SECRECY_PROMISE, True),
    ],
)
def test_honest_limits_and_offers_to_explain_of_the_fresh_batches(
    language: str, text: str, kind: str, found: bool
) -> None:
    assert (kind in kinds(text, language)) is found, kinds(text, language)


# With a parent in the room (a27) the adviser turns to the student by name ("En Noor, wat vind
# jij ervan?", "And Mason, what would help you most?"): the name is the student's, no person put
# in. The same name spoken about in the third person, or as who did it, stays a new detail.
@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("nl", "Wat vindt u ervan, en Noor, wat vind jij ervan?", False),
        ("nl", "Wat vindt u ervan, en wat vindt Noor ervan?", True),
        ("en", "And Mason, what would help you most right now?", False),
        ("en", "Did Mason send it on?", True),
    ],
)
def test_the_student_addressed_by_name_is_no_person_put_in(
    language: str, text: str, found: bool
) -> None:
    assert (SUGGESTIVE in kinds(text, language)) is found, kinds(text, language)


# Blame of a25-a27 in a hope, a foresight or a part: the lesson hoped for ("Ik hoop dat je hier
# iets van leert ...", "I hope that teaches you ..."), what the student could have seen coming
# ("Je kon toch bedenken dat ...", "Surely you could see this coming"), part of it on the
# student ("een deel ligt ook bij jou", "some of this is on you"). A hope for the student, what
# the student could not know and a part on someone else stay clean.
@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        ("nl", "Ik hoop dat je hier iets van leert voor de volgende keer.", True),
        ("nl", "Ik hoop dat je hier iets aan hebt.", False),
        ("nl", "Jij kon toch bedenken dat hij het zou doorsturen?", True),
        ("nl", "Je kon niet weten dat hij het zou doorsturen.", False),
        ("nl", "Een deel ligt hier ook wel bij jou, vind ik.", True),
        ("nl", "Een deel van de berichten ligt nog bij de politie.", False),
        ("en", "I hope that teaches you not to trust strangers online.", True),
        ("en", "I hope this helps you feel a bit safer.", False),
        ("en", "Surely you could see this coming.", True),
        ("en", "You couldn't have seen this coming.", False),
        ("en", "To be honest, some of this is on you.", True),
        ("en", "Some of this is on the school, not on you.", False),
    ],
)
def test_a_lesson_hoped_for_foresight_or_a_part_is_blame(
    language: str, text: str, blames: bool
) -> None:
    assert (BLAMING in kinds(text, language)) is blames, kinds(text, language)


# "Dat had je kunnen weten." says what the student should have known; it was cleared as the
# reassurance "Dat had je niet kunnen weten" / "Hoe had jij dat kunnen weten?" is.
@pytest.mark.parametrize(
    ("text", "blames"),
    [
        ("Dat had je echt kunnen weten.", True),
        ("Dat had je echt niet kunnen weten.", False),
        ("Hoe had jij dat nou kunnen weten?", False),
    ],
)
def test_what_the_student_could_have_known_is_blame_and_could_not_is_not(
    text: str, blames: bool
) -> None:
    assert (BLAMING in kinds(text, "nl")) is blames, kinds(text, "nl")


# An honest limit built around the promise phrase (chk12, from the false flags of dev32): the
# phrase is what the adviser will not pretend or cannot promise, named before the refusal or
# after the frame; a duty of confidentiality the adviser says they lack; trouble nobody gets
# from the adviser. A negation inside the phrase keeps the promise ("ik kan het niet verder
# vertellen" is one), and so does the same phrase without the frame.
@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        ("nl", "Dat het onder ons blijft, dat kan ik niet waarmaken.", False),
        ("nl", "Dat het onder ons blijft, dat beloof ik je.", True),
        ("nl", "Ik ga je niet wijsmaken dat het geheim blijft.", False),
        ("nl", "Ik zou liegen als ik zei dat alles tussen ons blijft.", False),
        ("nl", "Ik kan het niet verder vertellen.", True),
        ("nl", "Let op, dat betekent niet dat alles geheim blijft.", False),
        ("nl", "Dat betekent dat alles geheim blijft.", True),
        ("nl", "Beloven dat het onder ons blijft, doe ik niet.", False),
        ("nl", "Ik ben geen arts, ik heb geen geheimhoudingsplicht.", False),
        ("nl", "Ik heb beroepsgeheim, dus het blijft bij mij.", True),
        ("nl", "Ik mag dit niet buiten het verslag houden.", False),
        ("nl", "Ik hou dit buiten het dossier.", True),
        ("nl", "Jij krijgt echt geen problemen van mij.", False),
        ("nl", "Je ouders krijgen het niet van mij te horen.", True),
        ("nl", "Ik beloof je niks wat ik niet kan nakomen.", False),
        ("en", "Everything staying between us, that's not something I can promise.", False),
        ("en", "Everything staying between us, that's something I can promise.", True),
        ("en", "That doesn't mean everything stays secret.", False),
        ("en", "That means everything stays secret.", True),
        ("en", "I'd be lying if I said it all stays between us.", False),
        ("en", "I'm telling you it all stays between us.", True),
        ("en", "I'm not bound by confidentiality the way a doctor is.", False),
        ("en", "I don't have a duty of confidentiality like a doctor does.", False),
        ("en", "I have a duty of confidentiality, so it stays with me.", True),
        ("en", "You won't get any trouble from me.", False),
        ("en", "Your parents won't hear anything from me.", True),
        ("en", "If you're in danger I can't stay quiet about it.", False),
        ("en", "I'll keep quiet about it.", True),
    ],
)
def test_a_promise_phrase_inside_an_honest_limit_is_no_promise(
    language: str, text: str, promise: bool
) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) is promise, kinds(text, language)


# The student's name after a comma that closes the question (chk12, from dev33) addresses the
# listener, as the name before the question does. The same name inside the question, or as one
# of the choices, is a person the adviser puts in when the student never named them.
@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("en", "Could you walk me through what happened next, Callum?", False),
        ("en", "Take your time, Callum.", False),
        ("en", "Was it Callum?", True),
        ("en", "Did Callum send it?", True),
        ("en", "Was it Jayden, or Callum?", True),
        ("nl", "Wat ging er door je heen toen je het las, Demi?", False),
        ("nl", "Heeft Demi het doorgestuurd?", True),
        ("nl", "Was het Daan, of Demi?", True),
    ],
)
def test_a_name_closing_the_question_is_the_listener(language: str, text: str, found: bool) -> None:
    assert (SUGGESTIVE in kinds(text, language)) is found, kinds(text, language)


# A time or a step the adviser proposes, leave asked or a pause offered (chk12, from dev33) is
# a question about now: no choice about what happened is put to the student. Closed questions
# about what happened, in the same words, keep theirs.
@pytest.mark.parametrize(
    ("language", "text", "closed"),
    [
        ("en", "Let's pick this up next week. Would Tuesday suit you?", False),
        ("en", "Same time on Monday, does that work for you?", False),
        ("en", "Shall we meet Thursday?", False),
        ("en", "Can we check in again after half term?", False),
        ("en", "Would you be okay with me making a few notes?", False),
        ("en", "Do you want to take a short break?", False),
        ("en", "Is it alright if I ask you a few things?", False),
        ("en", "Did that work?", True),
        ("en", "Did you meet him on Thursday?", True),
        ("en", "Would he be okay with that?", True),
        ("en", "Is it okay if I ask whether he paid you?", True),
        ("nl", "Zal ik erbij zijn als je het je moeder vertelt?", False),
        ("nl", "Volgende week weer om tien uur. Past dat?", False),
        ("nl", "Zien we elkaar maandag weer?", False),
        ("nl", "Zou je het fijn vinden als ik je help om het account te melden?", False),
        ("nl", "Wil je even pauzeren?", False),
        ("nl", "Ik schrijf een paar dingen op. Mag dat?", False),
        ("nl", "Past dat bij wat hij zei?", True),
        ("nl", "Zag je hem maandag?", True),
        ("nl", "Vond hij het goed dat je het stuurde?", True),
        ("nl", "Mag ik vragen of hij je geld heeft gevraagd?", True),
    ],
)
def test_a_proposal_or_leave_asked_is_no_option_posed(
    language: str, text: str, closed: bool
) -> None:
    assert (OPTION_POSING in kinds(text, language)) is closed, kinds(text, language)
