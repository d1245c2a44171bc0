-- wrk script for the mixed workload: consumes 1 pay-per-use unit of a random BENCH-1 licensee (every third
-- seeded licensee holds a 1,000-unit BM-PPU license, far more than a run consumes), with a Broker key.
-- Run with one connection per thread: a thread stops after the first answer past BENCH_STOP_AT (epoch
-- seconds), so that no consumption is in flight when wrk ends and every unit written off had its answer.
local token = os.getenv("BENCH_TOKEN")
local licensees = tonumber(os.getenv("BENCH_LICENSEES") or "100000")
local stop_at = tonumber(os.getenv("BENCH_STOP_AT") or "0")
local counter = 0
local body = '{"productNumber":"BENCH-1","modules":{"BM-PPU":{"usedQuantity":1}}}'

function setup(thread)
   counter = counter + 1
   thread:set("seed", counter)
end

function init(args)
   math.randomseed(os.time() * 1000 + 500 + (seed or 0))
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
   local n = 3 * math.random(1, math.floor(licensees / 3))
   return wrk.format(nil, "/api/v1/licensees/BL" .. n .. "/validate", nil, body)
end

function response(status, headers, body)
   if status ~= 200 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
   end
   if stop_at > 0 and os.time() >= stop_at then
      wrk.thread:stop()
   end
end
