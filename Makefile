# Everything a fresh machine needs goes through these targets: `make run` and
# `make test` create .venv/ and install what is missing before they start.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
.PHONY: run test export bench bench-large eval deps translations clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

deps: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/zoneprofiles

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

export: $(STAMP)
	$(VENV)/bin/zoneprofiles export --out export seeds

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# the same and 50,000 articles as well (about 15 minutes)
bench-large: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --large

eval: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/eval.py

translations: $(STAMP)
	$(PY) resources/translations/build.py

clean:
	rm -rf $(VENV) build *.egg-info desktop/*.egg-info

# The standalone app for this OS: PyInstaller bundle + installer in dist/
# (docs/packaging.md). package-test also installs the Linux .deb and runs the
# installed program's --self-test with no display.
.PHONY: package package-test
PKG_STAMP := $(VENV)/.package-stamp

$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(PY) packaging/build.py

package-test: package
	$(PY) packaging/package_test.py
