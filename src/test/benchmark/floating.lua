-- wrk script for the mixed workload: floating checkOut/checkIn pairs with fresh session ids on random BENCH-1
-- licensees (5 seats each). Run with one connection per thread, so that each checkIn follows its checkOut;
-- a thread stops after the first checkIn answered past BENCH_STOP_AT.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")
local sent = 0
local licensee, session

setup = bench.setup

function init(args)
   bench.init(900)
end

function request()
   sent = sent + 1
   local action
   if sent % 2 == 1 then
      licensee = bench.bench1_licensee()
      session = "bench-" .. (seed or 0) .. "-" .. sent
      action = "checkOut"
   else
      action = "checkIn"
   end
   return bench.validate(licensee, '{"productNumber":"BENCH-1","modules":{"BM-FLOAT":{"sessionId":"' .. session
      .. '","action":"' .. action .. '"}}}')
end

function response(status, headers, body)
   bench.check(status, body)
   if sent % 2 == 0 and bench.past_stop() then
      wrk.thread:stop()
   end
end
