"""Safeguarding: current risk only, aware of negation, the past and oblique wording."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from storybot.nlp import Analysis, assess_risk, detect_risk, risk
from storybot.nlp.disclosure import load_disclosure_model
from storybot.nlp.risk import WORDING, assess_rules

AT_RISK = [
    "everyone would be better off without me",
    "Lately I keep thinking it would be easier if I wasn't here.",
    "I've been saving up my tablets just in case.",
    "I don't want to be here any more.",
    "I've started cutting again, it's the only thing that helps.",
    "He hits me when he's had a drink and I'm scared to go home.",
    "she takes my bank card and checks my phone, and last night she locked me in",
    "Worker note: young person going missing from home, new phone, possible county lines.",
    "I'm going to kill myself tonight.",
    "I self-harm most nights.",
]
NOT_AT_RISK = [
    "I used to self-harm but I've been fine for two years",
    "I never felt listened to",
    "I'm not suicidal, just tired of the forms.",
    "My back is killing me today.",
    "Years ago I tried to end it, but I'm in a good place now.",
    "I could kill him for eating my last biscuit lol",
    "No problems with housing, and I feel safe where I am.",
    "The support worker helped me fill in the form.",
    "Her ex was violent but that was a long time ago and she has moved on; years ago now.",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_current_risk_is_flagged(text: str, analyse: Callable[[str], Analysis]) -> None:
    assert detect_risk(text)
    result = analyse(text)
    assert result.safeguarding
    assert result.safeguarding_reasons


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_negated_past_and_idioms_are_not_flagged(text: str, analyse: Callable[[str], Analysis]) -> None:
    assert not detect_risk(text)
    assert not analyse(text).safeguarding


def test_reasons_are_categories_not_text() -> None:
    assessment = assess_risk("He hits me. I keep thinking everyone would be better off without me.")
    assert assessment.reasons == ["abuse_or_violence", "suicidal_intent"]


def test_detect_risk_does_not_need_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from storybot.nlp import detect_risk; "
        "assert detect_risk('everyone would be better off without me'); "
        "assert 'spacy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_text_without_any_cue_takes_the_fast_path() -> None:
    from storybot.nlp.risk import assess_risk

    result = assess_risk("We planted tomatoes at the allotment and had a cup of tea after.")
    assert not result.at_risk and result.cues == []


# Each newly handled kind of current risk, in wording that is in none of the gold sets.
MORE_AT_RISK = [
    "they'd all be happier without me around",  # others better without me
    "I just really want to stop existing",  # a wish to die, words in between
    "I've been stockpiling my insulin",  # means
    "I keep standing on the bridge at night",  # place
    "I've made a plan and set a date",  # plan
    "tbh I can't stop thinking about ending it",  # a compulsion is not a negation
    "i don't think I'll be around much longer",
    "I've started punching walls again",  # self-injury
    "she pinned me against the fridge and I'm frightened to go back",
    "he threw a plate at me on Sunday",
    "he says he'll hurt my mum if I leave",
    "I'm not allowed out and he checks my bank statements",  # coercive control
    "I have to hand over my wages to my aunt every Friday",
    "they pay me in weed to drop parcels to Hull",  # exploitation
    "she's 14 and seeing a 26 year old man who told her to keep it secret",
    "they use my flat to bag up and I'm too scared to say no",  # cuckooing
    "he locks the kids in when he goes out",
    "Worker: Mr P has suicidal thoughts and access to firearms.",
    "i just want all of it to be over, took a few of my mum's sleeping tablets earlier",
    "I keep picturing my own funeral and it would be such a relief",
    "nobody would miss a thing if I wasn't around, the world would keep going",
    "I'm parked at the top of the multi-storey",
    "I cut too deep last night and it's still bleeding",
    "he put his hands around my throat in front of the kids",
    "my dad doesn't feed us when he's drinking",
    "I've got to pay him half my universal credit or he says he'll take the kids",
    "a stranger online asked her for pics and sent explicit messages",
    "he runs for a county line after school",
    "my ex keeps showing up outside the school gates",
    "someone threw a firework at our door again",
    "my cousin is threatening to come over and batter me",
    "they're asking me to hold stuff for them and I'm scared what happens if I say no",
]
MORE_NOT_AT_RISK = [
    "Abuse, addiction, debt, all of it came up in the group.",  # a list of subjects
    "Staff must report suspected exploitation to the lead within a day.",  # policy
    "We did a workshop all about self-harm and young people.",  # talk about a subject
    "The documentary we watched in group was about county lines.",
    "What would you do if a client said they were suicidal?",  # hypothetical
    "Domestic abuse awareness week starts Monday.",
    "I self-harmed in my twenties but that's well behind me, it's been over a decade.",
    "He got hammered at darts on Saturday.",  # sport
    "They kept pushing me to apply for college and I'm glad they did.",
    "The baby kicks me all night.",
    "He was grooming the horse when I arrived.",
    "Lessons learned: the referral for suspected exploitation in 2019 waited three weeks.",
    "I'm not doing another winter in this damp flat, I've asked for a transfer.",
    "my mum kicked me out at 17 and the foyer took me in",
    "They kept pushing me into a retail job when I wanted to train as a nurse.",
]


@pytest.mark.parametrize("text", MORE_AT_RISK)
def test_more_kinds_of_current_risk(text: str) -> None:
    assert detect_risk(text), assess_risk(text).cues


@pytest.mark.parametrize("text", MORE_NOT_AT_RISK)
def test_talk_lists_policy_hypotheticals_and_idioms_are_not_flagged(text: str) -> None:
    assert not detect_risk(text), [c for c in assess_risk(text).cues if c.counts]


def test_a_person_before_a_subject_word_makes_it_a_disclosure_again() -> None:
    assert not detect_risk("We covered self-harm in the session.")
    assert detect_risk("We covered self-harm in the session and I told them I self-harm every night.")


def test_framed_cues_are_kept_but_do_not_count() -> None:
    (cue,) = [c for c in assess_risk("Topics: suicide, debt, housing.").cues if c.category == "suicidal_intent"]
    assert cue.framed and not cue.counts


# One sentence per kind of wording the generalising rounds added; none is in the gold sets.
GENERALISED_AT_RISK = [
    "cant take this no more, sorry every1 x",  # text-speak spelt out
    "I've sorted out who gets the cat and written letters for everyone.",  # arrangements for after
    "Been nice talking to you. I won't be needing the next session.",  # leave-taking
    "I'm going to do something stupid this weekend.",  # euphemism for acting
    "been saving up my nan's diazepam, got about forty now",  # gathering any named medicine
    "There's a belt in the garage and a beam that would hold.",  # ligature and a place
    "Sitting in the car by the reservoir at 2am.",  # a place, now
    "I really don't see myself getting to my birthday.",  # a future not expected
    "I'd like to fall asleep and just not wake.",  # sleep without waking, other words
    "Ngl I've been thinking about unaliving.",  # slang
    "Most nights I sit on the stairs with the razor.",  # sitting with the means
    "The cuts on my thighs are new and I cover them up.",  # fresh marks, hiding them
    "My granddaughter has finger marks on her neck and panics about going home.",  # a child's injury and fear
    "The twins have had nothing to eat since Friday and their dad is passed out again.",  # neglect
    "He decides who I see and I have to send him a photo every hour.",  # control
    "Her son has taken over her pension and she gets a fiver.",  # money taken from an older adult
    "They've got me carrying parcels for them after school.",  # criminal exploitation
    "She's 13 and dating a 20 year old from the park.",  # age gap
    "Someone has videos of me and says he'll post them unless I pay.",  # image blackmail
    "My uncle says they're taking me abroad to get married and I can't say no.",  # forced marriage
    "The lender said he knows where my daughter works.",  # threat through family
    "They leave her in a soiled bed all day at that home.",  # neglect in care
    "I'll be with him again soon, I've stopped taking my tablets.",  # rejoining the dead
    "When I left him in 2019 I thought it was over, but now he turns up wherever I go.",  # past elsewhere
    "No point paying the gas, I won't be around to use it.",  # negation in another clause
]
GENERALISED_NOT_AT_RISK = [
    "Nobody would notice if I skipped the quiz, so I stayed in.",  # not being gone
    "My daughter says she'll kill me if I touch her phone.",  # hyperbole
    "I don't want to go on like this with the repairs.",  # about a thing
    "I gave the dog to my sister because my new flat doesn't allow pets.",  # one weak sign alone
    "I sat in the garden with a cup of tea and just looked at it all.",  # no means
    "I cut my thumb on a tin and it bled for ages.",  # accident
    "Years ago he kept my passport; I got free in 2018 and I'm doing well.",  # past, recovered
    "Our training covered forced marriage and image-based abuse.",  # talk about the subject
]


@pytest.mark.parametrize("text", GENERALISED_AT_RISK)
def test_generalised_wording_is_flagged(text: str) -> None:
    assert detect_risk(text), assess_risk(text).cues


@pytest.mark.parametrize("text", GENERALISED_NOT_AT_RISK)
def test_generalised_wording_keeps_hard_negatives_clear(text: str) -> None:
    assert not detect_risk(text), [c for c in assess_risk(text).cues if c.counts]


# Everyday narratives the training corpus showed being flagged (a precision check on
# stories written for themes, not for safeguarding), beside the disclosures they resemble.
EVERYDAY_NOT_AT_RISK = [
    "I'm taking all the help I can get right now.",
    "I take all my tablets every morning with breakfast.",
    "The lady from the advice place took the whole box off me and went through it.",
    "The system pushes us to let go of the people who need us longest.",
    "If they'd pushed me in month one I'd have bolted.",
    "Thought about ending it last winter. The crisis team came out and things are better now.",
    "My son got stabbed last year. He survived.",
]
EVERYDAY_LOOKALIKES_AT_RISK = [
    "I'm going to take all my pills tonight.",
    "thinking of taking all my meds",
    "I could just take all of my tablets and be done.",
    "took the whole lot in one go last night",
    "He pushed me to the floor last night.",
    "He has been hitting me since last year.",
]


@pytest.mark.parametrize("text", EVERYDAY_NOT_AT_RISK)
def test_everyday_wording_is_not_flagged(text: str) -> None:
    assert not detect_risk(text), [c for c in assess_risk(text).cues if c.counts]


@pytest.mark.parametrize("text", EVERYDAY_LOOKALIKES_AT_RISK)
def test_the_disclosures_everyday_wording_resembles_are_flagged(text: str) -> None:
    assert detect_risk(text), assess_risk(text).cues


def test_cue_offsets_point_into_the_original_text() -> None:
    text = "cant go on n im gonna end it 2nite"
    spans = [text[c.start : c.end] for c in assess_risk(text).cues]
    assert "gonna end it" in spans


# Round three, from whole narratives written blind: signs that add up across a story, and
# workers' notes of what they have done about a concern now.
ROUND_THREE_AT_RISK = [
    # Affairs in order.
    "I've sorted my cat out with my sister and written everyone their letters so it doesn't really matter now if they fix it.",
    "The funeral plan is paid up and Tom says he'll take the dog. After that he needn't bother ringing, there'll be nobody in to answer.",
    # Self-harm in its own words.
    "I've started doing my arms again with the compass, it's the only thing that shuts my head up.",
    "been doing the thing with the razor again most nights, sleeves down so no one sees",
    # Control.
    "He likes me home by four and I can't get the bus without asking. Don't ring the landline, he answers it.",
    # Exploitation.
    "Two young males in the flat again and it looks like his flat is being used.",
    "Leah (14) says her boyfriend is about 20 and has a car.",
    "There are letters about loans in my name that I never signed for.",
    # Neglect, as a worker sees it and acts.
    "Same school jumper all week and he arrived hungry again. Meets threshold, referral to the front door today.",
]
ROUND_THREE_NOT_AT_RISK = [
    "Say someone came in who was thinking of ending it and got told to use the computer - what then? That's not me.",
    "Bruising was raised with ASC in March; the enquiry is now closed with no further concerns.",
    "We did a referral to the front door for a housing adaptation.",  # one sign alone
    "My mate's dog is going to my sister while he's on holiday.",
]


# Round four, from blind sets C and D: the same kinds in other words, and stalking.
ROUND_FOUR_AT_RISK = [
    "They've booked a reassessment but I won't be needing it. I've put the letters for the boys in the drawer with the will and asked my sister Lorna to have the dog.",
    "I've sorted out who gets the cat and written my letters, so it won't matter much longer.",
    "I've gone back to doing the thing with the razor, on my thighs so nobody sees.",
    "my ex keeps turning up. hes made 5 new insta accounts since i blocked him and he knows what bus i get",
    "She's 13, men in their 20s pick her up from the end of our road in different cars.",
    "Her friend showed me messages where he's asking Chloe for pictures. Chloe (13) says her boyfriend is 19.",
    "them lads r still stopping at mine n they wont give me my key back. said if i grass theyl do me in",
    "His friends are staying and he's sleeping on his own sofa; he's scared to ask them to leave.",
    "My boyfriend has my banking app on his phone and checks my location when I'm at work.",
    "Mr Lowther, 84 with dementia - his grandson has moved in, has his bank card and PIN, and the fridge was empty again.",
    "A boy of about 8 has come in on his own asking for food for him and his sister. He says mum sleeps all day.",
]
ROUND_FOUR_NOT_AT_RISK = [
    "We'd been attacked outside our last place, so the new flat means everything.",
    "I wrote letters to the council and my MP about the repairs.",
    "My neighbour's going to look after the dog while I'm in hospital for my knee.",
]


# Round five, from blind sets E (chat messages) and F (worker notes).
ROUND_FIVE_AT_RISK = [
    "Been sitting in the car in the garage with the engine running a few nights. Just to see what it's like.",
    "took about 30 paracetamol last night after a row, feel totally fine today tho",
    "is it normal to feel really calm once youve picked a date? havent told anyone",
    "he's only rough when he's had a drink, so fridays i put the kids to bed early",
    "lol my bf says if i ever leave him hell make sure no other lad ever wants to look at me again",
    "can this chat be deleted after? if jamie finds out ive been talking to you im dead",
    "man said hes gonna shank me after school tmrw",
    "down to one yoghurt a day now and i go proper dizzy on the stairs, pls dont tell my mum",
    "My chest has been tight since breakfast and my left arm keeps going numb, but I don't like to bother the ambulance people.",
    "She has been left in the same soiled nightdress, her water jug out of reach.",
    "Pt isn't allowed her own bank card and has to say where she's going, even to the GP.",
]
ROUND_FIVE_NOT_AT_RISK = [
    "I self-harmed quite a bit at uni but I'm 40 now and that's well behind me.",
    "I'll kill him if he's late again lol, the housing officer I mean",
    "Where can I find stuff on forced marriage law? Doing my dissertation on it.",
    "Passive thoughts 2 wks ago, none since; no plans, no intent, no hx of attempts or self-harm.",
    "The GP sent me a lady with recurrent chest pain. She hasn't been back with chest pain since.",
]


# Round six, from blind set H (short real-world texts that hint).
ROUND_SIX_AT_RISK = [
    "hiya it's Chantelle, I can't talk proper he's only in the shower. Don't ring this number back. If I've not rung you by Tuesday can someone go round.",
    "down to a cereal bar a day and black coffee. blacked out in PE yesterday. 4 more kilos and i'll be happy",
    "Im done bein nice. If Dean looks at my girl again ill put him in the ground. dont try and talk me out of it",
    "haha if i fail the resit im walking into the sea 🌊 not even joking ive checked the tide times",
    "My ex picks the kids up absolutely steaming and drives them back to his, in the back without their boosters.",
    "The flat above mine - two little ones - I haven't seen or heard an adult since Friday. The little one's been crying all night.",
    "Sorted the will with the solicitor, the dog's going to Brian next door, and I've cancelled the paper. You won't need to ring after this month, love.",
    "my uncle keeps saying the family's name has to be cleaned",
    "its fine its only on my thighs now so nobody sees 🙃 been doing it most nights",
    "took the rest of my sertraline about an hour ago. tell my brother its not his fault",
    "Dad's speech is slurry and one side of his mouth has dropped a bit. Should I wait till Monday?",
    "they take my card to the cash mashine and bring it back emty. they no were i live",
    "Sat in the same soaked pad as when I left, water jug where she can't reach it.",
    "He's been sat in his car outside my work again. I found a little black box taped under my bumper.",
]
ROUND_SIX_NOT_AT_RISK = [
    "The way he controlled her money - I lived that for eleven years. Divorced 2014, happy as Larry. Still hit me like a train though.",
    "Saw on the local news someone got stabbed outside the chippy last night. Terrible.",
    "for english coursework i'm writing a story where the main character gets groomed online",
    "Before, the man keep my passport and I work for nothing. Now I have my passport back. I am free now.",
    "the park isnt safe at night and my mate got jumped in the summer",
]


# Round seven, from blind set G (narratives written to look like eval/dev.jsonl).
ROUND_SEVEN_AT_RISK = [
    "Connor and his mates have been stopping at mine since the summer. They've got my spare key and I stay in the bedroom when people come round. I can't really say no, can I.",
    "I've paid the rent up to the end of the month and my brother is having the dog, so that's all straight. I won't be needing the flat after that. I've had a fair innings.",
    "She mentioned her partner had his hands round her throat on Saturday night, then went straight back to the form.",
    "hes 23 and he actually listens to me. his mate wants to meet me at the flat, i just have to be nice to him. im 14",
]
ROUND_SEVEN_NOT_AT_RISK = [
    "I asked her straight out about thoughts of ending her life or harming herself - a clear no.",
    "When I was fifteen I ran drugs for older lads. I'm twenty-four now and I do sessions with Year 9s about grooming.",
]


# Round eight, from blind sets I (UK-wide narratives) and J (real-world texts): new
# sentences of the same kinds, not the sets' own.
ROUND_EIGHT_AT_RISK = [
    "The lads are a lot older than me and they got me a new phone. Kai says I can pay him back by doing him a favour.",
    "i dont let myself eat if i get something wrong at work, nothing since tuesday",
    "I've been keeping them in a tin under the bed just in case it all gets too much again.",
    "My neighbour is having the cat from the 3rd and it's all in an envelope on the side. The rent won't be my problem after that.",
    "Year 4 pupil said mum 'gets the belt out' when he's bad and showed me a mark on his leg.",
    "My daughter collects my pension every week and I never see a penny of it. I keep to my room till she's gone out.",
    "Her little ones were out in the road again till gone 11, in the cold. The youngest asked me for some bread.",
    "The baby's 5 weeks and I've been giving her cow's milk since the formula ran out.",
    "Dad's mouth has gone droopy and he's talking funny since lunch. They said someone would ring back but it's been two hours.",
    "He keeps asking which school my kids go to since I fell behind with what I owe him.",
    "He kicked it in last month and he's home on Saturday, I need a lock on the bedroom before then.",
    "The sores on her feet are weeping and she was still in the pad from last night when I got there.",
    "She says she owes him now and has to be nice to his mates at the party.",
]
ROUND_EIGHT_NOT_AT_RISK = [
    "The nurse asked if I had ever felt like hurting myself and I said no, honestly it's the debt that's the problem.",
    "Refresher training on Monday. The case studies were a partner checking her phone, taking her wages, and stopping her seeing family.",
    "Our procedure is that any disclosure of self-harm goes to the team leader the same day.",
    "My son collects my prescription on Fridays, bless him.",
]


# Round nine, from blind sets K (workers' notes across agencies) and L (chat answers).
ROUND_NINE_AT_RISK = [
    "He said if I go to the police he'll break my sister's arms.",
    "they know im out now and said im getting stabbed next time",
    "Her stepdad shuts her in the shed when she's cheeky and does her with a cable.",
    "Toddler with a broken wrist, the account doesn't fit and there's older bruising on his back.",
    "He's been parked outside my mum's every night and he knows when I finish work.",
    "Her boyfriend sat in and answered every question, and she checked his face before she spoke.",
    "They sleep in the container behind the yard and owe the boss for the journey over.",
    "They've found a husband for me and my passport has gone missing from my room.",
    "fresh plasters up both her arms again and she wouldn't let me see",
    "Some nights I think it would be kinder for him if we both went to sleep and never woke.",
    "Sorted my affairs last week. The help came too late for me, that's all.",
    "My chest feels tight and my left arm has gone numb, but I don't want a fuss so I haven't called anyone.",
    "I could hear her calling out for help but she couldn't get to the door, and her curtains have been drawn since Sunday.",
    "woke up on the kitchen floor, dunno how long for, still got some of it left",
    "the carers haven't been since monday and I can't get out of bed on my own",
    "I can stay at his as long as I'm nice to him and his mates.",
    "My nephew has had my bank card since June. The heating has been off since October and there's not much in the fridge, but he has been kind to me in the past.",
]
ROUND_NINE_NOT_AT_RISK = [
    "Team reflection after the self-harm and suicide awareness course: we need a quieter room for these talks.",
    "that job was basically modern slavery lol, but I'm at a decent place now",
    "People assume we're all being exploited. We're not, it's my choice and my business.",
    "In my country the soldiers beat me. Now I am safe here and learning English.",
    "I've self-harmed in the past but not for a long time now.",
    "We'd been attacked outside our old flat, which is why the council moved us.",
]


# Round ten, from blind set N (short messages).
ROUND_TEN_AT_RISK = [
    "she's 13 and gets collected by an older man from the park most nights, won't say who he is",
    "my waters have broken and he won't let me call an ambulance",
    "his dad belts him when he gets a bad report",
    "my brother took something and he's not waking up, breathing all funny, we can't ring 999",
    "🔪🩸 again. i know i said i'd stopped",
    "Thank you Dee for everything, you were the only one who ever listened. I've made my own arrangements.",
    "kicked my head in outside the station last night, can't go back to that doorway",
    "Is the path over the viaduct open? Want to see it one last time before the weekend.",
    "Nan's been on the floor since last night and her carers haven't been since Monday.",
    "The little girl next door has been on the step in her nightie till gone 10 again and nobody's answered that door in three days. She asked me for bread.",
]
ROUND_TEN_NOT_AT_RISK = [
    "gonna kill my sister she's eaten all my crisps 😂",
    "I'm going to walk the coast path one last time before we move to Leeds, it's been a good ten years here.",
]


# Round eleven, from blind set M (dev-like narratives).
ROUND_ELEVEN_AT_RISK = [
    "The wee one upstairs is on her own after school till gone nine most days, and I hear her crying through the wall.",
    "I still do the thing with the cigarette on my arm when I can't sleep.",
    "I've got it down to one apple a day and I went a bit dizzy on the bus, but I'm not telling the doctor, they'd only weigh me.",
    "He's got a tracking app on my phone and does all the money, I get ten a week. He says my mum fills my head with nonsense.",
    "Her ex has been out since the 12th, he's parked opposite the nursery twice and left flowers on her doorstep with a note.",
    "Sometimes I think it'd be easier for everyone if I just didn't come back from the hills.",
    "Ran out of insulin on Friday and I've been throwing up since last night, can't stop drinking.",
    "Dad's on the floor when I get back from school and I can't lift him. We don't tell school because they'd put us in care.",
    "A man from the bank told her to move her savings to a safe account and a courier came for the cash.",
    "Lives alone, no care package, not answered the phone since Friday.",
]
ROUND_ELEVEN_NOT_AT_RISK = [
    "Asked directly about thoughts of suicide - clear no, future plans with his grandchildren.",
]


# Round twelve: plain wording a newcomer to the rules found missed while probing them
# (not from a blind set): negatives written out in full, harm told as the way of coping,
# and wanting everything to end.
ROUND_TWELVE_AT_RISK = [
    "I do not want to be here anymore.",
    "I do not think I can keep myself safe tonight.",
    "I cannot see the point of carrying on.",
    "Honestly cutting is the only thing that helps when it gets this bad.",
    "The only thing that calms me is burning myself.",
    "I've had enough, I just want it all to stop.",
    "Most days I wish everything would just end. I want the whole thing to be over.",
]
ROUND_TWELVE_NOT_AT_RISK = [
    "I used to want it all to stop, but that was a long time ago and I'm doing well now.",
    "I would never want it all to end, I have my kids to think of.",
    "Cutting the grass is the only thing that helps me relax.",
    "He did not hit me and he would never.",
    "I do not feel unsafe at home any more since the locks were changed.",
]


# Round thirteen, from blind set O (plain, careful English), in new words.
ROUND_THIRTEEN_AT_RISK = [
    "I don't plan to be around by the weekend, I have sorted everything out.",
    "Mum has written notes to all of her grandchildren and says she will not need her tablets after Friday.",
    "He pushes my head into the sink when he is angry with me.",
    "My wife has had severe pains in her chest since lunchtime and refuses to let me call an ambulance.",
    "The carers at Sunrise Care have not been in since Monday and he has not eaten since Saturday.",
    "A girl of nine told me she is left alone with the baby all night while her mum works.",
    "The man who used to be my dealer keeps his stuff at mine now and is selling from it. "
    "He told me what would happen if I called the police.",
    "I cannot see any reason to go on.",
]
ROUND_THIRTEEN_NOT_AT_RISK = [
    "At every review we ask whether anyone is thinking about suicide, and nobody was this month.",
    "A news story about a man who died by suicide upset several people in the group.",
    "The man who used to hit me is in prison now and I feel safe.",
    "She used to hold my head under the water when I was small, but she died years ago.",
    "He has not eaten since breakfast because he was at football all day.",
]


# Round fourteen, from blind set P (family, friends and neighbours), in new words.
ROUND_FOURTEEN_AT_RISK = [
    "My cousin sent a photo of his legs dangling over the edge of the bridge and he's not answering.",
    "Her mum has kept her off school to work in the takeaway since half term and took her phone off her.",
    "Grandad's been on the kitchen floor since this morning, he can't get up and he says not to ring anyone.",
    "He pinned her against the fridge last night and she has marks round her neck.",
    "My brother has been coughing up blood and is sleeping in the garage since Dad threw him out.",
    "The two little ones next door have been on their own since Saturday and the older one came round asking for food.",
    "She left a note saying thanks for everything and sorry about the mess you'll find.",
    "Mum hasn't had her insulin for three days and her breath smells like pear drops.",
]
ROUND_FOURTEEN_NOT_AT_RISK = [
    "If I don't pass my driving test on Friday I'm literally going to die 😂",
    "Dad used to lock me in my room when I was little, but he's been gone twenty years.",
    "I gave my mate my old guitar because I never play it.",
    "We had two phones stolen at the festival.",
    "The older lads in the car park wait for the bus with us every morning.",
]


# Round fifteen: plain first-person sentences, probed after round fourteen (not a blind set).
ROUND_FIFTEEN_AT_RISK = [
    "I swallowed an overdose twenty minutes ago and I feel sick.",
    "Honestly my life is not worth living any more.",
    "Some days I feel like ending it all.",
    "I can't go on like this any longer.",
    "They are forcing me to carry packages for them to pay back what I owe.",
    "There's a knife in my bag and I keep thinking about using it.",
]
ROUND_FIFTEEN_NOT_AT_RISK = [
    "I took an overdose years ago but I'm fine now.",
    "Life is not worth living without a decent cup of tea, ha.",
    "My nurse asked me last week if I ever feel like ending it all and I told her no, never.",
]


# Round sixteen, from blind sets Q (feedback channels) and R (online posts), in new words.
ROUND_SIXTEEN_AT_RISK = [
    "He said he'd share the videos he made me take unless I kept paying him.",
    "My landlord told me he'd take the rent some other way if I couldn't pay, and he's started letting himself in.",
    "My uncle comes into my bedroom at night when everyone's asleep and tells me it's our secret.",
    "I've written notes to all my kids and the rent won't be my problem for much longer.",
    "Bought four boxes of paracetamol on the way home tonight.",
    "Most mornings I think about steering into the barrier on the bypass.",
    "If I mention my sister he goes quiet and I pay for it later.",
    "Her son has been missing since Tuesday and was last seen getting into a white van.",
    "The wiring in the baby's room keeps sparking and the ceiling is sagging over the cot.",
    "I'm so scared of what I might do to him next time he wets the bed.",
    "He texted at midnight asking me to feed his cat for him, and now I'm scared he really means it.",
    "I haven't eaten in three days and there's no food in the flat.",
]
ROUND_SIXTEEN_NOT_AT_RISK = [
    "Can you look after the dog for me while I'm in hospital next week?",
    "I bought two packs of paracetamol for the kids' colds.",
    "There was a time I thought about ending it, but I'm doing well now.",
    "Ten years today since I last self-harmed, and I'm proud of it.",
    "We watched a documentary on county lines in class, it was really good.",
    "The self-harm training was useful, slides at https://example.org/self-harm-awareness.",
    "Thought I was going to die on that run lol but I'm hooked now.",
    "Before I had the kids my ex hit me, but I'm divorced five years now and happy.",
    "At 3am I was still up with the baby, and at 3am tonight I probably will be again.",
]


# Round seventeen, from blind sets S (dev-like narratives) and T (public comments), in new words.
ROUND_SEVENTEEN_AT_RISK = [
    "The voices keep telling me my neighbour is poisoning me, and there's a knife by the back door now in case he tries anything.",
    "I've found a new home for my dog and I've made my peace with it all.",
    "He bent my wrist back until I screamed because I spent money on nappies.",
    "I owe a dealer £600 and I'm sleeping at my cousin's so they can't find me.",
    "Most nights I'm burning my arm with a lighter after the kids go to bed.",
    "My landlord hinted there were other ways I could pay when I fell behind.",
    "When I got there the dad couldn't wake him and the toddler, aged two, was alone in the bath.",
    "There are strangers in and out of my nan's flat all night and she says she's not allowed in her own kitchen.",
    "My husband reads all my messages and I'm only allowed out on my own to take the kids to school.",
    "She's been sitting in her own urine since the morning because nobody came.",
    "Every night I hear her screaming 'get off' through the wall and then it goes silent.",
    "He's 15 and staying with a 'friend' who's forty-odd and makes him pay his way.",
]
ROUND_SEVENTEEN_NOT_AT_RISK = [
    "The GP always asks whether anyone is hurting me, and the answer is no, I'm just tired.",
    "On the course they told us to ask people directly if they are thinking of suicide.",
    "The paper makes it sound like every kid in care is being groomed.",
    "Most of these young people are victims first, the county lines training said.",
    "I owe my brother £20 for the pizza.",
    "The kids were knocking on doors asking for sweets at Halloween.",
    "We found a good home for the kittens at last!",
]

# Round eighteen, from blind sets U (answers to the bot) and V (public posts), in new words.
ROUND_EIGHTEEN_AT_RISK = [
    "He makes me send him a selfie of where I am and checks the mileage every night.",
    "My wages go into his account and I get spending money if I've been good.",
    "Her ex texted her mum that she won't see her birthday.",
    "Not had a hot meal since Thursday and I can't feel my fingers in this doorway.",
    "My tolerance has dropped since rehab and I'm not bothered if I don't wake up.",
    "If it wasn't for my daughter I would have ended it months ago.",
    "Two men stayed in the room the whole time and he looked at them before answering, and there's a new lock on his bedroom door.",
    "He threw his phone at me and it hit the side of the cot.",
    "A man online has been offering her credit for pics and telling her not to tell her mum.",
    "Her stepdad padlocks the fridge at night.",
    "Dad is left sitting all day in wet pads and has sores on his heels.",
    "The lad who does her shopping wants her bank card and PIN, and she has stopped answering the door in case it's him.",
]
ROUND_EIGHTEEN_NOT_AT_RISK = [
    "Last November I was writing goodbye letters; this November I'm writing Christmas cards.",
    "Everyone assumes I was beaten because I'm in a refuge, but he never touched me.",
    "I was abused at 12 by a neighbour; he got 9 years and I'm 40 now.",
    "Two years self-harm free today and proud of it.",
    "The bit on cuckooing in the refresher was brilliant.",
    "Can you tell me if the locks on the kitchen cupboards are child-safe?",
    "I gave my watch to my grandson for his eighteenth.",
]

# Round nineteen, from blind sets W (young people), X (workers' notes) and Y (older people
# and carers), in new words.
ROUND_NINETEEN_AT_RISK = [
    "This guy I met gaming keeps saying I'm mature for my age and wants me to meet him in town and not tell my dad.",
    "They reckon I owe them for three parcels now and they know where my mum lives.",
    "My stepdad binbagged my clothes and I'm sleeping in a bus shelter tonight.",
    "I don't really see myself being here at Christmas, and honestly that feels fine.",
    "I've been saving my sleeping tablets up in a drawer and I think I'll know when.",
    "Last night he had her up against the wall by her throat.",
    "My mam took a handful of her pills again and I had to ring 999.",
    "I use the blades from pencil sharpeners because they're easy to hide.",
    "She doesn't have her own phone any more and he opens her post.",
    "The boss is keeping her BRP and says he'll report her to the Home Office if she leaves.",
    "My grandson takes my card to the cash machine and gets nasty if I ask where my pension goes.",
    "Two men are driving me to the bank tomorrow to take out the money for the roof and said not to bother my daughter.",
    "He's sleeping on his own kitchen floor and there are callers at the door every ten minutes.",
    "I lay on the bathroom floor till morning because I couldn't get myself up.",
]
ROUND_NINETEEN_NOT_AT_RISK = [
    "We had an assembly on county lines today and it was actually good.",
    "When everyone laughed at my haircut I literally wanted to die, but it's grown back now.",
    "My nurse asked whether he'd had any thoughts of ending his life and he said no, never.",
    "They keep asking me at the surgery is anybody hurting me, and the answer is no.",
    "Did the CSE/CCE refresher online this morning.",
    "I put my tablets by the kettle so I remember them.",
    "My son takes my card to do the big shop and brings back every receipt.",
]

# Round twenty, from blind sets Z (a new dev-like batch) and AA (refugees, Deaf and disabled
# people, and their interpreters and advocates), in new words.
ROUND_TWENTY_AT_RISK = [
    "Most nights I end up holding my hand over the gas until it blisters.",
    "Out of jail on Friday and honestly I don't care if I wake up tomorrow.",
    "Two lads wouldn't leave the room while I was there, and there were scales and bags on the table.",
    "The people who moved in keep my bank card and my keys now.",
    "She is in the same nappy as yesterday and the nappy rash is bleeding.",
    "He says I can sleep at his mate's if I have to be nice to whoever comes round.",
    "I've found out Dad's booked flights and the man I'm supposed to marry will be there.",
    "After last time I couldn't sit down for a week, and he checks everything I do.",
    "Every night I stand there a long time on the bridge and the water looks so peaceful.",
    "Someone asked for his online banking login and he's already sent her £900.",
    "The evening carer leaves me in the same pad all night and said go on then, ring the office, and see who comes after that.",
    "They keep shouting go home at us and painted words on our door.",
    "There is a bolt on the outside of her bedroom door at the home.",
]
ROUND_TWENTY_NOT_AT_RISK = [
    "We did the safeguarding course - grooming, cuckooing, the lot.",
    "Before, in 2015, I wanted to die. Now I run the Tuesday group.",
    "The man who abused her has been charged and she is doing well at college.",
    "In the camp they beat us, but that is finished, I have my status now.",
    "I said I'd rather die than do another team-building day, obviously a figure of speech.",
    "My new friends from church came round for tea.",
    "He no longer lets the carers in, so I do his shopping myself.",
]

# Round twenty-one, from blind sets AB (late-night texts) and AC (the regions), in new words.
ROUND_TWENTY_ONE_AT_RISK = [
    "Wrote letters to my little sister and mum, just wanted someone to know before.",
    "Went round four different pharmacies so no one would ask why.",
    "Sitting on the railings of the bridge again, thanks for trying with me.",
    "Did it again and it's deeper than last time, I can't get it to stop bleeding.",
    "My friend took some pills and his lips are going blue.",
    "Mum hasn't got up for three days and there's no food left.",
    "They said I have to do one more run down to Leeds to clear the debt.",
    "If I leave he says he'll have the kids off me and I'm not allowed my own bank card.",
    "Two men came to the door and said they'd do my knees if I'm not gone by Friday.",
    "The landlord has let himself in again and sat on the end of my bed.",
]
ROUND_TWENTY_ONE_NOT_AT_RISK = [
    "if my brother eats my noodles again ill kill him 😂",
    "Review today: denies any thoughts of suicide, no self-harm since 2021, plan to reduce contact.",
    "Wrote thank-you cards to my little sister's teachers.",
    "The fridge is empty because we're moving house on Monday.",
]

ROUND_TWENTY_TWO_AT_RISK = [
    "I've stopped having my dialysis on purpose, I just wanted someone to know.",
    "I've written letters to my three and there's one for their dad in the top drawer.",
    "She told the doctor she walked into a door. I don't think she did, he's always shouting at her.",
    "He gripped my arm so hard it's left a bruise and he's already said he's coming in with me to the next appointment.",
    "The lads say I owe them for the trainers now and if I miss a drop it gets added on.",
    "Mum went out on Friday and hasn't been back since, I'm doing my brother's tea.",
    "He keeps the fridge locked and I go to school hungry.",
    "The man said it would be a shame if anything happened to my girl on her way home.",
    "My ex has breached the injunction twice and left a note under my wipers.",
    "My grandad's had the same pad on all day and nobody's been.",
    "Her arm's wrapped in kitchen roll and the blood's come through, she tugged her sleeve down when I looked.",
    "He told the GP she fell down the stairs and he answers for her every time.",
]
ROUND_TWENTY_TWO_NOT_AT_RISK = [
    "We did a county lines and child sexual exploitation workshop at the academy on Tuesday.",
    "It's a creative writing piece about a boy who self-harms, for her GCSE coursework.",
    "I used to think about killing myself every day.",
    "I cut myself at university; I haven't done it for three years now.",
    "She stopped taking her insulin for a day by mistake and the nurse sorted it.",
]

ROUND_TWENTY_THREE_AT_RISK = [
    "I've been putting my dad's spare oxycodone aside and there's enough for the two of us now.",
    "Please don't come looking, I've found somewhere quiet nobody will find me.",
    "I can't keep the baby safe from me tonight, please send someone.",
    "Been burning again, on my stomach where nobody sees.",
    "Every night there's shouting next door, then a thud and then silence.",
    "He dragged her out of the car by her hair in front of the school.",
    "He checks every receipt and gives me £15 a week for the shopping.",
    "My daughter's carer takes her glasses and leaves her in the bath for ages when she's cross.",
    "Older men keep coming up to her flat and she's got a new phone and new trainers.",
    "My nephew's paying them back by doing drops after school.",
    "Mum's not got out of bed for a week and I'm doing tea for me and my brother.",
    "There's a padlock on the fridge and I only eat at school.",
    "The twins answered the door and their mum was passed out on the kitchen floor.",
]
ROUND_TWENTY_THREE_NOT_AT_RISK = [
    "The doctor asked if I'd made any plans to end my life and I told her no, never.",
    "We practised what we'd do if someone at the drop-in said they wanted to end their life.",
    "If you've got ideas for the garden, grab me at the Tuesday lunch club.",
    "She's looking for a good home for her kittens, all jabbed and litter trained.",
]

# One test each way for every blind round's sentences (the lists above say where each came from).
BLIND_ROUNDS_AT_RISK = (
    ROUND_THREE_AT_RISK + ROUND_FOUR_AT_RISK + ROUND_FIVE_AT_RISK + ROUND_SIX_AT_RISK + ROUND_SEVEN_AT_RISK
    + ROUND_EIGHT_AT_RISK + ROUND_NINE_AT_RISK + ROUND_TEN_AT_RISK + ROUND_ELEVEN_AT_RISK + ROUND_TWELVE_AT_RISK
    + ROUND_THIRTEEN_AT_RISK + ROUND_FOURTEEN_AT_RISK + ROUND_FIFTEEN_AT_RISK + ROUND_SIXTEEN_AT_RISK
    + ROUND_SEVENTEEN_AT_RISK + ROUND_EIGHTEEN_AT_RISK + ROUND_NINETEEN_AT_RISK + ROUND_TWENTY_AT_RISK
    + ROUND_TWENTY_ONE_AT_RISK + ROUND_TWENTY_TWO_AT_RISK + ROUND_TWENTY_THREE_AT_RISK
)
BLIND_ROUNDS_NOT_AT_RISK = (
    ROUND_THREE_NOT_AT_RISK + ROUND_FOUR_NOT_AT_RISK + ROUND_FIVE_NOT_AT_RISK + ROUND_SIX_NOT_AT_RISK
    + ROUND_SEVEN_NOT_AT_RISK + ROUND_EIGHT_NOT_AT_RISK + ROUND_NINE_NOT_AT_RISK + ROUND_TEN_NOT_AT_RISK
    + ROUND_ELEVEN_NOT_AT_RISK + ROUND_TWELVE_NOT_AT_RISK + ROUND_THIRTEEN_NOT_AT_RISK
    + ROUND_FOURTEEN_NOT_AT_RISK + ROUND_FIFTEEN_NOT_AT_RISK + ROUND_SIXTEEN_NOT_AT_RISK
    + ROUND_SEVENTEEN_NOT_AT_RISK + ROUND_EIGHTEEN_NOT_AT_RISK + ROUND_NINETEEN_NOT_AT_RISK
    + ROUND_TWENTY_NOT_AT_RISK + ROUND_TWENTY_ONE_NOT_AT_RISK + ROUND_TWENTY_TWO_NOT_AT_RISK
    + ROUND_TWENTY_THREE_NOT_AT_RISK
)


@pytest.mark.parametrize("text", BLIND_ROUNDS_AT_RISK)
def test_blind_round_wordings_are_flagged(text: str) -> None:
    assert detect_risk(text), assess_risk(text).cues


@pytest.mark.parametrize("text", BLIND_ROUNDS_NOT_AT_RISK)
def test_blind_round_hard_negatives_stay_clear(text: str) -> None:
    assert not detect_risk(text), [c for c in assess_risk(text).cues if c.counts]


@pytest.mark.parametrize("text", [
    "The nurse asked if I had thought about hurting myself and I said yes, most nights.",
    "I asked her straight out about thoughts of ending her life and she said yes, she has a plan for tonight.",
])
def test_a_question_about_such_thoughts_counts_when_the_answer_is_yes(text: str) -> None:
    assert detect_risk(text)


# Disclosures in words no rule knows (own words, in no set): the learned model reads them
# (storybot/nlp/disclosure.py), and the flag says so.
WORDING_AT_RISK = [
    "My stepdad keeps my bank card and only lets me have money for the bus if I do what he says.",
    "Mum hasn't got out of bed in four days and there's nothing in the fridge for my little sisters.",
    "He checks my phone every night and if I've messaged my sister he won't let me eat.",
    "I've given my guitar to my cousin and sorted my will. I'm tired of being a weight on everyone.",
    "She told me her uncle comes into her room when her mum's on nights.",
]


@pytest.mark.parametrize("text", WORDING_AT_RISK)
def test_the_learned_model_flags_what_no_rule_names(text: str) -> None:
    assert not assess_rules(text).at_risk
    assessment = assess_risk(text)
    assert assessment.at_risk and WORDING in assessment.reasons


def test_the_learned_model_has_no_say_where_the_rules_set_every_risk_word_aside() -> None:
    text = "He used to lock me in the flat and take my bank card. I left him in 2019."
    assert load_disclosure_model().reads_like_disclosure(text)  # it cannot read "used to" or "in 2019"
    assert all(not cue.counts for cue in assess_rules(text).cues)
    assert not detect_risk(text)


def test_a_rule_flag_keeps_the_rules_reasons_alone() -> None:
    assessment = assess_risk("He hits me and he has taken my phone so I can't ring anyone.")
    assert assessment.at_risk and WORDING not in assessment.reasons


# Round twenty-four, from blind sets AT (carers), AU (work), AV (voicemails) and AW (dev-like),
# where the rules alone caught 31 of 62 disclosures: a means, a place or an act told with how
# often, how lately or how long; harm getting worse; a child's "games"; a visa held over a
# worker. Own words, in no set. The rules must read them alone (main's rules read none).
ROUND_TWENTY_FOUR_AT_RISK = [
    "got the blade out of a pencil sharpener every night this week, nobody at home has noticed",
    "Been using the blade from a pencil sharpener again, only on my hip where nobody looks.",
    "Cut deeper than I meant to tonight and it won't close up.",
    "The cuts on my thighs keep getting deeper and I've stopped telling anyone.",
    "sliced a bit deeper than I usually would and now I'm panicking",
    "still sat up on the roof of the tower block, been here for hours",
    "been stood on the top level of the hospital car park for about three hours now, can't face going home",
    "swallowed whatever was left in the dosette box about twenty minutes ago and my hands are shaking",
    "Took the whole strip half an hour ago, I feel really sick",
    "I've been putting by a month's worth of my mirtazapine in a sock drawer.",
    "There's nothing left of me after nine years of caring. If the carer dies he'd get proper care from people trained for it.",
    "My niece keeps talking about the tickling game at her stepdad's and she made me promise not to tell her mum.",
    "He told her not to tell her dad about their bedtime games.",
    "The agency boss told me that if I complain to anyone about the hours he'll ring immigration and have me deported,"
    " and the recruitment fee I owe comes out of my pay every week.",
    # Kept in: keys taken or the door locked behind them (from AV, once its model was held out).
    "He's hidden the front door key again and I can't get out of the flat, please help",
    "When she goes to the bingo she locks the door and takes the key. I can't go out till she's back.",
]
ROUND_TWENTY_FOUR_NOT_AT_RISK = [
    "the car park's top floor has the best view of the sunset",
    "I sharpen pencils most nights for my drawing",
    "We've been sat on the top floor of the car park for an hour waiting for a space.",
    "He took the blade out of the pencil sharpener to clean the fluff out.",
    "I took everything in the box to the charity shop about an hour ago.",
    "We took everything in the box room down to the recycling centre an hour ago.",
    "Took the whole box of chocolates into work this morning and it was gone by ten.",
    "I cut the hedge back further than I normally do this year.",
    "The budget cuts are getting deeper every year and the waiting list grows.",
    "The conversation in group went deeper than I usually go, and it felt good.",
    "I hid a fortnight's supply of my inhalers in my holiday bag so I wouldn't forget them.",
    "The kids spent the whole evening playing bath games with their plastic boats.",
    "She asked me not to tell her mum about the surprise party for her birthday.",
    "My manager said if I leave before the year is up I'd have to pay back the visa costs, which is in my contract and fair enough.",
    "I've had enough of the rain this week, roll on summer.",
    "I lost my keys so I can't get out to the shops till the locksmith comes",
    # Banter the learned model must not read as a threat: a laugh after "dead man".
    "tell Baz he's a dead man for pinching my parking spot, haha",
]


# Round twenty-four's false alarms, in other words; main's rules flagged every one. A question
# answered no, a season ago, a year said after the act, a wish about where to die, a sore
# already dressed, a laugh after a threat (even a sentence later), a claim taken back, a fear
# of hospitals, songs about a subject.
ROUND_TWENTY_FOUR_SET_ASIDE = [
    "My GP asked if I ever think about ending it, and I told her honestly no, not at all.",
    "Two christmases ago he locked me in the bathroom overnight; I moved out that January and I'm happy now.",
    "I swallowed all of my tablets at once. That was 2017; I'm a different person now.",
    "Grandad told us straight he wanted to die in his own home, not in a hospice, and we managed it.",
    "The district nurse is dressing a small pressure sore on his heel and it's healing well.",
    "if I burn the tea again she'll kill me lol",
    "Tell Mo I'm going to kill him, he's put me down for karaoke again! Haha. Fine, I'll sing.",
    "that call centre is modern slavery 🙄 ok it's not, but the targets are brutal",
    "He won't go near the hospital now because he's petrified of them since his op.",
    "Our youth theatre's songs are about self-harm and grief, written by the young people themselves.",
]


@pytest.mark.parametrize("text", [
    "My stepfather beat me every day for years until he passed away in 2009.",
    "Nobody knew he hit me every night for years. He died when I was twenty.",
])
def test_harm_by_someone_who_has_since_died_is_past(text: str) -> None:
    # "every night for years" says how long it went on, not that it goes on; he has died.
    assert not detect_risk(text), [c for c in assess_risk(text).cues if c.counts]


@pytest.mark.parametrize("text", [
    "He hits me every night and has done for years.",
    "he's hit me every night for years",
    "He hit me every night for years and he still does.",
    "He hits me every night, his brother died in 2015",
    "My dad died last year and since then my uncle hits me.",
])
def test_harm_that_goes_on_stays_current(text: str) -> None:
    assert detect_risk(text)


# Round twenty-five, from blind sets AX to BA, in my own words: a bridge and come to finish
# it, no sense keeping myself going, meals given up and the loss welcomed and hidden, medicine
# stopped on purpose, affairs in order, "thoughts of hurting herself", an older person's money
# held by a new "friend", a child's round burn with "no, Mummy did that". main's rules missed
# every one.
ROUND_TWENTY_FIVE_AT_RISK = [
    "She rang from the footbridge over the bypass and said she'd come to finish things.",
    "I'm going to finish it off the multi-storey tonight.",
    "There's no point keeping myself alive for an empty house.",
    "Haven't bothered with meals since the funeral, lost a stone and I'm glad of it, and I tell my son I'm eating fine.",
    "I stopped taking my heart tablets deliberately after the diagnosis and I won't be restarting.",
    "My papers are all in order now and I've stopped taking my tablets.",
    "Worker note: thoughts of hurting herself most nights, plan discussed with GP today.",
    "Since the new 'lodger' moved in, Grandad's bank card is kept by him and transfers have gone to him every week.",
    "She signed some forms for the man from the church and now she can't remember what they were; her pension book is held by him.",
    "The little girl had two round burns on her arm and when I asked, her brother said no, Mummy did that.",
]


# Round twenty-five's false alarms, in other words; main flagged every one (rules, or the
# model where the rules found nothing). Someone else's harm seen on a public feed or in a
# programme; a score line and a coach's threat; a last-straw saying, taken back; a question
# put straight and answered no, after the words or before a worker's own; a pharmacy's
# tablets ready for collection; a worker's "explored it: no thoughts of..."; a grounded
# teenager whose parent has the keys.
ROUND_TWENTY_FIVE_SET_ASIDE = [
    "Saw on tiktok a girl got attacked outside a club in town, scary stuff, glad I stayed in.",
    "Watched a drama last night about a family where the dad beats the kids, couldn't finish it.",
    "we got hammered 5-1 in the cup, coach said he'd kill us in training on tuesday",
    "if I get one more brown envelope I'll do myself in, it's just a saying love, I'm fine",
    "Chloe messaged 'my life is over i want to die' after her phone got confiscated. I asked her straight, and she said no, she's just fed up with her mum.",
    "Asked him straight about thoughts of harming himself on today's call; he said not at all, and he's off to his daughter's for the weekend.",
    "The chemist had my sleeping tablets ready for collection by four, which was a relief.",
    "Mrs Lee said she'd rather be dead than move into a home. Explored it with her: no thoughts of ending her life, she just wants to stay put.",
    "Mum took my keys so I can't get out tonight lol",
    "My dad's taken my keys so I can't go out this weekend, grounded for coming home late",
    # Found writing the lookalikes: laps are not county lines; taste is not despair; a
    # medicine stopped on purpose with the clinician's agreement is a plan of care.
    "Our PE teacher made us run laps in the rain till we nearly dropped.",
    "My brother says he'd rather be dead than wear a tie to the wedding.",
    "I stopped taking my steroid tablets on purpose after the course finished, and my consultant agreed it was time.",
]


ROUND_TWENTY_FIVE_LIMITS = [
    # Kept in by a partner stays a risk, laugh or not; so does a parent who locks a child in.
    "My girlfriend takes my keys when she leaves for work so I can't get out of the flat till she's back lol",
    "Mum takes my keys and locks me in my room every night, I'm scared of her",
    # A wish to be dead rather than go back to a home stays a risk; the care-home case above is
    # set aside only by the worker's note that he has no such thoughts.
    "I'd rather be dead than go back to that house",
    # The question answered yes, and harm by others before a "no" about suicidal thoughts.
    "I asked her straight if she had thoughts of ending it and she said yes, most nights.",
    "He hits her when he's drunk. I asked her straight about thoughts of hurting herself and she said no.",
    # Fed up "with the repairs" is an idiom the model may not overrule; "with my head" is not it.
    "I don't want to go on like this with my head the way it is",
    # A year named as a birth date or since when is not a season gone by.
    "Aisha (15, born March 2010) says she's been staying at a man's flat and he gives her drink; she didn't come home last night.",
]


def test_thanks_said_before_and_left_there_is_a_leave_taking() -> None:
    # A pet rehomed, letters done, and thanks said "while I still can": each alone is 0.4-0.5.
    text = "sorted the cat with my neighbour and the letters are done. wanted to say thank you to you all while I still can"
    assert assess_rules(text).at_risk, assess_rules(text).cues
    for ordinary in (
        "Last day at the shop today, just wanted to say thank you to everyone before I go on maternity leave!",
        "I wanted to say thank you to the nurses before I go home tomorrow, they were brilliant.",
        "Just wanted to say thanks before I go, see you all next week",
    ):
        assert not detect_risk(ordinary), assess_risk(ordinary).cues


# Round twenty-six, from blind sets BB to BK, in my own words: a cooker left on where someone
# lives alone, carers who stopped coming with the food run out, a hypo alone till dark, set
# alight in a sleeping place, filth through the letterbox and a threat to burn the car, a
# carbon monoxide alarm sounding, a family tracked down to a child's school, an ex who follows
# and texts from withheld numbers. main's rules missed every one.
ROUND_TWENTY_SIX_AT_RISK = [
    "My uncle lives on his own and when the warden looked in, the gas hob was on with nothing on it.",
    "Gran's by herself since Grandad went and the gas fire was on and not lit when I got there.",
    "The carers haven't come since Friday, I've had nothing but a slice of toast and I can't get to the toilet on my own.",
    "Had a hypo on the bathroom floor by myself and didn't come round until it was light. Nobody comes any more.",
    "Some lads set fire to my tent under the arches while I was kipping in it.",
    "Someone keeps pushing fireworks through our letterbox and the man over the road said he'd burn the van with us in it.",
    "The carbon monoxide alarm was going off when we arrived and the children had been sick all week, so I told the family to leave the house now.",
    "My ex's brothers found out where we live and were waiting at the school gate asking my son which house was ours.",
    # Found leaving the model out of the set it came from: stalked, texts from number after number.
    "Thirty texts from withheld numbers since Sunday, and I drive the long way home so he can't follow me.",
]


# Round twenty-six's false alarms, in other words; main flagged every one. Someone else's harm
# in the paper or all over a feed; a service for a group; shame in a moment; a saying glossed
# as a wish to stay home; a lesson at school; violence seen seasons ago; a question answered
# no; a case closed when the harm stopped with a move; ages a habit ran between; fear of dying;
# hyperbole with a laugh; harm in the country left; pushed hard to study; a warning for next
# year; a song line; "she'll kill me for forgetting".
ROUND_TWENTY_SIX_SET_ASIDE = [
    "Read in the local paper that a man got attacked behind the bus station, so I get a taxi home now.",
    "After a girl got stabbed near the precinct it was all over facebook and the council put more lights in.",
    "I run a drop-in for adults who self-harm and it's the best part of my week.",
    "Wanted to die when I tripped up the steps at prize giving, the whole school saw it.",
    "I'd rather be dead than leave this bungalow. What I mean is I want to stay in my own home with my cat.",
    "My daughter had self-harm in PSHE last week and came home wanting to talk about it, which was lovely.",
    "There's shouting on my landing most nights and someone got knifed in the stairwell a few winters ago. I keep my head down and lock my door. I'm waiting on a flat.",
    "Loud most nights at the night shelter and a lad got slashed in the queue back in the spring. I keep my head down, my keyworker is sound, I just want a flat.",
    "The health visitor asked, gently and on her own, whether anyone in the house was hurting me. No, and I was glad she asked.",
    "Closed the s42 for Mrs Dean this week. The exploitation stopped once she moved to the extra care scheme, and she has a new tenancy and a key fob door.",
    "Yes, I self-harmed from about 12 to 15, and the nurse just wrote down what helps me now.",
    "I honestly thought we were going to die when the plane hit that turbulence.",
    "the puppy has discovered the stairs so it's basically suicide watch here lol",
    "In my country the police beat me, my leg still aches in the rain. Here nobody hits me.",
    "My tutor pushed me really hard to apply for the nursing course and I got in.",
    "If they close the day centre, someone is going to die alone in a flat next year.",
    "She keeps singing 'I want to die' round the house, it's a line from that song off the radio.",
    "she'll kill me for forgetting the milk again",
]


ROUND_TWENTY_SIX_LIMITS = [
    # Harm to the teller or their own stays a risk whatever media is named.
    "My son got stabbed outside the chippy last night and it's all over the news.",
    "It was in the paper last week, but he still hits me when he's had a drink.",
    # A member of the group, not the group.
    "I'm one of those people who self-harm when it gets bad, and it's bad this week.",
    # Still hurting: a person, not an old injury.
    "My stepdad still hurts me when Mum's at work.",
    # A threat that controls is not banter, even said as "kill me for".
    "He said he'll kill me for telling anyone about the money.",
    # Told of now, a worker's "someone is going to die" is an alarm, not a forecast.
    "Two staff for thirty residents again tonight, a man lay on the floor for an hour, someone is going to die.",
    # A blade got out is everyday only when the job is said ("...to clean the fluff out").
    "Took the blade out of the sharpener again last night and used it on my arm.",
    # A feed carrying a threat aimed at the teller is not the news.
    "saw on insta my ex put up a post saying he's going to batter me when he finds me",
]


def test_a_straight_no_sets_aside_only_what_the_question_answered() -> None:
    # The "no" answers whether she wanted to die; cutting told before it still counts.
    text = "I've been cutting my arms again this week. When Mum asked me straight if I wanted to die, I said no."
    assert assess_rules(text).at_risk, assess_rules(text).cues
    # The nearest thing told before the question is answered; a stockpile before that is not.
    text = "She's got a stash of pills in her drawer. She texted me 'i want to die' and when I asked her straight she said no."
    assert assess_rules(text).at_risk, assess_rules(text).cues
    # What the question answered is still set aside.
    text = "My friend posted 'i want to die' after her exam. I asked her straight and she said no, just stressed."
    assert not detect_risk(text), assess_risk(text).cues


def test_hiding_needs_someone_not_seeing() -> None:
    # "so they can't" says nothing of hiding harm; "so nobody can see" does.
    assert not [c for c in assess_rules("Moved the bins round the back so they can't blow over").cues if c.category == "self_harm"]
    assert [c for c in assess_rules("I only do it on my hips so nobody can see").cues if c.category == "self_harm"]


@pytest.mark.parametrize("text", [
    "My back is killing me after the night shift. He keeps my bank card and only lets me have money for the bus if I do what he says.",
    "Been sofa surfing since my dad kicked me out. His mate lets me stay if I hold stuff for him and I can't say no.",
])
def test_an_idiom_does_not_silence_what_the_model_reads_in_the_other_sentences(text: str) -> None:
    # The idiom's sentence is left out and the rest must read as a disclosure on its own.
    assert not assess_rules(text).at_risk
    assessment = assess_risk(text)
    assert assessment.at_risk and WORDING in assessment.reasons


def test_thoughts_the_teller_says_they_will_not_act_on_are_not_for_the_model() -> None:
    text = "The dark thoughts still come most evenings but I won't act on them; I ring my sister and go for a walk."
    assert not detect_risk(text), assess_risk(text)


@pytest.mark.parametrize("text", [
    "I've got forty of my tablets saved in a drawer. The nurse asked me straight if I could keep myself safe tonight and I said no.",
    "I keep thinking about ending it. My sister asked me straight whether I felt safe and I said no.",
])
def test_a_no_to_whether_someone_is_safe_is_the_risk_said_aloud(text: str) -> None:
    # Not a denial of the thoughts told before it, as a "no" to "did you mean it" is.
    assert assess_rules(text).at_risk, assess_rules(text).cues


def test_a_yes_to_feeling_safe_stays_clear() -> None:
    text = "She asked if I felt safe at home and I said yes, totally, he's a gentle soul."
    assert not detect_risk(text), assess_risk(text).cues


# Round twenty-seven, from blind sets BL to CD, in my own words: a person put through a
# window, a weapon got ready or taken round there; medicine or a monitor hidden as a
# punishment; an overdose told while cancelling an appointment; a young worker who looks to a
# man before each answer, with no phone and no address; a pet given away and a call to say
# "I love her" with no point in me; "everyone would" be better off. main's rules missed every one.
ROUND_TWENTY_SEVEN_AT_RISK = [
    "If that landlord comes round again I'm going to put him through the front window, I mean it.",
    "I swear on my nan he's getting it tonight, I've got the bat in the car ready.",
    "One more letter from the council and I'm going round there with a knife.",
    "My husband hides my inhaler when I've upset him, last week for three days.",
    "She binned my antidepressants because I went to see my sister.",
    "He sits in on every appointment and answers for me, and he's hidden my blood sugar monitor because I was late back.",
    "Rang the dentist to cancel Thursday, said I'd taken everything in the medicine cupboard twenty minutes ago so I won't need the appointment.",
    "She phoned the surgery to cancel her blood test because she wouldn't need it now, she'd swallowed the lot from the bathroom cabinet.",
    "Young lad at the car wash, no phone of his own, kept looking at him before each answer, didn't know the address he's living at.",
    "Gave the dog to my neighbour and rang my daughter to tell her I love her. Not much point in me now.",
    "They'd all be better off, to be honest, everyone would.",
]


# Round twenty-seven's false alarms, in other words; main flagged every one. A laugh with an
# everyday "kill me"; bored or tired to death; a wish to die at home; a record's past ("referred
# 2021", "nil since", on remand); concerns dealt with; a marker that holds the cue ("two years
# since I last cut") against a "still" elsewhere; "you" meaning anyone; a question put in its
# own words; books, role play, a briefing, "the grooming one", a tenant imagined; a kicked
# wall; a record that "keeps following me"; "less scared of him"; a yes to keeping safe.
ROUND_TWENTY_SEVEN_SET_ASIDE = [
    "If I park in his space one more time he'll kill me haha",
    "My eldest says he's going to die of boredom if it rains again this week.",
    "Mum wanted to die here, in her own bed, and the hospice nurses made it happen.",
    "Originally referred 2021 with self-harm; nil since, discharged to GP.",
    "When my brother was on remand they put him on suicide watch, and now he's home and working.",
    "The concerns about county lines have been dealt with and he's settled at his nan's.",
    "It's two years since I last cut myself, though the scars still itch.",
    "Having to say you're suicidal just to get a callback is wrong. I wasn't, I was exhausted.",
    "My mates ask do I ever think about ending it inside. I don't, I think about my daughter.",
    "She borrowed three books on self-harm for her psychology project.",
    "We role-played a caller who says her partner will kill her.",
    "If a tenant ever told me they were being cuckooed, I'd ring the police straight away.",
    "Went to a briefing from the youth offending team about county lines.",
    "The training this morning was the grooming one, lots of case studies.",
    "My son kicks the wall when he loses at FIFA.",
    "That old conviction keeps following me around.",
    "I'm less scared of him now that I know my rights.",
    # The rebuilt model, with its lower threshold, read these as disclosures: a dose missed
    # by mistake, and the old couple's joke about who dies first.
    "Dad accidentally missed his evening tablets twice this week and stopped taking them till the pharmacist set up a dosette.",
    "Fifty years married and I keep telling him he is not allowed to die before me, he would never find the teabags 😂",
    # The learned model read these as disclosures; a yes to keeping safe is not for it to overrule.
    "I asked if he could keep himself safe and he said yes.",
    "Asked him whether he could keep himself safe over the weekend and he said yes, his brother's staying.",
]


# Weaker cues main counted, now read as what they are: a laugh first, too much paperwork,
# "years back", ages in words, owing thanks, others' view of me, a boxing gym and a joke
# after praise, a worry closed ("panic over", "false alarm"), a story dated in a sentence of
# its own, the season after a loss.
@pytest.mark.parametrize("text", [
    "Haha my mum's going to kill me when she sees my new tattoo",
    "Had an overdose of paperwork this month, three forms for one blue badge.",
    "Nine years back I took an overdose, and now I run the peer group.",
    "From twelve to sixteen I self-harmed nearly every day; I'm twenty-four now and studying nursing.",
    "I felt I owed them, so I baked a cake.",
    "They treat me like I'm the problem at those meetings.",
    "Every Saturday I get punched about at boxing and love it, my coach is sound, don't tell him I said that.",
    "Her curtains are shut and nobody's answered the door since Monday. Panic over, she was at her sister's.",
    "Nan had her curtains closed at noon and no answer, so I let myself in. False alarm, she'd gone to bingo with her mate.",
    "I kept a rope in the garage for when it got too much. My neighbour found it and sat up with me. That was four years ago. I'm doing well.",
    "The winter after my husband died I stood on the bridge most nights, and the bereavement group got me through.",
])
def test_round_twenty_seven_cues_are_set_aside(text: str) -> None:
    assert not [c for c in assess_rules(text).cues if c.counts]
    assert not detect_risk(text)


ROUND_TWENTY_SEVEN_LIMITS = [
    # A laugh does not make a threat that controls, or one reported, or a bare one, into banter.
    "Haha he said he'll kill me if I leave",
    "lol he's going to kill me",
    "lol he's going to kill me if I tell anyone",
    "if I don't do what he says he'll kill me lol",
    # A season after a loss dates the past, not what goes on now.
    "The summer after my dad died I started cutting again, and I'm still doing it now.",
    # "When my dad was" dates a childhood or a time inside, not harm told in the present.
    "When my dad was angry he hits me with his belt.",
    # Others' view of me is set aside; my own is not.
    "I feel like I'm a failure and everyone would be happier without me",
    # Hidden medicine as a punishment, whoever hid it.
    "she's hidden my inhaler again because I spoke to my brother",
]


@pytest.mark.parametrize("text", [
    # Protection, a job, a meal, a game: not a weapon readied nor medicine kept as control.
    "My mum hides my tablets because I took too many last year.",
    "I've got my hammer and nails ready to put the shelves up.",
    "I'm going in there with a knife and fork, that roast smells amazing.",
    "We'd be better off with a bigger flat, everyone would.",
])
def test_round_twenty_seven_new_cues_leave_ordinary_words_alone(text: str) -> None:
    assert not assess_rules(text).at_risk, assess_rules(text).cues


def test_a_reason_or_a_time_starts_a_clause_negation_does_not_cross() -> None:
    # "nobody found out because nobody visits": the first "nobody" does not deny the second.
    cues = assess_rules("I had a fall in the hall on Tuesday and nobody found out because nobody visits.").cues
    assert [c for c in cues if c.category == "neglect" and c.counts], cues


# Round twenty-eight, from blind sets CE to CN, where the rules and model caught 141 of 144.
# Own words, in no set. The rules must read these alone (main's rules read none): a parent's
# or partner's thought of both of them not waking; small acts of leave-taking together (notes
# put away, a pet rehomed, a place in care given to "someone who needs it more"); a child with
# goods from nowhere doing "drops" or runs for older lads, the euphemism in quotes or not.
ROUND_TWENTY_EIGHT_AT_RISK = [
    "Some nights I sit by her cot and think about the pair of us not waking up.",
    "Lately I lie next to my husband and think about us both just never waking up.",
    "I've put all my notes in the drawer and found a good home for my rabbit, so please offer my review slot to someone who needs it more.",
    "Year 9 girl came in with a brand new phone and says she's doing 'drops' for her cousin's mate after school.",
    "My lad keeps coming home with new trainers and he's doing runs for some older boys from the estate.",
]


# Round twenty-eight's false alarms, in other words; main flagged every one. The law's bar on
# work while a claim waits, and the hotel someone is housed in; knowing where one's wages go;
# working out how to do an everyday thing; a fear dated before an event told as past; an actor
# or role-player in training; one more of something and she'll kill me; a laugh and a threat
# over someone else's slip; a screen's list under one "no"; killing myself laughing; a title
# quoted; a record's history ("Hx:"); a sore loser at darts; a rough sleeper who won't leave
# her dog.
ROUND_TWENTY_EIGHT_SET_ASIDE = [
    "Here I am not allowed to work, and we stay at the asylum hotel in Stockport with one room for four.",
    "Since the debt plan I finally know where my wages go each month.",
    "We're working out how to get Mum's wheelchair up the ramp.",
    "I am working out how to pay the rent this month.",
    "The night before his results came I was terrified of what he might do, but he passed and we celebrated.",
    "On the course a role-player said 'he hits me when he drinks' and we practised our response.",
    "In the session the trainer played us an actor saying she wanted to die, then we talked about what to say.",
    "If I buy one more plant for the flat she's going to kill me.",
    "Haha, Nan says she'll throttle me if the dog pinches her biscuits again.",
    "Mood screen done: no active thoughts of suicide or self-harm, sleeping better.",
    "I was killing myself laughing at his speech.",
    "'Wish I Was Dead' was the title of our first single and my mum still hates it.",
    "My brother's band is called 'Suicide Pact' and they're actually good.",
    "Hx: overdose 2019, self-harm as a teen. Stable on current meds, working full time.",
    "My dad says he'll kill me if I beat him at darts again.",
    "She's been offered a room but they don't take pets and she won't leave him, he's all she has.",
    # Whoever the one imagined telling: a claimant, a learner driver, a shopper.
    "Since the refresher I'd know who to ring if a claimant told me they wanted to end their life.",
]


class _ReadsEverything:
    """A stand-in for the learned model that reads any words at all as a disclosure."""

    def reads_like_disclosure_spelt(self, spelt: str) -> bool:
        return bool(spelt.strip())


# Sentences that are not the model's to read, whatever it makes of them: the waiting-list joke,
# close to tears at a bad day, a dog's owner who won't leave her, what a worker's note closes
# ("No concerns.", "Not a safeguarding concern"), the small hours with a baby. Told with a model that reads
# everything as a disclosure, so the test does not hang on what the shipped one scores.
ROUND_TWENTY_EIGHT_NOT_THE_MODELS = [
    "Gran keeps saying she'll be dead before the hospital rings her back.",
    "I'll be dead and buried by the time the council fixes the boiler, he says.",
    "Honestly could cry, the printer's jammed again.",
    "i could just scream today",
    "Been on the streets with my staffy two winters now, and the hostels say no dogs so I won't leave her.",
    "Graze to his knee from the trampoline, mum present and explained. No concerns.",
    "Checked with the sorting office, it was a new postie. Not a safeguarding concern, dad reassured.",
    # Up in the small hours for a baby or a shift (the rebuilt model, with its lower threshold,
    # read round sixteen's "At 3am I was still up with the baby, and at 3am tonight..." as one).
    "Up with the baby at 3am again and she's only just gone down.",
    "Night feeds mean at 2am I'm wide awake scrolling.",
]


ROUND_TWENTY_EIGHT_THE_MODEL_STILL_READS = [
    # What is told after the note that closes it is still read; so is "no concerns" about one thing.
    "Graze to his knee from the trampoline. No concerns. Later he asked me not to tell his mum about the shed.",
    "No concerns from school about her attendance but she is scared of her stepdad's friend.",
    # The waiting-list joke is no joke when nobody would notice.
    "I'll be dead before anyone notices, and the pills are in my drawer.",
]


ROUND_TWENTY_EIGHT_LIMITS = [
    # Money spent, a person told, the teller leaving: how a threat that controls is put, laugh or not.
    "If I spend one more penny he'll kill me.",
    "lol he says he'll kill me if my brother tells anyone",
    "Haha he said he'll kill me if I leave",
    # A controller's bar on work is still one.
    "He says I'm not allowed to work and he keeps my bank card.",
    # Taken to a hotel in a town, not housed in one.
    "I'm 14 and he takes me to a hotel in Leeds and his mates come too.",
    # The threat that knows where someone lives.
    "He knows where my mum lives and he said he'll be round tonight.",
    # Worked out how, of ending it.
    "I've worked out how. I just need to be alone for one night.",
    # "no thoughts of" does not reach past a new clause that says otherwise.
    "No thoughts of self-harm at the last review, but today I want to die.",
]


def test_word_led_alternations_put_each_run_of_word_start_branches_under_one_boundary() -> None:
    pattern = re.compile(r"\bab|\b(?:c|d)e|x[|]y|\bf\|g|\b[)|(]h", re.IGNORECASE)
    assert risk._top_level_branches(pattern.pattern) == [r"\bab", r"\b(?:c|d)e", r"x[|]y", r"\bf\|g", r"\b[)|(]h"]
    led = risk._word_led(pattern)
    assert led.pattern == r"\b(?:ab|(?:c|d)e)|x[|]y|\b(?:f\|g|[)|(]h)"
    text = "ab de x|y f|g (h cab abde"
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in pattern.finditer(text)]



# Round twenty-nine's misses from CO to CT, in other words: bones broken and passed off as an
# accident, with "no one would believe you"; a neighbour thrown about a room and heard begging
# him to stop; a veiled threat to a worker's face (where they park, when they finish); an old
# person going downhill since a relative moved in, with a card or a purse taken off them.
ROUND_TWENTY_NINE_AT_RISK = [
    "She fractured both my wrists last week and I'm still in the splints.",
    "Every night through the wall he's dragging her round the house and she's begging please stop.",
    "To the bailiff who came Tuesday: I know which house is yours, and we'll see how brave you are when you're on your own.",
    "Since her nephew moved back in she's got so thin, and he snatched her purse from her at the post office.",
    "At the hospital I told them I'd slipped on the stairs. She says no one would ever believe me anyway.",
]


# Round twenty-nine's false alarms, in other words; main flagged every one. "I'll kill him"
# with an eye-roll over a household slip; a belief told as held for years and now not; a team's
# practice of asking about a subject, and a trainer taking a group through its signs; a funeral
# planned by someone who says they are going nowhere yet; a young person's age when the worker
# met them, told against their age now; a worker's own finding that nobody is exploiting them.
ROUND_TWENTY_NINE_SET_ASIDE = [
    "My son's left his muddy boots on the new rug again, I'll kill him 🙄 anyway what time does the tip shut?",
    "For most of my twenties I believed my kids would be better off without me. I don't think that any more.",
    "We now ask every caller directly about self-harm, and the team says it feels less like a checklist.",
    "The facilitator took us through the signs of grooming online, with made-up chat logs.",
    "I've planned my own funeral and put my affairs in order so nobody has the bother. I'm not going anywhere just yet though, there's the allotment to see to.",
    "She was thirteen when we first met, going missing most weekends with an older group. She's twenty-two now and training as a nurse.",
    "The referral said CSE because of the lifts home. I've met them both, he's her cousin and her carer, and nobody is exploiting her.",
]


# Not the model's to read, whatever it makes of them: a pet or a child that "will be the death
# of me"; the stop signal at the dentist's; a parent who asked about dark thoughts and was
# laughed at or told no. Told with a model that reads everything as a disclosure.
ROUND_TWENTY_NINE_NOT_THE_MODELS = [
    "Honestly that puppy is going to be the death of me, he's had another sock.",
    "The hygienist said to raise my hand if I needed her to stop.",
    "I asked my daughter outright if she was having dark thoughts and she laughed, it's exam stress.",
]


ROUND_TWENTY_NINE_LIMITS = [
    # Told by the one who keeps them in, "I'm not going anywhere" is no word about dying.
    "He says I'm not going anywhere, he's locked the door and taken my phone and my keys.",
    # Someone else's word that nobody is hurting them does not close what was told.
    "He told me his stepdad punches him. His mum says nobody is abusing him.",
    # An age when first met does not date what still goes on.
    "I was 15 when I met him and he still makes me sell for him.",
    # A veiled threat with no laugh is still one, and so is a bone broken with a number.
    "I know where you live and what time you leave, so watch yourself.",
]


# Round thirty's misses from CU to CZ, in other words (main's rules read none): strangling
# told by its legal name, and a MARAC referral; bail broken, told as a noun, with him seen
# outside her home; found again after moving, by a call from a new number; watched by a
# location app, and "if I'm not home before she gets back".
ROUND_THIRTY_AT_RISK = [
    "Note: she disclosed non-fatal strangulation on Friday night; referral to MARAC sent and refuge space being sought.",
    "Her ex is on bail not to contact her, but he's been seen outside her flat twice this week, so we've logged a bail breach with the officer.",
    "He's been out a week and already texted me off a new number. Nobody was supposed to know where I moved to.",
    "She's set up location sharing on the family tablet and if I'm not home by the time she gets back from work I have to explain every minute.",
]


# Round thirty's false alarms, in other words; main flagged every one. A question put as "if a
# 15-year-old told me"; a case told once it had come to light, and what a mentor went through
# "himself once"; someone's "kill" over a forgotten card, with a grin, and "kill me myself if I
# miss..." with a laugh; a screen's question answered "says none", and words a worker clarified;
# "how far I've come", and the only thing I overdose on being telly.
ROUND_THIRTY_SET_ASIDE = [
    "Nobody has ever said: if a 15-year-old told me on a Saturday that she was being groomed, who would I ring?",
    "By the time it came to light he'd been running drugs up and down the county lines for months. He's in an apprenticeship now.",
    "My mentor, who'd sat on the edge of a bridge himself once, is the reason I trained as a listener.",
    "Mr Okafor said he'd kill his daughter for forgetting his birthday card, grinning the whole time.",
    "my brother says he's going to kill me himself if I miss another Sunday dinner lol",
    "Checked with her as per the screen about self-harm and suicide, says none.",
    "Mr Hale told me he'd be better off dead than go back on that ward - clarified with him, he means the noise at night, no thoughts of ending his life.",
    "I know how far I've come since rehab, and the only thing I overdose on these days is telly.",
]


# Weaker cues main found, now read as what they are: "over the phone" is by telephone, not a
# phone given; "ran back in" is a movement, not a date that sets the sentence before it aside.
def test_round_thirty_weak_cues_are_read_as_what_they_are() -> None:
    assert not assess_rules("The insurer gave me a claim number over the phone within minutes.").cues
    moved = assess_rules("One of the lads said the gaffer has their passports and they owe him for the journey. The van beeped and he ran back in.")
    assert moved.at_risk, moved.cues


# An all-clear ("nobody hurt", "everyone's fine", "stand down") closes what came before it for
# the model, as "No concerns." does; what is told after it is still read.
ROUND_THIRTY_NOT_THE_MODELS = [
    "Went round about the shouting: it was a darts final on the telly. Everyone's fine, stand down.",
    "The allotment shed was broken into again, nobody hurt, just fed up.",
]


ROUND_THIRTY_THE_MODEL_STILL_READS = [
    "Nobody hurt this time. He says next time it will be different and I believe him.",
]


ROUND_THIRTY_LIMITS = [
    # "By the time" dates what it holds, not what still goes on.
    "By the time we found out he had taken her bank card, and he still hits her most nights.",
    # A kill for leaving is a threat; a laugh does not make "if I tell anyone" banter.
    "He said he'd kill her for leaving him.",
    "he'll kill me himself if I tell anyone lol",
    # "Back in" with a year still dates, but not over "again last night".
    "Back in March he broke my arm and he did it again last night.",
]


# Round thirty-one's misses from DA to DF, in other words (main's rules read none): a debt to
# an older lad worked off in runs; a goodbye to school "or ever", someone else's tablets got out
# of where they are kept, and waiting till the house is asleep.
ROUND_THIRTY_ONE_AT_RISK = [
    "Kai (14) says he owes a bigger lad £250 since his bike got taken, and he has to do some runs up to Carlisle to clear it off.",
    "tell coach I'm not coming back next week or ever. I've got my mum's pills out of the bathroom cupboard and I'm waiting till they've gone to bed.",
    "Got the tablets out of Nan's drawer, just waiting for everyone to fall asleep now.",
]


# Round thirty-one's false alarms, in other words; main flagged every one. A note's question
# answered in the next sentence ("Clear no: no thoughts, no plans"); the question put in the
# teller's words ("asks me do I want to harm myself"); a time since the last self-harm;
# "kill me if I'm late" with the contraction; a game lost "every game"; and "if i text him once
# more ... he'll throttle me lol", the one rung being the one who says it.
ROUND_THIRTY_ONE_SET_ASIDE = [
    "Screened for self-harm and suicidal ideation at today's review. Clear no: no thoughts, no plans; looking forward to her sister's wedding.",
    "The GP always asks me do I want to harm myself, and I tell her no, I just miss my country.",
    "Two years since last self-harm and she's now peer-mentoring on the ward.",
    "She'll kill me if I'm late for practice again.",
    "We played draughts on the ward after tea and he beat us every game.",
    "my mate said if i text him once more about my ex he'll throttle me lol",
]


# Clothes got muddy, and "would kill her" for it: an idiom the model does not read.
ROUND_THIRTY_ONE_NOT_THE_MODELS = [
    "Her dad would kill her if she got her prom dress muddy, so she carried it across the field.",
]


ROUND_THIRTY_ONE_LIMITS = [
    # Ringing the police, or ringing her when he is the one who'd kill me, is still a threat.
    "if I ring the police he'll kill me lol",
    "if i ring her again he'll kill me lol",
    # Late home is how a threat that controls is put.
    "He'll kill me if I'm late home again.",
    # The time since the last self-harm dates that one, not what is told after it.
    "Six months since my last self-harm, but I cut my arms again on Sunday.",
    # The no answers the question, not what comes after it.
    "Asked me straight about suicidal thoughts at the review. Firm no: no thoughts, no plans. I lied, I've got the pills saved up.",
    # A game is no cover for a beating, and muddy shoes none for a punch.
    "We were playing cards and he beat me black and blue when I won.",
    "My dad said he'd kill me if I got my school shoes muddy, then he punched me in the face.",
]


# Round thirty-three's false alarms from DG to DL, in other words; main flagged every one.
# A loving relative's threat typed without the apostrophe and laughed off ("shed strangle me if
# i didnt..."); a threat said to be a joke ("joked that...") or put as one more of an ordinary
# job, hyphens and all; a thought told "then", just after a sentence dated in the past, with
# nothing after it of now; a session that practised asking about it, and a part played in one.
ROUND_THIRTY_THREE_SET_ASIDE = [
    "my nan said shed strangle me if i didnt get my hair cut before the wedding lol she even paid for it",
    "me dad reckons hed throttle me if i failed my theory test haha, passed first time!!",
    "Our team leader joked that if I book another last-minute home visit she will kill me.",
    "If I pick up one more out-of-area referral my manager will strangle me, fair enough.",
    "Mum jokes she'll throttle me if I forget to feed the cat again.",
    "The lads at work joked they'd kill me if I brought in another lemon drizzle.",
    "Three summers back I lost the shop and the house with it. I thought about ending my life then, I'll be honest. "
    "My brother moved in for a bit and I'm working on the boats now.",
    "The winter after Dad died was the worst of it. I did think about killing myself at the time. "
    "The GP got me into a walking group and I've kept at it.",
    "At the volunteers' evening we practised how to ask someone directly about suicide without flinching.",
    "The new starters learned how to raise self-harm with a young person who has gone quiet.",
    "In the afternoon I played the part of a caller who says he wants to kill himself, and the group practised keeping him talking.",
]


# A threat typed without the apostrophe is read as one ("said hed kill me"); a threat for
# refusing to hand over or come home stays one, laugh or not (main read the first two as nothing
# and the last two as an idiom).
ROUND_THIRTY_THREE_AT_RISK = [
    "my dad said hed kill me if i told my teacher",
    "she said shed hurt me if i said anything",
    "he'd kill me if I didn't give him my wages lol",
    "shed kill me if i didnt come home straight after work lol",
]


# A phone, laptop or remote to be thrown in exasperation, told with a laugh or a roll of the eyes.
ROUND_THIRTY_THREE_NOT_THE_MODELS = [
    "if the printer jams one more time im going to throw my laptop in the river 😂",
    "One more hour of hold music and I'm going to lob my phone out the window lol",
    "the telly's broken again, I swear I'll chuck this remote in the bin 🙄",
]


# Themself into the water is no object, and a phone got rid of so he cannot track her is still read.
ROUND_THIRTY_THREE_THE_MODEL_STILL_READS = [
    "im going to throw myself in the canal 😂",
    "I'm going to throw my phone in the canal so he can't track me any more lol",
]


ROUND_THIRTY_THREE_LIMITS = [
    # A threat to keep a secret, or to stop someone leaving, telling or handing over, is no joke.
    "he said he'd strangle me if I told anyone",
    "he said hed strangle me if i told anyone lol",
    "hed kill me if i didnt give him my wages lol",
    "He joked that he'd kill me if I ever left him.",
    "He jokes he'll strangle me if I tell my social worker.",
    "My boyfriend joked he'd kill me if I didn't hand over my bank card.",
    "She joked that if I talk to the police she'll strangle me.",
    "If I say one more word to the out-of-hours team he'll kill me.",
    # Thoughts told "then" that have come back, or go on, are now.
    "Two years ago I lost my job. I thought about ending it then and I'm thinking about it again now.",
    "Last winter I was in a bad way. I did think about ending it then. It came back this week and I've got the tablets ready.",
    "Last winter I was in a bad way. I did think about ending it then, and some nights I still do.",
    # Not knowing how to ask is no training, and being shown how to self-harm is no session.
    "I don't know how to talk to anyone about it, I want to kill myself.",
    "She showed me how to self-harm without anyone noticing.",
]


# Round thirty-four (the model rebuilt with DG to DL): all of one's medicine taken as part of
# the day is adherence, not the model's to read; taking "the lot" at once, thought of, is a cue.
ROUND_THIRTY_FOUR_NOT_THE_MODELS = [
    "Grandad takes all of his heart pills with his breakfast, the carers tick the chart.",
    "I take all my meds every night like I'm told now and the voices are quieter.",
    "She's taking all her insulin on time since the nurse changed the pens.",
]


# What the model still reads: a night, an end or "all at once" after the routine.
ROUND_THIRTY_FOUR_THE_MODEL_STILL_READS = [
    "I take all my tablets with my breakfast tomorrow and then I won't wake up.",
    "Took all my meds every morning for a month, saved the rest, and tonight is the night.",
]


ROUND_THIRTY_FOUR_AT_RISK = [
    "i keep thinking about taking the lot in one go",
    "Some nights I want to swallow the lot at once.",
]


ROUND_THIRTY_FOUR_LIMITS = [
    *ROUND_THIRTY_FOUR_THE_MODEL_STILL_READS,
    *ROUND_THIRTY_FOUR_AT_RISK,
    "I take all my meds every morning but some nights I think about taking the lot at once.",
]


ROUND_THIRTY_FOUR_SET_ASIDE = [
    # Taking "the lot" at once or together is no overdose without a thought of doing it.
    "The burglars took the lot together, telly and all.",
    "He took the lot at once, the whole pension, gone on the horses.",
]

# Round thirty-five (blind sets DM to DR): out of the car at a bridge rather than where it is
# taking me is a plan; what the teller will do "if someone says" is no imagined person's words.
ROUND_THIRTY_FIVE_AT_RISK = [
    "they can book me the train to my sister's but i won't get there, i'll get off at the viaduct",
    "Put me in the cab if you like. I'd rather jump out on the flyover than arrive at that unit.",
    "im not arriving at that hostel, ill get out at the cliffs instead",
    "If someone says one more thing about me I'll kill myself.",
]


# A question put to a team, the other way round, and someone imagined wherever they are.
ROUND_THIRTY_FIVE_SET_ASIDE = [
    "Debrief question for the team: what would we do if the man in room 4 told us he wanted to end his life?",
    "What should staff do if the lad on the door says he's going to kill himself?",
    "Practice question: if somebody on the helpline says they want to kill themselves, who do you ring first?",
    "I'll get off at the bridge and walk up to yours, it's quicker.",
]


# Not the model's: the teller staying, said to spare a worry or with a reason to stay; a wait for
# medicine from the pharmacy; a bus "been and gone"; what a complaint is after; and a parent's
# worry answered by what keeps the child safe (the model reads only what is told after it).
ROUND_THIRTY_FIVE_NOT_THE_MODELS = [
    "Don't worry love, I'm not going anywhere.",
    "I'm not going anywhere, I've got the allotment to see to.",
    "I'm not going anywhere - my dog needs me.",
    "Still waiting on his tablets from the pharmacy, two hours now.",
    "The 42 has been and gone already.",
    "We're not after money, we just want to be sure this never happens to another family.",
    "I worry about my daughter since her dad left. But she talks to me, and she sees a youth worker on Thursdays.",
    "I'm a bit worried about our Jade, she's been quiet, but she's a good girl and she rings me every night.",
]


# What the model still reads: a "but" after the staying or the answer, "lately", a plan after the
# wait, more after "been and gone"; and "going back to that" a place is no habit the rules set aside.
ROUND_THIRTY_FIVE_THE_MODEL_STILL_READS = [
    "Don't worry, I'm not going anywhere. But I've stopped eating and I give the cat my dinner.",
    "I worry about my son, but he's a good lad, though lately older boys pick him up in a car at midnight.",
    "The nurse has been and gone and I've still got the tablets I've been saving in the drawer.",
    "waiting for my tablets from the chemist, then that's it, I'm done with all of this",
    "I'm not going back to that bedsit, whatever they say.",
]


ROUND_THIRTY_FIVE_LIMITS = [
    *ROUND_THIRTY_FIVE_AT_RISK,
    "if my mum says one more word about my weight I'm going to kill myself",
    "What would I do if he found out? He said he'd kill me if I told anyone.",
    "Don't worry, I'm not going anywhere, but some nights I stand on the bridge and think about jumping.",
    "The nurse has been and gone and I've still got the tablets I've been saving in the drawer.",
    "She's sat waiting for her meds from the pharmacy so she can take the whole box tonight.",
    "I'm not after an apology, I want to know it won't happen to my mum again, she's still on that ward and they still leave her in her own mess.",
    "I worry about him but he talks to me, he says he's got nothing to live for and he'd be better off dead.",
    "I worry about her, but she's a good girl. Her stepdad has started locking her in her room at night.",
]


# Round thirty-six (the model rebuilt with DM to DR): a grumble about the weather, the
# roadworks or the queues is not the model's to read; with life, "any more" or a "but" it is.
ROUND_THIRTY_SIX_NOT_THE_MODELS = [
    "Honestly I've had enough of the roadworks on our street, three months now.",
    "fed up of this drizzle, the dog wont go out",
    "We'd all had enough of the queues at the post office by the time it was our turn.",
]


ROUND_THIRTY_SIX_THE_MODEL_STILL_READS = [
    "I've had enough of the noise from upstairs and of living at all.",
    "Had enough of the cold in this flat. Nobody would notice if I stopped eating altogether.",
]


ROUND_THIRTY_SIX_LIMITS = [
    "Had enough of the cold in this flat. Nobody would notice if I stopped eating altogether.",
    "I've had enough of the noise, I can't live like this any more and I've got the rope ready.",
]

# Round thirty-seven (blind sets DS to DX): fresh cuts shown as it goes on, harm called practice
# for the real thing (enough with cuts, burns or pills in the sentence), and someone else's wish to die.
ROUND_THIRTY_SEVEN_AT_RISK = [
    "Youth worker here: one of my lads keeps showing me new cuts on his forearms.",
    "She told me the burns on her legs are practice for the real thing.",
    "He says the overdose last week was a trial run for when he actually does it.",
    "My daughter wants to die, she told me so last night.",
    "Her text last night said she just wants to be dead.",
]


# A course named with a hyphen ("suicide first-aid"); fear of one's own thoughts or pictures,
# not of people; someone who will find me something; a worry on the record closed; "a long long
# time ago"; "nil for 3 yrs" in a note; and a list of thoughts under one "denies".
ROUND_THIRTY_SEVEN_SET_ASIDE = [
    "Did our suicide first-aid course today and practised asking people about it in pairs.",
    "Since the birth I've had these awful pictures in my head of the baby getting hurt. I'm so scared of them. The health visitor says lots of mums get them.",
    "I need a support worker who'll find me a cheaper flat near the school.",
    "Case note: the exploitation concerns about Tyler are closed, he's settled at college and doing well.",
    "The older kids at the home beat us up. That was a long long time ago.",
    "Screened at the six week check: denies current thoughts of suicide or self-harm.",
    "Self-harm hx noted at booking, nil for 3 yrs.",
]


# Not the model's: a worry about someone with the teller's own word that they would do nothing
# daft (a "but" only to ask where to turn); a medicine short at the pharmacies; a phone not
# answered for years or for a reason given; a repair reported again and again, or a threat to go
# to the papers; and what a worker finds is no neglect (the model reads only what follows it).
ROUND_THIRTY_SEVEN_NOT_THE_MODELS = [
    "I'm not saying she'd do anything stupid, she's got the kids and her job.",
    "I don't think he'd do anything daft, but I'd like to know who he could talk to.",
    "There's a national shortage of his epilepsy tablets, three chemists have said no.",
    "His meds are out of stock again at every pharmacy in town.",
    "She hasn't picked up a phone in years, the ringing overwhelms her, so I text.",
    "Fourth time we've reported the mould in the baby's room to the housing association.",
    "Honestly what does it take, do I have to go to the papers?",
    "Baby sleeping in the pram overnight. Not a neglect concern, they're waiting on a cot from the baby bank.",
]


# What the model still reads: a "but" that tells more, a supply saved, a phone silent since a
# day lately, and what follows a worker's "not a neglect concern".
ROUND_THIRTY_SEVEN_THE_MODEL_STILL_READS = [
    "I'm not saying he'd do anything daft, but he's given his dog to his mate and stopped eating.",
    "Her meds are out of stock so she's been saving the ones she has for tonight.",
    "He hasn't answered his phone since Monday and his curtains are still shut.",
    "Not a neglect concern. But mum's new partner shouts at the kids and she jumps whenever he moves.",
]


ROUND_THIRTY_SEVEN_LIMITS = [
    *ROUND_THIRTY_SEVEN_AT_RISK,
    "Not a neglect thing, the flat's fine, but her boyfriend hits her in front of the baby.",
    # Fear of people named after the thoughts ("his mates") is fear of people.
    "I keep having nightmares about my stepdad and his mates. They come in at night and I'm frightened of them.",
    "The CSE concerns from last year are closed, but she told me this week he's grooming her little sister.",
    "Denies current thoughts of self-harm but says she wants to die.",
    "I'm not saying he'd do anything daft but he's bought a rope and written to the kids.",
    "He's cutting himself again and calls it a dry run for when he does it.",
    "I lie awake worrying about who'd find me the next morning.",
    "A long long time ago he broke my arm, and last night he did it again.",
]

# Round thirty-eight (the model rebuilt with DS to DX): not the model's to read: help known of
# for a time ahead ("the crisis line number in case things get bad again"), hope passed on
# ("she says it gets better"), and a landlord's promise of repairs; with a "but" or a threat
# after them, it reads them still.
ROUND_THIRTY_EIGHT_NOT_THE_MODELS = [
    "I've got the crisis line number on the fridge in case things get bad again.",
    "She's got her key worker's number if it ever gets too much.",
    "My mentor has been through it herself and she says it gets better.",
    "The housing association keeps promising they'll send an engineer about the leak.",
    "Our landlord kept saying he'd fix the boiler, it's still broken.",
]


ROUND_THIRTY_EIGHT_THE_MODEL_STILL_READS = [
    "I've got the helpline number in case it gets bad again, but tonight feels different and I've given the cat to next door.",
    "Everyone says it gets better, but I can't see it any more.",
    "The landlord keeps saying he'll send someone round to sort us out if we don't leave.",
]


ROUND_THIRTY_EIGHT_LIMITS = [
    "I've got the crisis number in case it gets bad, but the pills are lined up for tonight.",
    "She says it gets better but I want to die.",
    "The landlord keeps saying he'll send his lads round to batter us if we don't pay, and they came last night.",
]

# Round thirty-nine (blind sets DY to ED and EE to EH): a lender's threat to break bones told in
# the present for the future, and a straight question answered yes in the next sentence.
ROUND_THIRTY_NINE_AT_RISK = [
    "The dealer said he's breaking my legs if I don't pay him by the weekend.",
    "They're smashing my brother's hands if he doesn't do the run on Friday.",
    "I asked her directly if she'd had thoughts of suicide. She said yes, most nights.",
]


# Harm long over: the last time dated with its season, how often it happened told just before
# "That was fifteen years ago", and a past habit told "this morning"; a straight question (asked
# "plainly") answered no in the next sentence, or the words glossed as a thing to end; a "what
# if" put in training (at 5.30: a point between digits ends no sentence); a record that still
# quotes an old risk; the word itself named in training.
ROUND_THIRTY_NINE_SET_ASIDE = [
    "It's four years this summer since I last self-harmed and I help run a support group now.",
    "My brother kicked me every day on the school bus. That was about fifteen years ago.",
    "He told me this morning that he used to self-harm at university, years before we met.",
    "I asked him straight whether he'd been thinking about suicide. He smiled and said no, he's got his grandkids coming at Easter.",
    "I asked her, plainly, whether she'd had any thoughts of ending her life. She shook her head and said no, never.",
    "He told me he wanted to end it and I went cold. He meant his apprenticeship, he hates the early starts.",
    "Our team ran a what if exercise: what if someone says at 5.30 on a Friday that they have a plan to take their own life?",
    "Her record still says 'self-harm risk' from an overdose when she was sixteen.",
    "The trainer made us practise saying the word suicide until it stopped feeling awkward.",
]


def test_round_thirty_nine_absence_from_a_place_is_not_being_gone() -> None:
    # "nobody would notice if I wasn't there" of a room or a group; "any more" makes it gone.
    assert not assess_rules("At the quiz nobody would notice if I wasn't there, then Sue saves me a seat.").at_risk
    assert assess_rules("Nobody would notice if I wasn't there any more.").at_risk
    # Someone rushing is no threat to break a bone.
    assert not assess_rules("She's breaking her neck to get the kids to school on time, bless her.").at_risk
    # "when I find them" just after the thing hidden is about the thing (the model may read the
    # sentence before it); with nothing mislaid before, "them" may be people (LIMITS).
    assert not assess_rules("Grandad keeps pinching my reading glasses. I've told him I'll murder him when I find them.").at_risk


# Not the model's to read: leave given in jest for "if I ever get like that"; a form or a puzzle
# that "beats me"; a rival at a game (not at a match); a threat over a thing mislaid "when I
# find it"; a worry
# or a "what if" the teller says has nothing behind it (the model reads only what follows).
ROUND_THIRTY_NINE_NOT_THE_MODELS = [
    "If I ever get like my dad did, you have my permission to shoot me.",
    "It beats me why the council can't answer a phone.",
    "The universal credit form beats me every single time.",
    "My brother-in-law says he'll murder me at darts on Saturday.",
    "Mum keeps moving my charger, I'll kill her when I find it.",
    "I'm not saying anything is going on at the club, I just think they should have a policy.",
    "Nothing's happened, she just seems quieter since she started at the new school.",
    # A secret kept for a surprise (the rebuilt model read round twenty-four's case).
    "Dad made me promise not to say anything to Nan about the surprise visit from my uncle.",
]


ROUND_THIRTY_NINE_THE_MODEL_STILL_READS = [
    "I'm not saying anything is happening. But he's started coming home with cash he can't explain and a second phone.",
    "It beats me why she stays with him. She's lost so much weight and she goes quiet when he comes in.",
]


ROUND_THIRTY_NINE_LIMITS = [
    *ROUND_THIRTY_NINE_AT_RISK,
    "I'll kill him when I find him, he's taken my kids.",
    "She's taken the kids to her mother's. I'll kill her when I find them.",
    "He said he'll batter me at the match on Saturday.",
    "He told me not to tell my mum about the party at his flat.",
    "It's my stepdad that beats me.",
    "Asked him straight if he was thinking of suicide. He said no, but he's given his dog away and written to his kids.",
    "He said he wanted to end it all. He meant the pills he's been saving.",
    "My file still says I'm high risk, and I am, I cut again last night.",
    "He beat me every day. That was ten years ago and he's started again.",
]

# Round forty (blind sets EI to EN): a death to be copied on a dead one's anniversary or "the
# same way" they did it; a debt to dealers worked off, and drugs carried taken off the carrier.
ROUND_FORTY_AT_RISK = [
    "We've agreed we're doing it on his anniversary, the same way he went.",
    "I'm going to do it the same way my dad did, I just wanted someone to know.",
    "My nephew owes the lads £300 after his package of weed got nicked off him, and now he's working it off on their phone line.",
    "She 'owes' him for the flat, so she's working it off at his mate's house every weekend.",
    # An injury's cover story, then the truth; a second phone with cash or older friends; and a
    # reassurance the teller goes back on ("But...") reassures nothing.
    "I've got bruises all over, I told the doctor I fell but it was him.",
    "Told school she fell off her bike but really it was her stepdad.",
    "I said to the nurse I walked into a door. It wasn't a door, it was my husband.",
    "I don't think anything is happening. But he's started coming home with cash and a second phone he won't explain.",
    "Nothing to worry about I'm sure, though he's got a spare phone now and the older lads wait for him after school.",
]


# A service or training named by the subject (hyphenated too); a stranger's stabbing all over a
# local page; what a worker has to ask about; a record's "history of" quoted; "if anyone at the
# place ever said"; what the teller does not mean; the second of the questions others put,
# answered no; thoughts gone for a time; a word said each time a game is lost; money spent
# that someone will "kill me" for, with a laugh.
ROUND_FORTY_SET_ASIDE = [
    "I've volunteered with the suicide bereavement helpline for three years.",
    "The Samaritans ran a suicide-awareness evening at the library.",
    "Some bloke got stabbed by the canal and it's all over the estate Facebook page.",
    "At the first visit I have to ask about self-harm and weapons before I even know their name.",
    "Every hostel that reads 'history of suicide attempts' on his referral turns him down.",
    "If anyone at the centre ever said they wanted to end it, I'd know what to do.",
    "I don't mean I want to die, I mean I'm tired of the forms.",
    "The GP asks me am I eating, am I going to do something stupid. No and no.",
    "In January she told us she was thinking of ending her life. She says those thoughts have been gone since the spring and she's back at work.",
    "My son says he's going to unalive himself every time he loses at FIFA, it's just how they talk.",
    "She's going to kill me when she sees I've booked another holiday lol",
    "he's gonna kill me when he finds out how much I spent on the dog's birthday haha",
    "I told the physio I tripped on the kerb but it was actually my new shoes.",
    "I keep a second phone for work, the money's better on the late shift.",
    # "Not safe at home" said of one whose choice it is, with capacity.
    "The team keep saying he's not safe at home, but it's his choice and he's got capacity.",
]


def test_round_forty_a_quota_of_cases_is_no_count_of_tablets() -> None:
    # A count against what the teller is meant to have is a caseload, not a stockpile.
    assessment = assess_rules("My caseload is a joke. I've got 38 and I'm supposed to have 20.")
    assert not [cue for cue in assessment.cues if cue.counts]
    assert assess_rules("I've got 40 and I'm taking them all tonight.").at_risk


# Not the model's to read: a worry the teller says has nothing behind it; a parent's worry
# answered by a counsellor seen; a young person's own word that they are not thinking of it;
# bruises the teller puts down to an animal or an accident in the same sentence.
ROUND_FORTY_NOT_THE_MODELS = [
    "I've got bruises on both arms but it was the dog, he pulls like a train on the lead.",
    "Mum's got bruises on her legs, they're from the frame, she keeps catching herself on it.",
    "I don't think anything is going on, he's just a quiet lad.",
    "I worry about my daughter but she's seeing a counsellor at college.",
    "She told me plainly she's not thinking of hurting herself, she's just exhausted.",
]


class _ReadsWhatWasWorried:
    """A stand-in model that reads a text as a disclosure only when the worry at its start is in what it reads."""

    def reads_like_disclosure_spelt(self, spelt: str) -> bool:
        return "worried" in spelt


@pytest.mark.parametrize(
    ("text", "read_whole"),
    [
        ("I'm worried about him. I don't think anything is happening. But he's not himself.", True),
        ("I'm worried about him. No concerns. But he flinches when she raises her voice.", True),
        ("I'm worried about the rota. No concerns. He's settled in well.", False),
    ],
)
def test_round_forty_a_closing_gone_back_on_closes_nothing(
    text: str, read_whole: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "...is happening. But..." takes the reassurance back: the model reads the whole text, not
    # only what follows the closing.
    monkeypatch.setattr(risk, "load_disclosure_model", _ReadsWhatWasWorried)
    assert assess_risk(text).at_risk is read_whole


ROUND_FORTY_THE_MODEL_STILL_READS = [
    "He says he's not thinking of hurting himself, but I don't believe him and I found blades in his room.",
]


ROUND_FORTY_LIMITS = [
    *ROUND_FORTY_AT_RISK,
    "My boyfriend will kill me when he finds out I told my mum lol",
    "He's going to kill me when he sees I bought the wrong milk, he broke my arm last time.",
    "Her file says history of self-harm, and she cut her arms again last night.",
    "There's a history of domestic abuse and he hit her again on Sunday.",
    "If anyone at the hostel ever said they wanted to end it I'd understand. I want to end it too.",
    "I don't mean I want to die tonight. I've got the pills saved up for Friday.",
    "I've got bruises on my arms, I fell when he pushed me down the stairs.",
    "She's not safe at home with her son, even though she's got capacity.",
    "He's not safe at home. His nephew takes his pension and locks him in, but he has capacity.",
]

# Round forty-one (blind sets EO to ET): a landlord pushing tenants out of a home; a clip a
# trainer plays and a hypothetical worked through; an attempt told of a time dated in the past
# whose "every night" is a habit of then; one booked on training in the subject; a moment of a
# game laughed at; a threat glossed as aimed at a machine; a thing done in a language; a worker's
# note that found nothing and closed the case.
ROUND_FORTY_ONE_SET_ASIDE = [
    "The new owners doubled the service charge, they're trying to push us out of the flat.",
    "The landlord keeps finding faults with the boiler to push me out so he can sell.",
    "On the course the facilitator played us a clip of a caller saying he was going to end it, and we practised what to say back.",
    "In team supervision we worked through a hypothetical in which a client tells you she's planning to end it.",
    "Ten years ago I was drinking every night and I'd tried to end my life. I run the recovery café now.",
    "My manager has put me on self-harm awareness training in May.",
    "I wanted to die when my putt rolled back down the hill lol.",
    "Another paper jam this morning and I'll kill somebody, by somebody I mean the photocopier.",
    "I'll do this in Welsh and then say it again in English.",
    "School rang worried he's been getting beaten up on the way home. Spoke to him and his mum, it was a play fight filmed on a phone. No concerns, case closed.",
]


def test_round_forty_one_a_thing_gone_missing_is_no_child_missing() -> None:
    # The post or a bin that goes missing is no sign of a child exploited; a child still is.
    assert not [cue for cue in assess_rules("Ring the office if your post goes missing again, and we'll send it by email.").cues if cue.counts]
    assert [cue for cue in assess_rules("Our Jade goes missing most weekends now.").cues if cue.counts]


ROUND_FORTY_ONE_LIMITS = [
    "My landlord pushed me out of the flat and I hit my head on the step.",
    "The landlord tried to push me out of the window.",
    "My trainer at the gym played me a voicemail of him saying he'd kill me.",
    "Five years ago he was hitting me every day and now he's started again.",
    "Last year I was drinking every day and I want to die now.",
    "I wanted to die when he left and I still do lol.",
    "I'll kill someone, and by someone I mean my stepdad.",
    "I'm going to do him in when he gets out.",
    "No concerns, case closed. She rang back an hour later: he hits her every night and she's scared of him.",
    "My daughter goes missing every weekend and comes back with new trainers.",
]

# Nineteenth session: two kinds that only the learned model had caught, and lost when it was
# rebuilt with EI to EN and EO to ET; now the rules read them.
NINETEENTH_SESSION_AT_RISK = [
    "My husband's going to kill me when he finds out I rang the helpline.",
    "my fella will kill me if he finds out i spoke to you",
    "If they take Jayden into care I'm not going on.",
    "im not gonna go on like this x",
    # Two kinds among the training narratives the rules had left to the model as ordinary.
    "I panic when the loan shark's lad knocks on a Friday.",
    "She answers for me at every appointment and I can't say a word while she's there.",
]
# ...and what those rules must not read: a trip or a talk to go on, a thing bought.
NINETEENTH_SESSION_RULES_LEAVE = [
    "I'm not going on the residential, it clashes with my shifts.",
    "I'm not going on about it again, we sorted it.",
    "My husband will kill me when he sees I bought another coat lol",
    "My husband answers for me at the bank, he's better with numbers.",
]

# Round forty-two (blind EU to EZ): cutting hedges or lawns for work; a review of a death
# elsewhere read as a team; "suicide risk questions" as a kind of question; a straight question
# answered "goodness, no"; a worker's list of the shift's jobs, whose weak cues do not add up
# across the items; harm by one who died, said so in a dated sentence just after.
ROUND_FORTY_TWO_SET_ASIDE = [
    "Still cutting lawns for the council three days a week, and a few gardens on the side.",
    "Been cutting all morning, conifers at the vicarage, and my back knows it.",
    "At a learning event we went through a coroner's report from Kent, where a woman who lived alone with dementia died after her carers stopped coming and her insulin ran out.",
    "The new starter jumped straight into suicide risk questions before she'd even asked the man's name.",
    "I asked him straight whether he was thinking of suicide and he said 'goodness, no, I'm just fed up with the bins'.",
    "This shift: a children's home wanting advice, a foster family's review and an older man whose care workers haven't been since Friday.",
    "My uncle beat me every summer I stayed with him. He died in 2010 and I've never been back to that village.",
    "My first boyfriend beat me black and blue. I left at nineteen. He died in 2016 of drink.",
]


def test_round_forty_two_a_meal_in_the_small_hours_is_no_cue() -> None:
    # A meal eaten at 2am on a shift is not the hour of a crisis; the hour alone still is a cue.
    assert not [cue for cue in assess_rules("Finally ate my tea at 2am after the last call came in.").cues if cue.counts]
    assert [cue for cue in assess_rules("I was sat on the bridge at 2am again.").cues if cue.counts]


# Round forty-two: the one she hides from has found the place, and a death threat sent as a
# sign (a drawing of a coffin, a noose, a gravestone): each weak alone, together a risk.
ROUND_FORTY_TWO_AT_RISK = [
    "She's tracked down my new flat. Someone left a noose drawn on a card on my doorstep last night.",
    "They've found where I'm staying. A photo of a gravestone came in the post with my name on it.",
]
ROUND_FORTY_TWO_RULES_LEAVE = [
    "He's found the refuge number online for his sister.",
    "My son did a drawing of a coffin for his Halloween project.",
]


def test_round_forty_two_the_threat_cues_leave_a_number_and_a_drawing() -> None:
    for text in ROUND_FORTY_TWO_RULES_LEAVE:
        assert not assess_rules(text).at_risk, assess_rules(text).cues


# Not the model's to read: a fear of dying in the night asked "what if"; one missing, brought
# back and said to be unhurt. What the model still reads: the same "what if" with a wish, and
# an all-clear the teller goes back on.
ROUND_FORTY_TWO_NOT_THE_MODELS = [
    "Since the stroke I lie awake thinking what if I don't wake up.",
    "Mr Dale went missing from the ward at midnight and was found in the car park. Back at the ward by two, calm and unhurt.",
]
ROUND_FORTY_TWO_THE_MODEL_STILL_READS = [
    "Some nights I think what if I don't wake up, it would be a relief.",
    "Back at the flat by midnight, unhurt. But she says the men who took her will come for her again.",
]

ROUND_FORTY_TWO_LIMITS = [
    *ROUND_FORTY_TWO_AT_RISK,
    "I've been cutting again and the hair on my arms won't grow back over the scars.",
    "My stepdad beat me for years. He died in 2015, but now my brother hits me every night.",
    "Tonight: a care home call, a foster review and a lad who says he's going to kill himself.",
    "I asked her straight if she was thinking of suicide and she said 'good grief, yes, every day'.",
    "We went through a serious case review about a girl groomed in a takeaway. Afterwards my niece told me her boyfriend hits her and won't let her see her friends.",
]


# Each round's own-word cases, gathered: every disclosure the rules must read, and every
# false alarm that must stay clear (the lists above say which round added what, and why).
RULES_READ = [
    *ROUND_TWENTY_FOUR_AT_RISK, *ROUND_TWENTY_FIVE_AT_RISK, *ROUND_TWENTY_SIX_AT_RISK,
    *ROUND_TWENTY_SEVEN_AT_RISK, *ROUND_TWENTY_EIGHT_AT_RISK, *ROUND_TWENTY_NINE_AT_RISK,
    *ROUND_THIRTY_AT_RISK, *ROUND_THIRTY_ONE_AT_RISK, *ROUND_THIRTY_THREE_AT_RISK, *ROUND_THIRTY_FOUR_AT_RISK,
    *ROUND_THIRTY_FIVE_AT_RISK, *ROUND_THIRTY_SEVEN_AT_RISK, *ROUND_THIRTY_NINE_AT_RISK, *ROUND_FORTY_AT_RISK,
    *NINETEENTH_SESSION_AT_RISK, *ROUND_FORTY_TWO_AT_RISK,
]
SET_ASIDE = [
    *ROUND_TWENTY_FOUR_NOT_AT_RISK, *ROUND_TWENTY_FOUR_SET_ASIDE, *ROUND_TWENTY_FIVE_SET_ASIDE,
    *ROUND_TWENTY_SIX_SET_ASIDE, *ROUND_TWENTY_SEVEN_SET_ASIDE, *ROUND_TWENTY_EIGHT_SET_ASIDE,
    *ROUND_TWENTY_NINE_SET_ASIDE, *ROUND_THIRTY_SET_ASIDE, *ROUND_THIRTY_ONE_SET_ASIDE,
    *ROUND_THIRTY_THREE_SET_ASIDE, *ROUND_THIRTY_FOUR_SET_ASIDE, *ROUND_THIRTY_FIVE_SET_ASIDE,
    *ROUND_THIRTY_SEVEN_SET_ASIDE, *ROUND_THIRTY_NINE_SET_ASIDE, *ROUND_FORTY_SET_ASIDE, *ROUND_FORTY_ONE_SET_ASIDE,
    *ROUND_FORTY_TWO_SET_ASIDE,
]


@pytest.mark.parametrize("text", RULES_READ)
def test_each_rounds_disclosures_are_read_by_the_rules(text: str) -> None:
    assessment = assess_rules(text)
    assert assessment.at_risk, assessment.cues
    assert detect_risk(text)


@pytest.mark.parametrize("text", NINETEENTH_SESSION_RULES_LEAVE)
def test_the_nineteenth_sessions_cues_leave_a_trip_and_a_purchase(text: str) -> None:
    assert not assess_rules(text).at_risk, assess_rules(text).cues


@pytest.mark.parametrize("text", SET_ASIDE)
def test_each_rounds_false_alarms_stay_clear(text: str) -> None:
    assert not detect_risk(text), [c for c in assess_risk(text).cues if c.counts]


# Round thirty-two (the model rebuilt with DA to DF): not the model's to read, whatever it makes
# of them: a pencil, crayon or chisel sharpened, however often; medicine counted against what
# the chemist should have given; the teller's own "I'm not going to do anything daft"; a
# refusal to go without a comfort, said for a laugh; crime in the area, to nobody named.
ROUND_THIRTY_TWO_NOT_THE_MODELS = [
    "There have been a couple of muggings near the park this winter.",
    "theres been loads of break-ins on the estate lately",
    "Mum says if the dog can't come to the caravan she's not going 😂",
    "if I can't take my own pillow I'm not going lol",
    "He says if he can't have the football on he's not coming, haha.",
    "My son sharpens his colouring pencils every night before bed.",
    "Sharpening the chisels most evenings is how Grandad winds down.",
    "Counted my meds out twice, 14 sertraline when there should have been 28.",
    "Counting the tablets from the chemist: two short again, third month running.",
    "I'm fine, honestly, I'm not going to do anything stupid, the bus just never came and I missed the interview.",
    "im not gonna do anything daft, just need to vent about the landlord",
    "I won't do anything silly, I just want the repairs done.",
]


# What the model still reads: a "but" after the assurance, tablets counted towards enough, and
# "not going on" or "not going to let me" with a laugh, and the area's crime come to someone.
ROUND_THIRTY_TWO_THE_MODEL_STILL_READS = [
    "There's been a few stabbings on the estate and they've told my son he's next.",
    # The assurance is its own sentence only: what follows it is read.
    "I'm not going to do anything daft. I've given the dog to my sister and sorted who gets what.",
    "if I can't have my kids back I'm not going on lol",
    "lol he says if I don't give him my wages he's not going to let me see the kids",
    "I'm not going to do anything stupid, but the pills are saved up in my drawer and I've written the letters.",
    "Counted all my tablets out tonight, there should be enough to do it properly.",
]


ROUND_THIRTY_TWO_LIMITS = [
    *ROUND_THIRTY_TWO_THE_MODEL_STILL_READS,
    # A blade out of the sharpener is still a cue, and a wish to die still counts after "won't do anything daft".
    "I sharpen my pencils for art class then take the blade out of the sharpener to cut my arms.",
    "I won't do anything daft but I want to die, I can't keep going.",
]

# Each round's limits: what its set-asides must not swallow, still a risk.
LIMITS = [
    *ROUND_TWENTY_FIVE_LIMITS, *ROUND_TWENTY_SIX_LIMITS, *ROUND_TWENTY_SEVEN_LIMITS,
    *ROUND_TWENTY_EIGHT_LIMITS, *ROUND_TWENTY_NINE_LIMITS, *ROUND_THIRTY_LIMITS, *ROUND_THIRTY_ONE_LIMITS,
    *ROUND_THIRTY_TWO_LIMITS, *ROUND_THIRTY_THREE_LIMITS, *ROUND_THIRTY_FOUR_LIMITS,
    *ROUND_THIRTY_FIVE_LIMITS, *ROUND_THIRTY_SIX_LIMITS, *ROUND_THIRTY_SEVEN_LIMITS, *ROUND_THIRTY_EIGHT_LIMITS,
    *ROUND_THIRTY_NINE_LIMITS, *ROUND_FORTY_LIMITS, *ROUND_FORTY_ONE_LIMITS, *ROUND_FORTY_TWO_LIMITS,
]


@pytest.mark.parametrize("text", LIMITS)
def test_each_rounds_limits_keep_a_risk(text: str) -> None:
    assert detect_risk(text), assess_risk(text).cues


# Each round's sentences that are not the learned model's to read, and what it still reads
# around them. Told with a model that reads any words at all as a disclosure (_ReadsEverything),
# so the tests do not hang on what the shipped one scores.
NOT_THE_MODELS = [
    *ROUND_TWENTY_EIGHT_NOT_THE_MODELS, *ROUND_TWENTY_NINE_NOT_THE_MODELS, *ROUND_THIRTY_NOT_THE_MODELS,
    *ROUND_THIRTY_ONE_NOT_THE_MODELS, *ROUND_THIRTY_TWO_NOT_THE_MODELS, *ROUND_THIRTY_THREE_NOT_THE_MODELS,
    *ROUND_THIRTY_FOUR_NOT_THE_MODELS, *ROUND_THIRTY_FIVE_NOT_THE_MODELS, *ROUND_THIRTY_SIX_NOT_THE_MODELS,
    *ROUND_THIRTY_SEVEN_NOT_THE_MODELS, *ROUND_THIRTY_EIGHT_NOT_THE_MODELS, *ROUND_THIRTY_NINE_NOT_THE_MODELS,
    *ROUND_FORTY_NOT_THE_MODELS, *ROUND_FORTY_TWO_NOT_THE_MODELS,
]
THE_MODEL_STILL_READS = [
    *ROUND_TWENTY_EIGHT_THE_MODEL_STILL_READS, *ROUND_THIRTY_THE_MODEL_STILL_READS, *ROUND_THIRTY_TWO_THE_MODEL_STILL_READS,
    *ROUND_THIRTY_THREE_THE_MODEL_STILL_READS, *ROUND_THIRTY_FOUR_THE_MODEL_STILL_READS,
    *ROUND_THIRTY_FIVE_THE_MODEL_STILL_READS, *ROUND_THIRTY_SIX_THE_MODEL_STILL_READS,
    *ROUND_THIRTY_SEVEN_THE_MODEL_STILL_READS, *ROUND_THIRTY_EIGHT_THE_MODEL_STILL_READS,
    *ROUND_THIRTY_NINE_THE_MODEL_STILL_READS, *ROUND_FORTY_THE_MODEL_STILL_READS, *ROUND_FORTY_TWO_THE_MODEL_STILL_READS,
]


@pytest.mark.parametrize("text", NOT_THE_MODELS)
def test_each_rounds_sentences_the_model_does_not_read(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk, "load_disclosure_model", _ReadsEverything)
    assert not assess_risk(text).at_risk


@pytest.mark.parametrize("text", THE_MODEL_STILL_READS)
def test_each_rounds_model_still_reads_the_rest(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk, "load_disclosure_model", _ReadsEverything)
    assert assess_risk(text).at_risk
