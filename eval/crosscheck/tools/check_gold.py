#!/usr/bin/env python3
"""Validate the labelled cross-check corpus gold files (eval/crosscheck/gold/*.json).

Checks, for every gold file given (default: all of gold/):
  - every listed article exists; every article file on disk under a listed set is listed;
  - every mention's text occurs EXACTLY ONCE in its file, and not in the headline
    (line 1 of a .txt; <title>/<h1> of an .html);
  - every mention's text holds one figure (digit groups joined by 천/만/억/조/千/万/亿, and a d/m date or a
    match score such as 3-1 or 4比2, count as one;
    snippets with no digit, e.g. "dua kali" or "세 차례", are allowed and listed with -v);
  - the two sides of a discrepancy never share a file; a trap has 2+ mentions, and no two of them
    form a discrepancy pair (a trap's mentions must not end up together in a conflict/minor finding);
  - stories have 3-8 articles, in at least 3 languages.
Prints counts per language, stories, distractors, discrepancies by kind/severity and traps by kind.
Exit code 1 on any error.

Usage: python3 eval/crosscheck/tools/check_gold.py [gold.json ...] [-v]
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
ARTICLES = os.path.join(ROOT, "articles")
FIGURE = re.compile(r"\d[\d.,/]*(?:\s?[천만억조千万亿]\s?\d[\d.,]*)*")
# A match score ("3-1", "4比2", "88-81") is one figure: traps of kind not-a-claim cite them.
SCORE = re.compile(r"\d+\s?[-–:比]\s?\d+")
TRAP_KINDS = {"different-subject", "different-period", "part-whole", "different-scope",
              "different-measure", "same-article", "hedge-consistent", "not-a-claim"}


def headline(path, text):
    if path.endswith(".txt"):
        return text.split("\n", 1)[0]
    parts = re.findall(r"<title>(.*?)</title>|<h1[^>]*>(.*?)</h1>", text, re.S)
    return " ".join(a + b for a, b in parts)


def lang_of(path):
    return path.rsplit(".", 2)[-2]


def main(argv):
    verbose = "-v" in argv
    files = [a for a in argv if not a.startswith("-")] or sorted(
        os.path.join(ROOT, "gold", f) for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    errors, notes = [], []
    cache = {}

    def read(rel):
        if rel not in cache:
            p = os.path.join(ARTICLES, rel)
            cache[rel] = open(p, encoding="utf-8").read() if os.path.isfile(p) else None
        return cache[rel]

    def check_mention(where, m):
        text = read(m["file"])
        if text is None:
            errors.append(f"{where}: missing file {m['file']}")
            return
        n = text.count(m["text"])
        if n != 1:
            errors.append(f"{where}: '{m['text']}' occurs {n}x in {m['file']}")
        if m["text"] in headline(m["file"], text):
            errors.append(f"{where}: '{m['text']}' is in the headline of {m['file']}")
        figures = FIGURE.findall(SCORE.sub("0", m["text"]))
        if len(figures) > 1:
            errors.append(f"{where}: '{m['text']}' holds {len(figures)} figures {figures}")
        elif not figures:
            notes.append(f"{where}: '{m['text']}' has a number word, no digits")

    langs = collections.Counter()
    kinds = collections.Counter()
    trap_kinds = collections.Counter()
    mentions = 0
    for gold_path in files:
        gold = json.load(open(gold_path, encoding="utf-8"))
        listed = set()
        for group in ("stories", "distractors"):
            for s in gold.get(group, []):
                arts = s["articles"]
                listed.update(arts)
                for a in arts:
                    if not a.startswith(s["id"] + "/"):
                        errors.append(f"{s['id']}: {a} not under its folder")
                    if read(a) is None:
                        errors.append(f"{s['id']}: missing article {a}")
                    langs[lang_of(a)] += 1
                on_disk = {f"{s['id']}/{f}" for f in os.listdir(os.path.join(ARTICLES, s["id"]))} \
                    if os.path.isdir(os.path.join(ARTICLES, s["id"])) else set()
                for extra in sorted(on_disk - set(arts)):
                    errors.append(f"{s['id']}: {extra} on disk but not listed")
                if group == "stories":
                    if not 3 <= len(arts) <= 8:
                        errors.append(f"{s['id']}: {len(arts)} articles (want 3-8)")
                    if len({lang_of(a) for a in arts}) < 3:
                        errors.append(f"{s['id']}: fewer than 3 languages")
        ids = collections.Counter()
        disc_pairs = set()
        for d in gold.get("discrepancies", []):
            for i in range(len(d["sides"])):
                for j in range(i + 1, len(d["sides"])):
                    for a in d["sides"][i]:
                        for b in d["sides"][j]:
                            disc_pairs.add(frozenset([(a["file"], a["text"]), (b["file"], b["text"])]))
        for d in gold.get("discrepancies", []):
            ids[d["id"]] += 1
            kinds[(d["kind"], d["severity"])] += 1
            if d["severity"] not in ("minor", "conflict"):
                errors.append(f"{d['id']}: severity {d['severity']}")
            if len(d["sides"]) < 2:
                errors.append(f"{d['id']}: fewer than two sides")
            side_files = [{m["file"] for m in side} for side in d["sides"]]
            for i in range(len(side_files)):
                for j in range(i + 1, len(side_files)):
                    if side_files[i] & side_files[j]:
                        errors.append(f"{d['id']}: sides {i} and {j} share {side_files[i] & side_files[j]}")
            for side in d["sides"]:
                for m in side:
                    mentions += 1
                    check_mention(d["id"], m)
        for c in gold.get("consistent", []):
            ids[c["id"]] += 1
            for m in c["mentions"]:
                mentions += 1
                check_mention(c["id"], m)
        for t in gold.get("traps", []):
            ids[t["id"]] += 1
            trap_kinds[t["kind"]] += 1
            if t["kind"] not in TRAP_KINDS:
                errors.append(f"{t['id']}: unknown trap kind {t['kind']}")
            if len(t["mentions"]) < 2:
                errors.append(f"{t['id']}: fewer than two mentions")
            for m in t["mentions"]:
                mentions += 1
                check_mention(t["id"], m)
            keys = [(m["file"], m["text"]) for m in t["mentions"]]
            for i in range(len(keys)):
                for j in range(i + 1, len(keys)):
                    if keys[i] == keys[j]:
                        errors.append(f"{t['id']}: mention {keys[i]} listed twice")
                    elif frozenset([keys[i], keys[j]]) in disc_pairs:
                        errors.append(f"{t['id']}: {keys[i]} x {keys[j]} is also a discrepancy pair")
        for i, n in ids.items():
            if n > 1:
                errors.append(f"duplicate id {i}")
        print(f"{os.path.basename(gold_path)}: {len(gold.get('stories', []))} stories "
              f"({sum(len(s['articles']) for s in gold.get('stories', []))} articles), "
              f"{len(gold.get('distractors', []))} distractor sets "
              f"({sum(len(s['articles']) for s in gold.get('distractors', []))} articles), "
              f"{len(gold.get('discrepancies', []))} discrepancies, "
              f"{len(gold.get('consistent', []))} consistent groups, {len(gold.get('traps', []))} traps")
    print("articles per language:", dict(sorted(langs.items())), "total", sum(langs.values()))
    print("discrepancies by kind/severity:", dict(sorted(kinds.items())))
    print("traps by kind:", dict(sorted(trap_kinds.items())))
    print(f"mentions checked: {mentions}")
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
