"""Records of forms: the lines of one block of fields, and the body site they are about.

Shared by the anatomy stage ("Quality: Aching" is pain of the record's knee) and the
laterality stage ("Side: R" is the side of the record's knee).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from ..lexicon.grammar import FieldGrammar
from ..note import CheckItem, Fields, Matches, TermHit, Tokens
from ..text import CALENDAR_YEAR, arrow_ending, bracketed, in_brackets

GENERIC_SITES = frozenset({"joint", "joints", "muscle"})  # sites a form names more closely elsewhere
AFTER_LINES = 3  # a form's site may follow closely: "Pain present: Yes" above "Location: Knee"
CHILD_LINES = 20  # lines indented under a question are its answers, however many: a checklist of sites
_VALUE_LEAD = 2  # words that may stand before the site opening a value: "Site: BL knees", "Loc: L post knee"
# between a yes and the side or site that qualifies it: "Knee pain? Yes - right", "Yes, the left one"
ANSWER_GLUE = frozenset(
    {"-", ",", "(", ":", "/", "|", "the", "my", "her", "his", "in", "at", "on"}
)  # "Yes, in my right knee"
_QUESTION_KEY = re.compile(r"q?\d{1,2}[a-z]?")  # a question's number that a later answer repeats: "q7", "12", "q12a"
_KEY_MARKS = frozenset({".", ":", ")"})  # after a question's number: "Q7.", "7)", "Q7:"


# A date as clinical documents write it: "10/06", "02/10/2025" (day or month first), "2025-03-19", "12.05.2024"
# (day first, as Europe writes it with dots).
DATE = r"(?:(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}))\b"
_DATE_ALONE = re.compile(DATE + r"\Z")


def year_of(y: str | None) -> int:
    """A written year ("24", "2024"); 0 when none is written."""
    if not y:
        return 0
    return int(y) + 2000 if len(y) == 2 else int(y)


def day_first(found_at: Sequence[re.Match[str] | None]) -> bool:
    """Are a document's slashed dates written day first: one of them cannot be month first ("13/03", "15/05/2025")?"""
    return any(f is not None and f.group(1) and int(f.group(1)) > 12 for f in found_at)


def date_of(found: re.Match[str], first_is_day: bool, year: int = 0) -> tuple[int, int, int] | None:
    """(year, month, day) of a DATE match, the year ``year`` when none is written; None when it is no calendar date."""
    m, d, y, iy, im, iday, dd, dm, dy = found.groups(default="")
    if iy:
        new = (int(iy), int(im), int(iday))
    elif dy:
        new = (year_of(dy), int(dm), int(dd))
    elif first_is_day:
        new = (year_of(y) or year, int(d), int(m))
    else:
        new = (year_of(y) or year, int(m), int(d))
    return new if 1 <= new[1] <= 12 and 1 <= new[2] <= 31 else None


_NAMED_DATE = re.compile(r"(\d{1,2}) ([a-z]{3})[a-z]*\.?(?: (\d{4}))?\Z")  # "12 Jan 2025", "9 march"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def dates_alone(texts: Sequence[str]) -> list[tuple[int, int, int]] | None:
    """The (year, month, day) of texts that are each a date and nothing else (a table's first column: "02/03",
    "3/24/25", "12 Jan 2025"), slashed ones read with the texts' convention of day or month first; None unless every
    text is one."""
    found_at = [_DATE_ALONE.match(t.strip()) for t in texts]
    first_is_day = day_first(found_at)
    dates: list[tuple[int, int, int]] = []
    for text, found in zip(texts, found_at, strict=True):
        named = None if found is not None else _NAMED_DATE.match(" ".join(text.lower().split()))
        if named is not None and named.group(2) in _MONTHS:
            date = (year_of(named.group(3)), _MONTHS.index(named.group(2)) + 1, int(named.group(1)))
        elif found is not None and (parsed := date_of(found, first_is_day)) is not None:
            date = parsed
        else:
            return None
        dates.append(date)
    return dates


def past_question_key(words: list[str], a: int, b: int) -> int | None:
    """The first token after the question number that opens the line [a, b) ("Q7. Pain ...", "7) left", "Q1 yes"),
    or None: a bare number must have its mark and words after it ("7 Pain" is no question's number)."""
    if b - a < 2 or not _QUESTION_KEY.fullmatch(words[a]):
        return None
    if words[a + 1] in _KEY_MARKS:
        return a + 2 if b - a >= 3 else None
    return a + 1 if words[a][0] == "q" else None


def past_gloss(words: list[str], a: int, b: int, known: Callable[[int], bool]) -> int:
    """Where an answer starts in [a, b) when a bilingual form writes it twice, a gloss the reading
    does not know, "/", then a word it knows ("[x] Chwith / Left", "Vasen / Left", "خیر / No"): past
    the gloss; else a."""
    if a + 2 < b and words[a + 1] == "/" and not known(a) and known(a + 2):
        return a + 2
    return a


def is_score(word: str) -> bool:
    """A pain score of 0 to 99 ("6", "10"); not "²", which str.isdigit also accepts."""
    return word.isascii() and word.isdigit() and len(word) <= 2


def dated_aside(words: list[str], a: int, b: int, past_marks: frozenset[str]) -> bool:
    """Does a heading in tokens [a, b) hold a bracketed aside that dates it ("Pain rating (at last visit, March
    2022)"): a past mark or a year in brackets, so that the scores under it are not of now?"""
    return any(
        words[k] not in "()[]" and (words[k] in past_marks or CALENDAR_YEAR.fullmatch(words[k]))
        for k in in_brackets(words, range(a, b))
    )


def sites_in(matches: Matches, a: int, b: int) -> list[TermHit]:
    """Body sites (knee or other) that start in tokens [a, b)."""
    starts = matches.site_starts
    return list(matches.sites[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])


def unchecked(fields: Fields, token: int) -> bool:
    item = fields.item_of(token)
    return item is not None and not item.checked


def follow_up_labels(g: FieldGrammar) -> frozenset[str]:
    """Words of a follow-up label that asks where or for detail after a question's yes ("If yes, where?",
    "Which joint(s)?", "Please specify:", "Details:")."""
    return g.location_labels | g.which_words | g.detail_labels


def ticked(fields: Fields, token: int) -> bool:
    item = fields.item_of(token)
    return item is not None and item.checked


LineSites = dict[tuple[int, bool], list[TermHit]]  # (line, read as a title) -> its record sites


def record_site(
    fields: Fields,
    matches: Matches,
    token: int,
    reach: int,
    previous_block: bool = False,
    cache: LineSites | None = None,
    keep: Callable[[TermHit], bool] | None = None,
    location_labels: frozenset[str] = frozenset(),
    names_site: Callable[[TermHit], bool] | None = None,
    title_words: frozenset[str] = frozenset(),
) -> TermHit | None:
    """The nearest body site named in a field or a ticked box of the same block as ``token``:
    on the lines before it (up to ``reach``), else on the few lines just after it. Sites in
    unchecked boxes do not count. With ``previous_block``, a block that opens with ``token``'s
    line and names no site on the few lines read after it ("Side: [x] Bilateral" set apart by
    blank lines, "Which side?  Left / How long?  5 months" under a pain-location checklist)
    belongs to the record above it. ``keep``
    passes over sites the caller cannot take (the search goes on past them); ``names_site`` does
    so once per line, for a caller that always passes the same one with its ``cache``. A title line
    may hold ``title_words`` besides its complaint ("KNEE PAIN ASSESSMENT FORM" over "Side: Left")."""
    line = fields.line_of[token]
    block = fields.block_of_line[line]
    cache = {} if cache is None else cache  # each line's record sites, read once per caller
    if previous_block and line and fields.block_of_line[line - 1] != block:
        found = _record_site(
            fields, matches, token, reach, line, block, cache, keep, names_site, title_words, location_labels
        )
        if found is not None or _names_site(fields, matches, block, line, line + AFTER_LINES, location_labels):
            return found
        previous = fields.lines[line - 1][0]
        return _record_site(
            fields, matches, previous, reach, line - 1, block - 1, cache, keep, names_site, title_words, location_labels
        )
    return _record_site(
        fields, matches, token, reach, line, block, cache, keep, names_site, title_words, location_labels
    )


def _names_site(
    fields: Fields, matches: Matches, block: int, line: int, last: int, location_labels: frozenset[str]
) -> bool:
    """Does the block name a body site on lines ``line`` to ``last``, or ask for one ("Site:
    antecubital" under "Side: R": a record of its own)? A joint in general is none: "If you ticked a joint, which
    side?" asks after the joint ticked above."""
    n = line
    while n <= last and n < len(fields.lines) and fields.block_of_line[n] == block:
        a, b = fields.lines[n]
        if any(h.value not in GENERIC_SITES for h in sites_in(matches, a, b)):
            return True
        asked = [i for i in range(a, b) if fields.in_label[i] and matches.words[i] in location_labels]
        if asked and not in_brackets(matches.words, range(a, b)).issuperset(asked):
            return True  # (not "Side (if joint pain ticked):", a label's instruction)
        n += 1
    return False


def _line_sites(fields: Fields, matches: Matches, n: int, title: bool) -> list[TermHit]:
    """The sites of line n that can name a record's site: in a field, a box or a title line; of a
    list of options, the ones circled ("hip / (knee) / ankle", "hip / (circled) knee / ankle")."""
    return chosen_options(matches, _field_sites(fields, matches, n, title))


def chosen_options(matches: Matches, sites: list[TermHit]) -> list[TermHit]:
    """Of sites offered as options ("hip / knee / ankle"), the ones circled when any of the options is:
    "hip / (knee) / ankle", "hip / (circled) knee", "hip / knee [circled] / ankle"; otherwise all of them."""
    if not sites:
        return sites
    in_options = any(_in_options(matches, h) for h in sites)
    if not in_options and "|" not in matches.words[sites[0].end : sites[0].end + 2]:  # "neck | back | knee => knee"
        return sites
    offered = _option_run(matches, sites[0])
    if not in_options or not any(_circled(matches, h) for h in offered):
        # "hip / knee / ankle / other -> other (calf)": none of the sites offered was chosen, only the site written
        # after the arrow (not a landmark after it: "other (shin, just below the left knee)")
        arrow = _arrow_in_run(matches.words, offered)
        return sites if arrow is None else [h for h in offered if h.start > arrow][:1]
    kept = [h for h in sites if not _in_options(matches, h) or _circled(matches, h)]
    return kept or [h for h in offered if _circled(matches, h)]  # "shoulder / (hip) / knee": the hip's pain


def _in_options(matches: Matches, h: TermHit) -> bool:
    """Is the word one of "/"-separated options: a "/" after it, or before it past brackets and a mark that it
    was circled ("hip / (circled) knee")?"""
    words = matches.words
    k = h.start - 1
    while k >= 0:
        if k >= 2 and _mark(matches, k - 2):
            k -= 3  # "(circled)"
        elif words[k] in ("(", ")", "[", "]"):
            k -= 1
        else:
            break
    return _after_option(matches, h.end) == "/" or (k >= 0 and words[k] == "/")


def unchosen_option(matches: Matches, hit: TermHit) -> bool:
    """Is the word one of "/"-separated options ("(swelling) / pain / (stiffness) / locking") of which
    others are circled and it is not?"""
    if not _in_options(matches, hit) or _circled(matches, hit):
        return False
    return any(_circled(matches, h) for h in _option_run(matches, hit, _OPTION_KINDS))


_OPTION_KINDS = ("knee_site", "other_site", "pain", "symptom")


def _option_run(matches: Matches, site: TermHit, kinds: tuple[str, ...] = ("knee_site", "other_site")) -> list[TermHit]:
    """The sites (or other terms) of the "/"-separated options a site is one of, on its side of any line
    break."""
    words, out = matches.words, []
    a = site.start
    while a > 0 and words[a - 1] not in (":", "?", "\n") and site.start - a < _OPTION_REACH:
        a -= 1
    b = site.end
    while b < len(words) and words[b] not in (":", "?", ".") and b - site.end < _OPTION_REACH:
        b += 1
    for i in range(a, b):
        h = matches.hit_at(i)
        if h is not None and h.start == i and h.category in kinds:
            out.append(h)
    return out


_OPTION_REACH = 24  # tokens either side of an option within which the others offered with it stand


def _after_option(matches: Matches, k: int) -> str:
    """The word after an option ending at token k, past a mark that it was circled ("knee [circled] /")."""
    words = matches.words
    if k + 2 < len(words) and words[k] in ("(", "[") and words[k + 2] in (")", "]") and words[k + 1].isalpha():
        k += 3
    return words[k] if k < len(words) else ""


def _circled(matches: Matches, h: TermHit) -> bool:
    """Is an option marked as chosen by brackets: "(knee)", or a bracketed word before or after it that is
    no term ("(circled) knee", "knee [circled]")?"""
    words = matches.words
    if 1 < h.start and h.end + 1 < len(words) and bracketed(words, h.start, h.end):
        return "/" in (words[h.start - 2], words[h.end + 1])  # an option among others: "hip / (knee) / ankle"
    k, e = h.start, h.end  # a mark between options, not an instruction before them: "(circle) Hip / Knee"
    before = k >= 4 and words[k - 4] == "/" and _mark(matches, k - 3)
    after = e + 2 < len(words) and _mark(matches, e) and (e + 3 == len(words) or words[e + 3] in ("/", ".", ","))
    return before or after or _after_arrow(words, k)


def _arrow_in_run(words: list[str], offered: list[TermHit]) -> int | None:
    """Where an arrow after "/"- or "|"-separated options stands among a run of sites ("hip / knee / ankle / other ->
    other (calf)"), else None."""
    if not offered:
        return None
    for i in range(offered[0].end, offered[-1].start):
        if arrow_ending(words, i) is not None:
            between = words[offered[0].end : i]
            return i if "/" in between or "|" in between else None
    return None


def _after_arrow(words: list[str], k: int) -> bool:
    """Is token k the answer after an arrow that ends a run of options ("hip / knee / ankle -> hip")?"""
    arrow = arrow_ending(words, k - 1)
    return arrow is not None and "/" in words[max(0, arrow - _OPTION_REACH) : arrow]


def _mark(matches: Matches, k: int) -> bool:
    """Is there a bracketed word at token k that is no term ("(circled)", "[circled]")?"""
    words = matches.words
    return (
        words[k] in ("(", "[")
        and k + 2 < len(words)
        and words[k + 2] in (")", "]")
        and words[k + 1].isalpha()
        and matches.hit_at(k + 1) is None
    )


def _field_sites(fields: Fields, matches: Matches, n: int, title: bool) -> list[TermHit]:
    return [
        h
        for h in sites_in(matches, *fields.lines[n])
        if h.value not in ("joint", "muscle", "body")  # "Joint pain? Yes / Where? Knee", "Body area: Knee"
        and (
            title
            or fields.field_of(h.start) is not None
            or fields.item_of(h.start) is not None
            or boxed_site(fields, n, h, matches)
        )
        and not unchecked(fields, h.start)
        and not _all_boxes_empty(fields, h.start)
        and not _row_boxes_empty(fields, matches, n, h)
    ]


def _record_site(
    fields: Fields,
    matches: Matches,
    token: int,
    reach: int,
    line: int,
    block: int,
    cache: LineSites,
    keep: Callable[[TermHit], bool] | None,
    names_site: Callable[[TermHit], bool] | None = None,
    title_words: frozenset[str] = frozenset(),
    location_labels: frozenset[str] = frozenset(),
) -> TermHit | None:
    before = range(line - 1, max(-1, line - 1 - reach), -1)
    # Lines indented under this one are its own sub-fields ("Pain today: Y" above an indented
    # "Location: Knee"): they come before the lines above, which are other records' fields.
    children = _indented_under(fields, line)
    # The lines just after, and the checklist indented under a prompt among them ("Location
    # (tick all that apply):" over "  Knees  R [x]  L [x]", "Where?" over "[ ] Back" and "[x] Knee").
    after: list[int] = []
    for n in range(line + 1, min(len(fields.lines), line + 1 + AFTER_LINES)):
        after.append(n)
        if matches.words[fields.lines[n][1] - 1] in (":", "?"):
            after += _indented_under(fields, n) or _boxes_under(fields, n)
            break
    own_label = _opening_label(fields, matches, line)
    fallback: TermHit | None = None  # a site in prose past a stop on the pain's own line, when no field names one
    for n in (line, *children, *before, *after):
        if fallback is not None and n > line and n not in children:
            return fallback  # (the lines after say other things: "Likes: ... having her hand held")
        if fields.block_of_line[n] != block:
            continue
        if n != line and own_label and _opening_label(fields, matches, n) == own_label:
            continue  # a row of its own: "Problem: Knee pain | Laterality: Right" over "Problem: ... | Left"
        title = n != line and title_line(matches, fields.lines[n][0], fields.lines[n][1], title_words)
        key = (n, title)
        if key not in cache:  # a long line of many fields is read once, not once per field
            sites = _line_sites(fields, matches, n, title)
            cache[key] = sites if names_site is None else [h for h in sites if names_site(h)]
        found = cache[key] if keep is None else [h for h in cache[key] if keep(h)]
        if n == line:
            # "If you ticked a joint, which side?": a joint in the question asks after the one ticked above; another
            # site in prose a full stop after the pain tells what happened ("Describe the injury: Pain and swelling.
            # Caught my foot in a hole")
            found = [h for h in found if not (h.value in GENERIC_SITES and fields.in_label[h.start])]
            k = _after(found, token)
            if (
                k < len(found)
                and (stop := _stop_before(matches, token, found[k])) is not None
                and _block_locates(fields, matches, (line, *before, *after), block, location_labels)
            ):
                # in a record whose field names its body part ("Part of body injured: Ankle"), a site in prose past a
                # stop after the pain tells what happened ("Pain and swelling. Knee gave way", "Caught my foot in a
                # hole"), unless no line before names one
                fallback = found[k] if found[k].category == "knee_site" else None
                found = [h for h in found if h.start < stop]
            if k < len(found):
                if fields.in_label[found[k].start] and (located := [h for h in found if _located(fields, h)]):
                    # "Body part: ankle. Complaint: pain. Side: left. Knee: not injured": the line's location
                    # field, not a later field's own label
                    return next((h for h in located if h.start > token), located[-1])
                return found[k]  # "Where is your pain? Knee"
            # else the record's own label on the line ("Left knee: Flexion 0-130. Pain on exam: [X]
            # Yes"), its location field ("location=BL knees|quality=achy"), or its ticked item ("Knee pain
            # [x]   L / R / Both: L")
            found = next(
                (
                    [found[j]]
                    for j in range(k - 1, -1, -1)
                    if fields.in_label[found[j].start] or _located(fields, found[j]) or ticked(fields, found[j].start)
                ),
                [],
            )
        if found:
            return found[-1] if n <= line else found[0]
    return fallback


def _opening_label(fields: Fields, matches: Matches, line: int) -> tuple[str, ...]:
    """The words of the label a row opens with ("Problem:"), or () for a line that is no row of
    several fields ("Site: Knee" over "Site: Right" is one record)."""
    a, b = fields.lines[line]
    if not fields.in_label[a]:
        return ()
    k = fields.field_at[a]
    label = fields.fields[k].label
    if label[0] != a or k + 1 >= len(fields.fields) or fields.fields[k + 1].line != line:
        return ()  # a row has more fields after its label: "Problem: Knee pain | Laterality: Right"
    return tuple(matches.words[label[0] : label[1]])


def _stop_before(matches: Matches, token: int, site: TermHit) -> int | None:
    """Where the full stop is that sets the site in prose apart from the token before it (not a field's value: "Pain
    6/10. Site: knee", nor past a run of leader dots: "Where do you hurt? ........ Knee"), or None."""
    words, k = matches.words, site.start - 1
    while k > token and (matches.category_at(k) == "side" or words[k] in ("the", "his", "her", "my")):
        k -= 1  # "Site: L knee", "(both knees)"
    if words[k] in (":", "-", "=", "|", "(") or words[k] == "." and words[k - 1] == ".":
        return None  # a field's value, or past leader dots
    return next(
        (
            k
            for k in range(token + 1, site.start)
            if words[k] in (".", ";") and words[k - 1] != "." and (k + 1 >= len(words) or words[k + 1] != ".")
        ),
        None,
    )


def _after(sites: list[TermHit], token: int) -> int:
    """The index of the first site after a token (the list is in text order)."""
    return bisect.bisect_right(sites, token, key=lambda h: h.start)


def _indented_under(fields: Fields, line: int) -> list[int]:
    """The lines right after ``line`` that are indented under it (at most CHILD_LINES)."""
    out: list[int] = []
    n = line + 1
    end = min(len(fields.lines), line + 1 + CHILD_LINES)
    while fields.indents and n < end and fields.indents[n] > fields.indents[line]:
        out.append(n)
        n += 1
    return out


def _boxes_under(fields: Fields, line: int) -> list[int]:
    """The lines of boxes right after a prompt ("Location (check all that apply):" over "[ ] Hip"
    and "[x] R knee  [ ] L knee"), at most CHILD_LINES, in its block."""
    out: list[int] = []
    n = line + 1
    end = min(len(fields.lines), line + 1 + CHILD_LINES)
    while n < end and fields.block_of_line[n] == fields.block_of_line[line] and has_boxes(fields, n):
        out.append(n)
        n += 1
    return out


def has_boxes(fields: Fields, line: int) -> bool:
    """Does the line hold boxes or +/- marks?"""
    a, b = fields.lines[line]
    return fields.item_at[a:b].count(-1) < b - a


def boxed_site(fields: Fields, line: int, site: TermHit, matches: Matches) -> bool:
    """A site its line's side boxes answer for, with one of them ticked: "Knees  R [x]  L [x]"; on a row of
    sites each with its own boxes ("Hip R [ ] L [ ]   Knee R [x] L [x]"), only its own boxes."""
    boxes = fields.side_boxes.get(line, ())
    if not boxes:
        return False
    row = sited_box_row(fields, matches, line)
    if row is not None:
        return any(it.checked for h, own in row if h is site for _, it in own)
    return site.end <= boxes[0][0].start and any(it.checked for _, it in boxes)


SideBox = tuple[TermHit, CheckItem]  # a side word and the box that follows it: "R [x]"


def sited_box_row(fields: Fields, matches: Matches, line: int) -> list[tuple[TermHit, list[SideBox]]] | None:
    """A row of sites each followed by two or more side boxes of its own ("Hip R [ ] L [ ]   Knee R [x]
    L [x]"): each site with its boxes, or None when the line is not such a row (at most one site before its
    boxes, "Knees  R [x]  L [ ]"; or a side word before another site's box, "knees bilat   [ ] back")."""
    boxes = fields.side_boxes.get(line, ())
    if len(boxes) < 4:
        return None
    sites = sites_in(matches, *fields.lines[line])
    out = []
    for k, site in enumerate(sites):
        stop = sites[k + 1].start if k + 1 < len(sites) else fields.lines[line][1]
        own = [(side, it) for side, it in boxes if site.end <= it.marker[0] < stop]
        if own:
            out.append((site, own))
    if len(out) < 2 or any(len(own) < 2 for _, own in out):
        return None
    return out


_TITLE_WORDS = frozenset({"knee_site", "other_site", "pain", "symptom", "modifier", "side"})  # "LEFT KNEE" heads too


def _numbered(word: str) -> bool:
    return word.isdigit() and len(word) <= 2


_TITLE_WORDS_WITH_EXTRA = 10  # "Physio f/u #3 - knee, left": a visit's heading, its words and marks


def title_line(matches: Matches, a: int, b: int, extra: frozenset[str] = frozenset()) -> bool:
    """A line that only names a complaint or a sided site, heading its record: "Knee pain" above
    "Side: R", "LEFT KNEE" above "Subj: aching x 3 wk";
    with ``extra`` words, also "PAIN ASSESSMENT" above "Score: 6/10"."""
    if not 0 < b - a <= (_TITLE_WORDS_WITH_EXTRA if extra else 4):
        return False
    i, sides, others, plain = a, 0, 0, 0
    while i < b:
        hit = matches.hit_at(i)
        # "PAIN ASSESSMENT", "Physio f/u #3 - knee, left" (a number only after such a word: not "R knee 4/5")
        if hit is None and (
            matches.words[i] in extra or i > a and matches.words[i - 1] in extra and _numbered(matches.words[i])
        ):
            i += 1
            continue
        plain += 1
        if plain > 4:
            return False
        if hit is None or hit.category not in _TITLE_WORDS:
            return False
        sides, others = (sides + 1, others) if hit.category == "side" else (sides, others + 1)
        i = max(hit.end, i + 1)
    return others > 0 or not sides  # "LEFT KNEE", not a side alone


def _row_boxes_empty(fields: Fields, matches: Matches, line: int, site: TermHit) -> bool:
    """On a row of sites each with its own side boxes ("where?  Shoulder R [ ] L [ ]   Knee R [x] L [ ]"),
    is the site one whose boxes are all empty?"""
    row = sited_box_row(fields, matches, line)
    return row is not None and any(h is site and not any(it.checked for _, it in own) for h, own in row)


def _all_boxes_empty(fields: Fields, token: int) -> bool:
    """A site labelling boxes none of which is ticked ("Hip: [ ] R [ ] L") is not involved."""
    found = fields.field_of(token)
    if found is None or found[1] != "label":
        return False
    f = found[0]
    a, b = f.value
    # the boxes whose marks stand in the value ("Right knee: [ ]" has a box with nothing after it)
    items = fields.items
    k = bisect.bisect_left(items, a, key=lambda it: it.marker[0])
    if k == len(items) or items[k].marker[0] >= b:
        return False  # no box
    while k < len(items) and items[k].marker[0] < b:
        if items[k].checked:
            return False
        k += 1
    return True


def _block_locates(
    fields: Fields, matches: Matches, lines: Sequence[int], block: int, location_labels: frozenset[str]
) -> bool:
    """Does a location field on one of the lines, in the block, name a body site as its value ("Part of body injured:
    Knee", "Site of injury: ankle")?"""
    for n in lines:
        if fields.block_of_line[n] != block:
            continue
        for h in sites_in(matches, *fields.lines[n]):
            found = fields.field_of(h.start) if _located(fields, h) else None
            if found is not None and not location_labels.isdisjoint(matches.words[slice(*found[0].label)]):
                return True
    return False


def _located(fields: Fields, site: TermHit) -> bool:
    """Does the site open the value of a field ("location=BL knees", "Site: R knee")?"""
    found = fields.field_of(site.start)
    return found is not None and found[1] == "value" and site.start - found[0].value[0] <= _VALUE_LEAD


_KEY_ENDS = frozenset({",", ";", ")", "]", "|", "(", "[", ":", "="})  # what ends a key's meaning
_COMPARISONS = frozenset({"<", ">", "!", "="})  # ">= 4 limbs": a comparison, not a key
_KEY_MEANING_WORDS = 4  # "U = unaffected side", "O = pins and needles"


def key_entries(text: str, tokens: Tokens) -> list[tuple[int, int, int]]:
    """A note's key to its letters and marks ("P = present, A = absent", "[Y] = yes", "\u2713 =
    symptomatic", "(+ = positive)"): each definition as tokens (key start, its "=", meaning end); the
    meaning runs from after the "=" to a delimiter, the next mark or key, or the line's end."""
    words = tokens.words
    out: list[tuple[int, int, int]] = []
    for e, w in enumerate(words):
        if w != "=" or e == 0 or e + 1 >= len(words):
            continue
        if e >= 3 and words[e - 3] in ("[", "(") and words[e - 1] in ("]", ")") and len(words[e - 2]) == 1:
            key = e - 3  # "[Y] = yes"
        elif len(words[e - 1]) == 1 and words[e - 1] not in _COMPARISONS:
            key = e - 1  # "P = present", "\u2713 = symptomatic", "+ = positive"
        else:
            continue
        k = e + 1
        while (
            k < len(words)
            and k - e <= _KEY_MEANING_WORDS
            and words[k] not in _KEY_ENDS
            and not (len(words[k]) == 1 and not words[k].isalnum())  # the next mark: "\u2713 = yes \u2717 = no"
            and not (k + 1 < len(words) and words[k + 1] == "=")  # the next key: "A = acute C = chronic"
            and "\n" not in text[tokens.ends[k - 1] : tokens.starts[k]]
        ):
            k += 1
        out.append((key, e, k))
    return out


def not_looked_at(words: Sequence[str], a: int, b: int, g: FieldGrammar) -> bool:
    """Does a field's value in tokens [a, b) say its site was not looked at ("Other knee: not examined",
    "Knee: unknown"; not "Knee: not swollen")?"""
    if a >= b or words[a] not in g.unknown_values:
        return False
    return words[a] != "not" or (a + 1 < b and words[a + 1] in g.not_looked_at)
