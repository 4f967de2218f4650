# `make run` and `make test` work on a fresh machine: they create .venv and install first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Run the bot on Telegram when STORYBOT_TELEGRAM_TOKEN is set, otherwise a console conversation.
run: $(STAMP)
	$(BIN)/storybot run --console-without-token

## Run the whole test suite: two workers (a test file stays on one), then the timing tests alone.
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not serial"
	$(BIN)/python -m pytest -m serial

clean:
	rm -rf $(VENV) .pytest_cache
