"""Broken templates are caught before they matter: `triage status` names the file and line
and exits 2; `triage run` fails before it touches the mailbox, never half-way through a pass."""

from __future__ import annotations

import os
import shutil
from email.message import EmailMessage

import pytest
from conftest import ROOT
from review_fixtures import run_pass

from triage.cli import main
from triage.errors import TemplateError
from triage.state.statuses import Status
from triage.state.store import Store

SALARY = "<salary@example.net>"


@pytest.fixture
def templates(box, tmp_path):
    """A copy of the templates that the box's settings use, to break."""
    copy = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", copy)
    text = box.config.read_text().replace(f'"{ROOT}/templates"', f'"{copy}"')
    box.config.write_text(text)
    return copy


def test_status_says_the_templates_render(box, templates, capsys):
    assert main(["status", "--config", str(box.config)]) == 0
    out = capsys.readouterr().out
    assert "Templates: all blocks render in nb, nn and en" in out
    assert (
        "Retention: texts of handled mail are removed after 180 day(s); last purge: not yet" in out
    )


def test_status_names_each_broken_template_with_its_line_and_exits_2(box, templates, capsys):
    (templates / "nn" / "followup" / "rejected.j2").write_text("Avslag.\n{% if questions %}\n")
    (templates / "en" / "salary" / "raise.j2").write_text("A raise.\n\n{{ manager_name }}\n")
    (templates / "nb" / "cv" / "gap.j2").unlink()
    (templates / "nb" / "cv" / "gapp.j2").write_text("Et opphold.\n")
    assert main(["status", "--config", str(box.config)]) == 2
    captured = capsys.readouterr()
    assert "Templates: 3 problem(s)" in captured.out
    errors = captured.err.splitlines()
    assert any("nn/followup/rejected.j2 line 2: Unexpected end of template" in e for e in errors)
    assert any("en/salary/raise.j2 line 3 does not render: 'manager_name'" in e for e in errors)
    assert any("missing in" in e and "nb/cv/gap.j2" in e for e in errors)


def test_unused_template_file_is_pointed_out(box, templates, capsys):
    (templates / "nb" / "cv" / "linkedln.j2").write_text("Feilstavet.\n")
    assert main(["status", "--config", str(box.config)]) == 0
    assert "not used (misspelt?): nb/cv/linkedln.j2" in capsys.readouterr().out


def reply_from_client(in_reply_to: str) -> bytes:
    message = EmailMessage()
    message["From"] = "karriere@example.org"
    message["To"] = "kari@example.net"
    message["Subject"] = "Re: Lønn i ny jobb"
    message["Message-ID"] = "<from-outlook@example.org>"
    message["In-Reply-To"] = in_reply_to
    message.set_content("Hei Kari,\n\nDu kan forhandle.\n")
    return bytes(message)


def test_run_with_a_broken_template_fails_before_touching_the_mailbox(
    box, make_mail, monkeypatch, templates, capsys
):
    run_pass(box, make_mail, monkeypatch)
    drafts_before = len(box.messages("Drafts"))
    # A reply sent from a mail client: a working pass would record it and remove its draft.
    client = box.client()
    client.append("Sent", reply_from_client(SALARY), flags=[b"\\Seen"])
    client.logout()
    box.deliver(make_mail("Lønn igjen", "Hei, hva med lønn i staten?", message_id="<new@x.net>"))
    (templates / "nb" / "salary" / "sector_state.j2").write_text("Staten.\n{{ pay_table }\n")
    capsys.readouterr()

    assert main(["run", "--config", str(box.config)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nb/salary/sector_state.j2 line 2" in err
    assert len(box.messages("Drafts")) == drafts_before  # no new draft, none removed
    with Store.open(box.settings().state_path) as db:
        assert db.message(SALARY)["status"] == Status.DRAFTED  # the sent reply not yet seen
        assert db.message("<new@x.net>") is None
    flags = [d[b"FLAGS"] for d in box.messages("INBOX").values()]
    tagged = sum(any(f.startswith(b"triage-") for f in fl) for fl in flags)
    assert len(flags) == 4 and tagged == 3  # the new question is untouched


def test_worker_with_a_broken_template_stops_at_start_naming_it(box, templates):
    import os
    import subprocess

    from conftest import PASSWORD, PASSWORD_ENV, TRIAGE

    (templates / "en" / "greeting.j2").write_text("{% if first_name %}\nHi\n")
    done = subprocess.run(
        [*TRIAGE, "worker", "--config", str(box.config)],
        env={**os.environ, PASSWORD_ENV: PASSWORD}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "en/greeting.j2 line 2" in done.stderr and "worker started" not in done.stderr


# -- an edited template shows in the next drafts (the writer is shared across passes) ----------


def _closing(writer) -> str:
    draft = writer.write("nb", ["salary"], "Kari")
    return next(block.text for block in draft.blocks if block.id == "closing")


def test_an_edited_template_is_read_again_and_the_files_are_not_asked_on_every_draft(
    tmp_path, monkeypatch
):
    import jinja2.loaders

    from triage.drafts import text

    copy = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", copy)
    clock = [1000.0]
    monkeypatch.setattr(text.time, "monotonic", lambda: clock[0])
    looked: list[str] = []
    real_getmtime = jinja2.loaders.os.path.getmtime

    def getmtime(path):
        looked.append(path)
        return real_getmtime(path)

    monkeypatch.setattr(jinja2.loaders.os.path, "getmtime", getmtime)
    writer = text.TextWriter(copy, {}, 30)
    before = _closing(writer)
    looked.clear()
    for _ in range(20):
        assert _closing(writer) == before
    assert looked == []  # within RECHECK_SECONDS: no file was asked again

    closing = copy / "nb" / "closing.j2"
    closing.write_text("Lykke til med lønnssamtalen!\n", encoding="utf-8")
    os.utime(closing, (clock[0] + 5, clock[0] + 5))
    clock[0] += text.RECHECK_SECONDS + 0.1
    assert _closing(writer).strip() == "Lykke til med lønnssamtalen!"
    assert looked  # a second on, the files were asked, and the edit was read

    # The check at the start of a pass looks at every file at once, however recent the look.
    closing.write_text("Lykke til!\n{{ broken }\n", encoding="utf-8")
    os.utime(closing, (clock[0] + 10, clock[0] + 10))
    with pytest.raises(TemplateError, match="nb/closing.j2"):
        writer.check()
