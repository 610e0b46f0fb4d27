"""Response headers, HTTPS-aware cookies, reverse-proxy support and refusal of NUL characters in input."""

from __future__ import annotations

from flask import Flask, Response, abort, request
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer
from werkzeug.middleware.proxy_fix import ProxyFix

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
HSTS = ("Strict-Transport-Security", "max-age=31536000")


class HttpsAwareSessionInterface(SecureCookieSessionInterface):
    """Mark the session cookie Secure whenever the request came over HTTPS, whatever the config says.

    Also keeps the cookie serializer, which Flask would build again for every request.
    """

    _serializers: dict[tuple[object, ...], URLSafeTimedSerializer | None]

    def __init__(self) -> None:
        self._serializers = {}

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        key = (app.secret_key, *(app.config["SECRET_KEY_FALLBACKS"] or ()))
        if key not in self._serializers:
            self._serializers[key] = super().get_signing_serializer(app)
        return self._serializers[key]


def add_security_headers(response: Response) -> Response:
    """CSP without inline scripts, no sniffing, no framing, a strict referrer policy (a view's own value wins)."""
    headers = response.headers
    present = {name.lower() for name in headers.keys()}  # one pass: each failed lookup in Headers raises inside
    headers.extend([(name, value) for name, value in SECURITY_HEADERS.items() if name.lower() not in present])
    if request.is_secure and HSTS[0].lower() not in present:
        headers.add(*HSTS)
    return response


def refuse_nul_characters() -> None:
    """Refuse (400) any query or form field holding a NUL character: no database stores it in text."""
    fields = (request.args, request.form) if request.method not in ("GET", "HEAD") else (request.args,)
    for values in fields:
        for value in values.values():
            if "\x00" in value:
                abort(400, description="The request contains a NUL character, which no field may hold.")


def init_security(app: Flask) -> None:
    """Install the headers, the cookie policy and, when PROXY_FIX is on, trust one proxy's X-Forwarded-*."""
    app.session_interface = HttpsAwareSessionInterface()
    app.before_request(refuse_nul_characters)
    app.after_request(add_security_headers)
    if app.config.get("PROXY_FIX"):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1, x_port=1)  # type: ignore[method-assign]
