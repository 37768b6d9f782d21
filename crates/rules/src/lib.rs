//! Caravan's platform rule engine (RULES.md). Pure and synchronous: no I/O, no clock reads.
