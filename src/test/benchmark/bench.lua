-- What the wrk scripts share: the Broker key and the data's size from the environment, a random seed per
-- thread, the validate request, and the report of any status but 200 (a negative verdict is still a 200).
-- A script loads it with
--   package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
--   local bench = require("bench")
-- and passes bench.setup on as its setup function.
local bench = {}

bench.token = os.getenv("BENCH_TOKEN")
bench.licensees = tonumber(os.getenv("BENCH_LICENSEES") or "100000")
-- Writers stop themselves after the first answer past this instant (epoch seconds), so that nothing is in
-- flight when wrk ends and every unit written off had its answer; 0 runs for wrk's whole duration.
bench.stop_at = tonumber(os.getenv("BENCH_STOP_AT") or "0")

local threads = 0

-- Runs in wrk's main state, once per thread: hands each thread its own number for its random seed.
function bench.setup(thread)
   threads = threads + 1
   thread:set("seed", threads)
end

-- Runs in each thread's state: salt keeps the scripts of one mixed run from drawing the same licensees.
function bench.init(salt)
   math.randomseed(os.time() * 1000 + salt + (seed or 0))
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Bearer " .. bench.token
end

function bench.validate(licensee, body)
   return wrk.format(nil, "/api/v1/licensees/" .. licensee .. "/validate", nil, body)
end

-- A random one of the seeded BENCH-1 licensees (every third: BL3, BL6, ...), which hold the pay-per-use and
-- floating licenses.
function bench.bench1_licensee()
   return "BL" .. 3 * math.random(1, math.floor(bench.licensees / 3))
end

function bench.check(status, body)
   if status ~= 200 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
   end
end

function bench.past_stop()
   return bench.stop_at > 0 and os.time() >= bench.stop_at
end

return bench
