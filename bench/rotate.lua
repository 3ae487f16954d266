-- wrk script: each request takes the next path from the PATHS environment variable (space separated).
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do paths[#paths + 1] = p end
local i = 0
request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i], { ["Accept-Encoding"] = "gzip" })
end
