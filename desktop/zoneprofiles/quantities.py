"""`python -m zoneprofiles.quantities`: the quantities of each stdin line as JSON.

One output line per input line: a JSON list of {"raw", "value", "unit",
"start", "end", "qualifier"} (+ "high" for a range), offsets into that line.
Bytes that are not UTF-8 are replaced, never fatal; a line the parser cannot
handle prints [] and a note on stderr, and the next line goes on.
"""
from __future__ import annotations

import json
import sys
from typing import BinaryIO

from zoneprofiles.extract.quantities import find_quantities


def line_json(line: str) -> str:
    try:
        found = [q.to_json() for q in find_quantities(line)]
    except Exception as exc:  # one bad line must not stop a batch of thousands
        # ascii(): the note must not fail in turn on a stderr that cannot print Chinese
        print(f"zoneprofiles.quantities: {type(exc).__name__}: {ascii(str(exc))}", file=sys.stderr)
        found = []
    return json.dumps(found, ensure_ascii=False)


def run(stdin: BinaryIO, stdout: BinaryIO) -> None:
    for raw in stdin:
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        stdout.write(line_json(line).encode("utf-8") + b"\n")
        stdout.flush()  # a caller may feed one line and wait for its answer


def main() -> int:
    try:
        run(sys.stdin.buffer, sys.stdout.buffer)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
