-- wrk script: validates a random one of the 100,000 seeded licensees (BL1 .. BL100000), each with the
-- product it was seeded for (licensee n belongs to BENCH-<n % 3 + 1>), as vendor software would.
local token = os.getenv("BENCH_TOKEN")
local licensees = tonumber(os.getenv("BENCH_LICENSEES") or "100000")
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("seed", counter)
end

function init(args)
   math.randomseed(os.time() * 1000 + (seed or 0))
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
   local n = math.random(1, licensees)
   local body = '{"productNumber":"BENCH-' .. (n % 3 + 1) .. '"}'
   return wrk.format(nil, "/api/v1/licensees/BL" .. n .. "/validate", nil, body)
end

-- Any status but 200 is a failed validation call (a negative verdict is still a 200).
function response(status, headers, body)
   if status ~= 200 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
   end
end
