"""Opening, creating and protecting a case file: unlock, create, recovery key, passwords."""
