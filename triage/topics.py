"""The topics a question can have. Topics are data: each drafted topic has labelled examples in
data/ and a template per language in templates/<lang>/<topic>.j2."""

from __future__ import annotations

# The topics that get a template draft, in the order the review page offers them.
DRAFT_TOPICS = ("followup", "interview", "salary", "cv")
# Outside the topics: never a template draft; an abstaining model answers with it too.
NO_DRAFT = "other"
TOPICS = (*DRAFT_TOPICS, NO_DRAFT)
