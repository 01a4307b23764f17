"""Log lines about log-in attempts without personal data (no user name, no IP address)."""


def anonymous_client(username, ip_address, user_agent, path_info, request):
    """django-axes' AXES_CLIENT_STR_CALLABLE: what its warnings say about the client."""
    return f"path={path_info}"
