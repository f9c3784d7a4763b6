-- wrk script of scripts/bench/service.py: each wrk thread is one client with one connection,
-- one submitter token and one fixture, and posts that fixture's next version each time (a new
-- version number and its own submissionId), so every request is a distinct, storable
-- submission. Counts the acknowledged answers (200, 201, 422) apart from the others.
--
--   wrk -t N -c N -s service-post.lua URL -- PLAN FIRST_VERSION
--
-- PLAN: a file of lines "TOKEN<TAB>TEMPLATE_PATH<TAB>CONTENT_TYPE"; thread k takes line k.
-- TEMPLATE: the fixture with "@@V@@" where the version goes (in the version and at the end of
-- the submissionId).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  local plan, first = args[1], tonumber(args[2])
  local k = 0
  for line in io.lines(plan) do
    k = k + 1
    if k == index then
      token, path, contentType = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
    end
  end
  local f = assert(io.open(path, "rb"))
  local template = f:read("*a")
  f:close()
  parts = {}
  local at = 1
  while true do
    local s, e = template:find("@@V@@", at, true)
    if not s then
      table.insert(parts, template:sub(at))
      break
    end
    table.insert(parts, template:sub(at, s - 1))
    at = e + 1
  end
  version = first
  acknowledged, other = 0, 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = contentType }
end

function request()
  version = version + 1
  local body = table.concat(parts, tostring(version))
  return wrk.format("POST", "/v1/submissions", headers, body)
end

function response(status, headers, body)
  if status == 200 or status == 201 or status == 422 then
    acknowledged = acknowledged + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("acknowledged")
    bad = bad + thread:get("other")
  end
  io.write(string.format("RESULT acknowledged=%d other=%d seconds=%.3f p50_us=%d p99_us=%d\n",
    ok, bad, summary.duration / 1e6, latency:percentile(50), latency:percentile(99)))
end
