from leerpunt_site.core.views import healthz


class HealthCheckMiddleware:
    """Answers /healthz before any other middleware.

    A load balancer checks each web server by its own address over plain HTTP: that address is
    not in ALLOWED_HOSTS and SecurityMiddleware would redirect it to HTTPS. The view itself reads
    nothing from the request but the method, so skipping those checks exposes nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return healthz(request)
        return self.get_response(request)
