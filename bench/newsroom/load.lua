-- wrk script for the newsroom benchmark: each request picks a random URL of one scenario.
-- SCENARIO (env): inbox | story | search. COOKIE (env): the signed-in session cookie.
-- THINK_MS (env): mean pause between one connection's requests (uniform 0.5x-1.5x), so each
-- connection behaves like one person reading pages; 0 sends back to back (saturation).
-- Prints the latency percentiles wrk measured (microseconds -> milliseconds).
local scenario = os.getenv("SCENARIO") or "inbox"
local cookie = os.getenv("COOKIE") or ""
local stories = tonumber(os.getenv("STORIES") or "20000")
local think = tonumber(os.getenv("THINK_MS") or "0")
local words = { "missile", "sanctions", "border", "talks", "drone", "shipments", "alliance", "treaty", "\"security service\"",
  "navy exercise", "loudspeakers", "ammunition", "envoy", "typhoon", "budget", "\"nuclear talks\"", "hackers", "outlet:\"Harbor Ledger\" drills",
  "missile from:2026-11-01", "rice harvest" }
local inbox = { "/", "/?read=unread", "/?order=newest", "/?beat=Korea%2FDefense", "/?page=2" }

math.randomseed(os.time())

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  local path
  if scenario == "story" then
    path = "/stories/" .. math.random(1, stories)
  elseif scenario == "search" then
    path = "/search?q=" .. urlencode(words[math.random(#words)])
  else
    path = inbox[math.random(#inbox)]
  end
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

delay = function()
  if think <= 0 then return 0 end
  return math.floor(think * (0.5 + math.random()))
end

done = function(summary, latency, requests)
  io.write(string.format("%s (think %d ms): requests=%d errors(non-2xx)=%d p50=%.1fms p90=%.1fms p95=%.1fms p99=%.1fms max=%.1fms rps=%.0f\n",
    scenario, think, summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
