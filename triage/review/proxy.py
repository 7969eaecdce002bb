"""Who is asking: the client's address, honouring a configured reverse proxy and no other.

A request that comes from an address in ``[review] trusted_proxies`` may name the client in
X-Forwarded-For; the client is the right-most address there that is not itself a trusted proxy
(each proxy appends the address it saw, so everything left of that could be forged by the
client). From anyone else the header means nothing: the client is the connection's address.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def networks(proxies: Iterable[str]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def is_trusted(address: str | None, trusted: tuple[Network, ...]) -> bool:
    """True when ``address`` (the connection's peer) is one of the trusted proxies."""
    if not address or not trusted:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def client_address(peer: str | None, forwarded_for: list[str], trusted: tuple[Network, ...]) -> str:
    """The client's address: ``peer``, or the one a trusted proxy forwarded."""
    client = peer or "?"
    if not is_trusted(peer, trusted):
        return client
    hops = [hop.strip() for value in forwarded_for for hop in value.split(",")]
    for hop in reversed(hops):
        try:
            address = str(ipaddress.ip_address(hop))
        except ValueError:
            return client  # a hop the proxy did not write: trust nothing left of it
        if not is_trusted(address, trusted):
            return address
        client = address
    return client
