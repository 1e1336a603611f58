# The web app and the worker share this image; docker-compose.yml picks the command.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 \
    PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

# CPU-only torch first so sentence-transformers does not pull the CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY cli ./cli
COPY matcher ./matcher
COPY web ./web
COPY alembic ./alembic
COPY alembic.ini gunicorn.conf.py ./
COPY seeds ./seeds
RUN pip install . gunicorn

RUN useradd --create-home --uid 1000 matcher && mkdir -p /data && chown matcher /data
USER matcher
ENV MATCHER_INSTANCE_DIR=/data INDEX_DIR=/data/index
EXPOSE 8000
# Workers, bind address and thread settings: gunicorn.conf.py.
CMD ["gunicorn", "web.wsgi:app"]
