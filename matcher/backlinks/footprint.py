"""What only a marketplace sees: the referring domains that recur across one provider's clients, and
across providers.

Independent sites rarely link to several unrelated clients of the same agency; a set of domains that
does is the footprint of sites the agency controls or rents (a private network). Large publications
recur for digital PR agencies too, so a footprint is shown with its domains for a person to judge, and
counts as a contradiction only against a provider's own statement that it uses no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# A domain linking to this many of one provider's clients is part of its footprint...
RECUR_CLIENTS = 3
# ...and this many such domains make a footprint worth a reviewer's look.
MIN_FOOTPRINT = 5


@dataclass(frozen=True)
class Recurring:
    domain: str
    clients: tuple[str, ...]
    links: int

    def as_dict(self) -> dict:
        return {"domain": self.domain, "clients": list(self.clients), "links": self.links}


@dataclass
class Footprint:
    clients: int
    recurring: list[Recurring] = field(default_factory=list)  # linking to 2 or more clients

    @property
    def strong(self) -> list[Recurring]:
        return [r for r in self.recurring if len(r.clients) >= RECUR_CLIENTS]

    @property
    def is_network(self) -> bool:
        return len(self.strong) >= MIN_FOOTPRINT

    def reason(self) -> str:
        strong = self.strong
        more = f" and {len(strong) - 6} more" if len(strong) > 6 else ""
        shown = ", ".join(r.domain for r in strong[:6]) + more
        return (f"{len(strong)} referring domains link to {RECUR_CLIENTS} or more of the {self.clients} "
                f"clients whose exports this provider shared ({shown}): sites that link to one agency's "
                "unrelated clients are the footprint of a private blog network / link network.")


def footprint(per_client: Mapping[str, Mapping[str, int]]) -> Footprint:
    """`per_client`: client domain -> referring domain -> links. Domains linking to two or more clients,
    those reaching the most clients first."""
    seen: dict[str, list[str]] = {}
    links: dict[str, int] = {}
    for client, domains in per_client.items():
        for domain, n in domains.items():
            if domain == client:
                continue  # a client's own site linking to itself is no footprint
            seen.setdefault(domain, []).append(client)
            links[domain] = links.get(domain, 0) + int(n)
    recurring = [Recurring(d, tuple(sorted(c)), links[d]) for d, c in seen.items() if len(c) >= 2]
    recurring.sort(key=lambda r: (-len(r.clients), -r.links, r.domain))
    return Footprint(clients=len(per_client), recurring=recurring)


def shared_across_providers(own: set[str], others: Mapping[int, set[str]], min_providers: int = 2
                            ) -> list[tuple[str, int]]:
    """Of a provider's referring domains, those that also link to the clients of at least
    `min_providers` other providers, with how many: a network rented to several agencies."""
    counts = {d: sum(d in domains for domains in others.values()) for d in own}
    return sorted(((d, n) for d, n in counts.items() if n >= min_providers), key=lambda x: (-x[1], x[0]))
