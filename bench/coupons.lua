-- The coupon rush under wrk: each wrk thread holds one connection and its share of the members (one file of
-- "token,member" lines each, split by bench/coupons.sh), and claims for them one after another as fast as answers
-- come: every member claims once; one in ten taps twice with the same Idempotency-Key (a double tap, which must
-- get the same coupon), one in twenty tries again with a new key (over their limit of one). Every claim answered
-- with a coupon (201, or 200 for a repeated key) is kept as "member,code". With one connection a thread, each
-- answer belongs to the request before it. A thread that has claimed for all its members writes done-<n> and
-- stops; wrk's done() writes acks.csv and results.txt (answers by status, p50 and p99).
-- Arguments after "--": the directory of the split token files, the campaign, the directory for the results, and
-- "loop" for a warm-up: each thread goes round its members again (new keys) until wrk's duration ends.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local dir = args[1]
  path = "/api/v1/coupon-campaigns/" .. args[2] .. "/claims"
  out = args[3]
  loop = args[4] == "loop"
  members = {}
  for line in io.lines(string.format("%s/part-%04d", dir, tid)) do
    local token, member = line:match("^([^,]+),(%d+)")
    if token then
      members[#members + 1] = { token, member }
    end
  end
  math.randomseed(7919 * tid + 17)
  idx = 0
  step = nil
  answers = {}
  acks = {}
  finished = false
end

local function claim(token, key)
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = key,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }, "{}")
end

local function fresh_key()
  return string.format("k%d-%d-%d", tid, idx, math.random(1, 999999999))
end

function request()
  if step == nil then
    idx = idx + 1
    if idx > #members and loop then
      idx = 1
    end
    if idx > #members then
      if not finished then
        finished = true
        local f = io.open(string.format("%s/done-%04d", out, tid), "w")
        f:write(#members)
        f:close()
      end
      wrk.thread:stop()
      return wrk.format("GET", "/actuator/health")
    end
    again = math.random(0, 99)
    key = fresh_key()
    step = "first"
  end
  return claim(members[idx][1], key)
end

function response(status, headers, body)
  if step == nil then
    return
  end
  local s = tostring(status)
  answers[s] = (answers[s] or 0) + 1
  if status == 200 or status == 201 then
    local code = body:match('"code":"([A-Z0-9]+)"')
    if code then
      acks[#acks + 1] = members[idx][2] .. "," .. code
    end
  end
  if step == "first" and again < 10 then
    step = "double"
  elseif step == "first" and again >= 90 and again < 95 then
    key = fresh_key()
    step = "second"
  else
    step = nil
  end
end

function done(summary, latency, requests)
  -- done() runs in wrk's main Lua state, where init() never ran
  local out = threads[1]:get("out")
  local totals = {}
  local f = io.open(out .. "/acks.csv", "w")
  local acked = 0
  for _, thread in ipairs(threads) do
    local a = thread:get("answers")
    for status, n in pairs(a) do
      totals[status] = (totals[status] or 0) + n
    end
    for _, line in ipairs(thread:get("acks")) do
      f:write(line, "\n")
      acked = acked + 1
    end
  end
  f:close()
  local r = io.open(out .. "/results.txt", "w")
  local all = 0
  for status, n in pairs(totals) do
    r:write(string.format("RESULT coupons.http.answers.%s %d claims\n", status, n))
    all = all + n
  end
  r:write(string.format("RESULT coupons.http.requests %d claims\n", all))
  r:write(string.format("RESULT coupons.http.p50 %.1f ms\n", latency:percentile(50) / 1000))
  r:write(string.format("RESULT coupons.http.p99 %.1f ms\n", latency:percentile(99) / 1000))
  r:write(string.format("RESULT coupons.http.acknowledged %d coupons\n", acked))
  r:write(string.format("RESULT coupons.http.socket_errors %d\n",
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  r:close()
end
