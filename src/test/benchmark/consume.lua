-- wrk script for the mixed workload: consumes 1 pay-per-use unit of a random BENCH-1 licensee (each holds a
-- 1,000-unit BM-PPU license, far more than a run consumes), with a Broker key. Run with one connection per
-- thread: a thread stops after the first answer past BENCH_STOP_AT.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")
local body = '{"productNumber":"BENCH-1","modules":{"BM-PPU":{"usedQuantity":1}}}'

setup = bench.setup

function init(args)
   bench.init(500)
end

function request()
   return bench.validate(bench.bench1_licensee(), body)
end

function response(status, headers, body)
   bench.check(status, body)
   if bench.past_stop() then
      wrk.thread:stop()
   end
end
