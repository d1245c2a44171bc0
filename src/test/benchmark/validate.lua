-- wrk script: validates a random one of the seeded licensees (BL1 .. BL<BENCH_LICENSEES>), each with the
-- product it was seeded for (licensee n belongs to BENCH-<n % 3 + 1>), as vendor software would.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup

function init(args)
   bench.init(0)
end

function request()
   local n = math.random(1, bench.licensees)
   return bench.validate("BL" .. n, '{"productNumber":"BENCH-' .. (n % 3 + 1) .. '"}')
end

function response(status, headers, body)
   bench.check(status, body)
end
