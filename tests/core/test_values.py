"""Amounts and counts as a seller types them: absurd values are field errors, never a crash."""

import pytest

from core.errors import InputError
from core.values import integer, money


@pytest.mark.parametrize("text", ["1e999999", "1000000000000", "-1e20"])
def test_an_absurd_amount_is_a_field_error(text):
    with pytest.raises(InputError, match="金额过大"):
        money(text, "trial.sales_balance", allow_negative=True)


def test_amounts_and_counts_at_their_sane_edges():
    assert str(money("999999999999.99", "x")) == "999999999999.99"
    assert integer("１２", "x") == 12  # full-width digits typed with a Chinese input method
    for text in ("²", "1" * 16, "12.5"):
        with pytest.raises(InputError, match="应为整数"):
            integer(text, "trial.orders")
