"""Chinese names in the order a Chinese reader looks them up: by pinyin.

Qt's QCollator with a zh_CN locale does sort by pinyin where Qt is built
with ICU, but it reads a name's first character alone, so 长治 (Chángzhì)
goes under zhang, beside 张; where Qt has no ICU (the POSIX collator) it is
code-point order. pypinyin reads whole words, and a few place names it
misreads too (长治, 长葛, 长宁 as zhang…) are put right here: a place name
that starts with 长 reads chang, except 长子 (Zhǎngzǐ county).

`pinyin_key(text)` is a string key: compare keys with plain `<`.

Importing pypinyin takes 0.4 s (its phrase dictionary is parsed at import),
and the zone list needs the keys of every zone's name, kind and region the
moment a corpus is shown: at a warm start that import was a third of the
time to the filled list. So keys once made are kept in the cache folder
(`save_keys`), and pypinyin is imported only for a text no stored key covers.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache

# place names pypinyin reads wrong, as they are read
_PLACES = {"长子": ["zhang3", "zi3"]}


# bump when a key changes for the same text (the readings above, the key's layout)
KEY_VERSION = 1
KEYS_FILE = "pinyin-keys.json"
_MAX_STORED = 50_000
_stored: dict[str, str] | None = None
_unsaved = False


def _known() -> dict[str, str]:
    global _stored
    if _stored is None:
        _stored = {}
        try:
            data = json.loads(_keys_path().read_text(encoding="utf-8"))
            if data.get("version") == KEY_VERSION and isinstance(data.get("keys"), dict):
                # a key ends with its own text: anything else is not a key of ours
                _stored = {k: v for k, v in data["keys"].items()
                           if isinstance(k, str) and isinstance(v, str) and v.endswith("\x00" + k)}
        except (OSError, ValueError, AttributeError):
            pass  # no file yet, or not ours: the keys are made again
    return _stored


def _keys_path():
    from .. import paths
    return paths.cache_dir() / KEYS_FILE


def save_keys() -> None:
    """Keep the keys made since the last save for the next start (a cache:
    a folder that cannot be written only costs the next start the import)."""
    global _unsaved
    if not _unsaved:
        return
    keys = _known()
    if len(keys) > _MAX_STORED:
        return
    path = _keys_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps({"version": KEY_VERSION, "keys": keys}, ensure_ascii=False),
                       encoding="utf-8")
        os.replace(tmp, path)
        _unsaved = False
    except OSError:
        pass


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
    global _unsaved
    known = _known()
    stored = known.get(text)
    if stored is not None:
        return stored
    known[text] = key = _make_key(text)
    _unsaved = True
    return key


def _make_key(text: str) -> str:
    parts = []
    for s in _syllables(text):
        s = s.casefold()
        # a syllable's tone digit sorts within it (shan1 before shan3), and a
        # shorter syllable before a longer one (xi before xian)
        parts.append(s if s[-1:].isdigit() else s + " ")
    return "\x01".join(parts) + "\x00" + text


def sorted_pinyin(values) -> list[str]:
    return sorted(values, key=pinyin_key)
