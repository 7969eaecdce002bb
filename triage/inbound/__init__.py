"""Mail in: raw bytes to a Question (parse, mime, names), the member's own words (clean),
the language to answer in, and the guard against mail that must never get a reply."""
