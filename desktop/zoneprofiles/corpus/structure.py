"""From a file's blocks to articles, paragraphs and sentences.

Three things the OCR'd pages need undone:
- several articles share a file: a new one starts at its headline + byline (a
  "来源：…" line under a headline is one), at a dateline ("本报讯…"), at a
  top-level markdown heading, at a marked byline ("◎本报记者…") even when its
  headline is lost, after a source note that closes the story before it, and,
  after a wide gap, at a headline or at a paragraph that opens like a news item.
  A sub-heading inside a feature starts nothing: it has no byline, dateline or
  wide gap of its own;
- a paragraph broken by an inserted headline or photo caption continues in a
  later block ("…远近驰名" … "的品牌，而…"): the pieces are joined into one
  paragraph, so the zone it talks about carries over;
- passages printed twice are marked (`Sentence.duplicate`) so that their
  figures count once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields

from .blocks import (BODY, BYLINE, CAPTION, DATELINE_RE, FURNITURE, HEADING, LEDE_RE, Block,
                     split_blocks)

_TERMINAL = set("。！？!?；;…”」』\"')）:：")
# characters a Chinese sentence cannot start with: a block opening with one
# continues a broken sentence
_NON_STARTERS = set("的地得了着过们、，,。；;：:）)]」』%％!！?？")
_SENT_END = re.compile(r"[。！？!?；;]+[”’\"』」)）]*|\n")
_GAP_NEW_ITEM = 4  # newlines (three blank lines) that separate page regions
_LOOKAHEAD = 20
_SECTION_RE = re.compile(r"^(?:[0-9]{1,2}|[A-Z]|[一二三四五六七八九十]{1,2})[\s、.．]")
# where a story comes from, printed under its headline or after its last paragraph
_SOURCE_RE = re.compile(r"^[(（【\[]?(?:稿件|文章|本文|信息|消息|新闻)?来源[:：]\s*\S")
# a byline with a mark in front names the reporters of a new story (◎本报记者 王明)
_MARKED_BYLINE_RE = re.compile(r"^[◎■□]\s*\S.*(?:记者|通讯员|实习生|撰文|撰稿|作者)")
# a photo credit printed as a short line: "…平台 李剑锋摄"
_CREDIT_RE = re.compile(r"\s[\u4e00-\u9fff]{2,4}\s?摄$")


@dataclass
class Sentence:
    index: int
    start: int            # normalised offsets of this piece
    end: int
    text: str             # this piece
    paragraph: int
    article: int
    heading: bool = False
    duplicate: bool = False
    joined: str = ""      # the whole sentence when it spans a broken paragraph

    @property
    def display(self) -> str:
        return self.joined or self.text


@dataclass
class Paragraph:
    index: int
    article: int
    blocks: list[Block]
    sentences: list[int] = field(default_factory=list)

    @property
    def heading(self) -> bool:
        return self.blocks[0].kind == HEADING


@dataclass
class Article:
    index: int
    start: int
    end: int
    title: str = ""
    byline: str = ""
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Document:
    text: str
    blocks: list[Block]
    articles: list[Article]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]

    # A worker sends each document to the parent (ingest/parallel.py): written
    # out plainly, every piece of text went three times (the text, its blocks,
    # its sentences), 17 MB per 1,000 articles. The pieces are slices of the
    # text, so they are cut again on arrival instead.
    def __getstate__(self) -> dict:
        text = self.text
        if any(self.blocks[b.index] is not b for p in self.paragraphs for b in p.blocks):
            return dict(self.__dict__)  # blocks not in their own order: kept as they are

        def row(obj) -> tuple:
            values = [getattr(obj, f) for f in _fields(type(obj))]
            if values[3] == text[obj.start:obj.end]:
                values[3] = None  # "text" is the fourth field of Block and Sentence
            return tuple(values)

        return {"text": text, "blocks": [row(b) for b in self.blocks],
                "sentences": [row(s) for s in self.sentences], "articles": self.articles,
                "paragraphs": [(p.index, p.article, [b.index for b in p.blocks], p.sentences)
                               for p in self.paragraphs], "compact": True}

    def __setstate__(self, state: dict) -> None:
        if not state.get("compact"):
            self.__dict__.update(state)
            return
        text = state["text"]

        def build(cls, values: tuple):
            obj = cls(*values)
            if obj.text is None:
                obj.text = text[obj.start:obj.end]
            return obj

        self.text = text
        self.blocks = [build(Block, v) for v in state["blocks"]]
        self.sentences = [build(Sentence, v) for v in state["sentences"]]
        self.articles = state["articles"]
        self.paragraphs = [Paragraph(i, a, [self.blocks[k] for k in blocks], sentences)
                           for i, a, blocks, sentences in state["paragraphs"]]


def _fields(cls) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclass_fields(cls))
        assert names[1:4] == ("start", "end", "text"), names
    return names


_FIELDS: dict = {}


def _is_open(b: Block) -> bool:
    return b.kind == BODY and b.text[-1] not in _TERMINAL


def _mark_sources_and_credits(blocks: list[Block]) -> None:
    """A "来源：…" line is the story's byline, not a headline or a sentence; a
    short line ending in a photographer's credit is a caption."""
    for b in blocks:
        if b.kind in (HEADING, BODY) and not b.level and len(b.text) <= 60 and "。" not in b.text:
            flat = b.text.replace("\n", " ").strip()
            if _SOURCE_RE.match(flat):
                b.kind = BYLINE
            elif b.kind == HEADING and _CREDIT_RE.search(flat):
                b.kind = CAPTION


def _article_starts(blocks: list[Block]) -> dict[int, int]:
    """Map the first block of each article to the block holding its byline (or -1)."""
    starts: dict[int, int] = {}

    def heading_run_before(i: int) -> int:
        j = i
        while j > 0 and blocks[j - 1].kind in (HEADING, FURNITURE):
            j -= 1
        while j < i and blocks[j].kind == FURNITURE:
            j += 1
        return j

    for i, b in enumerate(blocks):
        if b.kind == BYLINE:
            run = heading_run_before(i)
            if run < i:
                starts.setdefault(run, i)
            elif _SOURCE_RE.match(b.text):
                if i + 1 < len(blocks):
                    starts.setdefault(i + 1, -1)  # the source note closes the story before
            elif _MARKED_BYLINE_RE.match(b.text) and i > 0 and blocks[i - 1].kind == BODY:
                starts.setdefault(i, i)  # a new story whose headline was lost
            elif (i + 1 < len(blocks) and blocks[i + 1].kind == HEADING
                  and (i == 0 or blocks[i - 1].kind != HEADING)):
                # byline printed above its headline
                starts.setdefault(i, i)
        elif b.kind == BODY and b.dateline:
            starts.setdefault(heading_run_before(i), -1)
        elif b.kind == HEADING and b.level == 1:
            starts.setdefault(heading_run_before(i), -1)
        elif (b.kind == HEADING and b.text.endswith((":", "：")) and i + 1 < len(blocks)
              and blocks[i + 1].kind == HEADING):
            # a kicker naming the place or person, then the headline
            starts.setdefault(heading_run_before(i), -1)
        elif (b.kind == HEADING and b.gap >= _GAP_NEW_ITEM and i > 0 and b.level != 1
              and blocks[i - 1].kind in (BODY, CAPTION) and not _is_open(blocks[i - 1])
              and not _SECTION_RE.match(b.clean) and i + 1 < len(blocks)
              and blocks[i + 1].kind in (BODY, HEADING)):
            starts.setdefault(i, -1)  # a headline after a wide gap opens another story
        elif (b.kind == BODY and len(b.text) <= 2 and b.gap >= _GAP_NEW_ITEM
              and i + 1 < len(blocks) and blocks[i + 1].kind == BODY):
            starts.setdefault(i, -1)  # a drop cap opens a feature
        elif b.kind == BODY and LEDE_RE.match(b.text):
            # an untitled item after a wide gap (a photo credit may sit between)
            j = i
            while j > 0 and blocks[j - 1].kind == CAPTION:
                j -= 1
            if blocks[j].gap >= _GAP_NEW_ITEM and j > 0 and not _is_open(blocks[j - 1]):
                starts.setdefault(j, -1)
    starts.setdefault(0, -1)
    return dict(sorted(starts.items()))


def _title(blocks: list[Block], first: int, last: int) -> str:
    """The headline: the headings at the top of the article (around its
    byline), the top markdown level only when levels are marked."""
    heads: list[Block] = []
    for b in blocks[first:last]:
        if b.kind == HEADING:
            heads.append(b)
        elif b.kind not in (BYLINE, FURNITURE, CAPTION):
            break
    top = [b for b in heads if b.level == 1]
    if top:
        return top[0].clean
    # numbered section heads ("2 制造业…", "A 强主体…") that follow are not the headline
    heads = heads[:1] + [b for b in heads[1:] if not _SECTION_RE.match(b.clean)]
    return " ".join(b.clean.rstrip(":：") for b in heads).strip()


def _continuation(blocks: list[Block], i: int, claimed: set[int], is_word) -> int | None:
    """The block that continues open block `i`, or None. The next body block
    is the usual answer; a later one wins only when it plainly continues a
    sentence (opens with 的/了/a comma) or completes a word across the break
    (碳达峰碳 + 中和目标)."""
    tail = blocks[i].text
    bodies = [j for j in range(i + 1, min(len(blocks), i + 1 + _LOOKAHEAD))
              if blocks[j].kind == BODY and j not in claimed]
    if not bodies:
        return None
    if len(tail) <= 2:  # drop cap
        return bodies[0]

    def joins_word(j: int, min_len: int) -> bool:
        head = blocks[j].text
        for k in (1, 2):
            for m in (1, 2, 3):
                word = tail[-k:] + head[:m]
                if len(word) >= min_len and is_word(word):
                    return True
        return False

    nxt = bodies[0]
    if blocks[nxt].text[0] in _NON_STARTERS or joins_word(nxt, 2):
        return nxt
    # a block further on must complete a longer word to win (碳达峰碳 + 中和目标)
    for j in bodies[1:]:
        if blocks[j].text[0] in _NON_STARTERS or joins_word(j, 3):
            return j
    if LEDE_RE.match(blocks[nxt].text) or blocks[nxt].dateline:
        return None
    if any(blocks[k].kind == HEADING for k in range(i + 1, nxt)):
        # a sub-heading between (…比重63.9% / 服务业 / 2023年,服务业增加值…): the open
        # block ended its section; only a plain continuation crosses a heading
        return None
    return nxt


def build_document(text: str, is_word=lambda w: False) -> Document:
    """Articles, paragraphs and sentences of one normalised file text.
    `is_word` tells whether a string is a dictionary word (used to find where
    a broken sentence continues); the default knows none."""
    blocks = split_blocks(text)
    _mark_sources_and_credits(blocks)
    starts = _article_starts(blocks)
    bounds = list(starts) + [len(blocks)]
    article_of: list[int] = [0] * len(blocks)
    articles: list[Article] = []
    for a, (first, last) in enumerate(zip(bounds, bounds[1:])):
        if first >= last:
            continue
        for k in range(first, last):
            article_of[k] = len(articles)
        by = starts[first]
        byline = blocks[by].clean if by >= 0 else ""
        if not byline:
            for b in blocks[first:last]:
                if b.kind == BYLINE:
                    byline = b.clean
                    break
        title = _title(blocks, first, last)
        if not title:
            body = [b.text for b in blocks[first:last] if b.kind == BODY][:2]
            if body:
                lead = "".join(body) if len(body[0]) <= 2 else body[0]
                title = re.split(r"[。！？!?]", lead, maxsplit=1)[0][:40]
        if not any(blocks[k].kind in (BODY, HEADING) for k in range(first, last)):
            # furniture alone (a page header) is no article: it joins a neighbour
            for k in range(first, last):
                article_of[k] = max(len(articles) - 1, 0)
            continue
        articles.append(Article(len(articles), blocks[first].start, blocks[last - 1].end, title, byline))

    # join broken paragraphs: each open body block claims its continuation
    claimed: set[int] = set()
    next_of: dict[int, int] = {}
    for i, b in enumerate(blocks):
        if _is_open(b):
            j = _continuation(blocks, i, claimed, is_word)
            if j is not None:
                claimed.add(j)
                next_of[i] = j

    paragraphs: list[Paragraph] = []
    for i, b in enumerate(blocks):
        if i in claimed or b.kind in (BYLINE, CAPTION, FURNITURE):
            continue
        chain = [b]
        k = i
        while k in next_of:
            k = next_of[k]
            chain.append(blocks[k])
        p = Paragraph(len(paragraphs), article_of[i], chain)
        paragraphs.append(p)
        articles[article_of[i]].paragraphs.append(p.index)

    sentences: list[Sentence] = []
    for p in paragraphs:
        carry: Sentence | None = None
        for b in p.blocks:
            s0 = b.content_start
            pieces = []
            pos = s0
            for m in _SENT_END.finditer(text, s0, b.end):
                pieces.append((pos, m.end() if m.group() != "\n" else m.start()))
                pos = m.end()
            if pos < b.end:
                pieces.append((pos, b.end))
            for ps, pe in pieces:
                while ps < pe and text[ps].isspace():
                    ps += 1
                while pe > ps and text[pe - 1].isspace():
                    pe -= 1
                if pe <= ps:
                    continue
                s = Sentence(len(sentences), ps, pe, text[ps:pe], p.index, p.article,
                             heading=b.kind == HEADING)
                if carry is not None:
                    # the first piece of a continuation block ends the carried sentence
                    whole = carry.text + s.text
                    carry.joined = s.joined = whole
                    carry = None
                sentences.append(s)
                p.sentences.append(s.index)
            last = sentences[p.sentences[-1]] if p.sentences else None
            carry = last if (last is not None and _is_open(b)) else None
    return Document(text, blocks, articles, paragraphs, sentences)


_KEY_DROP = re.compile(r"[^\w]|_", re.UNICODE)


def sentence_key(text: str) -> str:
    """What two printings of one sentence share: letters, digits and CJK only,
    without the paper's dateline (本报讯/科技日报讯) in front."""
    text = DATELINE_RE.sub("", text.lstrip("●•■◆▲-— "))
    return _KEY_DROP.sub("", text)


def duplicate_keys(doc: Document, min_chars: int = 12) -> list[tuple[int, str, bool]]:
    """(sentence index, key, continues) for every sentence but headings: the
    key two printings share ("" when too short to tell), and whether the
    sentence is the next piece of one broken across paragraphs (it is a
    duplicate exactly when the sentence is, never of its own first piece)."""
    out = []
    prev = None
    for s in doc.sentences:
        if s.heading:
            continue
        continues = prev is not None and bool(s.joined) and s.joined == prev.joined
        key = "" if continues else sentence_key(s.display)
        out.append((s.index, key if len(key) >= min_chars else "", continues))
        prev = s
    return out


def marked_duplicates(keys: list[tuple[int, str, bool]], seen: set[str]) -> list[int]:
    """The indices among `keys` (from duplicate_keys) already seen, in order;
    `seen` grows with the rest and is shared across the corpus."""
    marked = []
    before = False
    for index, key, continues in keys:
        if continues:
            dup = before
        elif not key:
            dup = False
        elif key in seen:
            dup = True
        else:
            seen.add(key)
            dup = False
        if dup:
            marked.append(index)
        before = dup
    return marked


def mark_duplicates(doc: Document, seen: set[str], min_chars: int = 12) -> int:
    """Mark sentences already seen (in this file or an earlier one). Returns
    how many were marked. `seen` is shared across the corpus."""
    marked = marked_duplicates(duplicate_keys(doc, min_chars), seen)
    for i in marked:
        doc.sentences[i].duplicate = True
    return len(marked)
