"""reportlab documents: plain data in, PDF bytes out (the same for the same data and moment)."""
