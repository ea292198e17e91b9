"""Inputs shared by the reliability tests."""

from __future__ import annotations

from pathlib import Path

MINIPACK = Path(__file__).resolve().parents[1] / "data" / "minipack"

LONG_LINE = (
    "alprazolam 1 mg at night as my doctor prescribed for anxiety and for trouble getting to "
    "sleep, usually taken with water around ten, sometimes a second half tablet if I wake up "
    "before three in the morning; also oxycodone 5 mg for back pain, 2 a day"
)
"""The acceptance line: 247 characters, the opioid named only after character 200."""


def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def deep_toml(key: str, depth: int) -> str:
    return f"{key} = " + "[" * depth + "]" * depth + "\n"
