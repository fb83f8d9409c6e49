"""Letters: the letters tab and the letter editor."""
