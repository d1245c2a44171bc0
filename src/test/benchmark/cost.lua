-- wrk script for the cost table: validates a random one of the BENCH_COUNT licensees <BENCH_PREFIX>1 ..
-- <BENCH_PREFIX><BENCH_COUNT> with product BENCH_PRODUCT (seed-cost.sql: one shape of licensee per set).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local bench = require("bench")
local prefix = os.getenv("BENCH_PREFIX")
local count = tonumber(os.getenv("BENCH_COUNT"))
local body = '{"productNumber":"' .. os.getenv("BENCH_PRODUCT") .. '"}'

setup = bench.setup

function init(args)
   bench.init(0)
end

function request()
   return bench.validate(prefix .. math.random(1, count), body)
end

function response(status, headers, body)
   bench.check(status, body)
end
