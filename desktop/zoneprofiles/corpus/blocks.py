"""Blocks: the paragraphs of a file, each classified by what it is on the page.

OCR'd newspaper pages mix body text with headlines, bylines, photo captions and
page furniture; everything downstream needs to know which is which, e.g.
figures come from body text only, and bylines mark where articles start.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

HEADING, BYLINE, CAPTION, FURNITURE, BODY = "heading", "byline", "caption", "furniture", "body"

_BLOCK_RE = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")
_SENTENCE_PUNCT = re.compile(r"[。；;，,！？!?]")
_BYLINE_RE = re.compile(
    r"^[◎■●□▲◆★]|(?:^|\s|报)(?:本报)?(?:特约|实习)?(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff]")
_CAPTION_RE = re.compile(
    r"(?:\s摄|摄影|供图|制图|资料图片?|图片来源[:：].*)$|^(?:图片来源|图为|图[:：]|\(图\))")
_FURNITURE_RE = re.compile(
    r"^(?:统筹|责编|责任编辑|编辑|校对|美编|版式|本版编辑|制版|审核)[:：]|"
    r"^(?:地方动态|园镜头|编者按|本版导读|相关链接|链接)$|^\(.{0,12}整理\)$|^第?\d+版$")
# a body paragraph that opens like a news item: a dateline naming the paper
DATELINE_RE = re.compile(
    r"^(?:本报讯|[\u4e00-\u9fff]{2,6}日报讯|[\u4e00-\u9fff]{2,6}日报\((?:记者|通讯员)|"
    r"新华社[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电|中新网[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日电)")
# how news items usually start: used to tell a new untitled item from a continued one
LEDE_RE = re.compile(r"^(?:近日|日前|近期|记者|本报|据悉|据了解|\d{1,2}月\d{1,2}日|\d{1,2}月(?:上|中|下)旬)")
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s*")


@dataclass
class Block:
    index: int
    start: int          # offsets in the normalised text
    end: int
    text: str
    kind: str
    gap: int            # newlines between the previous block and this one
    level: int = 0      # markdown heading level (1 for "# "), 0 when none
    dateline: bool = False

    @property
    def content_start(self) -> int:
        """Start of the text proper, after a markdown '#' marker."""
        m = _MD_HEADING_RE.match(self.text)
        return self.start + (m.end() if m else 0)

    @property
    def clean(self) -> str:
        return _MD_HEADING_RE.sub("", self.text).replace("\n", " ").strip()


def _classify(text: str) -> tuple[str, int]:
    m = _MD_HEADING_RE.match(text)
    level = len(m.group(1)) if m else 0
    flat = text.replace("\n", " ").strip()
    if _FURNITURE_RE.search(flat):
        return FURNITURE, level
    if level:
        return HEADING, level
    if _CAPTION_RE.search(flat) and not flat.endswith("。"):
        return CAPTION, 0
    if len(flat) <= 60 and _BYLINE_RE.search(flat) and not re.search(r"[。，,；;]", flat):
        return BYLINE, 0
    if _looks_like_heading(flat):
        return HEADING, 0
    return BODY, 0


# a kicker may end with a colon ("广州黄埔："), a headline never with these
_CONTINUES = set("的之和与及或在对把被向为是将以并且而、，,；;（(“")
_CONNECTIVE = re.compile(r"^(?:同时|此外|其中|另外|目前|近年来|为了|因此|但是|然而|在[^，,]{1,12}方面)")


def _looks_like_heading(flat: str) -> bool:
    """Short, unpunctuated, and not cut off mid-phrase. One comma is allowed in
    a short headline ("产业绿色化,“绿色”产业化")."""
    if len(flat) > 40 or "。" in flat or flat[-1] in _CONTINUES or _CONNECTIVE.match(flat):
        return False
    commas = len(re.findall(r"[，,]", flat))
    if re.search(r"[；;！？!?]", flat) or commas > 1:
        return False
    return commas == 0 or len(flat) <= 20


# a line this long is a paragraph's, not a headline's; it ends a paragraph when
# it ends a sentence
_PARAGRAPH_LINE = 40
_LINE_END = set("。！？!?；;…”」』\"')）")
_LINE_RE = re.compile(r"[^\n]+")


def _one_paragraph_a_line(raw: str) -> bool:
    """A block whose lines are paragraphs (a page saved with one line per
    paragraph and no blank lines): some lines are long and every long line
    ends a sentence. Text wrapped at a fixed width breaks lines mid-sentence,
    and a headline broken over two lines has no long line: both stay one block."""
    if "\n" not in raw:
        return False
    long = [line.rstrip() for line in raw.split("\n") if len(line.strip()) >= _PARAGRAPH_LINE]
    return bool(long) and all(line[-1] in _LINE_END for line in long)


def _pieces(text: str):
    """(start, raw) of each block: blank-line separated runs of lines, and each
    line of a run whose lines are paragraphs."""
    for m in _BLOCK_RE.finditer(text):
        at, raw = m.start(), m.group()
        first = raw.split("\n", 1)[0]
        if "\n" in raw and _CAPTION_RE.search(first.strip()) and not first.rstrip().endswith("。") \
                and len(raw) - len(first) > _PARAGRAPH_LINE:
            # a photo's caption line right above the story (活动现场 图片来源:…):
            # the caption alone, not the story with it (a caption wrapped over two
            # short lines stays one)
            yield at, first
            at, raw = at + len(first) + 1, raw[len(first) + 1:]
        if _one_paragraph_a_line(raw):
            for line in _LINE_RE.finditer(raw):
                yield at + line.start(), line.group()
        else:
            yield at, raw


def split_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; lines inside one block stay together
    (a headline broken over two lines is one heading), unless each line is a
    paragraph of its own (`_one_paragraph_a_line`)."""
    blocks: list[Block] = []
    prev_end = 0
    for at, raw in _pieces(text):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if not body:
            continue
        start = at + lead
        kind, level = _classify(body)
        gap = text.count("\n", prev_end, start)
        blocks.append(Block(len(blocks), start, start + len(body), body, kind, gap, level,
                            dateline=kind == BODY and bool(DATELINE_RE.match(body))))
        prev_end = start + len(body)
    _merge_drop_caps(blocks)
    for i in range(len(blocks) - 1):
        b = blocks[i]
        if (b.kind == BODY and blocks[i + 1].kind == BYLINE and len(b.text) <= 40
                and "。" not in b.text):
            b.kind = HEADING  # whatever stands right above a byline is its headline
    return blocks


def _merge_drop_caps(blocks: list[Block]) -> None:
    """A one- or two-character block right before a body block is a drop cap
    ("制造" + "业是国民经济的主体…"): it belongs to that paragraph."""
    for i in range(len(blocks) - 1):
        b, nxt = blocks[i], blocks[i + 1]
        if (b.kind == HEADING and not b.level and 1 <= len(b.text) <= 2
                and all("\u4e00" <= c <= "\u9fff" for c in b.text) and nxt.kind == BODY):
            b.kind = BODY
