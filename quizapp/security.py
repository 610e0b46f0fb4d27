"""Response headers, HTTPS-aware cookies, reverse-proxy support, 64-bit URL ids and refusal of NUL characters in input."""

from __future__ import annotations

import re

from flask import Flask, Response, abort, request
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter, Map

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


MAX_ID = 2**63 - 1  # the largest value of a signed 64-bit column (PostgreSQL BIGINT, SQLite INTEGER)
MAX_NUMBER_DIGITS = 30
_SIGNALLING_NAN = re.compile(r"[+-]?snan[0-9]*", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"[+-]?[0-9]{%d,}(?:\.[0-9]*)?" % (MAX_NUMBER_DIGITS + 1))
_INTEGER = re.compile(r"[+-]?[0-9]{19,%d}" % MAX_NUMBER_DIGITS)


def refuse_hostile_fields() -> None:
    """Refuse (400) any query or form field holding a NUL character (no database stores it in text), or
    whose whole value is a number no field can use: a signalling NaN (``Decimal("sNaN")`` raises when a number
    field compares it; quiet NaN and infinities are refused by the fields themselves), or an integer of more than
    30 digits or outside 64 bits (no id or count column holds it)."""
    fields = (request.args, request.form) if request.method not in ("GET", "HEAD") else (request.args,)
    for values in fields:
        for value in values.values():
            if "\x00" in value:
                abort(400, description="The request contains a NUL character, which no field may hold.")
            if len(value) < 40 and _SIGNALLING_NAN.fullmatch(value.strip()):
                abort(400, description=f"“{value.strip()}” is not a number this site can use: give a finite number.")
            if len(value) > MAX_NUMBER_DIGITS and _LONG_NUMBER.fullmatch(value.strip()):
                abort(400, description=f"A number may have at most {MAX_NUMBER_DIGITS} digits.")
            if len(value) >= 19 and _INTEGER.fullmatch(value.strip()) and abs(int(value.strip())) > MAX_ID:
                abort(400, description="The number is too large: whole numbers stay below 9,223,372,036,854,775,808.")


class Int64Converter(IntegerConverter):
    """``<int:…>`` in a URL that also refuses (404) numbers no 64-bit id column can hold."""

    def __init__(self, map: Map, fixed_digits: int = 0, min: int | None = None, max: int | None = MAX_ID, signed: bool = False) -> None:  # noqa: A002 - Werkzeug's names
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=MAX_ID if max is None else max, signed=signed)


def init_security(app: Flask) -> None:
    """Install the headers, the cookie policy, URL ids bounded to 64 bits and, when PROXY_FIX is on, trust one
    proxy's X-Forwarded-*. Call it before the blueprints are registered (their rules take the converter)."""
    app.url_map.converters["int"] = Int64Converter
    app.session_interface = HttpsAwareSessionInterface()
    app.before_request(refuse_hostile_fields)
    app.after_request(add_security_headers)
    if app.config.get("PROXY_FIX"):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1, x_port=1)  # type: ignore[method-assign]
