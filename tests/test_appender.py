"""Drafts appended on an IMAP connection of their own while the pass goes on (the Appender),
against the real Dovecot: each question still gets exactly one draft, in the order of the
mail, a server that refuses the extra connection costs nothing, and `append_connection =
false` turns it off."""

from __future__ import annotations

import threading

import pytest
from test_parallel import deliver_mixed, outcome, use_processes

from triage.cli import main
from triage.errors import MailboxUnreachable
from triage.mailbox import imap
from triage.state.statuses import Status


@pytest.fixture
def connections(monkeypatch):
    """The threads that opened IMAP connections during the test; ``refuse`` makes the
    appender's ones fail as a server at its connection limit would."""
    opened: list[str] = []
    real = imap.connect
    state = {"refuse": False}

    def connect(settings, read_only=False):
        name = threading.current_thread().name
        opened.append(name)
        if state["refuse"] and name.startswith("triage-append"):
            raise MailboxUnreachable("IMAP server 127.0.0.1: too many connections")
        return real(settings, read_only)

    monkeypatch.setattr(imap, "connect", connect)
    return opened, state


def _drafted_once(box, ids):
    table, drafts = outcome(box, ids)
    drafted = sorted(mid for mid, row in table.items() if row[0] == Status.DRAFTED)
    assert drafted and sorted(d[0] for d in drafts) == drafted  # each exactly once
    return table, drafts


def test_a_pass_with_workers_appends_on_connections_of_its_own(box, make_mail, connections):
    opened, _ = connections
    use_processes(box, 2)
    ids = deliver_mixed(box, make_mail, 40)  # 43 messages in batches of 7
    assert main(["run", "--config", str(box.config)]) == 0
    appenders = [name for name in opened if name.startswith("triage-append")]
    assert len(appenders) == 1  # one connection, opened when first needed
    first = _drafted_once(box, ids)
    assert main(["run", "--config", str(box.config)]) == 0  # nothing left to do
    assert outcome(box, ids) == first


def test_a_server_that_refuses_the_extra_connections_costs_nothing(
    box, make_mail, connections, caplog
):
    opened, state = connections
    state["refuse"] = True
    use_processes(box, 2)
    ids = deliver_mixed(box, make_mail, 40)
    assert main(["run", "--config", str(box.config)]) == 0
    assert "no second connection to the IMAP server" in caplog.text
    assert sum(name.startswith("triage-append") for name in opened) == 1  # tried once
    _drafted_once(box, ids)


def test_append_connection_false_appends_on_the_pass_s_own(box, make_mail, connections):
    opened, _ = connections
    box.config.write_text(
        box.config.read_text().replace("[imap]", "[imap]\nappend_connection = false", 1)
    )
    use_processes(box, 2)
    ids = deliver_mixed(box, make_mail, 40)
    assert main(["run", "--config", str(box.config)]) == 0
    assert not [name for name in opened if name.startswith("triage-append")]
    _drafted_once(box, ids)
