"""Demo and test data: it writes through storage's services; it is not part of storage."""
