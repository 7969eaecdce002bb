"""The text of a draft reply, built from blocks: one Jinja file per block in templates/<lang>/.

``blocks`` decides which blocks a mail gets (its topics, situations and sector), ``places``
holds the ``[[…]]`` places the counsellor must fill, and ``text`` renders the blocks in a
sandbox and checks that every block of every language exists and renders. The threaded reply
message around the text is built in ``triage.compose``.
"""
