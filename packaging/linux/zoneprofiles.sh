#!/bin/sh
# Zone Profiles: the app is a self-contained bundle under /opt/zoneprofiles.
exec /opt/zoneprofiles/zoneprofiles "$@"
