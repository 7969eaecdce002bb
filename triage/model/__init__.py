"""Prediction only: the topic model (classify) and a mail's second topic (secondary).
Nothing here imports the training code."""
