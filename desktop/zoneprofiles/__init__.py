"""Zone Profiles: profiles of China's development zones read from Chinese news."""


def __getattr__(name: str):
    """`__version__`, read from the installed metadata when first asked for:
    importing importlib.metadata costs tens of milliseconds, which the window
    would otherwise pay before it first paints (PEP 562)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("zoneprofiles")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found  # asked once
    return found
