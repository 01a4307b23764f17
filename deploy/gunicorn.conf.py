"""gunicorn settings for the container: `gunicorn --config deploy/gunicorn.conf.py`.

Every number can be changed through the environment without rebuilding the image;
.env.example and docs/deployment.md explain them.
"""

import os

wsgi_app = "leerpunt_site.wsgi:application"
bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"

# Pages are CPU-bound Python: about two sync workers per core. The proxy in front buffers slow
# clients, so sync workers are never stuck writing to a phone on a bad connection.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak never grows into an outage. Under even load all
# workers reach the limit together, so the jitter is half the limit: at 500 requests/s over three
# workers their restarts fall seconds apart, never in the same second (docs/reliability.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 2
# The application is imported once, in the master: a recycled worker is a fork that serves within
# milliseconds instead of importing Django and Wagtail again for a second or more. Connections
# (database, Redis) open lazily in each worker, never in the master.
preload_app = True

# gunicorn 27 would otherwise create a control socket in ~/.gunicorn, which the non-root
# user in the image has no home for.
control_socket_disable = True
# A heartbeat file per worker; /dev/shm is memory, so a slow container disk never kills workers.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 - heartbeat files only, no data
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None

# Only the proxy talks to gunicorn; it says which requests arrived over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs to stdout/stderr for the container runtime. The access log leaves out the client's IP
# address and the query string (search terms), which can be personal data.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
