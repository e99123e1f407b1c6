-- Country pairs are queried in both directions: one index range per direction, already in date order.
CREATE INDEX ix_events_pair ON events (source_country, target_country, date);
