"""Pinyin keys of a name, so that `hddl` and `huadong` find 华东电力 (plain Python).

Words are read as words (银行 is yinhang, not yinxing): pypinyin's segmenter and its phrase
dictionary, then its single-character dictionary for the rest. Its own ``lazy_pinyin`` does the
same but spends 60 µs a name converting styles; this reads the dictionaries directly (about
12 µs a name: 0.1 s for the 8,000 distinct names of 10,000 demo opportunities) and caches
each name's keys, so they are computed once per card when the cards load, never per keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HAN = re.compile(r"([\u3400-\u9fff]+)")


@lru_cache(maxsize=4096)
def _plain(marked: str) -> str:
    """A tone-marked syllable without its tone, ü written v as typed (lǚ → lv)."""
    decomposed = unicodedata.normalize("NFD", marked).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def syllables(text: str) -> list[str]:
    """``text`` as pinyin syllables (Chinese) and words (anything else), lower case."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT  # 0.2 s: on first use only
    from pypinyin.seg.mmseg import seg

    found: list[str] = []
    for position, piece in enumerate(_HAN.split(text)):
        if position % 2 == 0:  # between the runs of Chinese characters
            found.extend(word.casefold() for word in piece.split())
            continue
        for word in seg.cut(piece):
            readings = PHRASES_DICT.get(word)
            if readings is not None and len(readings) == len(word):
                found.extend(_plain(reading[0]) for reading in readings)
                continue
            for ch in word:
                marked = PINYIN_DICT.get(ord(ch))
                found.append(_plain(marked.split(",")[0]) if marked else ch)
    return found


@lru_cache(maxsize=65536)
def pinyin_keys(text: str) -> str:
    """``text``'s full pinyin and its initials, without spaces, separated by a space
    (``"huadongdianli hddl"``); "" when the text has no Chinese character."""
    if not _HAN.search(text):
        return ""  # Latin names are searched as they are
    parts = syllables(text)
    full = "".join(parts)
    initials = "".join(p[0] for p in parts if p)
    return f"{full} {initials}"


def pinyin_line(names: tuple[str, ...]) -> str:
    """The keys of each name on its own line: a search term never matches across two names."""
    return "\n".join(k for name in names if (k := pinyin_keys(name)))
