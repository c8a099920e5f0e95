from payments.refunds import refundable


def test_refundable_never_negative():
    assert refundable(500, 700) == 0
