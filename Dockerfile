# syntax=docker/dockerfile:1
# The Leerpunt site in one image: web (gunicorn), the release step (migrate) and the scheduler
# all run from it with a different command; see docker-compose.yml and docs/deployment.md.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- build: a virtualenv with the runtime dependencies only --------------------------------
FROM ${PYTHON_IMAGE} AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

# Its own layer: rebuilt only when the dependencies change, not on every code change.
# The runtime dependencies are the ones pyproject.toml lists; requirements.lock fixes the version
# of each of them and of everything they pull in (dev tools like pytest stay out of the image).
COPY pyproject.toml requirements.lock /tmp/deps/
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('/tmp/deps/pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/deps/runtime.txt \
    && pip install --requirement /tmp/deps/runtime.txt --constraint /tmp/deps/requirements.lock

# ---- runtime ------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=leerpunt_site.settings.production \
    PORT=8000

RUN groupadd --system --gid 10001 leerpunt \
    && useradd --system --uid 10001 --gid leerpunt --no-create-home --shell /usr/sbin/nologin leerpunt

WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY . /app

# Static files are part of the image, hashed and compressed, served by whitenoise: every web
# server has the same ones. The secret here only lets the settings load; it is not in the image.
# Compiling the code now spares every new worker that work at start-up.
RUN SECRET_KEY=collectstatic-at-build-time-only python manage.py collectstatic --noinput --verbosity 0 \
    && python -m compileall -q /app \
    && install --directory --owner leerpunt --group leerpunt /app/media

USER 10001:10001
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]

# Migrations are a release step (`python manage.py migrate`), never part of starting a server.
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py"]
