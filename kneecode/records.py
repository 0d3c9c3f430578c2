"""Records: the small immutable value objects the stages create for every note.

``@record`` declares one: a dataclass with slots, compared and hashed by value, that the type
checker treats as frozen (assigning a field is a mypy error, and mypy runs in the tests). At run
time its ``__init__`` stores the fields directly instead of through ``object.__setattr__`` as a
frozen dataclass does: that check made creating records a tenth of the engine's time, and the
pipeline creates hundreds of records per note.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Callable[[T], T]:
        return lambda decorated: decorated


@dataclass_transform(frozen_default=True, eq_default=True, field_specifiers=(dataclasses.field,))
def record(cls: type[T]) -> type[T]:
    return dataclasses.dataclass(slots=True, unsafe_hash=True)(cls)


__all__ = ["record"]
