"""Which zone a sentence, and a position in it, is about.

The nearest thing named before the position decides, in this order:
the same sentence (a zone, a pointer such as 该区, or a city/country that is
not a zone), then earlier sentences of the same paragraph (zones only), then
the zone the article is about. A figure whose nearest name is 广州市 or 全国
stays unattributed: a city-wide number is not the zone's.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from ..corpus.structure import Document, Sentence
from .zones import Locus, ZoneFinder


class Attributor:
    def __init__(self, doc: Document, loci: list[Locus], finder: ZoneFinder):
        self.doc = doc
        self.finder = finder
        self.loci = loci
        self._starts = [l.start for l in loci]
        self.resolved: dict[int, str] = {}      # id(locus) -> zone for anaphors
        self.primary: dict[int, str | None] = {}
        self._prev_piece: dict[int, Sentence] = {}
        self._sentence_starts = [s.start for s in doc.sentences]
        for p in doc.paragraphs:
            prev = None
            for si in p.sentences:
                s = doc.sentences[si]
                if prev is not None and prev.joined and prev.joined == s.joined:
                    self._prev_piece[s.index] = prev
                prev = s
        for art in doc.articles:
            self.primary[art.index] = self._primary(art)
            self._resolve_anaphors(art)
        # the last zone named before each sentence in its paragraph, computed
        # once: looking back from every sentence was quadratic in long paragraphs
        self._para_zone: dict[int, str | None] = {}
        for p in doc.paragraphs:
            last = None
            for si in p.sentences:
                self._para_zone[si] = last
                for l in self.sentence_loci(doc.sentences[si]):
                    zone = self._zone_of(l)
                    if zone:
                        last = zone

    def in_range(self, start: int, end: int) -> list[Locus]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.loci) and self.loci[i].start < end:
            if self.loci[i].end <= end:
                out.append(self.loci[i])
            i += 1
        return out

    def sentence_loci(self, s: Sentence) -> list[Locus]:
        return self.in_range(s.start, s.end)

    def _parent_or_self(self, name: str) -> str:
        info = self.finder.zones.get(name)
        return info.parent if info is not None and info.parent else name

    def _primary(self, art) -> str | None:
        counts: Counter[str] = Counter()
        first_body_zones: list[str] = []
        for pi in art.paragraphs:
            p = self.doc.paragraphs[pi]
            for si in p.sentences:
                s = self.doc.sentences[si]
                for l in self.sentence_loci(s):
                    if l.what != "zone":
                        continue
                    weight = 3 if s.heading else 1
                    counts[l.zone] += weight
                    parent = self._parent_or_self(l.zone)
                    if parent != l.zone:
                        counts[parent] += weight
                    if not s.heading and not first_body_zones:
                        first_body_zones.append(l.zone)
        if not counts:
            return None
        (best, n), *rest = counts.most_common()
        if rest and rest[0][1] == n:
            # a tie: the one named first in the body wins, if it is one of them
            tied = {z for z, c in counts.items() if c == n}
            best = next((z for z in first_body_zones if z in tied), best)
        if n >= 2 or len(counts) == 1:
            return best
        return None

    def _resolve_anaphors(self, art) -> None:
        last_by_kind: dict[str, str] = {}
        last: str | None = None
        for pi in art.paragraphs:
            for si in self.doc.paragraphs[pi].sentences:
                for l in self.sentence_loci(self.doc.sentences[si]):
                    if l.what == "zone":
                        last = l.zone
                        last_by_kind[self.finder.kind_of(l.zone)] = l.zone
                    elif l.what == "anaphor":
                        zone = (last_by_kind.get(l.hint) if l.hint else None) or last \
                            or self.primary.get(art.index)
                        if zone:
                            self.resolved[id(l)] = zone

    def _zone_of(self, l: Locus) -> str | None:
        if l.what == "zone":
            if self.finder.is_park(l.zone):
                # a park's figures are its zone's: the profile lists the park
                return self.finder.zones[l.zone].parent or self._park_parent(l)
            return l.zone
        if l.what == "anaphor":
            return self.resolved.get(id(l))
        return None

    def zone_at(self, s: Sentence, pos: int) -> str | None:
        """The zone that the text at normalised offset `pos` of sentence `s` is about."""
        return self.attribute(s, pos)[0]

    def attribute(self, s: Sentence, pos: int) -> tuple[str | None, int]:
        """(zone, how): how 2 = named in the sentence, 1 = in the paragraph,
        0 = only the zone the article is about."""
        pieces = [s]
        prev = self._prev_piece.get(s.index)
        if prev is not None:
            pieces.insert(0, prev)
        before: list[Locus] = []
        for piece in pieces:
            before.extend(l for l in self.sentence_loci(piece)
                          if piece is not s or l.end <= pos)
        for l in reversed(before):
            if l.what == "place":
                return None, 2
            zone = self._zone_of(l)
            if zone:
                return zone, 2
        zone = self._para_zone.get(s.index)
        if zone:
            return zone, 1
        return self.primary.get(s.article), 0

    def _park_parent(self, l: Locus) -> str | None:
        """The zone a park without a known parent sits in: the zone the text
        around it is about."""
        i = bisect_left(self._sentence_starts, l.start + 1) - 1
        for s in self.doc.sentences[max(i, 0):i + 1]:
            if s.start <= l.start < s.end:
                before = [x for x in self.sentence_loci(s) if x.end <= l.start and x.what == "zone"
                          and not self.finder.is_park(x.zone)]
                zone = before[-1].zone if before else self.primary.get(s.article)
                if zone:
                    self.finder.set_parent(l.zone, zone)
                return zone
        return None

    def mentions(self):
        """(zone, locus) for every zone name (a park as itself) and every
        resolved pointer."""
        for l in self.loci:
            if l.what == "zone":
                if self.finder.is_park(l.zone):
                    self._zone_of(l)  # settles the park's parent
                yield l.zone, l
                continue
            zone = self._zone_of(l)
            if zone:
                yield zone, l
