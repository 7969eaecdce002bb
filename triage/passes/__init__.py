"""One pass over the mailbox (pipeline), replies sent from a mail client (sentsync), and
passes on a schedule (worker). See docs/architecture.md for the exactly-one-draft protocol."""
