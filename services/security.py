"""Passwords (argon2id) and link/session tokens (random, stored as keyed hashes)."""

from __future__ import annotations

import gzip
import hashlib
import hmac
import secrets
import time
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from prm.settings import get_settings
from services.errors import InvalidInput

# argon2id with OWASP's first recommended profile: 19 MiB of memory, 2 passes, 1 lane
# (about 20-35 ms of one core here). Until 2026-11 the product used argon2-cffi's default
# (64 MiB, 3 passes, 4 lanes: 0.15-0.25 s of CPU a check, 7x as much); such hashes still
# verify and are replaced at their owner's next login (password_needs_rehash).
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent / "data" / "common-passwords.txt.gz"


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The 19,640 most common passwords of public breach lists (see services/data/README.md),
    lowercase; refused outright."""
    with gzip.open(COMMON_PASSWORDS_FILE, "rt", encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip())


TOKEN_BYTES = 32  # 256 bits


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        # Spend the same time as a real check so timing does not reveal unknown emails.
        _burn(password)
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def profile_of(password_hash: str | None) -> str:
    """The part of an argon2 hash naming its variant and cost, e.g. "$argon2id$v=19$m=19456,t=2,p=1$"
    ("" for anything else)."""
    if not password_hash or not password_hash.startswith("$argon2"):
        return ""
    parts = password_hash.split("$")
    return "$".join(parts[:4]) + "$" if len(parts) >= 6 else ""


def current_profile() -> str:
    return profile_of(_dummy_hash(_profile_key()))


def _profile_key() -> tuple[int, int, int]:
    return (_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)


@lru_cache(maxsize=8)
def _dummy_hash(key: tuple[int, int, int]) -> str:
    time_cost, memory_cost, parallelism = key
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)
    return hasher.hash(secrets.token_urlsafe(16))


def _burn(password: str) -> None:
    try:
        _hasher.verify(_dummy_hash(_profile_key()), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        pass


_check_seconds: dict[str, float] = {}


def check_seconds(profile: str) -> float:
    """How long checking a wrong password against a hash of this profile takes in this
    process (the slowest of three, measured once; 0 for a profile that is not argon2)."""
    if profile not in _check_seconds:
        try:
            params = extract_parameters(profile + "c2FsdHNhbHRzYWx0c2FsdA$" + "A" * 43)
        except (InvalidHashError, ValueError):
            _check_seconds[profile] = 0.0
            return 0.0
        hasher = PasswordHasher(
            time_cost=params.time_cost, memory_cost=params.memory_cost, parallelism=params.parallelism,
            hash_len=params.hash_len, salt_len=params.salt_len, type=params.type,
        )
        sample = hasher.hash(secrets.token_urlsafe(16))
        slowest = 0.0
        for _ in range(3):
            started = time.perf_counter()
            try:
                hasher.verify(sample, "not the password")
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                pass
            slowest = max(slowest, time.perf_counter() - started)
        _check_seconds[profile] = slowest
    return _check_seconds[profile]


def validate_new_password(password: str, *, email: str = "") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            "Password too short.",
            {"password": f"Use at least {MIN_PASSWORD_LENGTH} characters."},
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(
            "Password too long.",
            {"password": f"Use at most {MAX_PASSWORD_LENGTH} characters."},
        )
    lowered = password.lower()
    if lowered in common_passwords() or (email and lowered == email.lower()):
        raise InvalidInput(
            "Password too common.",
            {"password": "This password is too common. Choose a less guessable one."},
        )


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    """Keyed hash of a token: the database never holds a usable token."""
    key = get_settings().secret_key.encode()
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()
