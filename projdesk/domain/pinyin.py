"""Pinyin keys of a name, so that `hddl` and `huadong` find 华东电力 (plain Python).

pypinyin reads words, not single characters (银行 is yinhang, not yinxing), which costs about
80 µs a name: the keys are cached per distinct text (customers, owners and contacts repeat on
many cards) and computed once per card when the cards load, never per keystroke.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def pinyin_keys(text: str) -> str:
    """``text``'s full pinyin and its initials, lower case and without spaces, separated by a
    space (``"huadongdianli hddl"``); "" when the text has no Chinese character."""
    if not any("\u3400" <= ch <= "\u9fff" for ch in text):
        return ""  # Latin names are searched as they are
    from pypinyin import lazy_pinyin  # 0.2 s to import: not at start-up, only when cards load

    syllables = [s.strip().casefold() for s in lazy_pinyin(text)]
    syllables = [s for s in syllables if s]
    full = "".join(syllables).replace(" ", "")
    initials = "".join(s[0] if s.isascii() and s.isalpha() else s for s in syllables).replace(" ", "")
    return f"{full} {initials}"


def pinyin_line(names: tuple[str, ...]) -> str:
    """The keys of each name on its own line: a search term never matches across two names."""
    return "\n".join(k for name in names if (k := pinyin_keys(name)))
