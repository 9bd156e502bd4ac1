-- Refresh-token rotation under load. Refresh tokens are single use, so every thread keeps a queue of live
-- tokens (one per connection, read from the file in TOKENS_FILE); each answer's new token goes back on the queue.
local threads = {}
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

init = function(args)
  queue = {}
  local n = tonumber(os.getenv("THREADS"))
  local i = 0
  for line in io.lines(os.getenv("TOKENS_FILE")) do
    if i % n == id - 1 then table.insert(queue, line) end
    i = i + 1
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  -- more tokens than connections are handed out; an empty queue means answers failed (reported as non-2xx)
  local token = table.remove(queue, 1) or "afr_exhausted"
  return wrk.format(nil, "/api/v1/auth/refresh", nil, '{"refreshToken":"' .. token .. '"}')
end

response = function(status, headers, body)
  local token = string.match(body, '"refreshToken":"([^"]+)"')
  if token then table.insert(queue, token) end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests_per_sec=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
