"""The rules as general shapes of language, not phrase lists: sentences written for these
tests (none from the corpus) of each shape the rules describe, and the look-alikes they must
leave alone."""

from __future__ import annotations

import pytest

from adviser_desk.domain.questions import (
    BLAMING,
    OPTION_POSING,
    SECRECY_PROMISE,
    SUGGESTIVE,
    check_question,
    honest_limits,
    reassurance,
)


def kinds(text: str, language: str, earlier: tuple[str, ...] = ()) -> set[str]:
    return {f.kind for f in check_question(text, language, earlier)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the speaker as the source that stays silent
        ("nl", "Je oom krijgt dit nooit van mij te horen."),
        ("en", "Your coach won't hear a thing about it from me."),
        # a third party that will not know or hear
        ("nl", "Je trainer krijgt hier niks van mee."),
        ("nl", "Dat hoeft de conciërge echt niet te weten."),
        ("en", "Your stepmum is never going to find out."),
        ("en", "Nobody at the club ever hears about this."),
        # a reciprocal pact
        ("nl", "Als jij er niks over zegt, zeg ik ook niks."),
        ("en", "You keep quiet and neither will I say a word."),
        # a duty to report the speaker sets aside
        ("nl", "Ik zou dit moeten melden, maar dat laat ik deze keer zitten, hoor: niet doen."),
        ("en", "I'm supposed to report this, but I won't this time."),
        # inverted or emphatic refusal, lists, idioms, a claimed duty of secrecy
        ("nl", "Dit vertel ik echt nooit verder."),
        ("en", "Under no circumstances will anything leave this office."),
        ("nl", "Niet je moeder, niet je mentor, niemand."),
        ("en", "Not your dad, not your teachers, nobody."),
        ("en", "Don't worry, it's safe with me."),
        ("nl", "Dat blijft bij mij, beloofd."),
        ("en", "As a counsellor I am bound to secrecy about this."),
    ],
)
def test_general_shapes_of_a_secrecy_promise(language: str, text: str) -> None:
    assert SECRECY_PROMISE in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Geheimhouden kan ik niet altijd; ik vertel je wel wat ik doorgeef."),
        ("en", "I can't always keep things secret, but I'll tell you what I pass on."),
        ("nl", "Wat zei hij precies over geheimhouden?"),
        ("en", "What did he tell you about keeping it secret?"),
        ("nl", "Goed dat je het niet langer geheim houdt."),
        ("en", "Good that you didn't keep it secret any longer."),
        ("nl", "Ik moet dit melden, maar je hoort van mij wie ik inlicht."),
        ("en", "I have to report this, but you'll hear from me who I tell."),
    ],
)
def test_look_alikes_of_a_secrecy_promise_are_left_alone(language: str, text: str) -> None:
    assert SECRECY_PROMISE not in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # counterfactuals about the student's own act
        ("nl", "Als je die foto niet had gestuurd, had hij niks gehad."),
        ("en", "If you hadn't added him, none of this would have happened."),
        ("nl", "Je had hem meteen moeten blokkeren."),
        ("en", "You should have blocked him straight away."),
        # the consequence the student "gets"
        ("nl", "Tja, dat krijg je ervan."),
        ("en", "Well, that's what happens when you trust strangers online."),
        # a norm the student broke; "you know what boys are like"
        ("nl", "Zulke filmpjes maak je gewoon niet."),
        ("en", "You just don't send pics like that."),
        ("en", "You know what boys are like."),
        ("nl", "Je weet toch hoe jongens zijn?"),
    ],
)
def test_general_shapes_of_blame(language: str, text: str) -> None:
    assert BLAMING in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Mensen die zeggen dat het je eigen schuld is, hebben het mis."),
        ("en", "Anyone who says it's your own fault is wrong."),
        ("nl", "Eigen schuld? Nee. Dat is het niet."),
        ("en", "Your own fault? No. It really isn't."),
        ("nl", "Waarom ik dit vraag: ik wil weten wat je nodig hebt."),
        ("en", "What should have been different at school?"),
        ("en", "If you'd rather nobody knew, tell me and we'll talk about it."),
    ],
)
def test_look_alikes_of_blame_are_left_alone(language: str, text: str) -> None:
    assert BLAMING not in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Dus jullie hadden verkering?"),
        ("en", "So you sent it to him yourself?"),
        ("nl", "Volgens mij was je doodsbang."),
        ("en", "I reckon you were terrified."),
        ("en", "He must have planned it."),
        ("nl", "Dat moet hij van tevoren bedacht hebben."),
        ("en", "It seems obvious he did it for revenge."),
        ("nl", "je vond hem gewoon leuk hè"),
    ],
)
def test_general_shapes_of_a_presumption(language: str, text: str) -> None:
    assert SUGGESTIVE in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        ("nl", "Dus hij bleef vragen en jij stuurde niets. Heb ik dat goed?", ()),
        ("en", "So he kept asking and you sent nothing. Have I got that right?", ()),
        ("nl", "Wat gebeurde er dus daarna?", ()),
    ],
)
def test_a_summary_the_student_may_correct_is_no_presumption(
    language: str, text: str, earlier: tuple[str, ...]
) -> None:
    assert SUGGESTIVE not in kinds(text, language, earlier), text


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        ("nl", "Heel raar?", ("S: Iedereen deed heel raar.",)),
        ("en", "Like you were stuck?", ("S: It felt like I was stuck.",)),
        ("nl", "als je wil, mag je even pauze nemen", ()),
    ],
)
def test_an_echo_or_a_conditional_is_no_yes_no_question(
    language: str, text: str, earlier: tuple[str, ...]
) -> None:
    assert OPTION_POSING not in kinds(text, language, earlier), text


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        ("nl", "Was het je neef?", ("S: Misschien was het mijn neef.",)),
        ("en", "Did your cousin send it?", ("S: Maybe my cousin sent it.",)),
    ],
)
def test_a_yes_no_question_in_the_students_words_stays_one(
    language: str, text: str, earlier: tuple[str, ...]
) -> None:
    assert OPTION_POSING in kinds(text, language, earlier), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Dit gesprek is gewoon off the record, er wordt niks doorgegeven."),
        ("en", "Let's call it off the record; nothing gets written down."),
        ("nl", "Mocht iemand het vragen, ik weet van niks."),
        ("en", "If anyone asks, we were talking about your timetable."),
        ("nl", "Mijn notities verscheur ik straks, dan is er niets meer."),
        ("en", "I'll shred my notes afterwards."),
        ("nl", "Zullen we het gewoon onder ons houden?"),
        ("en", "Shall we keep this between us?"),
        ("en", "With your dad I'll just leave the video out."),
    ],
)
def test_off_the_record_cover_stories_destroyed_notes_and_proposals_are_promises(
    language: str, text: str
) -> None:
    assert SECRECY_PROMISE in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Leave the photo itself out; the messages are enough for me."),
        ("nl", "Stuur de foto zelf niet mee; de berichten zijn genoeg."),
        ("en", "Who would you like to be told, and who not?"),
    ],
)
def test_what_the_student_may_leave_out_or_choose_is_no_promise(language: str, text: str) -> None:
    assert SECRECY_PROMISE not in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # nobody will know / read it; it goes nowhere; a promise word with non-disclosure
        ("nl", "Daarna weet echt niemand wat je hier hebt gezegd.", SECRECY_PROMISE),
        ("en", "After today nobody will be any the wiser.", SECRECY_PROMISE),
        ("nl", "Wat je zegt gaat nergens heen.", SECRECY_PROMISE),
        ("nl", "Ik zweer je, dit hoort verder niemand.", SECRECY_PROMISE),
        ("en", "I'll keep it to myself, deal.", SECRECY_PROMISE),
        # counterfactual blame with the student's means, advice for next time, sarcasm
        ("nl", "Met een privéaccount was dit allemaal niet gebeurd.", BLAMING),
        ("en", "A private account and none of this would have happened.", BLAMING),
        ("nl", "Volgende keer eerst even nadenken voordat je iets deelt.", BLAMING),
        ("en", "Next time, think before you share anything.", BLAMING),
        ("en", "That wasn't very clever of you.", BLAMING),
        # epistemic markers that state a guess as fact; declaratives that presume
        ("nl", "Je was die avond alleen, neem ik aan?", SUGGESTIVE),
        ("nl", "Mijn indruk is dat hij je onder druk zette.", SUGGESTIVE),
        ("nl", "Het klinkt alsof je bang voor hem was.", SUGGESTIVE),
        ("nl", "Je hebt het dus zelf doorgestuurd?", SUGGESTIVE),
        ("en", "I'm assuming he was older than you.", SUGGESTIVE),
        ("en", "My guess is he planned the whole thing.", SUGGESTIVE),
        ("en", "You sent it to him yourself, then?", SUGGESTIVE),
        ("en", "It sounds as if you were scared of him.", SUGGESTIVE),
    ],
)
def test_linguistic_shapes_of_each_kind(language: str, text: str, kind: str) -> None:
    assert kind in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "It shows a great deal of courage that you're telling me."),
        ("en", "Take your time, I'm not going anywhere."),
        ("nl", "Beloven dat niemand het hoort kan ik niet; wel dat ik je vertel wat ik doe."),
        ("nl", "Zonder jouw toestemming had hij die foto niet mogen delen."),
        ("nl", "Je hebt het aan je moeder verteld?"),
    ],
)
def test_look_alikes_of_the_shapes_stay_clean(language: str, text: str) -> None:
    found = kinds(text, language) - {OPTION_POSING}
    assert not found, (text, found)


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        ("nl", "Was het je stiefbroer?", ("S: Iemand heeft de foto van mijn telefoon gehaald.",)),
        ("en", "Was it someone from your hockey team?", ("S: A boy sent the video round.",)),
        ("nl", "was het luuk?", ("S: Een jongen uit mijn klas heeft het gedeeld.",)),
        ("en", "did kevin send it?", ("S: It got sent round.",)),
    ],
)
def test_a_person_the_student_never_named_is_suggestive(
    language: str, text: str, earlier: tuple[str, ...]
) -> None:
    assert SUGGESTIVE in kinds(text, language, earlier), text


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        ("nl", "Was het je stiefbroer?", ("S: Mijn stiefbroer heeft de foto gepakt.",)),
        ("nl", "Wil je dat je ouders het weten?", ("S: Ik durf het niet te zeggen.",)),
        ("en", "Have you told your parents?", ("S: I don't know what to do.",)),
        (
            "nl",
            "dus je had nooit gedacht dat hij het zou delen",
            ("S: ik had nooit gedacht dat hij het zou delen",),
        ),
    ],
)
def test_a_person_the_student_named_or_may_want_told_is_not(
    language: str, text: str, earlier: tuple[str, ...]
) -> None:
    assert SUGGESTIVE not in kinds(text, language, earlier), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Heeft hij je gedwongen die foto te sturen?"),
        ("en", "Did he force you to send that photo?"),
        ("nl", "Heeft hij je bedreigd?"),
    ],
)
def test_a_yes_no_question_about_coercion_is_option_posing_not_suggestive(
    language: str, text: str
) -> None:
    # By the corpus definitions (resources/checker/README.md): a yes/no question that brings in
    # a topic is option-posing (the legacy corpus labels "Did he make you send the picture?" and
    # "Heeft hij je bedreigd?" so); it becomes suggestive when it presumes the answer (a tag, a
    # hedge, "dus"), or names a person or detail the student never mentioned.
    assert kinds(text, language) == {OPTION_POSING}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Hij heeft je gedwongen die foto te sturen, hè?"),
        ("nl", "Hij heeft je gedwongen, neem ik aan?"),
        ("en", "He forced you to send it, didn't he?"),
        ("en", "I take it he forced you to send it?"),
    ],
)
def test_a_question_that_presumes_coercion_is_suggestive(language: str, text: str) -> None:
    assert SUGGESTIVE in kinds(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a question as a condition or an offer, answered by a permission
        ("nl", "Weet je het niet meer? Prima, zeg dat dan gewoon."),
        ("en", "Can't remember? That's fine, just say so."),
        # the adviser checking their own summary
        ("nl", "Eerst was het een grapje en later werd het eng, zeg ik het zo goed?"),
        ("en", "At first it was a joke and later it got scary, is that fair?"),
        # blame words quoted as what others say
        ("nl", "Wie 'eigen schuld' zegt, begrijpt niet wat hier gebeurd is."),
        ("en", "People who say 'you should have known better' don't understand this."),
        # it stays here ... but honestly limited
        ("en", "I won't pretend this stays between us; that wouldn't be honest."),
        ("en", "It's good that you're not keeping this to yourself any more."),
    ],
)
def test_conditions_check_backs_and_quotes_are_clean(language: str, text: str) -> None:
    assert not kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Wat je me vertelt, blijft hier."),
        ("nl", "Ik ga dit echt niet aan je ouders vertellen."),
        ("en", "Everything you say stays in this room."),
        ("en", "I'm never going to mention this to your tutor."),
    ],
)
def test_it_stays_here_and_the_speaker_passes_nothing_on(language: str, text: str) -> None:
    assert SECRECY_PROMISE in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        ("nl", "Je voelde je daarna heel alleen.", ()),
        ("en", "You felt completely alone afterwards.", ()),
        ("nl", "U hoopte dat hij zou stoppen.", ()),
        ("en", "You thought he was your friend.", ()),
    ],
)
def test_the_students_inner_state_stated_as_fact_is_suggestive(
    language: str, text: str, earlier: tuple[str, ...]
) -> None:
    assert SUGGESTIVE in kinds(text, language, earlier), text


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        ("nl", "Je hoeft je niet te schamen.", ()),
        ("en", "You don't have to feel ashamed.", ()),
        ("nl", "Je voelde je alleen?", ()),  # an echo question, no statement
        ("nl", "Je voelde je alleen.", ("S: Ik voelde me alleen.",)),  # the student's words
    ],
)
def test_reassurance_echoes_and_restatements_of_feelings_are_not(
    language: str, text: str, earlier: tuple[str, ...]
) -> None:
    assert SUGGESTIVE not in kinds(text, language, earlier), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "You shouldn't have to deal with this on your own."),
        ("nl", "Dit zou je niet alleen moeten hoeven dragen."),
    ],
)
def test_shouldnt_have_to_is_sympathy_not_blame(language: str, text: str) -> None:
    assert reassurance(text, language)
    assert BLAMING not in kinds(text, language)


@pytest.mark.parametrize(
    ("language", "text", "earlier", "flagged"),
    [
        ("nl", "Wie heeft het in de klassenapp gezet?", ("S: Iemand heeft het gedeeld.",), True),
        ("en", "Who filmed it at the party?", ("S: There's a video of me.",), True),
        ("nl", "Wie zaten er in die klassenapp?", ("S: Het ging rond in de klassenapp.",), False),
        ("en", "What happened at the party?", ("S: It started at a party.",), False),
    ],
)
def test_a_place_or_channel_the_student_never_named_is_a_detail(
    language: str, text: str, earlier: tuple[str, ...], flagged: bool
) -> None:
    assert (SUGGESTIVE in kinds(text, language, earlier)) == flagged, text


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("nl", "wss was je toen heel bang", SUGGESTIVE),
        ("en", "u shouldve told someone sooner", BLAMING),
        ("en", "i wont tell anyone, promise", SECRECY_PROMISE),
    ],
)
def test_chat_spellings_are_read_in_full(language: str, text: str, kind: str) -> None:
    found = [f for f in check_question(text, language) if f.kind == kind]
    assert found, text
    assert text[found[0].start : found[0].end] == found[0].trigger


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        ("nl", "Wat je hier zegt, gaat echt niet verder dan deze kamer.", True),
        ("en", "Whatever you tell me won't ever get past this door.", True),
        ("nl", "Je hoeft niet bang te zijn dat iemand erachter komt, dat regel ik.", True),
        ("en", "Don't worry about anyone finding out, I'll see to that.", True),
        ("nl", "Ik snap dat je bang bent dat het uitkomt.", False),
        ("en", "I understand you're scared it will come out.", False),
    ],
)
def test_it_does_not_get_out(language: str, text: str, promise: bool) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) == promise, text


@pytest.mark.parametrize(
    ("text", "presumes"),
    [
        ("I think he had planned it all along.", True),
        ("It seems you were under a lot of pressure.", True),
        ("I think it was really brave that you came to me.", False),
    ],
)
def test_english_i_think_and_it_seems_state_a_guess(text: str, presumes: bool) -> None:
    assert (SUGGESTIVE in kinds(text, "en")) == presumes, text


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        ("nl", "Je hebt het zelf ook een beetje opgezocht.", True),
        ("en", "You brought it on a bit yourself, to be fair.", True),
        ("nl", "Je klasgenoten zouden zulke foto's nooit sturen.", True),
        ("en", "Your friends would never send something like that.", True),
        ("nl", "Je zus weet dat niet.", False),
        ("en", "Your friends don't know that yet.", False),
    ],
)
def test_a_share_of_the_fault_and_a_comparison_blame(
    language: str, text: str, blames: bool
) -> None:
    assert (BLAMING in kinds(text, language)) == blames, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Ik beloof je geen geheimhouding, wel dat ik eerlijk ben over wat ik doe."),
        ("nl", "Onder ons houden kan ik dit niet, maar ik laat je niet vallen."),
        ("en", "I'm not promising secrecy; I'm promising to be straight with you."),
        ("en", "I'm required to report this, and I'll tell you who gets to see it."),
    ],
)
def test_no_promise_a_duty_and_transparency_are_honest(language: str, text: str) -> None:
    assert honest_limits(text, language), text
    assert SECRECY_PROMISE not in kinds(text, language), text


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        # someone else's secrecy: the other person demanded it, people in general keep it
        ("nl", "Ze vroeg of je het stil wilde houden; wat antwoordde jij?", False),
        ("nl", "Hij zei dat je het geheim moest houden, en wat nog meer?", False),
        ("nl", "Kinderen houden zulke dingen vaak heel lang geheim.", False),
        ("en", "She asked you to keep quiet about it; what did you answer?", False),
        ("en", "Teenagers keep this kind of thing secret for months.", False),
        # the adviser staying put is no promise; the story going nowhere is
        ("nl", "Rustig aan, ik ga nergens heen.", False),
        ("nl", "Ik ga nergens heen met wat je zegt.", True),
        ("en", "I'll keep it secret, don't worry.", True),
    ],
)
def test_someone_elses_secrecy_is_no_promise(language: str, text: str, promise: bool) -> None:
    assert (SECRECY_PROMISE in kinds(text, language)) == promise, text


@pytest.mark.parametrize(
    ("language", "text", "option"),
    [
        # an invitation after a preface or with an aside is open (NICHD)
        ("nl", "Ik wil het graag goed begrijpen; kun je me vertellen wat hij schreef?", False),
        ("en", "I'd like to get this right; could you describe what he wrote?", False),
        ("en", "Would you, when you're ready, tell me what he wrote?", False),
        # an adverb before the question word leaves it open
        ("en", "Approximately when did the messages start?", False),
        ("nl", "Ongeveer hoe lang gaat dit al?", False),
        # an indefinite subject opens a statement, not a verb-first question
        ("nl", "iemand die zoiets doorstuurt maakt de fout", False),
        # still closed: a yes/no question after a preface, or a bare "then?" after one
        ("nl", "Ik wil het goed begrijpen; was hij erbij?", True),
        ("en", "He was in your class, then?", True),
    ],
)
def test_invitations_after_a_preface_stay_open(language: str, text: str, option: bool) -> None:
    assert (OPTION_POSING in kinds(text, language)) == option, text


@pytest.mark.parametrize(
    ("language", "text", "presumes"),
    [
        # granted for the sake of argument, then a reassurance: no presumption
        ("nl", "Zelfs als je het zelf hebt verstuurd, mag hij het niet verspreiden.", False),
        ("en", "Even if you sent it yourself, he had no right to share it.", False),
        ("en", "You sent it yourself, didn't you?", True),
    ],
)
def test_a_concession_is_no_presumption(language: str, text: str, presumes: bool) -> None:
    assert (SUGGESTIVE in kinds(text, language)) == presumes, text


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # reassurance or an honest limit before "maar"/"but" does not clear what follows it
        (
            "nl",
            "Je kunt er niks aan doen hoor, maar je had hem ook nooit moeten vertrouwen.",
            BLAMING,
        ),
        ("en", "It isn't your fault, but you should have told someone much sooner.", BLAMING),
        # praise clears its own clause, not a promise in the next one
        ("nl", "Fijn dat je er bent, en alles wat je zegt gaat nergens heen.", SECRECY_PROMISE),
        ("en", "Great that you came, and none of this leaves this room.", SECRECY_PROMISE),
        # working something out together is no honest limit
        (
            "nl",
            "We zoeken het samen uit, niemand anders hoeft er iets van te weten.",
            SECRECY_PROMISE,
        ),
        ("en", "We'll sort it out together, nobody else needs to know.", SECRECY_PROMISE),
        # the duty to report denied by the speaker
        ("nl", "Ik hoef dit nergens te melden, dus het blijft onder ons.", SECRECY_PROMISE),
        ("en", "I'm not required to report any of this, so it stays with me.", SECRECY_PROMISE),
        # the student's own agency stressed, the consequence brought on, warned before
        ("nl", "Uiteindelijk heb je die foto zelf gemaakt.", BLAMING),
        ("en", "At the end of the day you posted it yourself.", BLAMING),
        ("nl", "Zo gaat dat nou eenmaal als je met onbekenden chat.", BLAMING),
        ("en", "That's just what happens when you add people you don't know.", BLAMING),
        ("nl", "Hoe vaak is je niet gezegd dat je dat niet moest doen?", BLAMING),
        ("en", "Everybody knows you shouldn't send that kind of thing.", BLAMING),
    ],
)
def test_a_veto_keeps_to_its_scope_and_general_blame_shapes(
    language: str, text: str, kind: str
) -> None:
    assert kind in kinds(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an honest limit after "maar" still clears the promise before it
        ("nl", "Ik ga het niet rondvertellen, maar als iemand het moet weten, hoor je dat eerst."),
        (
            "en",
            "I won't spread it around, but if someone has to know, you'll hear it from me first.",
        ),
        # deciding together who hears it is an honest limit
        ("nl", "Niemand hoort het zomaar; wie het moet weten, bepalen we samen."),
        ("en", "Nobody hears it behind your back; we'll decide together who needs to know."),
        # the student's own action asked about, or praised
        ("nl", "Heb je de foto zelf gemaakt?"),
        ("en", "Good that you reported it yourself."),
    ],
)
def test_look_alikes_of_the_scoped_vetoes_are_left_alone(language: str, text: str) -> None:
    assert not kinds(text, language) & {BLAMING, SECRECY_PROMISE}


def test_a_summary_in_the_students_own_words_is_cleared_for_the_semantic_layer() -> None:
    from adviser_desk.domain.question_checker import vetoes

    earlier = ("S: Ik kende hem van een game.", "S: Hij vroeg om een foto.")
    text = "Je kende hem van een game en hij vroeg om een foto."
    cleared = vetoes(text, "nl", earlier)
    assert (0, len(text)) in cleared[SUGGESTIVE]
    assert (0, len(text)) in cleared[BLAMING]
    # one new content word (a feeling the student never named) makes it the adviser's
    distorted = "Je kende hem van een game en je was verliefd op hem."
    assert (0, len(distorted)) not in vetoes(distorted, "nl", earlier)[SUGGESTIVE]
    assert (0, len(text)) not in vetoes(text, "nl")[SUGGESTIVE]


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        # the student's view of another person's motive: nobody's behaviour on trial
        ("nl", "Waarom denk jij dat die jongens het rondstuurden?", False),
        ("nl", "Waarom wilden ze dat filmpje eigenlijk hebben, denk je?", False),
        ("en", "Why do you reckon those lads passed it on?", False),
        ("en", "Why would she want your number, do you think?", False),
        # the student's own acts stay on trial, also beside someone else's motive
        ("nl", "Waarom stuurde je hem die foto?", True),
        ("en", "Why did the boys share it, and why did you send it in the first place?", True),
    ],
)
def test_a_why_about_someone_elses_motive_is_no_blame(
    language: str, text: str, blames: bool
) -> None:
    assert (BLAMING in kinds(text, language)) is blames, text


def test_the_semantic_layers_vetoes_read_chat_spelling_written_out() -> None:
    from adviser_desk.domain.question_checker import vetoes

    typed = "u couldnt have guessed he was lying"
    assert (0, len(typed)) in vetoes(typed, "en")[BLAMING]
    motive = "why d'you think that girl did it"
    assert (0, len(motive)) in vetoes(motive, "en")[BLAMING]
    staying = "take ur time, im not going anywhere"
    assert (0, len(staying)) in vetoes(staying, "en")[SECRECY_PROMISE]
    # a promise typed so is not cleared
    promise = "dont worry, im not telling anyone"
    assert (0, len(promise)) not in vetoes(promise, "en")[SECRECY_PROMISE]


def test_an_inflected_word_of_the_student_is_still_their_word() -> None:
    from adviser_desk.domain.question_checker import vetoes

    earlier = ("S: He said it on snap.",)
    echo = "So he snapped you that, what happened then?"
    assert (0, len(echo)) in vetoes(echo, "en", earlier)[SUGGESTIVE]
    inserted = "So he snapped you a threat, what happened then?"
    assert (0, len(inserted)) not in vetoes(inserted, "en", earlier)[SUGGESTIVE]
