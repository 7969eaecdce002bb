"""A TCP proxy that delays every chunk by a fixed time each way: a server farther away.

    python scripts/bench/delay_proxy.py LISTEN_PORT TARGET_PORT DELAY_MS

``scripts/bench.py --against DIR --delay-ms 10`` puts one in front of the private Dovecot, for
the baseline and both versions alike: each IMAP round trip then takes 20 ms more, as with a
mail server in another data centre. Only latency is added, not a bandwidth limit; the data
keeps its order. It runs in a process of its own, so its CPU is nobody's measurement.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    """Copy ``reader`` to ``writer``, each chunk ``delay`` seconds after it came."""
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def send() -> None:
        while True:
            due, data = await queue.get()
            if not data:
                writer.close()
                return
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(send())
    while True:
        data = await reader.read(1 << 16)
        await queue.put((time.monotonic() + delay, data))
        if not data:
            break
    await sender


async def _serve(listen: int, target: int, delay: float) -> None:
    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(
            _pump(client_r, server_w, delay), _pump(server_r, client_w, delay),
            return_exceptions=True,
        )  # fmt: skip

    server = await asyncio.start_server(handle, "127.0.0.1", listen)
    async with server:
        await server.serve_forever()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def delayed(server: Any, delay_ms: float) -> Iterator[Any]:
    """``server`` (a Dovecot) as clients see it through a proxy adding ``delay_ms`` each way:
    the same object with the proxy's port. ``delay_ms`` = 0: the server itself."""
    if delay_ms <= 0:
        yield server
        return
    port = _free_port()
    command = [sys.executable, str(Path(__file__)), str(port), str(server.port), str(delay_ms)]
    proxy = subprocess.Popen(command)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or proxy.poll() is not None:
                    raise RuntimeError("the delay proxy did not start") from None
                time.sleep(0.05)
        yield replace(server, port=port)
    finally:
        proxy.kill()
        proxy.wait()


if __name__ == "__main__":
    listen_port, target_port, delay_ms = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    asyncio.run(_serve(listen_port, target_port, delay_ms / 1000))
