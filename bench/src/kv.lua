-- wrk script for bench/kv.sh: requests against kv-service's /kv/KEY.
-- Arguments (after wrk's --): MODE KEYS
--   fill: PUT keys 0 .. KEYS-1 in order, then exit (run it with one thread, one connection)
--   put:  PUT a random key of 0 .. KEYS-1, with a 4096-byte value
--   get:  GET a random key of 0 .. KEYS-1
-- Values are 4096 random bytes, drawn once per thread. Prints one line to parse: fill
--   kv: fill answered N non2xx E
-- and put and get, from done():
--   kv: MODE requests N seconds S rps R status-errors E socket-errors K p50-us A p99-us B
-- (status-errors: answers of 400 or more, as wrk counts them)

local VALUE_BYTES = 4096
-- mode is global so that done(), in wrk's main script state, can read it from a thread.
local keys, value, next_key, answered, refused
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1] or "get"
  keys = tonumber(args[2] or "1000")
  if mode ~= "fill" and mode ~= "put" and mode ~= "get" then
    error("kv.lua: mode must be fill, put or get, not " .. tostring(mode))
  end
  math.randomseed(os.time() * 100 + (id or 0))
  local bytes = {}
  for i = 1, VALUE_BYTES do
    bytes[i] = string.char(math.random(0, 255))
  end
  value = table.concat(bytes)
  next_key = 0
  answered = 0
  refused = 0
end

local function path(key)
  return string.format("/kv/key-%06d", key)
end

function request()
  if mode == "fill" then
    local key = next_key % keys
    next_key = next_key + 1
    return wrk.format("PUT", path(key), nil, value)
  elseif mode == "put" then
    return wrk.format("PUT", path(math.random(0, keys - 1)), nil, value)
  end
  return wrk.format("GET", path(math.random(0, keys - 1)))
end

-- wrk runs for its whole -d duration whatever a script does, so fill ends the process itself once
-- every key was answered, after printing its own result line.
function response(status, headers, body)
  if mode == "fill" then
    answered = answered + 1
    if status >= 300 then
      refused = refused + 1
    end
    if answered >= keys then
      io.write(string.format("kv: fill answered %d non2xx %d\n", answered, refused))
      io.flush()
      os.exit(0)
    end
  end
end

function done(summary, latency, requests)
  local mode = threads[1]:get("mode")
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("kv: %s requests %d seconds %.3f rps %.1f status-errors %d"
      .. " socket-errors %d p50-us %d p99-us %d\n",
    mode, summary.requests, seconds, summary.requests / seconds, e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))
end
