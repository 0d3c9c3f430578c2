"""Rules learnt from blind rounds must not fire on ordinary notes. Each case is a note a
fresh-eyes review of those rules found mis-coded (or crashing), with the codes the rules
require; together they pin down where each rule stops."""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from kneecode import code_note

from .blind_run import code_unclaimed, gathered, wrong_probes
from .conftest import BLIND_RUN, BLIND_SHARE, REVIEW_SETS

R, L, U = "M25.561", "M25.562", "M25.569"

CASES = [
    # lettered lists: more options than letters, an outline that says "please"
    ("a. item\nb. item\nc. item\nd. item\ne. item\nf. item\ng. item\nh. item\na. R knee pain", (R,)),
    (
        "Assessment and plan, please see below:\na. Right knee pain, likely PFPS - refer to PT\n"
        "b. Hypertension - continue lisinopril",
        (R,),
    ),
    # a past episode that resolved does not cancel today's pain, nor today's diagnosis
    ("CC: right knee pain x 3 days after a fall.\nPMH: HTN. Right knee pain (2015), resolved.", (R,)),
    (
        "Right knee pain. Assessment: Right knee contusion after fall yesterday.\n"
        "PMH: right knee contusion 2018, resolved.",
        (),
    ),
    # tables: a header without a corner cell, values by order, two-space gaps, prose with two spaces
    ("| Right | Left |\n| Knee pain | 0 | 0 |", ()),
    ("Pain  Right  Left\nKnee  0  6\nseen at 10   am", (L,)),
    ("Knee pain map\nLocation  R  L\nKnee  X  X", (R, L)),
    ("Knee pain\nSite  R  L\nKnee  -  X", (L,)),
    ("Knee pain\nSite  R  L\nKnee  -  X\n\nBP   120/80", (L,)),
    ("Return if worse.  Ice prn.\nRight knee pain persists.  Using a brace.\n\nBP   120/80", (R,)),
    ("Side | Pain\nR | knee pain 6\nL | knee pain 0\n", (R,)),
    ("| | Right | Left | Comment |\n| Knee pain at rest | 0 | 0 | reports left knee pain with stairs |", (L,)),
    # side boxes: the labels of unticked boxes are no side; an "Other" box is no side box
    ("Knee pain   Right [ ]   Left [ ]   Unknown [X]", (U,)),
    ("COMPLAINT\n[x] Knee pain   [ ] Hip pain   [ ] Back pain   [ ] Other\nSide: R", (R,)),
    # a limb's side field reaches only its record
    ("Vascular study: lower extremity\nSide: Left\nResult: normal\n" + "Line\n" * 20 + "HPI: 60F with knee pain", (U,)),
    # a statement is no heading; a cane is no procedure; "cannot kneel" is no unknown side
    ("F/u right shoulder strain.\nPain much better\nExam:\nKnee: full ROM, no effusion\nShoulder: mild tenderness", ()),
    ("Right knee pain, uses a cane in the left hand for OA.", ()),
    ("Knee pain since Monday. He cannot kneel and points to which knee: left.", (L,)),
    # a question the patient asked; a knee is never a thing struck
    ("Right knee pain. She had one question about her right knee osteoarthritis and injections.", ()),
    ("Slipped on ice and landed on a knee (left). It hurts.", (L,)),
    # review of blind rounds 18-22: a year that dates the onset is no past episode
    ("Right knee pain, onset 2022, progressively worse.", (R,)),
    ("Problem list: Left knee pain, dx 2023.", (L,)),
    ("Active problems:\n1. Left knee pain - 2023, ongoing", (L,)),
    # an earlier unsided episode that resolved, or pain gone only at some times, ends nothing
    ("CC: knee pain x 2 wks, worse on stairs. She also had knee pain after a soccer game in May that resolved.", (U,)),
    (
        "CC: Right knee pain. Since the injection he is no longer having knee pain at night; still hurts on stairs.",
        (R,),
    ),
    ("F/u left knee pain. She is no longer having knee pain with walking, only with running.", (L,)),
    # the past perfect of an ongoing complaint; an episode that subsided is over
    ("62 yo F. She had noted gradually worsening left knee pain over the past 3 months.", (L,)),
    (
        "Seen for right shoulder pain. She also had left knee pain after a fall 2 weeks ago, which subsided with rest.",
        (),
    ),
    # tables and lists of knee rows that are not about pain; muscle grades are no scores
    ("Knee pain x 3 weeks.\n\nQuad strength  Level\nR knee         4\nL knee         5", (U,)),
    ("Hip pain, chronic.\nMMT (pain-limited):\nR knee 4/5\nL knee 5", ()),
    # Spanish "sin" and dexamethasone are no sides
    ("Knee pain, sin fiebre, sin trauma.", (U,)),
    ("Knee pain, dex taper started for COPD flare.", (U,)),
    # s-bar then c-bar; "other players" is no generic statement
    ("Pt amb 150 ft s\u0304 AD, c\u0304 L knee pain 4/10 at end of session.", (L,)),
    ("Collided with other players during practice, now has right knee pain and swelling.", (R,)),
    # a limb field names only the knee that opens its value
    ("RLE: pulses 2+. Complains of knee pain, side not specified.", (U,)),
    # RA is room air after a comma; an explanation needs a word
    ("Pt c/o L knee pain, RA sats 97%.", (L,)),
    # a lead's cue reaches its list only when it ends the lead
    ("She was previously seen in this clinic for:\n- R knee pain, still present and worse", (R,)),
    ("Right knee pain 6/10.\nPt does not want surgery for:\n- right knee OA", ()),
    # the current injury under "Injury history:"
    ("Injury history: Pt twisted his right knee at work yesterday; immediate right knee pain and swelling.", (R,)),
    # a pain label's value that is no location
    ("Pain medication: oxycodone 5 mg prior to L knee dressing change.", ()),
    ("Pain: not assessed    Dressing: R knee dry and intact", ()),
    # a relative speaking of another relative; "we thought" before an established diagnosis
    ("Mom says her sister has bad knee pain too. Child with no complaints.", ()),
    ("Right knee pain. We thought her right knee OA warranted a steroid injection today, which was given.", ()),
    # "neg" after a test; a form label "if any:"
    ("Right knee: drawer neg, McMurray neg\nknee pain reproduced with patellar grind", (R,)),
    ("Describe pain if any: aching R knee, 4/10", (R,)),
    # another device's side field in the next block
    ("Pain: yes\nLocation: knee\n\nSide: R\nSite: antecubital\nGauge: 20 g IV", (U,)),
    # review of blind rounds 23-24: a referral to a clinician, denials and doubts, another pain
    # that is radicular, the other knee in the same sentence
    ("Referred from PCP for right knee pain and hip pain.", (R,)),
    ("L knee pain after fall. Pt was referred from urgent care; X-ray of L knee and hip negative.", (L,)),
    ("Right knee pain x 3 weeks. There is no evidence that her knee pain is referred from the hip.", (R,)),
    ("Left knee pain. It is unlikely that her knee pain is referred from the hip.", (L,)),
    ("L knee pain x 3 weeks. Unclear if her knee pain is referred from the hip; XR hip ordered.", (L,)),
    ("Right knee pain x 2 weeks. Knee pain is often referred pain from the hip in children; hip exam normal.", (R,)),
    ("Low back pain is radicular, and she also reports right knee pain.", (R,)),
    ("Right knee pain is referred from the right hip, while the left knee pain started after a fall last week.", (L,)),
    # a status line ends only its own record
    ("Problem: Acute pain, L knee\nStatus: Active\nProblem: Hypertension\nStatus: Resolved", (L,)),
    ("CC: R knee pain x 2 weeks\nPMH: asthma\nStatus: resolved", (R,)),
    ("Pain: R knee 4/10, aching\nIncision: R knee, clean/dry/intact\nStatus: healed", (R,)),
    # what a drug is used for; prose that ends in a question; a box for another finding
    ("Meloxicam 15 mg daily - used for L knee pain.", (L,)),
    ("R knee pain for 2 days, any fever or chills? No.", (R,)),
    ("Knee pain   Right [ ]   Left [ ]   Ankle swelling [x]", ()),
    ("Pt wonders if knee pain will develop since her mother had bad knees.", ()),
    ("Chief complaint: knee pain\nWhich side? \u2192 right", (R,)),
    # review of blind rounds 28-29: a pain after a denied item that is no pain is affirmed
    ("No injury, pain in the right knee for 2 weeks.", (R,)),
    ("No fevers or chills, pain in the right knee since Tuesday.", (R,)),
    ("Patient denies chest pain, pain in the knees or in the hips, fever.", ()),
    # "would be", "may be best described": statements of fact
    ("The main issue today would be her left knee pain, 6/10.", (L,)),
    ("Her pain may be best described as aching in the right knee, present daily for 2 months.", (R,)),
    ("Knee pain 0/10 - she had been told they might be sore after lying prone; none.", ()),
    # a recurring pattern is current; only a feared future is not
    ("Pt states she ends up with left knee pain after every shift.", (L,)),
    ("Worried she'll end up with knee pain like her mother. No pain now.", ()),
    # "in remission" and "inactive" reach the disease they follow, not the next one
    ("Crohn's in remission, right knee OA. Right knee pain.", ()),
    ("Problem list: lupus - inactive, osteoarthritis of left knee. Left knee pain.", ()),
    ("Left knee OA, inactive lifestyle. Left knee pain.", ()),
    # names and words of English that foreign vocabulary must not take
    ("Seen by Dr. Nie for right knee pain.", (R,)),
    ("Followed at the V.A. for right knee OA. Right knee pain worse.", ()),
    ("Knee pain - links to PT videos sent.", (U,)),
    ("Seen by Dr. Jia for right knee pain.", (R,)),
    ("Assessment: 1. Left knee pain. 2. Left Achilles tendinitis, patellar reflexes intact.", (L,)),
    ("Side effects: right knee pain since starting letrozole 2 months ago.", (R,)),
    ("Right knee pain, typical of her known osteoarthritis.", ()),
    # logs in time order and ">" as list marks are no reply threads
    (
        "5/6 RN call: right knee pain resolved after injection, pt pleased.\n\nOn 5/9/2025 the patient wrote:\n"
        "My right knee started hurting again yesterday.",
        (R,),
    ),
    ("HPI: f/u right knee pain after 6 weeks of PT.\nA/P:\n> right knee pain - resolved with PT\n> f/u prn", ()),
    ("Knee pain resolved after PT in March.\n> Now: left knee hurting again since last week\n> swelling mild", (L,)),
    (
        "10/02 08:00 RN: left knee pain resolved, denies left knee pain.\n> pt ambulating\n> tolerating diet\n"
        "10/01 14:00 RN: left knee pain 6/10.\n> ice applied",
        (),
    ),
    ("Update: the right knee doesn't hurt anymore.\n\n----- Message -----\nFrom: Pt\nMy right knee still hurts.", ()),
    ("Update: the right knee doesn't hurt anymore.\n\nFrom: Jane Doe\nSent: Monday\nMy right knee still hurts.", ()),
    ("If you experience any of the following:\n- knee pain or swelling\n- fever", ()),
    ("Call the clinic if you have any of the following:\n- knee pain or swelling\n- fever", ()),
    # asides that add or set apart another site
    ("Right knee (and hip) pain.", (R,)),
    ("Left knee (not the hip) aches at night.", (L,)),
    ("Left hip (and knee) pain", (L,)),
    # review of blind rounds 26-27: speaker turns end at any label; only "my knee" is the speaker's own
    (
        "DOCTOR: What brings you in today?\nWIFE: He fell off a ladder.\nMR. JONES: My right knee hurts.\nDOCTOR: OK.",
        (R,),
    ),
    (
        "DOCTOR: What brings you in today?\nDAUGHTER: I'm worried, the right knee pain is getting worse.\n"
        "DOCTOR: Any swelling?\nPATIENT: A little.",
        (R,),
    ),
    ("Location: L knee\nPt: aching", (L,)),
    # a parent's worry, a refusal, a guess about the past are no one else's pain
    (
        "14yo F here with parents. Parents are concerned about their daughter's left knee pain, worse with running.",
        (L,),
    ),
    ("Honestly surgery is not for me, my left knee pain is manageable with Tylenol.", (L,)),
    ("He may have fallen yesterday, R knee pain today.", (R,)),
    (
        "Pt presents with her daughter, who is a nurse at the hospital, and complains of left knee pain for two weeks.",
        (L,),
    ),
    ("Past medical history (reviewed and updated):\nRight knee pain\nHTN", ()),
    # hedged causes, arteries, scored sites after a sub-label, records that agree with their field
    ("You came in with pain behind your right knee. A DVT could be the cause of your pain.", (R,)),
    ("Left knee pain. Arterial thrombus in the left popliteal artery, vascular consulted.", (L,)),
    ("Pain scale: 0/10 at rest. Activity: R knee 6/10 with stairs.", (R,)),
    (
        "Indication: knee pain\nLaterality: Right\nDescription: The right knee was prepped. "
        "The left knee was not examined.",
        (R,),
    ),
    ("Knee pain x 3 weeks. Exam: Right knee: mild effusion. Will verify which knee was injected in 2022.", (R,)),
    ("knee r sore after the game", (R,)),
    ("Left knee stiffness resolved with PT; it paid off.", ()),
    # "not seen" denies its own diagnosis, not the list before it; a dash keeps a diagnosis's own cues
    ("Right knee pain. Ultrasound: Baker's cyst, DVT not seen.", ()),
    ("Right knee pain. Medial meniscal tear - was treated conservatively in 2018, resolved.", (R,)),
    ("65F with R knee OA hx, here for R knee pain, worse x 2 months.", ()),
    ("Knee pain: yes, the right hip is worse.", (U,)),
    ("The pain she is having in her left knee is worse on stairs.", (L,)),
    # review of round 30: a relative who reports is not always the informant
    ("Pt's wife states her L knee pain is worse; pt is her caregiver. Pt c/o fatigue.", ()),
    ("Grandma notes her knees hurt when she carries him. Infant well.", ()),
    ("Sister related she has right knee pain since her fall last week. Pt here for URI.", ()),
    ("Vitals: T 98.6 F, HR 78\nHPI: Follow-up. He has had left knee pain since the fall.", (L,)),
    ("PT daily note: Pt ambulated 45 m with FWW. She reports R knee pain 5/10 with ambulation.", (R,)),
    ("BP 142/84 F/U 2 wks. He reports right knee pain.", (R,)),
    ("Brother reported similar knee pain at this age.", ()),
    # wounds: a verb "burns", pain in a later sentence of an inline assessment, a past repair
    ("HPI: R knee pain, burning quality.\nAssessment: R knee burns at night, ? neuropathic.", (R,)),
    ("HPI: R knee pain after spilling hot oil.\nAssessment: First degree burn R knee. R knee pain.", (R,)),
    ("HPI: L knee pain.\nA/P: L knee laceration, 2 cm. Repaired w/ 4 sutures. L knee pain - tylenol.", (L,)),
    ("Assessment: Mechanical fall. Abrasion R knee.\nR knee hurts.", ()),
    ("R knee pain x 1 wk.\nAssessment: R knee pain. Meniscal tear and lac repaired when he was 16.", (R,)),
    ("R knee pain. R knee MCL tear and laceration repaired.", (R,)),
    # a header's bracketed aside without a colon is the section's content, not a title
    ("Family history (noncontributory)\nPt is a 34 yo runner with R knee pain x 2 weeks.", (R,)),
    ("Past Surgical History (none)\nL knee pain x 2 weeks.", (L,)),
    ("Patient instructions (see AVS)\nR knee pain improved with ice; still sore on stairs.", (R,)),
    # a field's diagnosis: only a sided label ends it at the next knee's label
    ("XR: R KNEE: moderate medial OA,   L KNEE: joint spaces normal\nA: L knee pain", (L,)),
    ("Knee pain bilaterally. Osteoarthritis, left knee: moderate.", (R,)),
    # the review of round 31's rules: a duration of a treatment, a hip replacement
    ("History of right knee pain - PT for 6 weeks, still painful.", (R,)),
    ("Hx of R knee pain x 6 wks.", (R,)),
    ("Knee pain. Post replacement pain in the hip.", (U,)),
    ("R hip arthroplasty 2022. Post arthroplasty pain R hip. R knee pain also.", (R,)),
    # review of round 31: said to be over only in a plain statement; wounds named as the pain's cause
    ("R knee contusion with R knee pain. Contusion not fully healed.", ()),
    ("R knee contusion with R knee pain. RTP once contusion healed.", ()),
    ("R knee contusion. Hematoma resolved. R knee pain.", ()),
    ("Impression: R knee abrasion. R knee pain is from the abrasion.", ()),
    ("Assessment: R knee pain related to fall; abrasion R knee.", (R,)),
    ("Assessment: Cellulitis and R knee pain.", ()),
    ("Knee pain x 2 weeks, gradual onset. Left knee not injured - no trauma or fall.", (L,)),
    ("Knee pain. Which knee? Right? Left? Pt unable to say.", (U,)),
    ("HPI: R knee pain after fall from bike.\n\nASSESSMENT (ED)\nAbrasion of right knee\n\nPLAN\nWound care", ()),
    ("PAST MEDICAL HISTORY (reviewed)\nR knee pain 2015\nHTN\n\nCC: L shoulder pain", ()),
    ("denies period pain knee pain or back pain period regular period heavy", ()),
    ("patient is an 84 F R knee pain comma worse with stairs period new line exam colon tender period", (R,)),
    # review of round 32: temperatures and rooms are no ages; a wrong pronoun is no one else's pain
    ("Vitals: BP 130/85, Temp: 99 F, HR 80.\nHe reports his left knee has been painful for 2 weeks.", (L,)),
    ("Temp: 101 F\nPt states his right knee hurts.", (R,)),
    ("Pt is 72 M; reports pain in her left knee.", (L,)),
    ("Patient's mother reports right knee pain since Tuesday.", (R,)),
    ("Mom reports her child has left knee pain.", (L,)),
    ("Back pain only if lifting, L knee pain since fall.", (L,)),
    ("Only if kneeling: right knee pain.", (R,)),
    ("Pain in the right knee and the left is fine.", (R,)),
    ("Pain in the right knee and the left side of her back", (R,)),
    ("Pain in R knee & L shldr.", (R,)),
    ("Pain in the other knee. Assessment: R knee OA. Plan: injection R knee.", ()),
    ("Pain in the other knee. R knee OA.", ()),  # ("? R knee OA" after a stop is a query since round 76)
    ("Rash in the crook of her left knee, flexural eczema.", ()),
    ("Re: Jane Crook, DOB 2/3/1960. Left knee effusion aspirated today.", ()),
    ("One of my knees hurts more than the other.", (R, L)),
    ("Each one of my knees hurts.", (R, L)),
    ("Impression: #1 Chronic pain #2 L knee swelling, f/u US", ()),
    ("Assessment: Abrasion R knee, R knee pain - XR to r/o fracture.", (R,)),
    ("Assessment: R knee pain due to MVC with laceration R knee.", (R,)),
    ("FH (N/C)\nRight knee pain x 3 days.", (R,)),
    ("Transfer from MR-conditional stretcher. Pt reports soreness at the back of her right knee.", (R,)),
    # review of rounds 33-34: a dash's denial answers its own item; lists after "without"; teens as an age;
    # "in her family"; activity words after a resolution; labels before an age; one-field lines; asides
    ("R knee pain after fall, LOC - denies.", (R,)),
    ("Tolerated injection without complication or increased knee pain.", ()),
    ("A girl in her teens presents with left knee pain.", (L,)),
    ("She has bilateral knee pain, and RA in her family.", (R, L)),
    ("8 yo M. Mom reports her son has L knee pain.", (L,)),
    ("R knee pain resolved; she is walking again.", ()),
    ("Right knee pain has resolved and she is back to normal activities.", ()),
    ("S: 84 F with dementia. Daughter states her right knee has been hurting her.", (R,)),
    ("Vitals:\n99 F, HR 88, BP 120/80\nWife reports she has L knee pain.", ()),
    ("Site: Knee\nSite: Right\nPain: Yes", (R,)),
    ("Family history (mother)\nKnee pain", ()),
    ("Pain in the crook of her left knee.", (L,)),
    ("The right knee and the left both hurt.", (R, L)),
    ("Pain in the other knee. Scheduled for R TKA.", (L,)),
    ("Assessment: R knee abrasion w/ pain.", ()),
    # review of round 35: times that run to today, a patient's preference
    ("Patient reports right knee pain that started that year after a fall and persists today.", (R,)),
    ("She has had left knee pain most of her life.", (L,)),
    ("Right knee pain, worst pain of her life.", (R,)),
    ("Left knee pain began the week before his death and continues.", (L,)),
    ("Right knee pain. Patient favors surgery for her right knee OA.", ()),
    # review of rounds 36-37: relatives named by possession, negated reporting verbs
    ("68F tripped over her grandson's toy, R knee pain since, worse on stairs.", (R,)),
    ("Since moving into her daughter's house, right knee pain has worsened.", (R,)),
    ("Lifting her husband's wheelchair hurt her right knee.", (R,)),
    ("Babysitting her daughter's kids, R knee pain with squatting to pick them up.", (R,)),
    ("Dad requesting appt for his daughter's R knee pain.", (R,)),
    ("Mom brought him in; her son's R knee pain started Monday.", (R,)),
    ("Their son's left knee hurts after football, per parents.", (L,)),
    ("Rosa says her mom's right knee has been hurting.", (R,)),
    ("78F with daughter. Daughter mentions she herself has right knee pain; pt denies pain.", ()),
    ("Injury not reported, atraumatic L knee pain x 2 weeks.", (L,)),
    ("Fever not reported, R knee pain since fall.", (R,)),
    ("Not mentioned at last visit, R knee pain x 6 months.", (R,)),
    # general knowledge is said of a population, not of the patient's own pain
    ("R knee pain is described as sharp and stabbing, 7/10.", (R,)),
    ("Pain in the L knee was described as dull and constant.", (L,)),
    ("Left knee pain is frequent, 4-5 times a week.", (L,)),
    ("L knee pain remains frequent despite PT.", (L,)),
    ("Right knee pain was rare until last month, now daily.", (R,)),
    ("Her R knee pain is more common at night.", (R,)),
    ("L knee pain is described in the HPI.", (L,)),
    ("R knee pain. 3-view knee series shows moderate tricompartmental OA of the right knee.", ()),
    ("Right knee pain. Imaging studies show severe OA of the right knee.", ()),
    ("R knee pain and swelling. Doppler studies show DVT of the right popliteal vein.", ()),
    ("R knee pain. Outside reports show medial meniscus tear R knee.", ()),
    ("L knee pain occurs in 100% of squats.", (L,)),
    ("Pt with R knee pain occurring in about 50 % of her runs.", (R,)),
    ("R knee pain. Impression: moderate OA R knee, meniscal tear is thought unlikely.", ()),
    # a leaflet's title, not what follows it
    ("Handout provided - R knee pain persists, f/u 2 weeks.", (R,)),
    ("Education handout given, L knee pain improving with PT.", (L,)),
    ("Care instructions reviewed - pt still with R knee pain, declines injection.", (R,)),
    ("Brochure given for PT clinic, L knee pain x 1 month.", (L,)),
    ("Pt given handout on exercises; she has R knee pain 5/10 today.", (R,)),
    # abbreviations with a period, goals
    ("A: L knee pain - poss. pes anserine bursitis.", (L,)),
    ("s/p R TKA. c/o contralat. knee pain x 2 mo.", (L,)),
    ("R hip fx 2022; now ipsilat. knee pain.", (R,)),
    ("Goal progress limited by L knee pain; pt could not complete stairs.", (L,)),
    # a history list is a list only when it opens like one
    ("PMH: DM type 1. Presents with L knee pain x2 weeks.", (L,)),
    ("PMH: Type 2 DM, HTN stage 1. L knee pain since Saturday.", (L,)),
    ("PSH: C-section x 1. Presents with R knee pain x 3 days.", (R,)),
    ("Past medical history: DM type 1.\nL knee pain started 2 weeks ago.", (L,)),
    ("PMH: HTN\n- c/o L knee pain since Monday", (L,)),
    ("FH: noncontributory. Mom reports L knee pain x 3 days after soccer.", (L,)),
    ("10 yo M. FH: noncontributory. Mom states his R knee has hurt for a week.", (R,)),
    ("FH: Mother - HTN. Father - DM. Mom reports pt has L knee pain after fall.", (L,)),
    ("FH: father with gout. Dad says the left knee has been swollen and painful.", (L,)),
    # forms: a record's site across a full stop, from the chief complaint, from prose
    ("Pain: Y. Location: L knee. Intensity: 6/10", (L,)),
    ("Pain? Yes. Where? Left knee", (L,)),
    ("Pain: 6/10. Where: R knee", (R,)),
    ("PAIN ASSESSMENT\nPain present: Yes. Location: Right knee. Intensity: 5/10. Quality: aching.", (R,)),
    ("Chief Complaint: Left knee\nHPI: 45F with pain x 2 weeks, worse on stairs.", (L,)),
    ("CC: R knee\nHPI: Pain started 3 days ago after a fall.", (R,)),
    ("Chief complaint: R knee\nROS: + pain, + swelling", (R,)),
    (
        "Injury description: was carrying groceries up the stairs at home when she missed a step and fell"
        " forward landing directly on her R knee\nPain: 7/10",
        (R,),
    ),
    ("Pain: [x] Yes  [ ] No    Score: 5/10    Location: R knee    Character: aching", (R,)),
    ("Pain: L knee, asymptomatic R knee", (L,)),
    ("Pain: L knee, R knee normal", (L,)),
    ("Pain location: left knee, right knee unremarkable", (L,)),
    # misspelt fillers are not real words one letter away
    ("R hip pain. Pain there, knee exam normal.", ()),
    ("Ankle pain. Pain here, knee is fine.", ()),
    # second review of rounds 36-38: lists that end a note, clinicians' pronouns, negated verbs
    ("Pain: knee,", (U,)),
    ("Pain: L knee, R", (L,)),
    ("65M with knee pain x 2 weeks. Seen by Dr. Lee in ortho; she aspirated the L knee, 30 cc clear fluid.", (L,)),
    ("72F c/o knee pain x 1 month. Her husband drove her; he thinks the R knee is swollen.", (R,)),
    ("70M with knee pain. His PCP, Dr. Alvarez, ordered an XR; she read it as severe OA of the left knee.", ()),
    ("68M with knee pain. His daughter is a nurse; she says the L knee has been swollen for a week.", (L,)),
    ("Pt has not noted any improvement in her R knee pain with PT.", (R,)),
    ("He has not reported any benefit from Tylenol for his left knee pain.", (L,)),
    ("Per daughter, her mother's left knee has been hurting more at night. 88F with dementia.", (L,)),
    ("Caregiver (daughter) phoned: her father's left knee pain has not improved with tramadol.", (L,)),
    ("Patient stated that her mother's knees bothered her for years. Pt denies knee pain.", ()),
    ("RN note: Wife at bedside states her husband's R knee is very painful with transfers.", (R,)),
    ("Patient is worried about her mother's knee pain, as she is her caregiver. Pt herself is well.", ()),
    ("Right knee pain is the most common complaint she brings to visits, 6/10 today.", (R,)),
    ("L knee pain x 6 mo. Recent studies reviewed - MRI L knee with complex tear of the medial meniscus.", ()),
    ("Handout reviewed: L knee pain persists, 6/10 with stairs.", (L,)),
    ("PMH: - HTN\n- DM\n- Today pt reports R knee pain x 2 days.", (R,)),
    ("FH: Mother - asthma. Mom has been giving him ibuprofen for his R knee pain.", (R,)),
    ("FH: Mother - asthma.\nMom with him today; R knee pain x 2 days.", (R,)),
    ("FH: mother with knee OA\nPain: 6/10\nSite: L knee", (L,)),
    ("PSH: R TKA 2019\nPain: 6/10\nSite: L knee", (L,)),
    ("R knee: normal\nPain: 5/10\nLocation: L knee", (L,)),
    ("Pain: Yes\nLocation: R knee - normal appearance, tender medially", (R,)),
    ("Pain level: 5\nLocation: L knee -- normal gait", (L,)),
    ("Pain x 1 week, knees without effusion, MTP joints swollen and red c/w gout flare.", ()),
    ("Pain for 2 weeks, knee and ankle exam normal, foot tender.", ()),
    ("Laterality to be confirmed with patient in pre-op holding: RIGHT knee. Knee pain 6/10.", (R,)),
    ("R knee pain in the past 2 years, progressively worse, now daily.", (R,)),
    ("Some knee discomfort, which she read can happen with letrozole.", (U,)),
    ("PT eval limited by bilateral knee pain.\n#Bilateral knee pain, likely OA - scheduled acetaminophen", (R, L)),
    # third review: durations before a comma, calls, spouses as informants, planned and declined
    # procedures, denied lists, normal exams, recent periods, leaflets, general complaints
    ("Pain x 3 weeks, R knee, worse with stairs.", (R,)),
    ("C/O PAIN X 3 DAYS, RT KNEE.", (R,)),
    ("Pain, 3 weeks, L knee.", (L,)),
    ("Pain for 2 weeks, knee and ankle exam normal, foot tender.", ()),
    ("Pt awake and alert with complaints of R knee pain 7/10.", (R,)),
    ("Phone call for L knee pain x 2 days. Advised ice and rest.", (L,)),
    ("Received call with report of pt's R knee pain 8/10.", (R,)),
    ("Wife reports her husband's L knee pain is worse since Tuesday. Pt is 81 with dementia.", (L,)),
    ("70M with knee pain. Wife also here; she has R knee OA.", (U,)),
    ("67M c/o R knee pain. Wife present; she has RA of both knees.", (R,)),
    ("70M c/o knee pain. Wife at bedside; she had a L TKA in 2020 and is doing well.", (U,)),
    ("R knee OA, scheduled for TKA next month. R knee pain 8/10.", ()),
    ("R knee medial meniscus tear, scheduled for arthroscopy next week. R knee pain.", ()),
    ("R knee pain. Declined R knee OA surgery.", ()),
    ("L knee pain. Deferred L knee OA injection today.", ()),
    ("Has not reported any fever, chills or knee pain.", ()),
    ("Did not endorse fevers, chills, night sweats, or L knee pain.", ()),
    ("Pain score: 6\nR knee: normal exam\nL knee: effusion", (L,)),
    ("Pain: Yes\nR knee: normal ROM, no swelling\nL knee: swollen", (L,)),
    ("In the past 2 wk, R knee pain with stairs.", (R,)),
    ("For the previous 2 weeks, L knee pain.", (L,)),
    ("Handout reviewed: Patellofemoral Pain Syndrome. Assessment: R knee pain.", (R,)),
    ("Handout: Knee Sprain. L knee pain after twisting.", (L,)),
    ("Knee pain is the most common complaint in our clinic. Pt here for back pain, denies knee pain.", ()),
    ("R knee pain after injection, which can happen as a post-injection flare.", (R,)),
    ("R knee pain since TKA, which can happen for up to a year.", (R,)),
    ("R knee pain after soccer. Torn quadriceps muscle (rectus femoris) R thigh.", (R,)),
    ("Site: knee (rt.", ()),
    # +/- marks after their items, even when a word follows each mark; boxes are not marks that lead
    ("Review of systems: fever (-) night sweats (-) weight loss (-) knee pain (+) back pain (-)", (U,)),
    ("ROS: fever (-) chills (-) R knee pain (+) swelling (+) rash (-) all else neg", (R,)),
    ("R knee pain (-) L knee pain (+) x 3 days", (L,)),
    ("Ext: edema (-) cyanosis (-) clubbing. R knee painful to palpate.", (R,)),
    ("R knee effusion (-) pain (+) with deep flexion", (R,)),
    ("Fever [ ] chills [ ] knee pain [x] other none", (U,)),
    ("Knee pain [ ] hip pain [x] back pain [ ] today", ()),
    # what usually or can cause the patient's own pain is an aggravating factor, not teaching
    ("Climbing stairs usually causes pain in her right knee.", (R,)),
    ("Walking more than a block usually causes pain in both knees.", (R, L)),
    ("Squatting can cause pain in the R knee.", (R,)),
    # score columns named by a moment hold 0-10 scores, or something else
    ("Gait analysis (no pain during trials)\nJoint   Walking  Stairs\nR knee  58  85\nL knee  60  88", ()),
    ("Referred for L knee pain. Gait analysis:\nJoint   Walking  Stairs\nR knee  58  85\nL knee  60  88", (L,)),
    ("Pain and swelling diary (girth, cm)\nSite    AM    PM\nR knee  42    43\nL knee  40    40", ()),
    ("Pain-free today\nSite      Active  Passive\nR knee  10  10\nL knee  10  10\n(knee extension lag, deg)", ()),
    ("Ice therapy log (pain management), minutes\nSite    AM    PM\nR knee  20    20\nL knee  20    0", ()),
    # a detail cell with a clause of its own is not the answer's location
    ("| Symptom | Y/N | Detail |\n| Arthralgia | Y | wrists; no knee involvement |", ()),
    ("| Symptom | Y/N | Detail |\n| Pain | Y | R shoulder; L knee ok |", ()),
    ("| Symptom | Y/N | Detail |\n| Pain | Y | L hip, not the knee |", ()),
    ("| Symptom | Y/N | Detail |\n| Pain | Y | R hip, radiates to thigh, stops above the knee |", ()),
    # an aside with a cue qualifies the diagnosis: it does not carry it to the knee
    ("L knee pain. OA (possible) of the left knee.", (L,)),
    ("R knee pain. Bursitis (likely) of the right knee.", (R,)),
    ("L knee pain. OA (family history) of the left knee.", (L,)),
    # a relative calling about a relative: only a parent about a child is about the patient
    ("Pt's wife called re: son's knee pain, asking if we see pediatric patients. Pt doing well post-op.", ()),
    ("Mother called re: sister's knee pain (sister not a patient here). Pt (Jake, 9) is well.", ()),
    ("Pt (78 F) with R hip pain. Daughter states her grandmother also had bad knee pain.", ()),
    # what to expect reaches only its own words
    ("It is normal to have pain after surgery: R knee pain 5/10 POD1, controlled on oxycodone.", (R,)),
    ("It is normal to have some stiffness and her L knee pain 7/10 is worse than expected.", (L,)),
    # a blank to fill in is unanswered only after a question
    ("Right knee pain: _______\nPt states it is 7/10 this morning.", (R,)),
    ("Pain (NRS): ___/10  Location: L knee  Quality: aching", (L,)),
    # a title after a list item's dash is no sign-off
    ("Phone call:\n- Mrs. Jones called; daughter states her R knee pain is worse\n- advised ice and Tylenol", (R,)),
    # a semicolon continues a run of leading marks
    ("MSK (+) R knee pain, (+) swelling; (-) L knee pain.", (R,)),
    # moment-named score columns: ranges, '/10' and mixed headers are scores
    ("Pain\nSite  Pain rest  Pain move\nR knee  0  5\nL knee  0  0", (R,)),
    ("Pain scores\nSite  NRS  VAS\nR knee  0  6\nL knee  0  0", (R,)),
    ("Pain\nSite  Now  Worst\nR knee  2/10  7/10\nL knee  0/10  0/10", (R,)),
    ("Pain (0-10)\nSite  Rest  Move\nR knee  2-3  6-7\nL knee  0  0", (R,)),
    # a detail cell with a duration or a doubt still says where
    ("| Symptom | Y/N | Detail |\n| Pain | Y | R knee x 3 wks |", (R,)),
    ("| Symptom | Y/N | Detail |\n| Pain | Y | L knee, since fall on 3/2 |", (L,)),
    # a bracket naming another site is a remark after the score
    ("Pain\nSite  Rest  Move\nL knee  2  5 (R knee 0)\nR hip  0  0", (L,)),
    # a child who tells the history: only the child's forms of address name the patient
    ("Completed by: daughter\nPMH: HTN\nFamily history:\nFather: CAD\nMother: bilateral knee pain, osteoporosis", ()),
    ("Spoke with son. Pt's mother (age 102) lives with them and has left knee pain.", ()),
    ("History from son. Mother (pt) denies pain. Father had chronic right knee pain.", ()),
    # boxes after their sides, and another item's side boxes
    ("Knee pain [x]   Right [ ]   Left [x]", (L,)),
    ("Knee pain [X]  Right [X]  Left [ ]", (R,)),
    ("Knee pain [x] Yes [ ] No   Hip pain [x] Yes [ ] No  If yes: [x] right [ ] left", (U,)),
    ("Knee pain [x] Yes [ ] No  If yes: [x] right [ ] left   Swelling [x] Yes  If yes: [ ] right [x] left", (R,)),
    ("Knee pain [x] Yes [ ] No   Numbness [x] Yes  If yes: [x] right [ ] left foot", (U,)),
    # sites whose boxes are all unticked are not the form's site
    ("In the past month, have you had pain in:\nRight knee: [ ]\nLeft knee: [ ]", ()),
    ("Have you had pain in:\nRight knee: [ ]\nLeft knee: [x]", (L,)),
    # a correction about something else leaves the knee as documented
    ("Right knee pain x 2 weeks. Flu shot entered in error (pt received at pharmacy). Left knee XR normal.", (R,)),
    ("Right knee pain since the fall. Vitals entered in error. Left knee: mild effusion, no pain.", (R,)),
    # follow-up visits, "just in case", episodes over by evening, "non-gouty"
    ("Pt was seen 1 week ago for R knee pain and started on naproxen. Pain is better but still present.", (R,)),
    ("Came in just in case, because left knee pain kept her up last night.", (L,)),
    ("Had right knee pain after the fall last month, resolved by evening. No current complaints.", ()),
    ("Left knee pain; synovial fluid non-infectious, non-gouty.", (L,)),
    # "back" wrapped onto the next line is still the back of the knee
    ("She reports pain in the back\nof her right knee when squatting.", (R,)),
    ("Pain when he moves, left knee brace in place per ortho.", ()),
    # side boxes: a run opens after a question, not after a sided site's own label
    ("Location of pain:  Right knee: [x]   Left knee: [ ]", (R,)),
    ("Knee pain [x] Yes [ ] No   Which knee? [ ] right [x] left", (L,)),
    ("Knee pain [x] Yes [ ] No   Which side is painful? [ ] R [x] L", (L,)),
    ("Knee pain [x] Yes [ ] No   If yes: [ ] right [x] left knee", (L,)),
    ("Knee pain [x] Yes [ ] No   Which knee? [x] right [x] left", (R, L)),
    ("Knee pain [x] Yes [ ] No   If yes: [x] right [ ] left   Swelling [ ] Yes [x] No", (R,)),
    # the informant reading stays out of a family history
    ("Completed by: daughter\nFamily history:\nMom - R knee pain\nDad - HTN", ()),
    # a knee "without complaint" until recently is still the painful one
    ("L knee was without complaint until last week. Since then knee pain with stairs.", (L,)),
    # a past pain history ends at the next header
    ("Past pain history:\nR knee pain 2018, resolved with PT\nPresenting complaint:\nL knee pain x 1 week", (L,)),
    # a score at rest of zero does not deny a score with activity
    ("L knee pain 0/10 at rest, with stairs 7/10", (L,)),
    ("R knee pain 0/10 at rest, 0/10 with walking, 8/10 on stairs", (R,)),
    # an abbreviation's full stop is no sentence end for a suffix mark
    ("Knee pain with resisted ext. Rotation (-)", ()),
    ("Knee pain on palp. Medial joint line (-)", ()),
    # another question's side boxes, and another complaint's
    ("Knee pain [x] yes  Which knee? [x] right [ ] left  Previous surgery? [ ] right [x] left", (R,)),
    ("Knee pain [x] yes  Which knee? [ ] right [x] left  Prior injury? [x] right [ ] left", (L,)),
    # review of round 48: onset times and durations stay past when a resolution follows; a cancel
    # of history needs the pronoun object; "outside the knee" is not the knee; a letter to the
    # patient keeps its title; a later denial of another structure, another time or a qualified
    # noun keeps the diagnosis
    ("Right knee pain: onset last spring. Now resolved. Here for med refill.", ()),
    ("Hx of knee pain for years; resolved after bilateral TKA 2020.", ()),
    ("Most patients tolerate the brace well after a few days, but he notes right knee pain with the hinge on.", (R,)),
    ("Many patients at this stage are ready for impact activity; she still has left knee pain with hopping.", (L,)),
    (
        "Knee pain (R) came on last summer while hiking; resolved spontaneously by August. No current knee complaints.",
        (),
    ),
    ("Many residents here use walkers, and Mr. K complains of left knee pain when transferring.", (L,)),
    ("Most patients after TKA have some swelling for months, and her right knee is painful and warm today.", (R,)),
    ("Left knee pain resolved with PT, now hurting in the right knee.", (R,)),
    ("Previous left knee pain, now hurting in the right knee.", (R,)),
    ("Left knee pain began last year and lasted 2 months; none since.", ()),
    ("Bilateral knee pain started last summer; resolved with weight loss. No knee pain today.", ()),
    ("Hx of left knee pain for years in her 30s; no knee problems since.", ()),
    ("As a child she had knee pain for years (Osgood). No knee complaints now.", ()),
    ("Remote history of left knee pain for many years prior to her TKA; no pain since surgery.", ()),
    ("Most patients with this injury recover within weeks, he still has right knee pain today.", (R,)),
    (
        "Many runners at her mileage get overuse injuries, and this season her right knee pain has "
        "limited her to 10 miles/week.",
        (R,),
    ),
    (
        "Many players on his team have had similar complaints this season; he reports right knee pain with jumping.",
        (R,),
    ),
    ("Right knee pain began last year. Resolved with PT.", ()),
    ("L knee pain - onset last winter. Fully resolved after 6 wks of PT. Today: URI symptoms.", ()),
    (
        "Knee pain (bilateral) started last year after she took up running. Resolved once she "
        "stopped. Here for contraception.",
        (),
    ),
    ("Right knee pain first noticed last summer. It went away by fall. Seen today for a rash.", ()),
    ("Left knee pain, started last winter, better now, 0/10 today.", ()),
    ("Onset last fall of left knee pain with running; pain-free since December.", ()),
    ("History of left knee pain, now hurting in the right hip.", ()),
    ("Previous left knee pain resolved with PT, now hurting in the right knee.", (R,)),
    (
        "In college she had right knee pain for months from running; resolved after she stopped. "
        "Today here for migraines.",
        (),
    ),
    ("Remote history of right knee pain for weeks after arthroscopy (2008), none since.", ()),
    ("Right knee pain after a pivoting injury. Assessment: right ACL tear. MRI: no PCL tear.", ()),
    ("Right knee pain after a twisting injury. Assessment: right knee ACL sprain. No ACL rupture.", ()),
    ("Left knee pain. Left ACL tear on MRI. This is not a PCL tear; PCL intact.", ()),
    ("Right knee pain. MRI: LCL sprain, right. No MCL injury.", ()),
    ("Left knee pain. Left tibial plateau fracture (Schatzker II). No tibial eminence fracture.", ()),
    ("Left knee pain after skiing. Impression: grade 2 MCL sprain, left knee. No LCL tear.", ()),
    (
        "Right knee pain, swelling behind the knee. Ultrasound: Baker's cyst, right. Compared with "
        "2020 study: no Baker's cyst then.",
        (),
    ),
    (
        "Right knee pain. Right knee medial meniscal tear (MRI 2/2024). Surgery declined; no "
        "meniscal tear repair planned.",
        (),
    ),
    ("Right knee pain.\nIMPRESSION: Complete tear of the PCL. No ACL tear.", ()),
    ("Right knee pain. Assessment: pes anserine bursitis, right knee. No infrapatellar bursitis.", ()),
    ("Right knee pain. Complete anterior cruciate ligament tear. No PCL tear.", ()),
    ("Left knee pain. Partial ACL tear, left knee. No ACL rupture.", ()),
    ("Right knee pain. Right ACL tear. PCL tear excluded.", ()),
    ("Right knee pain. Infrapatellar bursitis, right. No pes anserine bursitis.", ()),
    ("Left knee pain. Lateral patellar dislocation, left, reduced. No patellar subluxation today.", ()),
    ("Right knee pain. Right tibial plateau fracture. No tibial tubercle fracture.", ()),
    ("Right knee pain and instability. Exam: positive Lachman. Impression: ACL tear. No PCL injury.", ()),
    ("Right knee pain. Right medial meniscal tear. No prior meniscal tear.", ()),
    ("Right knee pain. Right ACL tear (MRI). No history of ACL tear.", ()),
    ("Right knee pain. Right patella fracture after a fall. No prior patella fracture.", ()),
    ("Right knee pain.\nIMPRESSION: Medial meniscal tear, new since 2019, when there was no meniscal tear.", ()),
    ("Left knee pain.\nIMPRESSION: Left Baker's cyst, 3 cm. Comparison 2021: no Baker's cyst at that time.", ()),
    (
        "Right knee pain. Right knee medial meniscal tear on MRI.\nPlan: PT. No meniscal tear "
        "surgery unless mechanical symptoms.",
        (),
    ),
    (
        "Right knee pain. Right patellar tendinitis. Previously treated elsewhere for patellar "
        "tendinitis? No patellar tendinitis before this year.",
        (),
    ),
    ("Right knee pain. Acute right patellar dislocation. No h/o patellar dislocation.", ()),
    (
        "Left knee pain after fall.\nIMPRESSION: Nondisplaced lateral tibial plateau fracture. No "
        "tibial spine fracture.",
        (),
    ),
    ("Right knee pain. Right Baker's cyst. Education: no Baker's cyst drainage is needed.", ()),
    ("Right knee pain. Right prepatellar bursitis. No prepatellar bursitis aspiration today.", ()),
    ("Right knee pain. Right medial meniscal tear on MRI. ROS: no meniscal tear symptoms such as locking.", ()),
    ("Right knee pain. Impression: new medial meniscus tear. Comparison MRI 2021: no meniscal tear.", ()),
    ("Right knee pain. Acute ACL tear, right knee, skiing. No previous ACL tear.", ()),
    (
        "Right knee pain. First-time patellar dislocation, right knee, reduced in ED. No history "
        "of patellar dislocation.",
        (),
    ),
    ("Right knee pain. Right knee gout - currently takes no gout medication.", ()),
    ("Right knee pain. Right Baker's cyst on ultrasound. No Baker's cyst rupture.", ()),
    (
        "Right knee pain. Medial meniscal tear, right knee, on MRI 5/1.\nEducation: no meniscal "
        "tear surgery is needed unless locking develops.",
        (),
    ),
    ("The pain is outside the knee, in the lateral thigh, not in the joint.", ()),
    ("Pain located outside the knee joint, over the upper calf; knee exam normal.", ()),
    ("Her pain is outside the knee area, along the shin.", ()),
    ("He has calf pain; the knee is fine. Pain outside the knee only.", ()),
    ("Pain outside the knee joint proper, in the hamstring tendon behind the thigh.", ()),
    ("Groin pain; knee pain none. Pain outside the knee in the groin.", ()),
    (
        "Dear Mr. Ruiz,\nYou came in today with your mother for your blood pressure visit. She says "
        "her left knee hurts; please ask her to book her own visit.\nDr. Lee",
        (),
    ),
    (
        "Dear Mrs. Ito,\nThank you for coming in today about your right shoulder. He (your husband) "
        "mentioned his knee hurts; he is welcome to schedule.",
        (),
    ),
    (
        "Dear Mr. Grant,\nThank you for bringing your wife to see us. You also mentioned she has "
        "left knee pain; she can call to book.",
        (),
    ),
    (
        "Dear Mrs. Novak,\nYou were seen for your cough. Your son came with you; he says his right "
        "knee hurts after football. Please book him a visit.",
        (),
    ),
    (
        "Dear Mr. Wells,\nYour mother came with you today. She mentioned her right knee has been "
        "sore; please ask her to schedule a visit.",
        (),
    ),
    (
        "Dear Mr. Olsen,\nHere is a summary of your visit. You came in with your mother, who uses a "
        "cane; her left knee hurts. Your own exam today was normal.",
        (),
    ),
    (
        "Dear Mr. Young,\nThank you for coming in. Your wife came with you; she said her right knee "
        "is painful at night. She should book her own visit.",
        (),
    ),
    (
        "Dear Mrs. Adams,\nYou came in with your husband today. He mentioned his left knee has been "
        "sore; please have him call us.",
        (),
    ),
    ("CC: Mr. Brown, BP follow-up. Wife present. Her right knee has been sore, she will see her own PCP.", ()),
    ("Right knee pain.\nIMPRESSION: Medial meniscal tear, new since 2019, when there was no meniscal tear.", ()),
    # review of round 49: a yes/no after "A:" answers only a question whether there is pain; a
    # which-question about another knee, an unknown side of another event, a relative who
    # assisted, pain that reaches outside the knee, a letter to a relative, a partial
    # replacement made total, pain beside (not due to) the hardware
    ("Q: Is the knee pain keeping you up at night?  A: No", (U,)),
    ("Q: Is your knee pain better since the injection?  A: No", (U,)),
    ("Q: Did the knee pain start after the fall?  A: No, it started a week before.", (U,)),
    ("Q: Does the knee pain wake you at night?  A: No, only with stairs.", (U,)),
    ("Q: Is the pain in your knee getting worse?  A: No, about the same.\nQ: Which knee?  A: Left", (L,)),
    ("Q: Any knee pain with walking?  A: No, only at rest", (U,)),
    ("Q: Did you take anything for the knee pain?  A: No", (U,)),
    ("Q: Have you seen anyone for this knee pain before?  A: No", (U,)),
    ("Q: Is there swelling with the right knee pain?  A: No", (R,)),
    ("Q: Is the right knee painful to touch?  A: No, just when I bend it", (R,)),
    ("Q: Does the left knee pain radiate to the hip?  A: No", (L,)),
    ("Q: Was the knee pain caused by a fall?  A: No", (U,)),
    ("Q: Does anything make the knee pain better?  A: No, nothing helps", (U,)),
    ("Q: Are you able to sleep despite the knee pain?  A: No", (U,)),
    ("Q: Is the knee pain new?  A: No, I've had it for years.", (U,)),
    ("Q: Any other symptoms besides the knee pain?  A: No", (U,)),
    ("Q: Does your knee hurt when you kneel?  A: No, only going downstairs.", (U,)),
    ("Q: Did the knee pain go away after the injection?  A: No", (U,)),
    ("Q: Is your knee pain worse than at your last visit?  A: No, a bit better.", (U,)),
    ("Question: Is the left knee pain constant?  Answer: No, it comes and goes", (L,)),
    ("Q: Did the right knee pain start after the fall?  A: No", (R,)),
    ("Q: Is the knee pain worse in the morning?  A: No\nQ: Which knee?  A: Right", (R,)),
    ("Symptom checker\nQ: Where is your pain?  A: Knee\nQ: Which side?  A: Left\nQ: Is the pain severe?  A: No", (L,)),
    ("Q: Does the knee pain stop you from working?  A: No", (U,)),
    ("Knee pain: yes\nWhat size knee brace do you wear? L", (U,)),
    ("Knee pain: yes\nWhat size knee sleeve?  A: L", (U,)),
    ("Which knee did your mother have replaced?  A: Right\nQ: Do you have knee pain?  A: Yes", (U,)),
    ("What knee did your dad have scoped?  A: left\nKnee pain: yes, started last month", (U,)),
    ("Right knee pain that radiates outside the knee into the calf.", (R,)),
    ("Left knee: pain just outside the kneecap, along the lateral retinaculum.", (L,)),
    ("Pt reports right knee pain, mostly outside the knee, worse with running.", (R,)),
    ("Right knee pain, with some pain outside the knee in the thigh as well.", (R,)),
    ("Discomfort in the right knee and also outside the knee in the upper calf.", (R,)),
    ("History of right knee pain for several months, worse this week with stairs.", (R,)),
    ("Hx of knee pain x several weeks, now worse.", (U,)),
    ("HPI: history of right knee pain for many years, now worse after a fall.", (R,)),
    ("History of knee pain (L) for many months, currently 6/10.", (L,)),
    (
        "Dear Mr. Lindgren,\nYour daughter Lily was seen today. Her knees are sore after marching "
        "practice. Please let her rest.",
        (R, L),
    ),
    (
        "Dear Mrs. Chen,\nI saw your husband today. He reports left knee pain when climbing stairs. "
        "Please help him with the exercises.",
        (L,),
    ),
    (
        "Dear Mrs. Kim,\nThis letter is about your son Jae's visit. His right knee has been painful "
        "since the fall; he should not play basketball this week. Please call with questions.",
        (R,),
    ),
    ("Dear Mrs. Obi,\nYour husband was seen in clinic today. His knees ache with walking; we started PT.", (R, L)),
    (
        "Dear Mr. Fox,\nYour wife Anna was seen today. She has left knee pain from a fall; please keep her off stairs.",
        (L,),
    ),
    (
        "Dear Mrs. Lane,\nYour father was seen today at the nursing home. He complains of right "
        "knee pain at night. Let us know if you have concerns.",
        (R,),
    ),
    ("Right knee pain. Referred with Baker's cyst, right. Ultrasound since then shows no Baker's cyst.", (R,)),
    ("Left knee pain x 2 weeks. Left knee OA s/p left UKA 2017, revised to total knee 2022.", (L,)),
    ("His wife supported him on the walk in from the car and has had right knee pain for a month.", ()),
    ("Her mother guided the interview and has had bilateral knee pain for years.", ()),
    ("Their son assisted with the move last week and has a sore left knee since.", ()),
    (
        "Pt here for a rash. Her daughter held the phone during the video visit and has had right "
        "knee pain since a fall.",
        (),
    ),
    ("CC: knee pain\nSide: Left\nPrior knee surgery: side unknown (outside records).", (L,)),
    ("CC: knee pain\nLaterality: Right\nFamily hx: mother had a knee replaced, side unknown.", (R,)),
    ("Chief complaint: knee pain\nSide: Right\nPMH: knee arthroscopy in the 1990s, side unknown.", (R,)),
    (
        "Reason for visit: knee pain\nLaterality: Left\nPrior cortisone injection to the knee: side not documented.",
        (L,),
    ),
    ("Knee pain 5/10\nLaterality: Left\nOutside MRI of the knee (2019): laterality not stated on report.", (L,)),
    ("Q: Does the knee pain get better with rest?  A: No", (U,)),
    ("Q: Any numbness with the left knee pain?  A: No", (L,)),
    ("Q: Is the knee pain getting in the way of PT?  A: No", (U,)),
    ("Q: Does your right knee pain feel like the last flare?  A: No, it's worse", (R,)),
    ("Q: Have you had this knee pain before?  A: No, first time", (U,)),
    ("Is the knee pain worse at night?  Response: No", (U,)),
    ("Q: Right knee pain worse at night?  A: No, worse in the morning", (R,)),
    ("Q: Any fever with the knee pain?  A: No", (U,)),
    ("Q: Is the right knee pain sharp?  A: No, dull and achy", (R,)),
    ("What size knee brace (S/M/L/XL)?  A: L\nQ: Knee pain?  A: Yes", (U,)),
    ("Knee pain (R): patient points outside the knee, at the lateral joint line.", (R,)),
    ("Patient describes left knee pain both inside and outside the knee joint.", (L,)),
    ("Left knee pain, sore outside the knee where the IT band attaches.", (L,)),
    (
        "Dear Mrs. Singh,\nWe saw your husband Raj today. He has had right knee pain for 3 weeks; "
        "we ordered an x-ray. Please call if you have questions.",
        (R,),
    ),
    ("Dear Mr. Allen,\nYour mother was seen today. She has bilateral knee pain and will start PT. Thank you.", (R, L)),
    (
        "Left knee pain. Left knee OA s/p left unicompartmental knee arthroplasty, later revised "
        "to total knee arthroplasty.",
        (L,),
    ),
    ("Right knee: painful, hardware stable.", (R,)),
    ("L knee painful, implant well fixed on x-ray.", (L,)),
    ("Right knee symptomatic, hardware intact; pain at the lateral joint line.", (R,)),
    ("Left knee painful, components in good alignment, no loosening, no effusion.", (L,)),
    ("Right knee painful, prosthesis intact on films; pain began after a fall on the ice.", (R,)),
    ("Q: Which knee?  A: Right\nQ: Is this your first visit for the knee pain?  A: No", (R,)),
    # review of round 50: "A: No" keeps a pain the question takes as given or the answer limits;
    # "what knee" questions; "on initial assessment" in the ED is today; "pre-op" is not dated;
    # "outside" links unless "the knee" follows; a partial replacement is ended only when revised
    # or converted; a checker's "- moderate match", not "a good match with the exam"
    ("Prior right knee pain, still bothering her.", (R,)),
    ("History significant for left knee pain for 2 years.", (L,)),
    ("Past medical history significant for chronic right knee pain x 10 years; takes meloxicam daily.", (R,)),
    (
        "ED course: On initial assessment, pt complaining of right knee pain 8/10 after MVC. Given "
        "fentanyl with improvement.",
        (R,),
    ),
    ("On admission exam, right knee painful and swollen; aspiration performed.", (R,)),
    (
        "Pre-op holding note: Pre-op, patient reported left knee pain 7/10 this morning. Scheduled "
        "for arthroscopy for suspected meniscal tear.",
        (L,),
    ),
    ("Pre-op, pt complained of left knee pain and this continues today at 4/10.", (L,)),
    ("Assessment: right knee pain due to medial meniscal tear on MRI, good match with exam findings.", ()),
    (
        "Right knee pain. MRI: complex tear of the medial meniscus, a close match with his mechanical symptoms.",
        (),
    ),
    ("Q: Have you had any knee pain in the last week?  A: No", ()),
    ("Q: Do you experience knee pain?  A: No", ()),
    ("Q: Any knee pain since your last visit?  A: No", ()),
    ("Q: Is your knee painful when you walk?  A: No", ()),
    ("Q: Any pain in your knees this week?  A: No", ()),
    ("Q: Have you noticed pain in your knee?  A: No", ()),
    ("Q: Do your knees hurt when you climb stairs?  A: No", ()),
    ("Q: Any new knee pain or swelling?  A: No", ()),
    ("Q: Have you been having pain in your right knee lately?  A: No", ()),
    ("Q: Do you get knee pain with exercise?  A: No", ()),
    ("Q: Is there any knee pain at all?  A: None", ()),
    ("Q: What knee hurts?  A: Left", (L,)),
    ("Q: Which knee are we seeing you for today?  A: Right\nQ: How long has the knee hurt?  A: 3 weeks", (R,)),
    ("Q: Which knee is giving you trouble?  A: Left\nQ: Pain level?  A: 6/10 knee pain", (L,)),
    ("Q: What side is your knee pain on?  A: Left", (L,)),
    ("Q: Which knee is swollen?  A: Left\nKnee pain x 1 week.", (L,)),
    ("Q: Which knee do you need the brace for?  A: Left\nKnee pain with walking.", (L,)),
    ("Pain on the outside and inside of the left knee.", (L,)),
    ("Pain in the outside/lateral right knee.", (R,)),
    ("Pain on the outside, right knee, since Monday.", (R,)),
    ("Exam (daughter assisted): right knee painful with flexion.", (R,)),
    ("Telehealth exam (husband operated camera): Right knee: pain with flexion.", (R,)),
    ("Exam, son-held camera: R knee pain with squat, no effusion.", (R,)),
    ("Mother-performed exam over video: right knee painful when she bends it.", (R,)),
    (
        "Right knee pain. Lateral compartment OA right knee, s/p medial UKA 2019; discussed conversion to TKA.",
        (),
    ),
    ("Right knee pain. Progression of lateral compartment OA right knee s/p medial UKA; left TKA 2015.", ()),
    ("Right knee pain. Right knee osteoarthritis s/p UKA; total pain score 6/10.", ()),
    ("Right knee pain. Right knee OA status post medial UKA; no revision needed at this time.", ()),
    ("Right knee pain over the hardware, s/p patellar fracture ORIF; hardware is painful to palpation.", ()),
    ("H/o left knee pain, right knee now painful.", (R,)),
    ("History of right knee pain, left knee now flaring with gout.", ()),
    ("On initial examination in the ED, the right knee was painful with any movement.", (R,)),
    ("ED Note\nOn initial exam, right knee painful with valgus stress; no effusion.", (R,)),
    (
        "Hospital Day 3. At admission exam the right knee was painful and hot; today pain is improved but present.",
        (R,),
    ),
    ("Preoperatively the patient reported left knee pain 9/10, now 3/10 at 2 weeks post-op.", (L,)),
    ("Right knee pain. MRI confirms medial meniscus tear, which is a good match with his locking.", ()),
    ("Q: Any knee pain after your injection?  A: No", ()),
    ("Q: Is the knee painful to walk on?  A: No", ()),
    ("Q: Are your knees sore after walking?  A: No", ()),
    ("Q: Does your right knee hurt at all?  A: No", ()),
    ("Q: Have you had knee pain since surgery?  A: No", ()),
    ("Q: Do you have knee pain with walking or stairs?  A: No", ()),
    ("Q: Do you have pain in the knee that was operated on?  A: No", ()),
    ("Q: What knee is painful?  A: Right", (R,)),
    ("Q: Which knee do you want injected today?  A: Left\nQ: Pain today (0-10)?  A: 7 in the knee", (L,)),
    ("Q: What knee are we looking at today?  A: Right\nKnee pain for 2 weeks.", (R,)),
    ("Q: Which knee is the reason for your visit?  A: Left\nQ: Pain?  A: Yes, in the knee", (L,)),
    ("Q: Which knee is giving you problems?  A: Right\nSharp knee pain for a week.", (R,)),
    ("Exam (wife assisted via video): left knee painful with flexion.", (L,)),
    ("Right knee pain. Right knee OA, s/p medial UKA; will consider TKA if pain progresses.", ()),
    ("Right knee pain. Right knee OA s/p UKA with total resolution of medial symptoms; lateral pain now.", ()),
    (
        "Left knee pain. L knee OA progression s/p medial UKA - total knee conversion scheduled for next month.",
        (),
    ),
    ("Right knee pain. Hardware symptomatic, right knee s/p tibial tubercle osteotomy.", ()),
    ("Pre-op H&P. Before surgery she had tried injections; she has right knee pain 8/10 daily.", (R,)),
    (
        "Pre-op H&P\nPrior to surgery, she had been using a cane because of right knee pain. "
        "Surgery is scheduled for tomorrow.",
        (R,),
    ),
    ("Remote history of right knee pain for several years, currently bothering her with stairs.", (R,)),
    (
        "Right knee OA - s/p unicompartmental knee arthroplasty converted to total 2020. R knee "
        "pain since a fall last week.",
        (R,),
    ),
    ("Bilateral knee OA s/p bilateral UKA 2015, both revised to total knees 2021. Right knee pain now.", (R,)),
    ("Right knee painful, hardware in good position on x-ray.", (R,)),
    (
        "Pt is here for diabetes. Her husband performed most of the lifting at home and has had left knee pain since.",
        (),
    ),
    # review of round 51: "still/anymore" questions answered "No" deny the pain, comparisons keep
    # it, only a "No, only/just when ..." limits it; "; resolved ..." and "<year> <diagnosis>" are
    # withdrawn; "the fever is now gone" is the fever's; a checker's ", moderate match"
    ("Q: Is the knee pain still there?  A: No", ()),
    ("Q: Is your knee pain still there?  A: No", ()),
    ("Q: Still having the right knee pain?  A: No", ()),
    ("Q: Do you still have your knee pain?  A: No", ()),
    ("Q: Do you still have the left knee pain?  A: No", ()),
    ("Q: Does the right knee hurt more than the hip?  A: No", (R,)),
    ("Q: Does your left knee hurt worse than last week?  A: No", (L,)),
    ("Q: Is your right knee more painful in the morning?  A: No", (R,)),
    ("Q: Is your knee painful only on stairs?  A: No", (U,)),
    ("Q: Do you have knee pain?  A: No, not at all", ()),
    ("Q: Do you have right knee pain?  A: No, none at all", ()),
    ("Q: Any knee pain?  A: No, not in the last week", ()),
    ("Q: Any left knee pain?  A: No, not after the injection", ()),
    ("Q: Do you have knee pain?  A: No, only stiffness in the morning", ()),
    ("Q: Knee pain?  A: No, but my hip hurts", ()),
    ("Q: Does your right knee hurt?  A: No, just the hip", ()),
    ("Q: Any right knee pain?  A: No, pain is in the ankle", ()),
    ("Q: Any knee pain?  A: No, worse in the back", ()),
    ("Q: Any knee pain?  A: No, feels great when I walk", ()),
    ("Q: Any right knee pain?  A: No, not even with stairs", ()),
    ("Knee pain x 1 month.\nQ: Which knee does your grandson have trouble with?  A: Right", (U,)),
    ("Knee pain x 1 month.\nQ: Which knee needed surgery years ago?  A: Left", (U,)),
    ("Knee pain x 2 weeks.\nQ: Which knee has the old injury?  A: Left", (U,)),
    ("Dx: Right knee pain; resolved right ankle sprain.", (R,)),
    ("Problems: L knee pain; resolved: R shoulder pain.", (L,)),
    ("Assessment: 1. Left knee pain; resolved cellulitis of left foot.", (L,)),
    ("Right knee pain 6/10; resolved fever from last week.", (R,)),
    ("Bilateral knee pain; it resolved briefly with prednisone but is back now.", (R, L)),
    ("Right knee pain x 2 weeks; it resolved with ice last time but has not this time.", (R,)),
    ("Left knee pain; settled into a new routine with PT 3x/week.", (L,)),
    ("Right knee pain due to the 2024 patellar fracture, still healing on x-ray.", ()),
    (
        "Symptom checker results: Meniscus tear, moderate match; Patellofemoral pain syndrome, low "
        "match. Pt reports right knee pain.",
        (R,),
    ),
    ("Q: Any right knee pain?  A: No, not with walking or at rest", ()),
    ("Q: Any left knee pain?  A: No, I can walk on it fine", ()),
    ("Q: Any knee pain?  A: No, resolved after PT", ()),
    ("Q: Knee pain?  A: No, pain free in both knees", ()),
    ("Q: Any right knee pain?  A: No, none with stairs either", ()),
    ("Q: Does your left knee hurt?  A: No, but it is stiff in the morning", ()),
    ("Q: Any knee pain?  A: No, only the right hip hurts", ()),
    ("Knee pain x 1 month.\nQ: Which knee is your cousin's bad knee?  A: Right", (U,)),
    ("Knee pain x 1 month.\nQ: Which knee got the cortisone shot last year?  A: Left", (U,)),
    ("Right knee pain; it subsided overnight but recurred this morning.", (R,)),
    ("Right knee pain; it went away for a week and came back.", (R,)),
    ("Left knee pain; resolved with PT in 2022 and returned in March.", (L,)),
    ("Right knee pain 7/10; since resolved swelling of the ankle, no other complaints.", (R,)),
    ("Left knee pain continues, the fever is now gone.", (L,)),
    ("Left knee pain from her 2024 ACL tear, awaiting reconstruction.", ()),
    ("Symptom checker suggested meniscus tear as a likely match. Right knee pain.", (R,)),
    # the review of the whole day: pain that "has settled into" a place is still there
    ("Right knee pain has settled into a dull ache along the medial joint line.", (R,)),
    ("Right knee pain has settled in the back of the knee.", (R,)),
    # round 172: a query's quoted pain yields only to a reply ("CDI" is also "clean, dry, intact"), not to a ticked
    # option; a run-on label only after a short value; a service's name only right after the condition
    (
        "Resident denies hip pain but states \"it's my left knee that's killing me\".\nL knee: no edema.\n"
        "Hip incision CDI, staples out.",
        (L,),
    ),
    (
        'Documentation: "knee pain (R) limiting ambulation"\nQ: Is the R knee pain related to the old tear?\n'
        "[ ] Yes - old tear\n[X] No / unable to determine - R knee pain",
        (R,),
    ),
    ("CD: 15F, ballet dancer, both kneecaps ache after class and on stairs.", (R, L)),
    ("Arthralgia - pain in the right and left knee most days, also wrists.", (R, L)),
    (
        "Post-op diagnosis: displaced bucket-handle tear medial meniscus, L knee - reduced and repaired.\n"
        "Note: also has chronic R anterior knee pain.",
        (R,),
    ),
    ("Current symptoms: B/L knee pain, R>L; night pain on the right 3-4 nights a week.", (R, L)),
    # round 173: a where-question's listed sites, not a landmark among them nor a site scored zero; "both" of two
    # pains scored; a study's views only before a label's mark
    ("Where do you hurt? Neck and knees.", (R, L)),
    ("Where does it hurt? 'My thigh, just above the right knee.'", ()),
    ("Pain sites (0-10): lower back 6, left knee 0.", ()),
    ("Pt reports left shoulder pain and knee pain, both 4/10.", (U,)),
    ("Adv: Xray both knees standing AP, RA factor, uric acid. Knee pain x 1 month.", (R, L)),
    # round 174: "which" only after a site and not of "the right one"; a parent's signature only on the last line
    ("She reports no pain in her knees except the right one, which aches going downstairs.", (R,)),
    ("Daughter ringing to say she has knee pain herself and cannot bring Mum.\nPatient (Mum) well, no concerns.", ()),
    ("Jan check-in (prior): L knee sore after ski trip.\nMar: L knee back to normal, no pain.", ()),
    ("R knee pain: OA v. gout.", (R,)),
    # round 175: an exception only of a current knee pain; "Other pain: nil" denies the rest only
    ("My knees don't hurt anymore, except my left hip when I go down stairs.", ()),
    ("My knees don't hurt anymore, except the left one did for a few days last month.", ()),
    ("Knees no longer hurt, except the right one might if I skip my stretches.", ()),
    ("No knee pain, except the left knee still swells after long walks.", ()),
    ("Knee pain: bilateral\nPain: nil", ()),
    # round 176: what the new readings leave alone
    ("Like her mother, she has left knee OA. Left knee pain is worse on stairs.", ()),
    ("Husband (our pt, seen separately today) has ongoing L knee pain - see his notes.", ()),
    ("Her husband, who drove her in, says his right knee hurts too.", ()),
    ("Complains of left shoulder pain and knee pain, both aching at night.", (U,)),
    ("Pain scores - pre-op (2022)\nKnee L 7/10\nKnee R 0/10\nToday: no knee pain.", ()),
    ("L knee pain resolved; now R knee aching", (R,)),
    ("12/01 R knee pain after a fall.\n26/04 Physio discharge: Pain-free, returned to cycling.", ()),
    ("Hip pain, especially with knee flexion.", ()),
    ("Doctor: What's bothering you?\nPatient: my left knee.", (L,)),
    (
        "Sites of pain BEFORE surgery: (x) Right knee ( ) Left knee\n"
        "Sites of pain NOW: ( ) Right knee ( ) Left knee (x) None",
        (),
    ),
    ("Knee pain x 2 wk, remains pain-free at rest.", (U,)),
    # round 177: a carer's own record, a carer's assessment, a list under a denial, a relative's knees in a history
    ("Self-referral\nI care for my husband who has terrible knee pain, and now my left shoulder hurts.", ()),
    ("Carer's assessment (husband of patient)\nHusband reports his own knee pain is severe.", ()),
    ("She is the full-time carer for her husband, who has severe knee pain.\nPlan: carer's assessment referral.", ()),
    ("Review of systems\nDenies:\n- fever\n- right knee pain", ()),
    ('Does anyone in your family have chronic pain? "Mum - both knees, has constant knee pain."', ()),
    ("Transferred from Bed 4 to Bed 12 overnight. R knee pain 6/10 this morning.", (R,)),
    # round 178: a signature naming one of two parents; a study's report that names its own knee; "went" of a swelling
    (
        "Patient: Harold Shaw, 84M\nDad's fine, his knees don't hurt now. It's Mum whose left knee is sore."
        "\n- Glenn (son)",
        (),
    ),
    ("XR done for the left knee pain: R knee - joint space narrowing (DJD), L knee - unremarkable.", (L,)),
    ("R knee pain. The swelling went down after ice.", (R,)),
    # round 179: a relative a clinician names in full is no patient; "(o)" alone is no choice; "the knee pain had gone"
    ("Carer: wife (Mrs. J. Brown), who has R knee pain herself.\nMr. Brown c/o L knee pain after a fall.", (L,)),
    ("Separate patient: her husband (Tom Harper) has a painful right knee - advised to book.", ()),
    ("Knee pain?  (o) Yes  (o) No", ()),
    ("Seen last week with limp + R knee pain. Mum reports the knee pain had gone by day 4.", ()),
    # round 180: a relative who tells of their own sex's knee after a clause; "(o)" beside "(\u2022)"; a side in
    # the pain's own aside; "this that hurts"; a bay's handover of one bed; "it's that sore"; "Other pain"
    (
        "Record: Grace O.\nLeft knee painful since Tuesday's fall. Her husband, who drove her in, says his right "
        "knee hurts too.",
        (L,),
    ),
    (
        "Mum, who is with Chloe today, says her own right knee has been sore since she slipped. Chloe has no "
        "complaints.",
        (),
    ),
    ("Pain site: (\u2022) Knee\nSide: (\u2022) Right (o) Left", (R,)),
    ("Knee pain as a high-school freshman (2017, right knee), resolved by spring, never recurred.", ()),
    ('Which knee hurts? Neither. Pt points to the left calf: "it\'s this that hurts."', ()),
    (
        "HANDOVER - Bay 1\nBed 6 - Mr Terry, 77, cellulitis R foot.\nKnee pain on the left, had it for months he says.",
        (L,),
    ),
    ("Night note. Says 'my knee, it's that sore.' PRN paracetamol given.", (U,)),
    ("Location: R forearm\nOther pain reported: Y   Site: knee   Side: L   Score: 6/10", (L,)),
    ("Bot: Does the pain involve your knee?\nUser selected: No", ()),
    # round 181: "Today 0/10" sums up; a relative clause on an established diagnosis; a patient's own role in
    # brackets; a wife who tells of "his good knee"; "his wife's" knee
    ("Seen in October for right knee pain. Today 0/10, back to running.", ()),
    (
        "Right patellar tendinopathy (jumper's knee), which is common in basketball players, explains the pain at the "
        "front of your right knee.",
        (),
    ),
    (
        "Pt: Mr Daniel Kowalski (physio for lower back pain)\nHe says he is looking after his mother, she has had "
        "terrible knee pain since a fall.",
        (),
    ),
    (
        'Wife says Mr. Tran has been limping and his "good knee" is now hurting, she thinks from favoring the bad one. '
        "(Per chart, bad knee = R, TKA 2018.)",
        (L,),
    ),
    ("Husband says his wife's left knee hurts on the stairs.", (L,)),
    # round 182: "at last visit" over a pain that goes on; a husband's quoted words; a claimant's own statement;
    # Portuguese "sem"
    ("Left knee pain at last visit; today it is worse, 6/10.", (L,)),
    ("Dx: Gonalgia (R) - less than at last review, 3/10 vs 5/10. Continue HEP.", (R,)),
    ('Husband reports he tried to lift her himself and "did my left knee in" - c/o L knee pain, limping.', ()),
    ('Husband says he has "bad knees" himself and they hurt on stairs.', ()),
    (
        "WITNESS STATEMENT OF C. DEWSBURY\n6. Since the accident my knees have been painful, especially the right one.",
        (R, L),
    ),
    ("Sem dor no joelho direito.", ()),
    # round 183: ", gone now" ends the nearest pain only; "AP/LAT." ends its sentence; a mark after its item; "(+)"
    (
        "SCHOOL NURSE LOG\nReason: fell in PE - kneecap sore (R), small graze.\n(NB: he says his 'other knee' was "
        "hurting last week too - mum says that was a growing-pain thing, gone now.)",
        (R,),
    ),
    ("XR L KNEE AP/LAT. Hx: 67F fall at home, L knee pain, weight-bearing with difficulty.", (L,)),
    ("McMurray (-), Lachman (-). R knee pain on stairs.", (R,)),
    ("MSK (+) knee pain", (U,)),
    # round 184: an editor's note that only names the side; a knee of no side said fine among two sided ones
    ("- Pt reports knee pain x 2 weeks. [Clinician note: this is the right knee]", (R,)),
    ("R knee pain. L knee pain. Knee is fine now.", (R, L)),
    # a site said after the pain with its own finding; a study that denies the disease; a decimal score
    ("Knee pain, left knee swelling.", (L,)),
    ("R knee pain, no change since last visit. XR R knee: no changes of osteoarthritis.", (R,)),
    ("R knee pain 0.5 on a 0-4 scale.", (R,)),
    ("L knee pain settled overnight but has come back this morning.", (L,)),
    ("I'm not the patient's mother, I'm the patient (I'm 19). My knees ache after my shifts.", (R, L)),
    # round 185: a maiden name; a written word that is no side; a patient who writes; a vocative "bro"
    ("Mrs Jane Doe (nee Smith), c/o knee pain L", (L,)),
    ("Where is your pain? (please write)  my knee\nHow bad?  6", (U,)),
    ("This is the patient writing, not her husband - he set up the account. My left knee has ached.", (L,)),
    ("What he said: \"my knee's cooked bro, it's aching heaps\". Ice pack on his right knee.", (R,)),
    ("Seen in May for new knee pain after a misstep; the left knee is still hurting.", (L,)),
    ("Q5 Any joint pain today?  [ ] Yes  [x] No   Where: R knee", ()),
    # round 186: a leg below its knee (the shin's); "mam" as a relative; "please write"; a Dutch "nee" answer
    ("pain in my right leg below the knee since the fall", ()),
    ("me mam's knee is hurtin her agen. i just want my blood pressure pills.", ()),
    ("Knee pain 2 weeks. Asks us to please write knee pain on her fit note.", (U,)),
    ("Heeft u pijn in knie\u00ebn bij het sporten?  [ ] ja  [x] nee\nEerdere blessures: pols (2019)", ()),
    # round 187: a leg pain below its knee; radiating pain; an adverb 'right' has no side; a joint that is the knee;
    # a wound outside its record's assessment; 'should' advice about the knee itself
    ("R leg pain below the knee for 2 weeks", ()),
    ("Low back pain radiating to the left knee, no knee pain of its own.", ()),
    ("a dull ache right behind the knee since Sunday", (U,)),
    ("[x] joint pain - both knees", (R, L)),
    ("You should see a doctor if your knee pain worsens.", ()),
    ("Skin tear L knee, dressed. Pt says it is very sore.", (L,)),
    # round 188: a denied activity's pain; 'Other knee complaints' is no reference to a knee; 'settled in' may be
    # over; a heading's procedure owns its side; a parent's own pain; a leg before a comma; a knee set apart
    ("Pain on walking: none. R knee normal", ()),
    ("R knee pain. Other knee complaints: none.", (R,)),
    ("The pain has settled in the right knee now.", ()),
    ("Procedure: carpal tunnel release\nLaterality: Right\n\nKnee pain for a week.", (U,)),
    ("Mum rang: her own knee pain is bad today.", ()),
    ("hop on each leg, still some ache in the knee", (U,)),
    ("sore all over except her knees, which feel fine", ()),
    # round 189: an amendment naming another section; a duration spoken in words; a present worry; a hand's side
    ("CC: L knee pain.\nMedications: ibuprofen.\n[Addendum: medication list above entered in error]", (L,)),
    ("Knee pain in twenty minutes of walking.", (U,)),
    ("He is worried about his R knee pain.", (R,)),
    ("Dominant hand: right\nComplaint: left knee pain", (L,)),
    # round 190: what may cause or make something else; a fear of something else; a quoted correction of a word
    ("Naproxen can cause stomach upset. R knee pain 5/10.", (R,)),
    ("The brace will make her more comfortable. L knee pain on stairs.", (L,)),
    ("Mum is fearful of the operation; his R knee pain is worse.", (R,)),
    ("HPI: R knee pain.\nFH: mother with knee pain.\n[Correction: 'mother' should read 'father'.]", (R,)),
    # round 191: 'like my mother' before what she had; a relative who attends with the patient and has pain
    ('Worried about ending up "like my mother" - she had terrible knee pain and was bedbound.', ()),
    ("Her mother, Mrs Hale, attended with her and has bilateral knee pain.\nPatient here for asthma review.", ()),
    # round 192: a glossed header is not another header nor SOAP's "P"; free of pain, or none, only at times; what
    # brings a pain on; where a pain was first seen; a quotation set right by one that differs in more than its side
    ("L knee pain after a twist.\nImpression / DDx:\n - medial meniscus tear\n - MCL sprain", (L,)),
    ('Office note A/P: "R knee pain - see XR."', (R,)),
    ("Right knee pain on stairs; the knee is pain-free at rest.", (R,)),
    ("Left knee pain, decreased to 0/10 at rest but 6/10 on stairs.", (L,)),
    ("Bilateral knee pain, now none at rest, 5/10 walking.", (R, L)),
    ("Walking more than a block can bring on the right knee pain.", (R,)),
    ("F/u of R knee pain first seen at the 3/2 visit.", (R,)),
    (
        "HPI: L knee pain.\nExam: left knee pain on flexion.\n"
        "Correction: 'left knee pain' in the exam should read 'left knee tenderness'.",
        (L,),
    ),
    # round 193: a relative's name as a speaker's label; 0/10 at rest and on walking; "gone red"; gout of the knee
    # itself; a clause after a semicolon with no knee of its own; "read" with no quotation before it; a later visit
    (
        'Lives with her grandson Jonathan, who translates.\nJonathan: "She says both her knees ache at night."',
        (R, L),
    ),
    ("R knee pain 0/10 today at rest and on walking (was 6/10 last week).", ()),
    ("My left knee was so painful and it had gone red overnight.", (L,)),
    ("Known gout. Now an acute gout flare of the right knee, very painful.", ()),
    ("Left knee: swollen; painful on flexion.", (L,)),
    ("Knee pain: R yes, L no", (R,)),
    ("Handout: 'Knee pain exercises' - pt will read it at home. Right knee pain 4/10.", (R,)),
    ("Reassessment (12/06): L knee pain 3/10 on stairs.", (L,)),
    # round 194: a rest score that ends at zero; a reviewer's note that agrees or is unsure corrects nothing
    (
        "Date              01.02   08.02   15.02\nRest pain (L knee)    3       1       0\n"
        "Stairs pain (L knee)  6       5       4",
        (L,),
    ),
    ("Imp: R knee OA [JT: agree, XR confirms]", ()),
    ("Imp: L knee pain [JT: not sure of the cause yet]", (L,)),
    # round 195: "nil" of relief or of anything else; a correction asked as a question
    ("L knee pain - nil relief from paracetamol, now trying naproxen.", (L,)),
    ("R knee pain; nil else of note.", (R,)),
    ("R knee pain x 3 wks. Is this a dictation error? Should 'R' read 'L'?", (R,)),
    # round 196: a chat's side buttons, a pain that settles in minutes, "the other knee" after an arm, a knee anchor
    # before an arm, "no ongoing" of another finding, a typo elsewhere, a caption of another joint, a yes or no
    ("Bot: Which knee? [Left] [Right] [Both]\nUser: knee sore when I kneel", (U,)),
    ("L knee pain on stairs, settles with rest within a few minutes.", (L,)),
    ("R wrist fracture. The other knee hurts.", (U,)),
    ("L knee OA. R shoulder pain. Contralateral knee pain.", (R,)),
    ("L knee pain. No ongoing swelling.", (L,)),
    ("L knee pain. Typo in med list corrected: naproxen 500 mg.", (L,)),
    ("Childhood asthma. Knee pain R for 2 weeks.", (R,)),
    ("Hip assessment\n              Right     Left\nPain          0         4", ()),
    ("Asked whether her right knee hurts on stairs.", ()),
    ("L knee pain settled after the injection - pt says no pain there at all now.", ()),
    # round 197: a bracket that is no site, maternity's "Mum", a query's original text, another caller's own pain,
    # another leg with no side anywhere
    ("Pain on walking (knee brace on).", ()),
    ("Postnatal check day 5. Mum says her knees are really sore. Lochia normal.", (R, L)),
    ('Coder query\nOriginal A/P: "Bilateral knee pain."\nIs the pain due to gout?\n[ ] Yes   [x] No', (R, L)),
    ("Caller (daughter) reports her own right knee pain.", ()),
    ("The knee on the other leg aches.", (U,)),
    # round 198: lines that open with clock times, or only with years that may be times, are no summary of the past;
    # a disease named after its pain word needs a non-knee disease
    ("Timeline\n1500 Pain: R knee 0/10\n1900 Comment: pt c/o L knee pain 4/10\n2300 Pain: L knee 3/10", (L,)),
    ("2015 Asthma\n2019 L knee pain - ongoing, physio\n2022 Migraine", (L,)),
    ("R knee exam normal.\nDx: painful R knee", (R,)),
    # round 199: a relative's own pain after a dash
    ("Mother asked whether it can be done sitting - she has bad arthritis pain in her knees.", ()),
    # round 200: another item on the wrong patient, a section's or a knee's entry marked so, a verb of calling
    ("Lab order placed in error (intended for another patient) - cancelled.\nToday: R knee pain after a fall.", (R,)),
    ("Previous phone note of 2/3 was entered on the wrong patient and voided.\nToday: L knee pain x 1 month.", (L,)),
    ("HPI entered in error (wrong patient) - removed.\nCorrected HPI: L knee pain x 5 days.", (L,)),
    ("Pt called asking advice for her husband: he has pain behind his right knee.", ()),
    ("Well child review, 4 yrs.\nMum mentions she has had pain in her right knee and finds lifting him hard.", ()),
    # round 201: an item's or another day's note on the wrong patient; a date before a resolution
    (
        "Allergy 'penicillin' entered in error (belongs to another patient) - removed.\nHPI: bilateral knee pain.",
        (R, L),
    ),
    ("L knee pain x 3 wks.\nADDENDUM: BP above belonged to another patient and was entered in error.", (L,)),
    (
        "Note: the telephone note of 02/04 was recorded here in error (wrong patient), voided.\nToday: R knee ache.",
        (R,),
    ),
    ("Took ibuprofen on 12-Mar-2024 for a flare of right knee pain, which resolved by 14-Mar-2024.", ()),
    # round 202: a question of one knee or the other; a score after a pain label's time word
    ("Is it one knee or both?: the right one\nPain 4/10 in the knee", (R,)),
    ("Pain score today: R knee 0/10 (was 4/10 last week).", ()),
    ("Group discussion: several members described knee pain; Mr W says his right knee hurts too.", (R,)),
    # round 203: a plan's member is the patient; a listed joint in a statement; a removal to come; an operation today
    ("Summary: Member is a 29 y/o. Member has persistent left knee pain since the injury.", (L,)),
    ("Aching in the joints of the shoulders, hips and knees, worse in the mornings. ?PMR - ESR/CRP sent.", (R, L)),
    ("Awaiting arthroscopic removal of a loose body from the right knee. R knee pain and locking continue.", ()),
    # round 204: an answer that names another site as well as knees; another joint's prosthesis; a leg DVT not yet
    # confirmed; a disease's flares in another joint; a relative among the group; 'its' before a noun
    ("Pain in hips or knees? Yes, hips mainly", (R, L)),
    ("Back pain? No   Knee pain? Yes, both   Hip pain? Yes, right", (R, L)),
    ("Loose L shoulder prosthesis. L knee pain.", (L,)),
    ("DVT L leg - to be confirmed on doppler. Aching behind L knee.", (L,)),
    ("Known gout; recurrent R toe flares. R knee pain.", (R,)),
    ("Pt's wife and two other members reported R knee soreness.", ()),
    ("Cream to her left knee. Its dressing is sore to remove.", ()),
    # round 205: a row's ticked hip; a doing with no knee; a history list's own knee diagnosis; a knee prosthesis
    # beside another joint; a pain that settles and comes back each time; the patient included in the group
    ("Pain sites:  Hip R [x] L [ ]   Knee R [ ] L [ ]", ()),
    ("Kneeling for long is painful; R knee fine.", ()),
    ("PMH: R knee OA, HTN. Right knee is painful on stairs.", ()),
    ("Loosening of the left TKA, also L ankle arthritis. L knee pain.", ()),
    ("Knee pain settled after sitting for a minute.", (U,)),
    ("All members including the pt reported L knee soreness.", (L,)),
    # round 206: details that name the knees too; a row's ticked hip; staff who report the patient's pain; a
    # hypothetical that is no form's follow-up; a score above none; attacks in another joint; 'no longer' of a time
    ("Pain in hips or knees (Y/N): Y     Details: both knees and L hip", (R, L)),
    ("If yes, where?  Knee R [ ] L [ ]   Hip R [x] L [ ]", ()),
    ("Do you have pain in your knees or hips?  Yes\nPlease specify: right knee and hip", (R,)),
    ("Staff report knee (L) pain for about 10 days.", (L,)),
    ("Over the last 4 months staff have noticed that Neil has bilateral knee pain.", (R, L)),
    ("If knee pain persists, please return.", ()),
    ("Knee pain (0-10): 3   (was 4/10 at program start)", (U,)),
    ("Gout since 2010 - his attacks tend to hit the big toe. R knee pain today.", (R,)),
    ("She has had L knee pain for 3 weeks; it no longer wakes her at night.", (L,)),
    # round 207: a family or team that reports the patient's pain; flares in another joint; a doing with no knee;
    # a course over beside today's; a question about a pain to come
    ("Family report that his right knee pain is worse.", (R,)),
    ("The whole team reported that Sam's left knee was sore.", (L,)),
    ("RA flares usually in her wrists; R knee pain today.", (R,)),
    ("Kneeling at church hurts; L knee no pain.", ()),
    ("Knee pain (bilateral) during the flu last week - none now, but R knee sore today.", (R,)),
    ("Asks if she will have knee pain after her hip replacement next month.", ()),
    # round 208: a "but" that opens a clause of its own; a past done with a start point; a pain foretold, not made
    # worse; a side's word before another symptom; "sorted" of something else; a group word that counts days
    ("Everyone was fine but my knee hurts.", (U,)),
    ("Everyone is fine but she has knee pain.", (U,)),
    ("Told me she 'used to be out every day' but struggles with the bus now because of knee pain.", (U,)),
    ("Her left knee no longer hurts at night but still hurts going down stairs.", (L,)),
    ("Worried that the weight gain will make her knees sore at work.", ()),
    ("PMH: (2019) hx of R knee pain", ()),
    ("R knee pain since the fall in 2018, resolved by 2020.", ()),
    ("Knee pain for 2 weeks, right sided weakness noted.", (U,)),
    ("R knee pain; physio sorted now for Tuesday.", (R,)),
    ("No one except him has knee pain.", (U,)),
    # round 209: a baby's visit where mum breastfeeds; an age, not a decade past; a relative of the other sex; a score
    # of none in a pain column; a comma after a denial's own finding; "settled since" still over
    (
        "HV new birth visit (day 12). Baby: breastfeeding well, cord separated.\n"
        "Mum: tired. Mum mentions she has had pain in her right knee since the end of pregnancy.",
        (),
    ),
    ("Lady in her 60s, c/o (L) knee achy in the mornings.", (L,)),
    ("Dad also says her right knee hurts at night.", (R,)),
    ("Time  | Temp | Pain\n10:00 | 36.5 | back 3/10, R knee 0/10", ()),
    ("Denies R knee pain, he reports.", ()),
    ("R knee pain - settled since the injection.", ()),
    # round 210: "but" before a relative is no exception; a relative who says the side is not the patient telling
    # it; a no to a question about knee pain; a passenger who is the patient
    ("She wants to walk more but her husband has bad R knee pain so they no longer walk together.", ()),
    ("Daughter says her own R knee hurts too, but mom's pain is in the L knee, worse at night.", (L,)),
    (
        "70F with husband. Knee pain since Friday. Husband says it's the L knee; pt points to her R knee and says "
        "'this one... or maybe the other, I don't know'.",
        (U,),
    ),
    ("Knee pain? No - R hip pain only", ()),
    ("Able to kneel? No - no knee pain, just stiff", ()),
    ("Female passenger, 45. She has R knee pain after the crash.", (R,)),
    ("My knee hurts. He says the left is fine.", (U,)),
    # round 211: a crew that sets apart a role the patient does not have; a qualified no; a diagnosis's own year;
    # a resolution after a dated start; a word like "prosthetic"
    (
        "Coach reports the entire crew, with the exception of the coxswain, has right knee soreness after the erg.",
        (R,),
    ),
    ("Phone triage 14:05\nAre both of your knees painful? No, just the right one.", (R,)),
    ("occ med triage - pt c/o rt knee pain after stepping off forklift, felt a pop? no. pain 5/10.", (R,)),
    (
        "L knee pain since MVC in 2018 (L tibial plateau fx s/p ORIF, hardware removed 2020). Diagnosis: Chronic L "
        "knee pain",
        (L,),
    ),
    ("R knee pain since the fall in 2018, resolved by 2020.", ()),
    (
        "Diagnosis: Lower urinary tract symptoms secondary to benign prostatic obstruction. He has pain in both knees.",
        (R, L),
    ),
    # round 212: a slash between two sides; a role the patient is said not to have
    ("Pain R/L knee", (U,)),
    (
        "Rowing club physicals. Coach reports the entire crew, with the exception of the coxswain, has right knee "
        "soreness after the erg test. Patient rows stroke seat (not the coxswain) and confirms the soreness.",
        (R,),
    ),
    # round 213: a question of what may be; a question about a pain taken as given; an answer that limits a "Not
    # now"; a zero score now; the patient's own belief; a role set apart that the patient does not have; a leg vein
    ("The patient asked whether her knee would hurt after surgery - yes, for a few weeks.", ()),
    ("R knee pain for 2 weeks. Asked if the pain was worse at night - no.", (R,)),
    ("R knee pain? Not now, only after long walks.", (R,)),
    ("R knee pain resolved in 2019; currently 0/10.", ()),
    ("R TKA 2019. Right knee pain. Patient attributes it to the prosthesis.", (R,)),
    ("Rowing, 19M, bow seat. The whole crew bar the cox has had left knee soreness after the erg test.", (L,)),
    ("New L posterior knee pain. Impression: acute L popliteal/peroneal DVT.", ()),
    # round 214: a condition after "asked what to do if"; a SOAP note's "A:" under a question; a score now of
    # another site or side; a reply request whose answer is yes; a pronoun before no diagnosis
    (
        "Pt asked what to do if he gets knee pain or swelling before surgery (currently only locking, no pain).",
        (),
    ),
    ("S: Any pain? R knee aching on stairs.\nA: Improving with PT.", (R,)),
    ("Hx of R knee pain (2017); currently 3/10 low back pain radiating to the L buttock.", ()),
    ("Hx of knee pain; currently 4/10 in the right hip.", ()),
    ("Q1 Do you currently have knee pain? Reply Y or N\nA: Y", (U,)),
    ("R knee pain. It is tender over the medial joint line.", (R,)),
    # round 215: room air; a reason inside a reported question; a score now of the past; a question of what may be
    ("Sats 97% RA. Flare of knee pain overnight, both knees.", (R, L)),
    ("Wife asked whether she'll be able to stay as 'my left knee pain is bad'. Pt febrile.", ()),
    ("Hx R knee pain (2017). Worst pain was 8/10 then; today fine.", ()),
    ("Asked if the R knee was painful after the fall; pt states 'not really, more tight.'", ()),
    ("Asked if his right knee pain wakes him at night, he denies this.", (R,)),
    ("When asked if her left knee pain had resolved since the injection, she said yes.", ()),
    ("When asked if his left knee was still sore after the race, he said yes.", (L,)),
    ("Hx L knee pain (2019). Pain now 5/10, L hip, lateral.", ()),
    ("Knee pain at the first review was R-sided; today she localises it to the left knee.", (L,)),
    ("knee pain x 2 weeks, R hip fine", (U,)),
    ("Date | Complaint | Side\n13/04 | knee pain last year, resolved | R", ()),
    ("Obs | Body site | Side | Value\nSymptom | Knee | R | swelling after soccer, no pain", ()),
    ("RA, confirmed on bloods, in her wrists. Her knees are painful.", (R, L)),
    ("Known gout; she had a bad flare in her right toe last year. R knee painful.", (R,)),
    ("FCE: R knee pain 4/10 on simulated kneeling task.", (R,)),
    ("Support worker mentioned her own knee has been sore since she lifted a box.", ()),
    ("Asked if she had any hip pain, knee pain or ankle pain.", ()),
    ("Asked if, after the fall, her right knee hurt.", ()),
    ("Husband asked whether he could be seen too; he has knee pain, both knees.", ()),
    ("Right knee pain 3/10. L 1st MTP red and hot - this is gout.", (R,)),
    ("Left knee pain 5/10. s/p R TKA 2019 - R knee clicking; this is from the prosthesis.", (L,)),
    ("Knee pain which has not settled.", (U,)),
    ("R knee pain for 2 days, any fever or chills? No\nAllergies: none", (R,)),
    ("Gout, confirmed on aspirate of the R 1st MTP, in the past. L knee pain.", (L,)),
    ("Date | Complaint | Side\n04/03 | R knee pain | R", (R,)),
    ("Our client has pain in both knees since the fall on the wet floor.", (R, L)),
    ("My employee has had R knee pain since the fall and needs adjustments.", (R,)),
    ("Her manager has agreed adjustments; she has L knee pain on stairs.", (L,)),
    ("Pt is an apprentice electrician with R knee pain.", (R,)),
    ("ORTHO INTAKE\nKnee pain?|Yes|Both\nDuration?|8 months|", (R, L)),
    ("| Body part | R | L | Pain last year | Pain now |\n| Knee | x |  | yes | no |", ()),
    ("knee pain x 3 days, R hip fine", (U,)),
    ("Daughter attends with him; she reports her own knee pain.", ()),
    ("Lives with her husband, who has COPD, and she has had R knee pain for 2 weeks.", (R,)),
    ("Prepatellar bursitis, confirmed by aspirate in 2015, of the left knee, since resolved. Now L knee pain.", (L,)),
    ("Cough. Knee pain? Yes, left hip too.", (U,)),
    ("Complaint: knee pain\nComments: R hip also sore", (U,)),
    ("Accompanied by her husband, who says her R knee hurts.", (R,)),
    ("Knee sore, the left one - no, the right one.", (R,)),
    ("Physio: R knee - moderate OA; L knee - no change, normal study. Bilateral knee pain.", (L,)),
    ("Anyone with questions should call. R knee pain today.", (R,)),
    ("My supervisor keeps saying my knee pain is slowing the team down. R knee pain.", (R,)),
    ("R knee pain. L knee ok.", (R,)),
    ("Knee OK but sore on stairs.", (U,)),
    ("Pain in the foot and the knee.", (U,)),
    ("Body area | Current pain | Past pain\nKnees | Y | N", (R, L)),
    ("Body area | Pain now? | Side\nKnee | Y | L", (L,)),
    ("Gout, on allopurinol, L knee pain today.", (L,)),
    ("RA, on methotrexate, R knee pain.", (R,)),
    ("A: L knee pain - r/o reactive arthritis; also need to exclude septic joint.", (L,)),
    ("My supervisor says my R knee pain needs checking.", (R,)),
    ("My boss says 'my advice is rest'. R knee pain.", (R,)),
    ("My friend drove me in because my right knee is too sore.", (R,)),
    ("Knee pain. Asked which shoulder - 'the left one'.", (U,)),
    ("R knee pain at rest, but sore hip on stairs.", (R,)),
    ("Knee pain: [x] No  [ ] Yes, right  [ ] Yes, left", ()),
    ("BP 120/80,72,98 - R knee pain.", (R,)),
    ("Two antibiotics were tried. R knee pain persists.", (R,)),
    ("Her pinsetter mechanic's knee is fine; she has L knee pain.", (L,)),
    ("No knee pain but chest pain.", ()),
    ("Knee pain resolved. Hip still sore but pain on walking.", ()),
    ("No fever but pain.", ()),
    ("Knee pain x2/52. R or L? Pt unsure.", (U,)),
    ("R knee pain. Pain free with rest.", (R,)),
    ("Daughter attends with him; she herself has knee pain.", ()),
    ("Pain location (check all that apply)\n[x] R knee  [ ] L knee  [ ] hip", (R,)),
    ("pain in his left hip and, on exam, right knee effusion", ()),
    ("Mother lives with pt. Pt has R knee pain.", (R,)),
    ("Knee giving way, playing up, and aching", (U,)),
    ("left knee: OA (KL grade 3), right knee XR normal. R knee pain.", (R,)),
    ("Gout (on allopurinol) of the R knee. R knee pain.", ()),
    ("Knee sore. Hip pain - it's the left one.", (U,)),
    ("Knee aching. Anyway - it's fine.", (U,)),
    ("Fellow referees often get knee pain; he has R knee pain.", (R,)),
    ("Attends with her daughter; she herself has knee pain.", ()),
    ("R knee pain, L knee NAD", (R,)),
    ("Gout (tophaceous) R knee. R knee pain.", ()),
    ("Possible harm: knee pain. R knee pain today after kneeling.", (R,)),
    ("Came in with her brother. She has R knee pain (3/10).", (R,)),
    ("Dx: L patellar tendinitis (? fluoroquinolone-associated)\nL knee pain x3 wk after a course of cipro.", ()),
    ("Knee pain x 3 days (r/o septic arthritis), T 38.2, aspirate sent.", (U,)),
    ("R knee pain. Gout (? cause) - R knee; uric acid 9.1.", ()),
    ("Brought in by son (son states his right knee hurts at night). Pt well.", ()),
    ("Came with her sister (RA, 'both knees replaced and she still has knee pain'). Pt's knees fine.", ()),
    ("Pt's husband, who is also our patient, has right knee pain. Pt herself well.", ()),
    ("Any pain in your back? Yes\nDetails: right knee", ()),
    ("Joint or back pain? Yes\nWhere: lower back", ()),
    ("Q. Has anyone treated the knee?\nQ. Does it hurt on stairs?\nA. Yes, the thigh muscle burns.", ()),
    ("R knee NAD. Sore, swollen L ankle.", ()),
    ("No fracture, told to rest, L knee pain.", (L,)),
    ("Laceration R knee, sore.", (R,)),
    (
        "Exam\n- R knee\n  - pain over lateral joint line, 4/10\n  - no effusion\n- L knee\n"
        "  - small effusion, non-tender, no pain\n- A: R knee pain; L knee effusion",
        (R,),
    ),
    ("The pain in my knee's gone now, it was just from the kneeling on Friday.", ()),
    ("R hip pain, also L knee swelling.", ()),
    ("Knee sore. Went to see GP. Left knee was fine at the time.", (U,)),
    ("Hi, Max (our son) says both knees ache after the long weekend comp. Can he see the physio?", (R, L)),
    ("Post-fall: R knee swollen over front, L knee grazed with small skin tear. Pt c/o knee pain 6/10.", (U,)),
    ("R knee pain resolved in March after PT.\nHe is back playing football this season without limitation.", ()),
    ("Have you had trouble (ache, pain, discomfort) in:\nNeck: No\nKnees: Yes - both\nAnkles/feet: No", (R, L)),
    ("Right knee aches on long walks but it's gone while resting.", (R,)),
    ("L knee pain. She is now pain free but the right knee hurts.", (R, L)),
    ("Hip pain, shows me her knee brace.", ()),
    ("Back pain when kneeling on the floor.", ()),
    ("Caught the bus, back sore.", ()),
    (
        "PT plan of care\nDx: R knee pain x 6 weeks.\nCurrent pain: 6/10 with squatting.\n"
        "Goal: R knee pain 0/10 at discharge.",
        (R,),
    ),
    ("Discharge letter. The left knee is sore after landing. Plan: return to play when pain-free.", (L,)),
    ("Discharged from hospital. Does the person have pain? Yes\nWhere: the knee on the stairs\nOther pain: none", (U,)),
    ("Discharged from ED. R knee pain 7/10. Denies L knee pain.", (R,)),
    ("pain in her bottom", ()),
    ("Pain at the front of the R shin.", ()),
    ("R knee pain resolved except for some stiffness.", ()),
    ("R knee pain 3/10. The pain in her shoulder has resolved since last visit.", (R,)),
    ("R knee pain last season, better now.", ()),
    ("L knee sore since last season.", (L,)),
    ("Pain: none today\nMMT   R   L\nKnee   4   5", ()),
    ("Pain (0-10)\nStrength   Right   Left\nKnee   4   5", ()),
    ("Denies fever, my knee is fine.", ()),
    ("Rosa, who came with her, says her mom's knee hurts.", (U,)),
    ("Her bench-mate's knee is sore; she is here for her neck.", ()),
    ("Dx: painful R TKA (implanted 2022), infection screen negative.", ()),
    ("L knee swollen. Painful on the inner side of the ankle.", ()),
    ("Before he gets to the clinic his R knee hurts.", (R,)),
    ("The hip pain has disappeared completely. R knee pain remains.", (R,)),
    ("Physio discharge. Treated for L knee pain x 6 sessions. R knee pain: none. Discharged.", (L,)),
    ("Plumber - kneels a lot. Sore when kneeling.", ()),
    ("c/o knew pain", (U,)),
    ("Knee pain ? No", ()),
    ("R knee pain. Right worse today.", (R,)),
    ("R knee pain.\nO/E: patellar maltracking R.\nA: PFPS R", ()),
    ("Daughter called, her mom's knee is painful.", (U,)),
    ("Patient: my daughter, age 7. My knee pain is very bad, I will see my own doctor.", ()),
    ("Took Mum to the GP. My knee is sore now.", (U,)),
    ("Any pain in the following?\n  Neck: Y   Knees: N   Hands: N", ()),
    ("L hip OA. Sore at night.", ()),
    ("Call if any new knee pain.", ()),
    ("R knee pain after runs, settled with rest.", (R,)),
    ("Clinic note. R knee pain. R knee 0/10 at rest.", (R,)),
    ("Discharge letter. Treated for R knee pain. She is now pain free. L knee aches since yesterday.", (L,)),
    ("Back to work, R knee sore.", (R,)),
    ("PT note. L knee 0/10 today (was 7/10 at initial eval). Discharged to HEP.", ()),
    (
        "Physio discharge. Referred for: right knee pain. Outcome: R knee 0/10 at rest, 4/10 on stairs. Discharged.",
        (R,),
    ),
    ("Knee pain. Side: R / L / both", (U,)),
    ("Pt, a co-instructor at the dive school, has terrible knee pain after yesterday's session, R>L.", (R, L)),
    ("R knee pain 0/10 today (4/10 at initial eval).", ()),
    ("R knee pain 0/10 (both knees).", ()),
    ("R knee pain. DVT ruled out on duplex.", (R,)),
    ("Staff who had knee pain last year: 3. Pt: R knee pain since Monday.", (R,)),
    ("Knee pain. Side: R / L", (U,)),
    ("Pain location: hip / knee / ankle. Side: R / L / both -> R.", (R,)),
    ("Knee pain?  Yes [x]  No [ ]", (U,)),
    ("Knee pain R. Worse on stairs.", (R,)),
    ("Pain R. Knee, 3/10", (R,)),
    ("Knee pain, if poss. ortho review", (U,)),
    ("Patient reports her own left knee pain. Patients who develop fever should call.", (L,)),
    ("Mother reports that after the long walk yesterday her L knee is sore.", (L,)),
    ("R knee pain 0/10 at rest (was 3/10 with stairs in March).", (R,)),
    ("Imp: L knee OA? L knee pain.", (L,)),
    ("Pain diagram: L knee marked 'S' (swollen).", ()),
    ("Dx: Baker's cyst, R knee - asymptomatic. L knee pain.", (L,)),
    ("Pain: lower back - no; knees - yes", (R, L)),
    ("joelho direito dói muito", (R,)),
    ("Exam: R knee: no effusion. L knee: mild crepitus. A: knee pain - query side.", (U,)),
    ("Pain location: hip / knee / ankle -> knee. Side: R.", (R,)),
    ("Her sister went to see the GP last week. She has knee pain since Monday.", (U,)),
    ("Headache and R knee pain.", (R,)),
    ("Pt and his crewmate fell; pt has R knee pain.", (R,)),
    ("C/o pain.\nSite: lower back", ()),
    ("No pain.\nSite: R knee", ()),
    ("Her knee is pain free with rest but hurts on stairs.", (U,)),
    ("Body aches all over, R knee sore.", (R,)),
    ("Knee pain, same side as before.", (U,)),
    ("Pain checklist\nSite: lower back\nScore: 4/10", ()),
    ("None of the girls knew, but she has had R knee pain since Tuesday.", (R,)),
    ("Nobody at home can help; she has R knee pain.", (R,)),
    ("Pt and her sister went walking; pt has had L knee pain since.", (L,)),
    ("Knee pain since Monday. Pain is on the left hip too.", (U,)),
    ("L knee pain. The other volunteers had no problems.", (L,)),
    ("Walked back to the van. Back pain and L knee pain.", (L,)),
    ("Pain site (circle one): neck | back | knee", ()),
    ("R knee: sharp object injury, laceration 2 cm", ()),
    ("Pain (VAS) | baseline | today\nKnees | 6 | 2", (R, L)),
    ("R TKA 2019. The other knee (L) aches.", (L,)),
    ("Pain at the back of her knee, L.", (L,)),
    ("Fell at the foot of the stairs, R knee sore.", (R,)),
    ("Physio review - R hip\nS: pain 2/10 on stairs.", ()),
    ("Knee pain since Monday. Located on the right hip too.", (U,)),
    ("Date | Notes\n12/03 | aching R knee after kneeling on knees", (R,)),
    ("Nobody in the family could drive her; R knee pain x 3 days.", (R,)),
    ("Pt works on his team; has had R knee pain since May.", (R,)),
    ("R knee pain settles after a few minutes rest.", (R,)),
    ("L knee pain settled after 2 days of rest but came back today.", (L,)),
    ("Reason for absence: knee pain (R)\nStill symptomatic? Yes, mild ache", (R,)),
    ("Pain in knees?  Yes\nWhich knee?  Both", (R, L)),
    ("Pain in the contralateral knee x 10 days. A: Anterior knee pain contralateral to L ACL-R.", (R,)),
    ("Everyone on the night shift complains of sore knees.", ()),
    ("Had L knee pain as a student; R knee sore now.", (R,)),
    ("If you get knee pain, stop.", ()),
    ("knees R sore", (R,)),
    ("She and her husband both have knee pain. His is on the right.", (U,)),
    ("Date | Body part | Side | Injury\n07/11 | knee | R | swelling - no pain", ()),
    ("Pain body diagram - intake\n[38] Knee, anterior, R ...... MARKED  intensity 5", (R,)),
    ("| Check | Result |\n| R knee | healed scar |\n| Analgesia | paracetamol for port-site pain |", ()),
    ("R knee pain 6/10 at IA; she reports none at rest but 4/10 on stairs.", (R,)),
    ("Knee pain R 6/10. Other joints? None.", (R,)),
    ("R knee pain. None of the exercises help.", (R,)),
    ("R knee pain is over the medial joint line.", (R,)),
    ("R knee pain on stairs but walking has been fine for 2 weeks.", (R,)),
    ("knee pain N/V", (U,)),
    ("Cant take the van out today, knee's sore n swollen.", (U,)),
    ("Knee pain, wearing knee pads. The pain is worse when kneeling.", (U,)),
    ("R knee pain has not settled; worse on stairs.", (R,)),
    ("Region | Pain | Swelling\nR knee | x | -", (R,)),
    ("Pain check:  Back: 3/10   Knees: 0", ()),
    ("R knee pain N/A", (R,)),
    ("Knee pain (N/A)", (U,)),
    ("Pain in your knees in the last 7 days?  Yes [x]  No [ ]", (R, L)),
    ("knee pain Y - see notes", (U,)),
    ("Knee sore? Pt nods.", (U,)),
    ("Knee pain R - settled in the chair now, 4/10", (R,)),
    ("Bilateral knee pain at IA. Today none in either hip.", (R, L)),
    ("Follow-up: R knee still aching 4/10 on stairs. Night pain? None.", (R,)),
    ("Pain over the front right knee.", (R,)),
    ("My knee is sore. It was Jenny who told me to come.", (U,)),
    ("R knee pain. Seen by Dr Patel who is happy.", (R,)),
    ("Do you currently have pain in either knee?\n    Caller: Not currently, no.", ()),
    ("Side: Right / Left (delete as appropriate):\nKnee pain?  [x] Yes   [ ] No", (U,)),
    ("There was no swelling over the front of either kneecap, no effusion.", ()),
    ("Knee pain? Yes / No (delete as appropriate)", ()),
    ("Knee pain? Yes / No (delete as appropriate): No.  Side: Right / Left", ()),
    ("Side: Right / Left (delete as appropriate)\nKnee pain - yes", (U,)),
    ("Asking about R knee - gets pain when kneeling.", (R,)),
    ("Kneeling on my right knee - gets painful after a while.", (R,)),
    ("Physio - L knee pain improving, 3/10.", (L,)),
    ("Dr, my left knee still hurts on stairs.", (L,)),
    ("L knee pain. Dx: OA L, likely to need TKR in future.", ()),
    ("Hx R knee pain. Outcome: 3/10 on stairs.", (R,)),
    ("L knee pain since the fall in 2022. No knee pain now at rest.", (L,)),
    ("Knee pain 2019 after fall. Now: R knee sore again 4/10.", (R,)),
    ("Some knee pain may occur, which the physio says is normal after injection.", ()),
    ("Do you have knee pain? Yes. Does the person you care for have mobility problems? No", (U,)),
    ("L patellar dislocation 2021, treated in a brace; no further dislocation. Left knee aches on stairs.", (L,)),
    ("No swelling, pain or bruising of the R knee.", ()),
    ("Denies knee pain, swelling, or stiffness.", ()),
    ("(-) fever, (+) R knee pain", (R,)),
    ("L knee (-) pain", ()),
    ("Knee pain -> Yes", (U,)),
    ("R knee pain -> physio", (R,)),
    ("Return if worse.  Ice prn. | R knee pain", (R,)),
    ("Left knee hurt last season.", ()),
    ("R knee pain. r/o, meniscal tear", (R,)),
    ("Denies R knee pain, sore to touch over the shin.", ()),
    ("No knee pain, sore to touch over the shin.", ()),
    ("(-) fever (-) knee pain. Hip pain R.", ()),
    ("[ ] Knee pain. Hip pain on the right.", ()),
    ("(-) swelling (-) R knee pain; aching hip", ()),
    ("My right shoulder is sore and my left knee is fine.", ()),
    ("L knee sore, the left is fine now", ()),
    ("R knee sore, the right one is fine now", ()),
    ("Lab is normal, knee sore", (U,)),
    ("The vet nurse says my left knee is sore from kneeling.", (L,)),
    ("Seen by the vet with the dog. My left knee is sore.", (L,)),
    ("Where does it hurt?   Left knee", (L,)),
    ("Do you have knee pain at night, or when you kneel to garden?   No", ()),
    ("Knee pain (-), hip pain R", ()),
    ("pain at L4. no knee pain", ()),
    ("No knee pain, just sore after football", ()),
    ("Knee pain (-); R hip pain", ()),
    ("[ ] knee pain but R hip sore", ()),
    ("The right knee pain and swelling, both since Monday", (R,)),
    ("Knee pain and stiffness, both sides", (R, L)),
    ("Previous claims: none. Now R knee pain.", (R,)),
    ("Knee pain R\nRest pain: no", (R,)),
    ("Knee pain: no\nNight pain: no", ()),
    ("Pt stifled a laugh. L knee pain 4/10.", (L,)),
    ("Its knee pain again.", (U,)),
    ("Pain (NRS 0-10):\nSite | Flexion (deg) | Extension (deg)\nR knee | 120 | 0", ()),
    ("[ ] knee pain -> which? left", ()),
    ("Knee pain   N\nSide        L [x]   R [ ]", ()),
    ("Groom; kneels to check the horses' stifles all day, her L knee aches by evening.", (L,)),
    ("My knee is swollen. It is sore when flexed.", (U,)),
    ("Pain (NRS 0-10):\nSite | Pre-op (2021) | Today\nR knee | 8 | 3", (R,)),
    ("Today my left knee is sore", (L,)),
    ("If you ticked any box the nurse will call. Knee pain: no", ()),
    ("If any knee pain, call us.", ()),
    ("If any box ticked, call the nurse about knee pain.", ()),
    ("Knee pain (NRS 0-10)\nSite | Pre-op (2021) | Today\nR knee | 8 | 0", ()),
    ("Parents report they both have knee pain.", ()),
    ("R knee pain (approx.) since Monday", (R,)),
    ("If you ticked 'pain', call the nurse about your knee.", ()),
    ("VAS 0-100 mm completed for the hip", ()),
    ("L knee pain NRS 0/10 today", ()),
    ("Pain L knee. OA L knee - likely to need TKR", ()),
    ("Painful L TKA - possible loosening\nPlan: XR", ()),
    ("L knee sore 😩😩 can't sleep", (L,)),
    ("Witness: saw him fall, his right knee was painful and swollen.", (R,)),
    ("Hi it's Kerry, Jasmine's mum, she's been complaining her kneecap's sore, the one on the left", (L,)),
    ("Aspirate: no crystals, culture negative - septic arthritis excluded. L knee pain improving.", (L,)),
    ("No - an US for a Baker's cyst would not change management. R knee pain.", (R,)),
    ("Right knee pain - on feet all day, lots of stairs", (R,)),
    ("Asked with thumbs up/down whether the left knee hurt - thumbs up.", (L,)),
    ("c/o R knee sore at 0300, gave paracetamol, settled.", (R,)),
    ("Last year he denied pain anywhere except his right knee. Today: no pain at all.", ()),
    ("Calf pain - R, knee fine", ()),
    ("Bilateral knee pain after marathon. Right resolved 4/20; left resolved 4/25.", ()),
    ("Shoulder pain - which side? 'The left one.' Also some knee pain on stairs.", (U,)),
    ("Medial meniscal tear L knee - treated in 2018, resolved. L knee pain since a fall last week.", (L,)),
    ("Mum told me her knee hurts.", ()),
    ("c/o R knee pain, the pain went down the back of the leg", (R,)),
    ("Referred with bilat knee pain. After 6 sessions the swelling in the left knee has settled.", (R, L)),
    ("Referred with bilateral knee pain. Her husband's left knee has settled completely.", (R, L)),
    ("Pt says she told her dad his knee pain sounds like arthritis.", ()),
    ("Right hip and right knee examined - both ache", (R,)),
    ("Her parents both have sore knees.", ()),
    ("Pain at the back of my left knee since the fall.", (L,)),
    ("R knee pain after the fall. Now pain free.", ()),
    ("My knee pain usually means I have overdone it.", (U,)),
    ("R knee pain, now resolved but L knee aching", (L,)),
    ("Pain in my left knee since the fall.", (L,)),
    ("L knee pain after the fall, now resolved.", ()),
    ("L knee pain and bruising, now resolved.", ()),
    ("Denies knee pain but it's back to normal.", ()),
    ("No knee pain, but it's back pain that keeps him up.", ()),
    ("What bothers her most is the back of the right knee - a tight ache after long drives.", (R,)),
    ("Many have knee pain, including the patient.", (U,)),
    ("Attended 6 sessions for L knee pain. He reports no pain at rest. Discharged.", (L,)),
    ("[19:03] Kirsty: my left knee\n[19:03] Kirsty: so sore today", (L,)),
    ("R knee pain in 2019, settled.", ()),
    ("The ache finally left her knee last week.", ()),
    ("No knee pain; flare of gout in the toe x 2 days.", ()),
    ("Denies knee pain; now back to running.", ()),
    ("No knee pain, only swelling when kneeling.", ()),
    ("Mum checked her own knee, it is sore.", ()),
    ("Both knees painful; hip XR: OA.", (R, L)),
    ("Pain in many joints, knees worst.", (R, L)),
    ("L knee pain after the fall. Gone to physio.", (L,)),
    ("Hand-held dynamometer used. R hand pain.", ()),
    ("My knee is a pain to kneel on.", (U,)),
    ("Fell onto her back. Leg fine. R knee sore.", (R,)),
    ("Knees: L - fine. R - sore when kneeling.", (R,)),
    ("Pain both legs most days, worse at night.", ()),
    ("Fell on the back step, sore knee on the left.", (L,)),
    ("The pain is actually in the hip, not the knee.", ()),
    ("Knee pain last season, fine now.", ()),
    ("I am writing about my husband's knee. He has had R knee pain for months.", (R,)),
    ("Left knee still aching, the right one fine now.", (L,)),
    ("Worried about my knee pain.", (U,)),
    ("Knee pain worse on the left.", (U,)),
    ("Pain in the hip and the knee, not the ankle.", (U,)),
    ("Mum is worried about her own R knee pain.", ()),
    ("Denies knee pain except when kneeling on the R.", ()),
    ("She does not currently report knee pain but the R knee aches on stairs.", (R,)),
    ("Tender along the joint lines, no pain.", ()),
    ("Hgb 9.8 (L). Knee pain.", (U,)),
    ("Knees checked. Both fine.", ()),
    ("Hip pain; knee fine.", ()),
    ("Denies knee pain except when kneeling on the R.", ()),
    ("Injury not reported, L knee pain.", (L,)),
    ("Pain on the left and right knees.", (R, L)),
    ("Took Dad to the match, my R knee has been sore since.", (R,)),
    ("Lab (FBC) normal. R knee pain.", (R,)),
    ("Knee pain hasn't settled, still sore.", (U,)),
    ("Carol reports her own knee pain.", ()),
    ("Body part: knee\nDescribe: pain when kneeling. Hit my shin too.", (U,)),
    ("RA - involves hands and wrists. R knee pain after fall.", (R,)),
    ("L knee pain. Rheumatoid arthritis affecting hands, wrists.", (L,)),
    ("R knee pain. Knee joint pain-free on exam today, hip tender.", (R,)),
    ("Gout - at goal; gout not involving the knees. Bilateral knee pain.", (R, L)),
]


@pytest.mark.parametrize("text,codes", CASES)
def test_rules_stop_where_they_should(text: str, codes: tuple[str, ...]) -> None:
    assert code_note(text).codes == codes


def test_unusual_digits_in_cells_do_not_crash() -> None:
    """'²' is a digit to str.isdigit but not to int()."""
    assert code_note("Knee pain\nSite  R  L\nKnee  \u00b2  X\n\nBP   120/80").codes in ((U,), (L,))


PROBES = [json.loads(line) for path in REVIEW_SETS for line in path.read_text(encoding="utf-8").splitlines()]


def test_review_probes_stay_right(request: pytest.FixtureRequest) -> None:
    """One test for all the probes (thousands of short notes): the message lists every one now wrong.
    A whole run codes them in the background from its start (conftest.py, blind_run.py); alone, this
    test codes half on each core."""
    assert len(PROBES) >= 250
    run = request.config.stash.get(BLIND_RUN, None)
    if run is None:
        with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
            wrong = [line for share in pool.map(wrong_probes, [PROBES[0::2], PROBES[1::2]]) for line in share]
    else:
        share = request.config.stash[BLIND_SHARE]
        code_unclaimed(list(map(str, REVIEW_SETS)), share)
        total, wrong = gathered(list(map(str, REVIEW_SETS)), share, run)
        assert total == len(PROBES)
    assert not wrong, "\n".join(wrong)
