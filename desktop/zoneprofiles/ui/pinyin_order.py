"""Chinese names in the order a Chinese reader looks them up: by pinyin.

Qt's QCollator with a zh_CN locale does sort by pinyin where Qt is built
with ICU, but it reads a name's first character alone, so 长治 (Chángzhì)
goes under zhang, beside 张; where Qt has no ICU (the POSIX collator) it is
code-point order. pypinyin reads whole words, and a few place names it
misreads too (长治, 长葛, 长宁 as zhang…) are put right here: a place name
that starts with 长 reads chang, except 长子 (Zhǎngzǐ county).

`pinyin_key(text)` is a string key: compare keys with plain `<`.
"""
from __future__ import annotations

from functools import lru_cache

# place names pypinyin reads wrong, as they are read
_PLACES = {"长子": ["zhang3", "zi3"]}


def _syllables(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin
    head = next((k for k in _PLACES if text.startswith(k)), "")
    if head:
        return _PLACES[head] + _syllables(text[len(head):]) if text[len(head):] else _PLACES[head]
    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True,
                            errors=lambda chars: list(chars))
    if text.startswith("长") and syllables and syllables[0].startswith("zhang"):
        syllables[0] = "chang2"  # 长治, 长宁, 长葛, 长丰 … (a leading 长 in a place name)
    return syllables


@lru_cache(maxsize=20000)
def pinyin_key(text: str) -> str:
    """长治高新区 -> 'chang2 zhi4 gao1 xin1 qu1\\x00长治高新区'. Letters and
    digits sort as themselves, before any Chinese; ties by the characters."""
    text = text or ""
    parts = []
    for s in _syllables(text):
        s = s.casefold()
        # a syllable's tone digit sorts within it (shan1 before shan3), and a
        # shorter syllable before a longer one (xi before xian)
        parts.append(s if s[-1:].isdigit() else s + " ")
    return "\x01".join(parts) + "\x00" + text


def sorted_pinyin(values) -> list[str]:
    return sorted(values, key=pinyin_key)
