-- Shared by the wrk scripts: per-thread status counts, and a JSON summary line for bench/harness.py.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

statuses = {}

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for code, n in pairs(counts) do merged[code] = (merged[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(merged) do table.insert(parts, string.format('"%s": %d', code, n)) end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "statuses": {%s}, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    table.concat(parts, ", "), e.connect, e.read, e.write, e.timeout))
end

-- Read "method<TAB>path<TAB>cookie<TAB>body" lines of this thread's request file into a list.
function load_requests(prefix, id)
  local list = {}
  local file = assert(io.open(prefix .. "-" .. id .. ".tsv", "r"))
  for line in file:lines() do
    local method, path, cookie, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
    local headers = { ["Cookie"] = cookie }
    if method == "POST" then headers["Content-Type"] = "application/x-www-form-urlencoded" end
    table.insert(list, wrk.format(method, path, headers, body ~= "" and body or nil))
  end
  file:close()
  return list
end
