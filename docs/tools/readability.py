#!/usr/bin/env python3
"""Reading-ease figures for a Partnership Readiness Check question bank.

Usage:
    python3 docs/tools/readability.py src/lang/en/questionnaire.ftl
    python3 docs/tools/readability.py src/lang/en/questionnaire.ftl --worst 10
    python3 docs/tools/readability.py core/src/fixtures/first-edition-bank.json

It reads the second edition's words from its English language file (one `key = value` line
each: `statement-<id>` is a statement, every other message guidance), or a whole bank in the
first edition's JSON form. (The formulas are for English; they say nothing of the Welsh.)

It prints the Flesch reading ease and the Flesch-Kincaid grade of
  (a) all statements joined, and
  (b) all guidance text: meaning lines, band summaries and actions, statement
      actions, discussion questions, stage advice and the all-strengths text
      (whichever of these the bank has; a first-edition bank has no statement
      actions, stages or all-strengths text).

Standard library only, so it runs anywhere Python 3 does.

Formulas
    Flesch reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
    Flesch-Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

Sentences: every text (a statement, an action, a question, a summary) is split after
'.', '!' or '?' followed by a space or the end of the text. A text with no terminal
punctuation, such as a statement, counts as one sentence.

Words: runs of letters (apostrophes inside a word are kept, so "partner’s" is one word).
Hyphens and slashes separate words ("one-page" is two words). A run of digits counts as
one word of one syllable.

Syllables (a heuristic; it is right for most everyday English words):
  1. lower-case the word and drop a possessive "’s" or "'s";
  2. count groups of consecutive vowels, where a, e, i, o, u and y are vowels;
  3. a final "e" is silent (take one off) unless the word ends in "le" after a
     consonant ("people", "table") or in "ee" ("agree");
  4. a final "ed" is silent (take one off) unless it follows t, d or a vowel
     ("needed", "agreed"), or follows "l" after a consonant other than l
     ("settled"); so "named" and "called" have one syllable;
  5. a final "es" is silent (take one off) unless it follows s, x, z, c, g, h or a
     vowel ("uses", "changes", "places");
  6. every word has at least one syllable.
"""

import json
import re
import sys

VOWELS = "aeiouy"
WORD = re.compile(r"[A-Za-z]+(?:[’'][A-Za-z]+)*|[0-9]+")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def syllables(word):
    if word.isdigit():
        return 1
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    count = len(re.findall(r"[aeiouy]+", w))
    if len(w) > 2:
        if w.endswith("e") and not w.endswith("ee"):
            if not (w.endswith("le") and len(w) > 2 and w[-3] not in VOWELS):
                count -= 1
        elif w.endswith("ed") and len(w) > 3 and w[-3] not in "td" + VOWELS:
            if not (w[-3] == "l" and len(w) > 4 and w[-4] not in VOWELS + "l"):
                count -= 1
        elif w.endswith("es") and len(w) > 3 and w[-3] not in "sxzcgh" + VOWELS:
            count -= 1
    return max(1, count)


def measure(texts):
    """Return (sentences, words, syllables) over a list of texts."""
    sentences = words = syll = 0
    for text in texts:
        parts = [p for p in SENTENCE_END.split(text) if WORD.search(p)]
        sentences += max(1, len(parts))
        for token in WORD.findall(text.replace("-", " ").replace("/", " ")):
            words += 1
            syll += syllables(token)
    return sentences, words, syll


def scores(texts):
    s, w, y = measure(texts)
    ease = 206.835 - 1.015 * (w / s) - 84.6 * (y / w)
    grade = 0.39 * (w / s) + 11.8 * (y / w) - 15.59
    return ease, grade, s, w, y


def collect(bank):
    statements, guidance = [], []
    for stage in bank.get("stages", []):
        guidance.append(stage["advice"])
    every = bank.get("all_strengths")
    if every:
        guidance.append(every["summary"])
        guidance.extend(every["actions"])
    for c in bank["criteria"]:
        guidance.append(c["meaning"])
        for s in c["statements"]:
            statements.append(s["text"])
            if s.get("action"):
                guidance.append(s["action"])
        for band in ("strength", "developing", "priority"):
            g = c["guidance"][band]
            guidance.append(g["summary"])
            guidance.extend(g["actions"])
        guidance.extend(c.get("discussion", []))
    return statements, guidance


def from_fluent(text):
    """A questionnaire.ftl's messages, as the bank dict `collect` reads."""
    statements, guidance = [], []
    for line in text.splitlines():
        if not line or line[0] in "# " or " = " not in line:
            continue
        key, value = line.split(" = ", 1)
        if key.endswith("-name"):
            continue  # criterion and stage names are labels, as the JSON reader treats them
        is_statement = key.startswith("statement-") and not key.endswith("-action")
        (statements if is_statement else guidance).append(value)
    return statements, guidance


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        text = f.read()
    worst = int(argv[3]) if len(argv) > 3 and argv[2] == "--worst" else 0
    if argv[1].endswith(".ftl"):
        statements, guidance = from_fluent(text)
        print(f"{argv[1]}")
    else:
        bank = json.loads(text)
        statements, guidance = collect(bank)
        print(f"{argv[1]}: {bank.get('id')} version {bank.get('version')}")
    for label, texts in (("statements", statements), ("guidance", guidance)):
        ease, grade, s, w, y = scores(texts)
        print(f"  {label:<10} texts {len(texts):>3}  sentences {s:>3}  words {w:>4}  "
              f"syllables {y:>4}  reading ease {ease:5.1f}  grade {grade:4.1f}")
    if worst:
        ranked = sorted(statements + guidance, key=lambda t: scores([t])[0])
        print(f"  lowest {worst} single texts:")
        for t in ranked[:worst]:
            print(f"    {scores([t])[0]:6.1f}  {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
