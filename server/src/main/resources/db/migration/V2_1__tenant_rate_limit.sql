-- A tenant may override its subscription tier's default request rate (requests per minute per user or API key).
alter table tenant add column requests_per_minute integer check (requests_per_minute between 1 and 1000000);
