"""Stage 5: only the patient's current, affirmed pain is coded (coding-rules section 3)."""

from __future__ import annotations

import pytest

from kneecode import code_note


def statuses(text: str) -> list[str]:
    return [f.assertion.status.value for f in code_note(text).findings if f.kind == "pain"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # negation, its list scope and terminators
        ("Denies fever, chills, weight loss, joint pain, or knee pain.", ["negated"]),
        ("Denies back pain; however both knees hurt.", ["current"]),
        ("Denies fever, but endorses right knee pain.", ["current"]),
        ("No swelling. Left knee pain since Monday.", ["current"]),
        ("ROS: denies fever, chills, right knee pain, and ankle pain.", ["negated"]),
        ("Right knee pain, no swelling, no redness.", ["current"]),
        ("Knee pain: none", ["negated"]),
        ("Left knee pain 0/10 today.", ["negated"]),
        ("Left knee pain-free since the injection.", ["negated"]),
        ("I don't have any knee pain anymore.", ["negated"]),
        ("MSK: negative for joint pain, knee pain, and back pain.", ["negated"]),
        ("MSK: positive for left knee pain; negative for back pain.", ["current"]),
        ("Knee pain not improved with ibuprofen.", ["current"]),
        ("No relief of R knee pain with Tylenol.", ["current"]),
        # history
        ("h/o R knee pain, resolved.", ["historical"]),
        ("Knee pain in 2015 after a fall.", ["historical"]),
        ("Had knee pain as a child.", ["historical"]),
        ("Right knee pain resolved after PT. New left knee pain since Monday.", ["historical", "current"]),
        ("Chronic right knee pain x 3 weeks.", ["current"]),
        ("Left knee pain since a fall in 2015.", ["current"]),
        # hypothetical and instructions
        ("Return if knee pain or swelling develops.", ["hypothetical"]),
        ("Patient may experience knee soreness after surgery.", ["hypothetical"]),
        ("Watch for knee pain after starting the running program.", ["hypothetical"]),
        ("Right knee pain, worse if she kneels.", ["current"]),
        ("Instructions:\nCall us if your knee pain gets worse.", ["hypothetical"]),
        ("Instructions:\nYou were seen today for right knee pain.", ["current"]),
        ("Joint aches or knee pain can occur as the dose comes down.", ["hypothetical"]),
        ("My daughter said I should get in touch: my right knee has been sore.", ["current"]),
        # family
        ("Mother has chronic knee pain.", ["family"]),
        ("FH: father with knee OA and knee pain. Pt reports L knee pain.", ["family", "current"]),
        ("Accompanied by her daughter; right knee pain for a week.", ["current"]),
        ("Pt's wife reports his right knee pain is worse.", ["current"]),
        ("Mother reports child has right knee pain.", ["current"]),
        ("Mother reports she has knee pain herself.", ["family"]),
        # recurrence and resolution after the finding
        ("Previous right knee pain has returned.", ["current"]),
        ("Right knee pain, no longer present.", ["historical"]),
        ("L knee pain settled since the steroid injection.", ["historical"]),
        ("He had recurrent R knee pain as a young teenager.", ["historical"]),
        ("Jo, 9. Mum rang: L knee sore since football.", ["current"]),
        ("Left knee pain in twenty nineteen, treated with physio.", ["historical"]),
        ("Seen in 2019 for right knee pain, and it has persisted to the present.", ["current"]),
        ("He's worried he'll get knee pain like his dad.", ["hypothetical"]),
        ("Worried that the weight gain will make her knees sore.", ["hypothetical"]),
        ("Hormones may cause aching knees in late pregnancy.", ["hypothetical"]),
        ("L knee pain began in 2015 and has continued ever since.", ["current"]),
        ("Lives with his wife, Carol, who has bad knee pain.", ["family"]),
        ("Patient, like her mother, has aching in both knees.", ["current"]),
        ("Pain in the right knee started in 2014 and stopped in 2016.", ["historical"]),
        ("Lives with her daughter, Maria, whose right knee hurts.", ["family"]),
        ("Mum reports 12yo son c/o achy knee after PE.", ["current"]),
        ("Right knee started aching in 2017 and has never really let up.", ["current"]),
        ("Left knee pain decreased from 6/10 to 0/10 after the injection.", ["historical"]),
        ("My right knee's not as sore as it was yesterday.", ["current"]),
        ("Right knee pain for 3 days, and now no pain at all.", ["historical"]),
        ("Aged 9 he had aching knees at night.", ["historical"]),
        ("Before your operation, did you have knee pain?", ["historical"]),
        ("Advised to call the clinic for any knee pain.", ["hypothetical"]),
        ("MIU notes do not record which knee is painful.", ["current"]),
        ("Hx from mum: Leo (6) has been saying his left knee hurts.", ["current"]),
        ("Lives with her sister, Maria (72), who has chronic right knee pain.", ["family"]),
        ("R knee sore after the fall, but she says it is absolutely fine now.", ["historical"]),
        ("Recovery: obs stable; knee pain nil.", ["negated"]),
        ("Had R knee pain after a long walk, settled with rest within a few days.", ["historical"]),
        ("Childhood knee pain, probably Osgood-Schlatter.", ["historical"]),
        ("L gonalgia - ongoing, MRI last year normal.", ["current"]),
        ("R knee pain nil at rest but 6/10 on walking.", ["current"]),
        ("Asked whether the knee settled - she says no, the left knee still aches.", ["current"]),
        ("Caller (pt) asking for advice about her son's left knee pain.", ["family"]),
        ("Carer says the carer's own left knee pain is worse.", ["family"]),
        ("Pt's wife usually helps but she has bad pain in both her knees.", ["family"]),
        ("Caller (pt) reports her own right knee pain since Friday.", ["current"]),
        ("Had right knee pain after a hike, settled within days with ice.", ["historical"]),
        ("Asked if it has settled - she says not really, the left knee still hurts.", ["current"]),
        ("Call from pt's husband: she is still getting pain in her right knee.", ["current"]),
        ("L knee ached after the walk but has been completely fine since Thursday.", ["historical"]),
        ("Saw Dr Patel for L knee pain in 2022; it never fully went away.", ["current"]),
        ("Right knee ached for two days and settled by Wednesday.", ["historical"]),
        ("Discomfort behind the right knee on 3/2; gone within a day, none since.", ["historical"]),
        ("Stairs: 2 flights without stopping, gets some knee pain coming down.", ["current"]),
        ("Her husband, who also complained of pain in his left knee, waited outside.", ["family"]),
        ("Both knees were sore after the race and wore off by Monday morning.", ["historical"]),
        ("Group discussion: several members described knee pain on stairs.", ["family"]),
        ("Pt and two other members reported R knee soreness.", ["current"]),
        ("One participant with bilateral knee pain was given a handout.", ["family"]),
        ("Knocked R knee on the table - sore for a couple of days, now completely fine.", ["historical"]),
        ("Pain in hips or knees? Yes - L hip.", ["negated"]),
        ("Balance class: all members except the pt reported L knee soreness.", ["family"]),
        ("Household contacts: everyone in the household except the patient reports aching knees.", ["family"]),
        ("If ticked, please give details: both knees ache.", ["current"]),  # a form's follow-up
        ("During her first pregnancy (2021) both knees ached.", ["historical"]),
        ("During her first pregnancy (2021) both knees ached, and they still do.", ["current"]),
        ("School nurse note: all of the cross-country team bar Ella reported sore knees.", ["family"]),
        ("6 mth hx of R knee pain.", ["current"]),  # a duration
        ("Her R knee pain settled after the GP injection and she has none currently.", ["historical"]),
        ("Members shared experiences with back and knee pain after old injuries.", ["family"]),
        ("R knee pain after the fall at the bus stop, which wore off in 2-3 days.", ["historical"]),
        ("Her right knee hurt in January, but she says it has been fine ever since.", ["historical"]),
        # an affirmed finding after a negated one in an exam list
        ("Left knee: no tenderness, pain with flexion.", ["current"]),
        ("Denies fever, chills, knee pain with walking.", ["negated"]),
        # a quotation after a colon says its own; a negation before it does not reach in
        ('She can no longer kneel at church: "my knee aches all the time now."', ["current"]),
        ('Pt denies: "knee pain", fever.', ["negated"]),
        ("No falls, no new meds: 'my right knee just aches when it rains'", ["current"]),
        # a problem list's headings alone on their lines say what the lines under them are
        (
            "Problem List\nActive\n  Pain in left knee\n  PCOS\nResolved\n  Acute pain of right knee",
            ["current", "historical"],
        ),
        ("Knee pain.\nResolved", ["historical"]),
        ("Historical problems\nPain in right knee\nCurrent problems\nAsthma", ["historical"]),
        ("Denies fever, gonalgia.", ["negated"]),
        ("[X] Knee pain belongs to caregiver - remove", ["family"]),
        ("[x] knee pain\n  if knee pain - which side?  [ ] R  [x] L", ["current", "current"]),
        ("R knee hurt last month. No pain now.", ["historical"]),
        ("R knee pain last month - no pain now.", ["historical", "negated"]),
        ("R knee pain since last month - no pain now at rest.", ["current", "negated"]),
        ("When I was a lad I had terrible knee pain.", ["historical"]),
        ("Boy 12 y. Mother brings with complaints of pains in both knee joints.", ["current"]),
        ("Mother has knee pain.", ["family"]),
        ("PMH: psoriasis; arthralgia of knees - current, uses acetaminophen", ["current"]),
        ("PMH: arthralgia of knees 2015", ["historical"]),
        ("Nothing hurts in the knee at the moment.", ["negated"]),
        ("42-year-old mother of three presents with left knee pain.", ["current"]),
        ("Husband had knee pain last week. Patient reports her own left knee pain today.", ["family", "current"]),
        ("Attended with husband Ron. Ron struggling with painful knees.", ["family"]),
        # "her own": the patient's after "her husband", someone else's after one who reports
        ("Her husband's knee OA is bad. For her own right knee pain: X-ray.", ["current"]),
        ("Sister Mary came too. Mary says her own knees are sore.", ["family"]),
        ("Mum brings him in. Her own knee has been sore.", ["family"]),
        ("Knee pain R (2023, not ongoing).", ["historical"]),
        ("R knee pain stopped ~2 wks ago.", ["historical"]),
        # "This has resolved" after the pain's sentence; a pain word naming a treatment is no finding
        ("Pt was referred for right knee pain with squatting. This has resolved.", ["historical"]),
        ("Right knee pain for 3 weeks. It hurts on stairs.", ["current", "current"]),
        ("R knee scope. Knee will be sore; take pain meds as directed.", ["hypothetical"]),
        ("Referred for right knee pain. This has resolved; 0/10 and returned to 5K runs.", ["historical"]),
        ("Referred for right knee pain. It has settled at rest.", ["current"]),
        ("Her mother's left knee was replaced. She now has knee pain herself.", ["current"]),
        # a duration glued to its unit, or in a past history list, says the pain goes on to now
        ("3yr hx knee pain getting worse", ["current"]),
        ("PMH: HTN, 3 yr hx of knee pain, bilateral.", ["current"]),
        ("PMH: HTN, hx of knee pain.", ["historical"]),
        # a clause without its own subject goes on with what the patient does; a dash ends a question
        ("Left knee pain resolved; returned to 5K runs.", ["historical"]),
        ("Knee pain had settled but returned last week.", ["current"]),
        ("Pt asked whether the surgeon could look at it - has had L knee pain for 3 months.", ["current"]),
        # the kind of question asked, a relative translating, a service named for the complaint
        ("When asked yes/no, nods yes to pain in both knees.", ["current"]),
        ('Granddaughter translated: "my knee hurts."', ["current"]),
        ("Knee Pain Programme, session 2.", ["hypothetical"]),
        # a denial ends with its cell in a pasted CSV row
        ('7,"no swelling","left knee pain"', ["current"]),
        ('2025-03-02,"denies fever, chills",right knee pain', ["current"]),
        # a later dated entry free of pain; an aside that calls the pain prior; a range of motion with pain
        ("5/22 - R knee pain 6/10.\n7/31 - pain-free x 2 wk.", ["historical"]),
        ("5/22 - pain-free at rest.\n6/01 - R knee pain 4/10.", ["current"]),
        ("Missed 3 wks with L knee pain (prior - settled with load mgmt).", ["historical"]),
        ("L knee: no effusion, FROM w/ pain at end flexion.", ["current"]),
        # "v." of a vein is no "versus"; "My dad." names whose knee "his" is
        ("My dad. His right knee has been hurting.", ["family"]),
        ("I brought my dad. His right knee has been hurting.", ["current"]),
        ("R knee: no effusion, FROM w/o pain.", ["negated"]),
        # a later entry's pain-free: not of a named site, nor a goal
        ("5/05 - R knee pain\n5/19 - back pain-free x 1 wk", ["current"]),
        ("7/10 - L knee pain 5/10\nGoal: pain-free by 8/30", ["current"]),
        # answers: "Neither", a zero score, a numbered question answered in a later list
        ("Both knees ache? Neither.", ["negated"]),
        ("RN: Which knee hurts?\nPt: Neither. It's my thigh.", ["negated"]),
        ("Knee pain today? 0/10.", ["negated"]),
        ("Knee pain? 0/10 at rest, 6/10 on stairs.", ["current"]),
        ("Q7. Pain in your knee(s)?\nQ8. Pain in your hip(s)?\n---\nQ7: no\nQ8: yes", ["negated"]),
        ("Q7. Pain in your knee(s)?\nQ8. Pain in your hip(s)?\n---\nQ7: no, only on stairs\nQ8: yes", ["current"]),
        # a transcript's answer: a score of none, a no to where the pain is
        ("BOT: Rate your knee pain today 0-10\nPT: 0\nBOT: Any swelling? Y/N\nPT: N", ["negated"]),
        ("Dr: How bad is the knee pain today, 0 to 10?\nPt: 5", ["current"]),
        ("Bot: Is the pain behind your knee too?\nUser: No, just the calf\nBot: Chest pain?\nUser: No", ["negated"]),
        ("Dr: Is the knee pain worse at night?\nPt: No, it's the same all day.", ["current"]),
        ("Bot: Does the pain go up into your knee?\nUser: nope, knee is fine", ["negated"]),
        # a log flattened with pipes; a past interval free of pain
        ("03/01 R knee pain after a fall. | 03/08 Pain-free, back at work.", ["historical", "negated"]),
        ("8/3 L knee ache | 8/24 pain-free from 8/10 to 8/20, now aching again", ["current", "negated", "current"]),
        # the relative a pronoun right after names; a relative clause on a relative
        ("thats my mom, she has knee pain all the time", ["family"]),
        ("Wife, who drove him here, has bilateral knee pain.", ["family"]),
        ("Writing on behalf of my father (your patient): his left knee has been painful.", ["current"]),
        # a relative reports the patient by name; a relative's knees taken up by "they"; a care diary; another bed
        ("Mum, who is with her today, reports Chloe's right knee hurts.", ["current"]),
        ("It's my husband's knees, they ache every night.", ["family"]),
        ("Care diary - Sun\nMy knee (L) is killing me. Mum's right knee also sore.", ["family", "current"]),
        ("Re: Bed 3 (S.Q.)\nOther beds: Bed 4 K.J. (+) R knee pain.", ["family"]),
        ("44M (denies swelling, but L knee pain 5 months)", ["current"]),
        # a score of zero on a scale the note does not name; a decimal score is not zero
        ("IPOS: R knee pain 0, weakness 3.", ["negated"]),
        ("R knee pain 0.5 on a 0-4 scale.", ["current"]),
        # a writer who says they are not the patient: their own knee is not the patient's
        ("I'm not the patient - I'm her carer. My knee is sore from lifting her.", ["family"]),
        ("I'm not the patient's mother, I'm the patient. My knees ache after shifts.", ["current"]),
        # a relative who attends is not whose pain; "nan" is a relative
        ("15 yo boy, mother present, c/o right anterior knee pain.", ["current"]),
        ("my nan had bad knee pain for years", ["family"]),
        # a writer who is not the patient: their own pain, and the patient's
        ("This is her husband writing, not the patient. I have had right knee pain since a fall.", ["family"]),
        ("This is the patient writing, not her husband. My left knee has ached since January.", ["current"]),
        # who the writer is not; what a relative said the writer should do
        ("This is the patient writing, not her husband - my left knee is aching again.", ["current"]),
        ("Writing because my daughter said I should: my right knee still hurts.", ["current"]),
        # a group that sets someone apart, whatever noun names it; the one set apart has what "who" gives them; a
        # name bracketed with a role is someone else's
        ("Warehouse review: all pickers except the patient complained of left knee pain.", ["family"]),
        ("Everyone is well except the patient, who has R knee pain.", ["current"]),
        ("Craig Fenton (staff) helped. Craig knelt on the floor and reported his right knee is painful.", ["family"]),
        # round 209: a role in brackets hurt helping; a relative who also mentions her own; a decade of life after
        # the pain; a denial that ends at the patient's own clause
        ("Geoff (volunteer) knelt on the concrete to help her and now complains of a sore right kneecap.", ["family"]),
        ("Attended with Priya (mum). Priya also mentioned her left knee has been sore for weeks.", ["family"]),
        ("Any pain in the past? 'had knee pain in my 20s from football but not now'", ["historical"]),
        (
            "Unlike the rest of the squad, who trained without problems, the patient has developed left knee pain.",
            ["current"],
        ),
        # round 210: a person excepted after a comma; a relative set apart from the writer's group; a no that answers
        # the doing, then the pain as its reason
        ("All of the tenors, Mr Adeyemi excepted, said their knees were hurting.", ["family"]),
        ("All of us on the farm except my dad have had sore knees.", ["current"]),
        ("Able to kneel? No - right knee pain", ["current"]),
        # round 211: a question answered no inside a line; a household the writer belongs to; a year that dates the
        # start of the pain told after it
        ("Orthopaedic triage form. Knee pain? No - right hip pain only.", ["negated"]),
        ("everyone in our house apart from my husband has sore knees.", ["current"]),
        ("Since starting the warehouse job in 2022 his left knee has been painful.", ["current"]),
        # round 213: a reported question and its answer; the rest of a group; a question answered "Not today"; a
        # history scored above zero now
        ("When asked whether her left knee hurt, she shook her head.", ["negated"]),
        ("When asked if his R knee was sore, he said yes.", ["current"]),
        ("The rest of the team have right knee pain.", ["family"]),
        ("Knee pain? Not today.", ["negated"]),
        ("Hx of R knee pain since 2015, currently 3/10.", ["current"]),
        # round 214: a reported question about a pain taken as given; "Not now" inside a line; a score now of
        # another site
        ("Asked whether her left knee pain had improved with the brace, she said no.", ["current"]),
        ("Form. Knee pain? Not now.", ["negated"]),
        ("Hx of knee pain; currently 4/10 in the right hip.", ["historical"]),
        # round 215: a reported question whether the pain goes on; a score now in the next sentence
        ("When asked if his left knee was still sore, he said no.", ["negated"]),
        ("Hx R knee pain (2020). Pain score today: 4/10 on stairs.", ["current"]),
        # round 216: a reported question that ends before the pain; a question whether it is over, answered no later
        ("Asked whether she is sleeping OK - left knee pain wakes her.", ["current"]),
        ("Asked whether the right knee pain has gone away. Pt: 'no, it is still there.'", ["current"]),
        ("Scenario: casualty simulating severe R knee pain after a fall.", ["hypothetical"]),
        # round 218: a relative clause after a relative; someone the patient works with, said with the pain; a
        # portrayal in the past; a diagnosis since resolved
        ("Attends with her mother (who has bad knee pain).", ["family"]),
        ("His apprentice has been complaining of sore knees.", ["family"]),
        ("One of her learners has a sore knee.", ["family"]),
        ("Our client has pain in her right knee.", ["current"]),
        ("The SP portrayed left knee pain for the students.", ["hypothetical"]),
        ("Left knee pain in March, since resolved.", ["historical"]),
        # round 219: a companion's relative clause; the others at work; anyone who develops it
        ("Accompanied by his father, whose left knee has been aching.", ["family"]),
        ("Foreman says half the gang have sore knees.", ["family"]),
        ("Anyone who develops knee pain should self-refer.", ["family"]),
        # round 220: what a workmate keeps saying of their own knee
        ("My apprentice Tom, he keeps saying his knee is painful.", ["family"]),
        # round 221: a colleague quoted, complaining or hurt; the patient's own set apart by a contrast; a diagnosis
        # not yet excluded after it
        ("My supervisor Gary keeps saying 'my knee is killing me'.", ["family"]),
        ("Our goalkeeper hurt his left knee on Saturday and it's still sore.", ["family", "family"]),
        ("My client has pain in her right knee.", ["current"]),
        ("His teammate's knee was injured, but his own left kneecap is sore.", ["current"]),
        # round 222: a review of systems' list; a relative living with the patient; the patient's own set apart
        # from a group
        ("Systems: No chest pain, SOB, calf pain or knee pain.", ["negated"]),
        ("Attends to discuss her mother - 79, lives with pt, both knees painful.", ["family"]),
        ("Says half his crew have bad knees; he himself has R knee pain.", ["current"]),
        # round 223: a fellow official; the patient's emphatic pronoun in the clause after a relative of the other sex
        ("Mentions his fellow official 'has terrible knee pain'.", ["family"]),
        ("Pt brought her son, who has R knee pain; she herself is here for L knee pain.", ["family", "current"]),
        # round 224: a hedge in a bracket after a diagnosis; a companion's bracket; a hazard's possible harm
        ("Gout (r/o) - R knee. R knee pain since yesterday.", ["current"]),
        ("Came in with her brother (B/L knee pain, seeing ortho).", ["family"]),
        ("Possible harm: knee pain, back strain, falls.", ["hypothetical"]),
        # round 225: a companion's bracket that opens with the patient; a bare possessive; a co-worker; a harm after a
        # dash; a pain of yesterday now fine
        ("Accompanied by daughter (pt's R knee pain worse per daughter).", ["current"]),
        ("Escorted by carer (carer's knees sore from lifting him).", ["family"]),
        ("Co-worker complains of R knee soreness since the lift.", ["family"]),
        ("Possible harm - knee pain, abrasions.", ["hypothetical"]),
        ("R knee that was sore yesterday is now fine.", ["historical"]),
        # round 226: a relative's knee in the sentence before a pain fragment
        ("Pt's son caught his L knee on the plinth. Sore, small red mark.", ["family"]),
        # round 227: a risk assessment's who might be harmed; a contrast saying the pain is gone; a relative's label
        ("Who might be harmed and how: pastry staff could get sore knees", ["hypothetical"]),
        ("My knees were aching every day but that's gone since the insoles.", ["historical"]),
        ("Mother: bilateral knee replacements. Painful most mornings.", ["family"]),
        # round 230: a name's clause of its own; a mate with a hyphen; a blow to the writer's knee; a screen that found
        # nothing; a medicine used up; a pain that disappeared; pains to prevent
        ("Raj can't come, his wife's knee is really painful.", ["family"]),
        ("Her desk-mate has a sore knee.", ["family"]),
        ("My colleague kicked my left knee, it is sore.", ["current"]),
        ("My right knee still aches and the tablets are all gone.", ["current"]),
        ("The R knee pain has disappeared completely.", ["historical"]),
        ("Kneel on a towel lest he develop painful knees.", ["hypothetical"]),
        ("New kneelers so that nobody gets achy knees.", ["hypothetical"]),
        ("Wear pads before you end up with sore knees.", ["hypothetical"]),
        # round 231: a call the patient made; a sender label before the patient's own words; a relative taken to be
        # seen; a pain that vanished; a medicine totally gone
        ("Pt called, her mother's knee is painful.", ["family"]),
        ("Msg from pt: My colleague kicked my left knee, it is sore.", ["current"]),
        ("Running late - took Dad to the GP, his knee's that sore.", ["family"]),
        ("L knee pain has vanished since physio.", ["historical"]),
        ("Knees still aching and the painkillers are totally gone.", ["current"]),
        # round 232: someone the patient works beside, written with co-; a relative named in brackets
        ("Mentions his co-driver has bad knee pain.", ["family"]),
        ("Mum (Jean) is stepping back - her knees are really painful now.", ["family"]),
        # round 233: nobody has complained; an apprentice who has the pain; a pain that has not disappeared
        ("Nobody has complained of sore knees this week.", ["negated"]),
        ("Advice about his apprentice (17) who has knee pain.", ["family"]),
        ("R knee pain has not disappeared.", ["current"]),
        # round 234: a bracket scoring another moment; a zero in the morning; an instruction to staff
        ("R knee pain 0/10 on stairs (3/10 with running).", ["current"]),
        ("R knee pain 0/10 a.m., 2/10 p.m.", ["current"]),
        ("Any staff who experience knee pain should report it.", ["hypothetical"]),
        # round 235: a bracket scored in words; a zero in a bracket; people in general; a flyer; 'no bother since'
        ("NRS R knee pain 0 out of 10 seated (3 out of 10 squatting).", ["current"]),
        ("R knee pain 0/10 at rest (0/10 with stairs).", ["negated"]),
        ("Patients who develop knee pain after the injection should call.", ["hypothetical"]),
        ("Flyer in waiting room: DO YOU HAVE KNEE PAIN? Join our study.", ["hypothetical"]),
        ("Left knee pain 2019 from football, physio, no bother since.", ["historical"]),
        ("Knee pain?  Yes [ ]  No [ ]", ["hypothetical"]),
        # round 236: a site's own item answered none; Portuguese "not"
        ("Pain: lower back - yes; knees - none; shoulders - none", ["negated"]),
        ("Paciente: o joelho está bom, não dói.", ["negated"]),
        # round 237: nobody or others of a group the note names; no less sore
        ("Nobody on his crew has complained of sore knees.", ["negated"]),
        ("Colleagues on the ward have been complaining of sore knees.", ["family"]),
        ("My right knee isn't any less sore since the shot.", ["current"]),
        # round 238: doesn't hurt any less; the pain "in pt's son"
        ('Pt: "Knee (L) doesn\'t hurt any less since the injection."', ["current"]),
        ("Knee pain x 1/52 in pt's son, R>L.", ["family"]),
        ("None of the girls complain of knee pain.", ["negated"]),
        ("Her knee is now pain free with full ROM.", ["historical"]),
        # round 239: nobody of a group with its own verb; nobody wants it; a group's pain; the patient one of two
        ("None of the girls on her netball team has had knee pain.", ["negated"]),
        ("Nobody has had knee pain.", ["negated"]),
        ("Bring your mats - nobody wants sore knees on Monday!", ["hypothetical"]),
        ("The last lot of volunteers ended up with sore knees.", ["family"]),
        ("Pt and her sister both report knee pain (R).", ["current"]),
        ("My right knee doesnt hurt any less.", ["current"]),
        ("None of the girls knew, but she has had R knee pain.", ["current"]),
        # round 240: the patient among a group with none; someone on the patient's crew; one of twins in pain
        ("No one in the family, pt included, has had knee pain.", ["negated"]),
        ("Mentions a lad on his crew has a painful knee.", ["family"]),
        ("Pt and twin brother both report knee pain.", ["current"]),
        # round 241: a past stage of working life; an instruction to anyone; over after days of rest; the patient
        # included in a group's pain
        ("Had R knee pain as an apprentice, settled.", ["historical"]),
        ("If anyone gets knee pain from the packing, swap onto till duty.", ["hypothetical"]),
        ("The knee pain I had cleared up after a few days rest.", ["historical"]),
        ("Everyone on the night shift complains of sore knees, pt included.", ["current"]),
        # round 242: over within days; a workmate of the patient's
        ("L knee discomfort after the fall cleared up in a few days.", ["historical"]),
        ("Pt's apprentice has had knee pain since starting the job.", ["family"]),
        # round 243: none reported today; the ending denied; back after it cleared; over now; fine for weeks since;
        # the patient's own after a workmate's; the missus's knee; an item answered N in line
        ("L knee pain 4/10 at IA; today she reports none.", ["negated"]),
        ("R knee pain has not cleared up after 2 weeks.", ["current"]),
        ("R knee pain cleared up in a few days but came back yesterday.", ["current"]),
        ("L knee pain is over now.", ["historical"]),
        ("R knee was sore in March but has been fine for 3 weeks.", ["historical"]),
        ("Pt's apprentice has knee pain, and pt now reports his own L knee aches.", ["family", "current"]),
        ("Taking the missus to physio, her knee is still sore.", ["family"]),
        ("back pain N / knee pain N / other N", ["negated"]),
        # round 244: items answered N before a comma or in brackets; an ending after weeks of rest denied; one that
        # never came
        ("Review: knee pain N, cycling again.", ["negated"]),
        ("Checklist - knee pain (N) back pain (Y)", ["negated"]),
        ("L knee pain has not cleared up after 3 weeks of rest.", ["current"]),
        ("The ache in her left knee never really went away after the fall in May.", ["current"]),
        ("Knee pain L - settled. Discharged from physio.", ["historical"]),
        ("Knee sore? Pt shakes head.", ["negated"]),
        # round 245: an animal's front knees; 'normal' as expected; someone named in a cleft
        ("Goat Hazel: both front knees swollen and sore.", ["family"]),
        ("Your right knee is still a little sore, which is normal at this stage.", ["current"]),
        ("I'm ok now. It's Marion who ended up with the sore knee.", ["family"]),
        # round 246: a yes left standing; the person a carer looks after; a pain told in the past tense of a year
        # gone by and denied now; what the physio expects of a pain the patient has; "(our patient)"
        ("Knee pain? Yes / No (delete as appropriate): Yes", ["current"]),
        ("Knee pain? Yes / No (delete as appropriate)", ["hypothetical"]),
        ("R knee was sore for weeks after the fall in 2022. No knee pain now.", ["historical", "negated"]),
        ("L knee pain which the physio says is normal at this stage.", ["current"]),
        ("Call from son: his father (our patient) has had left knee pain.", ["current"]),
        # round 247: a sign in brackets after another sentence; a pain said after a denial in a clause of its own; it
        # hurt last season as well; a co-handler's knee; what the physiotherapist expects
        ("Rolled L ankle. (-) knee pain.", ["negated"]),
        ("R knee: no swelling, hurts to bend.", ["current"]),
        ("No R knee pain, swelling or bruising.", ["negated"]),
        ("Denies R knee pain, sore to touch over the shin.", ["negated"]),
        ("Left knee hurts after long days kneeling, last season also.", ["current"]),
        ("Mentioned her co-handler (Dougie) has had a sore knee all week.", ["family"]),
        ("Knee discomfort (L), which the physiotherapist says is normal at this stage.", ["current"]),
        # round 248: a sign's denial ends with its sentence; the other knee said to be fine; a lame animal's knee and
        # what a vet says
        ("(-) fever (-) chills. R knee pain 5/10 since Monday.", ["current"]),
        ("This time it's the left knee that's sore, the right is fine now.", ["current"]),
        ("One of his mares is lame with a sore knee.", ["family"]),
        ("Biscuit was limping, vet says his back knee is sore.", ["family"]),
        # round 249: a sign after a test's name; a time's pain denied; a stifle and "its back knee"
        ("Lachman (-), R knee pain with valgus stress.", ["current"]),
        ("Pain location: anterior knee\nSide: Right\nNight pain: no", ["current", "negated"]),
        ("Bramble has tweaked her stifle (knee), sore when flexed.", ["family"]),
        ("The owner said its back knee was sore.", ["family"]),
        # round 250: a pain a pronoun ties to an animal's knee; details asked of any ticked box
        ("Vet thinks she tweaked her knee and it's sore when he flexes it.", ["family"]),
        ("[x] Knee pain\nIf you ticked any box please give details: right knee, sore kneeling", ["current", "current"]),
        # round 251: parents telling of the child; where a ticked pain is
        ("Parents report he has had knee pain for about 6 weeks.", ["current"]),
        ("If you ticked 'pain' please say where: left knee, sore after netball", ["current"]),
        # round 253: someone the writer names beside themself; a witness's own; a vet's finding; settled on its own
        ("Dave and me are out this week, his knee is sore", ["family"]),
        ("Witness: my own right knee has been painful for years.", ["family"]),
        ("Bodhi limping all week, vet reckons his left knee is sore.", ["family"]),
        ("Knee sore for a couple of seasons, settled without any op.", ["historical"]),
        ("Denies knee pain except on the left when kneeling.", ["current"]),
        # round 254: a pain that went after a time; one who told a relative of their own knee
        ("knees are fine now btw, that ache went after the weekend", ["historical"]),
        ("Details: Ellie told her mum her knee hurt after Saturday's shift.", ["current"]),
        # round 255: an animal's hind knee where the note tells of an animal; what a pain usually means
        ("Owner said his back knee is sore, he's waiting for the vet.", ["family"]),
        ("In lunges her back knee aches.", ["current"]),
        ("Pain at the back of the knee usually = saddle too high.", ["hypothetical"]),
        # round 257: a freedom from pain that ended; what an activity can leave anyone with; a count alone as a
        # group; a vet on the phone; an operation's date; a lesion's end; "now resolved" and who says so
        ("Was free of knee pain for a month, but it's back since the concerts.", ["current"]),
        ("Kneeling on shingle can leave you with sore knees.", ["hypothetical"]),
        ("Several complain of sore knees after the sessions.", ["family"]),
        ("Vet (phoned) says probably a sore left knee.", ["family"]),
        ("R knee aching, arthroscopy performed in 2019.", ["current"]),
        ("L knee pain after the fall, the bruising has now resolved.", ["current"]),
        ("Knee pain after the hike; now resolved per patient.", ["historical"]),
        # round 258: a freedom from pain that ended; a denial only at times; the patient one of several; a relative's
        # clause past an aside; the knee of an animal's hind leg; a recurrence; settled again
        ("Was pain-free in the R knee for six weeks, but it has come back.", ["current"]),
        ("Denies L knee pain except when kneeling.", ["current"]),
        ("He and several teammates complain of sore knees.", ["current"]),
        ("Asks about his daughter (16), who has L knee pain.", ["family"]),
        ("Took Biscuit to the vets, holding her back leg up. The same knee has been sore.", ["family"]),
        ("No R knee pain for 3 months; recurrence x 1 wk.", ["current"]),
        ("Knee pain returned in May, settled again by June.", ["historical"]),
        # round 259: the other knee's state after a comma; a farm animal's knee; an animal's leg after its knee; the
        # season to now
        ("Left knee still aching, the right one fine now.", ["current"]),
        ("Farmer says one of the bullocks has a sore swollen knee.", ["family"]),
        ("The depot dog was limping, think he's got a sore knee on his back leg.", ["family"]),
        ("Intermittent patellar ache over last season.", ["current"]),
        # round 260: a denial with an adverb; a child after a possessive; a relative's worry about the patient's
        # knee; animals in the plural possessive; an exception in a past year; a zero written after the other knee
        ("She does not currently report knee pain.", ["negated"]),
        ("Her little boy fell in PE and his knee hurts.", ["family"]),
        ("Husband is worried about her R knee pain.", ["current"]),
        ("Says the cows' knees are sore.", ["family"]),
        ("Denies knee pain except in 2018 after the skiing fall.", ["negated"]),
        ("Pain today: Right knee 0/10 (settled). Left knee 6/10.", ["current"]),
        # round 261: "but currently none"; "not reporting"; a partner's knee; a checklist heading's ticked answers
        ("He has had knee pain on and off for years but currently none.", ["negated"]),
        ("Not reporting knee pain at present.", ["negated"]),
        ("Her partner's knee is sore.", ["family"]),
        ("Joint pain checklist\nHands [ ]\nKnees [x]\nFeet [ ]", ["current"]),
        # round 262: a relative taken for care; an animal named with its kind in brackets; a pain to prevent; "his
        # own" after a relative of the other sex
        ("Got to take Mum to fracture clinic, her knee's still really painful.", ["family"]),
        ("Vet rang - Bramble (my springer) is sore on her right knee.", ["family"]),
        ("We'd like to make sure nobody gets sore knees.", ["hypothetical"]),
        ("Mum had both knees replaced. He has noticed his own knees aching.", ["current"]),
        # round 263: a box answered no; the patient says his own; an animal and its age in brackets; a breed; what it
        # was before it got better; the pain a replacement of a past year was for
        ("Knee pain: [N]", ["negated"]),
        ("Wife's knees are bad too. Pt says his own R knee hurts.", ["current"]),
        ("Pepper (cat, 9 yrs) - painful R knee.", ["family"]),
        ("Had to carry Max (the beagle) upstairs because his knee hurts.", ["family"]),
        ("The knee is fine now thanks, it was only a bit sore yesterday.", ["historical"]),
        ("Right TKA 2020 for OA knee pain.", ["historical"]),
        # round 264: a risk assessment's hazard; a thing's knee; the writer with a relative; over by this morning
        ("RISK ASSESSMENT\nHazard: kneeling on the stage -> knee pain", ["hypothetical"]),
        ("Tech says the robot's knee hurts.", ["family"]),
        ("Me and my sister both have sore knees.", ["current"]),
        ("Knee was sore on Saturday but by this morning it's fine.", ["historical"]),
        # round 265: a risk asked about; nothing since; flared again after settling; a bot's knee
        ("Could this task cause knee pain? Yes - provide kneeling mat.", ["hypothetical"]),
        ("The ache in my left knee lasted till Wednesday and there's been nothing since.", ["historical"]),
        ("Right knee pain had settled but flared again yesterday.", ["current"]),
        ("Tech says the poor bot's left knee hurts again.", ["family"]),
        # round 266: what a denial sets a pain against; a warning; a risk's potential; pain sorted by its treatment
        ("Right knee: no swelling, just sore.", ["current"]),
        ("You'll also end up with sore knees if you stand locked.", ["hypothetical"]),
        ("Potential for left knee pain if operator kneels on grating.", ["hypothetical"]),
        ("Knee pain after the fall in Feb - sorted with physio.", ["historical"]),
        ("Lt knee pain eased off but has crept back the last fortnight.", ["current"]),
        ("Bandages teddy's sore knee every night.", ["family"]),
        # round 267: someone the patient meets; the patient's knee landed on by another; one named as no patient
        ("Pt helped him up - the voter's knee was sore.", ["family"]),
        ("Partner's heel came down on her L knee; sore since.", ["current"]),
        ("Companion (not a pt) has a sore left knee.", ["family"]),
        # round 268: a toy, an animal's knee by its own word; pretend pain; a risk form's harm
        ("Teddy has a sore knee.", ["family"]),
        ("Vet felt his knee (stifle) was sore.", ["family"]),
        ("Casualty brief: hold your right knee and say 'my knee really hurts'.", ["hypothetical"]),
        ("Harm: knee pain, back strain", ["hypothetical"]),
        # round 269: the person went home, not the pain
        ("She has pain in her L knee and has gone home to rest.", ["current"]),
        # round 270: a parent in a new clause; a pain gone by the time; a customer whose knees hurt
        ("Pain in his knee. Dad had OA and mum has knee pain.", ["current", "family"]),
        ("She had pain in her L knee, but it had gone by the time she went home.", ["historical"]),
        ("Fitting grab rails for a customer whose knees are too painful.", ["family"]),
        # round 272: a form prompt's examples; one of a group; a doctor's own knock
        ("If yes, give details (e.g. back, hip or knee pain): ____", ["hypothetical"]),
        ("One of the lads went down in training and his knee is sore.", ["family"]),
        ("Dr Patel also banged his knee on the chair base, said it hurt.", ["family"]),
        # round 273: a pain to be prevented; a training scenario; settled past the "but"
        ("Asks about preventing knee pain.", ["hypothetical"]),
        ("Scenario 3: casualty slips and reports left knee pain.", ["hypothetical"]),
        ("Knee was sore for a few days after the show but it's settled completely.", ["historical"]),
        # round 275: a remnant; a resolution carried on; the adverb first; an animal in brackets; a customer's fall
        ("Left knee pain nearly resolved, twinge kneeling.", ["current"]),
        ("Shoulder pain has resolved, as has the ache in her right knee.", ["historical"]),
        ("L knee was aching after the hike, but it's fully settled.", ["historical"]),
        ("Vet report says sore knee (dog).", ["family"]),
        ("Reports a client slipped on the tiles and hurt her knee.", ["family"]),
        ("Mum has knee OA. Now pt getting knee ache herself.", ["current"]),
        # round 276: a newsletter's topic; a group's question; a cleft; counselling; clinicians as colleagues
        ("I read the club newsletter about sore knees.", ["hypothetical"]),
        ("Anyone else got sore knees after Sunday??", ["hypothetical"]),
        ("It was the client she helped up who hurt her knee.", ["family"]),
        ("Counselled: joint pains, including knee pain, may occur.", ["hypothetical", "hypothetical"]),
        # round 277: a pain told at a visit before; a partner in a sport
        ("Both knees hurt at that visit.", ["historical"]),
        ("Her bowls partner has a sore knee.", ["family"]),
        # round 278: what still hurts after a "but"; a test's result; a role told of; the vet
        ("No pain in the right knee at rest, but it still aches on stairs.", ["negated", "current"]),
        ("No laxity, Lachman neg, deep flexion painful at the knee.", ["current"]),
        ("Says the vicar has had awful knee pain all year.", ["family"]),
        ("Vet thinks it's her kneecap and that her knee is sore.", ["family"]),
        # round 279: someone set against the writer; "hers"; sorted with physio
        ("Can't say the same for Steve, his knee's still sore.", ["family"]),
        ("My knees are fine but Chloe says hers hurt by the end of the day.", ["family"]),
        ("Left knee pain in 2019, sorted with physio.", ["historical"]),
        # round 280: a possessive's apostrophe; a role; a denying label; a greeting; a member of a group
        ("His bowls partner has knee pain; pt's own L knee is sore.", ["family", "current"]),
        ("His football coach has had left knee pain for months.", ["family"]),
        ("ROS negative: fever, chills, knee pain.", ["negated"]),
        ("Hey Sam, mum's not coming to class tonight, her knees are hurting again.", ["family"]),
        ("Bow side rower in the Leander crew reported knee pain after the race.", ["current"]),
        # round 281: a relative set against the patient; a pain said sorted
        ("Husband, on the other hand, has had L knee pain for months.", ["family"]),
        ("My knee pain is sorted mate, it's the shoulder today.", ["historical"]),
        # round 282: a screen's denial; a workmate complaining; a question of years gone; a questionnaire's report
        ("Screen: Negative for neck pain, knee pain.", ["negated"]),
        ("My apprentice Jordan has been complaining his left knee hurts.", ["family"]),
        ("In the last 5 years have you had knee pain? Yes.", ["historical"]),
        ("Knee arthralgia on questionnaire.", ["current"]),
        # round 285: an animal's front knee, an animal the sentence goes on about, a past job
        ("At the vet with Bella, her front left knee is sore.", ["family"]),
        ("Her old spaniel - he's been limping, she thinks his knee is sore. Needs the vet.", ["family"]),
        ("Who still works at the shop she used to own, for her pain in the right knee.", ["current"]),
        ("Pt's basketball coach has R knee pain.", ["family"]),
        ("Her physical therapist's knee is sore.", ["family"]),
        ("Neither of my knees hurts.", ["negated"]),
        # rounds 288 and 289: a question's colon, a workmate or an animal hurt, instructors, 'neither one', what did not
        # help, an everyday word for a parent
        ("Could you ask whether the clinic is open: my left knee aches.", ["current"]),
        ("My apprentice Jake knelt on a blade and his knee's sore.", ["family"]),
        ("Our spaniel Molly hurt her knee on the stile.", ["family"]),
        ("Pilates teacher at her studio has painful knees.", ["family"]),
        ("Knees: neither one hurts today.", ["negated"]),
        ("Neither rest nor ice has helped her left knee pain.", ["current"]),
        ("My old man's knees ache.", ["family"]),
        # round 290: what is told after a question's colon, a parent in everyday words, a coach named with the role
        ("Pt asked whether the clinic is open Friday: says L knee pain ongoing.", ["current"]),
        ("Me da's knee's been sore since he fell.", ["family"]),
        ("Coach Dan twisted his knee spotting a vault, says it's sore.", ["family"]),
    ],
)
def test_assertion(text: str, expected: list[str]) -> None:
    assert statuses(text) == expected


def test_section_context_applies_to_its_lines() -> None:
    note = "Family history:\nMother with knee pain.\n\nHPI: right knee pain for 2 weeks."
    assert statuses(note) == ["family", "current"]


def test_left_out_names_the_cue_and_offset() -> None:
    result = code_note("Pt denies knee pain at this time.")
    (lo,) = result.left_out
    assert lo.reason_code == "negated"
    assert lo.reason == "negated by 'denies' at 1:4"  # line:column
    assert lo.cue is not None and result.text[lo.cue.start : lo.cue.end] == "denies"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pt 62M with R knee pain.", "m"),
        ("29 yo F, L knee pain.", "f"),
        ("58-year-old woman with knee pain.", "f"),
        ("Mr. Jones reports knee pain.", "m"),
        ("62M; wife is a 60 yo female.", None),  # both sexes named: no guess
        ("On MS Contin 30 mg; T 99 F.", None),  # MS is a drug, a temperature is no age
        ("Walked 400 m, knee pain.", None),
        ("She reports knee pain.", None),  # pronouns alone never decide
    ],
)
def test_patient_sex(text: str, expected: str | None) -> None:
    from kneecode.lexicon import default_lexicon
    from kneecode.pipeline.context import patient_sex
    from kneecode.pipeline.tokenize import tokens_of

    assert patient_sex(tokens_of(text).words, default_lexicon().grammar.persons) == expected


def test_a_letters_addressee_is_not_the_patient() -> None:
    text = "To: Mr. Delgado (1st period)\nKaylee was seen this morning, complaining that her knees are sore."
    assert code_note(text).codes == ("M25.561", "M25.562")
