"""Synthetic data packs for benchmarks: the shipped pack, scaled up with plausible filler.

At scale N the pack holds the shipped content plus generated cards, medications (about four
names each) and explicit pair rules, so that 100x is about 5,000 cards, 40,000 medications with
150,000 names and 100,000 pair rules on top of the shipped tag rules. Generated packs validate.

    python tests/benchmarks/generate_pack.py 10 /tmp/pack-10x
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

from saferest.domain.pack import MANIFEST_NAME, build_manifest_text, default_data_dir, load_pack

CARDS_PER_X = 50
MEDICATIONS_PER_X = 400
PAIR_RULES_PER_X = 1000
PER_FILE = 500
SOURCE_ID = "bench-synthetic"

_SYLLABLES = [
    "ba",
    "ce",
    "di",
    "fo",
    "ga",
    "hu",
    "ki",
    "lo",
    "ma",
    "ne",
    "pi",
    "qua",
    "ro",
    "sa",
    "te",
    "vo",
    "xa",
    "ze",
    "tri",
    "pro",
    "zol",
    "pam",
    "lin",
    "mex",
    "dor",
    "fen",
    "tal",
    "vir",
]
_SUFFIXES = ["ine", "ol", "am", "ex", "ide", "one", "ate", "il", "an", "azole"]


def _word(rng: random.Random, taken: set[str]) -> str:
    while True:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        word += rng.choice(_SUFFIXES)
        if word not in taken:
            taken.add(word)
            return word


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _list(items: list[str]) -> str:
    return "[" + ", ".join(_quote(i) for i in items) + "]"


def generate(scale: int, target: Path, seed: int = 1) -> Path:
    """Write a pack at `scale` times the shipped size into `target` and return it."""
    source = default_data_dir()
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    (target / MANIFEST_NAME).unlink(missing_ok=True)
    if scale <= 1:
        _seal(target)
        return target

    shipped = load_pack(source)
    rng = random.Random(seed)
    taken: set[str] = set()
    from saferest.domain.pack import entry_names
    from saferest.domain.text import name_key

    for entry in shipped.entries():
        taken.update(name_key(n) for n in entry_names(entry))
    tags = sorted(shipped.tags)
    extra = target / "synthetic"
    extra.mkdir()
    (extra / "sources.toml").write_text(
        "[[source]]\n"
        f'id = "{SOURCE_ID}"\n'
        'title = "Synthetic benchmark content (not real)"\n'
        'publisher = "SafeRest benchmarks"\nyear = 2026\n'
        'url = "https://example.org/saferest/benchmark"\naccessed = 2026-11-21\n'
        "\n[[class]]\n"
        'name = { en = "synthetic", es = "sintético" }\n'
    )

    cards = [f"bench_card_{i}" for i in range((scale - 1) * CARDS_PER_X)]
    meds = [f"bench_med_{i}" for i in range((scale - 1) * MEDICATIONS_PER_X)]
    chunks: list[str] = []
    for card_id in cards:
        name = _word(rng, taken)
        chunks.append(
            "[[substance]]\n"
            f"id = {_quote(card_id)}\nname = {_quote(name.title())}\n"
            f"aliases = {_list([_word(rng, taken)])}\n"
            f"tags = {_list(rng.sample(tags, 3))}\n"
            f"summary = {_quote(f'{name} is a synthetic substance for benchmarks.')}\n"
            f"sources = [{_quote(SOURCE_ID)}]\nreviewed = 2026-11-21\n\n"
            "[[substance.sections]]\n"
            'topic = "what_it_is"\ntitle = "What it is"\n'
            f"body = {_quote(' '.join(_word(rng, set()) for _ in range(60)))}\n"
            f"sources = [{_quote(SOURCE_ID)}]\n"
        )
    _write_chunks(extra, "cards", chunks)

    chunks = []
    for med_id in meds:
        chunks.append(
            "[[medication]]\n"
            f"id = {_quote(med_id)}\nname = {_quote(_word(rng, taken))}\n"
            f'brands = [{{ name = {_quote(_word(rng, taken).title())}, countries = ["US"] }}]\n'
            f"aliases = {_list([_word(rng, taken)])}\n"
            f"misspellings = {_list([_word(rng, taken)])}\n"
            f'classes = ["synthetic"]\ntags = {_list(rng.sample(tags, 2))}\n'
        )
    _write_chunks(extra, "medications", chunks)

    chunks = []
    everything = cards + meds
    seen: set[frozenset[str]] = set()
    while len(chunks) < (scale - 1) * PAIR_RULES_PER_X:
        a, b = rng.sample(everything, 2)
        if frozenset((a, b)) in seen:
            continue
        seen.add(frozenset((a, b)))
        chunks.append(
            "[[rule]]\n"
            f"id = {_quote(f'bench_rule_{len(chunks)}')}\nbetween = {_list([a, b])}\n"
            f"severity = {_quote(rng.choice(['dangerous', 'unsafe', 'caution', 'low_risk']))}\n"
            'reliability = "hypothetical"\n'
            'summary = "Synthetic rule."\nmechanism = "Synthetic."\nadvice = "None."\n'
            f"sources = [{_quote(SOURCE_ID)}]\nreviewed = 2026-11-21\n"
        )
    _write_chunks(extra, "rules", chunks)
    _seal(target)
    return target


def _write_chunks(folder: Path, stem: str, chunks: list[str]) -> None:
    for start in range(0, len(chunks), PER_FILE):
        path = folder / f"{stem}-{start // PER_FILE:04d}.toml"
        path.write_text("\n".join(chunks[start : start + PER_FILE]), encoding="utf-8")


def _seal(root: Path) -> None:
    (root / MANIFEST_NAME).write_text(
        build_manifest_text(root, "benchmark", "2026-11-21"), encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scale", type=int)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    print(generate(args.scale, args.target))


if __name__ == "__main__":
    main()
