-- wrk script for the mixed workload: floating checkOut/checkIn pairs with fresh session ids on random BENCH-1
-- licensees (5 seats each). Run with one connection per thread, so that each checkIn follows its checkOut;
-- a thread stops after the first checkIn answered past BENCH_STOP_AT (epoch seconds).
local token = os.getenv("BENCH_TOKEN")
local licensees = tonumber(os.getenv("BENCH_LICENSEES") or "100000")
local stop_at = tonumber(os.getenv("BENCH_STOP_AT") or "0")
local counter = 0
local sent = 0
local licensee, session

function setup(thread)
   counter = counter + 1
   thread:set("seed", counter)
end

function init(args)
   math.randomseed(os.time() * 1000 + 900 + (seed or 0))
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
   sent = sent + 1
   local action
   if sent % 2 == 1 then
      licensee = "BL" .. 3 * math.random(1, math.floor(licensees / 3))
      session = "bench-" .. (seed or 0) .. "-" .. sent
      action = "checkOut"
   else
      action = "checkIn"
   end
   local body = '{"productNumber":"BENCH-1","modules":{"BM-FLOAT":{"sessionId":"' .. session
      .. '","action":"' .. action .. '"}}}'
   return wrk.format(nil, "/api/v1/licensees/" .. licensee .. "/validate", nil, body)
end

function response(status, headers, body)
   if status ~= 200 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
   end
   if stop_at > 0 and sent % 2 == 0 and os.time() >= stop_at then
      wrk.thread:stop()
   end
end
