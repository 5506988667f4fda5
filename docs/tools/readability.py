#!/usr/bin/env python3
"""Reading-ease figures for the Partnership Readiness Check, one figure per text set.

Usage:
    python3 readability.py src/lang/en                       # every set, this language directory
    python3 readability.py src/lang/en --bank src/core/bank.json
    python3 readability.py src/lang/en --overlay draft.ftl --bank bank3.json
    python3 readability.py src/lang/en --worst 5             # the 5 hardest texts of each set
    python3 readability.py src/lang/en/questionnaire.ftl     # the old two-figure report
    python3 readability.py src/core/fixtures/first-edition-bank.json

A directory is read as a whole language (every `*.ftl` in it) and reported per set:

  statements    each `statement-<id>` and, where there is one, its `statement-<id>-hint`
                (both are read while answering; the hints are also shown on a line of their own)
  actions       statement actions (`statement-<id>-action`, every distinct wording of a
                `$role` choice counted as its own text), band actions (`guidance-*-action-N`)
                and the all-strengths actions
  guidance      band summaries, discussion questions and the all-strengths summary
  meanings      `criterion-<id>-meaning` (and any `criterion-<id>-meaning-<n>` list items)
  stage advice  `stage-<id>-advice`
  interface     every other message in the other files (assessment, guide, notices, page,
                shared, sharing), less labels that are not prose: month and language names,
                CSV column names, list joiners, dates and messages with no word of 3 letters

`--bank` keeps only the statements (and their actions and hints) whose ids the bank lists, so a
directory holding retired statements is measured as the edition people answer. `--overlay`
reads a second Fluent file after the directory: its messages replace or add to the directory's
(how a draft of new and changed texts is measured before it is merged).

In the two old modes (one questionnaire.ftl file, or a first-edition JSON bank) it prints the two
figures it always printed: all statements, and all guidance (everything else). The formulas are
for English; they say nothing of the Welsh.

Standard library only, so it runs anywhere Python 3 does.

Formulas
    Flesch reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
    Flesch-Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

Fluent: a message's value may run over indented lines. A `$role` choice gives one text per
distinct wording (so each role's action is measured as people read it); any other choice (a
plural) gives its default `*[...]` variant. `{ $value }` is read as the short word "ten" (as the
content review's script does), `{ other-message }` as that message's text and
`{ -product-name }` as the product's name.

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

import glob
import json
import os
import re
import sys

VOWELS = "aeiouy"
WORD = re.compile(r"[A-Za-z]+(?:[’'][A-Za-z]+)*|[0-9]+")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
TARGET = 60.0


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
    if not w:
        return 0.0, 0.0, s, w, y
    ease = 206.835 - 1.015 * (w / s) - 84.6 * (y / w)
    grade = 0.39 * (w / s) + 11.8 * (y / w) - 15.59
    return ease, grade, s, w, y


# ---------------------------------------------------------------------------------------------
# The old two-figure modes (kept as they were, so the README's commands still work)


def collect(bank):
    statements, guidance = [], []
    for stage in bank.get("stages", []):
        if isinstance(stage, dict):
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
    """A questionnaire.ftl's one-line messages: (statements, guidance)."""
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


def old_report(path, worst):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".ftl"):
        statements, guidance = from_fluent(text)
        print(f"{path}")
    else:
        bank = json.loads(text)
        statements, guidance = collect(bank)
        print(f"{path}: {bank.get('id')} version {bank.get('edition', bank.get('version'))}")
    for label, texts in (("statements", statements), ("guidance", guidance)):
        ease, grade, s, w, y = scores(texts)
        print(f"  {label:<10} texts {len(texts):>3}  sentences {s:>3}  words {w:>4}  "
              f"syllables {y:>4}  reading ease {ease:5.1f}  grade {grade:4.1f}")
    if worst:
        ranked = sorted(statements + guidance, key=lambda t: scores([t])[0])
        print(f"  lowest {worst} single texts:")
        for t in ranked[:worst]:
            print(f"    {scores([t])[0]:6.1f}  {t}")


# ---------------------------------------------------------------------------------------------
# Fluent, as much of it as the language files use

MESSAGE = re.compile(r"^(-?[a-zA-Z][\w-]*)\s*=\s?(.*)$")


def parse_ftl(path):
    """{key: raw value} in file order; continuation lines are joined with newlines."""
    messages, current, buf = {}, None, []

    def flush():
        if current is not None:
            messages[current] = "\n".join(buf).strip()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            m = MESSAGE.match(line)
            if m and not line.startswith(" "):
                flush()
                current, buf = m.group(1), [m.group(2)]
            elif line.startswith(" ") and current is not None:
                buf.append(line.strip())
    flush()
    return messages


def innermost_select(value):
    """(start, end, variable, [(key, is_default, text)]) of the last-opened select, or None."""
    starts = [m for m in re.finditer(r"\{\s*\$([\w-]+)\s*->", value)]
    if not starts:
        return None
    m = starts[-1]
    depth, i = 0, m.start()
    while i < len(value):
        if value[i] == "{":
            depth += 1
        elif value[i] == "}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    body = value[m.end():i]
    parts = re.split(r"(?:^|\n)\s*(\*?\[[^\]]+\])", body)
    variants = []
    for j in range(1, len(parts), 2):
        tag = parts[j]
        variants.append((tag.strip("*[]"), tag.startswith("*"), parts[j + 1].strip()))
    return m.start(), i + 1, m.group(1), variants


def texts_of(value, messages):
    """Every text a reader can see for one message: one per distinct $role wording, else one."""
    pending, done = [value], []
    while pending:
        v = pending.pop()
        sel = innermost_select(v)
        if sel is None:
            done.append(plain(v, messages))
            continue
        start, end, var, variants = sel
        if var == "role":
            for _, _, text in variants:
                pending.append(v[:start] + text + v[end:])
        else:
            default = next((t for _, d, t in variants if d), variants[-1][2] if variants else "")
            pending.append(v[:start] + default + v[end:])
    seen, out = set(), []
    for t in reversed(done):
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def plain(value, messages, depth=0):
    def ref(m):
        key = m.group(1)
        if depth > 3 or key not in messages:
            return "button"
        return " ".join(texts_of_ref(messages[key], messages, depth + 1))

    value = re.sub(r"\{\s*\$[\w-]+\s*\}", "ten", value)
    value = re.sub(r"\{\s*\"([^\"]*)\"\s*\}", r"\1", value)
    value = re.sub(r"\{\s*(-?[a-z][\w-]*)\s*\}", ref, value)
    return re.sub(r"\s+", " ", value).strip()


def texts_of_ref(value, messages, depth):
    sel = innermost_select(value)
    while sel is not None:
        start, end, _, variants = sel
        default = next((t for _, d, t in variants if d), variants[-1][2] if variants else "")
        value = value[:start] + default + value[end:]
        sel = innermost_select(value)
    return [plain(value, messages, depth)]


# ---------------------------------------------------------------------------------------------
# Text sets

STATEMENT = re.compile(r"^statement-([a-z]+-\d+)$")
STATEMENT_PART = re.compile(r"^statement-([a-z]+-\d+)-(action|hint)$")
NOT_PROSE = ("month-", "export-csv", "language-name", "list-", "change-", "date-")
SETS = ("statements", "actions", "guidance", "meanings", "stage advice", "interface")


def load_language(directory, overlay=None):
    """({key: value} over every file, {key: file name}), the overlay's messages last."""
    messages, origin = {}, {}
    for path in sorted(glob.glob(os.path.join(directory, "*.ftl"))):
        name = os.path.basename(path)
        for k, v in parse_ftl(path).items():
            messages[k] = v
            origin[k] = name
    if overlay:
        for k, v in parse_ftl(overlay).items():
            if k not in origin:
                # A new key goes with its kind: questionnaire keys to the questionnaire.
                questionnaire = k.startswith(("statement-", "criterion-", "guidance-",
                                              "discussion-", "stage-", "all-strengths"))
                origin[k] = "questionnaire.ftl" if questionnaire else "assessment.ftl"
            messages[k] = v
    return messages, origin


def bank_ids(path):
    with open(path, encoding="utf-8") as f:
        bank = json.load(f)
    return {s["id"] for c in bank["criteria"] for s in c["statements"]}, bank


def classify(messages, origin, ids=None):
    sets = {name: [] for name in SETS}
    hints = []
    role_actions = 0
    for key, value in messages.items():
        if key.startswith("-"):
            continue
        m = STATEMENT.match(key) or STATEMENT_PART.match(key)
        if m and ids is not None and m.group(1) not in ids:
            continue  # a retired statement: not in the edition being measured
        texts = texts_of(value, messages)
        if origin[key] == "questionnaire.ftl":
            if key.endswith("-name"):
                continue  # criterion and stage names are labels
            if STATEMENT.match(key):
                sets["statements"].extend(texts)
            elif key.endswith("-hint") and key.startswith("statement-"):
                sets["statements"].extend(texts)
                hints.extend(texts)
            elif key.startswith("statement-") and key.endswith("-action"):
                sets["actions"].extend(texts)
                role_actions += "$role" in value
            elif re.match(r"^guidance-.*-action-\d+$", key) or key.startswith("all-strengths-action"):
                sets["actions"].extend(texts)
            elif re.match(r"^criterion-[a-z]+-meaning(-\d+)?$", key):
                sets["meanings"].extend(texts)
            elif key.startswith("stage-") and key.endswith("-advice"):
                sets["stage advice"].extend(texts)
            else:
                sets["guidance"].extend(texts)
        else:
            if key.startswith(NOT_PROSE):
                continue
            texts = [t for t in texts if re.search(r"[A-Za-z]{3,}", t)]
            sets["interface"].extend(texts)
    return sets, hints, role_actions


def row(label, texts):
    ease, grade, s, w, y = scores(texts)
    mark = "" if ease >= TARGET else "  < 60"
    return (f"  {label:<22} texts {len(texts):>4}  words {w:>5}  words/sentence {w / max(1, s):5.1f}"
            f"  reading ease {ease:5.1f}  grade {grade:4.1f}{mark}")


def report(directory, overlay, bank, worst):
    messages, origin = load_language(directory, overlay)
    ids, bank_doc = (None, None)
    if bank:
        ids, bank_doc = bank_ids(bank)
    sets, hints, role_actions = classify(messages, origin, ids)
    title = directory + (f" + {overlay}" if overlay else "")
    if bank_doc:
        title += f"  (bank version {bank_doc.get('edition', bank_doc.get('version'))}, {len(ids)} statements)"
    print(title)
    for name in SETS:
        print(row(name, sets[name]))
        if name == "statements" and hints:
            print(row("  of which hints", hints))
        if name == "actions" and role_actions:
            print(f"  {'':<22} ({role_actions} statement actions worded per role; "
                  f"each distinct wording counted)")
    if worst:
        for name in SETS:
            # A one- to three-word label scores anything from -130 to 120: noise, not a finding.
            prose = [t for t in set(sets[name]) if measure([t])[1] >= 4]
            ranked = sorted(prose, key=lambda t: scores([t])[0])[:worst]
            print(f"  hardest {worst} in {name}:")
            for t in ranked:
                print(f"    {scores([t])[0]:6.1f}  {t}")
    return all(scores(sets[n])[0] >= TARGET for n in SETS if sets[n])


def main(argv):
    args = argv[1:]
    if not args:
        print(__doc__)
        return 2
    path, overlay, bank, worst = args[0], None, None, 0
    rest = args[1:]
    while rest:
        flag = rest.pop(0)
        if flag == "--overlay":
            overlay = rest.pop(0)
        elif flag == "--bank":
            bank = rest.pop(0)
        elif flag == "--worst":
            worst = int(rest.pop(0))
        else:
            print(f"unknown option {flag}")
            return 2
    if os.path.isdir(path):
        ok = report(path, overlay, bank, worst)
        return 0 if ok else 1
    old_report(path, worst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
