"""Stage anatomy: a pain word is tied to the body site it is about."""

from __future__ import annotations

import pytest

from kneecode.pipeline import annotate
from kneecode.pipeline.anatomy import Linker


def attached(text: str, lex) -> list[tuple[str, list[str], str]]:
    note = annotate(text, lexicon=lex, until="fields")
    assert note.matches and note.sentences and note.sections
    linker = Linker(note.sentences, note.sections, note.matches, lex, note.fields)
    out = []
    for hit in note.matches.terms:
        if hit.category == "pain":
            att = linker.attach(hit)
            out.append(
                (hit.match.span.text, [s.match.span.text for s in att.sites] if att else [], att.how if att else "")
            )
    return out


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Right knee pain.", [("pain", ["knee"], "before")]),
        ("Pain in the back of the right knee.", [("Pain", ["knee"], "after")]),
        ("My right knee has been hurting.", [("hurting", ["knee"], "before")]),
        ("Left wrist pain and knee pain.", [("pain", ["wrist"], "before"), ("pain", ["knee"], "before")]),
        ("Pain in the right hip and knee.", [("Pain", ["hip", "knee"], "after")]),
        ("Right hip and knee pain.", [("pain", ["knee", "hip"], "before")]),
        ("Pain with kneeling at church.", [("Pain", [], "")]),
        ("Getting around with a knee scooter, pain controlled.", [("pain", [], "")]),
        ("Triage pain score 7/10, left knee.", [("pain", ["knee"], "after")]),
        ("Can't lie back due to sore R knee.", [("sore", ["knee"], "after")]),  # 'lie back' is no back
        ("Says bending her R knee for long is painful.", [("painful", ["knee"], "before")]),
        ("Pain seems to be in her R knee.", [("Pain", ["knee"], "after")]),
        ("Kneeling on his L knee for more than a few minutes is painful.", [("painful", ["knee"], "before")]),
        (
            "OT home assessment: fully bending her L knee to put on her shoes is painful.",
            [("painful", ["knee"], "before")],
        ),
        ("[x] painful/swollen joint - site: L knee", [("painful", ["knee"], "after")]),
        ("Joint pain (hips, knees)? Yes", [("pain", ["hips", "knees"], "after")]),  # the joints the bracket names
        ("Left knee: full ROM, flexion limited by pain.", [("pain", ["knee"], "subject")]),
        ("Her right knee started last month and it aches at night.", [("aches", ["knee"], "pronoun")]),
        ("Dx: gonalgia.", [("gonalgia", ["gonalgia"], "self")]),
        ("Right leg pain below the knee.", [("pain", ["leg"], "before")]),
        ("Calf swelling and pain behind the right knee.", [("pain", ["knee"], "after")]),
        # a knee an exception sets apart from the pain
        ("Denies pain anywhere except his right knee.", [("pain", ["knee"], "except")]),
        ("Denies joint pain except the left knee.", [("pain", ["knee"], "except")]),
        ("No pain, except for the knee.", [("pain", ["knee"], "except")]),
        ("Pain with kneeling, except on Sundays.", [("Pain", [], "")]),  # what is set apart is no site
        # a relative clause set off by commas between the knee and its pain
        ("Her right knee, which has never been operated on, aches daily.", [("aches", ["knee"], "before")]),
        # a gesture later in the sentence shows where a pain with no site of its own is
        ("Sharp pain when kneeling, and points to the front of both kneecaps.", [("pain", ["kneecaps"], "after")]),
        ("Pain when kneeling, and points to her shin.", [("Pain", [], "")]),
        # a later sentence says which knee the pain is
        ("Pain since August, worse on stairs. It's the left knee by the way.", [("Pain", ["knee"], "after")]),
        ("It hurts when I kneel. Asked whether it's the knee: no, the feet.", [("hurts", [], "")]),
        (
            "1. throbbing pain, worse at night\n2. swelling\nAsked where: all in the right knee.",
            [("throbbing", [], ""), ("pain", ["knee"], "after")],
        ),
        # a heading naming only a pain score over a row per knee: the knees scored above zero
        ("Pain scores\nKnee L 0/10\nKnee R 6/10", [("Pain", ["Knee"], "heading")]),
        ("Pain scores\nKnee L 3/10\nKnee R 6/10", [("Pain", ["Knee", "Knee"], "heading")]),
        ("Pain scores:\nR knee 6/10 at initial eval, 0/10 today", [("Pain", [], "")]),
        ("Pain scores\nKnee L 0/10\nKnee R 4/10 today (8/10 at initial eval)", [("Pain", ["Knee"], "heading")]),
        # rows led by dots, numbers or the side after a comma or in brackets, among other sites' rows
        (
            "Pain by site:\n  #1  Knee (R) ........ 8\n  #2  Low back ........ 5",
            [("Pain", ["Knee", "Low back"], "heading")],
        ),
        (
            "pain 0-10\nShoulder, right:   -\nKnee, right:       7\nKnee, left:        -",
            [("pain", ["Knee"], "heading")],
        ),
        # a pain said again of the knee after another site's; a site that only anchors which knee
        ("My left shoulder hurts and so does my knee.", [("hurts", ["shoulder", "knee"], "after")]),
        ("My back aches and my knee too.", [("aches", ["back", "knee"], "after")]),
        ("My hip hurts and my knee is fine.", [("hurts", ["hip"], "before")]),
        ("Now the knee on the opposite side to my new hip is aching.", [("aching", ["knee"], "before")]),
        ("My shoulder hurts and my knee does as well.", [("hurts", ["shoulder", "knee"], "after")]),
        # a score heading's rows: the sites scored above zero, when a row scores a knee
        ("Pain scores\nL knee ...... 0\nL calf ...... 5", [("Pain", ["calf"], "heading")]),
        ("Pain scores (Ella):\nR knee ...... 5", [("Pain", ["knee"], "heading")]),
        ("PAIN BODY MAP - follow-up\n  Region 53  Left knee (posterior) .... 5/10", [("PAIN", ["knee"], "heading")]),
        # a pain that takes in the knees; a side standing alone for the knee just named
        ("Leg pain including behind both knees.", [("pain", ["Leg", "knees"], "after")]),
        ("R knee fine, left aching.", [("aching", ["knee"], "subject")]),
        # a denial opens a statement of its own: the pain asked about before it is not its knees'
        (
            "Asked about pain - denies pain, including knees.",
            [("pain", [], ""), ("pain", ["knees"], "after")],
        ),
        # a site a clause of its own denies after the pain is not its site: the knee the field names is
        ("Site: knee. Nature: aching, no wound.", [("aching", ["knee"], "subject")]),
        # a leg placed at its knee is the knee's; a lay landmark of the knee ("the crease at the back of")
        ("an ache in the back of my right leg behind the knee", [("ache", ["knee"], "after")]),
        ("the pain starts in the crease at the back of my left knee", [("pain", ["knee"], "after")]),
        # a leg past a comma and an adverb's place, at a face of its knee; a place quoted or "localised to"
        ("a dull ache at the back of my left leg, right behind the knee", [("ache", ["knee"], "after")]),
        ("aching in the right leg at the front of the knee", [("aching", ["knee"], "after")]),
        ("his left leg hurts 'at the knee' after football", [("hurts", ["knee"], "after")]),
        ("c/o R leg pain localised to the knee joint line", [("pain", ["knee joint"], "after")]),
        # a joint's aches beside a knee with a pain of its own
        ("Joint aches or knee pain can occur", [("aches", ["Joint"], "before"), ("pain", ["knee"], "before")]),
        # joints named after an equals sign; a short activity, then a colon and the knee
        ("painful joints = both knees, L wrist", [("painful", ["knees", "wrist"], "after")]),
        ("Pain on kneeling: L knee 4/10", [("Pain", ["knee"], "after")]),
        # a relative clause before a place copula; "med." as medial, not a medication
        ("the pain that wakes him at night is in his right knee", [("pain", ["knee"], "after")]),
        ("R knee: discomfort med. aspect", [("discomfort", ["knee"], "before")]),
        # the clause after a semicolon opens with its own knee
        (
            "it is his left knee that hurts; the right knee was not injured and has no pain",
            [("hurts", ["knee"], "before"), ("pain", ["knee"], "subject")],
        ),
        # a pain word alone opening the sentence after the knee's
        ("Caught L knee on plinth edge. Sore, small red mark.", [("Sore", ["knee"], "subject")]),
        # round 227: a knee knelt on; a second site after "also in"; a gesture that shows
        ("Painful to kneel on the R knee.", [("Painful", ["knee"], "after")]),
        ("Pain mainly in the hip, also in the L knee", [("Pain", ["hip", "knee"], "after")]),
        ("pain on kneeling - shows me the front of both knees", [("pain", ["knees"], "after")]),
        # round 228: a face of the kneecap
        ("Pain at the bottom of the L kneecap", [("Pain", ["kneecap"], "after")]),
        # round 230: a comma clause with its own owner; a fragment's pain and when it hurts; the rows of a table under
        # a pain-score heading, past the table's own header
        ("I am not come tomorrow, my knee is too much pain.", [("pain", ["knee"], "subject")]),
        ("R knee swollen. Sore to kneel on.", [("Sore", ["knee"], "subject")]),
        # round 231: ... and since when
        ("Fell on my L knee. Sore since Monday.", [("Sore", ["knee"], "subject")]),
        (
            "Pain scores (NRS 0-10):\nSite | Side | Rest | Activity\nKnee | R | 0 | 0\nKnee | L | 2 | 5",
            [("Pain", ["Knee"], "heading")],
        ),
        # round 235: a greeting without a comma; a row's cells after a pipe
        ("Boss my rt knee is stuffed, been sore all week.", [("sore", ["knee"], "subject")]),
        ("Student: Aria K. | Body part: knee | Side: both | Description: aching", [("aching", ["knee"], "subject")]),
        # round 239: past a form's instruction in brackets to the options (the one chosen is picked later)
        ("Pain site (circle one): neck | back | knee => knee", [("Pain", ["neck"], "after")]),
        # round 246: a message that greets the physio; a dash ends the doing before the knee
        ("physio, my knees are wrecked, both aching", [("aching", ["knees"], "subject")]),
        ("Asking about knee pads - gets pain when kneeling", [("pain", [], "")]),
        # round 247: both sides named before one knee, the subject of its sentence
        ("My right and left knee are inflamed and sore.", [("sore", ["knee"], "subject")]),
        # round 248: every site of a coordinated subject
        ("My right shoulder and left knee are inflamed and sore.", [("sore", ["shoulder", "knee"], "subject")]),
        # round 250: a message's first word before "my" greets whom it is to
        ("Steve my rigth kneee is givin me pian since fri", [("pian", ["kneee"], "subject")]),
        # round 253: sites a dash lists after the pain; a knee's lay adjective before the subject
        ("Joint pains x3 weeks - wrists, fingers and knee.", [("pains", ["wrists", "fingers", "knee"], "after")]),
        ("Dodgy knee flaring up again - sore as anything.", [("sore", ["knee"], "subject")]),
        # round 254: "both" after two knees named, past a copula
        ("Left knee clicks and the right knee gives way - both are sore.", [("sore", ["knee", "knee"], "subject")]),
        # round 257: "already" between a knee and its pain; a reporting verb before the subject
        ("Hips sore, R knee is already aching.", [("sore", ["Hips"], "before"), ("aching", ["knee"], "before")]),
        ("Pt reports stiffness in both knees in the mornings, with a dull ache.", [("ache", ["knees"], "subject")]),
        # round 258: "Knees:" over a row a side opens; "either" before the knee
        ("Knees:\nR - sore when kneeling.", [("sore", ["Knees"], "heading")]),
        ("Pain in either knee when squatting.", [("Pain", ["knee"], "after")]),
        # round 259: the knees a limb's pain is worst in; "actually" between a pain and its knee
        ("Pain both legs most days, esp the knees.", [("Pain", ["knees"], "after")]),
        ("The pain is actually in the right knee.", [("pain", ["knee"], "after")]),
        # round 260: the joint lines of the knees; a knee set apart from the pain
        (
            "Both knees tender along the medial joint lines, painful on squat.",
            [("painful", ["medial joint lines"], "before")],
        ),
        ("Pain: hands, not the knees.", [("Pain", ["hands"], "after")]),
        # round 261: a side after the pain before "and"; "Both" after a sentence of plural knees
        (
            "c/o knee pain on the right and a sore left ankle.",
            [("pain", ["knee"], "before"), ("sore", ["ankle"], "after")],
        ),
        ("Saw Mr A re knees. Both painful x 1 yr.", [("painful", ["knees"], "subject")]),
        # round 263: sites scored after a pain word; when it hurts, then where; a label over sites with findings of
        # their own
        ("Pain in left knee 0/10, right knee 6/10.", [("Pain", ["knee"], "after")]),
        ("Pain at night in the R knee.", [("Pain", ["knee"], "after")]),
        ("Pain today: R knee 6/10", [("Pain", ["knee"], "after")]),
        # round 264: the knee named as the one meant
        ("been hurting for 3 weeks now, the knee I mean", [("hurting", ["knee"], "after")]),
        # round 266: what is left after a denial; the subject of a line under a label; one of knees said fine
        ("Left knee checked after the fall. Not swollen, just sore.", [("sore", ["knee"], "subject")]),
        (
            "Please list any injuries:\nleft knee op 2016 - fine for years but starting to ache again.",
            [("ache", ["knee"], "subject")],
        ),
        ("Knees fine. The right one is sore though.", [("sore", ["Knees"], "pronoun")]),
        # round 270: a knee with a clause of its own; a wound the bracket denies; a crawling posture
        ("Pain in her L hip, and her knee is grazed.", [("Pain", ["hip"], "after")]),
        ("Injury type: Pain (no wound)", [("Pain", [], "")]),
        ("Crawl space (on elbows and knees). Squat limited by pain.", [("pain", [], "")]),
        # round 271: a zero scored before a site of a list; an aside about the knee before it; standing
        ("Pain: elbow 4/10 on grip; 0/10 knees today.", [("Pain", ["elbow"], "after")]),
        ("R knee 0-130 (end range flexion painful), L knee 0-140.", [("painful", ["knee"], "before")]),
        # round 275: a face of the knee after "mainly"; a chest freezer is no site
        ("LLE pain since Sunday - mainly the outside of the L knee.", [("pain", ["knee"], "after")]),
        ("Did my left knee lifting tubs out the chest freezer, its proper sore.", [("sore", ["knee"], "subject")]),
        # round 276: a sided "one" after a knee said fine; a knee screen called clear; a value per side
        ("The right knee is fine now. But the left one is aching.", [("aching", ["knee"], "pronoun")]),
        ("O: Resisted abd reproduces pain. Knee screen clear.", [("pain", [], "")]),
        ("ROM knees: R 0-135, L 0-110 (pain at end of flexion).", [("pain", ["knees"], "before")]),
        # round 280: "in it" after the knee; an examination label
        (
            "No discomfort in the L knee swimming but she gets discomfort in it on the bike.",
            [("discomfort", ["knee"], "after"), ("discomfort", ["knee"], "pronoun")],
        ),
        ("Exam of knee: Lachman firm, pain with resisted extension.", [("pain", ["knee"], "subject")]),
        # round 281: minutes before the pain; 'clearly'; 'hers'; a side alone before an elided subject
        ("Morning stiffness in both knees <20 min, aching after shifts.", [("aching", ["knees"], "before")]),
        ("The pain is clearly in the knee.", [("pain", ["knee"], "after")]),
        ("Her mum had bad knees. She says hers hurt too now.", [("hurt", ["knees"], "pronoun")]),
        ("knee's in bits. right one. proper sore going down stairs", [("sore", ["knee"], "subject")]),
    ],
)
def test_attachment(text: str, expected, lex) -> None:
    assert attached(text, lex) == expected
