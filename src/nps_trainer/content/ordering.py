"""Order modules so prerequisites come first, then by title; and find prerequisite cycles."""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Mapping, Sequence

from nps_trainer.content.model import Module


def order_modules(modules: Sequence[Module], preferred: Sequence[str] = ()) -> list[Module]:
    """Prerequisites before the modules that need them; otherwise in the ``preferred`` order (a curriculum's
    reading order), then by title, then id. Deterministic."""
    rank = {module_id: index for index, module_id in enumerate(preferred)}
    by_id = {module.id: module for module in modules}
    waiting = {m.id: {p for p in m.prerequisites if p in by_id and p != m.id} for m in modules}
    needed_by: dict[str, list[str]] = {m.id: [] for m in modules}
    for module_id, prerequisites in waiting.items():
        for prerequisite in prerequisites:
            needed_by[prerequisite].append(module_id)

    def key(module_id: str) -> tuple[int, str, str]:
        return rank.get(module_id, len(rank)), by_id[module_id].title.casefold(), module_id

    ready = [key(module_id) for module_id, pending in waiting.items() if not pending]
    heapq.heapify(ready)
    ordered: list[Module] = []
    while ready:
        *_, module_id = heapq.heappop(ready)
        ordered.append(by_id[module_id])
        for dependant in needed_by[module_id]:
            waiting[dependant].discard(module_id)
            if not waiting[dependant]:
                heapq.heappush(ready, key(dependant))
    placed = {module.id for module in ordered}
    ordered += sorted((m for m in modules if m.id not in placed), key=lambda m: key(m.id))  # cycles
    return ordered


def find_cycles(graph: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """For each id on a prerequisite cycle, the shortest cycle through it, e.g. ``['a', 'b', 'a']``."""
    cycles: dict[str, list[str]] = {}
    for start in sorted(graph):
        previous: dict[str, str] = {}
        queue = deque([start])
        found = False
        while queue and not found:
            current = queue.popleft()
            for following in sorted(graph.get(current, ())):
                if following == start:
                    path = [current]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    cycles[start] = [*reversed(path), start]
                    found = True
                    break
                if following in graph and following not in previous:
                    previous[following] = current
                    queue.append(following)
    return cycles
