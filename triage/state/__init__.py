"""The state store, and the only place with SQL: messages, folders, runs, counsellor
decisions, accounts, privacy, the pass lock. SQLite by default, PostgreSQL when shared."""
