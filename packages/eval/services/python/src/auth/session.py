"""Login sessions. Owned by the identity team."""
import secrets
import time

SESSION_TTL_SECONDS = 30 * 60


def new_session(user_id: str, now: float | None = None) -> dict:
    issued = time.time() if now is None else now
    return {"user_id": user_id, "token": secrets.token_hex(16), "expires_at": issued + SESSION_TTL_SECONDS}


def is_valid(session: dict, now: float | None = None) -> bool:
    return (time.time() if now is None else now) < session["expires_at"]
