"""The compiled patterns of extraction, built once from the data files. No matching logic here.

Every piece that repeats is bounded or possessive, so no pattern backtracks catastrophically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quant.lexicon import cached_table, cached_word_lists
from quant.numerals import is_group_scale, lexicon
from quant.units import surfaces

#: Words that may stand between a number and its unit: "5 more days", "19 straight days".
UNIT_LEAD_WORDS = ("more", "additional", "extra", "further", "straight", "consecutive", "successive", "full")
#: Unit surfaces that must touch the number ("5in", "40C"): spaced, they are ordinary words.
ATTACHED_ONLY = frozenset({"in", "t", "s", "h", "l", "L", "p", "C", "F", "B", "b", "W", "J", "M", "K", '"', "″", "′"})


def _alternation(words: list[str], fold: bool = False) -> str:
    r"""A pattern for exactly these words, as a prefix trie; spaces inside a word match any whitespace.

    Case-free, it first looks ahead for one of the words' first letters: the engine skips a case-sensitive
    branch of the trie by its first character, but enters every case-free one.

    >>> print(_alternation(["per cent", "percent", "pt"], fold=True))
    (?=(?i:[p]))(?i:(?:p(?:er(?:\s+cent|cent)|t)))
    """
    words = sorted({w.lower() if fold else w for w in words})
    body = _trie(words)
    if not fold:
        return body
    firsts = sorted({w[0] for w in words if w})
    if not firsts or any(ch.isspace() for ch in firsts) or "" in words:
        return f"(?i:{body})"
    return f"(?=(?i:[{''.join(re.escape(ch) for ch in firsts)}]))(?i:{body})"


def _trie(words: list[str]) -> str:
    """A pattern matching exactly the words, factored by common prefixes so that it runs in time
    proportional to the text, not to the number of words.

    >>> _trie(["ten", "tenth", "two"])
    '(?:t(?:en(?:th)?|wo))'
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + build(root) + ")"


def _and_non_ascii(chars: str) -> str:
    r"""A class of these ASCII characters and of every non-ASCII one, written as the ASCII characters it leaves
    out: the engine tests it with one bitmap, where a class reaching U+10FFFF costs it a table of chunks.

    >>> _and_non_ascii("0123456789JF")
    '[^\\x00-\\x2f\\x3a-\\x45\\x47-\\x49\\x4b-\\x7f]'
    >>> [bool(re.match(_and_non_ascii("J0"), c)) for c in "J0aé"]
    [True, True, False, True]
    """
    runs: list[list[int]] = []  # the first and last code of each run of ASCII characters left out
    for code in range(128):
        if chr(code) not in chars:
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    return "[^" + "".join(f"\\x{a:02x}-\\x{b:02x}" if b > a else f"\\x{a:02x}" for a, b in runs) + "]"


@dataclass(frozen=True, slots=True)
class Patterns:
    core: re.Pattern[str]
    symbol_core: re.Pattern[str]  #: the core where a digit, sign or fraction sign starts: no word branch
    candidate: re.Pattern[str]  #: where a number may start, in the lower-cased text; a word by the mark before it
    opening_word: re.Pattern[str]  #: a word a number may start with, where the scan starts: no mark before it
    scale_after: re.Pattern[str]
    unit_exact: re.Pattern[str]  #: case-sensitive unit symbols (MW, mW)
    unit_folded: re.Pattern[str]  #: unit names in any case
    rate_after: re.Pattern[str]
    nouns_then_rate: re.Pattern[str]
    direction_after: re.Pattern[str]
    times_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    money_before: re.Pattern[str]  #: a word of money just before "N pounds": sterling, not weight
    date_hint: re.Pattern[str]  #: a cheap test that a sentence may hold a date at all
    iso_date: re.Pattern[str]
    month_date: re.Pattern[str]
    clock_time: re.Pattern[str]
    word: re.Pattern[str]


@cache
def patterns() -> Patterns:
    lex = lexicon()
    table = surfaces()
    number_words = _alternation(lex.all_words, fold=True)
    cardinal_words = _alternation([w for w in lex.cardinals if "-" not in w], fold=True)
    fraction_words = _alternation(list(lex.fractions), fold=True)
    vague_words = _alternation(list(lex.vague), fold=True)
    multipliers = _alternation([row[0] for row in cached_table("multipliers_en.tsv", 4)["multipliers"]],
                               fold=True)
    scale_words = _alternation(list(lex.scales), fold=True)
    # "and" and "&" join number words only after a scale word: "three hundred and forty", not "five and six";
    # after a thousand or more, not before another group: "four million and three million" is two numbers
    after_hundred = "(?:" + "|".join(f"(?<={w})" for w, v in lex.scales.items() if v == 100) + ")"
    after_group = "(?:" + "|".join(f"(?<={w})" for w, v in sorted(lex.scales.items()) if is_group_scale(v)) + ")"
    named = _alternation(list(lex.named), fold=True)
    # the branches that start with no letter, shared by the core and the core at a digit, a sign or a ½
    time = r"(?P<time>(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?(?![\d:]))"  # 2:16:40, 3:14, 3:39.84
    in_ratio_tail = (  # " in five", " in every eight", " out of 10", " out of every 100", " for every four"
        rf"\s+(?:in(?:\s+every)?|out\s+of(?:\s+every)?|for\s+every)\s+"
        rf"(?:{cardinal_words}|\d{{1,3}}(?:,\d{{3}})?)\b(?![.,]\d)"
        r"(?!\s+(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)"  # "5 in 10 minutes": a time
    )
    slash = r"(?P<slash>(?<![\w/.,])\d{1,3}[/⁄]\d{1,3}(?![/⁄\d]))"  # 3/4, 1⁄32
    vulgar = r"(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"  # ½
    digits = r"""
        (?P<digits>(?:(?<![\w.,+])|(?<=\$US)|(?<=\$A)|(?<=USD)|(?<=EUR)|(?<=GBP)|(?<=AUD)|(?<=CAD)|(?<=JPY)|(?<=INR))
              (?:[-−+](?=\.?\d))?                                               # -3, +0.2, $US55
              (?:\d{1,3}(?:,\d{3})++(?![\d])|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})++|\d++|(?=\.\d))
              (?:\.\d++)?
              (?:[eE][-+]?\d{1,3}(?![\w])|\s?[×x]\s?10\^?[-−]?\d{1,3}(?![\w.])  # 4e14, 2.48×10−5
                 |(?:\s?[×x]\s?\d{1,2})?\^[-−]?\d{1,3}(?![\w.^]))?)  # 2^10, 8x2^10: a power
        """
    core = re.compile(
        rf"""
        (?P<named>\b{named}\b)                                              # absolute zero
        | {time}                                                             # 2:16:40, 3:39.84
        | (?P<inratio>\b(?:{cardinal_words}|(?<![$£€¥])\d{{1,3}})                 # one in five, 1 in 8; not £5 in 10
              (?:\s+[a-z]{{3,15}}(?=\s+in\s+every\s))?{in_ratio_tail})           # one offence in every eight
        | (?P<fold>\b(?:{number_words}|\d+(?:\.\d+)?)-?fold\b)                # five-fold, tenfold, 5-fold
        | (?P<fraction>\b(?:(?:(?i:a|an)|{cardinal_words})[\s-]+)?{fraction_words}\b)  # one-fifth, a third
        | (?P<vague>\b{vague_words}(?:\s+(?i:hundred|thousand|million|billion))?\b)  # dozens, a few thousand
        | (?P<mult>\b{multipliers}\b)                                         # doubled, halved, twice
        | (?P<words>\b(?:(?i:an?)\s+(?={scale_words}\b))?                       # a hundred, a baker's dozen
              {number_words}                                                  # twenty-five thousand
              (?:(?:[ \t-]+                                                    # twenty-five thousand
                  |(?i:{after_hundred})(?:\s+(?i:and)\s+|\s*&\s*)                # two hundred & six
                  |(?i:{after_group})(?:\s+(?i:and)\s+|\s*&\s*)                  # two thousand and five
                   (?!{cardinal_words}[ \t-]+{scale_words}\b)
               )(?:{number_words}))*+
              (?:(?:\s++|-)(?i:and)(?:\s++|-)(?i:a)(?:\s++|-)(?i:half))?\b)  # "two and a half", "two-and-a-half"
        | (?P<aunit>\b(?i:a|an)[ ](?=[A-Za-zµ]))                               # a gallon
        | {slash}                                                            # 3/4
        | {vulgar}                                                           # ½
        | {digits}                                                           # 1,500.5
        """,
        re.VERBOSE,
    )
    # the core's branches that can match where no letter starts, in the same order: at a digit the word
    # branches (case-free tries, each tried letter by letter) cannot match, and are not tried
    symbol_core = re.compile(
        rf"""
        {time}                                                               # 2:16:40
        | (?P<inratio>(?<![$£€¥])\b\d{{1,3}}{in_ratio_tail})                # 1 in 8; not £5 in 10
        | (?P<fold>\b\d+(?:\.\d+)?-?fold\b)                                  # 5-fold
        | {slash}                                                            # 3/4
        | {vulgar}                                                           # ½
        | {digits}                                                           # 1,500.5
        """,
        re.VERBOSE,
    )
    first_words = {w.split("-")[0].lower() for w in (*lex.cardinals, *lex.scales, *lex.fractions)}
    first_words |= {w.split()[0].lower() for w in lex.vague}
    first_words |= {row[0].lower() for row in cached_table("multipliers_en.tsv", 4)["multipliers"]}
    first_words |= {"a", "an", "one"} | {w.split()[0].lower() for w in lex.named}
    number_word = _trie(sorted(first_words))
    candidate = re.compile(  # run on the lower-cased text: a third faster than a case-free pattern
        rf"""
        [^a-z]                              # no a-z letter: the scan skips those in C by a range test, a third
                                            # faster than testing \W and \d (Unicode lookups) at every character
        (?:(?<=[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]|\W)  # after a mark (an ASCII one by a bitmap test,
                                            # before the Unicode lookup of \W),
           (?P<word>{number_word})(?:fold)?\b  # a word a number can start with
        | \d(?<=[-−+.]\d)                    # a sign or point, then a digit (tested from the digit: at a space
                                            # before a word the engine skips this branch at once)
        | (?<=[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?<!\d\d))    # a digit (no number starts after a digit) or a vulgar fraction
        """,
        re.VERBOSE,
    )
    opening_word = re.compile(rf"\b{number_word}(?:fold)?\b")  # the same word where a scan starts
    scales = table.scale
    spelled = [s for s in scales if len(s) > 1 and s.isalpha() and s.lower() == s and len(s) > 2]
    short = [s for s in scales if s not in spelled]
    scale_after = re.compile(
        rf"""
        (?:[ \u00a0]?(?P<spelled>{_alternation(spelled, fold=True)})\b          # 1.2 million, 2 bn
           (?:\s+(?P<spelled2>(?i:million|billion|trillion|thousand))\b)?      # four hundred million
        | (?P<short>{_alternation(short)})(?![A-Za-z0-9]))                     # 2.5bn, 3k, 450m
        """,
        re.VERBOSE,
    )
    spaced_exact = [u for u in table.after_exact if u not in ATTACHED_ONLY]
    lead_words = "|".join(UNIT_LEAD_WORDS)
    unit_exact, unit_folded = (
        re.compile(
            rf"""
            (?:(?P<attached>{_alternation(attached, fold)})                        # 300km, 40C, 5%
               |[ \u00a0\u202f-]?(?:(?i:{lead_words})[ ])?                       # 5 more days, 19 straight days
                (?P<spaced>{_alternation(spaced, fold)})                          # 300 square kilometers
            )(?![A-Za-z0-9])
            """,
            re.VERBOSE,
        )
        for attached, spaced, fold in (
            (list(table.after_exact), spaced_exact, False),
            (list(table.after_folded), list(table.after_folded), True),
        )
    )
    rate_after = re.compile(
        r"""
        (?:(?P<joiner>/)|(?:\s*+|-)(?P<word>(?i:per|an?|each|every|(?:for|on)\s(?:every|each)(?!\sof\b|\s\d)))(?![A-Za-z])
           (?:-|\s*+))                                  # /, per, a, for/on every (not "of", a number)
        (?:(?P<base>\d{1,3}(?:,\d{3})*|\d+)\s+)?          # per 100,000 people
        (?P<rest>[^\s,.;:()]{1,40}+(?![^\s,.;:()])      # the denominator: a unit or a noun,
           (?:\s[^\s,.;:()]{1,40}+(?![^\s,.;:()]))?)     # of words of at most 40 characters
        """,
        re.VERBOSE,
    )
    nouns_then_rate = re.compile(r"((?:\s+[a-z][a-z-]{1,20}){1,2}?)(?=\s+(?:per|an?|each)\s)")
    directions = cached_table("changes_en.tsv", 3)["directions"]
    after_words = [w for w, _d, where in directions if where == "after"]
    direction_after = re.compile(rf"[ ](?P<word>{_alternation(after_words, fold=True)})\b")
    times_after = re.compile(
        r"[ ]times\b(?:[ ](?:as|more|higher|larger|bigger|greater|smaller|lower|less)\b"
        r"(?:[ ](?:large|many|much|high|big|great|long|fast|likely|expensive)\b)?)?"
    )
    currency_before = re.compile(rf"(?P<cur>{_alternation(list(table.before))})[ \u00a0]?\Z")
    money_words = _alternation(cached_word_lists("context_words_en.txt")["money_words"])
    money_before = re.compile(
        rf"\b{money_words}(?:[ ](?:of|about|around|some|nearly|just|over|almost|roughly|at|for|a|an|the))?+[ ]\Z"
    )
    dates = cached_word_lists("dates_en.txt")
    months = _alternation(dates["months"])
    abbreviations = _alternation([m for m in dates["month_abbreviations"] if m != "-"])
    date_hint = re.compile(
        rf"""
        {_and_non_ascii("JFMASOND0123456789")}  # a month's first letter, a digit, or any non-ASCII character
                                        # (other digits): a bitmap test, no Unicode lookup of \d at each character
        (?:(?<=J)(?:an|un|ul)|(?<=F)eb|(?<=M)a[ry]|(?<=A)(?:pr|ug)|(?<=S)ep|(?<=O)ct|(?<=N)ov|(?<=D)ec  # Jan..Dec
        | (?<=\d)\s?(?i:[ap]\.?m)      # 5pm, 5 a.m.
        | (?<=\d)\d{{3}}[-–/]\d)       # 2013-14, 2019/20
        """,
        re.VERBOSE,
    )
    iso_date = re.compile(
        r"\b(?:1[89]|20)\d{2}(?:-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|[-–/]\d{2})(?![\w-])"
    )  # 2019-09-01, 2013-14
    month_names = [*dates["months"], *(m for m in dates["month_abbreviations"] if m != "-")]
    month_starts = "".join(sorted({re.escape(m[0]) for m in month_names}))
    month_date = re.compile(
        rf"""
        (?=[{month_starts}\dlLnNtTeEmM])  # a quick refusal: the first letters of the month and the words below, a digit
        \b(?P<rel>(?i:last|next|this|early|late|mid-?|the\s+end\s+of)\s+)?
        (?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?                          # 3 March
        (?P<month>{months}|{abbreviations})(?![A-Za-z])
        (?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,.]\d))?               # March 3
        (?:,?\s+(?P<year>\d{{4}})(?!\d))?                                    # , 2025
        """,
        re.VERBOSE,
    )
    clock_time = re.compile(
        r"\b(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))"  # 5:30 pm, 5.30am
    )
    word = re.compile(r"[A-Za-z][A-Za-z'’-]*")
    return Patterns(core, symbol_core, candidate, opening_word, scale_after, unit_exact, unit_folded, rate_after,
                    nouns_then_rate, direction_after, times_after, currency_before, money_before, date_hint, iso_date,
                    month_date, clock_time, word)
