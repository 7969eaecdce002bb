"""A private Dovecot on loopback (devserver) and the demo built on it."""
