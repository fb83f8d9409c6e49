"""reportlab documents: plain data in, deterministic PDF bytes out."""
