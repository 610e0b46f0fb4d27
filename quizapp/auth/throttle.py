"""Failed log-ins counted per account and per address, in the rate limiter's storage (shared when it is Redis).

- An account with ``LOGIN_ACCOUNT_RATE_LIMIT`` failures (from anywhere) is *under attack*: every log-in to it
  is refused (429) without checking the password until the window passes.
- An address with ``LOGIN_RATE_LIMIT`` failures (to any account) is *locked*: from it, only accounts that are
  not under attack at all (no recent failure) are still checked, so a right password succeeds (a school behind
  one address is not shut out by one pupil's typos). Past five times that many failures the address gets
  429 for every account until the window passes, which bounds spraying one password over many accounts.

Only failures count, never a successful log-in; a success clears the account's count.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from flask import current_app
from limits import RateLimitItem, parse

from quizapp.extensions import limiter

log = logging.getLogger(__name__)
ADDRESS_CEILING = 5


@dataclass(frozen=True)
class Verdict:
    """Whether to check the password, and if not, why."""

    check: bool
    reason: str = ""


def _enabled() -> bool:
    return bool(current_app.config.get("RATELIMIT_ENABLED", True)) and limiter.enabled


def _items() -> tuple[RateLimitItem, RateLimitItem, RateLimitItem]:
    account = parse(str(current_app.config["LOGIN_ACCOUNT_RATE_LIMIT"]))
    address = parse(str(current_app.config["LOGIN_RATE_LIMIT"]))
    ceiling = type(address)(address.amount * ADDRESS_CEILING, address.multiples, namespace=address.namespace)
    return account, address, ceiling


def _keys(email: str, address: str) -> tuple[str, str]:
    prefix = str(current_app.config.get("RATELIMIT_KEY_PREFIX") or "quizapp")
    account = hashlib.sha256(email.strip().lower().encode("utf-8", "replace")).hexdigest()[:32]
    return f"{prefix}/login-fail/account/{account}", f"{prefix}/login-fail/address/{address}"


def _failures(item: RateLimitItem, key: str) -> int:
    remaining = limiter.limiter.get_window_stats(item, key).remaining
    return item.amount - remaining


def before_login(email: str, address: str) -> Verdict:
    """Decide whether a log-in attempt may have its password checked.

    Args:
        email: the email typed (normalised here).
        address: the client's address.

    Returns:
        ``Verdict(check=True)``, or ``check=False`` with the message for the 429 page. If the storage cannot
        be reached, the attempt is checked (logged as a warning): a Redis outage must not lock everyone out.
    """
    if not _enabled():
        return Verdict(True)
    account_item, address_item, ceiling = _items()
    account_key, address_key = _keys(email, address)
    try:
        account_failures = _failures(account_item, account_key)
        address_failures = _failures(ceiling, address_key)
    except Exception:  # noqa: BLE001 - storage down: fail open, loudly
        log.warning("login throttle storage unreachable; attempt checked without limits", exc_info=True)
        return Verdict(True)
    if account_failures >= account_item.amount:
        return Verdict(False, "Too many attempts: this account has had too many failed log-ins. Please wait a few minutes and try again.")
    if address_failures >= ceiling.amount or (address_failures >= address_item.amount and account_failures > 0):
        return Verdict(False, "Too many attempts: too many failed log-ins came from your network. Please wait a minute and try again.")
    return Verdict(True)


def record_failure(email: str, address: str) -> None:
    """Count one failed log-in against the account and the address."""
    if not _enabled():
        return
    account_item, _, ceiling = _items()
    account_key, address_key = _keys(email, address)
    try:
        limiter.limiter.hit(account_item, account_key)
        limiter.limiter.hit(ceiling, address_key)
    except Exception:  # noqa: BLE001 - storage down: nothing to count in
        log.warning("login throttle storage unreachable; failure not counted", exc_info=True)


def record_success(email: str, address: str) -> None:
    """Forget the account's failures after a right password (the address keeps its count)."""
    if not _enabled():
        return
    account_item, _, _ = _items()
    account_key, _ = _keys(email, address)
    try:
        limiter.limiter.clear(account_item, account_key)
    except Exception:  # noqa: BLE001
        log.warning("login throttle storage unreachable", exc_info=True)
