"""A DataFrame's rows as dicts, made one at a time as a view asks for them."""
from __future__ import annotations

from collections.abc import Sequence


class Records(Sequence):
    """A frame's rows as dicts, each made when a view first asks for it. A
    zone of a large archive has thousands of figures: turning them all into
    dicts (DataFrame.to_dict) at every zone switch cost more than the rest of
    the switch, while the table shows a screenful. `order`: positions in the
    frame, in the order the rows are shown."""

    def __init__(self, frame, order: list[int] | None = None) -> None:
        self._names = list(frame.columns)
        # through numpy: tolist() on pandas' string columns steps element by element
        self._columns = [frame[c].to_numpy(dtype=object).tolist() for c in self._names]
        self._order = order
        self._n = len(frame) if order is None else len(order)
        self._made: dict[int, dict] = {}

    @classmethod
    def of_source(cls, source, order: list[int] | None = None) -> Records:
        """The rows of a model.RowSource (a profile frame's rows read from
        the corpus's columns, made once per corpus frame), without
        converting the profile frame's columns; `order` as for a frame."""
        out = cls.__new__(cls)
        out._names = source.names
        out._columns = [_Changed(c, source.changed[n]) if n in source.changed else c
                        for n, c in zip(source.names, source.columns)]
        positions = source.positions
        out._order = list(positions) if order is None else [positions[k] for k in order]
        out._n = len(out._order)
        out._made = {}
        return out

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        row = self._made.get(i)
        if row is None:
            at = i if self._order is None else self._order[i]
            row = self._made[i] = {n: c[at] for n, c in zip(self._names, self._columns)}
        return row

    def column(self, name: str) -> list:
        """One column's values in the order the rows are shown."""
        values = self._columns[self._names.index(name)]
        return values if self._order is None else [values[k] for k in self._order]

    def subset(self, positions: list[int]) -> Records:
        """These rows (positions in the order shown), sharing the columns."""
        out = Records.__new__(Records)
        out._names, out._columns, out._made = self._names, self._columns, {}
        out._order = [k if self._order is None else self._order[k] for k in positions]
        out._n = len(positions)
        return out


class _Changed:
    """A corpus column with some values replaced (by corpus position)."""

    __slots__ = ("_base", "_changes")

    def __init__(self, base: list, changes: dict) -> None:
        self._base, self._changes = base, changes

    def __getitem__(self, at):
        changes = self._changes
        return changes[at] if at in changes else self._base[at]
