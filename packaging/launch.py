"""The bundle's entry point: the same command as `zoneprofiles` from source."""
import sys

from zoneprofiles.cli import main

if __name__ == "__main__":
    sys.exit(main())
