"""Zone Profiles: profiles of China's development zones read from Chinese news."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("zoneprofiles")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
