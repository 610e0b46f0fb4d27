-- Each thread replays its own list of prepared requests (REQUESTS=prefix); a list that runs out wraps
-- around only for GETs: POST lists are made long enough that every POST is a new answer.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "?.lua"
require "common"

local list, index, exhausted

function init(args)
  list = load_requests(os.getenv("REQUESTS"), id)
  index = 0
end

function request()
  index = index + 1
  if index > #list then
    if os.getenv("WRAP") == "1" then index = 1 else
      exhausted = true
      return wrk.format("GET", "/healthz")
    end
  end
  return list[index]
end
