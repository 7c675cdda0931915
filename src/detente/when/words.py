"""English words of dates: language data, kept apart from the rules that use it (as spaCy does)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

# Counts in relative dates ("eighteen months ago", "the past two weeks").  Vague counts get a
# middling value: "a few days ago" is closer to three days than to one or ten.
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "a few": 3, "a couple of": 2, "several": 3,
}

# Words that put the event after the document date ("will meet on Tuesday").
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_VERBS = frozenset({"plan", "intend", "schedule", "expect", "prepare", "due", "set"})

# Words that mark an office as no longer held ("former President", "then-Secretary of State")
# or a title used in looking back; they count within a few words before the title.
PAST_TITLE_MARKERS = ("former", "ex", "then", "late", "erstwhile", "onetime", "one-time",
                      "outgoing", "previous", "past",
                      # "under President X", "when President X...": a look back
                      "under", "when", "during", "era", "since")
