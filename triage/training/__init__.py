"""Training the topic model: data, model selection, evaluation, the model card and report."""
