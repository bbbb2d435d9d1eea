"""The visible text of an HTML page, with every character mapped back to the
page's source, so a figure found in the text can be highlighted in the file.

A small tokenizer of our own rather than `html.parser`: that one reports
positions as (line, column) per event and decodes entities out of reach of a
per-character map. Nothing is fetched or run: tags are only read, scripts,
styles and hidden elements are skipped, and `<img src="http://…">` stays a tag.
"""
from __future__ import annotations

import codecs
import html as _html
import re
from html.entities import html5 as _ENTITIES

from .normalize import NormText

# elements whose text is not shown; the first group is raw text (a "<" in a
# script is not a tag), the second is parsed and skipped as a whole
_RAW_SKIPPED = {"script", "style", "noscript", "iframe", "noembed", "noframes", "xmp"}
# (a <select>'s options are navigation, "北京 上海 广州…", not article text)
_SKIPPED = {"template", "svg", "math", "object", "select"}
_RCDATA = {"title", "textarea"}  # entities decoded, "<" is text
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "tfoot", "thead", "title", "tr", "ul", "textarea",
}
_CELLS = {"td", "th"}
_PRE = {"pre", "listing"}
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_TAG_LOOSE = re.compile(r"<(/?)([A-Za-z][^\s/>]*)([^>]*)>")  # an unclosed quote in a tag
_ATTR = re.compile(r"([^\s=/>\"']+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# in running text: whitespace, an entity, or a run of anything else
_TEXT_TOKEN = re.compile(
    r"[ \t\n\r\f]+"
    r"|&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)"
    r"|[^ \t\n\r\f&]+|&"
)
_SPACE, _CELL, _LINE, _PARA = 1, 2, 3, 4
_SEPARATORS = {_SPACE: " ", _CELL: "\t", _LINE: "\n", _PARA: "\n\n"}


class _Out:
    """Visible characters and their source offsets, with HTML's whitespace
    rules: runs collapse to one space, block edges become paragraph breaks,
    nothing leads or trails."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offs: list[int] = []
        self.pending = 0      # strongest separator asked for since the last character
        self.pending_at = 0   # the source offset it maps to
        self.pending_nl = False  # the pending space was a line break in the source

    def separator(self, kind: int, at: int, newline: bool = False) -> None:
        if kind > self.pending:
            self.pending, self.pending_at = kind, at
            self.pending_nl = newline

    def _flush(self, following: str) -> None:
        if self.pending and self.chars:
            sep = _SEPARATORS[self.pending]
            last = self.chars[-1]
            if self.pending == _SPACE and (
                last == "\n" or self.pending_nl and _wide(last) and _wide(following)
            ):
                # a source line break between two Chinese characters is no
                # space (CSS segment-break rule): "高新\n区" reads "高新区"
                sep = ""
            self.chars.extend(sep)
            self.offs.extend([self.pending_at] * len(sep))
        self.pending = 0

    def run(self, text: str, start: int) -> None:
        """Characters copied one for one from source offset `start`."""
        self._flush(text[0])
        self.chars.extend(text)
        self.offs.extend(range(start, start + len(text)))

    def decoded(self, text: str, at: int) -> None:
        """Characters that all stand for the source text at `at` (an entity)."""
        if not text:
            return
        self._flush(text[0])
        self.chars.extend(text)
        self.offs.extend([at] * len(text))

    def line_break(self, at: int) -> None:
        if self.pending >= _LINE:
            self._flush("\n")
        self.pending = 0
        if self.chars:  # a page never starts with an empty line
            self.chars.append("\n")
            self.offs.append(at)


def visible_text(html: str) -> NormText:
    """The text a reader sees in `html`; `offsets[i]` is the index in `html`
    of character i (an entity's "&", a separator's tag), and
    `offsets[len(text)] == len(html)`."""
    out = _Out()
    n = len(html)
    pos = 0
    skip_name, skip_depth = "", 0  # inside a skipped element
    pre = 0                        # inside <pre>: whitespace is kept
    while pos < n:
        lt = html.find("<", pos)
        if lt < 0:
            lt = n
        if lt > pos and not skip_name:
            _text(out, html, pos, lt, pre > 0)
        if lt >= n:
            break
        pos = lt
        if html.startswith("<!--", pos):
            end = html.find("-->", pos + 4)
            pos = n if end < 0 else end + 3
            continue
        if html.startswith(("<!", "<?"), pos) or html.startswith("</", pos) and not (
            pos + 2 < n and html[pos + 2].isalpha()
        ):
            # doctype, processing instruction, CDATA, "</ >": bogus comments
            end = html.find(">", pos + 2)
            pos = n if end < 0 else end + 1
            continue
        m = _TAG.match(html, pos) or _TAG_LOOSE.match(html, pos)
        if not m:
            if not skip_name:
                out.run("<", pos)  # "a < b" is text
            pos += 1
            continue
        closing, name, attrs = m.group(1) == "/", m.group(2).lower(), m.group(3)
        self_closing = attrs.rstrip().endswith("/")
        tag_start, pos = pos, m.end()

        if skip_name:
            if name == skip_name and not self_closing:
                skip_depth += -1 if closing else 1
                if skip_depth == 0:
                    skip_name = ""
            elif not closing and name in _RAW_SKIPPED:
                pos = _after_raw(html, pos, name)
            continue
        if closing:
            if name in _BLOCKS:
                out.separator(_PARA, tag_start)
            elif name in _CELLS:
                out.separator(_CELL, tag_start)
            elif name == "br":  # browsers read </br> as <br>
                out.line_break(tag_start)
            if name in _PRE and pre:
                pre -= 1
            continue
        if name in _RAW_SKIPPED:
            pos = _after_raw(html, pos, name)
            continue
        if name in _SKIPPED or (name not in _VOID and not self_closing and _hidden(attrs)):
            if name in _BLOCKS:
                out.separator(_PARA, tag_start)
            skip_name, skip_depth = name, 1
            continue
        if name == "br":
            out.line_break(tag_start)
        elif name in _BLOCKS:
            out.separator(_PARA, tag_start)
        elif name in _CELLS:
            out.separator(_CELL, tag_start)
        if name in _RCDATA:
            end = _find_end_tag(html, pos, name)
            _text(out, html, pos, end, name == "textarea")
            out.separator(_PARA, end)
            pos = _past_tag(html, end)
            continue
        if name in _PRE:
            pre += 1
            if html.startswith("\r\n", pos):  # a newline right after <pre> is not shown
                pos += 2
            elif html.startswith("\n", pos):
                pos += 1
    return NormText("".join(out.chars), out.offs + [n])


def _text(out: _Out, html: str, start: int, end: int, keep_space: bool) -> None:
    for m in _TEXT_TOKEN.finditer(html, start, end):
        token = m.group()
        at = m.start()
        first = token[0]
        if first in " \t\n\r\f":
            if keep_space:
                out.run(token, at)
            else:
                out.separator(_SPACE, at, "\n" in token)
        elif first == "&" and len(token) > 1:
            _entity(out, token, at)
        else:
            out.run(token, at)


def _wide(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def _entity(out: _Out, token: str, at: int) -> None:
    if token[1] == "#":
        out.decoded(_html.unescape(token), at)  # numeric: the standard's fix-ups apply
        return
    name = token[1:]
    if name.endswith(";") and name in _ENTITIES:
        out.decoded(_ENTITIES[name], at)
        return
    # "&copy2023", "&amp": legacy names work without ";", longest first;
    # what follows them is ordinary text
    bare = name.rstrip(";")
    for k in range(min(len(bare), 6), 1, -1):
        if bare[:k] in _ENTITIES:
            out.decoded(_ENTITIES[bare[:k]], at)
            rest = name[k:]
            if rest:
                out.run(rest, at + 1 + k)
            return
    out.run(token, at)  # not an entity: "&" and the name as written


def _find_end_tag(html: str, pos: int, name: str) -> int:
    m = re.compile(r"</" + re.escape(name) + r"[\s/>]", re.IGNORECASE).search(html, pos)
    return m.start() if m else len(html)


def _after_raw(html: str, pos: int, name: str) -> int:
    """Position after the end tag of the raw-text element opened before `pos`."""
    return _past_tag(html, _find_end_tag(html, pos, name))


def _past_tag(html: str, start: int) -> int:
    close = html.find(">", start)
    return len(html) if close < 0 else close + 1


def _hidden(attrs: str) -> bool:
    if not attrs.strip():
        return False
    for m in _ATTR.finditer(attrs):
        key = m.group(1).lower()
        if key == "hidden":
            return True
        if key == "style" and m.group(2) and _HIDDEN_STYLE.search(m.group(2)):
            return True
    return False


_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML file declares in its first 4 KB (`<meta charset>`,
    `http-equiv` content type, XML declaration), if it names a known one."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    try:
        codecs.lookup(label)
    except LookupError:
        return None
    return label
