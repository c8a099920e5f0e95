from auth.session import is_valid, new_session


def test_session_expires():
    session = new_session("u1", now=1000.0)
    assert is_valid(session, now=1000.0 + 60)
    assert not is_valid(session, now=1000.0 + 31 * 60)
