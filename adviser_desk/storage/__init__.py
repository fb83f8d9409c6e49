"""The encrypted case file: SQLCipher engine, key slots, migrations, audit chain, backup."""
