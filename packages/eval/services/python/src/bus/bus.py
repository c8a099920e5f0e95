"""The message bus: contexts publish events here and subscribe to each other's."""
from collections import defaultdict
from typing import Callable

Handler = Callable[[dict], None]

_subscribers: dict[str, list[Handler]] = defaultdict(list)
published: list[dict] = []


def publish(event: dict) -> dict:
    published.append(event)
    for handler in _subscribers[event["type"]]:
        handler(event)
    return event


def subscribe(event_type: str, handler: Handler) -> None:
    _subscribers[event_type].append(handler)
